package executor

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nodeop/nodeop/internal/txn"
	"github.com/nodeop/nodeop/rollup/engine"
	"github.com/nodeop/nodeop/rollup/origin"
	"github.com/nodeop/nodeop/sequencer"
	"github.com/nodeop/nodeop/sequencer/blockinfo"
)

// The Executor is used through the sequencer's interface.
var _ sequencer.Executor = (*Executor)(nil)

// ---------------------------------------------------------------------------
// Timestamp and the proposer's pacing

func TestTimestampIsGenesisTimePlusHeightTimesBlockTime(t *testing.T) {
	for _, blockTime := range []uint64{1, 2} {
		cfg := envConfig{l1Start: l1StartTime, l2Offset: 7, blockTime: blockTime, accounts: 1}
		_, rcfg, _ := buildGenesis(t, &cfg, newFakeL1(l1StartTime, l1BlockTime, 0))
		x := New(Config{Rollup: rcfg}, nil, nil)
		genesisTime := uint64(l1StartTime + 7)
		if rcfg.Genesis.L2Time != genesisTime || rcfg.Genesis.L2.Number != 0 {
			t.Fatalf("genesis L2 time %d number %d, want %d 0", rcfg.Genesis.L2Time, rcfg.Genesis.L2.Number, genesisTime)
		}
		for _, height := range []int64{0, 1, 2, 1000, 1_000_000} {
			if got, want := x.Timestamp(height), genesisTime+uint64(height)*blockTime; got != want {
				t.Errorf("block time %d: Timestamp(%d) = %d, want %d", blockTime, height, got, want)
			}
		}
	}
}

// TestProposeWaitsForTheBlockTimestamp runs on a chain whose next block is
// due 0.5-1.5 s from now: Propose must not return before the wall clock
// reaches the block's timestamp, and gives up when ctx ends first.
func TestProposeWaitsForTheBlockTimestamp(t *testing.T) {
	now := time.Now()
	next := uint64(now.Add(500*time.Millisecond).Unix()) + 1 // in [now+0.5s, now+1.5s)
	genesisTime := next - 1
	e := newEnv(t, envConfig{l1Start: genesisTime - 10, l2Offset: 10})
	ts := e.x.Timestamp(1)
	if ts != next {
		t.Fatalf("Timestamp(1) = %d, want %d", ts, next)
	}
	due := time.Unix(int64(ts), 0)
	if left := time.Until(due); left < 150*time.Millisecond {
		t.Skipf("setup took too long: block 1 is due in %v, too soon to observe a wait", left)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	if _, _, err := e.x.Propose(ctx, 1); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Propose with a 50ms ctx = %v, want %v", err, context.DeadlineExceeded)
	}
	if el := time.Since(start); el > 400*time.Millisecond {
		t.Fatalf("Propose with a 50ms ctx took %v: it should stop waiting when ctx ends", el)
	}

	start = time.Now()
	wait := due.Sub(start)
	info, _, err := e.x.Propose(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start)
	if info.Timestamp != ts {
		t.Fatalf("proposed timestamp %d, want %d", info.Timestamp, ts)
	}
	if time.Now().Before(due) {
		t.Fatalf("Propose returned at %v, before the block's timestamp %v", time.Now(), due)
	}
	if wait > 0 && elapsed < wait {
		t.Fatalf("Propose waited %v, want at least %v", elapsed, wait)
	}
	if elapsed > wait+time.Second {
		t.Fatalf("Propose waited %v, want about %v", elapsed, wait)
	}
}

// ---------------------------------------------------------------------------
// Propose's choice of origin, and Verify of that choice on the same view

