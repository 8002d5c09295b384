package executor

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"sync"
	"testing"
	"time"

	optypes "github.com/ethereum-optimism/optimism/op-core/types"
	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nodeop/nodeop/internal/txn"
	"github.com/nodeop/nodeop/rollup/engine"
	l2genesis "github.com/nodeop/nodeop/rollup/genesis"
	"github.com/nodeop/nodeop/sequencer"
	"github.com/nodeop/nodeop/sequencer/blockinfo"
)

const (
	l1StartTime = 1_700_000_000 // in the past: Propose never waits on these chains
	l1StartNum  = 100
	l1BlockTime = 2
	l2ChainID   = 901
	l1ChainID   = 900
	drift       = 1800 // Fjord's constant max sequencer drift
)

var (
	oneEther = big.NewInt(params.Ether)
	feeCap   = big.NewInt(10 * params.GWei) // well above the genesis base fee of 1 gwei
	tipCap   = big.NewInt(1000)
	// errL1Down is what the fake L1 answers while it is "unavailable".
	errL1Down = errors.New("fake L1: connection refused")
)

// ---------------------------------------------------------------------------
// Fake L1

// fakeL1 is a synthetic L1 chain under the test's control: a start block
// (the rollup's L1 genesis, identical in every fakeL1 with the same start
// time, so several views can serve one L2 genesis) and canonical children.
// It serves blocks up to head only; it can fail calls, fail a number of
// InfoByHash/FetchReceipts calls, and reorg. Receipts are always empty.
type fakeL1 struct {
	mu        sync.Mutex
	blockTime uint64
	byHash    map[common.Hash]*types.Header // every block ever made, reorged-out ones too
	canon     map[uint64]*types.Header
	tip       uint64 // highest canonical block
	head      uint64 // the unsafe head: nothing above it is served
	forks     int

	refsErr   error // L1BlockRefByNumber and L1BlockRefByLabel fail with it
	infoErr   error // InfoByHash and FetchReceipts fail with it
	failInfo  int   // the next failInfo InfoByHash/FetchReceipts calls fail
	infoCalls int
}

func l1Header(parent common.Hash, num, time uint64, fork int) *types.Header {
	zero := uint64(0)
	seed := new(big.Int).SetUint64(num).Bytes()
	beaconRoot := crypto.Keccak256Hash([]byte("beacon"), seed)
	h := &types.Header{
		ParentHash:       parent,
		Number:           new(big.Int).SetUint64(num),
		Time:             time,
		GasLimit:         30_000_000,
		BaseFee:          big.NewInt(params.GWei),
		Difficulty:       new(big.Int),
		MixDigest:        crypto.Keccak256Hash([]byte("randao"), seed),
		ExcessBlobGas:    &zero,
		BlobGasUsed:      &zero,
		ParentBeaconRoot: &beaconRoot,
		WithdrawalsHash:  &types.EmptyWithdrawalsHash,
	}
	if fork > 0 {
		h.Extra = []byte(fmt.Sprintf("fork %d", fork))
	}
	return h
}

// newFakeL1 returns an L1 whose start block (number l1StartNum) is at
// startTime, followed by blocks children blockTime apart, all visible.
func newFakeL1(startTime, blockTime uint64, blocks int) *fakeL1 {
	l := &fakeL1{blockTime: blockTime, byHash: map[common.Hash]*types.Header{}, canon: map[uint64]*types.Header{}}
	l.put(l1Header(common.HexToHash("0x01"), l1StartNum, startTime, 0))
	l.grow(blocks)
	return l
}

func (l *fakeL1) put(h *types.Header) {
	l.byHash[h.Hash()] = h
	l.canon[h.Number.Uint64()] = h
	l.tip = h.Number.Uint64()
	l.head = l.tip
}

// grow appends n canonical blocks to the tip and moves the head to the new tip.
func (l *fakeL1) grow(n int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for range n {
		p := l.canon[l.tip]
		l.put(l1Header(p.Hash(), l.tip+1, p.Time+l.blockTime, l.forks))
	}
}

// setHead moves the unsafe head (blocks above it become unavailable).
func (l *fakeL1) setHead(num uint64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if num > l.tip {
		panic(fmt.Sprintf("setHead %d above tip %d", num, l.tip))
	}
	l.head = num
}

// reorg replaces the canonical blocks from number from up to the tip with a
// fork; the replaced blocks stay retrievable by hash, as on a real node.
func (l *fakeL1) reorg(from uint64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.forks++
	tip, head := l.tip, l.head
	for n := from; n <= tip; n++ {
		old := l.canon[n]
		parent := old.ParentHash
		if n > from {
			parent = l.canon[n-1].Hash()
		}
		l.put(l1Header(parent, n, old.Time, l.forks))
	}
	l.head = head
}

