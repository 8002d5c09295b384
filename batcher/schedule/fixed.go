package schedule

import (
	"math"
	"math/bits"
	"strconv"
)

// Fixed is a signed fixed-point number with scale One = 10^12: the value
// v is stored as the integer v*10^12. Trust scores, stake shares, caps and
// the allocation x live in [0, One]; utilities are in "points" (see
// Config.TrustPoints) and may exceed One or be negative.
//
// Every product or quotient is computed exactly in 128 bits and then
// rounded toward negative infinity (floor), so the result is a function of
// the operands alone: no floating point, no platform dependence.
type Fixed int64

// One is 1.0 in Fixed.
const One Fixed = 1_000_000_000_000

// Ratio returns num/den in Fixed, rounded toward negative infinity. It
// panics if den <= 0 or the result does not fit; it is meant for
// constants and configuration, not for consensus inputs.
func Ratio(num, den int64) Fixed {
	if den <= 0 {
		panic("schedule: Ratio with a non-positive denominator")
	}
	v, ok := mulDiv(num, int64(One), den)
	if !ok {
		panic("schedule: Ratio overflows")
	}
	return Fixed(v)
}

// Int returns n in Fixed. It panics if n*One does not fit.
func Int(n int64) Fixed { return Ratio(n, 1) }

// String renders f as an exact decimal with up to 12 fractional digits.
func (f Fixed) String() string {
	neg := f < 0
	u := uint64(f)
	if neg {
		u = -u // two's complement magnitude, also for math.MinInt64
	}
	ip, fp := u/uint64(One), u%uint64(One)
	s := strconv.FormatUint(ip, 10)
	if fp != 0 {
		frac := strconv.FormatUint(fp+uint64(One), 10)[1:] // zero-padded to 12 digits
		for frac[len(frac)-1] == '0' {
			frac = frac[:len(frac)-1]
		}
		s += "." + frac
	}
	if neg {
		s = "-" + s
	}
	return s
}

// mulDiv returns floor(a*b/d) for d > 0, computed exactly in 128 bits,
// and false if the result does not fit in an int64.
func mulDiv(a, b, d int64) (int64, bool) {
	if d <= 0 {
		return 0, false
	}
	neg := (a < 0) != (b < 0)
	hi, lo := bits.Mul64(abs64(a), abs64(b))
	if hi >= uint64(d) {
		return 0, false
	}
	q, r := bits.Div64(hi, lo, uint64(d))
	if !neg || (hi == 0 && lo == 0) {
		if q > math.MaxInt64 {
			return 0, false
		}
		return int64(q), true
	}
	if r != 0 {
		q++ // floor of a negative quotient rounds away from zero
	}
	if q > 1<<63 {
		return 0, false
	}
	return int64(-q), true // -q of 1<<63 wraps to math.MinInt64, as wanted
}

// mustMulDiv is mulDiv for operands whose ranges the caller has already
// bounded (validated configuration and state); overflow there is a bug.
func mustMulDiv(a, b, d int64) int64 {
	v, ok := mulDiv(a, b, d)
	if !ok {
		panic("schedule: fixed-point overflow on validated operands")
	}
	return v
}

// mulFixed returns floor(a*b/One).
func mulFixed(a, b Fixed) Fixed { return Fixed(mustMulDiv(int64(a), int64(b), int64(One))) }

func abs64(a int64) uint64 {
	if a < 0 {
		return -uint64(a)
	}
	return uint64(a)
}

// floorDiv returns floor(a/b) and the remainder a - b*floor(a/b) in [0, b)
// for b > 0.
func floorDiv(a, b int64) (q, r int64) {
	q, r = a/b, a%b
	if r < 0 {
		q--
		r += b
	}
	return q, r
}

// u128 is an unsigned 128-bit accumulator for sums of squares.
type u128 struct{ hi, lo uint64 }

func (x u128) add(y u128) u128 {
	lo, c := bits.Add64(x.lo, y.lo, 0)
	hi, _ := bits.Add64(x.hi, y.hi, c)
	return u128{hi, lo}
}

func sq(a int64) u128 {
	hi, lo := bits.Mul64(abs64(a), abs64(a))
	return u128{hi, lo}
}

func (x u128) less(y u128) bool { return x.hi < y.hi || (x.hi == y.hi && x.lo < y.lo) }

// isqrt returns floor(sqrt(x)) by Newton's method on integers.
func (x u128) isqrt() uint64 {
	if x.hi == 0 && x.lo < 2 {
		return x.lo
	}
	// Start above the root: 2^ceil(bitlen/2).
	n := 128 - bits.LeadingZeros64(x.hi)
	if x.hi == 0 {
		n = 64 - bits.LeadingZeros64(x.lo)
	}
	r := uint64(1) << ((n + 1) / 2)
	if (n+1)/2 >= 64 {
		r = math.MaxUint64
	}
	for {
		// next = (r + x/r) / 2, with x/r in 128/64 bits.
		var q uint64
		if x.hi >= r {
			q = math.MaxUint64
		} else {
			q, _ = bits.Div64(x.hi, x.lo, r)
		}
		sum, c := bits.Add64(r, q, 0)
		next := sum>>1 | c<<63
		if next >= r {
			return r
		}
		r = next
	}
}
