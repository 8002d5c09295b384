// Package schedule is the submission schedule of the NodeOP model: it keeps
// a trust score per operator, turns scores and stake into each operator's
// share of submission windows by the paper's utility maximization, and
// deals the windows of successive batches, each with its fallbacks.
//
// It is a state machine with no I/O in the style of etcd's raft: the app
// feeds it plain inputs (an Outcome per batch, the operator set) and reads
// plain outputs (new trust scores, an Allocation, an Assignment). It runs
// inside consensus, so every validator must compute the same bytes: all
// arithmetic is integer fixed point (see Fixed) with floor rounding, there
// is no floating point, no map iteration, no clock and no randomness, and
// operators are ordered by address.
//
// The model (NodeOP paper, sections 4.1-4.3; DESIGN section 4):
//
//	trust     T_i <- (1-l)*T_i + l*o_i, o_i the batch's weighted observation
//	utility   U_i(x_i) = w1*C_i + w2*S_i - Cost_i - CorruptionCost_i with
//	          C_i = T_i*x_i, S_i = s_i*x_i (s_i = stake share),
//	          Cost_i = c_i*x_i, CorruptionCost_i = k_i*x_i + (Gamma/2)*x_i^2
//	allocate  x = argmax sum_i U_i(x_i)  s.t. sum x_i = 1, 0 <= x_i <= cap_i,
//	          by projected gradient ascent (alpha 0.01, eps 1e-6)
//	deal      smooth weighted round-robin over x; fallbacks by trust
//
// The paper's utility is linear in x, so its optimum would be a vertex:
// all windows to the best operators up to their caps, flipping wholesale
// on tiny score changes. The quadratic concentration term (Gamma/2)*x_i^2,
// the part of CorruptionCost that grows with the share of windows one
// operator controls, makes the objective strongly concave: the optimum is
// unique, interior where utilities are close, continuous in the scores,
// and has the closed form x_i = clip((u_i - lambda)/Gamma, 0, cap_i)
// (water-filling). The paper has no such term; it is this package's.
package schedule

import (
	"bytes"
	"errors"
	"fmt"
	"math/bits"
	"slices"
)

// ErrNoAllocation: Next was called before a successful Reallocate (or after
// the operator set changed).
var ErrNoAllocation = errors.New("schedule: no allocation; call Reallocate")

// ErrStaleOutcome: an Outcome for a batch at or below the last one observed.
var ErrStaleOutcome = errors.New("schedule: outcome for an already observed batch")

// ErrInvalidOutcome: an Outcome that names unknown operators, repeats one,
// or reports more votes than heights.
var ErrInvalidOutcome = errors.New("schedule: invalid outcome")

// State is the schedule's whole state. Its zero value is not usable; make
// one with New or Decode. Methods are not safe for concurrent use.
type State struct {
	cfg       Config
	ops       []opState // sorted by address, unique
	seq       uint64    // assignments dealt so far
	observed  bool      // an outcome was observed; lastBatch is meaningful
	lastBatch uint64
}

type opState struct {
	Operator
	trust   Fixed
	share   Fixed // x_i; all zero while unallocated, else sum One
	current Fixed // smooth weighted round-robin counter
}

// OperatorState is a read-only view of one operator.
type OperatorState struct {
	Operator
	Trust   Fixed
	Share   Fixed
	Current Fixed
}

// New returns a State for cfg with the given operators, all at cfg.Prior
// trust and no allocation yet.
func New(cfg Config, ops []Operator) (*State, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	s := &State{cfg: cfg}
	if err := s.SetOperators(ops); err != nil {
		return nil, err
	}
	return s, nil
}