func TestProposeChoosesOriginAndVerifyAcceptsIt(t *testing.T) {
	// normal: block 1 at L1 start + 11; drifted: block 1 at L1 start + 1801,
	// past the max sequencer drift of the genesis origin.
	normal := newEnv(t, envConfig{l2Offset: 10, confDepth: 2})
	drifted := newEnv(t, envConfig{l2Offset: drift, confDepth: 2})

	type want int
	const (
		hold    want = iota // the parent's origin, the L1 start block
		advance             // L1 block 101 of the case's view
	)
	tests := []struct {
		name    string
		env     *env
		view    func(*env) *fakeL1
		want    want
		wantTxs bool
	}{
		{
			name: "holds when the L1 has no block after the origin",
			env:  normal, view: func(e *env) *fakeL1 { return e.newL1(l1BlockTime, 0) },
			want: hold, wantTxs: true,
		},
		{
			name: "holds when the next L1 block exists but is hidden above the head",
			env:  normal, view: func(e *env) *fakeL1 { l := e.newL1(l1BlockTime, 5); l.setHead(l1StartNum); return l },
			want: hold, wantTxs: true,
		},
		{
			name: "advances when the next L1 block is confirmed and not after the L2 time",
			env:  normal, view: func(e *env) *fakeL1 { return e.newL1(l1BlockTime, 5) },
			want: advance, wantTxs: true,
		},
		{
			name: "advances with exactly ConfDepth confirmations",
			env:  normal, view: func(e *env) *fakeL1 { return e.newL1(l1BlockTime, 1+2) },
			want: advance, wantTxs: true,
		},
		{
			name: "holds when the next L1 block is one confirmation short",
			env:  normal, view: func(e *env) *fakeL1 { return e.newL1(l1BlockTime, 1+2-1) },
			want: hold, wantTxs: true,
		},
		{
			name: "advances when the next L1 block is exactly at the L2 time",
			env:  normal, view: func(e *env) *fakeL1 { return e.newL1(11, 5) },
			want: advance, wantTxs: true,
		},
		{
			name: "holds when the next L1 block is after the L2 time",
			env:  normal, view: func(e *env) *fakeL1 { return e.newL1(12, 5) },
			want: hold, wantTxs: true,
		},
		{
			name: "holds when the L1 is unavailable",
			env:  normal, view: func(e *env) *fakeL1 { l := e.newL1(l1BlockTime, 5); l.setRefsErr(errL1Down); return l },
			want: hold, wantTxs: true,
		},
		{
			name: "holds when an L1 reorg replaced the current origin",
			env:  normal, view: func(e *env) *fakeL1 { l := e.newL1(l1BlockTime, 5); l.reorg(l1StartNum); return l },
			want: hold, wantTxs: true,
		},
		{
			name: "past the drift with the L1 unavailable: holds without txs",
			env:  drifted, view: func(e *env) *fakeL1 { l := e.newL1(l1BlockTime, 5); l.setRefsErr(errL1Down); return l },
			want: hold, wantTxs: false,
		},
		{
			name: "past the drift with no next L1 block: holds without txs",
			env:  drifted, view: func(e *env) *fakeL1 { return e.newL1(l1BlockTime, 0) },
			want: hold, wantTxs: false,
		},
		{
			name: "past the drift after an L1 reorg: holds without txs",
			env:  drifted, view: func(e *env) *fakeL1 { l := e.newL1(l1BlockTime, 5); l.reorg(l1StartNum); return l },
			// The reorged "next" block does not extend the origin, so
			// neither the proposer nor the validator counts it: the hold
			// past the drift is valid (it used to be rejected as
			// must-advance, stalling consensus).
			want: hold, wantTxs: false,
		},
		{
			name: "past the drift: adopts the next L1 block unconfirmed",
			env:  drifted, view: func(e *env) *fakeL1 { return e.newL1(l1BlockTime, 1) },
			want: advance, wantTxs: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := tc.env
			l1 := tc.view(e)
			x := e.executor(l1)
			ctx := context.Background()
			info, txsAllowed, err := x.Propose(ctx, 1)
			if err != nil {
				t.Fatalf("Propose: %v", err)
			}
			if want := e.rollup.Genesis.L2Time + 1; info.Timestamp != want || info.Timestamp != x.Timestamp(1) {
				t.Errorf("timestamp %d, want %d", info.Timestamp, want)
			}
			wantOrigin := e.rollup.Genesis.L1
			if tc.want == advance {
				wantOrigin = l1.ref(l1StartNum + 1).ID()
			}
			if got := originOf(info); got != wantOrigin {
				t.Errorf("origin %v, want %v", got, wantOrigin)
			}
			if txsAllowed != tc.wantTxs {
				t.Errorf("txsAllowed %v, want %v", txsAllowed, tc.wantTxs)
			}
			// A validator with the same view accepts the proposal, with
			// txs exactly when the proposer may include them.
			if err := x.Verify(ctx, 1, info, txsAllowed); err != nil {
				t.Errorf("Verify(own proposal, hasTxs=%v) = %v, want nil", txsAllowed, err)
			}
			if err := x.Verify(ctx, 1, info, false); err != nil {
				t.Errorf("Verify(own proposal, no txs) = %v, want nil", err)
			}
			if !txsAllowed {
				if err := x.Verify(ctx, 1, info, true); !errors.Is(err, origin.ErrDriftTxs) {
					t.Errorf("Verify(own proposal, with txs) = %v, want %v", err, origin.ErrDriftTxs)
				}
			}
		})
	}
}

func TestProposeErrors(t *testing.T) {
	e := newEnv(t, envConfig{l2Offset: 10})
	ctx := context.Background()
	for _, h := range []int64{0, 2, 10} {
		if _, _, err := e.x.Propose(ctx, h); !errors.Is(err, ErrHeight) {
			t.Errorf("Propose(%d) on the genesis = %v, want %v", h, err, ErrHeight)
		}
	}
	// The L2 genesis carries no L1-info deposit: its origin (and that
	// origin's time, which the drift rule needs) comes from L1 alone.
	l1 := e.newL1(l1BlockTime, 5)
	l1.setInfoErr(errL1Down)
	if _, _, err := e.executor(l1).Propose(ctx, 1); !errors.Is(err, errL1Down) {
		t.Errorf("Propose(1) with the L1 genesis origin unavailable = %v, want %v", err, errL1Down)
	}
}

