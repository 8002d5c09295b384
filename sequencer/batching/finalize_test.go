package batching

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"

	"github.com/nodeop/nodeop/batcher/batches"
	"github.com/nodeop/nodeop/batcher/l1view"
	"github.com/nodeop/nodeop/sequencer/blockinfo"
)

// origin is the block info of an L2 block whose L1 origin is block n.
func origin(n uint64) blockinfo.Info {
	h := common.BigToHash(new(big.Int).SetUint64(0xa000 + n))
	if n == originNumber {
		h = originHash
	}
	return blockinfo.Info{Timestamp: originTime, L1OriginNumber: n, L1OriginHash: h}
}

// tryFinalize folds height h in, with 100 bytes of txs.
func tryFinalize(ctx context.Context, p *Pipeline, h int64, info blockinfo.Info, cert []byte, voters [][]byte) error {
	return finalizeTx(ctx, p, h, info, cert, voters, 100)
}

// finalizeTx folds height h in, with the L2 timestamp for BFT time: the
// one place the tests call Finalize.
func finalizeTx(ctx context.Context, p *Pipeline, h int64, info blockinfo.Info, cert []byte, voters [][]byte, txBytes int) error {
	ups, err := p.Finalize(ctx, h, time.Unix(int64(info.Timestamp), 0), info, cert, voters, txBytes)
	if err == nil && len(ups) > 0 && p.cfg.Validators == nil {
		return fmt.Errorf("validator updates %v from a pipeline without validator keys", ups)
	}
	return err
}

// finalize folds height h in and fails the test on an error.
func finalize(t *testing.T, p *Pipeline, h int64, info blockinfo.Info, cert []byte, voters [][]byte) {
	t.Helper()
	if err := tryFinalize(context.Background(), p, h, info, cert, voters); err != nil {
		t.Fatalf("Finalize(%d): %v", h, err)
	}
}

// stateHeights lists the heights with a state file in p's directory.
func stateHeights(t *testing.T, p *Pipeline) []int64 {
	t.Helper()
	entries, err := os.ReadDir(p.store.dir)
	if err != nil {
		t.Fatal(err)
	}
	var hs []int64
	for _, e := range entries {
		name, ok := strings.CutPrefix(e.Name(), "state-")
		if !ok {
			t.Fatalf("stray file %s", e.Name())
		}
		n, err := strconv.ParseInt(strings.TrimSuffix(name, ".json"), 10, 64)
		if err != nil {
			t.Fatalf("stray file %s", e.Name())
		}
		hs = append(hs, n)
	}
	slices.Sort(hs)
	return hs
}

