package batches

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/ethereum/go-ethereum/common"
)

// The two encodings the batch pipeline puts on the consensus wire: the vote
// extension with which an operator signs the pending header, and the
// certificate record a proposer places in its block. Both are fixed-size,
// versioned and accept exactly the bytes their encoders produce, so a
// signature or certificate has one encoding only.

// ExtensionVersion is the first byte of a non-empty vote extension.
const ExtensionVersion byte = 0x01

// ExtensionSize is the length of a non-empty vote extension.
const ExtensionSize = 1 + 8 + 8 + 32 + 64

// CertMarker is the first byte of a certificate record. Like blockinfo's
// marker it is an RLP string prefix, which no transaction starts with.
const CertMarker byte = 0xb2

// CertSize is the length of a certificate record.
const CertSize = 1 + 8 + 8 + 32 + 32 + 64 + 128

var (
	// ErrMalformed: bytes that are not a valid encoding.
	ErrMalformed = errors.New("batches: malformed encoding")
	// ErrNotCert: the bytes do not start like a certificate record.
	ErrNotCert = errors.New("batches: not a certificate record")
)

// Extension is one operator's signature over a header, carried in its
// precommit's vote extension. An empty extension means "no signature".
type Extension struct {
	ChainID    uint64
	BatchIndex uint64
	HeaderHash common.Hash
	Signature  *bls.Signature
}

// Encode returns the extension's bytes.
func (e Extension) Encode() []byte {
	b := make([]byte, 0, ExtensionSize)
	b = append(b, ExtensionVersion)
	b = binary.BigEndian.AppendUint64(b, e.ChainID)
	b = binary.BigEndian.AppendUint64(b, e.BatchIndex)
	b = append(b, e.HeaderHash[:]...)
	return append(b, g1Bytes(e.Signature.G1Point)...)
}

// DecodeExtension parses a non-empty extension. The signature point is
// checked to be on the curve (BN254's G1 has cofactor 1, so that is the
// subgroup check too); whether it verifies is for the caller to check.
func DecodeExtension(raw []byte) (Extension, error) {
	if len(raw) != ExtensionSize || raw[0] != ExtensionVersion {
		return Extension{}, fmt.Errorf("%w: vote extension of %d bytes (want %d, version %d)", ErrMalformed, len(raw), ExtensionSize, ExtensionVersion)
	}
	sig, err := parseG1(raw[49:113])
	if err != nil {
		return Extension{}, fmt.Errorf("%w: vote extension signature: %w", ErrMalformed, err)
	}
	return Extension{
		ChainID:    binary.BigEndian.Uint64(raw[1:9]),
		BatchIndex: binary.BigEndian.Uint64(raw[9:17]),
		HeaderHash: common.BytesToHash(raw[17:49]),
		Signature:  &bls.Signature{G1Point: sig},
	}, nil
}

// Cert is an aggregate certificate over the pending header, as a proposer
// puts it in its block: the signers (bit i = member i of the header's
// epoch), their aggregate signature and their aggregate G2 key.
type Cert struct {
	ChainID    uint64
	BatchIndex uint64
	HeaderHash common.Hash
	Bitmap     *big.Int
	Sigma      *bls.Signature
	APKG2      *bls.G2Point
}

// IsCert reports whether raw is shaped like a certificate record.
func IsCert(raw []byte) bool { return len(raw) > 0 && raw[0] == CertMarker }

// Encode returns the record's bytes.
func (c Cert) Encode() []byte {
	b := make([]byte, 0, CertSize)
	b = append(b, CertMarker)
	b = binary.BigEndian.AppendUint64(b, c.ChainID)
	b = binary.BigEndian.AppendUint64(b, c.BatchIndex)
	b = append(b, c.HeaderHash[:]...)
	b = append(b, common.BigToHash(c.Bitmap).Bytes()...)
	b = append(b, g1Bytes(c.Sigma.G1Point)...)
	return append(b, g2Bytes(c.APKG2)...)
}

// DecodeCert parses a certificate record. Points are checked to be on the
// curve and, for G2, in the subgroup; the pairing check is the caller's.
func DecodeCert(raw []byte) (Cert, error) {
	if !IsCert(raw) {
		return Cert{}, ErrNotCert
	}
	if len(raw) != CertSize {
		return Cert{}, fmt.Errorf("%w: certificate of %d bytes, want %d", ErrMalformed, len(raw), CertSize)
	}
	sigma, err := parseG1(raw[81:145])
	if err != nil {
		return Cert{}, fmt.Errorf("%w: certificate sigma: %w", ErrMalformed, err)
	}
	apk, err := parseG2(raw[145:273])
	if err != nil {
		return Cert{}, fmt.Errorf("%w: certificate G2 key: %w", ErrMalformed, err)
	}
	return Cert{
		ChainID:    binary.BigEndian.Uint64(raw[1:9]),
		BatchIndex: binary.BigEndian.Uint64(raw[9:17]),
		HeaderHash: common.BytesToHash(raw[17:49]),
		Bitmap:     new(big.Int).SetBytes(raw[49:81]),
		Sigma:      &bls.Signature{G1Point: sigma},
		APKG2:      apk,
	}, nil
}

// g1Bytes is X || Y, 32 bytes each, big-endian: the layout of the
// contracts' G1 points, with (0, 0) for infinity.
func g1Bytes(p *bls.G1Point) []byte {
	x, y := p.X.Bytes(), p.Y.Bytes()
	return append(x[:], y[:]...)
}

// g2Bytes is X.A1 || X.A0 || Y.A1 || Y.A0 (imaginary part first, as the
// pairing precompile and the contracts' G2 points order them).
func g2Bytes(p *bls.G2Point) []byte {
	b := make([]byte, 0, 128)
	for _, e := range [][32]byte{p.X.A1.Bytes(), p.X.A0.Bytes(), p.Y.A1.Bytes(), p.Y.A0.Bytes()} {
		b = append(b, e[:]...)
	}
	return b
}

func parseG1(b []byte) (*bls.G1Point, error) {
	var p bn254.G1Affine
	if err := p.X.SetBytesCanonical(b[:32]); err != nil {
		return nil, err
	}
	if err := p.Y.SetBytesCanonical(b[32:64]); err != nil {
		return nil, err
	}
	// (0, 0) is how infinity is written; it is not on the curve, but an
	// aggregate can legitimately be infinity only with no signers, which
	// the callers reject by quorum, so it is refused here outright.
	if !p.IsOnCurve() || p.IsInfinity() {
		return nil, errors.New("G1 point not on the curve")
	}
	return &bls.G1Point{G1Affine: &p}, nil
}

func parseG2(b []byte) (*bls.G2Point, error) {
	var p bn254.G2Affine
	fields := []interface{ SetBytesCanonical([]byte) error }{&p.X.A1, &p.X.A0, &p.Y.A1, &p.Y.A0}
	for i, f := range fields {
		if err := f.SetBytesCanonical(b[32*i : 32*(i+1)]); err != nil {
			return nil, err
		}
	}
	if p.IsInfinity() || !p.IsOnCurve() || !p.IsInSubGroup() {
		return nil, errors.New("G2 point not in the subgroup")
	}
	return &bls.G2Point{G2Affine: &p}, nil
}
