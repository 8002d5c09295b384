package schedule

import (
	"fmt"
	"math/bits"
)

// Config holds the parameters every validator must share; they are part
// of the encoded State, so its hash commits to them.
//
// The NodeOP paper fixes only Alpha = 0.01 and Epsilon = 1e-6 (section
// 4.3.4). It names the trust score T_i (section 4.1, "based on historical
// performance") but gives no update rule, weights or smoothing factor, and
// no numbers for w1, w2 or the costs; those defaults are this package's.
type Config struct {
	// Trust score (EWMA): T <- (1-Smoothing)*T + Smoothing*o, where the
	// batch observation o is the weighted mean of on-time submission,
	// signature and uptime (see Observe).
	Prior         Fixed // trust of an operator never seen before; default 0.5
	Smoothing     Fixed // EWMA factor in (0, 1]; default 0.1 (half-life ~6.6 batches)
	WeightOnTime  Fixed // default 0.5
	WeightSigned  Fixed // default 0.3
	WeightUptime  Fixed // default 0.2; the three weights sum to exactly 1
	MinTrust      Fixed // below this an operator gets no windows and no fallback slot; default 0.25
	TrustPoints   Fixed // w1: points per unit of C_i = T_i; default 70
	StakePoints   Fixed // w2: points per unit of S_i = stake share; default 30
	Concentration Fixed // Gamma: curvature of the concentration cost, points; default 50
	Alpha         Fixed // step size; default 0.01 (paper 4.3.4)
	Epsilon       Fixed // stop at ||x_{k+1}-x_k|| < Epsilon; default 1e-6 (paper 4.3.4)
	MaxIter       uint32
	Fallbacks     uint32 // K: fallback operators per batch; default 3
}

// DefaultConfig returns the defaults listed on Config.
func DefaultConfig() Config {
	return Config{
		Prior:         Ratio(1, 2),
		Smoothing:     Ratio(1, 10),
		WeightOnTime:  Ratio(5, 10),
		WeightSigned:  Ratio(3, 10),
		WeightUptime:  Ratio(2, 10),
		MinTrust:      Ratio(1, 4),
		TrustPoints:   Int(70),
		StakePoints:   Int(30),
		Concentration: Int(50),
		Alpha:         Ratio(1, 100),
		Epsilon:       Ratio(1, 1_000_000),
		MaxIter:       10_000,
		Fallbacks:     3,
	}
}

// Validate reports the first parameter outside its range. Besides ranges
// it requires Alpha*Concentration < 2: Concentration is the Lipschitz
// constant L of the gradient, and for Alpha*L >= 2 projected gradient
// ascent does not converge (see TestOptimizeDivergesForLargeAlpha).
func (c Config) Validate() error {
	unit := func(name string, v Fixed, zeroOK bool) error {
		if v < 0 || v > One || (v == 0 && !zeroOK) {
			return fmt.Errorf("schedule: %s = %s outside the range (0 allowed: %v) to 1", name, v, zeroOK)
		}
		return nil
	}
	points := func(name string, v Fixed, zeroOK bool) error {
		if v < 0 || v > MaxPoints*One || (v == 0 && !zeroOK) {
			return fmt.Errorf("schedule: %s = %s outside the range (0 allowed: %v) to %d points", name, v, zeroOK, MaxPoints)
		}
		return nil
	}
	for _, err := range []error{
		unit("prior", c.Prior, true),
		unit("smoothing", c.Smoothing, false),
		unit("on-time weight", c.WeightOnTime, true),
		unit("signed weight", c.WeightSigned, true),
		unit("uptime weight", c.WeightUptime, true),
		unit("min trust", c.MinTrust, true),
		unit("alpha", c.Alpha, false),
		unit("epsilon", c.Epsilon, false),
		points("trust points", c.TrustPoints, true),
		points("stake points", c.StakePoints, true),
		points("concentration", c.Concentration, false),
	} {
		if err != nil {
			return err
		}
	}
	if s := c.WeightOnTime + c.WeightSigned + c.WeightUptime; s != One {
		return fmt.Errorf("schedule: trust weights sum to %s, want exactly 1", s)
	}
	if c.MaxIter < 1 || c.MaxIter > maxIterLimit {
		return fmt.Errorf("schedule: max iterations %d outside [1, %d]", c.MaxIter, maxIterLimit)
	}
	if c.Fallbacks > MaxOperators {
		return fmt.Errorf("schedule: %d fallbacks, at most %d", c.Fallbacks, MaxOperators)
	}
	// alpha*gamma < 2 in real terms: alpha*gamma (scaled One^2) < 2*One^2.
	hi, lo := bits.Mul64(uint64(c.Alpha), uint64(c.Concentration))
	lhi, llo := bits.Mul64(2*uint64(One), uint64(One))
	if hi > lhi || (hi == lhi && lo >= llo) {
		return fmt.Errorf("schedule: alpha %s * concentration %s >= 2: the gradient steps would not converge", c.Alpha, c.Concentration)
	}
	return nil
}

// Address identifies an operator (its L1 address).
type Address [20]byte

// Operator is what the app knows about an operator from the registry.
type Operator struct {
	Address Address
	// Stake in any unit the app chooses (e.g. gwei); only shares matter.
	// An operator without stake gets no windows: nothing of it is slashable.
	Stake uint64
	// Cap is the largest share of windows it may hold, in [0, 1]; 0 means
	// none. Use One for no cap.
	Cap Fixed
	// Cost and CorruptionCost are the linear parts of the paper's Cost and
	// CorruptionCost, in points per unit share (e.g. an L1 gas premium, a
	// penalty from slashing history). Both in [0, MaxPoints]; usually 0.
	Cost           Fixed
	CorruptionCost Fixed
}

func (o Operator) validate() error {
	if o.Cap < 0 || o.Cap > One {
		return fmt.Errorf("schedule: operator %x: cap %s outside [0, 1]", o.Address, o.Cap)
	}
	if o.Cost < 0 || o.Cost > MaxPoints*One {
		return fmt.Errorf("schedule: operator %x: cost %s outside [0, %d]", o.Address, o.Cost, MaxPoints)
	}
	if o.CorruptionCost < 0 || o.CorruptionCost > MaxPoints*One {
		return fmt.Errorf("schedule: operator %x: corruption cost %s outside [0, %d]", o.Address, o.CorruptionCost, MaxPoints)
	}
	return nil
}