// TestProposeAfterGenesisHoldsThroughAnL1Outage checks that above the genesis the
// parent's origin comes from its L1-info deposit: with the L1 refs down
// the proposer still holds the origin, and the block executes.
func TestProposeAfterGenesisHoldsThroughAnL1Outage(t *testing.T) {
	e := newEnv(t, envConfig{l2Offset: 10, l1Blocks: 4})
	info1, _ := e.step()
	if got, want := originOf(info1), e.l1.ref(l1StartNum+1).ID(); got != want {
		t.Fatalf("block 1 origin %v, want %v", got, want)
	}
	e.l1.setRefsErr(errL1Down)
	ctx := context.Background()
	info, txsAllowed, err := e.x.Propose(ctx, 2)
	if err != nil {
		t.Fatalf("Propose(2) with the L1 down: %v", err)
	}
	if originOf(info) != originOf(info1) || !txsAllowed {
		t.Fatalf("Propose(2) = origin %v txs %v, want %v true", originOf(info), txsAllowed, originOf(info1))
	}
	if err := e.x.Verify(ctx, 2, info, true); err != nil {
		t.Fatalf("Verify(2): %v", err)
	}
	// The held origin's header is still served by hash (a real L1 client
	// has it cached), so the block executes.
	tx := e.transfer(0, 0, common.HexToAddress("0x5151"), big.NewInt(1))
	exe, err := e.x.Execute(ctx, 2, info, []*txn.Tx{tx})
	if err != nil {
		t.Fatalf("Execute(2): %v", err)
	}
	if exe.Errs[0] != nil {
		t.Fatalf("tx: %v", exe.Errs[0])
	}
	if ref := e.headRef(); ref.L1Origin != originOf(info1) || ref.SequenceNumber != 1 {
		t.Fatalf("head origin %v seq %d, want %v 1", ref.L1Origin, ref.SequenceNumber, originOf(info1))
	}
}

// ---------------------------------------------------------------------------
// Verify

