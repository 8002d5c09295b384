package schedule

import (
	"errors"
	"fmt"
	"slices"
)

// ErrInfeasible: the caps of the operators that may hold windows add up to
// less than One, so no allocation with sum x_i = 1 exists.
var ErrInfeasible = errors.New("schedule: caps of eligible operators sum to less than 1")

// Bounds that keep every intermediate of the optimizer inside int64.
const (
	// MaxOperators is the largest operator set the schedule accepts.
	MaxOperators = 1024
	// MaxPoints bounds utility weights and per-operator costs, in points.
	MaxPoints = 10_000
	// maxUtility bounds |u_i| and Gamma in a Problem (10^5 points).
	maxUtility = 100_000 * One
	// maxAlpha bounds the step size of a Problem (10.0).
	maxAlpha = 10 * One
	// maxIterLimit bounds Problem.MaxIter.
	maxIterLimit = 1_000_000
)

// Problem is the allocation problem of DESIGN section 4 in the form the
// optimizer solves (paper section 4.3.1 with the objective of 4.1):
//
//	maximize   F(x) = sum_i ( u_i*x_i - (Gamma/2)*x_i^2 )
//	subject to sum_i x_i = 1,  0 <= x_i <= Caps[i]
//
// u_i is operator i's utility per unit share of windows (points) and Gamma
// the curvature of the concentration term (points). grad F = u - Gamma*x,
// whose Lipschitz constant is L = Gamma; projected gradient ascent
// converges for Alpha*L < 2 (monotonically for Alpha*L <= 1) and the unique
// optimum is the water-filling x_i = clip(u_i/Gamma - lambda, 0, cap_i).
type Problem struct {
	Utility []Fixed // u_i, points per unit share
	Caps    []Fixed // cap_i in [0, One]
	Gamma   Fixed   // > 0, points
	Alpha   Fixed   // step size, unit share per point (paper: 0.01)
	Epsilon Fixed   // stop when ||x_{k+1} - x_k||_2 < Epsilon (paper: 1e-6)
	MaxIter int     // give up (Converged = false) after this many steps
}

// Lipschitz returns L = Gamma, the Lipschitz constant of grad F.
func (p Problem) Lipschitz() Fixed { return p.Gamma }

// Result is what Optimize found.
type Result struct {
	X          []Fixed // the last iterate x_{k+1}; sums to One exactly
	Iterations int     // gradient steps taken
	Converged  bool    // ||x_{k+1} - x_k|| < Epsilon was reached
	Step       Fixed   // ||x_{k+1} - x_k||_2 of the last step (floor)
}

func (p Problem) validate() error {
	n := len(p.Utility)
	switch {
	case n == 0 || n > MaxOperators:
		return fmt.Errorf("schedule: problem with %d operators, want 1..%d", n, MaxOperators)
	case len(p.Caps) != n:
		return fmt.Errorf("schedule: problem with %d utilities and %d caps", n, len(p.Caps))
	case p.Gamma <= 0 || p.Gamma > maxUtility:
		return fmt.Errorf("schedule: gamma %s outside (0, %s]", p.Gamma, maxUtility)
	case p.Alpha <= 0 || p.Alpha > maxAlpha:
		return fmt.Errorf("schedule: alpha %s outside (0, %s]", p.Alpha, maxAlpha)
	case p.Epsilon <= 0 || p.Epsilon > One:
		return fmt.Errorf("schedule: epsilon %s outside (0, 1]", p.Epsilon)
	case p.MaxIter < 1 || p.MaxIter > maxIterLimit:
		return fmt.Errorf("schedule: max iterations %d outside [1, %d]", p.MaxIter, maxIterLimit)
	}
	for i, u := range p.Utility {
		if u < -maxUtility || u > maxUtility {
			return fmt.Errorf("schedule: utility %s of operator %d outside [-%s, %s]", u, i, maxUtility, maxUtility)
		}
	}
	return checkCaps(p.Caps)
}

func checkCaps(caps []Fixed) error {
	var sum Fixed
	for i, c := range caps {
		if c < 0 || c > One {
			return fmt.Errorf("schedule: cap %s of operator %d outside [0, 1]", c, i)
		}
		sum += c // at most MaxOperators * One: no overflow
	}
	if sum < One {
		return fmt.Errorf("%w (sum %s)", ErrInfeasible, sum)
	}
	return nil
}

// Start returns the optimizer's starting point: the projection of the zero
// vector, i.e. equal shares among operators with a positive cap, capped.
func (p Problem) Start() ([]Fixed, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return project(make([]Fixed, len(p.Caps)), p.Caps, One), nil
}

// Step returns one projected gradient ascent step (paper section 4.3.4,
// with the sign for maximization): x' = P(x + Alpha*(u - Gamma*x)), where
// P is the exact projection onto {sum = 1, 0 <= x_i <= cap_i}. x must be
// feasible for p.
func (p Problem) Step(x []Fixed) ([]Fixed, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	if err := checkFeasible(x, p.Caps); err != nil {
		return nil, err
	}
	return p.step(x), nil
}

func (p Problem) step(x []Fixed) []Fixed {
	y := make([]Fixed, len(x))
	for i := range x {
		// |g| <= 2*maxUtility and Alpha <= 10: |Alpha*g| < 2^63.
		g := p.Utility[i] - mulFixed(p.Gamma, x[i])
		y[i] = x[i] + mulFixed(p.Alpha, g)
	}
	return project(y, p.Caps, One)
}

