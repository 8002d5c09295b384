package submit

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/nodeop/nodeop/contracts/deploy"
)

// mapSource is a node's store of certified batches.
type mapSource struct {
	mu      sync.Mutex
	batches map[uint64]*Batch
}

func (s *mapSource) Batch(index uint64) (*Batch, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.batches[index]
	return b, ok
}

// TestRun: operators A and B each run the loop over the same four
// certified batches; C and D, also assigned windows, run nothing. Every
// batch must be committed once, in order, by whom its window allowed:
//
//	batch 0: A's window            -> A
//	batch 1: B's window            -> B
//	batch 2: C's window, then A's and B's sub-windows -> a fallback
//	batch 3: D's, then C's, then open -> A or B, whoever lands first
//	         (both usually try in the same block; the loser's commit
//	         reverts or is refused, and its loop carries on)
func TestRun(t *testing.T) {
	e := newEnv(t, 4)
	a, b := e.submitter(e.ops[0].acct), e.submitter(e.ops[1].acct)
	A, B, C, D := e.ops[0].addr(), e.ops[1].addr(), e.ops[2].addr(), e.ops[3].addr()

	h0 := e.head()
	src := &mapSource{batches: map[uint64]*Batch{}}
	specs := []struct {
		submitter common.Address
		fallbacks []common.Address
		end       uint64
	}{
		{A, []common.Address{B}, h0 + 8},
		{B, []common.Address{A}, h0 + 12},
		{C, []common.Address{A, B}, h0 + 8},
		{D, []common.Address{C}, h0 + 4},
	}
	parent := common.Hash{}
	for i, sp := range specs {
		bt := e.batch(uint64(i), parent, 1+i%2, sp.submitter, sp.fallbacks, h0, sp.end)
		src.batches[uint64(i)] = bt
		parent = deploy.HeaderHash(bt.Header)
	}

	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	errs := make(chan error, 2)
	for _, s := range []*Submitter{a, b} {
		go func() { errs <- s.Run(ctx, src) }()
	}
	// A second loop on the same submitter would double its commits. (The
	// short context bounds the call should the check be broken.)
	for !a.running.Load() {
		time.Sleep(10 * time.Millisecond)
	}
	short, cancelShort := context.WithTimeout(ctx, 2*time.Second)
	if err := a.Run(short, src); !errors.Is(err, ErrRunning) {
		t.Errorf("second Run: %v, want ErrRunning", err)
	}
	cancelShort()

	start := time.Now()
	deadline := time.After(60 * time.Second)
	for {
		next, err := e.inbox.NextBatchIndex(&bind.CallOpts{Context: ctx})
		if err != nil {
			t.Fatal(err)
		}
		if next == uint64(len(specs)) {
			break
		}
		select {
		case <-deadline:
			t.Fatalf("after %v only %d batches committed; A %+v, B %+v", time.Since(start), next, a.Status(), b.Status())
		case <-time.After(200 * time.Millisecond):
		}
	}
	t.Logf("%d batches committed in %v (L1 blocks %d..%d)", len(specs), time.Since(start).Round(time.Millisecond), h0, e.head())
	cancel()
	for range 2 {
		if err := <-errs; !errors.Is(err, context.Canceled) {
			t.Errorf("Run returned %v, want context.Canceled", err)
		}
	}

	it, err := e.inbox.FilterBatchCommitted(&bind.FilterOpts{Start: h0, Context: t.Context()}, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	wantPhase := []Phase{PhaseAssigned, PhaseAssigned, PhaseFallback, PhaseOpen}
	var n uint64
	lastBlock := uint64(0)
	committers := map[common.Address]int{}
	for it.Next() {
		ev := it.Event
		if ev.BatchIndex != n {
			t.Fatalf("commit %d is of batch %d: not once each, in order", n, ev.BatchIndex)
		}
		bt := src.batches[n]
		if ev.HeaderHash != deploy.HeaderHash(bt.Header) {
			t.Fatalf("batch %d committed with header hash %x", n, ev.HeaderHash)
		}
		block := ev.Raw.BlockNumber
		if block <= lastBlock {
			t.Fatalf("batch %d committed in block %d, not after the previous one's %d", n, block, lastBlock)
		}
		lastBlock = block
		// A and B are members of the epoch; nobody else ran.
		d := Decide(&bt.Header, testSubWindow, block, ev.Submitter, ev.Submitter == A || ev.Submitter == B)
		if !d.May || d.Phase != wantPhase[n] {
			t.Fatalf("batch %d committed by %s in block %d: window says may=%v in %v (allowed %s), want the %v phase",
				n, ev.Submitter, block, d.May, d.Phase, d.Allowed, wantPhase[n])
		}
		r, err := e.client.TransactionReceipt(t.Context(), ev.Raw.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("batch %d: %s committed in block %d (%v phase), %d blob(s), gas used %d",
			n, ev.Submitter, block, d.Phase, len(bt.Blobs), r.GasUsed)
		committers[ev.Submitter]++
		n++
	}
	if err := it.Error(); err != nil {
		t.Fatal(err)
	}
	if n != uint64(len(specs)) {
		t.Fatalf("%d BatchCommitted events, want %d", n, len(specs))
	}
	if committers[C] != 0 || committers[D] != 0 {
		t.Fatalf("committers %v: C and D ran no submitter", committers)
	}
	for name, s := range map[string]*Submitter{"A": a, "B": b} {
		st := s.Status()
		if !st.Committed || st.LastTx == (common.Hash{}) {
			t.Errorf("%s status %+v: committed nothing", name, st)
		}
		t.Logf("%s status: %+v", name, st)
	}
}
