// Package blsabi converts eigensdk-go BN254 BLS keys and signatures to and
// from the ABI structs of the contracts' BN254 library (bindings.BN254G1Point
// and bindings.BN254G2Point), so that Go code never orders G2 coordinates by
// hand.
//
// G1 points are (x, y). G2 coordinates are elements a = a0 + a1*i of F_p^2;
// the contracts store them imaginary part first, the order of the pairing
// precompile (EIP-197): XIm = X.A1, XRe = X.A0, YIm = Y.A1, YRe = Y.A0 in
// gnark-crypto's naming. The point at infinity is all zeros in both.
package blsabi

import (
	"math/big"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"

	"github.com/nodeop/nodeop/contracts/bindings"
)

// G1 returns the ABI form of a G1 point (a G1 public key or a signature's point).
func G1(p *bls.G1Point) bindings.BN254G1Point {
	return G1Affine(p.G1Affine)
}

// G1Affine returns the ABI form of a gnark G1 point.
func G1Affine(p *bn254.G1Affine) bindings.BN254G1Point {
	return bindings.BN254G1Point{X: fpInt(&p.X), Y: fpInt(&p.Y)}
}

// Signature returns the ABI form of a BLS signature (a G1 point).
func Signature(s *bls.Signature) bindings.BN254G1Point {
	return G1(s.G1Point)
}

// G2 returns the ABI form of a G2 point (a G2 public key), imaginary parts first.
func G2(p *bls.G2Point) bindings.BN254G2Point {
	return G2Affine(p.G2Affine)
}

// G2Affine returns the ABI form of a gnark G2 point, imaginary parts first.
func G2Affine(p *bn254.G2Affine) bindings.BN254G2Point {
	return bindings.BN254G2Point{
		XIm: fpInt(&p.X.A1),
		XRe: fpInt(&p.X.A0),
		YIm: fpInt(&p.Y.A1),
		YRe: fpInt(&p.Y.A0),
	}
}

// ParseG1 converts an ABI G1 point back to eigensdk-go's type. Coordinates
// are reduced mod p; it does not check that the point is on the curve.
func ParseG1(p bindings.BN254G1Point) *bls.G1Point {
	return bls.NewG1Point(p.X, p.Y)
}

// ParseG2 converts an ABI G2 point back to eigensdk-go's type. Coordinates
// are reduced mod p; it does not check that the point is on the twist.
func ParseG2(p bindings.BN254G2Point) *bls.G2Point {
	g := new(bn254.G2Affine)
	g.X.A0.SetBigInt(p.XRe)
	g.X.A1.SetBigInt(p.XIm)
	g.Y.A0.SetBigInt(p.YRe)
	g.Y.A1.SetBigInt(p.YIm)
	return &bls.G2Point{G2Affine: g}
}

func fpInt(e *fp.Element) *big.Int {
	return e.BigInt(new(big.Int))
}