func TestVerifyRejects(t *testing.T) {
	normal := newEnv(t, envConfig{l2Offset: 10, confDepth: 2})
	drifted := newEnv(t, envConfig{l2Offset: drift, confDepth: 2})
	full := func(e *env) *fakeL1 { return e.newL1(l1BlockTime, 5) }
	hold := func(e *env, l *fakeL1) blockinfo.Info {
		g := e.rollup.Genesis
		return blockinfo.Info{Timestamp: g.L2Time + 1, L1OriginNumber: g.L1.Number, L1OriginHash: g.L1.Hash}
	}
	at := func(n uint64) func(*env, *fakeL1) blockinfo.Info {
		return func(e *env, l *fakeL1) blockinfo.Info {
			r := l.ref(n)
			return blockinfo.Info{Timestamp: e.rollup.Genesis.L2Time + 1, L1OriginNumber: r.Number, L1OriginHash: r.Hash}
		}
	}
	tests := []struct {
		name    string
		env     *env
		view    func(*env) *fakeL1
		info    func(*env, *fakeL1) blockinfo.Info
		skew    int64 // height asked minus the next height (1)
		hasTxs  bool
		wantErr error
	}{
		{
			name: "timestamp one second late", env: normal, view: full,
			info:    func(e *env, l *fakeL1) blockinfo.Info { i := hold(e, l); i.Timestamp++; return i },
			wantErr: ErrTimestamp,
		},
		{
			name: "timestamp one second early", env: normal, view: full,
			info:    func(e *env, l *fakeL1) blockinfo.Info { i := hold(e, l); i.Timestamp--; return i },
			wantErr: ErrTimestamp,
		},
		{
			name: "height beyond the head's child", env: normal, view: full, skew: +1,
			info: func(e *env, l *fakeL1) blockinfo.Info {
				i := hold(e, l)
				i.Timestamp = e.x.Timestamp(2)
				return i
			},
			wantErr: ErrHeight,
		},
		{
			name: "height of the head itself", env: normal, view: full, skew: -1,
			info: func(e *env, l *fakeL1) blockinfo.Info {
				i := hold(e, l)
				i.Timestamp = e.x.Timestamp(0)
				return i
			},
			wantErr: ErrHeight,
		},
		{
			name: "origin jumps two L1 blocks", env: normal, view: full, info: at(l1StartNum + 2),
			wantErr: origin.ErrWrongOrigin,
		},
		{
			name: "origin goes back an L1 block", env: normal, view: full,
			info: func(e *env, l *fakeL1) blockinfo.Info {
				i := hold(e, l)
				i.L1OriginNumber--
				i.L1OriginHash = common.HexToHash("0x01")
				return i
			},
			wantErr: origin.ErrWrongOrigin,
		},
		{
			name: "origin has the parent origin's number but another hash", env: normal, view: full,
			info: func(e *env, l *fakeL1) blockinfo.Info {
				i := hold(e, l)
				i.L1OriginHash = crypto.Keccak256Hash([]byte("other"))
				return i
			},
			wantErr: origin.ErrWrongOrigin,
		},
		{
			name: "origin unknown to this node's L1", env: normal, view: full,
			info: func(e *env, l *fakeL1) blockinfo.Info {
				i := at(l1StartNum+1)(e, l)
				i.L1OriginHash = crypto.Keccak256Hash([]byte("unknown"))
				return i
			},
			wantErr: origin.ErrUnknownOrigin,
		},
		{
			name: "origin above this node's L1 head", env: normal,
			view: func(e *env) *fakeL1 { l := full(e); l.setHead(l1StartNum); return l },
			info: at(l1StartNum + 1), wantErr: origin.ErrUnknownOrigin,
		},
		{
			name: "new origin while this node's L1 is unavailable", env: normal,
			view: func(e *env) *fakeL1 { l := full(e); l.setRefsErr(errL1Down); return l },
			info: at(l1StartNum + 1), wantErr: origin.ErrUnknownOrigin,
		},
		{
			name: "origin lacks ConfDepth confirmations", env: normal,
			view: func(e *env) *fakeL1 { return e.newL1(l1BlockTime, 2) },
			info: at(l1StartNum + 1), wantErr: origin.ErrUnconfirmedOrigin,
		},
		{
			name: "origin later than the L2 block", env: normal,
			view: func(e *env) *fakeL1 { return e.newL1(12, 5) },
			info: at(l1StartNum + 1), wantErr: origin.ErrOriginAfterBlock,
		},
		{
			name: "origin on an L1 fork that replaced the parent's origin", env: normal,
			view: func(e *env) *fakeL1 { l := full(e); l.reorg(l1StartNum); return l },
			// The fork's block does not extend the parent's origin, so this
			// node's view has no successor to accept.
			info: at(l1StartNum + 1), wantErr: origin.ErrUnknownOrigin,
		},
		{
			name: "txs past the drift", env: drifted,
			view: func(e *env) *fakeL1 { return e.newL1(l1BlockTime, 0) },
			info: hold, hasTxs: true, wantErr: origin.ErrDriftTxs,
		},
		{
			name: "holding past the drift when the next L1 block is due", env: drifted, view: full,
			info: hold, wantErr: origin.ErrMustAdvance,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l1 := tc.view(tc.env)
			height := 1 + tc.skew
			info := tc.info(tc.env, l1)
			err := tc.env.executor(l1).Verify(context.Background(), height, info, tc.hasTxs)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("Verify(%d, %+v, hasTxs=%v) = %v, want %v", height, info, tc.hasTxs, err, tc.wantErr)
			}
		})
	}
}

// TestVerifyHoldNeedsNoL1View: keeping the parent's origin within the drift
// is checked without asking L1 (beyond the genesis origin).
func TestVerifyHoldNeedsNoL1View(t *testing.T) {
	e := newEnv(t, envConfig{l2Offset: 10, confDepth: 2})
	l1 := e.newL1(l1BlockTime, 5)
	l1.setRefsErr(errL1Down)
	g := e.rollup.Genesis
	info := blockinfo.Info{Timestamp: g.L2Time + 1, L1OriginNumber: g.L1.Number, L1OriginHash: g.L1.Hash}
	if err := e.executor(l1).Verify(context.Background(), 1, info, true); err != nil {
		t.Fatalf("Verify(hold) with the L1 refs down = %v, want nil", err)
	}
}

// ---------------------------------------------------------------------------
// Execute

