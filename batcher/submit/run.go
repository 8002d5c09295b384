package submit

import (
	"context"
	"errors"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/nodeop/nodeop/contracts"
)

// Source gives the certified batches the node holds.
type Source interface {
	// Batch returns the certified batch with this index, if the node has it.
	Batch(index uint64) (*Batch, bool)
}

// ErrRunning is returned by Run while another Run of the same Submitter is active.
var ErrRunning = errors.New("submit: Run is already running")

// Run commits src's batches in order whenever this operator's window
// allows: on each new L1 head it reads the inbox's next batch index and,
// if src has that batch and Decide admits this operator in the block after
// the head, submits it and waits for the receipt before looking again (one
// commit in flight). Failures, including a batch another operator committed
// first, are logged and kept in Status; Run returns only when ctx is done,
// with ctx's error. A commit in flight then is abandoned, but its
// transaction may still be mined.
func (s *Submitter) Run(ctx context.Context, src Source) error {
	if !s.running.CompareAndSwap(false, true) {
		return ErrRunning
	}
	defer s.running.Store(false)

	ticker := time.NewTicker(s.poll)
	defer ticker.Stop()
	r := &runner{s: s, src: src}
	for {
		r.poll(ctx)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ticker.C:
		}
	}
}

// runner is one Run's state; only Run's goroutine touches it.
type runner struct {
	s   *Submitter
	src Source

	head    uint64
	started bool

	// Membership of the header's epoch, needed in the open phase only, and
	// fixed once the epoch has begun: the last answer is kept.
	memberEpoch uint64
	member      bool
	memberKnown bool

	lastProblem string // logged once at Warn, then at Debug while it repeats
}

func (r *runner) poll(ctx context.Context) {
	head, err := r.s.client.BlockNumber(ctx)
	if err != nil {
		if ctx.Err() == nil {
			r.problem("Cannot read the L1 head", err)
		}
		return
	}
	if r.started && head == r.head {
		return
	}
	r.started, r.head = true, head
	r.step(ctx, head)
}

// step acts on one head.
func (r *runner) step(ctx context.Context, head uint64) {
	s := r.s
	call := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(head)}
	next, err := s.inbox.NextBatchIndex(call)
	if err != nil {
		if ctx.Err() == nil {
			r.problem("Cannot read the inbox's next batch index", err)
		}
		return
	}
	b, ok := r.src.Batch(next)
	if !ok {
		s.log.Debug("Next batch not certified here yet", "index", next, "head", head)
		return
	}
	if b.Header.BatchIndex != next {
		r.problem("Source returned the wrong batch", errors.New("index mismatch"),
			"want", next, "got", b.Header.BatchIndex)
		return
	}

	// The transaction sent now lands in the next block at the earliest.
	block := head + 1
	w := WindowAt(&b.Header, s.subWindow, block)
	member := false
	if w.Phase == PhaseOpen {
		if member, err = r.isMember(ctx, b.Header.Epoch, call); err != nil {
			r.problem("Cannot read epoch membership", err, "epoch", b.Header.Epoch)
			return
		}
	}
	d := Decide(&b.Header, s.subWindow, block, s.from, member)
	if !d.May {
		s.log.Debug("Not this operator's window", "index", next, "block", block, "phase", d.Phase,
			"allowed", d.Allowed, "until", d.Until)
		return
	}
	if d.Phase == PhaseOpen {
		if turn := OpenTurn(&b.Header, s.subWindow, s.from); block < turn {
			s.log.Debug("Open window: waiting for this operator's turn", "index", next, "block", block, "turn", turn)
			return
		}
	}
	// A Submit called directly may hold the lock; its commit may be this
	// very batch, so look again at the next head rather than queue.
	if !s.sendMu.TryLock() {
		s.log.Debug("A commit is in flight", "index", next)
		return
	}
	defer s.sendMu.Unlock()
	s.log.Info("Submitting batch", "index", next, "block", block, "phase", d.Phase, "until", d.Until)
	if _, err := s.submitLocked(ctx, b); err != nil {
		if ctx.Err() != nil {
			return
		}
		r.problem("Batch not committed", err, "index", next, "phase", d.Phase)
		return
	}
	r.lastProblem = ""
}

// isMember asks the registry whether this operator is in the epoch, once
// per epoch. An epoch that has not begun yet is reported as not a member
// (the commit would revert UnknownEpoch anyway) and asked again later.
func (r *runner) isMember(ctx context.Context, epoch uint64, call *bind.CallOpts) (bool, error) {
	if r.memberKnown && r.memberEpoch == epoch {
		return r.member, nil
	}
	ok, err := r.s.registry.IsMember(call, new(big.Int).SetUint64(epoch), r.s.from)
	if err != nil {
		err = r.s.client.decode(err)
		if errors.Is(err, contracts.Reverted("UnknownEpoch")) {
			return false, nil
		}
		return false, err
	}
	r.memberEpoch, r.member, r.memberKnown = epoch, ok, true
	return ok, nil
}

// problem logs a failure at Warn the first time and at Debug while the
// same failure repeats head after head.
func (r *runner) problem(msg string, err error, kv ...any) {
	args := append([]any{"err", err}, kv...)
	key := msg + ": " + err.Error()
	if key == r.lastProblem {
		r.s.log.Debug(msg, args...)
		return
	}
	r.lastProblem = key
	r.s.log.Warn(msg, args...)
}
