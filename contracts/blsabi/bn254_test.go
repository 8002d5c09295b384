package blsabi_test

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	bn254utils "github.com/Layr-Labs/eigensdk-go/crypto/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/nodeop/nodeop/contracts"
	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/blsabi"
	"github.com/nodeop/nodeop/contracts/internal/simtest"
)

type harness struct {
	chain *simtest.Chain
	addr  common.Address
	h     *bindings.BN254Harness
	abi   *abi.ABI
}

func newHarness(t *testing.T, opts ...simtest.Option) *harness {
	t.Helper()
	c := simtest.New(t, 1, opts...)
	addr, tx, h, err := bindings.DeployBN254Harness(c.Opts(t, 0), c.Client)
	if err != nil {
		t.Fatal(err)
	}
	c.Mine(t, tx)
	return &harness{chain: c, addr: addr, h: h, abi: simtest.ABI(t, bindings.BN254HarnessMetaData)}
}

func randomMessage(t *testing.T) [32]byte {
	t.Helper()
	var m [32]byte
	if _, err := rand.Read(m[:]); err != nil {
		t.Fatal(err)
	}
	return m
}

func sameG1(a, b bindings.BN254G1Point) bool { return a.X.Cmp(b.X) == 0 && a.Y.Cmp(b.Y) == 0 }

func sameG2(a, b bindings.BN254G2Point) bool {
	return a.XIm.Cmp(b.XIm) == 0 && a.XRe.Cmp(b.XRe) == 0 && a.YIm.Cmp(b.YIm) == 0 && a.YRe.Cmp(b.YRe) == 0
}

func word(v *big.Int) [32]byte {
	var w [32]byte
	v.FillBytes(w[:])
	return w
}