func TestExecuteBuildsL2Blocks(t *testing.T) {
	e := newEnv(t, envConfig{l2Offset: 10, l1Blocks: 2})
	alice, bob := addrOf(e.keys[0]), addrOf(e.keys[1])
	sink := common.HexToAddress("0x5151")
	startAlice, startBob := e.eng.Balance(alice), e.eng.Balance(bob)
	v := func(n int64) *big.Int { return big.NewInt(n) }

	blocks := []struct {
		txs        []*txn.Tx
		wantOrigin uint64 // L1 block number
		wantSeq    uint64
	}{
		{txs: []*txn.Tx{e.transfer(0, 0, sink, v(1000)), e.transfer(1, 0, sink, v(2000))}, wantOrigin: l1StartNum + 1},
		{txs: []*txn.Tx{e.transfer(0, 1, sink, v(3000))}, wantOrigin: l1StartNum + 2},
		{txs: nil, wantOrigin: l1StartNum + 2, wantSeq: 1},
		{txs: []*txn.Tx{e.transfer(0, 2, bob, v(4000)), e.transfer(1, 1, alice, v(5000))}, wantOrigin: l1StartNum + 2, wantSeq: 2},
	}
	spent := map[common.Address]*big.Int{alice: new(big.Int), bob: new(big.Int)}
	for i, b := range blocks {
		height := int64(i + 1)
		parent := e.eng.Head().Hash()
		info, exe := e.step(b.txs...)
		head := e.eng.Head()
		if exe.Height != height || head.Number.Int64() != height {
			t.Fatalf("block %d: execution height %d, head %d", height, exe.Height, head.Number)
		}
		if got, want := common.BytesToHash(exe.AppHash), head.Hash(); got != want || len(exe.AppHash) != common.HashLength {
			t.Fatalf("block %d: app hash %x, want the new head hash %s", height, exe.AppHash, want)
		}
		if head.ParentHash != parent || head.Time != info.Timestamp {
			t.Fatalf("block %d: parent %s time %d, want %s %d", height, head.ParentHash, head.Time, parent, info.Timestamp)
		}
		if lh, lhash := e.x.LastBlock(); lh != height || common.BytesToHash(lhash) != head.Hash() {
			t.Fatalf("block %d: LastBlock = %d %x, want %d %s", height, lh, lhash, height, head.Hash())
		}
		if len(exe.Errs) != len(b.txs) {
			t.Fatalf("block %d: %d errs for %d txs", height, len(exe.Errs), len(b.txs))
		}
		for j, err := range exe.Errs {
			if err != nil {
				t.Fatalf("block %d tx %d: %v", height, j, err)
			}
		}
		env, err := e.eng.PayloadByNumber(uint64(height))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := len(env.ExecutionPayload.Transactions), 1+len(b.txs); got != want {
			t.Fatalf("block %d has %d txs, want %d (the L1-info deposit and the user txs)", height, got, want)
		}
		ref := e.headRef()
		if want := e.l1.ref(b.wantOrigin).ID(); ref.L1Origin != want || originOf(info) != want || ref.SequenceNumber != b.wantSeq {
			t.Fatalf("block %d: head origin %v seq %d (proposed %v), want %v seq %d",
				height, ref.L1Origin, ref.SequenceNumber, originOf(info), want, b.wantSeq)
		}
		// Fees: base fee plus tip per gas; L1 and operator fees are zero
		// because the fee predeploys have no code.
		price := new(big.Int).Add(head.BaseFee, tipCap)
		for _, tx := range b.txs {
			cost := new(big.Int).Mul(price, new(big.Int).SetUint64(params.TxGas))
			spent[tx.Sender].Add(spent[tx.Sender], cost.Add(cost, tx.Tx.Value()))
		}
	}
	for _, c := range []struct {
		name     string
		addr     common.Address
		start    *big.Int
		received int64
		nonce    uint64
	}{
		{"alice", alice, startAlice, 5000, 3},
		{"bob", bob, startBob, 4000, 2},
	} {
		want := new(big.Int).Sub(c.start, spent[c.addr])
		want.Add(want, big.NewInt(c.received))
		if got := e.x.Balance(c.addr); got.Cmp(want) != 0 {
			t.Errorf("%s balance %s, want %s", c.name, got, want)
		}
		if got := e.x.Nonce(c.addr); got != c.nonce {
			t.Errorf("%s nonce %d, want %d", c.name, got, c.nonce)
		}
	}
	if got := e.x.Balance(sink); got.Cmp(big.NewInt(6000)) != 0 {
		t.Errorf("sink balance %s, want 6000", got)
	}
	if e.x.Engine() != e.eng {
		t.Errorf("Engine() is not the engine the executor was built on")
	}
	if err := e.x.Commit(); err != nil {
		t.Errorf("Commit: %v", err)
	}
}

