package l1view

import (
	"errors"
	"math/big"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func newKeys(t testing.TB, n int) []*bls.KeyPair {
	t.Helper()
	ks := make([]*bls.KeyPair, n)
	for i := range ks {
		k, err := bls.GenRandomBlsKeys()
		if err != nil {
			t.Fatal(err)
		}
		ks[i] = k
	}
	return ks
}

func sumG1(keys ...*bls.KeyPair) *bls.G1Point {
	s := bls.NewZeroG1Point()
	for _, k := range keys {
		s.Add(k.GetPubKeyG1())
	}
	return s
}

func sumG2(keys ...*bls.KeyPair) *bls.G2Point {
	s := bls.NewZeroG2Point()
	for _, k := range keys {
		s.Add(k.GetPubKeyG2())
	}
	return s
}

// aggregate is the signers' aggregate signature over msg and their G2 key.
func aggregate(msg [32]byte, keys ...*bls.KeyPair) (*bls.Signature, *bls.G2Point) {
	sigma := bls.NewZeroSignature()
	for _, k := range keys {
		sigma.Add(k.SignMessage(msg))
	}
	return sigma, sumG2(keys...)
}

func bitmapOf(bits ...int) *big.Int {
	b := new(big.Int)
	for _, i := range bits {
		b.SetBit(b, i, 1)
	}
	return b
}

func pick(keys []*bls.KeyPair, idx ...int) []*bls.KeyPair {
	out := make([]*bls.KeyPair, len(idx))
	for i, j := range idx {
		out[i] = keys[j]
	}
	return out
}

func members(keys []*bls.KeyPair, stakes ...int64) []Member {
	ms := make([]Member, len(keys))
	for i, k := range keys {
		ms[i] = Member{
			Address: common.BigToAddress(big.NewInt(int64(0x1000 + i))),
			Stake:   big.NewInt(stakes[i]),
			G1:      k.GetPubKeyG1(),
			G2:      k.GetPubKeyG2(),
		}
	}
	return ms
}

// testEpoch is an epoch of the keys with the given stakes.
func testEpoch(t testing.TB, keys []*bls.KeyPair, stakes ...int64) *Epoch {
	t.Helper()
	ms := members(keys, stakes...)
	total := new(big.Int)
	for _, m := range ms {
		total.Add(total, m.Stake)
	}
	e, err := NewEpoch(7, 100, total, sumG1(keys...), ms)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// offCurveG1 is a point with reduced coordinates that is not on the curve.
func offCurveG1() *bls.G1Point { return bls.NewG1Point(big.NewInt(1), big.NewInt(3)) }

// twistPointOutsideG2 is a point on the twist outside the order-r subgroup.
func twistPointOutsideG2(t testing.TB) *bls.G2Point {
	t.Helper()
	var u bn254.E2
	u.A0.SetUint64(5)
	u.A1.SetUint64(7)
	p := bn254.MapToCurve2(&u)
	if !p.IsOnCurve() || p.IsInSubGroup() {
		t.Fatal("test point is not on the twist outside G2")
	}
	return &bls.G2Point{G2Affine: &p}
}

func TestNewEpochRejectsInconsistentData(t *testing.T) {
	keys := newKeys(t, 3)
	good := func() ([]Member, *big.Int, *bls.G1Point) {
		return members(keys, 1, 2, 3), big.NewInt(6), sumG1(keys...)
	}
	tooBig := new(big.Int).Lsh(big.NewInt(1), 96)
	cases := []struct {
		name   string
		adjust func(ms []Member, total *big.Int, apk *bls.G1Point) ([]Member, *big.Int, *bls.G1Point)
	}{
		{"apk not the sum", func(ms []Member, total *big.Int, _ *bls.G1Point) ([]Member, *big.Int, *bls.G1Point) {
			return ms, total, sumG1(keys[0], keys[1])
		}},
		{"total not the sum", func(ms []Member, _ *big.Int, apk *bls.G1Point) ([]Member, *big.Int, *bls.G1Point) {
			return ms, big.NewInt(7), apk
		}},
		{"duplicate member", func(ms []Member, total *big.Int, apk *bls.G1Point) ([]Member, *big.Int, *bls.G1Point) {
			ms[2].Address = ms[0].Address
			return ms, total, apk
		}},
		{"stake over uint96", func(ms []Member, _ *big.Int, apk *bls.G1Point) ([]Member, *big.Int, *bls.G1Point) {
			ms[0].Stake = tooBig
			return ms, new(big.Int).Add(tooBig, big.NewInt(5)), apk
		}},
		{"negative stake", func(ms []Member, _ *big.Int, apk *bls.G1Point) ([]Member, *big.Int, *bls.G1Point) {
			ms[0].Stake = big.NewInt(-1)
			return ms, big.NewInt(4), apk
		}},
		{"G1 off the curve", func(ms []Member, total *big.Int, apk *bls.G1Point) ([]Member, *big.Int, *bls.G1Point) {
			ms[1].G1 = offCurveG1()
			return ms, total, apk
		}},
		{"G1 at infinity", func(ms []Member, total *big.Int, _ *bls.G1Point) ([]Member, *big.Int, *bls.G1Point) {
			ms[1].G1 = bls.NewZeroG1Point()
			return ms, total, sumG1(keys[0], keys[2])
		}},
		{"G2 outside the subgroup", func(ms []Member, total *big.Int, apk *bls.G1Point) ([]Member, *big.Int, *bls.G1Point) {
			ms[2].G2 = twistPointOutsideG2(t)
			return ms, total, apk
		}},
		{"G2 at infinity", func(ms []Member, total *big.Int, apk *bls.G1Point) ([]Member, *big.Int, *bls.G1Point) {
			ms[2].G2 = bls.NewZeroG2Point()
			return ms, total, apk
		}},
		{"missing key", func(ms []Member, total *big.Int, apk *bls.G1Point) ([]Member, *big.Int, *bls.G1Point) {
			ms[0].G2 = nil
			return ms, total, apk
		}},
		{"too many members", func(_ []Member, _ *big.Int, _ *bls.G1Point) ([]Member, *big.Int, *bls.G1Point) {
			return make([]Member, MaxMembers+1), new(big.Int), bls.NewZeroG1Point()
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ms, total, apk := c.adjust(good())
			if _, err := NewEpoch(1, 1, total, apk, ms); err == nil {
				t.Fatal("NewEpoch accepted it")
			}
		})
	}
	ms, total, apk := good()
	if _, err := NewEpoch(1, 1, total, apk, ms); err != nil {
		t.Fatalf("NewEpoch refused consistent data: %v", err)
	}
	if _, err := NewEpoch(0, 1, new(big.Int), bls.NewZeroG1Point(), nil); err != nil {
		t.Fatalf("NewEpoch refused the empty epoch: %v", err)
	}
}

func TestNewEpochCopiesItsInputs(t *testing.T) {
	keys := newKeys(t, 2)
	ms := members(keys, 5, 6)
	ms[0].G1 = cloneG1(ms[0].G1) // changed in place below, so not the key's own point
	want := *ms[0].G1.G1Affine
	e, err := NewEpoch(1, 1, big.NewInt(11), sumG1(keys...), ms)
	if err != nil {
		t.Fatal(err)
	}
	ms[0].Stake.SetInt64(99)
	ms[0].G1.Add(keys[1].GetPubKeyG1())
	if e.Members[0].Stake.Int64() != 5 || !e.Members[0].G1.Equal(&want) {
		t.Fatal("changing NewEpoch's inputs changed the epoch")
	}
}

func TestEpochBitmapHelpers(t *testing.T) {
	keys := newKeys(t, 4)
	e := testEpoch(t, keys, 1, 2, 3, 4) // total 10: quorum needs 7 (3*7 >= 20)
	cases := []struct {
		bitmap *big.Int
		signed int64
		quorum bool
	}{
		{bitmapOf(), 0, false},
		{bitmapOf(0, 1, 2), 6, false},
		{bitmapOf(2, 3), 7, true},
		{bitmapOf(0, 2, 3), 8, true},
		{bitmapOf(0, 1, 2, 3), 10, true},
		{bitmapOf(2, 3, 4), 7, false},   // bit past the members: the inbox rejects it
		{bitmapOf(2, 3, 255), 7, false}, // likewise
		{big.NewInt(-1), 0, false},
		{nil, 0, false},
	}
	for _, c := range cases {
		if got := e.SignedStake(c.bitmap); got.Int64() != c.signed {
			t.Errorf("SignedStake(%v) = %v, want %d", c.bitmap, got, c.signed)
		}
		if got := e.Quorum(c.bitmap); got != c.quorum {
			t.Errorf("Quorum(%v) = %v, want %v", c.bitmap, got, c.quorum)
		}
	}
	if got := e.SignersAPKG2(bitmapOf(0, 2)); !got.Equal(sumG2(keys[0], keys[2]).G2Affine) {
		t.Error("SignersAPKG2 is not the signers' G2 sum")
	}
	if got := e.SignersAPKG2(bitmapOf()); !got.IsInfinity() {
		t.Error("SignersAPKG2 of no signers is not infinity")
	}
	for i, m := range e.Members {
		if j, ok := e.Index(m.Address); !ok || j != i {
			t.Errorf("Index(%s) = %d, %v; want %d", m.Address, j, ok, i)
		}
	}
	if _, ok := e.Index(common.Address{0xee}); ok {
		t.Error("Index found a non-member")
	}
	empty, err := NewEpoch(0, 0, new(big.Int), bls.NewZeroG1Point(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if empty.Quorum(bitmapOf()) {
		t.Error("the empty epoch has a quorum")
	}
}

// TestVerifyAggregateRejectsMalformedInput covers what the chain test
// (TestReaderOnChain's cross-check) cannot send through an eth_call.
func TestVerifyAggregateRejectsMalformedInput(t *testing.T) {
	keys := newKeys(t, 4)
	e := testEpoch(t, keys, 1, 1, 1, 1)
	msg := crypto.Keccak256Hash([]byte("header"))
	sigma, apk := aggregate(msg, keys[:3]...)
	if err := e.VerifyAggregate(msg, bitmapOf(0, 1, 2), sigma, apk); err != nil {
		t.Fatalf("valid certificate rejected: %v", err)
	}
	cases := []struct {
		name   string
		bitmap *big.Int
		sigma  *bls.Signature
		apkG2  *bls.G2Point
		want   error
	}{
		{"nil bitmap", nil, sigma, apk, ErrBitmapOutOfRange},
		{"negative bitmap", big.NewInt(-7), sigma, apk, ErrBitmapOutOfRange},
		{"bitmap over 256 bits", new(big.Int).Lsh(big.NewInt(7), 256), sigma, apk, ErrBitmapOutOfRange},
		{"nil sigma", bitmapOf(0, 1, 2), nil, apk, ErrInvalidSignature},
		{"nil apkG2", bitmapOf(0, 1, 2), sigma, nil, ErrInvalidSignature},
		{"sigma point missing", bitmapOf(0, 1, 2), &bls.Signature{}, apk, ErrInvalidSignature},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := e.VerifyAggregate(msg, c.bitmap, c.sigma, c.apkG2)
			if !errors.Is(err, c.want) || !errors.Is(err, ErrInvalid) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
}

func TestVerifyMember(t *testing.T) {
	keys := newKeys(t, 3)
	e := testEpoch(t, keys, 1, 1, 1)
	msg := crypto.Keccak256Hash([]byte("vote"))
	other := crypto.Keccak256Hash([]byte("other vote"))
	cases := []struct {
		name  string
		index int
		sig   *bls.Signature
		want  error
	}{
		{"own signature", 1, keys[1].SignMessage(msg), nil},
		{"other message", 1, keys[1].SignMessage(other), ErrInvalidSignature},
		{"another member's signature", 1, keys[2].SignMessage(msg), ErrInvalidSignature},
		{"aggregate of two", 1, bls.NewZeroSignature().Add(keys[1].SignMessage(msg)).Add(keys[2].SignMessage(msg)), ErrInvalidSignature},
		{"infinity", 1, bls.NewZeroSignature(), ErrInvalidSignature},
		{"off the curve", 1, &bls.Signature{G1Point: offCurveG1()}, ErrInvalidSignature},
		{"nil", 1, nil, ErrInvalidSignature},
		{"index past the members", 3, keys[1].SignMessage(msg), ErrNotMember},
		{"negative index", -1, keys[1].SignMessage(msg), ErrNotMember},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := e.VerifyMember(c.index, msg, c.sig)
			if c.want == nil {
				if err != nil {
					t.Fatalf("rejected: %v", err)
				}
				return
			}
			if !errors.Is(err, c.want) || !errors.Is(err, ErrInvalid) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
}

// TestBN254VerifyAgreesWithEigensdk: for keys whose G1 and G2 halves
// match, the contracts' combined check and eigensdk's signature check agree.
func TestBN254VerifyAgreesWithEigensdk(t *testing.T) {
	keys := newKeys(t, 2)
	msg := crypto.Keccak256Hash([]byte("m"))
	for i, sig := range []*bls.Signature{keys[0].SignMessage(msg), keys[1].SignMessage(msg)} {
		want, err := sig.Verify(keys[0].GetPubKeyG2(), msg)
		if err != nil {
			t.Fatal(err)
		}
		got := bn254Verify(msg, keys[0].GetPubKeyG1().G1Affine, keys[0].GetPubKeyG2().G2Affine, sig.G1Affine)
		if got != want {
			t.Errorf("signature %d: bn254Verify %v, eigensdk %v", i, got, want)
		}
	}
}