func TestG2GeneratorsMatchGnark(t *testing.T) {
	h := newHarness(t)
	gen := bn254utils.GetG2Generator()
	got, err := h.h.G2Generator(nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := blsabi.G2Affine(gen); !sameG2(got, want) {
		t.Fatalf("G2 generator: got %+v, want %+v", got, want)
	}
	neg := new(bn254.G2Affine).Neg(gen)
	gotNeg, err := h.h.NegG2Generator(nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := blsabi.G2Affine(neg); !sameG2(gotNeg, want) {
		t.Fatalf("negated G2 generator: got %+v, want %+v", gotNeg, want)
	}
	// The round trip through the ABI form is the identity.
	if back := blsabi.ParseG2(got); !back.G2Affine.Equal(gen) {
		t.Fatal("ParseG2(G2(gen)) != gen")
	}
}

// The contract's hashToG1 must equal eigensdk-go's MapToCurve for every
// message, since operators sign MapToCurve(header hash) off chain.
func TestHashToG1MatchesMapToCurve(t *testing.T) {
	h := newHarness(t)
	p := fp.Modulus()
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	msgs := [][32]byte{
		{},                                       // x = 0
		word(big.NewInt(1)),                      // x = 1
		word(new(big.Int).Sub(p, big.NewInt(1))), // wraps to 0 on increment
		word(p),                                  // reduces to 0
		word(new(big.Int).Add(p, big.NewInt(5))),
		word(max), // far above p: MapToCurve reduces lazily, the contract first
	}
	for len(msgs) < 1000 {
		msgs = append(msgs, randomMessage(t))
	}
	incremented := 0
	const batch = 100
	for start := 0; start < len(msgs); start += batch {
		chunk := msgs[start:min(start+batch, len(msgs))]
		got, err := h.h.HashToG1Many(nil, chunk)
		if err != nil {
			t.Fatal(contracts.DecodeRevert(h.abi, err))
		}
		for i, m := range chunk {
			want := bn254utils.MapToCurve(m)
			if !sameG1(got[i], blsabi.G1Affine(want)) {
				t.Fatalf("message %x: contract (%v, %v), MapToCurve %s", m, got[i].X, got[i].Y, want.String())
			}
			if !want.IsOnCurve() {
				t.Fatalf("message %x: MapToCurve gave a point off the curve", m)
			}
			if got[i].X.Cmp(new(big.Int).Mod(new(big.Int).SetBytes(m[:]), p)) != 0 {
				incremented++
			}
		}
	}
	// About half of all messages need at least one increment; make sure the
	// loop was exercised, not just the first try.
	if incremented < len(msgs)/4 {
		t.Fatalf("only %d of %d messages needed an increment", incremented, len(msgs))
	}
	// The single-message entry point agrees too.
	m := randomMessage(t)
	one, err := h.h.HashToG1(nil, m)
	if err != nil {
		t.Fatal(err)
	}
	if !sameG1(one, blsabi.G1Affine(bn254utils.MapToCurve(m))) {
		t.Fatal("hashToG1 differs from MapToCurve")
	}
	t.Logf("%d messages agree, %d needed at least one increment", len(msgs), incremented)
}

func TestG1ArithmeticMatchesGnark(t *testing.T) {
	h := newHarness(t)
	a := bn254utils.MapToCurve(randomMessage(t))
	b := bn254utils.MapToCurve(randomMessage(t))
	sum, err := h.h.Add(nil, blsabi.G1Affine(a), blsabi.G1Affine(b))
	if err != nil {
		t.Fatal(err)
	}
	if want := new(bn254.G1Affine).Add(a, b); !sameG1(sum, blsabi.G1Affine(want)) {
		t.Fatal("add differs from gnark")
	}
	var s fr.Element
	s.SetRandom()
	prod, err := h.h.Mul(nil, blsabi.G1Affine(a), s.BigInt(new(big.Int)))
	if err != nil {
		t.Fatal(err)
	}
	if want := new(bn254.G1Affine).ScalarMultiplication(a, s.BigInt(new(big.Int))); !sameG1(prod, blsabi.G1Affine(want)) {
		t.Fatal("mul differs from gnark")
	}
	neg, err := h.h.Negate(nil, blsabi.G1Affine(a))
	if err != nil {
		t.Fatal(err)
	}
	if want := new(bn254.G1Affine).Neg(a); !sameG1(neg, blsabi.G1Affine(want)) {
		t.Fatal("negate differs from gnark")
	}
	zero := bindings.BN254G1Point{X: new(big.Int), Y: new(big.Int)}
	negZero, err := h.h.Negate(nil, zero)
	if err != nil {
		t.Fatal(err)
	}
	if !sameG1(negZero, zero) {
		t.Fatal("-infinity != infinity")
	}
	// A point off the curve is refused by the precompile, by name.
	bad := bindings.BN254G1Point{X: big.NewInt(1), Y: big.NewInt(3)}
	_, err = h.h.Add(nil, bad, blsabi.G1Affine(a))
	if err = contracts.DecodeRevert(h.abi, err); !errors.Is(err, contracts.Reverted("G1AddFailed")) {
		t.Fatalf("add off-curve point: got %v, want G1AddFailed", err)
	}
}

// aggregate is n signers' keys and signatures on one message, summed.
type aggregate struct {
	keys  []*bls.KeyPair
	sigs  []*bls.Signature
	apk   *bls.G1Point
	apkG2 *bls.G2Point
	sigma *bls.Signature
}

func newAggregate(t *testing.T, n int, msg [32]byte) *aggregate {
	t.Helper()
	a := &aggregate{}
	for i := 0; i < n; i++ {
		k, err := bls.GenRandomBlsKeys()
		if err != nil {
			t.Fatal(err)
		}
		a.keys = append(a.keys, k)
		a.sigs = append(a.sigs, k.SignMessage(msg))
	}
	a.apk, a.apkG2, a.sigma = a.sum(-1)
	return a
}

// sum adds up keys and signatures, leaving out signer skip (-1: nobody).
func (a *aggregate) sum(skip int) (*bls.G1Point, *bls.G2Point, *bls.Signature) {
	apk, apkG2, sigma := bls.NewZeroG1Point(), bls.NewZeroG2Point(), bls.NewZeroSignature()
	for i, k := range a.keys {
		if i == skip {
			continue
		}
		apk.Add(k.GetPubKeyG1())
		apkG2.Add(k.GetPubKeyG2())
		sigma.Add(a.sigs[i])
	}
	return apk, apkG2, sigma
}

func sigOnly(a *aggregate, skip int) *bls.Signature {
	s := bls.NewZeroSignature()
	for i, sig := range a.sigs {
		if i != skip {
			s.Add(sig)
		}
	}
	return s
}

func TestVerifyAggregateSignatures(t *testing.T) {
	h := newHarness(t)
	prague := newHarness(t, simtest.Prague())
	for _, n := range []int{4, 16, 64} {
		t.Run(fmt.Sprintf("%d signers", n), func(t *testing.T) {
			msg := randomMessage(t)
			a := newAggregate(t, n, msg)
			// eigensdk-go agrees off chain, so a failure below is the contract's.
			if ok, err := a.sigma.Verify(a.apkG2, msg); err != nil || !ok {
				t.Fatalf("eigensdk-go rejects its own aggregate: %v %v", ok, err)
			}
			verify := func(msg [32]byte, apk *bls.G1Point, apkG2 *bls.G2Point, sigma *bls.Signature) bool {
				t.Helper()
				ok, err := h.h.Verify(nil, msg, blsabi.G1(apk), blsabi.G2(apkG2), blsabi.Signature(sigma))
				if err != nil {
					t.Fatal(contracts.DecodeRevert(h.abi, err))
				}
				return ok
			}
			if !verify(msg, a.apk, a.apkG2, a.sigma) {
				t.Fatalf("%d signers: valid aggregate rejected", n)
			}
			if verify(randomMessage(t), a.apk, a.apkG2, a.sigma) {
				t.Fatal("wrong message accepted")
			}
			// A signer's key swapped for an outsider's, consistently in G1 and G2.
			outsider, err := bls.GenRandomBlsKeys()
			if err != nil {
				t.Fatal(err)
			}
			wrongG1, wrongG2, _ := a.sum(0)
			wrongG1.Add(outsider.GetPubKeyG1())
			wrongG2.Add(outsider.GetPubKeyG2())
			if verify(msg, wrongG1, wrongG2, a.sigma) {
				t.Fatal("wrong key accepted")
			}
			// A signer missing from sigma while the keys claim all of them.
			if verify(msg, a.apk, a.apkG2, sigOnly(a, n-1)) {
				t.Fatal("aggregate missing a signature accepted")
			}
			// The same subset, keys included, is a valid aggregate.
			subG1, subG2, subSig := a.sum(n - 1)
			if !verify(msg, subG1, subG2, subSig) {
				t.Fatal("valid subset aggregate rejected")
			}
			// G1 key of the subset but G2 key of everybody: gamma ties apk to
			// apkG2, so a certificate cannot pair a G2 key with other signers.
			if verify(msg, subG1, a.apkG2, a.sigma) {
				t.Fatal("apk and apkG2 of different signer sets accepted")
			}

			for _, c := range []struct {
				name string
				h    *harness
			}{{"osaka", h}, {"prague", prague}} {
				res, err := c.h.h.VerifyGas(nil, msg, blsabi.G1(a.apk), blsabi.G2(a.apkG2), blsabi.Signature(a.sigma))
				if err != nil || !res.Ok {
					t.Fatalf("verifyGas: %v %v", res.Ok, err)
				}
				data, err := c.h.abi.Pack("verify", msg, blsabi.G1(a.apk), blsabi.G2(a.apkG2), blsabi.Signature(a.sigma))
				if err != nil {
					t.Fatal(err)
				}
				txGas, err := c.h.chain.Client.EstimateGas(context.Background(), ethereum.CallMsg{
					From: c.h.chain.Addrs[0], To: &c.h.addr, Data: data,
				})
				if err != nil {
					t.Fatal(err)
				}
				t.Logf("%s, %d signers: BN254.verify %d gas inside the contract, %d gas as a whole transaction (hashToG1 took %d tries)",
					c.name, n, res.GasUsed, txGas, hashTries(msg))
			}
		})
	}
}

// hashTries is how many x values try-and-increment tested for msg: each
// costs one modexp, the part of verify's gas that varies.
func hashTries(msg [32]byte) int64 {
	p := fp.Modulus()
	x := bn254utils.MapToCurve(msg).X.BigInt(new(big.Int))
	start := new(big.Int).Mod(new(big.Int).SetBytes(msg[:]), p)
	d := new(big.Int).Sub(x, start)
	return new(big.Int).Mod(d, p).Int64() + 1
}

func TestVerifyRejectsInvalidPoints(t *testing.T) {
	h := newHarness(t)
	msg := randomMessage(t)
	a := newAggregate(t, 4, msg)
	bad := bindings.BN254G1Point{X: big.NewInt(1), Y: big.NewInt(3)}
	_, err := h.h.Verify(nil, msg, blsabi.G1(a.apk), blsabi.G2(a.apkG2), bad)
	if err = contracts.DecodeRevert(h.abi, err); !errors.Is(err, contracts.Reverted("G1AddFailed")) {
		t.Fatalf("sigma off the curve: got %v, want G1AddFailed", err)
	}
	// A G2 "point" off the twist makes the pairing precompile fail.
	g2 := blsabi.G2(a.apkG2)
	g2.YRe = new(big.Int).Add(g2.YRe, big.NewInt(1))
	_, err = h.h.Verify(nil, msg, blsabi.G1(a.apk), g2, blsabi.Signature(a.sigma))
	if err = contracts.DecodeRevert(h.abi, err); !errors.Is(err, contracts.Reverted("PairingInputInvalid")) {
		t.Fatalf("apkG2 off the twist: got %v, want PairingInputInvalid", err)
	}
}
