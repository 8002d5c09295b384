// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {BN254} from "../BN254.sol";

/// @title BN254Harness
/// @notice Exposes the BN254 library's internal functions for tests: the
///         cross-implementation vectors against eigensdk-go and gas figures.
///         Not deployed outside tests.
contract BN254Harness {
    function hashToG1(bytes32 message) external view returns (BN254.G1Point memory) {
        return BN254.hashToG1(message);
    }

    /// @notice hashToG1 of many messages in one call, to check long vector
    ///         lists without one RPC round trip each.
    function hashToG1Many(bytes32[] calldata messages) external view returns (BN254.G1Point[] memory points) {
        points = new BN254.G1Point[](messages.length);
        for (uint256 i = 0; i < messages.length; ++i) {
            points[i] = BN254.hashToG1(messages[i]);
        }
    }

    function add(BN254.G1Point memory a, BN254.G1Point memory b) external view returns (BN254.G1Point memory) {
        return BN254.add(a, b);
    }

    function mul(BN254.G1Point memory p, uint256 s) external view returns (BN254.G1Point memory) {
        return BN254.mul(p, s);
    }

    function negate(BN254.G1Point memory p) external pure returns (BN254.G1Point memory) {
        return BN254.negate(p);
    }

    function pairing2(BN254.G1Point memory a1, BN254.G2Point memory a2, BN254.G1Point memory b1, BN254.G2Point memory b2)
        external
        view
        returns (bool)
    {
        return BN254.pairing2(a1, a2, b1, b2);
    }

    function g2Generator() external pure returns (BN254.G2Point memory) {
        return BN254.g2Generator();
    }

    function negG2Generator() external pure returns (BN254.G2Point memory) {
        return BN254.negG2Generator();
    }

    function verify(bytes32 msgHash, BN254.G1Point memory apk, BN254.G2Point memory apkG2, BN254.G1Point memory sigma)
        external
        view
        returns (bool)
    {
        return BN254.verify(msgHash, apk, apkG2, sigma);
    }

    /// @notice verify plus the gas the library call itself used (without the
    ///         transaction's base cost and calldata).
    function verifyGas(bytes32 msgHash, BN254.G1Point memory apk, BN254.G2Point memory apkG2, BN254.G1Point memory sigma)
        external
        view
        returns (bool ok, uint256 gasUsed)
    {
        uint256 before = gasleft();
        ok = BN254.verify(msgHash, apk, apkG2, sigma);
        gasUsed = before - gasleft();
    }
}
