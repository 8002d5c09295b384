package batches

import (
	"bytes"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/ethereum/go-ethereum/common"

	"github.com/nodeop/nodeop/sequencer/blockinfo"
)

var update = flag.Bool("update", false, "rewrite the fuzz seed corpus under testdata/fuzz")

var testHash = common.HexToHash("0x5c0ffee5ba7c4e5d0a1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778")

// Offsets of the points in the encodings.
const (
	extSigOff   = 1 + 8 + 8 + 32
	certBmOff   = 1 + 8 + 8 + 32
	certSigOff  = certBmOff + 32
	certAPKOff  = certSigOff + 64
	coordLength = 32
)

func validExtension(tb testing.TB) Extension {
	tb.Helper()
	sigma, _ := aggregate(tb, testHash, 0)
	return Extension{ChainID: 901, BatchIndex: 7, HeaderHash: testHash, Signature: sigma}
}

func validCert(tb testing.TB) Cert {
	tb.Helper()
	return signedCert(tb, 901, 7, testHash, 0, 2, 3)
}

// patched returns a copy of b with p written at off.
func patched(b []byte, off int, p []byte) []byte {
	c := bytes.Clone(b)
	copy(c[off:], p)
	return c
}

// word is v as a 32-byte big-endian word (v < 2^256).
func word(v *big.Int) []byte { return common.BigToHash(v).Bytes() }

// plusModulus is the 32-byte coordinate at off plus the field modulus: the
// same field element, written non-canonically (it still fits: p < 2^254).
func plusModulus(b []byte, off int) []byte {
	v := new(big.Int).SetBytes(b[off : off+coordLength])
	return word(v.Add(v, fp.Modulus()))
}

// twistPointOutsideSubgroup is a point on BN254's twist E'(Fp2) that is not
// in the order-r subgroup G2: a solution of y^2 = x^3 + b' for a small x.
// The twist's cofactor is about 2^254, so nearly every such point lies
// outside G2.
func twistPointOutsideSubgroup(tb testing.TB) bn254.G2Affine {
	tb.Helper()
	_, _, _, g := bn254.Generators()
	// b' = y^2 - x^3 of the G2 generator.
	bTwist, x3 := g.Y, g.X
	bTwist.Square(&g.Y)
	x3.Square(&g.X).Mul(&x3, &g.X)
	bTwist.Sub(&bTwist, &x3)
	for i := uint64(1); i < 1000; i++ {
		var p bn254.G2Affine
		p.X.A0.SetUint64(i)
		p.X.A1.SetUint64(1)
		rhs := p.X
		rhs.Square(&p.X).Mul(&rhs, &p.X).Add(&rhs, &bTwist)
		if rhs.Legendre() != 1 {
			continue
		}
		p.Y.Sqrt(&rhs)
		if p.IsOnCurve() && !p.IsInSubGroup() {
			return p
		}
	}
	tb.Fatal("no twist point outside G2 found")
	return bn254.G2Affine{}
}

func TestWireSizes(t *testing.T) {
	if got := len(validExtension(t).Encode()); got != ExtensionSize || ExtensionSize != 113 {
		t.Errorf("extension is %d bytes, ExtensionSize %d, want 113", got, ExtensionSize)
	}
	if got := len(validCert(t).Encode()); got != CertSize || CertSize != 273 {
		t.Errorf("certificate is %d bytes, CertSize %d, want 273", got, CertSize)
	}
}

func TestExtensionRoundTrip(t *testing.T) {
	sigma, _ := aggregate(t, testHash, 1)
	agg, _ := aggregate(t, testHash, 0, 1, 2, 3)
	for _, e := range []Extension{
		validExtension(t),
		{ChainID: 0, BatchIndex: 0, HeaderHash: common.Hash{}, Signature: sigma},
		{ChainID: ^uint64(0), BatchIndex: ^uint64(0), HeaderHash: common.HexToHash("0xff"), Signature: agg},
	} {
		raw := e.Encode()
		if raw[0] != ExtensionVersion {
			t.Fatalf("extension starts with %#x", raw[0])
		}
		got, err := DecodeExtension(raw)
		if err != nil {
			t.Fatalf("DecodeExtension(Encode()) = %v", err)
		}
		if got.ChainID != e.ChainID || got.BatchIndex != e.BatchIndex || got.HeaderHash != e.HeaderHash {
			t.Errorf("decoded %d/%d/%s, want %d/%d/%s", got.ChainID, got.BatchIndex, got.HeaderHash, e.ChainID, e.BatchIndex, e.HeaderHash)
		}
		if !got.Signature.Equal(e.Signature.G1Affine) {
			t.Errorf("signature changed in transit")
		}
		if re := got.Encode(); !bytes.Equal(re, raw) {
			t.Errorf("re-encoding differs:\n%x\n%x", re, raw)
		}
	}
	// The decoded signature still verifies against the signer's key.
	got, err := DecodeExtension(validExtension(t).Encode())
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := got.Signature.Verify(testKeys()[0].GetPubKeyG2(), got.HeaderHash); err != nil || !ok {
		t.Errorf("decoded signature does not verify: %v, %v", ok, err)
	}
}