func encoded(t *testing.T, p *Pipeline) []byte {
	t.Helper()
	b, err := p.state.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestFinalizeHeightsInOrder(t *testing.T) {
	e := newEnv(t)
	p := e.node(t, 0)
	steps := []struct {
		height int64
		ok     bool
	}{
		{2, false}, {0, false}, {-1, false},
		{1, true},
		{1, false}, {3, false},
		{2, true},
		{2, false}, {1, false}, {4, false},
		{3, true},
	}
	for _, s := range steps {
		before, sum := encoded(t, p), p.Summary()
		err := tryFinalize(context.Background(), p, s.height, origin(0), nil, nil)
		if s.ok {
			if err != nil {
				t.Fatalf("Finalize(%d) after %d: %v", s.height, s.height-1, err)
			}
			if p.state.Height() != s.height {
				t.Fatalf("height %d after Finalize(%d)", p.state.Height(), s.height)
			}
			continue
		}
		if !errors.Is(err, batches.ErrHeight) {
			t.Fatalf("Finalize(%d) at height %d: error %v, want ErrHeight", s.height, p.state.Height(), err)
		}
		if !bytes.Equal(before, encoded(t, p)) || !reflect.DeepEqual(sum, p.Summary()) {
			t.Fatalf("Finalize(%d) failed but changed the state", s.height)
		}
	}
	if got := stateHeights(t, p); !slices.Equal(got, []int64{1, 2, 3}) {
		t.Fatalf("state files for heights %v, want 1..3", got)
	}
}

func TestFinalizeLifecycle(t *testing.T) {
	e := newEnv(t)
	cfg := e.config(0, e.openProtect(t))
	p := open(t, cfg, 0)
	summaries := map[int64]Summary{}
	done := func(h int64) {
		t.Helper()
		summaries[h] = p.Summary()
		if _, err := os.Stat(p.store.path(h)); err != nil {
			t.Fatalf("no state file for height %d: %v", h, err)
		}
	}

	// Three heights of the open range: precommits are counted per
	// operator; validators without a binding count for nobody.
	finalize(t, p, 1, origin(9), nil, voters(0, 1, 2, 3))
	done(1)
	finalize(t, p, 2, origin(9), nil, append(voters(0, 1), valAddr(nodes)))
	done(2)
	finalize(t, p, 3, origin(9), nil, voters(0))
	done(3)
	if calls := e.l1.calls(); len(calls) != 1 || calls[0] != origin(9).L1OriginHash {
		t.Fatalf("commits read at %v, want once at the first origin", calls)
	}
	rec := sealOn(t, p, e.l1.epoch)
	wantVotes := map[common.Address]uint32{opAddr(0): 3, opAddr(1): 2, opAddr(2): 1, opAddr(3): 1}
	if rec.Heights != 3 || !reflect.DeepEqual(rec.Votes, wantVotes) {
		t.Fatalf("sealed batch counts %d heights, votes %v; want 3, %v", rec.Heights, rec.Votes, wantVotes)
	}
	if v, ok := p.Batch(0); !ok || v.Status != "sealed" || v.Certificate != nil {
		t.Fatalf("batch 0 is %+v, want sealed", v)
	}
	if s := p.Summary(); s.Pending == nil || *s.Pending != 0 || s.LastCertified != nil || s.NextIndex != 1 {
		t.Fatalf("summary %+v, want batch 0 pending", s)
	}
	if err := p.store.save(p.state); err != nil { // as if sealed at height 3
		t.Fatal(err)
	}
	summaries[3] = p.Summary()

	// Height 4 decides a certificate by operators 0, 1 and 3.
	finalize(t, p, 4, origin(originNumber), certFor(rec, 0, 1, 3), voters(0, 1, 2, 3))
	done(4)
	v, ok := p.Batch(0)
	if !ok || v.Status != "certified" || v.CertifiedAt != 4 || v.Hash != rec.Hash {
		t.Fatalf("batch 0 is %+v, want certified at 4", v)
	}
	if !slices.Equal(v.Signers, []common.Address{opAddr(0), opAddr(1), opAddr(3)}) {
		t.Fatalf("signers %v", v.Signers)
	}
	if v.Certificate == nil || v.Certificate.SignerBitmap != "0xb" {
		t.Fatalf("certificate view %+v, want bitmap 0xb", v.Certificate)
	}
	s := p.Summary()
	if s.Pending != nil || s.LastCertified == nil || *s.LastCertified != 0 || s.LastCommitted != nil {
		t.Fatalf("summary %+v, want batch 0 certified", s)
	}

	// Height 5 keeps the origin: no new read.
	finalize(t, p, 5, origin(originNumber), nil, voters(0, 1, 2, 3))
	done(5)
	if calls := e.l1.calls(); len(calls) != 2 || calls[1] != originHash {
		t.Fatalf("commits read at %v, want at origins 9 and 10 once each", calls)
	}

	// Height 6's new origin holds the commit by the submitter in its
	// window, next to another rollup's event for the same index.
	hdr := rec.Header
	trustBefore, _, ok := p.Trust(hdr.Submitter)
	if !ok {
		t.Fatalf("submitter %s unknown to the schedule", hdr.Submitter)
	}
	commit := l1view.Commit{
		ChainID: testChainID, BatchIndex: 0, HeaderHash: rec.Hash, Submitter: hdr.Submitter,
		L1Block: 11, L1BlockHash: origin(11).L1OriginHash, TxHash: common.HexToHash("0x7e"),
	}
	foreign := commit
	foreign.ChainID, foreign.HeaderHash = testChainID+1, common.HexToHash("0xf0")
	e.l1.set(func(f *fakeL1) { f.commits[origin(11).L1OriginHash] = []l1view.Commit{foreign, commit} })
	finalize(t, p, 6, origin(11), nil, voters(0, 1, 2, 3))
	done(6)
	v, _ = p.Batch(0)
	if v.Status != "committed" || v.Commit == nil {
		t.Fatalf("batch 0 is %+v, want committed", v)
	}
	want := batches.Commit{
		BatchIndex: 0, HeaderHash: rec.Hash, Submitter: hdr.Submitter, L1Block: 11,
		L1BlockHash: commit.L1BlockHash, TxHash: commit.TxHash, ObservedAt: 6, OnTime: true,
	}
	if *v.Commit != want {
		t.Fatalf("commit %+v, want %+v", *v.Commit, want)
	}
	if s := p.Summary(); s.LastCommitted == nil || *s.LastCommitted != 0 || s.LastCertified == nil || *s.LastCertified != 0 {
		t.Fatalf("summary %+v, want batch 0 committed", s)
	}
	if trustAfter, _, _ := p.Trust(hdr.Submitter); trustAfter <= trustBefore {
		t.Fatalf("on-time submitter's trust %s, was %s", trustAfter, trustBefore)
	}

	// Every kept height reloads to the same pipeline; pruned and future
	// heights do not load.
	for _, h := range []int64{7, 8, 9} {
		finalize(t, p, h, origin(11), nil, voters(0, 1, 2, 3))
		done(h)
	}
	if got := stateHeights(t, p); !slices.Equal(got, []int64{6, 7, 8, 9}) {
		t.Fatalf("state files for heights %v, want the last %d", got, keepStates)
	}
	for _, h := range []int64{6, 7, 8, 9} {
		q := open(t, cfg, h)
		if q.state.Height() != h {
			t.Fatalf("Open(%d) gives height %d", h, q.state.Height())
		}
		if !reflect.DeepEqual(q.Summary(), summaries[h]) {
			t.Fatalf("Open(%d) summary %+v, was %+v", h, q.Summary(), summaries[h])
		}
	}
	q := open(t, cfg, 9)
	if !bytes.Equal(encoded(t, q), encoded(t, p)) {
		t.Fatal("reloaded state differs from the live one")
	}
	if a, b := mustBatch(t, p, 0), mustBatch(t, q, 0); !reflect.DeepEqual(a, b) {
		t.Fatalf("reloaded batch 0 %+v, live %+v", b, a)
	}
	for _, h := range []int64{1, 5, 10} {
		if _, err := Open(cfg, h); !errors.Is(err, errNoState) {
			t.Fatalf("Open(%d): error %v, want no state", h, err)
		}
	}
	// The reloaded pipeline goes on from there.
	finalize(t, q, 10, origin(12), nil, nil)
}

func mustBatch(t *testing.T, p *Pipeline, i uint64) *BatchView {
	t.Helper()
	v, ok := p.Batch(i)
	if !ok {
		t.Fatalf("no batch %d", i)
	}
	return v
}

func TestFinalizeCommitWindows(t *testing.T) {
	// The header of pendingState: window [10, 18), sub-windows of 4.
	probe := pendingState(t, testEpoch(t))
	rec, _ := probe.Pending()
	h := rec.Header
	if h.WindowStart != 10 || h.WindowEnd != 18 || len(h.Fallbacks) != 3 || h.Submitter == (common.Address{}) {
		t.Fatalf("unexpected header %+v", h)
	}
	// Only commits the inbox accepts: the submitter in its window, each
	// fallback in its sub-window, and anyone once all have passed.
	tests := []struct {
		name   string
		by     common.Address
		block  uint64
		onTime bool
	}{
		{"submitter at window start", h.Submitter, 10, true},
		{"submitter at last window block", h.Submitter, 17, true},
		{"fallback 0 at its sub-window's start", h.Fallbacks[0], 18, true},
		{"fallback 0 at its sub-window's end", h.Fallbacks[0], 21, true},
		{"fallback 1 in its sub-window", h.Fallbacks[1], 22, true},
		{"fallback 2 in its sub-window", h.Fallbacks[2], 29, true},
		{"submitter after all windows", h.Submitter, 30, false},
		{"fallback 2 after all windows", h.Fallbacks[2], 30, false},
		{"fallback 0 long after", h.Fallbacks[0], 40, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			p := e.node(t, 0)
			rec := withPending(t, p, e.l1.epoch)
			finalize(t, p, 2, origin(originNumber), certFor(rec, 0, 1, 2, 3), nil)
			e.l1.set(func(f *fakeL1) {
				f.commits[origin(11).L1OriginHash] = []l1view.Commit{{
					ChainID: testChainID, BatchIndex: 0, HeaderHash: rec.Hash, Submitter: tc.by, L1Block: tc.block,
				}}
			})
			finalize(t, p, 3, origin(11), nil, nil)
			v := mustBatch(t, p, 0)
			if v.Commit == nil || v.Commit.OnTime != tc.onTime || v.Commit.Submitter != tc.by {
				t.Fatalf("commit %+v, want on time %v", v.Commit, tc.onTime)
			}
			if s := p.Summary(); s.LastCommitted == nil || *s.LastCommitted != 0 {
				t.Fatalf("summary %+v, want batch 0 committed", s)
			}
		})
	}
}