func TestExecuteReportsPerTxErrors(t *testing.T) {
	sink := common.HexToAddress("0x5151")
	t.Run("a sender drained by an earlier tx in the block", func(t *testing.T) {
		e := newEnv(t, envConfig{l2Offset: 10})
		alice, bob := addrOf(e.keys[0]), addrOf(e.keys[1])
		gasMax := new(big.Int).Mul(feeCap, new(big.Int).SetUint64(params.TxGas))
		all := new(big.Int).Sub(e.eng.Balance(alice), gasMax) // exactly what the cost check allows
		txs := []*txn.Tx{
			e.transfer(0, 0, sink, all),
			e.transfer(0, 1, sink, big.NewInt(1)),
			e.transfer(1, 0, sink, big.NewInt(7)),
		}
		_, exe := e.step(txs...)
		if exe.Errs[0] != nil || exe.Errs[2] != nil {
			t.Fatalf("errs %v, want txs 0 and 2 applied", exe.Errs)
		}
		err := exe.Errs[1]
		if err == nil || errors.Is(err, sequencer.ErrNoRoom) || !errors.Is(err, core.ErrInsufficientFunds) {
			t.Fatalf("drained tx err = %v, want %v and not %v", err, core.ErrInsufficientFunds, sequencer.ErrNoRoom)
		}
		if got, want := e.x.Nonce(alice), uint64(1); got != want {
			t.Errorf("alice nonce %d, want %d", got, want)
		}
		if got, want := e.x.Nonce(bob), uint64(1); got != want {
			t.Errorf("bob nonce %d, want %d", got, want)
		}
		if got, want := e.x.Balance(sink), new(big.Int).Add(all, big.NewInt(7)); got.Cmp(want) != 0 {
			t.Errorf("sink balance %s, want %s", got, want)
		}
		payload, err := e.eng.PayloadByNumber(1)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(payload.ExecutionPayload.Transactions); got != 3 {
			t.Errorf("block has %d txs, want 3 (deposit, tx 0, tx 2)", got)
		}
	})
	t.Run("a tx over the DA footprint budget is left out for room", func(t *testing.T) {
		// The highest scalar: a 2 KB incompressible calldata tx alone
		// exceeds the block's DA budget; a transfer does not.
		e := newEnv(t, envConfig{l2Offset: 10, daScalar: 65535})
		txs := []*txn.Tx{
			e.transfer(0, 0, sink, big.NewInt(1)),
			e.sign(1, &types.DynamicFeeTx{To: &sink, Gas: 200_000, Data: incompressible(2000)}),
			e.transfer(2, 0, sink, big.NewInt(1)),
		}
		_, exe := e.step(txs...)
		if exe.Errs[0] != nil || exe.Errs[2] != nil {
			t.Fatalf("errs %v, want txs 0 and 2 applied", exe.Errs)
		}
		if err := exe.Errs[1]; !errors.Is(err, sequencer.ErrNoRoom) || !errors.Is(err, engine.ErrDAFootprint) {
			t.Fatalf("big tx err = %v, want %v wrapping %v", err, sequencer.ErrNoRoom, engine.ErrDAFootprint)
		}
		if got := e.x.Nonce(addrOf(e.keys[1])); got != 0 {
			t.Errorf("left-out sender's nonce %d, want 0", got)
		}
	})
	t.Run("a tx past the gas left by fully burning txs", func(t *testing.T) {
		// Two txs whose gas limits sum to the block gas limit (what the
		// ordering budget allows) and that burn all of it: the L1-info
		// deposit's gas leaves the second without room. See the report:
		// this valid tx is not marked ErrNoRoom.
		burner := common.HexToAddress("0xb0b0")
		e := newEnv(t, envConfig{l2Offset: 10, gasLimit: 21_000_000, alloc: types.GenesisAlloc{
			burner: {Code: []byte{0x5b, 0x60, 0x00, 0x56}, Balance: new(big.Int)}, // JUMPDEST PUSH1 0 JUMP
		}})
		half := e.genesis.GasLimit / 2
		txs := []*txn.Tx{
			e.sign(0, &types.DynamicFeeTx{To: &burner, Gas: half}),
			e.sign(1, &types.DynamicFeeTx{To: &burner, Gas: half}),
		}
		_, exe := e.step(txs...)
		if exe.Errs[0] != nil {
			t.Fatalf("first burner: %v", exe.Errs[0])
		}
		if err := exe.Errs[1]; !errors.Is(err, core.ErrGasLimitReached) {
			t.Fatalf("second burner err = %v, want %v", err, core.ErrGasLimitReached)
		}
		if got := e.eng.Head().GasUsed; got <= half {
			t.Fatalf("block gas used %d, want the burner's %d plus the deposit's", got, half)
		}
	})
}

// incompressible returns n bytes of keccak output.
func incompressible(n int) []byte {
	out := make([]byte, 0, n+32)
	seed := []byte("incompressible")
	for len(out) < n {
		seed = crypto.Keccak256(seed)
		out = append(out, seed...)
	}
	return out[:n]
}