func TestCertRoundTrip(t *testing.T) {
	single := signedCert(t, 1, 0, common.Hash{}, 5)
	full := signedCert(t, ^uint64(0), ^uint64(0), testHash, 0, 1, 2, 3, 4, 5, 6, 7)
	full.Bitmap = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)) // all 256 bits
	for _, c := range []Cert{validCert(t), single, full} {
		raw := c.Encode()
		if !IsCert(raw) {
			t.Fatal("IsCert(Encode()) = false")
		}
		got, err := DecodeCert(raw)
		if err != nil {
			t.Fatalf("DecodeCert(Encode()) = %v", err)
		}
		if got.ChainID != c.ChainID || got.BatchIndex != c.BatchIndex || got.HeaderHash != c.HeaderHash || got.Bitmap.Cmp(c.Bitmap) != 0 {
			t.Errorf("decoded %d/%d/%s/%x, want %d/%d/%s/%x", got.ChainID, got.BatchIndex, got.HeaderHash, got.Bitmap, c.ChainID, c.BatchIndex, c.HeaderHash, c.Bitmap)
		}
		if !got.Sigma.Equal(c.Sigma.G1Affine) || !got.APKG2.Equal(c.APKG2.G2Affine) {
			t.Errorf("points changed in transit")
		}
		if re := got.Encode(); !bytes.Equal(re, raw) {
			t.Errorf("re-encoding differs:\n%x\n%x", re, raw)
		}
		// The aggregate still verifies: imaginary-first G2 order survived.
		if ok, err := got.Sigma.Verify(got.APKG2, got.HeaderHash); err != nil || !ok {
			t.Errorf("decoded aggregate does not verify: %v, %v", ok, err)
		}
	}
}

// TestG2Order pins the G2 layout: X.A1 | X.A0 | Y.A1 | Y.A0.
func TestG2Order(t *testing.T) {
	c := validCert(t)
	raw := c.Encode()
	want := [][32]byte{c.APKG2.X.A1.Bytes(), c.APKG2.X.A0.Bytes(), c.APKG2.Y.A1.Bytes(), c.APKG2.Y.A0.Bytes()}
	for i, w := range want {
		if got := raw[certAPKOff+32*i : certAPKOff+32*(i+1)]; !bytes.Equal(got, w[:]) {
			t.Errorf("G2 word %d is %x, want %x", i, got, w)
		}
	}
	x, y := c.Sigma.X.Bytes(), c.Sigma.Y.Bytes()
	if !bytes.Equal(raw[certSigOff:certSigOff+32], x[:]) || !bytes.Equal(raw[certSigOff+32:certAPKOff], y[:]) {
		t.Error("sigma is not X | Y")
	}
	if got := new(big.Int).SetBytes(raw[certBmOff:certSigOff]); got.Cmp(c.Bitmap) != 0 {
		t.Errorf("bitmap word %x, want %x", got, c.Bitmap)
	}
}