// SetOperators replaces the operator set (at an epoch boundary). The order
// of ops does not matter: operators are indexed by ascending address.
// Operators already known keep their trust; new ones start at the prior.
// The allocation is cleared: call Reallocate before the next Next.
func (s *State) SetOperators(ops []Operator) error {
	if len(ops) == 0 || len(ops) > MaxOperators {
		return fmt.Errorf("schedule: %d operators, want 1..%d", len(ops), MaxOperators)
	}
	sorted := slices.Clone(ops)
	slices.SortFunc(sorted, func(a, b Operator) int { return bytes.Compare(a.Address[:], b.Address[:]) })
	var total uint64
	for i, o := range sorted {
		if err := o.validate(); err != nil {
			return err
		}
		if i > 0 && o.Address == sorted[i-1].Address {
			return fmt.Errorf("schedule: operator %x listed twice", o.Address)
		}
		var c uint64
		if total, c = bits.Add64(total, o.Stake, 0); c != 0 {
			return errors.New("schedule: total stake overflows uint64; use a coarser unit")
		}
	}
	next := make([]opState, len(sorted))
	for i, o := range sorted {
		next[i] = opState{Operator: o, trust: s.cfg.Prior}
		if j, ok := s.Index(o.Address); ok {
			next[i].trust = s.ops[j].trust
		}
	}
	s.ops = next
	return nil
}

// Clone returns an independent copy of s, e.g. to preview what Next would
// deal without advancing the schedule.
func (s *State) Clone() *State {
	c := *s
	c.ops = slices.Clone(s.ops)
	return &c
}

// Config returns the parameters.
func (s *State) Config() Config { return s.cfg }

// Index returns the index of the operator with address a.
func (s *State) Index(a Address) (int, bool) {
	return slices.BinarySearchFunc(s.ops, a, func(o opState, a Address) int { return bytes.Compare(o.Address[:], a[:]) })
}

// Operators returns the operators in index (address) order.
func (s *State) Operators() []OperatorState {
	out := make([]OperatorState, len(s.ops))
	for i, o := range s.ops {
		out[i] = OperatorState{Operator: o.Operator, Trust: o.trust, Share: o.share, Current: o.current}
	}
	return out
}

// Seq returns how many assignments Next has dealt.
func (s *State) Seq() uint64 { return s.seq }

// Window says what an operator's submission window in a batch came to.
type Window uint8

const (
	// NotAssigned: it had no (sub-)window for this batch; the on-time term
	// is left out of its observation.
	NotAssigned Window = iota
	// OnTime: it committed the batch within its own (sub-)window.
	OnTime
	// Missed: the batch was due in its (sub-)window and it did not commit.
	Missed
)

// Observation is what the app measured about one operator in one batch.
type Observation struct {
	Operator int    // index in the current set
	Window   Window // submission in its window
	Signed   bool   // its signature is in the batch certificate
	Votes    uint32 // heights of the batch with its vote extension (uptime)
}

// Outcome is one batch's observations. Operators not listed count as
// absent: not assigned, not signed, no votes. The order of Observations
// does not matter.
type Outcome struct {
	Batch        uint64 // batch index; must exceed the last observed one
	Heights      uint32 // heights whose vote extensions count for uptime; 0 leaves uptime out
	Observations []Observation
}

