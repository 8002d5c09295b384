package schedule

import (
	"math"
	"testing"
)

func addr(i int) Address {
	var a Address
	a[0] = 0xA0
	a[18] = byte(i >> 8)
	a[19] = byte(i)
	return a
}

// equalOps returns n operators with equal stake and no cap, indexed 0..n-1.
func equalOps(n int) []Operator {
	ops := make([]Operator, n)
	for i := range ops {
		ops[i] = Operator{Address: addr(i), Stake: 32_000_000_000, Cap: One}
	}
	return ops
}

func newState(t testing.TB, cfg Config, ops []Operator) *State {
	t.Helper()
	s, err := New(cfg, ops)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// behaviour says what an operator does in a batch.
type behaviour struct {
	submits bool   // commits the batch when it is its turn
	signs   bool   // signs the batch header
	votes   uint32 // vote extensions among the batch's heights
}

var (
	good    = behaviour{submits: true, signs: true, votes: heights}
	lazy    = behaviour{submits: false, signs: true, votes: heights} // L1 wallet broken, consensus fine
	offline = behaviour{}
)

const heights = 10

// sim drives a State as the app would: deal, let operators act, observe
// the outcome, reallocate. It also runs the float64 reference model of
// the trust scores alongside and checks the two agree.
type sim struct {
	t     testing.TB
	s     *State
	act   []behaviour
	batch uint64
	ref   []float64 // float64 trust
	log   []Assignment
	// per operator counts
	dealt, missed []int
}

func newSim(t testing.TB, cfg Config, ops []Operator) *sim {
	t.Helper()
	s := newState(t, cfg, ops)
	m := &sim{t: t, s: s}
	m.resize()
	if _, err := s.Reallocate(); err != nil {
		t.Fatal(err)
	}
	return m
}

func (m *sim) resize() {
	n := len(m.s.ops)
	for len(m.act) < n {
		m.act = append(m.act, good)
	}
	m.act = m.act[:n]
	m.ref = make([]float64, n)
	for i, o := range m.s.ops {
		m.ref[i] = toFloat(o.trust)
	}
	m.dealt = make([]int, n)
	m.missed = make([]int, n)
}

// run plays n batches.
func (m *sim) run(n int) {
	m.t.Helper()
	for range n {
		m.step()
	}
}

func (m *sim) step() Assignment {
	m.t.Helper()
	a, err := m.s.Next()
	if err != nil {
		m.t.Fatal(err)
	}
	m.log = append(m.log, a)
	m.dealt[a.Submitter]++
	out := Outcome{Batch: m.batch, Heights: heights}
	m.batch++
	window := make([]Window, len(m.s.ops))
	for _, who := range append([]int{a.Submitter}, a.Fallbacks...) {
		if m.act[who].submits {
			window[who] = OnTime
			break
		}
		window[who] = Missed
		m.missed[who]++
	}
	for i, b := range m.act {
		o := Observation{Operator: i, Window: window[i], Signed: b.signs, Votes: b.votes}
		out.Observations = append(out.Observations, o)
		m.ref[i] = refTrust(m.s.cfg, m.ref[i], o, heights)
	}
	trust, err := m.s.Observe(out)
	if err != nil {
		m.t.Fatal(err)
	}
	for i := range trust {
		if d := math.Abs(toFloat(trust[i]) - m.ref[i]); d > 1e-9 {
			m.t.Fatalf("batch %d operator %d: trust %s, float64 reference %.12f", out.Batch, i, trust[i], m.ref[i])
		}
	}
	alloc, err := m.s.Reallocate()
	if err != nil {
		m.t.Fatal(err)
	}
	if !alloc.Converged {
		m.t.Fatalf("batch %d: optimizer did not converge", out.Batch)
	}
	ops := make([]Operator, len(m.s.ops))
	eligible := make([]bool, len(m.s.ops))
	for i, o := range m.s.ops {
		ops[i] = o.Operator
		eligible[i] = m.s.eligible(i)
		// Away from the thresholds (MinTrust, and 0 which floor rounding
		// reaches but a float64 EWMA does not) the float model must agree.
		nearThreshold := math.Abs(m.ref[i]-toFloat(m.s.cfg.MinTrust)) < 1e-9 || m.ref[i] < 1e-9
		want := o.Cap > 0 && o.Stake > 0 && m.ref[i] > 0 && m.ref[i] >= toFloat(m.s.cfg.MinTrust)
		if eligible[i] != want && !nearThreshold {
			m.t.Fatalf("batch %d operator %d: eligible %v, float64 model says %v", out.Batch, i, eligible[i], want)
		}
	}
	u, caps := refUtility(m.s.cfg, ops, m.ref, eligible)
	if want := refWaterFill(u, caps, toFloat(m.s.cfg.Concentration)); distRef(alloc.Shares, want) >= tol {
		m.t.Fatalf("batch %d: shares %v, float64 optimum %v", out.Batch, alloc.Shares, want)
	}
	return a
}

func (m *sim) trust(i int) Fixed { return m.s.ops[i].trust }
func (m *sim) share(i int) Fixed { return m.s.ops[i].share }