func TestFinalizeFailureKeepsState(t *testing.T) {
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	invalid := fmt.Errorf("%w: reverted", l1view.ErrInvalid)
	otherHeader := func(rec *batches.Record) []byte {
		return manualCert(testChainID, rec.Header.BatchIndex, conflicting(rec.Header).Hash(), 0, 1, 2).Encode()
	}
	tests := []struct {
		name    string
		ctx     context.Context
		pending bool
		prep    func(e *env)
		cert    func(rec *batches.Record) []byte
		want    error
	}{
		{name: "malformed certificate", pending: true,
			cert: func(*batches.Record) []byte { return []byte{batches.CertMarker, 1, 2} }, want: batches.ErrMalformed},
		{name: "certificate for another header", pending: true, cert: otherHeader, want: batches.ErrWrongHeader},
		{name: "certificate with nothing pending",
			cert: func(*batches.Record) []byte { return otherHeader(pendingRecord(t)) }, want: batches.ErrNoPending},
		{name: "invalid operator set", pending: true,
			prep: func(e *env) { e.l1.set(func(f *fakeL1) { f.epochErr = invalid }) },
			cert: func(rec *batches.Record) []byte { return certFor(rec, 0, 1, 2) }, want: l1view.ErrInvalid},
		{name: "operator set unreachable, context canceled", ctx: canceled, pending: true,
			prep: func(e *env) { e.l1.set(func(f *fakeL1) { f.epochErr = errUnreachable }) },
			cert: func(rec *batches.Record) []byte { return certFor(rec, 0, 1, 2) }, want: context.Canceled},
		{name: "invalid commits", pending: true,
			prep: func(e *env) { e.l1.set(func(f *fakeL1) { f.commitsErr = invalid }) }, want: l1view.ErrInvalid},
		{name: "commits unreachable, context canceled", ctx: canceled,
			prep: func(e *env) { e.l1.set(func(f *fakeL1) { f.commitsErr = errUnreachable }) }, want: context.Canceled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			p := e.node(t, 0)
			var rec *batches.Record
			if tc.pending {
				rec = withPending(t, p, e.l1.epoch)
			} else {
				finalize(t, p, 1, origin(0), nil, nil)
			}
			if tc.prep != nil {
				tc.prep(e)
			}
			var cert []byte
			if tc.cert != nil {
				cert = tc.cert(rec)
			}
			ctx := tc.ctx
			if ctx == nil {
				// L1 answers that are verdicts must not be retried: a
				// deadline turns a retry loop into a failure, not a hang.
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(context.Background(), 10*time.Second)
				defer cancel()
			}
			before, sum := encoded(t, p), p.Summary()
			err := tryFinalize(ctx, p, 2, origin(originNumber), cert, voters(0, 1, 2, 3))
			checkErr(t, err, tc.want)
			if errors.Is(tc.want, l1view.ErrInvalid) && len(e.l1.calls()) > 1 {
				t.Fatalf("invalid commits read %d times", len(e.l1.calls()))
			}
			if !bytes.Equal(before, encoded(t, p)) || !reflect.DeepEqual(sum, p.Summary()) {
				t.Fatal("failed Finalize changed the state")
			}
			if _, err := os.Stat(p.store.path(2)); !errors.Is(err, os.ErrNotExist) {
				t.Fatalf("failed Finalize wrote a state file: %v", err)
			}
			// Once L1 answers, the same height goes through.
			e.l1.set(func(f *fakeL1) { f.epochErr, f.commitsErr = nil, nil })
			finalize(t, p, 2, origin(originNumber), nil, nil)
		})
	}

	t.Run("state file cannot be written", func(t *testing.T) {
		e := newEnv(t)
		p := e.node(t, 0)
		rec := withPending(t, p, e.l1.epoch)
		if err := os.MkdirAll(p.store.path(2), 0o700); err != nil {
			t.Fatal(err)
		}
		before := encoded(t, p)
		checkErr(t, tryFinalize(context.Background(), p, 2, origin(originNumber), certFor(rec, 0, 1, 2), nil), errAny)
		if !bytes.Equal(before, encoded(t, p)) {
			t.Fatal("Finalize that could not save changed the state")
		}
		if v := mustBatch(t, p, 0); v.Status != "sealed" {
			t.Fatalf("batch 0 is %s after a failed Finalize", v.Status)
		}
	})

	t.Run("commit of another header", func(t *testing.T) {
		e := newEnv(t)
		p := e.node(t, 0)
		rec := withPending(t, p, e.l1.epoch)
		finalize(t, p, 2, origin(originNumber), certFor(rec, 0, 1, 2), nil)
		e.l1.set(func(f *fakeL1) {
			f.commits[origin(11).L1OriginHash] = []l1view.Commit{{ChainID: testChainID, BatchIndex: 0, HeaderHash: conflicting(rec.Header).Hash(), L1Block: 11}}
		})
		before := encoded(t, p)
		checkErr(t, tryFinalize(context.Background(), p, 3, origin(11), nil, nil), errAny)
		if !bytes.Equal(before, encoded(t, p)) {
			t.Fatal("failed Finalize changed the state")
		}
		if v := mustBatch(t, p, 0); v.Status != "certified" {
			t.Fatalf("batch 0 is %s after a conflicting commit", v.Status)
		}
	})
}