func TestExecuteRejectsBlockInfoThatDoesNotFit(t *testing.T) {
	e := newEnv(t, envConfig{l2Offset: 10, l1Blocks: 5})
	g := e.rollup.Genesis
	good := blockinfo.Info{Timestamp: g.L2Time + 1, L1OriginNumber: g.L1.Number, L1OriginHash: g.L1.Hash}
	tx := e.transfer(0, 0, common.HexToAddress("0x5151"), big.NewInt(1))
	tests := []struct {
		name    string
		height  int64
		info    func() blockinfo.Info
		wantErr error
	}{
		{"timestamp one second late", 1, func() blockinfo.Info { i := good; i.Timestamp++; return i }, ErrTimestamp},
		{"timestamp one second early", 1, func() blockinfo.Info { i := good; i.Timestamp--; return i }, ErrTimestamp},
		{"height beyond the head's child", 2, func() blockinfo.Info { return good }, ErrHeight},
		{"height of the head", 0, func() blockinfo.Info { return good }, ErrHeight},
		{"origin not a child of the parent's origin", 1, func() blockinfo.Info {
			r := e.l1.ref(l1StartNum + 2)
			return blockinfo.Info{Timestamp: good.Timestamp, L1OriginNumber: r.Number, L1OriginHash: r.Hash}
		}, derive.ErrReset},
		{"origin with the parent origin's number and another hash", 1, func() blockinfo.Info {
			i := good
			i.L1OriginHash = e.l1.ref(l1StartNum + 1).Hash
			return i
		}, derive.ErrReset},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := e.eng.Head().Hash()
			// Not an L1 problem, so no retry: fail at once, well before ctx ends.
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			start := time.Now()
			exe, err := e.x.Execute(ctx, tc.height, tc.info(), []*txn.Tx{tx})
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("Execute = %+v, %v; want %v", exe, err, tc.wantErr)
			}
			if el := time.Since(start); el > 2*time.Second {
				t.Errorf("Execute took %v to fail: a non-temporary error must not be retried", el)
			}
			if after := e.eng.Head().Hash(); after != before {
				t.Fatalf("head moved from %s to %s", before, after)
			}
		})
	}
	// The good info still executes afterwards.
	if _, err := e.x.Execute(context.Background(), 1, good, []*txn.Tx{tx}); err != nil {
		t.Fatalf("Execute(good) after the failures: %v", err)
	}
}

// TestExecuteWaitsForL1 checks that a decided block is not failed for an
// L1 problem: execution retries op-node's temporary errors until L1 answers.
func TestExecuteWaitsForL1(t *testing.T) {
	e := newEnv(t, envConfig{l2Offset: 10, l1Blocks: 3})
	g := e.rollup.Genesis
	ctx := context.Background()

	t.Run("L1 info fails three times, then answers", func(t *testing.T) {
		info := blockinfo.Info{Timestamp: e.x.Timestamp(1), L1OriginNumber: g.L1.Number, L1OriginHash: g.L1.Hash}
		e.l1.failNextInfo(3)
		calls := e.l1.calls()
		start := time.Now()
		exe, err := e.x.Execute(ctx, 1, info, nil)
		if err != nil {
			t.Fatalf("Execute: %v", err)
		}
		// Backoff 50ms, 100ms, 200ms between the four attempts.
		if el, want := time.Since(start), 350*time.Millisecond; el < want {
			t.Errorf("Execute returned after %v, want at least %v of backoff", el, want)
		}
		if got, want := e.l1.calls()-calls, 4; got != want {
			t.Errorf("%d L1 info calls, want %d", got, want)
		}
		if common.BytesToHash(exe.AppHash) != e.eng.Head().Hash() || e.eng.Head().Number.Uint64() != 1 {
			t.Fatalf("head %d %s, app hash %x", e.eng.Head().Number, e.eng.Head().Hash(), exe.AppHash)
		}
	})

	t.Run("new origin this node's L1 has not seen yet", func(t *testing.T) {
		next := e.l1.ref(l1StartNum + 1)
		e.l1.setHead(l1StartNum)
		info := blockinfo.Info{Timestamp: e.x.Timestamp(2), L1OriginNumber: next.Number, L1OriginHash: next.Hash}
		go func() {
			time.Sleep(120 * time.Millisecond)
			e.l1.setHead(l1StartNum + 3)
		}()
		start := time.Now()
		if _, err := e.x.Execute(ctx, 2, info, nil); err != nil {
			t.Fatalf("Execute: %v", err)
		}
		if el := time.Since(start); el < 120*time.Millisecond {
			t.Errorf("Execute returned after %v, before the L1 had the origin", el)
		}
		if got := e.headRef().L1Origin; got != next.ID() {
			t.Fatalf("head origin %v, want %v", got, next.ID())
		}
	})

	t.Run("ctx ends while L1 is down", func(t *testing.T) {
		e.l1.setInfoErr(errL1Down)
		defer e.l1.setInfoErr(nil)
		before := e.eng.Head().Hash()
		info := blockinfo.Info{Timestamp: e.x.Timestamp(3), L1OriginNumber: l1StartNum + 1, L1OriginHash: e.l1.ref(l1StartNum + 1).Hash}
		cctx, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
		defer cancel()
		start := time.Now()
		_, err := e.x.Execute(cctx, 3, info, nil)
		if !errors.Is(err, context.DeadlineExceeded) || !errors.Is(err, errL1Down) {
			t.Fatalf("Execute = %v, want %v carrying the last L1 error %v", err, context.DeadlineExceeded, errL1Down)
		}
		if el := time.Since(start); el > 2*time.Second {
			t.Errorf("Execute returned %v after ctx ended", el)
		}
		if after := e.eng.Head().Hash(); after != before {
			t.Fatalf("head moved from %s to %s", before, after)
		}
		cancelled, cancel2 := context.WithCancel(ctx)
		cancel2()
		if _, err := e.x.Execute(cancelled, 3, info, nil); !errors.Is(err, context.Canceled) {
			t.Fatalf("Execute with a cancelled ctx = %v, want %v", err, context.Canceled)
		}
	})
}

