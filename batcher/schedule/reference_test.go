package schedule

import (
	"math"
	"slices"
)

// A float64 reference model of the package, written independently of the
// fixed-point code (bisection instead of the breakpoint sweep), used only
// to check the fixed-point results.

func toFloat(f Fixed) float64 { return float64(f) / float64(One) }

func toFloats(fs []Fixed) []float64 {
	out := make([]float64, len(fs))
	for i, f := range fs {
		out[i] = toFloat(f)
	}
	return out
}

// refProject projects y onto {sum x = total, 0 <= x <= caps} by bisection
// on lambda in x_i = clip(y_i - lambda, 0, cap_i).
func refProject(y, caps []float64, total float64) []float64 {
	g := func(l float64) float64 {
		s := 0.0
		for i := range y {
			s += math.Min(math.Max(y[i]-l, 0), caps[i])
		}
		return s
	}
	lo, hi := slices.Min(y)-2, slices.Max(y)+1 // g(lo) = sum caps >= total, g(hi) = 0
	for range 200 {
		mid := (lo + hi) / 2
		if g(mid) >= total {
			lo = mid
		} else {
			hi = mid
		}
	}
	x := make([]float64, len(y))
	for i := range y {
		x[i] = math.Min(math.Max(y[i]-lo, 0), caps[i])
	}
	return x
}

// refWaterFill is the closed-form optimum: the projection of u/gamma.
func refWaterFill(u, caps []float64, gamma float64) []float64 {
	y := make([]float64, len(u))
	for i := range u {
		y[i] = u[i] / gamma
	}
	return refProject(y, caps, 1)
}

type refResult struct {
	x          []float64
	iterations int
	converged  bool
	trace      [][]float64 // x_0, x_1, ...
}

// refOptimize is projected gradient ascent on sum u_i x_i - gamma/2 x_i^2.
func refOptimize(u, caps []float64, gamma, alpha, eps float64, maxIter int) refResult {
	x := refProject(make([]float64, len(u)), caps, 1)
	res := refResult{trace: [][]float64{x}}
	for k := 1; k <= maxIter; k++ {
		y := make([]float64, len(x))
		for i := range x {
			y[i] = x[i] + alpha*(u[i]-gamma*x[i])
		}
		next := refProject(y, caps, 1)
		d := dist(next, x)
		x = next
		res.trace = append(res.trace, x)
		res.iterations = k
		if d < eps {
			res.converged = true
			break
		}
	}
	res.x = x
	return res
}

func dist(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += (a[i] - b[i]) * (a[i] - b[i])
	}
	return math.Sqrt(s)
}

// refTrust is the EWMA update of Observe in float64.
func refTrust(cfg Config, t float64, o Observation, heights uint32) float64 {
	num, den := 0.0, 0.0
	switch o.Window {
	case OnTime:
		num += toFloat(cfg.WeightOnTime)
		den += toFloat(cfg.WeightOnTime)
	case Missed:
		den += toFloat(cfg.WeightOnTime)
	}
	den += toFloat(cfg.WeightSigned)
	if o.Signed {
		num += toFloat(cfg.WeightSigned)
	}
	if heights > 0 {
		num += toFloat(cfg.WeightUptime) * float64(o.Votes) / float64(heights)
		den += toFloat(cfg.WeightUptime)
	}
	if den == 0 {
		return t
	}
	l := toFloat(cfg.Smoothing)
	return (1-l)*t + l*num/den
}

// refUtility is u_i of State.Problem in float64. Eligibility is a
// threshold on the trust score, a discrete decision: it is taken from the
// fixed-point scores (eligible), since a float64 EWMA never reaches the
// exact 0 that floor rounding does.
func refUtility(cfg Config, ops []Operator, trust []float64, eligible []bool) ([]float64, []float64) {
	total := 0.0
	for _, o := range ops {
		total += float64(o.Stake)
	}
	u := make([]float64, len(ops))
	caps := make([]float64, len(ops))
	for i, o := range ops {
		u[i] = toFloat(cfg.TrustPoints)*trust[i] + toFloat(cfg.StakePoints)*float64(o.Stake)/total -
			toFloat(o.Cost) - toFloat(o.CorruptionCost)
		if eligible[i] {
			caps[i] = toFloat(o.Cap)
		}
	}
	return u, caps
}
