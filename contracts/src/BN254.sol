// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title BN254
/// @notice Arithmetic on the BN254 (alt_bn128) curve through the EVM
///         precompiles, and the BLS signature check shared by nodeop's L1
///         contracts. Signatures are G1 points and public keys G2 points, the
///         convention of eigensdk-go's crypto/bls that operators sign with:
///         what a batch certificate aggregates (signatures) then lives in the
///         cheap group, and hashing a message to G1 is affordable on chain.
/// @dev Precompiles: 0x05 modexp (EIP-198), 0x06 G1 add and 0x07 G1 scalar
///      mul (EIP-196), 0x08 pairing check (EIP-197). The precompiles reject
///      coordinates >= p, points off the curve and G2 points outside the
///      order-r subgroup, so callers get that validation for free; a rejected
///      input surfaces as one of the errors below, never as a false result.
library BN254 {
    /// @dev Base field modulus p: every coordinate is an element of F_p (G1)
    ///      or F_p^2 (G2).
    uint256 internal constant P_MOD =
        21888242871839275222246405745257275088696311157297823662689037894645226208583;

    /// @dev Order r of G1 and G2: scalars (secret keys, the verify challenge)
    ///      are taken mod r.
    uint256 internal constant R_MOD =
        21888242871839275222246405745257275088548364400416034343698204186575808495617;

    /// @dev (p + 1) / 4. Because p = 3 (mod 4), beta^((p+1)/4) is a square root
    ///      of beta whenever beta is a square, which is exactly the root Go's
    ///      big.Int.ModSqrt returns for such p, so hashToG1 picks the same y as
    ///      eigensdk-go's MapToCurve.
    uint256 private constant SQRT_EXPONENT =
        5472060717959818805561601436314318772174077789324455915672259473661306552146;

    /// @notice A G1 point in affine coordinates; (0, 0) encodes the point at
    ///         infinity, as the precompiles do.
    struct G1Point {
        uint256 x;
        uint256 y;
    }

    /// @notice A G2 point. Its coordinates are in F_p^2, a = aRe + aIm * i, and
    ///         the fields are stored in the order the pairing precompile reads
    ///         them (EIP-197: imaginary part first): xIm, xRe, yIm, yRe.
    ///         gnark-crypto (so eigensdk-go) calls the real part A0 and the
    ///         imaginary part A1: xIm = X.A1, xRe = X.A0, yIm = Y.A1, yRe = Y.A0.
    struct G2Point {
        uint256 xIm;
        uint256 xRe;
        uint256 yIm;
        uint256 yRe;
    }

    /// @notice The G1 add precompile rejected an input (not on the curve, or a
    ///         coordinate >= p).
    error G1AddFailed();
    /// @notice The G1 scalar-mul precompile rejected the point.
    error G1MulFailed();
    /// @notice The pairing precompile rejected an input: a G1 point off the
    ///         curve, or a G2 point off the twist or outside the order-r subgroup.
    error PairingInputInvalid();
    /// @notice The modexp precompile failed (only on running out of gas).
    error ModExpFailed();
    /// @notice A coordinate is not reduced mod p, so it names no field element.
    error CoordinateNotInField(uint256 value);

    /// @notice The generator of G1, (1, 2).
    function g1Generator() internal pure returns (G1Point memory) {
        return G1Point(1, 2);
    }

    /// @notice The generator of G2 (the one gnark-crypto and EIP-197 use).
    function g2Generator() internal pure returns (G2Point memory) {
        return G2Point({
            xIm: 11559732032986387107991004021392285783925812861821192530917403151452391805634,
            xRe: 10857046999023057135944570762232829481370756359578518086990519993285655852781,
            yIm: 4082367875863433681332203403145435568316851327593401208105741076214120093531,
            yRe: 8495653923123431417604973247489272438418190587263600148770280649306958101930
        });
    }

    /// @notice The negated G2 generator (x, -y), precomputed so that pairing
    ///         equalities e(a, G2) = e(b, Q) become one product check
    ///         e(a, -G2) * e(b, Q) == 1 without negating in F_p^2 on chain.
    function negG2Generator() internal pure returns (G2Point memory) {
        return G2Point({
            xIm: 11559732032986387107991004021392285783925812861821192530917403151452391805634,
            xRe: 10857046999023057135944570762232829481370756359578518086990519993285655852781,
            yIm: 17805874995975841540914202342111839520379459829704422454583296818431106115052,
            yRe: 13392588948715843804641432497768002650278120570034223513918757245338268106653
        });
    }

    /// @notice Whether p is the point at infinity (encoded as (0, 0)).
    function isInfinity(G1Point memory p) internal pure returns (bool) {
        return p.x == 0 && p.y == 0;
    }

    /// @notice Whether p is the point at infinity (all coordinates zero).
    function isInfinity(G2Point memory p) internal pure returns (bool) {
        return p.xIm == 0 && p.xRe == 0 && p.yIm == 0 && p.yRe == 0;
    }

    /// @notice Whether p is a finite point of G1: reduced coordinates with
    ///         y^2 = x^3 + 3. G1 has cofactor 1, so on the curve means in the group.
    function isOnCurve(G1Point memory p) internal pure returns (bool) {
        if (p.x >= P_MOD || p.y >= P_MOD) return false;
        uint256 rhs = addmod(mulmod(mulmod(p.x, p.x, P_MOD), p.x, P_MOD), 3, P_MOD);
        return mulmod(p.y, p.y, P_MOD) == rhs;
    }

    /// @notice keccak256(x || y): the identifier of a G1 public key (the same
    ///         hash eigensdk-go's G1Point.GetOperatorID computes).
    function hashG1(G1Point memory p) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(p.x, p.y));
    }

    /// @notice a + b in G1.
    function add(G1Point memory a, G1Point memory b) internal view returns (G1Point memory r) {
        bool ok;
        assembly ("memory-safe") {
            // Scratch space past the free-memory pointer: the input is only
            // needed for the duration of the call.
            let m := mload(0x40)
            mstore(m, mload(a))
            mstore(add(m, 0x20), mload(add(a, 0x20)))
            mstore(add(m, 0x40), mload(b))
            mstore(add(m, 0x60), mload(add(b, 0x20)))
            ok := staticcall(gas(), 0x06, m, 0x80, r, 0x40)
        }
        if (!ok) revert G1AddFailed();
    }

    /// @notice s * p in G1.
    function mul(G1Point memory p, uint256 s) internal view returns (G1Point memory r) {
        bool ok;
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, mload(p))
            mstore(add(m, 0x20), mload(add(p, 0x20)))
            mstore(add(m, 0x40), s)
            ok := staticcall(gas(), 0x07, m, 0x60, r, 0x40)
        }
        if (!ok) revert G1MulFailed();
    }

    /// @notice -p in G1: (x, p - y); infinity stays infinity.
    function negate(G1Point memory p) internal pure returns (G1Point memory) {
        if (isInfinity(p)) return G1Point(0, 0);
        // An unreduced y would make p - y wrap or alias another point; refuse it
        // by name rather than let checked arithmetic panic.
        if (p.y >= P_MOD) revert CoordinateNotInField(p.y);
        if (p.x >= P_MOD) revert CoordinateNotInField(p.x);
        if (p.y == 0) return G1Point(p.x, 0);
        return G1Point(p.x, P_MOD - p.y);
    }

    /// @notice Whether e(a1, a2) * e(b1, b2) == 1.
    function pairing2(G1Point memory a1, G2Point memory a2, G1Point memory b1, G2Point memory b2)
        internal
        view
        returns (bool holds)
    {
        bool ok;
        assembly ("memory-safe") {
            // Memory structs of value types are consecutive words, and G2Point's
            // field order already is the precompile's, so each point is copied
            // word for word: (a1.x, a1.y, a2.xIm, a2.xRe, a2.yIm, a2.yRe, b1..., b2...).
            let m := mload(0x40)
            mstore(m, mload(a1))
            mstore(add(m, 0x20), mload(add(a1, 0x20)))
            mstore(add(m, 0x40), mload(a2))
            mstore(add(m, 0x60), mload(add(a2, 0x20)))
            mstore(add(m, 0x80), mload(add(a2, 0x40)))
            mstore(add(m, 0xa0), mload(add(a2, 0x60)))
            mstore(add(m, 0xc0), mload(b1))
            mstore(add(m, 0xe0), mload(add(b1, 0x20)))
            mstore(add(m, 0x100), mload(b2))
            mstore(add(m, 0x120), mload(add(b2, 0x20)))
            mstore(add(m, 0x140), mload(add(b2, 0x40)))
            mstore(add(m, 0x160), mload(add(b2, 0x60)))
            ok := staticcall(gas(), 0x08, m, 0x180, m, 0x20)
            holds := mload(m)
        }
        if (!ok) revert PairingInputInvalid();
    }

    /// @notice Maps a 32-byte message to G1 by try-and-increment: x starts at
    ///         the message mod p and grows by one until x^3 + 3 is a square;
    ///         y is that square's root beta^((p+1)/4).
    /// @dev Must match eigensdk-go crypto/bn254.MapToCurve bit for bit, since
    ///      operators sign MapToCurve(message) off chain. MapToCurve reduces x
    ///      lazily (x^3 mod p, then (x+1) mod p, then SetBigInt), which gives
    ///      the same point as reducing first. Not constant time, which does not
    ///      matter here: the message is public. About two tries on average,
    ///      each one modexp.
    function hashToG1(bytes32 message) internal view returns (G1Point memory) {
        uint256 x = uint256(message) % P_MOD;
        while (true) {
            uint256 beta = addmod(mulmod(mulmod(x, x, P_MOD), x, P_MOD), 3, P_MOD);
            uint256 y = _sqrtCandidate(beta);
            if (mulmod(y, y, P_MOD) == beta) return G1Point(x, y);
            x = addmod(x, 1, P_MOD);
        }
        // Unreachable: half of all x give a square, the loop always returns.
        return G1Point(0, 0);
    }

    /// @notice Checks an (aggregate) BLS signature sigma on msgHash against an
    ///         aggregate public key given in both groups, apk in G1 and apkG2 in G2:
    ///           e(sigma + gamma*apk, -G2) * e(H(m) + gamma*G1, apkG2) == 1,
    ///         gamma = keccak256(msgHash, apk, apkG2, sigma) mod r.
    /// @dev With sk the (aggregate) secret, sigma = sk*H(m), apk = sk*G1 and
    ///      apkG2 = sk*G2 make both sides cancel. The random linear combination
    ///      by gamma folds two checks into one two-pair pairing: the signature
    ///      check e(sigma, G2) = e(H(m), apkG2), and that apk and apkG2 share a
    ///      discrete log, e(apk, G2) = e(G1, apkG2). The second matters to
    ///      callers that derive apk on chain (the registry's epoch apk minus
    ///      non-signers) but take apkG2 from the certificate: it ties the
    ///      certificate's G2 key to exactly the signers the bitmap names.
    ///      gamma is a Fiat-Shamir challenge over every input, so a forger cannot
    ///      choose points after seeing it. G2 fields enter the hash in struct
    ///      order (xIm, xRe, yIm, yRe).
    function verify(bytes32 msgHash, G1Point memory apk, G2Point memory apkG2, G1Point memory sigma)
        internal
        view
        returns (bool)
    {
        uint256 gamma = uint256(
            keccak256(
                abi.encodePacked(
                    msgHash, apk.x, apk.y, apkG2.xIm, apkG2.xRe, apkG2.yIm, apkG2.yRe, sigma.x, sigma.y
                )
            )
        ) % R_MOD;
        G1Point memory left = add(sigma, mul(apk, gamma));
        G1Point memory right = add(hashToG1(msgHash), mul(g1Generator(), gamma));
        return pairing2(left, negG2Generator(), right, apkG2);
    }

    /// @dev beta^((p+1)/4) mod p via the modexp precompile; a square root of
    ///      beta if beta is a square, otherwise something whose square is not beta.
    function _sqrtCandidate(uint256 beta) private view returns (uint256 y) {
        bool ok;
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, 0x20) // length of base
            mstore(add(m, 0x20), 0x20) // length of exponent
            mstore(add(m, 0x40), 0x20) // length of modulus
            mstore(add(m, 0x60), beta)
            mstore(add(m, 0x80), SQRT_EXPONENT)
            mstore(add(m, 0xa0), P_MOD)
            ok := staticcall(gas(), 0x05, m, 0xc0, m, 0x20)
            y := mload(m)
        }
        if (!ok) revert ModExpFailed();
    }
}