func TestDecodeExtensionRejects(t *testing.T) {
	raw := validExtension(t).Encode()
	modulus := word(fp.Modulus())
	ones := bytes.Repeat([]byte{0xff}, 32)
	cases := []struct {
		name string
		raw  []byte
	}{
		{"empty", nil},
		{"version only", []byte{ExtensionVersion}},
		{"short", raw[:ExtensionSize-1]},
		{"long", append(bytes.Clone(raw), 0)},
		{"double", append(bytes.Clone(raw), raw...)},
		{"version 0", patched(raw, 0, []byte{0x00})},
		{"version 2", patched(raw, 0, []byte{0x02})},
		{"cert marker", patched(raw, 0, []byte{CertMarker})},
		{"x = p", patched(raw, extSigOff, modulus)},
		{"x + p", patched(raw, extSigOff, plusModulus(raw, extSigOff))},
		{"y + p", patched(raw, extSigOff+32, plusModulus(raw, extSigOff+32))},
		{"x all ones", patched(raw, extSigOff, ones)},
		{"y all ones", patched(raw, extSigOff+32, ones)},
		{"not on curve", patched(raw, extSigOff, append(word(big.NewInt(1)), word(big.NewInt(3))...))},
		{"y off by one", patched(raw, extSigOff+63, []byte{raw[extSigOff+63] ^ 1})},
		{"infinity (0, 0)", patched(raw, extSigOff, make([]byte, 64))},
		{"all 0xff", bytes.Repeat([]byte{0xff}, ExtensionSize)},
		{"all zero", make([]byte, ExtensionSize)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e, err := DecodeExtension(tc.raw)
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("DecodeExtension = %+v, %v; want ErrMalformed", e, err)
			}
			if e.Signature != nil {
				t.Error("a failed decode returned a signature")
			}
		})
	}
	// The generator (1, 2) is a valid G1 point: only its encoding matters.
	if _, err := DecodeExtension(patched(raw, extSigOff, append(word(big.NewInt(1)), word(big.NewInt(2))...))); err != nil {
		t.Errorf("the G1 generator as signature: %v", err)
	}
}

func TestDecodeCertRejects(t *testing.T) {
	raw := validCert(t).Encode()
	modulus := word(fp.Modulus())
	ones := bytes.Repeat([]byte{0xff}, 32)
	outside := twistPointOutsideSubgroup(t)
	outsideRaw := g2Bytes(&bls.G2Point{G2Affine: &outside})
	cases := []struct {
		name string
		raw  []byte
		want error
	}{
		{"empty", nil, ErrNotCert},
		{"zero length", []byte{}, ErrNotCert},
		{"typed tx", patched(raw, 0, []byte{0x02}), ErrNotCert},
		{"legacy tx", patched(raw, 0, []byte{0xf8}), ErrNotCert},
		{"blockinfo", patched(raw, 0, []byte{blockinfo.Marker}), ErrNotCert},
		{"extension", patched(raw, 0, []byte{ExtensionVersion}), ErrNotCert},
		{"marker only", []byte{CertMarker}, ErrMalformed},
		{"short", raw[:CertSize-1], ErrMalformed},
		{"long", append(bytes.Clone(raw), 0), ErrMalformed},
		{"sigma x = p", patched(raw, certSigOff, modulus), ErrMalformed},
		{"sigma x + p", patched(raw, certSigOff, plusModulus(raw, certSigOff)), ErrMalformed},
		{"sigma y + p", patched(raw, certSigOff+32, plusModulus(raw, certSigOff+32)), ErrMalformed},
		{"sigma all ones", patched(raw, certSigOff, ones), ErrMalformed},
		{"sigma not on curve", patched(raw, certSigOff, append(word(big.NewInt(1)), word(big.NewInt(3))...)), ErrMalformed},
		{"sigma infinity (0, 0)", patched(raw, certSigOff, make([]byte, 64)), ErrMalformed},
		{"apk X.A1 + p", patched(raw, certAPKOff, plusModulus(raw, certAPKOff)), ErrMalformed},
		{"apk X.A0 + p", patched(raw, certAPKOff+32, plusModulus(raw, certAPKOff+32)), ErrMalformed},
		{"apk Y.A1 + p", patched(raw, certAPKOff+64, plusModulus(raw, certAPKOff+64)), ErrMalformed},
		{"apk Y.A0 + p", patched(raw, certAPKOff+96, plusModulus(raw, certAPKOff+96)), ErrMalformed},
		{"apk Y.A0 = p", patched(raw, certAPKOff+96, modulus), ErrMalformed},
		{"apk all ones", patched(raw, certAPKOff, bytes.Repeat(ones, 4)), ErrMalformed},
		{"apk not on curve", patched(raw, certAPKOff+127, []byte{raw[certAPKOff+127] ^ 1}), ErrMalformed},
		{"apk infinity", patched(raw, certAPKOff, make([]byte, 128)), ErrMalformed},
		{"apk outside subgroup", patched(raw, certAPKOff, outsideRaw), ErrMalformed},
		{"apk real and imaginary swapped", patched(raw, certAPKOff, swapHalves(raw[certAPKOff:CertSize])), ErrMalformed},
		{"all 0xff", bytes.Repeat([]byte{0xff}, CertSize), ErrNotCert},
		{"marker then 0xff", append([]byte{CertMarker}, bytes.Repeat([]byte{0xff}, CertSize-1)...), ErrMalformed},
		{"marker then zeros", append([]byte{CertMarker}, make([]byte, CertSize-1)...), ErrMalformed},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, err := DecodeCert(tc.raw)
			if !errors.Is(err, tc.want) {
				t.Fatalf("DecodeCert = %+v, %v; want %v", c, err, tc.want)
			}
			if c.Sigma != nil || c.APKG2 != nil || c.Bitmap != nil {
				t.Error("a failed decode returned values")
			}
		})
	}
	// Any bitmap is accepted (the contract bounds it by the epoch size).
	for _, bm := range [][]byte{make([]byte, 32), ones} {
		if _, err := DecodeCert(patched(raw, certBmOff, bm)); err != nil {
			t.Errorf("bitmap %x: %v", bm, err)
		}
	}
}

