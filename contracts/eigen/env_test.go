package eigen_test

import (
	"context"
	"log/slog"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/deploy"
	"github.com/nodeop/nodeop/contracts/eigen"
	"github.com/nodeop/nodeop/devnet/l1"
)

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

// Test parameters: delays short enough for a 1 s-slot L1, in the relation
// production needs (deallocation and withdrawal delays above epoch length
// plus veto delay).
const (
	testEpochLen  = 3
	testVetoDelay = 2
	// MinWithdrawalDelayBlocks: v1.4.2 cannot slash before block
	// testWithdrawalDelay + 2, which the flow passes long before its slash.
	testWithdrawalDelay = 10
	// DeallocationDelayBlocks: B, deregistered, must still be slashable
	// when its slash executes, some ten blocks later (more on a loaded
	// machine: the L1's slots follow the clock).
	testDeallocDelay   = 40
	testSetID          = 1
	testSlashBps       = 5000
	testOperatorTokens = 10 // whole tokens each operator deposits
)

// env is a devnet L1 (1 s slots) with a test LST, EigenLayer's core with a
// StrategyBase for it, and nodeop's AVS. Account 0 deploys and owns
// everything; accounts 1.. are operators; the last one is the rollup's
// inbox stand-in (Slashing needs an inbox address, no test here uses it).
type env struct {
	t      *testing.T
	ctx    context.Context
	chain  *l1.L1
	client *ethclient.Client
	accts  []l1.Account
	token  *bindings.TestToken
	tokenA common.Address
	core   *eigen.Core
	avs    *eigen.AVS
}

func newEnv(t *testing.T) *env {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	chain, err := l1.Start(context.Background(), l1.Config{SlotTime: time.Second}, testLogger(t, slog.LevelWarn))
	if err != nil {
		t.Fatalf("start L1: %v", err)
	}
	t.Cleanup(func() {
		if err := chain.Close(); err != nil {
			t.Errorf("close L1: %v", err)
		}
	})
	client, err := ethclient.DialContext(ctx, chain.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	e := &env{t: t, ctx: ctx, chain: chain, client: client, accts: chain.Accounts()}

	// The LST-like token: fixed supply to the deployer, shared out below.
	tokenA, tx, token, err := bindings.DeployTestToken(e.opts(0), client, ether(1_000_000))
	if err != nil {
		t.Fatalf("deploy token: %v", err)
	}
	e.token, e.tokenA = token, tokenA
	e.mined(tx)

	start := time.Now()
	cfg := eigen.DevnetCoreConfig()
	cfg.MinWithdrawalDelayBlocks, cfg.DeallocationDelayBlocks = testWithdrawalDelay, testDeallocDelay
	cfg.StrategyTokens = []common.Address{tokenA}
	cfg.EigenPodGenesisTime = chain.GenesisTime()
	core, err := eigen.DeployCore(ctx, client, e.opts(0), cfg)
	if err != nil {
		t.Fatalf("deploy core: %v", err)
	}
	e.core = core
	t.Logf("EigenLayer core deployed in %v", time.Since(start).Round(time.Millisecond))

	start = time.Now()
	avs, err := eigen.DeployAVS(ctx, client, e.opts(0), core, eigen.AVSConfig{
		OperatorSetID:     testSetID,
		MetadataURI:       "https://nodeop.example/avs.json",
		MinimumStake:      ether(1),
		EpochLengthBlocks: testEpochLen,
		MaxOperators:      16,
		Slashing: deploy.SlashingConfig{
			Inbox:                e.accts[len(e.accts)-1].Address,
			VetoDelayBlocks:      testVetoDelay,
			EquivocationSlashBps: testSlashBps,
			MissedWindowPenalty:  new(big.Int),
		},
		RewardPerEpoch: ether(1),
	})
	if err != nil {
		t.Fatalf("deploy AVS: %v", err)
	}
	e.avs = avs
	t.Logf("AVS deployed in %v", time.Since(start).Round(time.Millisecond))
	return e
}

// opts are fresh transact options for dev account i.
func (e *env) opts(i int) *bind.TransactOpts {
	e.t.Helper()
	o, err := bind.NewKeyedTransactorWithChainID(e.accts[i].PrivateKey, e.chain.ChainConfig().ChainID)
	if err != nil {
		e.t.Fatal(err)
	}
	o.Context = e.ctx
	return o
}

func (e *env) call() *bind.CallOpts { return &bind.CallOpts{Context: e.ctx} }

// mined waits for the transactions and fails the test if one failed.
func (e *env) mined(txs ...*types.Transaction) []*types.Receipt {
	e.t.Helper()
	var rs []*types.Receipt
	for _, tx := range txs {
		r, err := waitMined(e.ctx, e.client, tx)
		if err != nil {
			e.t.Fatalf("wait for %s: %v", tx.Hash(), err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			e.t.Fatalf("tx %s failed", tx.Hash())
		}
		rs = append(rs, r)
	}
	return rs
}

// waitMined polls for tx's receipt more often than bind.WaitMined's
// one-second ticker, which would cost a slot per wait.
func waitMined(ctx context.Context, c *ethclient.Client, tx *types.Transaction) (*types.Receipt, error) {
	for {
		r, err := c.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// head is the latest block number.
func (e *env) head() uint64 {
	e.t.Helper()
	n, err := e.client.BlockNumber(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

// waitBlock waits until the head is at least n, so a transaction estimated
// now runs in a block after n.
func (e *env) waitBlock(n uint64) {
	e.t.Helper()
	for e.head() < n {
		select {
		case <-e.ctx.Done():
			e.t.Fatalf("wait for block %d: %v", n, e.ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// operator returns account i as an EigenLayer operator of the env.
func (e *env) operator(i int) *eigen.Operator {
	return &eigen.Operator{Core: e.core, AVS: e.avs, Backend: e.client, Opts: e.opts(i)}
}

func testLogger(t *testing.T, level slog.Level) *slog.Logger {
	return slog.New(newTestHandler(t, level))
}

// testHandler writes to the test's output until the test ends, then drops
// records: the L1's goroutines may still log during cleanup.
type testHandler struct {
	slog.Handler
	mu   *sync.Mutex
	done *bool
}

func newTestHandler(t *testing.T, level slog.Level) *testHandler {
	h := &testHandler{
		Handler: slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: level}),
		mu:      new(sync.Mutex),
		done:    new(bool),
	}
	t.Cleanup(func() {
		h.mu.Lock()
		*h.done = true
		h.mu.Unlock()
	})
	return h
}

func (h *testHandler) Handle(ctx context.Context, r slog.Record) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if *h.done {
		return nil
	}
	return h.Handler.Handle(ctx, r)
}

func (h *testHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return &testHandler{Handler: h.Handler.WithAttrs(as), mu: h.mu, done: h.done}
}

func (h *testHandler) WithGroup(name string) slog.Handler {
	return &testHandler{Handler: h.Handler.WithGroup(name), mu: h.mu, done: h.done}
}