// Observe folds one batch outcome into the trust scores and returns the
// new scores in index order. For every operator of the set:
//
//	o = (wOn*onTime + wSig*signed + wUp*uptime) / (sum of the weights present)
//	T <- floor(((1 - l)*T + l*o))
//
// onTime is 1 (OnTime) or 0 (Missed) and left out when NotAssigned;
// signed is 1 or 0; uptime = floor(Votes/Heights), left out when Heights
// is 0. If no term is present T is unchanged. On error nothing changes.
func (s *State) Observe(out Outcome) ([]Fixed, error) {
	if s.observed && out.Batch <= s.lastBatch {
		return nil, fmt.Errorf("%w: batch %d, last observed %d", ErrStaleOutcome, out.Batch, s.lastBatch)
	}
	obs := make([]Observation, len(s.ops))
	seen := make([]bool, len(s.ops))
	for _, o := range out.Observations {
		switch {
		case o.Operator < 0 || o.Operator >= len(s.ops):
			return nil, fmt.Errorf("%w: operator index %d of %d", ErrInvalidOutcome, o.Operator, len(s.ops))
		case seen[o.Operator]:
			return nil, fmt.Errorf("%w: operator %d observed twice", ErrInvalidOutcome, o.Operator)
		case o.Votes > out.Heights:
			return nil, fmt.Errorf("%w: operator %d has %d votes in %d heights", ErrInvalidOutcome, o.Operator, o.Votes, out.Heights)
		case o.Window > Missed:
			return nil, fmt.Errorf("%w: operator %d window %d", ErrInvalidOutcome, o.Operator, o.Window)
		}
		seen[o.Operator] = true
		obs[o.Operator] = o
	}
	trust := make([]Fixed, len(s.ops))
	for i := range s.ops {
		s.ops[i].trust = s.updateTrust(s.ops[i].trust, obs[i], out.Heights)
		trust[i] = s.ops[i].trust
	}
	s.observed, s.lastBatch = true, out.Batch
	return trust, nil
}

func (s *State) updateTrust(t Fixed, o Observation, heights uint32) Fixed {
	var num u128 // sum of weight*value, scale One^2
	var den Fixed
	term := func(w, v Fixed) {
		num = num.add(mul128(w, v))
		den += w
	}
	switch o.Window {
	case OnTime:
		term(s.cfg.WeightOnTime, One)
	case Missed:
		term(s.cfg.WeightOnTime, 0)
	}
	if o.Signed {
		term(s.cfg.WeightSigned, One)
	} else {
		term(s.cfg.WeightSigned, 0)
	}
	if heights > 0 {
		term(s.cfg.WeightUptime, Fixed(mustMulDiv(int64(o.Votes), int64(One), int64(heights))))
	}
	if den == 0 {
		return t
	}
	obs, _ := bits.Div64(num.hi, num.lo, uint64(den)) // <= One: hi < den
	l := s.cfg.Smoothing
	next := mul128(One-l, t).add(mul128(l, Fixed(obs)))
	q, _ := bits.Div64(next.hi, next.lo, uint64(One)) // <= One
	return Fixed(q)
}

// mul128 returns a*b for a, b >= 0.
func mul128(a, b Fixed) u128 {
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	return u128{hi, lo}
}

// eligible reports whether operator i may hold windows or fallback slots.
func (s *State) eligible(i int) bool {
	o := s.ops[i]
	return o.Cap > 0 && o.Stake > 0 && o.trust > 0 && o.trust >= s.cfg.MinTrust
}

// Problem returns the allocation problem for the current scores: per
// operator the utility per unit share
//
//	u_i = w1*T_i + w2*s_i - Cost_i - CorruptionCost_i   (each product floored)
//
// with s_i = floor(stake_i/total stake), its cap (0 if it is not eligible:
// zero cap or stake, trust 0 or below MinTrust), and the configured Gamma,
// Alpha, Epsilon and MaxIter.
func (s *State) Problem() Problem {
	var total uint64
	for _, o := range s.ops {
		total += o.Stake // no overflow: checked in SetOperators and Decode
	}
	p := Problem{
		Utility: make([]Fixed, len(s.ops)),
		Caps:    make([]Fixed, len(s.ops)),
		Gamma:   s.cfg.Concentration,
		Alpha:   s.cfg.Alpha,
		Epsilon: s.cfg.Epsilon,
		MaxIter: int(s.cfg.MaxIter),
	}
	for i, o := range s.ops {
		var share Fixed
		if total > 0 {
			hi, lo := bits.Mul64(o.Stake, uint64(One))
			q, _ := bits.Div64(hi, lo, total) // <= One: hi < total
			share = Fixed(q)
		}
		p.Utility[i] = mulFixed(s.cfg.TrustPoints, o.trust) + mulFixed(s.cfg.StakePoints, share) - o.Cost - o.CorruptionCost
		if s.eligible(i) {
			p.Caps[i] = o.Cap
		}
	}
	return p
}

