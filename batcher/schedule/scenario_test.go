package schedule

import (
	"errors"
	"slices"
	"testing"
)

// Scenario tests in the raft style: a set of operators, what each does,
// and what the schedule must have made of it. Every batch of every
// scenario also checks the fixed-point trust against the float64
// reference (1e-9) and the adopted shares against the float64 optimum
// (1e-6), see sim.step.
func TestScenarios(t *testing.T) {
	tests := []struct {
		name string
		run  func(t *testing.T, m *sim)
	}{
		{"operator 2 misses 5 windows: its trust falls below 0.9 and its share below 0.15", func(t *testing.T, m *sim) {
			m.run(60)
			if got := m.share(2); got != One/4 {
				t.Fatalf("after warm-up share(2) = %s, want 0.25", got)
			}
			m.act[2] = lazy
			for m.missed[2] < 5 {
				m.step()
			}
			if tr := m.trust(2); tr >= Ratio(9, 10) {
				t.Errorf("trust(2) = %s, want < 0.9", tr)
			}
			if x := m.share(2); x >= Ratio(15, 100) {
				t.Errorf("share(2) = %s, want < 0.15", x)
			}
			for _, i := range []int{0, 1, 3} {
				if x := m.share(i); x <= Ratio(28, 100) {
					t.Errorf("share(%d) = %s, want > 0.28 (it takes over 2's windows)", i, x)
				}
			}
			t.Logf("after 5 misses (batch %d): trust(2) %s share(2) %s, shares of the others %s %s %s",
				m.batch, m.trust(2), m.share(2), m.share(0), m.share(1), m.share(3))
			last := m.log[len(m.log)-1]
			if last.Submitter != 2 || !slices.Equal(last.Fallbacks, []int{0, 1, 3}) {
				t.Errorf("last assignment %+v, want 2 with fallbacks [0 1 3]", last)
			}
			a := m.step() // 2 has the lowest trust: last among fallbacks
			if a.Submitter == 2 || a.Fallbacks[len(a.Fallbacks)-1] != 2 {
				t.Errorf("assignment %+v, want 2 last among the fallbacks", a)
			}
		}},
		{"operator 1 goes offline: no windows after 3 batches, no fallback slot once below MinTrust", func(t *testing.T, m *sim) {
			m.run(60)
			m.act[1] = offline
			m.run(3)
			if x := m.share(1); x != 0 {
				t.Fatalf("share(1) = %s after 3 offline batches, want 0", x)
			}
			n := 0
			for m.trust(1) >= m.s.cfg.MinTrust {
				m.step()
				n++
			}
			dealt := m.dealt[1]
			from := len(m.log)
			m.run(50)
			if m.dealt[1] != dealt {
				t.Errorf("offline operator dealt %d more windows", m.dealt[1]-dealt)
			}
			for _, a := range m.log[from:] {
				if slices.Contains(a.Fallbacks, 1) {
					t.Fatalf("offline operator below MinTrust is a fallback in %+v", a)
				}
			}
			t.Logf("trust fell below MinTrust %s after %d offline batches", m.s.cfg.MinTrust, 3+n)
		}},
		{"operator 1 comes back: windows again within 15 batches, share above 0.2 within 30", func(t *testing.T, m *sim) {
			m.run(60)
			m.act[1] = offline
			m.run(40)
			m.act[1] = good
			k := 0
			for m.share(1) == 0 {
				m.step()
				k++
				if k > 15 {
					t.Fatalf("no share after %d good batches (trust %s)", k, m.trust(1))
				}
			}
			m.run(30 - k)
			if x := m.share(1); x <= Ratio(2, 10) {
				t.Errorf("share(1) = %s after 30 good batches, want > 0.2", x)
			}
			t.Logf("share back after %d batches", k)
		}},
		{"new operator joins at the prior and earns windows by signing", func(t *testing.T, m *sim) {
			m.run(60)
			ops := append(equalOps(4), Operator{Address: addr(4), Stake: 32_000_000_000, Cap: One})
			if err := m.s.SetOperators(ops); err != nil {
				t.Fatal(err)
			}
			m.resize()
			if _, err := m.s.Next(); !errors.Is(err, ErrNoAllocation) {
				t.Fatalf("Next() after SetOperators: %v, want ErrNoAllocation", err)
			}
			if _, err := m.s.Reallocate(); err != nil {
				t.Fatal(err)
			}
			if tr, x := m.trust(4), m.share(4); tr != m.s.cfg.Prior || x != 0 {
				t.Fatalf("newcomer trust %s share %s, want the prior 0.5 and no share", tr, x)
			}
			if m.trust(0) <= Ratio(99, 100) {
				t.Errorf("incumbent trust %s was not carried over", m.trust(0))
			}
			k := 0
			for m.dealt[4] == 0 {
				m.step()
				if k++; k > 40 {
					t.Fatalf("newcomer not dealt a window in %d batches (trust %s share %s)", k, m.trust(4), m.share(4))
				}
			}
			t.Logf("newcomer's first window after %d batches at trust %s", k, m.trust(4))
		}},
		{"fallback commits after the submitter misses: fallback gains, submitter loses", func(t *testing.T, m *sim) {
			m.run(60)
			before := slices.Clone(m.s.Operators())
			for i := range m.act {
				m.act[i] = lazy
			}
			// Let exactly the first fallback of the next assignment submit.
			next := m.s.Clone()
			a, _ := next.Next()
			m.act[a.Fallbacks[0]] = good
			m.step()
			after := m.s.Operators()
			if after[a.Submitter].Trust >= before[a.Submitter].Trust {
				t.Errorf("submitter %d trust %s -> %s, want a fall", a.Submitter, before[a.Submitter].Trust, after[a.Submitter].Trust)
			}
			if fb := a.Fallbacks[0]; after[fb].Trust <= before[fb].Trust {
				t.Errorf("fallback %d trust %s -> %s, want a rise", fb, before[fb].Trust, after[fb].Trust)
			}
			if m.missed[a.Submitter] != 1 {
				t.Errorf("submitter missed %d windows, want 1", m.missed[a.Submitter])
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.run(t, newSim(t, DefaultConfig(), equalOps(4)))
		})
	}
}

func TestStakeRaisesShareAtEqualTrust(t *testing.T) {
	ops := equalOps(3)
	ops[2].Stake *= 2
	s := newState(t, DefaultConfig(), ops)
	alloc, err := s.Reallocate()
	if err != nil {
		t.Fatal(err)
	}
	// u = 70*0.5 + 30*(0.25, 0.25, 0.5) -> x = (0.2833, 0.2833, 0.4333)
	want := refWaterFill([]float64{42.5, 42.5, 50}, []float64{1, 1, 1}, 50)
	if d := distRef(alloc.Shares, want); d >= tol {
		t.Errorf("shares %v, want %v", alloc.Shares, want)
	}
	if alloc.Shares[2] <= alloc.Shares[0] || alloc.Shares[0] != alloc.Shares[1] {
		t.Errorf("shares %v: want the double stake ahead and the equal pair equal", alloc.Shares)
	}
}

func TestZeroCapGetsNoWindows(t *testing.T) {
	ops := equalOps(4)
	ops[1].Cap = 0
	ops[3].Cap = Ratio(1, 10)
	m := newSim(t, DefaultConfig(), ops)
	m.run(500)
	if m.dealt[1] != 0 || m.share(1) != 0 {
		t.Errorf("zero-cap operator dealt %d windows, share %s", m.dealt[1], m.share(1))
	}
	if m.share(3) != Ratio(1, 10) || m.dealt[3] < 49 || m.dealt[3] > 51 {
		t.Errorf("capped operator share %s dealt %d of 500, want 0.1 and 50 +- 1", m.share(3), m.dealt[3])
	}
	for _, a := range m.log {
		if slices.Contains(a.Fallbacks, 1) {
			t.Fatalf("zero-cap operator is a fallback in %+v", a)
		}
	}
}

// TestZeroTrustGetsNoWindows: with MinTrust 0 an operator whose stake
// alone would win it most windows still gets none at trust 0 (exactly 0
// is reached in fixed point: floor(0.9*T) hits 0 after finitely many
// offline batches).
func TestZeroTrustGetsNoWindows(t *testing.T) {
	cfg := DefaultConfig()
	cfg.MinTrust = 0
	cfg.StakePoints = Int(200)
	ops := equalOps(4)
	ops[3].Stake *= 20
	m := newSim(t, cfg, ops)
	if x := m.share(3); x < Ratio(9, 10) {
		t.Fatalf("stake-heavy operator share %s, want most windows", x)
	}
	m.act[3] = offline
	n := 0
	for m.trust(3) != 0 {
		m.step()
		if n++; n > 400 {
			t.Fatalf("trust %s after %d offline batches, want 0", m.trust(3), n)
		}
	}
	t.Logf("trust reached exactly 0 after %d offline batches", n)
	if u := m.s.Problem().Utility[3]; u <= m.s.Problem().Utility[0] {
		t.Fatalf("utility %s not above the others' %s; the test would not isolate the trust rule", u, m.s.Problem().Utility[0])
	}
	dealt := m.dealt[3]
	m.act[3] = behaviour{} // still offline
	m.run(100)
	if m.share(3) != 0 || m.dealt[3] != dealt {
		t.Errorf("zero-trust operator share %s, dealt %d more", m.share(3), m.dealt[3]-dealt)
	}
}

func TestInfeasibleKeepsPreviousAllocation(t *testing.T) {
	ops := equalOps(3)
	for i := range ops {
		ops[i].Cap = Ratio(1, 2)
	}
	m := newSim(t, DefaultConfig(), ops)
	m.run(30)
	// Operators 0 and 1 go silent and fall below MinTrust; operator 2's cap
	// of 0.5 cannot carry all windows, so Reallocate must fail and leave
	// the old shares and counters in force.
	for range 30 {
		out := Outcome{Batch: m.batch, Heights: heights, Observations: []Observation{{Operator: 2, Signed: true, Votes: heights}}}
		if _, err := m.s.Observe(out); err != nil {
			t.Fatal(err)
		}
		m.batch++
	}
	before := m.s.Encode()
	if _, err := m.s.Reallocate(); !errors.Is(err, ErrInfeasible) {
		t.Fatalf("Reallocate() = %v, want ErrInfeasible", err)
	}
	if !slices.Equal(before, m.s.Encode()) {
		t.Error("state changed on a failed Reallocate")
	}
	if _, err := m.s.Next(); err != nil {
		t.Errorf("Next() after a failed Reallocate: %v, want the old allocation", err)
	}
}

func TestObserveRejects(t *testing.T) {
	s := newState(t, DefaultConfig(), equalOps(3))
	if _, err := s.Observe(Outcome{Batch: 5, Heights: 2}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		out  Outcome
		want error
	}{
		{"same batch", Outcome{Batch: 5}, ErrStaleOutcome},
		{"older batch", Outcome{Batch: 4}, ErrStaleOutcome},
		{"unknown operator", Outcome{Batch: 6, Observations: []Observation{{Operator: 3}}}, ErrInvalidOutcome},
		{"negative operator", Outcome{Batch: 6, Observations: []Observation{{Operator: -1}}}, ErrInvalidOutcome},
		{"operator twice", Outcome{Batch: 6, Observations: []Observation{{Operator: 1}, {Operator: 1}}}, ErrInvalidOutcome},
		{"votes above heights", Outcome{Batch: 6, Heights: 2, Observations: []Observation{{Operator: 1, Votes: 3}}}, ErrInvalidOutcome},
		{"unknown window", Outcome{Batch: 6, Observations: []Observation{{Operator: 1, Window: 7}}}, ErrInvalidOutcome},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := s.Encode()
			if _, err := s.Observe(tt.out); !errors.Is(err, tt.want) {
				t.Errorf("Observe() = %v, want %v", err, tt.want)
			}
			if !slices.Equal(before, s.Encode()) {
				t.Error("state changed on a rejected outcome")
			}
		})
	}
}

