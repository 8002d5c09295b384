package l1view

import (
	"fmt"
	"math/big"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	bn254utils "github.com/Layr-Labs/eigensdk-go/crypto/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// MaxMembers is OperatorRegistry.MAX_OPERATORS_LIMIT: a signer bitmap is one
// uint256.
const MaxMembers = 256

// maxStake is the registry's per-member stake cap (uint96): a larger
// snapshot cannot come from the contract.
var maxStake = new(big.Int).Sub(new(big.Int).Lsh(common.Big1, 96), common.Big1)

// Member is one operator of an epoch, as frozen by advanceEpoch.
type Member struct {
	Address common.Address
	Stake   *big.Int // snapshot at the epoch's start (capped at 2^96-1 by the registry)
	G1      *bls.G1Point
	G2      *bls.G2Point
}

// Epoch is a frozen operator set. Values built by NewEpoch (and so every
// one a Reader returns) are shared and must not be modified; all methods
// only read, so they are safe for concurrent use.
type Epoch struct {
	Number     uint64
	StartBlock uint64 // L1 block that froze it
	TotalStake *big.Int
	APK        *bls.G1Point // sum of the members' G1 keys; infinity if there are none
	Members    []Member     // bitmap order: bit i is Members[i]

	index map[common.Address]int
}

// NewEpoch builds an Epoch from the registry's data, checking what the
// registry guarantees (at most MaxMembers distinct members, stakes within
// the uint96 cap summing to totalStake, keys in their groups and not at
// infinity, apk the sum of the G1 keys) so that data from a wrong contract
// or a faulty node never becomes an operator set. The inputs are copied.
// Keys are validated once here, so verification later need not repeat
// the costly subgroup checks.
func NewEpoch(number, startBlock uint64, totalStake *big.Int, apk *bls.G1Point, members []Member) (*Epoch, error) {
	if len(members) > MaxMembers {
		return nil, fmt.Errorf("%d members, at most %d", len(members), MaxMembers)
	}
	if totalStake == nil || apk == nil || apk.G1Affine == nil {
		return nil, fmt.Errorf("epoch %d: missing total stake or apk", number)
	}
	e := &Epoch{
		Number:     number,
		StartBlock: startBlock,
		TotalStake: new(big.Int).Set(totalStake),
		APK:        cloneG1(apk),
		Members:    make([]Member, len(members)),
		index:      make(map[common.Address]int, len(members)),
	}
	sum := new(big.Int)
	var apkSum bn254.G1Jac
	for i, m := range members {
		if _, dup := e.index[m.Address]; dup {
			return nil, fmt.Errorf("member %d: %s appears twice", i, m.Address)
		}
		if m.Stake == nil || m.Stake.Sign() < 0 || m.Stake.Cmp(maxStake) > 0 {
			return nil, fmt.Errorf("member %d (%s): stake %v outside 0..2^96-1", i, m.Address, m.Stake)
		}
		if m.G1 == nil || m.G1.G1Affine == nil || m.G1.IsInfinity() || !m.G1.IsOnCurve() {
			return nil, fmt.Errorf("member %d (%s): G1 key missing, at infinity or off the curve", i, m.Address)
		}
		// The registry's pairing check at registration rejected G2 keys
		// outside the subgroup; checking again here costs once per epoch
		// and keeps verification from trusting an unchecked point.
		if m.G2 == nil || m.G2.G2Affine == nil || m.G2.IsInfinity() || !m.G2.IsInSubGroup() {
			return nil, fmt.Errorf("member %d (%s): G2 key missing, at infinity or outside the subgroup", i, m.Address)
		}
		e.index[m.Address] = i
		e.Members[i] = Member{Address: m.Address, Stake: new(big.Int).Set(m.Stake), G1: cloneG1(m.G1), G2: cloneG2(m.G2)}
		sum.Add(sum, m.Stake)
		apkSum.AddMixed(m.G1.G1Affine)
	}
	if sum.Cmp(totalStake) != 0 {
		return nil, fmt.Errorf("epoch %d: total stake %v, members sum to %v", number, totalStake, sum)
	}
	if !apk.IsOnCurve() {
		return nil, fmt.Errorf("epoch %d: apk off the curve", number)
	}
	var got bn254.G1Affine
	got.FromJacobian(&apkSum)
	if !got.Equal(apk.G1Affine) {
		return nil, fmt.Errorf("epoch %d: apk is not the sum of the members' G1 keys", number)
	}
	return e, nil
}

// Index returns the bitmap index of addr in the epoch.
func (e *Epoch) Index(addr common.Address) (int, bool) {
	if e.index != nil {
		i, ok := e.index[addr]
		return i, ok
	}
	// An Epoch not built by NewEpoch has no map.
	for i, m := range e.Members {
		if m.Address == addr {
			return i, true
		}
	}
	return 0, false
}

// inRange reports whether bitmap is a uint256 naming only members, the
// inbox's `bitmap >> size == 0`.
func (e *Epoch) inRange(bitmap *big.Int) bool {
	return bitmap != nil && bitmap.Sign() >= 0 && bitmap.BitLen() <= len(e.Members)
}

// SignedStake is the stake of the members whose bits are set. Bits past the
// members, and negative bitmaps, count for nothing.
func (e *Epoch) SignedStake(bitmap *big.Int) *big.Int {
	s := new(big.Int)
	if bitmap == nil || bitmap.Sign() < 0 {
		return s
	}
	for i, m := range e.Members {
		if bitmap.Bit(i) == 1 {
			s.Add(s, m.Stake)
		}
	}
	return s
}

// Quorum reports whether the inbox's stake rules accept bitmap: the epoch
// has stake, the bitmap names only members, and signed*3 >= total*2.
func (e *Epoch) Quorum(bitmap *big.Int) bool {
	if e.TotalStake.Sign() == 0 || !e.inRange(bitmap) {
		return false
	}
	return quorum(e.SignedStake(bitmap), e.TotalStake)
}

func quorum(signed, total *big.Int) bool {
	lhs := new(big.Int).Mul(signed, big.NewInt(3))
	rhs := new(big.Int).Mul(total, big.NewInt(2))
	return lhs.Cmp(rhs) >= 0
}

// SignersAPKG2 is the sum of the G2 keys of the members whose bits are set
// (bits past the members are ignored): the aggregate key a certificate with
// this bitmap must carry. Infinity for no signers.
func (e *Epoch) SignersAPKG2(bitmap *big.Int) *bls.G2Point {
	var acc bn254.G2Jac
	if bitmap != nil && bitmap.Sign() >= 0 {
		for i, m := range e.Members {
			if bitmap.Bit(i) == 1 {
				acc.AddMixed(m.G2.G2Affine)
			}
		}
	}
	out := new(bn254.G2Affine)
	out.FromJacobian(&acc)
	return &bls.G2Point{G2Affine: out}
}

// VerifyAggregate checks a certificate over msg exactly as
// BatchInbox._checkCertificate does once the epoch's number has passed the
// inbox's range checks (UnknownEpoch, StaleEpoch depend on the L1 block of
// the commit, not on the epoch): the epoch has stake, the bitmap names only
// members, the BN254.verify pairing check of sigma against the epoch apk
// minus the non-signers' G1 keys and apkG2 (which ties apkG2 to exactly the
// bitmap's signers), and 2/3 of the stake. The errors are the inbox's, in
// its order. The check is computed as the contract computes it (same
// Fiat-Shamir challenge, same pairing), not by an equivalent formula, so
// no input — infinity points included — is judged differently.
func (e *Epoch) VerifyAggregate(msg [32]byte, bitmap *big.Int, sigma *bls.Signature, apkG2 *bls.G2Point) error {
	if e.TotalStake.Sign() == 0 {
		return fmt.Errorf("%w: epoch %d", ErrEmptyEpoch, e.Number)
	}
	if !e.inRange(bitmap) {
		return fmt.Errorf("%w: bitmap %v, epoch %d has %d members", ErrBitmapOutOfRange, bitmap, e.Number, len(e.Members))
	}
	if sigma == nil || sigma.G1Point == nil || sigma.G1Affine == nil || apkG2 == nil || apkG2.G2Affine == nil {
		return fmt.Errorf("%w: missing sigma or apkG2", ErrInvalidSignature)
	}
	// The precompiles refuse such points (G1AddFailed, PairingInputInvalid);
	// gnark would compute with them instead. G1 has cofactor 1, so on the
	// curve is in the group.
	if !sigma.IsOnCurve() {
		return fmt.Errorf("%w: sigma off the curve", ErrInvalidSignature)
	}
	if !apkG2.IsInSubGroup() {
		return fmt.Errorf("%w: apkG2 off the twist or outside the subgroup", ErrInvalidSignature)
	}

	var missingKey bn254.G1Jac
	missingStake := new(big.Int)
	for i, m := range e.Members {
		if bitmap.Bit(i) == 1 {
			continue
		}
		missingKey.AddMixed(m.G1.G1Affine)
		missingStake.Add(missingStake, m.Stake)
	}
	var missing, apk bn254.G1Affine
	missing.FromJacobian(&missingKey)
	apk.Sub(e.APK.G1Affine, &missing)
	if !bn254Verify(msg, &apk, apkG2.G2Affine, sigma.G1Affine) {
		return fmt.Errorf("%w: epoch %d, bitmap %#x", ErrInvalidSignature, e.Number, bitmap)
	}

	signed := new(big.Int).Sub(e.TotalStake, missingStake)
	if !quorum(signed, e.TotalStake) {
		return fmt.Errorf("%w: signed %v of %v", ErrInsufficientQuorum, signed, e.TotalStake)
	}
	return nil
}

// VerifyMember checks member i's own signature over msg (a vote
// extension's) against its G2 key, validated when the epoch was built.
func (e *Epoch) VerifyMember(i int, msg [32]byte, sig *bls.Signature) error {
	if i < 0 || i >= len(e.Members) {
		return fmt.Errorf("%w: index %d, epoch %d has %d members", ErrNotMember, i, e.Number, len(e.Members))
	}
	if sig == nil || sig.G1Point == nil || sig.G1Affine == nil {
		return fmt.Errorf("%w: missing signature", ErrInvalidSignature)
	}
	// eigensdk's Verify pairs whatever it is given; a point off the curve
	// must not reach the pairing.
	if !sig.IsOnCurve() {
		return fmt.Errorf("%w: signature off the curve", ErrInvalidSignature)
	}
	ok, err := sig.Verify(e.Members[i].G2, msg)
	if err != nil {
		return fmt.Errorf("%w: member %d: %w", ErrInvalidSignature, i, err)
	}
	if !ok {
		return fmt.Errorf("%w: member %d (%s)", ErrInvalidSignature, i, e.Members[i].Address)
	}
	return nil
}

// bn254Verify is the contracts' BN254.verify:
//
//	gamma = keccak256(msg, apk.x, apk.y, apkG2.xIm, xRe, yIm, yRe, sigma.x, sigma.y) mod r
//	e(sigma + gamma*apk, -G2) * e(H(msg) + gamma*G1, apkG2) == 1
//
// with H eigensdk-go's MapToCurve (the contracts' hashToG1). Inputs must be
// on their curves, apkG2 in its subgroup (the caller checks).
func bn254Verify(msg [32]byte, apk *bn254.G1Affine, apkG2 *bn254.G2Affine, sigma *bn254.G1Affine) bool {
	var buf [9 * 32]byte
	copy(buf[0:], msg[:])
	for i, b := range [][32]byte{
		apk.X.Bytes(), apk.Y.Bytes(),
		apkG2.X.A1.Bytes(), apkG2.X.A0.Bytes(), apkG2.Y.A1.Bytes(), apkG2.Y.A0.Bytes(),
		sigma.X.Bytes(), sigma.Y.Bytes(),
	} {
		copy(buf[32*(i+1):], b[:])
	}
	gamma := new(big.Int).SetBytes(crypto.Keccak256(buf[:]))
	gamma.Mod(gamma, fr.Modulus())

	_, _, g1, g2 := bn254.Generators()
	var left, right, t bn254.G1Affine
	t.ScalarMultiplication(apk, gamma)
	left.Add(sigma, &t)
	t.ScalarMultiplication(&g1, gamma)
	right.Add(bn254utils.MapToCurve(msg), &t)
	var negG2 bn254.G2Affine
	negG2.Neg(&g2)
	ok, err := bn254.PairingCheck([]bn254.G1Affine{left, right}, []bn254.G2Affine{negG2, *apkG2})
	return err == nil && ok
}

func cloneG1(p *bls.G1Point) *bls.G1Point {
	c := *p.G1Affine
	return &bls.G1Point{G1Affine: &c}
}

func cloneG2(p *bls.G2Point) *bls.G2Point {
	c := *p.G2Affine
	return &bls.G2Point{G2Affine: &c}
}
