package schedule

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

const tol = 1e-6 // the paper's epsilon, in real units

func pts(vs ...float64) []Fixed {
	out := make([]Fixed, len(vs))
	for i, v := range vs {
		out[i] = Fixed(math.Round(v * float64(One))) // test inputs only
	}
	return out
}

func ones(n int) []Fixed {
	out := make([]Fixed, n)
	for i := range out {
		out[i] = One
	}
	return out
}

func distFixed(a, b []Fixed) float64 {
	s := 0.0
	for i := range a {
		d := float64(a[i]-b[i]) / float64(One)
		s += d * d
	}
	return math.Sqrt(s)
}

func distRef(a []Fixed, b []float64) float64 { return dist(toFloats(a), b) }

func sumFixed(x []Fixed) Fixed {
	var s Fixed
	for _, v := range x {
		s += v
	}
	return s
}

func checkFeasibleT(t *testing.T, x, caps []Fixed) {
	t.Helper()
	if err := checkFeasible(x, caps); err != nil {
		t.Fatalf("x = %v not feasible: %v", x, err)
	}
}

func paperProblem(u, caps []Fixed) Problem {
	return Problem{Utility: u, Caps: caps, Gamma: Int(50), Alpha: Ratio(1, 100), Epsilon: Ratio(1, 1_000_000), MaxIter: 10_000}
}

func TestProjectTable(t *testing.T) {
	third := One / 3
	tests := []struct {
		name    string
		y, caps []Fixed
		want    []Fixed
	}{
		{"inside already", pts(0.2, 0.3, 0.5), ones(3), pts(0.2, 0.3, 0.5)},
		{"shift down", pts(1, 1, 1), ones(3), []Fixed{third + 1, third, third}},
		{"equal split rounds up the lowest index", make([]Fixed, 3), ones(3), []Fixed{third + 1, third, third}},
		{"clip at zero", pts(2, 0, -3), ones(3), pts(1, 0, 0)},
		{"clip at cap", pts(5, 1, 0.9), pts(0.5, 1, 1), pts(0.5, 0.3, 0.2)},
		{"zero cap stays zero", pts(9, 0.1, 0.1), pts(0, 1, 1), pts(0, 0.5, 0.5)},
		{"caps sum to one", pts(-7, 3, 100), pts(0.25, 0.25, 0.5), pts(0.25, 0.25, 0.5)},
		{"huge spread", []Fixed{maxProjectInput, -maxProjectInput, 0}, ones(3), pts(1, 0, 0)},
		{"single", pts(-12345), ones(1), pts(1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Project(tt.y, tt.caps, One)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Project(%v, %v) = %v, want %v", tt.y, tt.caps, got, tt.want)
			}
		})
	}
}

func TestProjectRejects(t *testing.T) {
	tests := []struct {
		name    string
		y, caps []Fixed
		total   Fixed
		infeas  bool
	}{
		{"caps below total", pts(1, 1), pts(0.5, 0.4), One, true},
		{"all caps zero", pts(1, 1), pts(0, 0), One, true},
		{"cap above one", pts(1, 1), pts(2, 0), One, false},
		{"negative cap", pts(1, 1), pts(-0.1, 1), One, false},
		{"length mismatch", pts(1), pts(1, 1), One, false},
		{"empty", nil, nil, One, false},
		{"zero total", pts(1), pts(1), 0, false},
		{"input out of range", []Fixed{maxProjectInput + 1}, pts(1), One, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Project(tt.y, tt.caps, tt.total)
			if err == nil || errors.Is(err, ErrInfeasible) != tt.infeas {
				t.Errorf("Project() error = %v, want error (infeasible %v)", err, tt.infeas)
			}
		})
	}
}

