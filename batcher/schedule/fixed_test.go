package schedule

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

func TestMulDivRoundsTowardNegativeInfinity(t *testing.T) {
	tests := []struct {
		a, b, d int64
		want    int64
		ok      bool
	}{
		{7, 1, 2, 3, true},
		{-7, 1, 2, -4, true},
		{7, -1, 2, -4, true},
		{-7, -1, 2, 3, true},
		{-6, 1, 2, -3, true},
		{0, -5, 3, 0, true},
		{int64(One), int64(One), int64(One), int64(One), true},
		{math.MaxInt64, 2, 2, math.MaxInt64, true},
		{math.MinInt64, 1, 1, math.MinInt64, true},
		{math.MinInt64, 2, 2, math.MinInt64, true},
		{math.MinInt64, -1, 1, 0, false}, // 2^63 does not fit
		{math.MaxInt64, 3, 2, 0, false},
		{1, 1, 0, 0, false},
		{1, 1, -1, 0, false},
	}
	for _, tt := range tests {
		got, ok := mulDiv(tt.a, tt.b, tt.d)
		if got != tt.want || ok != tt.ok {
			t.Errorf("mulDiv(%d, %d, %d) = %d, %v; want %d, %v", tt.a, tt.b, tt.d, got, ok, tt.want, tt.ok)
		}
	}
}

func TestMulDivMatchesBigInt(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		a, b := int64(r.Uint64()), int64(r.Uint64())>>r.IntN(64)
		d := int64(r.Uint64()>>1>>r.IntN(62)) + 1
		want := new(big.Int).Mul(big.NewInt(a), big.NewInt(b))
		want.Div(want, big.NewInt(d)) // Euclidean division: floor for d > 0
		got, ok := mulDiv(a, b, d)
		if fits := want.IsInt64(); ok != fits || (ok && got != want.Int64()) {
			t.Fatalf("mulDiv(%d, %d, %d) = %d, %v; want %s (fits %v)", a, b, d, got, ok, want, fits)
		}
	}
}

func TestIsqrtMatchesBigInt(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 20000 {
		x := u128{r.Uint64() >> r.IntN(64), r.Uint64()}
		if i < 4 {
			x = []u128{{0, 0}, {0, 1}, {0, 3}, {math.MaxUint64, math.MaxUint64}}[i]
		}
		v := new(big.Int).Lsh(new(big.Int).SetUint64(x.hi), 64)
		v.Or(v, new(big.Int).SetUint64(x.lo))
		if got, want := x.isqrt(), new(big.Int).Sqrt(v).Uint64(); got != want {
			t.Fatalf("isqrt(%s) = %d, want %d", v, got, want)
		}
	}
}

func TestFixedString(t *testing.T) {
	tests := []struct {
		f    Fixed
		want string
	}{
		{0, "0"},
		{One, "1"},
		{Ratio(1, 100), "0.01"},
		{Ratio(1, 1_000_000), "0.000001"},
		{-Ratio(3, 2), "-1.5"},
		{1, "0.000000000001"},
		{Ratio(1, 3), "0.333333333333"},
		{Ratio(-1, 3), "-0.333333333334"}, // floor
		{-Ratio(1, 3), "-0.333333333333"},
		{math.MinInt64, "-9223372.036854775808"},
	}
	for _, tt := range tests {
		if got := tt.f.String(); got != tt.want {
			t.Errorf("Fixed(%d).String() = %q, want %q", int64(tt.f), got, tt.want)
		}
	}
}