// pendingRecord is the pending record of pendingState.
func pendingRecord(t *testing.T) *batches.Record {
	t.Helper()
	rec, _ := pendingState(t, testEpoch(t)).Pending()
	return rec
}

func TestFinalizeRetriesTransientL1(t *testing.T) {
	e := newEnv(t)
	p := e.node(t, 0)
	rec := withPending(t, p, e.l1.epoch)
	e.l1.set(func(f *fakeL1) { f.failEpochs, f.failCommits = 3, 2 })
	finalize(t, p, 2, origin(originNumber), certFor(rec, 0, 1, 2), nil)
	if v := mustBatch(t, p, 0); v.Status != "certified" {
		t.Fatalf("batch 0 is %s", v.Status)
	}
	if n := len(e.l1.calls()); n != 3 {
		t.Fatalf("%d commits reads, want 2 failures and 1 answer", n)
	}
}

func TestFinalizeSealDue(t *testing.T) {
	// DefaultParams seal ten blocks: at height 11, blocks 1..10 are due.
	upTo10 := func(t *testing.T, p *Pipeline) {
		t.Helper()
		for h := int64(1); h <= 10; h++ {
			finalize(t, p, h, origin(uint64(h)), nil, nil)
		}
	}
	t.Run("reads the blocks", func(t *testing.T) {
		e := newEnv(t)
		p := e.node(t, 0)
		upTo10(t, p)
		before := encoded(t, p)
		if err := tryFinalize(context.Background(), p, 11, origin(11), nil, nil); !errors.Is(err, errNoPayloads) {
			t.Fatalf("error %v, want the chain's", err)
		}
		if !bytes.Equal(before, encoded(t, p)) || len(p.blobs) != 0 {
			t.Fatal("failed seal changed the state")
		}
	})
	t.Run("by tx bytes", func(t *testing.T) {
		e := newEnv(t)
		p := e.node(t, 0)
		ctx := context.Background()
		limit := int(batches.DefaultParams().MaxTxBytes)
		if err := finalizeTx(ctx, p, 1, origin(1), nil, nil, limit-1); err != nil {
			t.Fatal(err)
		}
		if err := finalizeTx(ctx, p, 2, origin(1), nil, nil, 1); err != nil {
			t.Fatalf("sealing below the byte limit: %v", err)
		}
		if err := finalizeTx(ctx, p, 3, origin(1), nil, nil, 0); !errors.Is(err, errNoPayloads) {
			t.Fatalf("error %v, want a seal due (reading the chain's blocks)", err)
		}
	})
	t.Run("not while the operator set is empty", func(t *testing.T) {
		e := newEnv(t)
		p := e.node(t, 0)
		empty, err := l1view.NewEpoch(0, 0, new(big.Int), bls.NewZeroG1Point(), nil)
		if err != nil {
			t.Fatal(err)
		}
		e.l1.set(func(f *fakeL1) { f.epoch = empty })
		upTo10(t, p)
		finalize(t, p, 11, origin(11), nil, nil)
		if s := p.Summary(); s.Pending != nil || s.NextIndex != 0 || s.OpenFrom != 1 {
			t.Fatalf("summary %+v, want nothing sealed", s)
		}
	})
}

