package engine

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"testing"

	optypes "github.com/ethereum-optimism/optimism/op-core/types"
	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	l2genesis "github.com/nodeop/nodeop/rollup/genesis"
)

const (
	l1StartTime  = 1_700_000_000
	l1StartNum   = 100
	l1BlockTime  = 2
	l1BlockCount = 64 // synthetic L1 blocks after the start block
	l2ChainID    = 901
	l1ChainID    = 900
)

var (
	oneEther = big.NewInt(params.Ether)
	gwei     = big.NewInt(params.GWei)
	// Fee caps well above the genesis base fee (1 gwei), which only falls on a quiet chain.
	feeCap = new(big.Int).Mul(big.NewInt(10), gwei)
	tipCap = big.NewInt(1000)
)

// testKey derives a deterministic key so every run (and every engine) sees the same
// accounts and signatures.
func testKey(i int) *ecdsa.PrivateKey {
	seed := crypto.Keccak256([]byte(fmt.Sprintf("nodeop engine test key %d", i)))
	k, err := crypto.ToECDSA(seed)
	if err != nil {
		panic(err)
	}
	return k
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// fakeL1 is a synthetic L1 chain: a start block and l1BlockCount children, no receipts.
// It stands in for an L1 RPC; the attributes builder and the engine are real.
type fakeL1 struct {
	byHash   map[common.Hash]*types.Header
	byNumber map[uint64]*types.Header
}

func newFakeL1() *fakeL1 {
	l1 := &fakeL1{byHash: map[common.Hash]*types.Header{}, byNumber: map[uint64]*types.Header{}}
	parent := common.HexToHash("0x01")
	for i := uint64(0); i <= l1BlockCount; i++ {
		zero := uint64(0)
		beaconRoot := crypto.Keccak256Hash([]byte("beacon"), new(big.Int).SetUint64(i).Bytes())
		h := &types.Header{
			ParentHash:       parent,
			Number:           new(big.Int).SetUint64(l1StartNum + i),
			Time:             l1StartTime + i*l1BlockTime,
			GasLimit:         30_000_000,
			BaseFee:          big.NewInt(params.GWei),
			Difficulty:       new(big.Int),
			MixDigest:        crypto.Keccak256Hash([]byte("randao"), new(big.Int).SetUint64(i).Bytes()),
			ExcessBlobGas:    &zero,
			BlobGasUsed:      &zero,
			ParentBeaconRoot: &beaconRoot,
			WithdrawalsHash:  &types.EmptyWithdrawalsHash,
		}
		l1.byHash[h.Hash()] = h
		l1.byNumber[h.Number.Uint64()] = h
		parent = h.Hash()
	}
	return l1
}

func (l *fakeL1) start() *types.Header { return l.byNumber[l1StartNum] }

func (l *fakeL1) InfoByHash(_ context.Context, hash common.Hash) (eth.BlockInfo, error) {
	h, ok := l.byHash[hash]
	if !ok {
		return nil, fmt.Errorf("L1 block %s not found", hash)
	}
	return eth.HeaderBlockInfo(h), nil
}

func (l *fakeL1) FetchReceipts(ctx context.Context, hash common.Hash) (eth.BlockInfo, optypes.Receipts, error) {
	info, err := l.InfoByHash(ctx, hash)
	return info, optypes.Receipts{}, err
}

// epochFor picks the L1 origin of the next L2 block like a sequencer: advance to the next
// L1 block once the L2 timestamp reaches it.
func (l *fakeL1) epochFor(parent eth.L2BlockRef, l2Time uint64) eth.BlockID {
	if next, ok := l.byNumber[parent.L1Origin.Number+1]; ok && next.Time <= l2Time {
		return eth.BlockID{Hash: next.Hash(), Number: next.Number.Uint64()}
	}
	return parent.L1Origin
}

// testChain is the genesis of a test rollup plus its synthetic L1.
type testChain struct {
	l1        *fakeL1
	genesis   *core.Genesis
	rollupCfg *rollup.Config
	l1Config  *params.ChainConfig
	keys      []*ecdsa.PrivateKey
	signer    types.Signer
}

func newTestChain(t testing.TB, accounts int, opts ...func(*l2genesis.Config)) *testChain {
	t.Helper()
	l1 := newFakeL1()
	keys := make([]*ecdsa.PrivateKey, accounts)
	alloc := types.GenesisAlloc{}
	for i := range keys {
		keys[i] = testKey(i)
		alloc[addrOf(keys[i])] = types.Account{Balance: new(big.Int).Mul(big.NewInt(100), oneEther)}
	}
	cfg := l2genesis.Config{
		ChainID:           l2ChainID,
		L1ChainID:         l1ChainID,
		BatchInbox:        common.HexToAddress("0xff00000000000000000000000000000000000901"),
		SystemConfig:      common.HexToAddress("0xff00000000000000000000000000000000000901"),
		Batcher:           common.HexToAddress("0xba7c4e7"),
		UnsafeBlockSigner: common.HexToAddress("0x5e9"),
		Alloc:             alloc,
	}
	for _, opt := range opts {
		opt(&cfg)
	}
	gen, rcfg, err := l2genesis.Build(cfg, l1.start())
	if err != nil {
		t.Fatal(err)
	}
	return &testChain{
		l1:        l1,
		genesis:   gen,
		rollupCfg: rcfg,
		l1Config:  params.MergedTestChainConfig, // a post-Cancun L1 with a blob schedule
		keys:      keys,
		signer:    types.LatestSignerForChainID(gen.Config.ChainID),
	}
}

func testLogger(t testing.TB) *slog.Logger {
	if testing.Verbose() && os.Getenv("ENGINE_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

func (c *testChain) open(t testing.TB, dataDir string) *Engine {
	t.Helper()
	e, err := Open(context.Background(), Config{DataDir: dataDir, Genesis: c.genesis, RollupConfig: c.rollupCfg}, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

// nextAttrs prepares the next block's attributes with op-node's real attributes builder,
// reading the L2 side from the engine itself.
func (c *testChain) nextAttrs(t testing.TB, e *Engine) *eth.PayloadAttributes {
	t.Helper()
	parent, err := e.HeadRef()
	if err != nil {
		t.Fatal(err)
	}
	builder := derive.NewFetchingAttributesBuilder(c.rollupCfg, c.l1Config, nil, c.l1, e)
	epoch := c.l1.epochFor(parent, parent.Time+c.rollupCfg.BlockTime)
	attrs, err := builder.PreparePayloadAttributes(context.Background(), parent, epoch)
	if err != nil {
		t.Fatalf("prepare attributes on %s: %v", parent, err)
	}
	return attrs
}

// withTxs returns a copy of attrs with txs appended after the deposits.
func withTxs(t testing.TB, attrs *eth.PayloadAttributes, txs []*types.Transaction) *eth.PayloadAttributes {
	t.Helper()
	out := *attrs
	out.Transactions = append([]eth.Data(nil), attrs.Transactions...)
	for _, tx := range txs {
		raw, err := tx.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		out.Transactions = append(out.Transactions, raw)
	}
	return &out
}

func (c *testChain) transfer(t testing.TB, from int, nonce uint64, to common.Address, value *big.Int) *types.Transaction {
	t.Helper()
	return c.signed(t, c.keys[from], &types.DynamicFeeTx{
		ChainID:   c.genesis.Config.ChainID,
		Nonce:     nonce,
		GasTipCap: tipCap,
		GasFeeCap: feeCap,
		Gas:       params.TxGas,
		To:        &to,
		Value:     value,
	})
}

func (c *testChain) signed(t testing.TB, key *ecdsa.PrivateKey, inner types.TxData) *types.Transaction {
	t.Helper()
	return mustSign(t, c.signer, key, inner)
}

func mustSign(t testing.TB, signer types.Signer, key *ecdsa.PrivateKey, inner types.TxData) *types.Transaction {
	t.Helper()
	tx, err := types.SignNewTx(key, signer, inner)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// step filters txs for the next block, builds it, and returns the outcome.
type stepResult struct {
	attrs   *eth.PayloadAttributes
	keep    []*types.Transaction
	dropped map[int]error
	env     *eth.ExecutionPayloadEnvelope
}

func (c *testChain) step(t testing.TB, e *Engine, txs []*types.Transaction) stepResult {
	t.Helper()
	attrs := c.nextAttrs(t, e)
	keep, dropped := e.Filter(attrs, txs)
	env, err := e.Build(context.Background(), attrs, keep)
	if err != nil {
		t.Fatalf("build block on %d: %v", e.Head().Number, err)
	}
	return stepResult{attrs: attrs, keep: keep, dropped: dropped, env: env}
}
