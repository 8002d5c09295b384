package central

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nodeop/nodeop/devnet/l1"
	"github.com/nodeop/nodeop/rollup/genesis"
)

const l2ChainID = 901

var (
	tip    = big.NewInt(params.GWei)
	feeCap = big.NewInt(100 * params.GWei)
)

func testLogger(t *testing.T) *slog.Logger {
	if os.Getenv("CENTRAL_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	return slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))
}

// testNet is an embedded L1 and an L2 genesis anchored on its head, as the devnet
// lays them out, with funded L2 senders.
type testNet struct {
	l1      *l1.L1
	genesis *core.Genesis
	rollup  *rollup.Config
	keys    []*ecdsa.PrivateKey
	signer  types.Signer
}

func newTestNet(t *testing.T, senders int) *testNet {
	t.Helper()
	chain, err := l1.Start(t.Context(), l1.Config{Accounts: senders}, testLogger(t).With("module", "l1"))
	if err != nil {
		t.Fatalf("start L1: %v", err)
	}
	t.Cleanup(func() {
		if err := chain.Close(); err != nil {
			t.Errorf("close L1: %v", err)
		}
	})
	alloc := types.GenesisAlloc{}
	var keys []*ecdsa.PrivateKey
	for _, a := range chain.Accounts() {
		alloc[a.Address] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}
		keys = append(keys, a.PrivateKey)
	}
	inbox := common.HexToAddress("0xff00000000000000000000000000000000000901")
	gen, rcfg, err := genesis.Build(genesis.Config{
		ChainID:           l2ChainID,
		L1ChainID:         chain.ChainConfig().ChainID.Uint64(),
		BatchInbox:        inbox,
		SystemConfig:      inbox,
		Batcher:           common.HexToAddress("0xb0901"),
		UnsafeBlockSigner: common.HexToAddress("0x50901"),
		Alloc:             alloc,
	}, chain.Head())
	if err != nil {
		t.Fatalf("L2 genesis: %v", err)
	}
	return &testNet{l1: chain, genesis: gen, rollup: rcfg, keys: keys, signer: types.LatestSignerForChainID(gen.Config.ChainID)}
}

func (n *testNet) start(t *testing.T, dataDir string) *Sequencer {
	t.Helper()
	s, err := Start(t.Context(), Config{
		DataDir:       dataDir,
		Genesis:       n.genesis,
		Rollup:        n.rollup,
		L1ChainConfig: n.l1.ChainConfig(),
		L1RPC:         n.l1.RPCURL(),
		ConfDepth:     1,
		BlockTime:     time.Second,
		Logger:        testLogger(t),
	})
	if err != nil {
		t.Fatalf("start central sequencer: %v", err)
	}
	t.Cleanup(func() { s.Stop() })
	return s
}