// Allocation is the result of Reallocate.
type Allocation struct {
	Shares     []Fixed // x_i in index order; sum exactly One
	Iterations int
	Converged  bool
	Step       Fixed // norm of the last step
}

// Reallocate recomputes the shares x from the current scores by projected
// gradient ascent (Problem.Optimize) and adopts them. Should the optimizer
// stop at MaxIter (it cannot for a valid Config, where Alpha*Gamma < 2),
// its last iterate, which is feasible, is adopted and Converged is false.
// If the eligible operators' caps sum to less than 1 it returns
// ErrInfeasible and the previous allocation stays in force.
//
// Round-robin counters carry over so that frequent reallocation stays
// fair; operators leaving the support drop their counter, the rest are
// shifted to keep the counters summing to zero (remainder to the lowest
// indices), and if that would break the invariant current > -1 all
// counters restart at zero.
func (s *State) Reallocate() (Allocation, error) {
	p := s.Problem()
	if err := checkCaps(p.Caps); err != nil {
		return Allocation{}, err
	}
	res, err := p.Optimize()
	if err != nil {
		return Allocation{}, err
	}
	var drift Fixed
	var k int64
	for i := range s.ops {
		s.ops[i].share = res.X[i]
		if res.X[i] == 0 {
			s.ops[i].current = 0
			continue
		}
		drift += s.ops[i].current
		k++
	}
	q, r := floorDiv(int64(drift), k)
	reset := false
	for i := range s.ops {
		if s.ops[i].share == 0 {
			continue
		}
		s.ops[i].current -= Fixed(q)
		if r > 0 {
			s.ops[i].current--
			r--
		}
		if s.ops[i].current <= -One {
			reset = true
		}
	}
	if reset {
		for i := range s.ops {
			s.ops[i].current = 0
		}
	}
	return Allocation{Shares: slices.Clone(res.X), Iterations: res.Iterations, Converged: res.Converged, Step: res.Step}, nil
}

// Assignment is who submits one batch: the submitter's window first, then
// each fallback's sub-window in order.
type Assignment struct {
	Seq       uint64 // 0 for the first assignment dealt, then 1, 2, ...
	Submitter int
	Fallbacks []int
}

// Next deals the submitter of the next batch by smooth weighted
// round-robin over the shares (as nginx: every operator with a positive
// share adds its share to its counter, the largest counter wins, ties to
// the lower index, and the winner's counter drops by the total, One).
// Fallbacks are the other eligible operators by descending trust, ties to
// the lower index, at most Config.Fallbacks of them.
func (s *State) Next() (Assignment, error) {
	best := -1
	for i := range s.ops {
		if s.ops[i].share == 0 {
			continue
		}
		s.ops[i].current += s.ops[i].share
		if best < 0 || s.ops[i].current > s.ops[best].current {
			best = i
		}
	}
	if best < 0 {
		return Assignment{}, ErrNoAllocation
	}
	s.ops[best].current -= One
	a := Assignment{Seq: s.seq, Submitter: best, Fallbacks: s.fallbacks(best)}
	s.seq++
	return a, nil
}

func (s *State) fallbacks(submitter int) []int {
	var fb []int
	for i := range s.ops {
		if i != submitter && s.eligible(i) {
			fb = append(fb, i)
		}
	}
	slices.SortStableFunc(fb, func(a, b int) int {
		switch ta, tb := s.ops[a].trust, s.ops[b].trust; {
		case ta > tb:
			return -1
		case ta < tb:
			return 1
		}
		return a - b
	})
	if len(fb) > int(s.cfg.Fallbacks) {
		fb = fb[:s.cfg.Fallbacks]
	}
	return fb
}