func checkFeasible(x, caps []Fixed) error {
	if len(x) != len(caps) {
		return fmt.Errorf("schedule: point has %d coordinates, want %d", len(x), len(caps))
	}
	var sum Fixed
	for i, v := range x {
		if v < 0 || v > caps[i] {
			return fmt.Errorf("schedule: coordinate %d = %s outside [0, %s]", i, v, caps[i])
		}
		sum += v
	}
	if sum != One {
		return fmt.Errorf("schedule: point sums to %s, want 1", sum)
	}
	return nil
}

// Optimize runs projected gradient ascent from Start until the step norm
// falls below Epsilon or MaxIter steps were taken. The result is always a
// feasible point; Converged says which way it stopped.
func (p Problem) Optimize() (Result, error) {
	x, err := p.Start()
	if err != nil {
		return Result{}, err
	}
	eps2 := sq(int64(p.Epsilon))
	res := Result{}
	for k := 1; k <= p.MaxIter; k++ {
		next := p.step(x)
		var d2 u128
		for i := range x {
			d2 = d2.add(sq(int64(next[i] - x[i])))
		}
		x = next
		res.Iterations = k
		res.Step = Fixed(d2.isqrt())
		if d2.less(eps2) {
			res.Converged = true
			break
		}
	}
	res.X = x
	return res, nil
}

// ClosedForm returns the optimum of p directly: the water-filling
// x_i = clip(u_i/Gamma - lambda, 0, cap_i) with lambda fixed by sum x_i = 1,
// computed as the exact projection of floor(u/Gamma) onto the capped
// simplex. It is the reference the iterative optimizer is tested against.
func (p Problem) ClosedForm() ([]Fixed, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	y := make([]Fixed, len(p.Utility))
	for i, u := range p.Utility {
		y[i] = Fixed(mustMulDiv(int64(u), int64(One), int64(p.Gamma)))
	}
	return project(y, p.Caps, One), nil
}

// Project returns the Euclidean projection of y onto the capped simplex
// {x : sum x_i = total, 0 <= x_i <= caps[i]} in integers. The real
// projection is clip(y_i - lambda, 0, cap_i) for one real lambda; Project
// finds the integer lambda0 with g(lambda0) >= total > g(lambda0+1), where
// g(l) = sum clip(y_i - l, 0, cap_i), takes clip(y_i - lambda0 - 1) and
// hands the missing units, one each, to the coordinates still free on
// [lambda0, lambda0+1] in ascending index order. So every x_i is the real
// projection rounded down or up, the sum is exactly total, and ties in
// rounding go to the lower index.
func Project(y, caps []Fixed, total Fixed) ([]Fixed, error) {
	if len(y) != len(caps) || len(y) == 0 || len(y) > MaxOperators {
		return nil, fmt.Errorf("schedule: project %d values onto %d caps", len(y), len(caps))
	}
	if total <= 0 || total > One {
		return nil, fmt.Errorf("schedule: project onto total %s, want (0, 1]", total)
	}
	var sum Fixed
	for i, c := range caps {
		if c < 0 || c > One {
			return nil, fmt.Errorf("schedule: cap %s of coordinate %d outside [0, 1]", c, i)
		}
		if y[i] < -maxProjectInput || y[i] > maxProjectInput {
			return nil, fmt.Errorf("schedule: coordinate %d = %s out of range", i, y[i])
		}
		sum += c
	}
	if sum < total {
		return nil, fmt.Errorf("%w (sum %s, want %s)", ErrInfeasible, sum, total)
	}
	return project(y, caps, total), nil
}

// maxProjectInput bounds |y_i| so that breakpoint differences fit in int64:
// a gradient step yields at most 1 + maxAlpha*2*maxUtility/One.
const maxProjectInput = 2_100_000_000_000_000_000

type breakpoint struct {
	at    Fixed
	slope int64 // change of -dg/dl when l falls below at
}

// project is Project without argument checks.
func project(y, caps []Fixed, total Fixed) []Fixed {
	pts := make([]breakpoint, 0, 2*len(y))
	for i, c := range caps {
		if c == 0 {
			continue
		}
		pts = append(pts, breakpoint{y[i], +1}, breakpoint{y[i] - c, -1})
	}
	// Descending by position; the order among equal positions does not
	// matter because slope is only read between distinct positions.
	slices.SortFunc(pts, func(a, b breakpoint) int {
		switch {
		case a.at > b.at:
			return -1
		case a.at < b.at:
			return 1
		}
		return int(b.slope - a.slope)
	})
	// Sweep l downward from +inf. On (pts[j].at, prev] g is linear with
	// -dg/dl = slope and g(prev) = g.
	var g Fixed
	var slope int64
	var lambda Fixed
	found := false
	prev := pts[0].at
	for _, pt := range pts {
		if pt.at < prev && slope > 0 {
			need := int64(total - g) // > 0 here
			m := (need + slope - 1) / slope
			if int64(prev-pt.at) >= m {
				lambda, found = prev-Fixed(m), true
				break
			}
			g += Fixed(slope * int64(prev-pt.at)) // < total: no overflow
		}
		prev = pt.at
		slope += pt.slope
	}
	if !found {
		// Unreachable: g(last breakpoint) = sum(caps) >= total.
		panic("schedule: projection sweep found no crossing")
	}
	x := make([]Fixed, len(y))
	var s Fixed
	for i, c := range caps {
		x[i] = clip(y[i]-lambda-1, c)
		s += x[i]
	}
	for i, c := range caps {
		if s == total {
			break
		}
		if c > 0 && y[i]-c <= lambda && y[i] >= lambda+1 {
			x[i]++
			s++
		}
	}
	if s != total {
		panic("schedule: projection rounding left a remainder")
	}
	return x
}

func clip(v, c Fixed) Fixed {
	if v < 0 {
		return 0
	}
	if v > c {
		return c
	}
	return v
}