func (l *fakeL1) block(num uint64) *types.Header {
	l.mu.Lock()
	defer l.mu.Unlock()
	h, ok := l.canon[num]
	if !ok {
		panic(fmt.Sprintf("no L1 block %d", num))
	}
	return h
}

func (l *fakeL1) ref(num uint64) eth.L1BlockRef {
	return eth.InfoToL1BlockRef(eth.HeaderBlockInfo(l.block(num)))
}

func (l *fakeL1) setRefsErr(err error) { l.mu.Lock(); l.refsErr = err; l.mu.Unlock() }
func (l *fakeL1) setInfoErr(err error) { l.mu.Lock(); l.infoErr = err; l.mu.Unlock() }
func (l *fakeL1) failNextInfo(n int)   { l.mu.Lock(); l.failInfo = n; l.mu.Unlock() }

func (l *fakeL1) calls() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.infoCalls
}

func (l *fakeL1) InfoByHash(_ context.Context, hash common.Hash) (eth.BlockInfo, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.infoCalls++
	if l.failInfo > 0 {
		l.failInfo--
		return nil, fmt.Errorf("block %s: %w", hash, errL1Down)
	}
	if l.infoErr != nil {
		return nil, fmt.Errorf("block %s: %w", hash, l.infoErr)
	}
	h, ok := l.byHash[hash]
	if !ok || h.Number.Uint64() > l.head {
		return nil, fmt.Errorf("fake L1 block %s: %w", hash, ethereum.NotFound)
	}
	return eth.HeaderBlockInfo(h), nil
}

func (l *fakeL1) FetchReceipts(ctx context.Context, hash common.Hash) (eth.BlockInfo, optypes.Receipts, error) {
	info, err := l.InfoByHash(ctx, hash)
	if err != nil {
		return nil, nil, err
	}
	return info, optypes.Receipts{}, nil
}

func (l *fakeL1) L1BlockRefByNumber(_ context.Context, num uint64) (eth.L1BlockRef, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.refsErr != nil {
		return eth.L1BlockRef{}, l.refsErr
	}
	h, ok := l.canon[num]
	if !ok || num > l.head {
		return eth.L1BlockRef{}, fmt.Errorf("fake L1 block %d: %w", num, ethereum.NotFound)
	}
	return eth.InfoToL1BlockRef(eth.HeaderBlockInfo(h)), nil
}

func (l *fakeL1) L1BlockRefByLabel(_ context.Context, label eth.BlockLabel) (eth.L1BlockRef, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.refsErr != nil {
		return eth.L1BlockRef{}, l.refsErr
	}
	if label != eth.Unsafe {
		return eth.L1BlockRef{}, fmt.Errorf("fake L1: label %s not served", label)
	}
	return eth.InfoToL1BlockRef(eth.HeaderBlockInfo(l.canon[l.head])), nil
}

// ---------------------------------------------------------------------------
// Test environment: a real in-memory engine and an executor over a fake L1

type envConfig struct {
	l1Start     uint64 // time of the L1 start block; default l1StartTime
	l1BlockTime uint64 // default l1BlockTime
	l1Blocks    int    // L1 blocks after the start, all visible
	l2Offset    uint64 // L2 genesis time minus the L1 start time
	blockTime   uint64 // L2 block time; default 1
	confDepth   uint64
	accounts    int // funded with 100 ether each; default 3
	gasLimit    uint64
	daScalar    uint16
	alloc       types.GenesisAlloc // extra genesis accounts
}

type env struct {
	t       testing.TB
	cfg     envConfig
	l1      *fakeL1
	genesis *core.Genesis
	rollup  *rollup.Config
	eng     *engine.Engine
	x       *Executor
	keys    []*ecdsa.PrivateKey
	signer  types.Signer
	dec     *txn.Decoder
}

func testKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("nodeop executor test key %d", i))))
	if err != nil {
		panic(err)
	}
	return k
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func testLogger() *slog.Logger {
	if os.Getenv("EXECUTOR_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// buildGenesis builds the L2 genesis anchored on the fake L1's start block.
func buildGenesis(t testing.TB, cfg *envConfig, l1 *fakeL1) (*core.Genesis, *rollup.Config, []*ecdsa.PrivateKey) {
	t.Helper()
	keys := make([]*ecdsa.PrivateKey, cfg.accounts)
	alloc := types.GenesisAlloc{}
	for i := range keys {
		keys[i] = testKey(i)
		alloc[addrOf(keys[i])] = types.Account{Balance: new(big.Int).Mul(big.NewInt(100), oneEther)}
	}
	for a, acct := range cfg.alloc {
		alloc[a] = acct
	}
	start := l1.block(l1StartNum)
	gcfg := l2genesis.Config{
		ChainID:              l2ChainID,
		L1ChainID:            l1ChainID,
		BlockTime:            cfg.blockTime,
		GasLimit:             cfg.gasLimit,
		BatchInbox:           common.HexToAddress("0xff00000000000000000000000000000000000901"),
		SystemConfig:         common.HexToAddress("0xff00000000000000000000000000000000000901"),
		Batcher:              common.HexToAddress("0xba7c4e7"),
		UnsafeBlockSigner:    common.HexToAddress("0x5e9"),
		Alloc:                alloc,
		L2GenesisTime:        start.Time + cfg.l2Offset,
		DAFootprintGasScalar: cfg.daScalar,
	}
	gen, rcfg, err := l2genesis.Build(gcfg, start)
	if err != nil {
		t.Fatal(err)
	}
	return gen, rcfg, keys
}

func newEnv(t testing.TB, cfg envConfig) *env {
	t.Helper()
	if cfg.l1Start == 0 {
		cfg.l1Start = l1StartTime
	}
	if cfg.l1BlockTime == 0 {
		cfg.l1BlockTime = l1BlockTime
	}
	if cfg.accounts == 0 {
		cfg.accounts = 3
	}
	l1 := newFakeL1(cfg.l1Start, cfg.l1BlockTime, cfg.l1Blocks)
	gen, rcfg, keys := buildGenesis(t, &cfg, l1)
	eng, err := engine.Open(context.Background(), engine.Config{Genesis: gen, RollupConfig: rcfg}, testLogger())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { eng.Close() })
	dec, err := txn.NewDecoder(txn.Rules{ChainID: gen.Config.ChainID, BlockGasLimit: gen.GasLimit, FloorDataGas: true}, 64)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{
		t: t, cfg: cfg, l1: l1, genesis: gen, rollup: rcfg, eng: eng, keys: keys,
		signer: types.LatestSignerForChainID(gen.Config.ChainID), dec: dec,
	}
	e.x = e.executor(l1)
	return e
}

// executor returns an executor over the env's engine with l1 as its L1 view:
// another node's view of the same L1, or this node's after a change.
func (e *env) executor(l1 L1) *Executor {
	return New(Config{
		Rollup:        e.rollup,
		L1ChainConfig: params.MergedTestChainConfig, // post-Cancun L1 with a blob schedule
		ConfDepth:     e.cfg.confDepth,
		L1Timeout:     time.Second,
		Logger:        testLogger(),
	}, e.eng, l1)
}

// newL1 returns a fresh L1 view sharing the env's start block (and so its
// L2 genesis), with its own block time and number of children.
func (e *env) newL1(blockTime uint64, blocks int) *fakeL1 {
	return newFakeL1(e.cfg.l1Start, blockTime, blocks)
}

func (e *env) sign(from int, inner *types.DynamicFeeTx) *txn.Tx {
	e.t.Helper()
	inner.ChainID = e.genesis.Config.ChainID
	if inner.GasTipCap == nil {
		inner.GasTipCap = tipCap
	}
	if inner.GasFeeCap == nil {
		inner.GasFeeCap = feeCap
	}
	if inner.Gas == 0 {
		inner.Gas = params.TxGas
	}
	tx, err := types.SignNewTx(e.keys[from], e.signer, inner)
	if err != nil {
		e.t.Fatal(err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		e.t.Fatal(err)
	}
	out, err := e.dec.Decode(raw)
	if err != nil {
		e.t.Fatalf("decode own tx: %v", err)
	}
	return out
}

func (e *env) transfer(from int, nonce uint64, to common.Address, value *big.Int) *txn.Tx {
	e.t.Helper()
	return e.sign(from, &types.DynamicFeeTx{Nonce: nonce, To: &to, Value: value})
}

// step runs the consensus path for the next height: Propose, Verify (as a
// validator with the same L1 view), Execute.
func (e *env) step(txs ...*txn.Tx) (blockinfo.Info, *sequencer.Execution) {
	e.t.Helper()
	ctx := context.Background()
	height, _ := e.x.LastBlock()
	height++
	info, txsAllowed, err := e.x.Propose(ctx, height)
	if err != nil {
		e.t.Fatalf("Propose(%d): %v", height, err)
	}
	if len(txs) > 0 && !txsAllowed {
		e.t.Fatalf("Propose(%d) allows no txs", height)
	}
	if err := e.x.Verify(ctx, height, info, len(txs) > 0); err != nil {
		e.t.Fatalf("Verify(%d, %+v) of own proposal: %v", height, info, err)
	}
	exe, err := e.x.Execute(ctx, height, info, txs)
	if err != nil {
		e.t.Fatalf("Execute(%d): %v", height, err)
	}
	return info, exe
}

func (e *env) headRef() eth.L2BlockRef {
	e.t.Helper()
	ref, err := e.eng.HeadRef()
	if err != nil {
		e.t.Fatal(err)
	}
	return ref
}

func originOf(info blockinfo.Info) eth.BlockID {
	return eth.BlockID{Number: info.L1OriginNumber, Hash: info.L1OriginHash}
}