// swapHalves swaps the real and imaginary words of both G2 coordinates.
func swapHalves(g2 []byte) []byte {
	out := make([]byte, 0, 128)
	for _, i := range []int{1, 0, 3, 2} {
		out = append(out, g2[32*i:32*(i+1)]...)
	}
	return out
}

// TestTwistPointOutsideSubgroup checks the helper really built what the
// rejection test needs: on the twist (so only the subgroup check refuses
// it) and canonically encoded.
func TestTwistPointOutsideSubgroup(t *testing.T) {
	p := twistPointOutsideSubgroup(t)
	if !p.IsOnCurve() || p.IsInSubGroup() || p.IsInfinity() {
		t.Fatalf("on curve %v, in subgroup %v", p.IsOnCurve(), p.IsInSubGroup())
	}
}

// TestDecodeBitFlips flips every bit of valid encodings: each result is
// either refused or a canonical encoding of something (never accepted in
// a second spelling).
func TestDecodeBitFlips(t *testing.T) {
	ext := validExtension(t).Encode()
	cert := validCert(t).Encode()
	for i := range len(ext) * 8 {
		b := bytes.Clone(ext)
		b[i/8] ^= 1 << (i % 8)
		if e, err := DecodeExtension(b); err == nil && !bytes.Equal(e.Encode(), b) {
			t.Errorf("extension bit %d: accepted non-canonical bytes", i)
		}
	}
	for i := range len(cert) * 8 {
		b := bytes.Clone(cert)
		b[i/8] ^= 1 << (i % 8)
		c, err := DecodeCert(b)
		if err == nil && !bytes.Equal(c.Encode(), b) {
			t.Errorf("certificate bit %d: accepted non-canonical bytes", i)
		}
		// Flips in the plain fields (ids, header hash, bitmap) still decode.
		if i/8 < certSigOff && i/8 > 0 && err != nil {
			t.Errorf("certificate bit %d in the plain fields: %v", i, err)
		}
	}
}

func TestIsCert(t *testing.T) {
	cases := []struct {
		name string
		raw  []byte
		want bool
	}{
		{"nil", nil, false},
		{"empty", []byte{}, false},
		{"dynamic fee tx", []byte{0x02, 0xf8, 0x72}, false},
		{"blob tx", []byte{0x03, 0xf9}, false},
		{"access list tx", []byte{0x01, 0xf8}, false},
		{"deposit tx", []byte{0x7e, 0xf8}, false},
		{"legacy tx", []byte{0xf8, 0x6c}, false},
		{"long legacy tx", []byte{0xf9, 0x01, 0x0c}, false},
		{"blockinfo record", []byte{blockinfo.Marker, 0x00}, false},
		{"extension", []byte{ExtensionVersion}, false},
		{"marker", []byte{CertMarker}, true},
		{"certificate", validCert(t).Encode(), true},
	}
	for _, tc := range cases {
		if got := IsCert(tc.raw); got != tc.want {
			t.Errorf("%s: IsCert(%x) = %v, want %v", tc.name, tc.raw, got, tc.want)
		}
	}
	if blockinfo.Marker == CertMarker {
		t.Error("certificate and blockinfo share a marker")
	}
}

// Fuzzing. The seeds live in testdata/fuzz/<Target>/; regenerate them with
// go test ./batcher/batches -run TestFuzzSeedCorpus -update

func extensionSeeds(tb testing.TB) map[string][]byte {
	tb.Helper()
	raw := validExtension(tb).Encode()
	return map[string][]byte{
		"valid":          raw,
		"valid_zero_ids": Extension{Signature: validExtension(tb).Signature}.Encode(),
		"truncated":      raw[:ExtensionSize-1],
		"extended":       append(bytes.Clone(raw), 0),
		"wrong_version":  patched(raw, 0, []byte{0x02}),
		"non_canonical":  patched(raw, extSigOff, plusModulus(raw, extSigOff)),
		"infinity":       patched(raw, extSigOff, make([]byte, 64)),
		"all_ff":         bytes.Repeat([]byte{0xff}, ExtensionSize),
		"empty":          {},
	}
}