// integerLambda finds, by binary search (independent of the sweep), the
// integer l with g(l) >= total > g(l+1).
func integerLambda(y, caps []Fixed, total Fixed) Fixed {
	g := func(l Fixed) Fixed {
		var s Fixed
		for i := range y {
			s += clip(y[i]-l, caps[i])
		}
		return s
	}
	lo, hi := Fixed(-maxProjectInput-One-1), Fixed(maxProjectInput+1) // g(lo) = sum caps, g(hi) = 0
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		if g(mid) >= total {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// TestProjectIsRoundedExactProjection checks on random inputs that every
// coordinate is the real projection rounded down or up (the integer KKT
// form), the sum is exact, and the float reference agrees.
func TestProjectIsRoundedExactProjection(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for trial := range 3000 {
		n := 1 + r.IntN(12)
		y, caps := make([]Fixed, n), make([]Fixed, n)
		scale := []int64{10, 1000, int64(One), 1000 * int64(One)}[r.IntN(4)]
		var capSum Fixed
		for i := range y {
			y[i] = Fixed(r.Int64N(2*scale+1) - scale)
			switch r.IntN(4) {
			case 0:
				caps[i] = 0
			case 1:
				caps[i] = One
			default:
				caps[i] = Fixed(r.Int64N(int64(One) + 1))
			}
			capSum += caps[i]
		}
		if capSum < One {
			caps[r.IntN(n)] = One
		}
		total := Fixed(1 + r.Int64N(int64(One)))
		if trial%2 == 0 {
			total = One
		}
		x, err := Project(y, caps, total)
		if err != nil {
			t.Fatal(err)
		}
		if sumFixed(x) != total {
			t.Fatalf("trial %d: sum %s, want %s", trial, sumFixed(x), total)
		}
		l := integerLambda(y, caps, total)
		for i := range x {
			lo, hi := clip(y[i]-l-1, caps[i]), clip(y[i]-l, caps[i])
			if x[i] < lo || x[i] > hi {
				t.Fatalf("trial %d: x[%d] = %d outside [%d, %d] (lambda %d)", trial, i, x[i], lo, hi, l)
			}
		}
		ref := refProject(toFloats(y), toFloats(caps), toFloat(total))
		for i := range x {
			if d := math.Abs(toFloat(x[i]) - ref[i]); d > 1e-9*math.Max(1, float64(scale)/float64(One)) {
				t.Fatalf("trial %d: x[%d] = %s, float reference %g", trial, i, x[i], ref[i])
			}
		}
	}
}

var convergenceInstances = []struct {
	name    string
	u, caps []Fixed
}{
	{"four operators, one less trusted", pts(77.5, 77.5, 77.5, 63.5), ones(4)},
	{"a cap binds", pts(90, 60, 50), pts(0.4, 1, 1)},
	{"one operator priced out", pts(80, 75, 10, 70), ones(4)},
	{"negative utilities", pts(-5, -20, -12), ones(3)},
	{"zero cap", pts(80, 90, 70), pts(1, 0, 1)},
	{"caps sum to exactly one", pts(10, 90, 50), pts(0.5, 0.3, 0.2)},
	{"single operator", pts(50), ones(1)},
	{"ties", pts(70, 70, 70), ones(3)},
	{"twenty operators", func() []Fixed {
		r := rand.New(rand.NewPCG(11, 12))
		u := make([]Fixed, 20)
		for i := range u {
			u[i] = Fixed(r.Int64N(int64(Int(100))))
		}
		return u
	}(), func() []Fixed {
		c := ones(20)
		c[3], c[7], c[11] = Ratio(1, 20), 0, Ratio(1, 10)
		return c
	}()},
}

// TestOptimizeConvergesToClosedForm runs the paper's gradient iteration
// (alpha 0.01, eps 1e-6) and compares it with the water-filling closed
// form, both in fixed point and in float64.
func TestOptimizeConvergesToClosedForm(t *testing.T) {
	for _, tt := range convergenceInstances {
		t.Run(tt.name, func(t *testing.T) {
			p := paperProblem(tt.u, tt.caps)
			res, err := p.Optimize()
			if err != nil {
				t.Fatal(err)
			}
			if !res.Converged {
				t.Fatalf("not converged after %d iterations (step %s)", res.Iterations, res.Step)
			}
			checkFeasibleT(t, res.X, tt.caps)
			closed, err := p.ClosedForm()
			if err != nil {
				t.Fatal(err)
			}
			ref := refWaterFill(toFloats(tt.u), toFloats(tt.caps), 50)
			refRun := refOptimize(toFloats(tt.u), toFloats(tt.caps), 50, 0.01, 1e-6, 10_000)
			if d := distFixed(res.X, closed); d >= tol {
				t.Errorf("||x - closed form|| = %.3g, want < 1e-6\nx      = %v\nclosed = %v", d, res.X, closed)
			}
			if d := distRef(res.X, ref); d >= tol {
				t.Errorf("||x - float64 water-filling|| = %.3g, want < 1e-6", d)
			}
			if d := distRef(closed, ref); d >= 1e-9 {
				t.Errorf("||fixed closed form - float64 closed form|| = %.3g, want < 1e-9", d)
			}
			if d := distRef(res.X, refRun.x); d >= tol {
				t.Errorf("||x - float64 gradient run|| = %.3g, want < 1e-6", d)
			}
			if diff := res.Iterations - refRun.iterations; diff < -1 || diff > 1 {
				t.Errorf("fixed point took %d iterations, float64 %d", res.Iterations, refRun.iterations)
			}
			t.Logf("iterations %d (float64 %d), last step %s, ||x - x*|| = %.2g, x = %v",
				res.Iterations, refRun.iterations, res.Step, distFixed(res.X, closed), res.X)
		})
	}
}

// TestOptimizeSmallQuadraticStopsEarly shows why Gamma is not small: with
// the paper's alpha and stopping rule and Gamma = 1 point (alpha*L = 0.01),
// the run needs hundreds of steps and stops about eps/(alpha*L) = 1e-4 short
// of the optimum, because the step shrinks only by (1 - alpha*L) each time.
func TestOptimizeSmallQuadraticStopsEarly(t *testing.T) {
	p := paperProblem(pts(0.8, 0.7, 0.6), ones(3))
	p.Gamma = One
	res, err := p.Optimize()
	if err != nil {
		t.Fatal(err)
	}
	closed, _ := p.ClosedForm()
	d := distFixed(res.X, closed)
	t.Logf("gamma 1: converged %v after %d iterations, ||x - x*|| = %.3g", res.Converged, res.Iterations, d)
	if !res.Converged || res.Iterations < 500 || d < 1e-5 || d > 1e-3 {
		t.Errorf("gamma 1: converged %v, %d iterations, distance %.3g; want a slow run stopping ~1e-4 short", res.Converged, res.Iterations, d)
	}
}

// TestOptimizeDivergesForLargeAlpha demonstrates the failure mode the paper
// warns of in section 4.3.4 ("for larger alpha, convergence may
// oscillate"). With L = Gamma the error e_k = x_k - x* of free coordinates
// evolves as e_{k+1} = (1 - alpha*L) e_k:
//   - alpha = 0.5/L (the paper's 0.01 at Gamma 50): monotone, halves each step;
//   - alpha = 1.5/L: the error flips sign every step (oscillation) but
//     still shrinks by 0.5, so the run converges;
//   - alpha = 2/L: |1 - alpha*L| = 1, the iterates bounce forever;
//   - alpha = 2.5/L: the error grows by 1.5 per step until the projection
//     pins coordinates to the box, then the iterates cycle between faces
//     of the capped simplex, far from x*: the stopping rule is never met.
func TestOptimizeDivergesForLargeAlpha(t *testing.T) {
	u := pts(72, 70, 68) // x* = (0.3733, 0.3333, 0.2933), near the uniform start
	base := paperProblem(u, ones(3))
	L := base.Lipschitz()
	xstar, _ := base.ClosedForm()
	run := func(alphaTimesL Fixed, steps int) (p Problem, trace [][]Fixed) {
		p = base
		p.Alpha = Fixed(mustMulDiv(int64(alphaTimesL), int64(One), int64(L)))
		x, _ := p.Start()
		trace = [][]Fixed{x}
		for range steps {
			var err error
			if x, err = p.Step(x); err != nil {
				t.Fatal(err)
			}
			trace = append(trace, x)
		}
		return p, trace
	}
	errAt := func(x []Fixed) float64 { return distFixed(x, xstar) }

	t.Run("alpha 0.5/L converges monotonically", func(t *testing.T) {
		p, trace := run(Ratio(1, 2), 8)
		for k := 1; k < len(trace); k++ {
			if s0, s1 := trace[k-1][0]-xstar[0], trace[k][0]-xstar[0]; (s0 < 0) != (s1 < 0) && s1 != 0 {
				t.Errorf("step %d: error changed sign (%s -> %s)", k, s0, s1)
			}
		}
		res, _ := p.Optimize()
		t.Logf("alpha %s: converged %v in %d iterations", p.Alpha, res.Converged, res.Iterations)
		if !res.Converged {
			t.Error("did not converge")
		}
	})

	t.Run("alpha 1.5/L oscillates but converges", func(t *testing.T) {
		p, trace := run(Ratio(3, 2), 10)
		for k := 1; k < len(trace); k++ {
			s0, s1 := trace[k-1][0]-xstar[0], trace[k][0]-xstar[0]
			if (s0 < 0) == (s1 < 0) {
				t.Errorf("step %d: error kept its sign (%s -> %s), want oscillation", k, s0, s1)
			}
			if r := errAt(trace[k]) / errAt(trace[k-1]); math.Abs(r-0.5) > 1e-6 {
				t.Errorf("step %d: error ratio %.6f, want 0.5", k, r)
			}
		}
		t.Logf("alpha %s: x_0[0]-x*[0] .. x_5[0]-x*[0] = %s %s %s %s %s %s", p.Alpha,
			trace[0][0]-xstar[0], trace[1][0]-xstar[0], trace[2][0]-xstar[0], trace[3][0]-xstar[0], trace[4][0]-xstar[0], trace[5][0]-xstar[0])
		res, _ := p.Optimize()
		t.Logf("alpha %s: converged %v in %d iterations", p.Alpha, res.Converged, res.Iterations)
		if !res.Converged || distFixed(res.X, xstar) >= tol {
			t.Errorf("converged %v, ||x - x*|| %.3g", res.Converged, distFixed(res.X, xstar))
		}
	})

	for _, tc := range []struct {
		name string
		aL   Fixed
	}{
		{"alpha 2/L never settles", Int(2)},
		{"alpha 2.5/L diverges into a cycle", Ratio(5, 2)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, trace := run(tc.aL, 200)
			// Until the box constraints bite, ||e|| is multiplied by |1 - alpha*L|.
			want := toFloat(tc.aL) - 1
			for k := 1; k <= 3; k++ {
				if r := errAt(trace[k]) / errAt(trace[k-1]); math.Abs(r-want) > 1e-6 {
					t.Errorf("step %d: error ratio %.6f, want %.1f", k, r, want)
				}
			}
			last := trace[len(trace)-1]
			prev := trace[len(trace)-2]
			if !slices.Equal(last, trace[len(trace)-3]) {
				t.Errorf("no 2-cycle at the end: %v, %v, %v", trace[len(trace)-3], prev, last)
			}
			step := distFixed(last, prev)
			if step < 0.1 {
				t.Errorf("final step %.3g, want a bounce >= 0.1", step)
			}
			p.MaxIter = 10_000
			res, _ := p.Optimize()
			if res.Converged {
				t.Errorf("converged after %d iterations, want the stopping rule never met", res.Iterations)
			}
			t.Logf("alpha %s (alpha*L = %s): ||e|| for k=0..4 = %.4f %.4f %.4f %.4f %.4f; cycles between %v and %v (step %.4f); after %d iterations converged=%v, ||x - x*|| = %.4f",
				p.Alpha, tc.aL, errAt(trace[0]), errAt(trace[1]), errAt(trace[2]), errAt(trace[3]), errAt(trace[4]),
				prev, last, step, res.Iterations, res.Converged, distFixed(res.X, xstar))
			// The float64 reference shows the same failure.
			ref := refOptimize(toFloats(u), []float64{1, 1, 1}, 50, toFloat(p.Alpha), 1e-6, 10_000)
			if ref.converged {
				t.Error("float64 reference converged")
			}
		})
	}
}

func TestConfigRejectsDivergentAlpha(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Alpha = Ratio(4, 100) // alpha*Gamma = 0.04*50 = 2
	if err := cfg.Validate(); err == nil {
		t.Error("Validate() accepted alpha*L = 2")
	}
	cfg.Alpha = Ratio(4, 100) - 1
	if err := cfg.Validate(); err != nil {
		t.Errorf("Validate() rejected alpha*L just below 2: %v", err)
	}
}

func TestProblemRejects(t *testing.T) {
	good := paperProblem(pts(1, 2), ones(2))
	tests := []struct {
		name string
		mod  func(*Problem)
	}{
		{"no operators", func(p *Problem) { p.Utility, p.Caps = nil, nil }},
		{"length mismatch", func(p *Problem) { p.Caps = ones(3) }},
		{"zero gamma", func(p *Problem) { p.Gamma = 0 }},
		{"zero alpha", func(p *Problem) { p.Alpha = 0 }},
		{"huge alpha", func(p *Problem) { p.Alpha = maxAlpha + 1 }},
		{"zero epsilon", func(p *Problem) { p.Epsilon = 0 }},
		{"no iterations", func(p *Problem) { p.MaxIter = 0 }},
		{"utility out of range", func(p *Problem) { p.Utility = []Fixed{maxUtility + 1, 0} }},
		{"infeasible caps", func(p *Problem) { p.Caps = pts(0.3, 0.3) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := good
			tt.mod(&p)
			if _, err := p.Optimize(); err == nil {
				t.Error("Optimize() accepted it")
			}
			if _, err := p.ClosedForm(); err == nil {
				t.Error("ClosedForm() accepted it")
			}
		})
	}
	if _, err := good.Step(pts(0.5, 0.4)); err == nil {
		t.Error("Step() accepted an infeasible point")
	}
}

// TestOptimizeExtremes runs the optimizer at the edges of the validated
// ranges (no overflow, still feasible and converged).
func TestOptimizeExtremes(t *testing.T) {
	for _, p := range []Problem{
		{Utility: []Fixed{maxUtility, -maxUtility, 0}, Caps: ones(3), Gamma: maxUtility, Alpha: Fixed(mustMulDiv(int64(One), int64(One), int64(maxUtility))), Epsilon: 1, MaxIter: 1000},
		{Utility: []Fixed{maxUtility, -maxUtility, 0}, Caps: ones(3), Gamma: 1, Alpha: maxAlpha, Epsilon: One, MaxIter: 1000},
		{Utility: []Fixed{-maxUtility, -maxUtility}, Caps: pts(0.5, 0.5), Gamma: 1, Alpha: maxAlpha, Epsilon: 1, MaxIter: 10},
	} {
		res, err := p.Optimize()
		if err != nil {
			t.Fatal(err)
		}
		checkFeasibleT(t, res.X, p.Caps)
	}
}