func (n *testNet) transfer(t *testing.T, from int, nonce uint64) *types.Transaction {
	t.Helper()
	to := common.HexToAddress("0x7070")
	tx, err := types.SignNewTx(n.keys[from], n.signer, &types.DynamicFeeTx{
		ChainID: n.genesis.Config.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: params.TxGas, To: &to, Value: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func dial(t *testing.T, url string) (*rpc.Client, *ethclient.Client) {
	t.Helper()
	cl, err := rpc.DialContext(t.Context(), url)
	if err != nil {
		t.Fatalf("dial %s: %v", url, err)
	}
	t.Cleanup(cl.Close)
	return cl, ethclient.NewClient(cl)
}

// waitCaughtUp waits until the head's timestamp is within a block of the wall clock:
// the genesis is anchored on an L1 block of the past few seconds.
func waitCaughtUp(t *testing.T, s *Sequencer) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for h := s.Head(); h.Number.Uint64() == 0 || time.Since(time.Unix(int64(h.Time), 0)) > time.Second; h = s.Head() {
		if err := s.Err(); err != nil {
			t.Fatalf("sequencer halted: %v", err)
		}
		if time.Now().After(deadline) {
			t.Fatalf("head %d at %d, now %d: not caught up", h.Number, h.Time, time.Now().Unix())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func waitReceipt(t *testing.T, ec *ethclient.Client, tx common.Hash, timeout time.Duration) *types.Receipt {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		r, err := ec.TransactionReceipt(t.Context(), tx)
		if err == nil {
			return r
		}
		if time.Now().After(deadline) {
			t.Fatalf("no receipt for %s after %v: %v", tx, timeout, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestCentralSequencer runs the baseline on an embedded L1: 50 transfers sent over its
// RPC (and a malformed tx among them) all succeed within a few blocks, blocks come at
// the block time with the L1-info deposit first and a moving L1 origin, and a restart
// on the same datadir continues the chain.
func TestCentralSequencer(t *testing.T) {
	net := newTestNet(t, 2)
	dir := t.TempDir()
	seq := net.start(t, dir)
	if got := seq.WS(); !strings.HasPrefix(got, "ws://") || strings.TrimPrefix(got, "ws://") != strings.TrimPrefix(seq.RPC(), "http://") {
		t.Fatalf("WS %s, RPC %s: want the same port", got, seq.RPC())
	}
	cl, ec := dial(t, seq.RPC())
	ctx := t.Context()
	waitCaughtUp(t, seq)
	paceFrom, paceStart := seq.Head().Number.Uint64(), time.Now()

	const count = 50
	sentAt := seq.Head().Number.Uint64()
	var hashes []common.Hash
	for i := range uint64(count) {
		tx := net.transfer(t, 0, i)
		if err := ec.SendTransaction(ctx, tx); err != nil {
			t.Fatalf("send tx %d: %v", i, err)
		}
		hashes = append(hashes, tx.Hash())
		if i == count/2 {
			var h common.Hash
			err := cl.CallContext(ctx, &h, "eth_sendRawTransaction", hexutil.Bytes{types.DynamicFeeTxType, 0xc0})
			var rpcErr rpc.Error
			if !errors.As(err, &rpcErr) || !strings.Contains(err.Error(), "rlp") {
				t.Fatalf("malformed tx: %v, want a JSON-RPC decoding error", err)
			}
		}
	}
	var last uint64
	for i, h := range hashes {
		r := waitReceipt(t, ec, h, 10*time.Second)
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("tx %d failed in block %d", i, r.BlockNumber)
		}
		last = max(last, r.BlockNumber.Uint64())
	}
	if last > sentAt+3 {
		t.Fatalf("last tx in block %d, sent after block %d: want within 3 blocks", last, sentAt)
	}

	// Pace: one block per block time once caught up.
	if err := sleepUntil(ctx, paceStart.Add(5*time.Second)); err != nil {
		t.Fatal(err)
	}
	blocks, elapsed := seq.Head().Number.Uint64()-paceFrom, time.Since(paceStart)
	if want := elapsed.Seconds(); float64(blocks) < want-1.5 || float64(blocks) > want+1.5 {
		t.Fatalf("%d blocks in %v, want about one a second", blocks, elapsed)
	}

	// Every block: parent time + 1 s, the L1-info deposit first, origins in order.
	head := seq.Head()
	origin := net.rollup.Genesis.L1.Number
	parentTime := net.rollup.Genesis.L2Time
	for n := uint64(1); n <= head.Number.Uint64(); n++ {
		b, err := ec.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatalf("block %d: %v", n, err)
		}
		if b.Time() != parentTime+net.rollup.BlockTime {
			t.Fatalf("block %d at %d, parent at %d", n, b.Time(), parentTime)
		}
		parentTime = b.Time()
		txs := b.Transactions()
		if len(txs) == 0 || txs[0].Type() != types.DepositTxType {
			t.Fatalf("block %d does not start with the L1-info deposit", n)
		}
		info, err := derive.L1BlockInfoFromBytes(net.rollup, b.Time(), txs[0].Data())
		if err != nil {
			t.Fatalf("block %d L1 info: %v", n, err)
		}
		if info.Number != origin && info.Number != origin+1 {
			t.Fatalf("block %d has L1 origin %d after %d", n, info.Number, origin)
		}
		origin = info.Number
	}
	if origin == net.rollup.Genesis.L1.Number {
		t.Fatalf("L1 origin never advanced past %d in %d blocks", origin, head.Number)
	}

	// Restart on the same datadir: the chain goes on from the head.
	if err := seq.Stop(); err != nil {
		t.Fatalf("stop: %v", err)
	}
	stopped := seq.Head()
	seq = net.start(t, dir)
	if got := seq.Head(); got.Hash() != stopped.Hash() {
		t.Fatalf("restarted at %d %s, stopped at %d %s", got.Number, got.Hash(), stopped.Number, stopped.Hash())
	}
	_, ec = dial(t, seq.RPC())
	tx := net.transfer(t, 0, count)
	if err := ec.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("send after restart: %v", err)
	}
	r := waitReceipt(t, ec, tx.Hash(), 15*time.Second)
	if r.Status != types.ReceiptStatusSuccessful || r.BlockNumber.Uint64() <= stopped.Number.Uint64() {
		t.Fatalf("tx after restart: status %d in block %d, stopped at %d", r.Status, r.BlockNumber, stopped.Number)
	}
	b, err := ec.BlockByNumber(ctx, stopped.Number)
	if err != nil || b.Hash() != stopped.Hash() {
		t.Fatalf("block %d after restart: %v %v, want %s", stopped.Number, b, err, stopped.Hash())
	}
}

func TestStartRejects(t *testing.T) {
	net := newTestNet(t, 1)
	good := Config{Genesis: net.genesis, Rollup: net.rollup, L1ChainConfig: net.l1.ChainConfig(), L1RPC: net.l1.RPCURL()}
	tests := map[string]func(*Config){
		"no genesis":         func(c *Config) { c.Genesis = nil },
		"no rollup config":   func(c *Config) { c.Rollup = nil },
		"no L1 chain config": func(c *Config) { c.L1ChainConfig = nil },
		"no L1":              func(c *Config) { c.L1RPC = "" },
		"other block time":   func(c *Config) { c.BlockTime = 2 * time.Second },
		"negative recommit":  func(c *Config) { c.Recommit = -time.Second },
	}
	for name, mutate := range tests {
		t.Run(name, func(t *testing.T) {
			cfg := good
			mutate(&cfg)
			s, err := Start(context.Background(), cfg)
			if err == nil {
				s.Stop()
				t.Fatal("Start succeeded")
			}
			if !errors.Is(err, ErrInvalidConfig) {
				t.Fatalf("got %v, want ErrInvalidConfig", err)
			}
		})
	}
}