// ---------------------------------------------------------------------------
// DAFootprint

func TestDAFootprint(t *testing.T) {
	const scalar = 1000 // the chain's own, not op-node's default
	e := newEnv(t, envConfig{l2Offset: 10, daScalar: scalar})
	if !e.rollup.IsJovian(e.eng.Head().Time) {
		t.Fatal("Jovian not active at genesis")
	}
	sink := common.HexToAddress("0x5151")
	txs := map[string]*txn.Tx{
		"transfer":      e.transfer(0, 0, sink, big.NewInt(1)),
		"calldata call": e.sign(1, &types.DynamicFeeTx{To: &sink, Gas: 200_000, Data: incompressible(1000)}),
	}
	check := func(when string, want uint64) {
		t.Helper()
		for name, tx := range txs {
			size := tx.Tx.RollupCostData().EstimatedDASize().Uint64()
			got := e.x.DAFootprint(tx)
			if got == 0 {
				t.Errorf("%s: %s footprint 0, want positive", when, name)
			}
			if got != size*want {
				t.Errorf("%s: %s footprint %d, want DA size %d * scalar %d = %d", when, name, got, size, want, size*want)
			}
		}
		if a, b := e.x.DAFootprint(txs["transfer"]), e.x.DAFootprint(txs["calldata call"]); a >= b {
			t.Errorf("%s: transfer footprint %d not below the calldata call's %d", when, a, b)
		}
	}

	// At genesis the scalar comes from the rollup's genesis system config.
	check("head at genesis", uint64(e.eng.RollupConfig().Genesis.SystemConfig.DAFootprintGasScalar))

	e.step()
	// The new head's L1-info deposit carries the chain's scalar ...
	payload, err := e.eng.PayloadByNumber(1)
	if err != nil {
		t.Fatal(err)
	}
	var deposit types.Transaction
	if err := deposit.UnmarshalBinary(payload.ExecutionPayload.Transactions[0]); err != nil {
		t.Fatal(err)
	}
	l1Info, err := derive.L1BlockInfoFromBytes(e.rollup, e.eng.Head().Time, deposit.Data())
	if err != nil {
		t.Fatal(err)
	}
	if l1Info.DAFootprintGasScalar != scalar {
		t.Fatalf("block 1 L1-info DA scalar %d, want %d", l1Info.DAFootprintGasScalar, scalar)
	}
	// ... and the proposer of the next block budgets with it (Propose reads
	// the head's L1-info, as PrepareProposal does before DAFootprint).
	if _, _, err := e.x.Propose(context.Background(), 2); err != nil {
		t.Fatal(err)
	}
	check("head at block 1", scalar)
}

// Sanity: the fake L1 serves what the attributes builder expects.
func TestFakeL1(t *testing.T) {
	l := newFakeL1(l1StartTime, l1BlockTime, 3)
	ctx := context.Background()
	head, err := l.L1BlockRefByLabel(ctx, eth.Unsafe)
	if err != nil || head.Number != l1StartNum+3 {
		t.Fatalf("head %v %v, want %d", head, err, l1StartNum+3)
	}
	old := l.ref(l1StartNum + 1)
	l.reorg(l1StartNum + 1)
	now := l.ref(l1StartNum + 1)
	if now.Hash == old.Hash || now.ParentHash != old.ParentHash || l.ref(l1StartNum+2).ParentHash != now.Hash {
		t.Fatalf("reorg: old %v new %v", old, now)
	}
	if _, err := l.InfoByHash(ctx, old.Hash); err != nil {
		t.Fatalf("reorged-out block by hash: %v", err)
	}
	l.setHead(l1StartNum)
	if _, err := l.L1BlockRefByNumber(ctx, l1StartNum+1); err == nil {
		t.Fatal("block above the head served")
	}
	if _, err := l.InfoByHash(ctx, now.Hash); err == nil {
		t.Fatal("block above the head served by hash")
	}
}

// TestBaseFeeIsTheBuiltBlocks: the base fee proposer and validators order
// by is the one the block then gets, full blocks and empty ones alike.
func TestBaseFeeIsTheBuiltBlocks(t *testing.T) {
	e := newEnv(t, envConfig{})
	sink := common.HexToAddress("0x5151")
	for i := range 4 {
		height, _ := e.x.LastBlock()
		want := e.x.BaseFee(height + 1)
		var txs []*txn.Tx
		if i%2 == 0 {
			txs = append(txs, e.transfer(0, uint64(i/2), sink, big.NewInt(1)))
		}
		e.step(txs...)
		if got := e.eng.Head().BaseFee; got.Cmp(want) != 0 {
			t.Fatalf("block %d: base fee %v, BaseFee said %v", height+1, got, want)
		}
	}
}