func TestOpen(t *testing.T) {
	e := newEnv(t)
	cfg := e.config(0, e.openProtect(t))
	p := open(t, cfg, 0)
	finalize(t, p, 1, origin(0), nil, nil)
	finalize(t, p, 2, origin(0), nil, nil)

	t.Run("fresh at height 0", func(t *testing.T) {
		q := open(t, cfg, 0)
		if q.state.Height() != 0 || q.state.NextIndex() != 0 || q.state.First() != 1 {
			t.Fatal("height 0 is not a fresh state")
		}
	})
	t.Run("no file for the height", func(t *testing.T) {
		if _, err := Open(cfg, 3); !errors.Is(err, errNoState) {
			t.Fatalf("error %v, want no state", err)
		}
	})
	t.Run("file of another height", func(t *testing.T) {
		b, err := os.ReadFile(p.store.path(2))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p.store.path(5), b, 0o600); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Remove(p.store.path(5)) })
		if _, err := Open(cfg, 5); err == nil || !strings.Contains(err.Error(), "holds height 2") {
			t.Fatalf("error %v, want a height mismatch", err)
		}
	})
	t.Run("corrupt file", func(t *testing.T) {
		if err := os.WriteFile(p.store.path(6), []byte("{"), 0o600); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Remove(p.store.path(6)) })
		if _, err := Open(cfg, 6); !errors.Is(err, batches.ErrCorrupt) {
			t.Fatalf("error %v, want corrupt", err)
		}
	})
	t.Run("no directory", func(t *testing.T) {
		c := cfg
		c.Dir = ""
		if _, err := Open(c, 0); err == nil {
			t.Fatal("opened without a state directory")
		}
	})
	t.Run("invalid genesis", func(t *testing.T) {
		c := cfg
		c.Genesis.Inbox = common.Address{}
		if _, err := Open(c, 0); err == nil {
			t.Fatal("opened with an invalid genesis")
		}
	})
}