// TestTrustUpdate checks single updates against hand-computed values.
func TestTrustUpdate(t *testing.T) {
	cfg := DefaultConfig() // l = 0.1; weights 0.5 / 0.3 / 0.2
	tests := []struct {
		name    string
		t0      Fixed
		obs     Observation
		heights uint32
		want    Fixed
	}{
		{"all good stays at 1", One, Observation{Window: OnTime, Signed: true, Votes: 4}, 4, One},
		{"missed, signed, full uptime", One, Observation{Window: Missed, Signed: true, Votes: 4}, 4, Ratio(95, 100)},
		{"absent", One, Observation{}, 4, Ratio(9, 10)},
		{"not assigned: on-time term left out", Ratio(1, 2), Observation{Signed: true, Votes: 4}, 4, Ratio(55, 100)},
		{"half uptime, not signed, not assigned", 0, Observation{Votes: 2}, 4, Ratio(1, 50)},
		// o = 0.2*(1/3) / 0.5 = 0.1333..., T = 0.1*o = 0.013333333333 (floor)
		{"third uptime rounds down", 0, Observation{Votes: 1}, 3, Fixed(13_333_333_333)},
		{"no heights: uptime left out", 0, Observation{Window: OnTime, Signed: true}, 0, Ratio(1, 10)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &State{cfg: cfg}
			if got := s.updateTrust(tt.t0, tt.obs, tt.heights); got != tt.want {
				t.Errorf("updateTrust(%s, %+v, %d) = %s, want %s", tt.t0, tt.obs, tt.heights, got, tt.want)
			}
		})
	}
	// No term at all (signed weight 0, no heights, not assigned): unchanged.
	cfg.WeightSigned, cfg.WeightOnTime = 0, Ratio(8, 10)
	s := &State{cfg: cfg}
	if got := s.updateTrust(Ratio(1, 3), Observation{}, 0); got != Ratio(1, 3) {
		t.Errorf("no observation changed trust to %s", got)
	}
}