func certSeeds(tb testing.TB) map[string][]byte {
	tb.Helper()
	raw := validCert(tb).Encode()
	outside := twistPointOutsideSubgroup(tb)
	return map[string][]byte{
		"valid":           raw,
		"valid_single":    signedCert(tb, 1, 0, common.Hash{}, 5).Encode(),
		"truncated":       raw[:CertSize-1],
		"extended":        append(bytes.Clone(raw), 0),
		"wrong_marker":    patched(raw, 0, []byte{blockinfo.Marker}),
		"non_canonical":   patched(raw, certAPKOff, plusModulus(raw, certAPKOff)),
		"outside_g2":      patched(raw, certAPKOff, g2Bytes(&bls.G2Point{G2Affine: &outside})),
		"sigma_infinity":  patched(raw, certSigOff, make([]byte, 64)),
		"all_ff":          bytes.Repeat([]byte{0xff}, CertSize),
		"marker_then_ff":  append([]byte{CertMarker}, bytes.Repeat([]byte{0xff}, CertSize-1)...),
		"empty":           {},
		"marker_only":     {CertMarker},
		"extension_bytes": validExtension(tb).Encode(),
	}
}

func FuzzDecodeExtension(f *testing.F) {
	for _, raw := range extensionSeeds(f) {
		f.Add(raw)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := DecodeExtension(data)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error %v is not ErrMalformed", err)
			}
			return
		}
		if enc := e.Encode(); !bytes.Equal(enc, data) {
			t.Fatalf("accepted a non-canonical encoding:\n in %s\nout %s", hex.EncodeToString(data), hex.EncodeToString(enc))
		}
	})
}

func FuzzDecodeCert(f *testing.F) {
	for _, raw := range certSeeds(f) {
		f.Add(raw)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := DecodeCert(data)
		if err != nil {
			if !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrNotCert) {
				t.Fatalf("error %v is neither ErrMalformed nor ErrNotCert", err)
			}
			if errors.Is(err, ErrNotCert) == IsCert(data) {
				t.Fatalf("ErrNotCert is %v but IsCert is %v", errors.Is(err, ErrNotCert), IsCert(data))
			}
			return
		}
		if enc := c.Encode(); !bytes.Equal(enc, data) {
			t.Fatalf("accepted a non-canonical encoding:\n in %s\nout %s", hex.EncodeToString(data), hex.EncodeToString(enc))
		}
	})
}

func marshalCorpusFile(raw []byte) []byte {
	return fmt.Appendf(nil, "go test fuzz v1\n[]byte(%s)\n", strconv.Quote(string(raw)))
}

func unmarshalCorpusFile(data []byte) ([]byte, error) {
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	if len(lines) != 2 || lines[0] != "go test fuzz v1" {
		return nil, fmt.Errorf("want a header and one value, got %d lines", len(lines))
	}
	lit, ok := strings.CutPrefix(lines[1], "[]byte(")
	if !ok || !strings.HasSuffix(lit, ")") {
		return nil, fmt.Errorf("value %q is not a []byte", lines[1])
	}
	s, err := strconv.Unquote(strings.TrimSuffix(lit, ")"))
	return []byte(s), err
}

// TestFuzzSeedCorpus keeps the committed seeds in step with the seed
// functions. Regenerate with:
//
//	go test ./batcher/batches -run TestFuzzSeedCorpus -update
func TestFuzzSeedCorpus(t *testing.T) {
	for target, seeds := range map[string]map[string][]byte{
		"FuzzDecodeExtension": extensionSeeds(t),
		"FuzzDecodeCert":      certSeeds(t),
	} {
		dir := filepath.Join("testdata", "fuzz", target)
		if *update {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			for name, raw := range seeds {
				if err := os.WriteFile(filepath.Join(dir, name), marshalCorpusFile(raw), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
		for name, raw := range seeds {
			data, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Errorf("%s seed %s: %v (regenerate with -update)", target, name, err)
				continue
			}
			got, err := unmarshalCorpusFile(data)
			if err != nil || !bytes.Equal(got, raw) {
				t.Errorf("%s seed %s is stale (regenerate with -update): %v", target, name, err)
			}
		}
	}
}
