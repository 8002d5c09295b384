// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title BatchHeader
/// @notice The header of one sealed batch, as the operators BLS-sign it and
///         the BatchInbox, Slashing and Rewards contracts read it. Every
///         operator computes the same header from app state, so the hash is
///         the same everywhere; the Go side encodes it identically.
struct BatchHeader {
    /// @dev The rollup's L2 chain id: one sequencer set serves many rollups.
    uint64 chainId;
    uint64 batchIndex;
    /// @dev The L2 blocks the batch carries, inclusive.
    uint64 firstBlock;
    uint64 lastBlock;
    /// @dev Hash of the previous batch's header (zero for the first batch).
    bytes32 parentHash;
    /// @dev The L2 output root after lastBlock.
    bytes32 outputRoot;
    /// @dev Versioned hashes of the blobs carrying the batch, in order.
    bytes32[] blobHashes;
    /// @dev The L1 origin of lastBlock.
    uint64 l1OriginNumber;
    bytes32 l1OriginHash;
    /// @dev The operator-set epoch whose members sign.
    uint64 epoch;
    /// @dev Who may submit first, then the fallbacks in order, each in a
    ///      sub-window after windowEnd; windows are L1 block numbers.
    address submitter;
    address[] fallbacks;
    uint64 windowStart;
    uint64 windowEnd;
}

/// @notice A BLS certificate over a header: signer bitmap over the epoch's
///         member list (bit i = member i), the aggregate signature of the
///         signers, and the aggregate G2 key of the signers.
struct Certificate {
    uint256 signerBitmap;
    uint256 sigmaX;
    uint256 sigmaY;
    /// @dev G2 in the precompile's order: imaginary part first.
    uint256 apkG2XIm;
    uint256 apkG2XRe;
    uint256 apkG2YIm;
    uint256 apkG2YRe;
}

library BatchHeaders {
    /// @dev Separates batch signatures from any other message the same
    ///      BLS keys sign (registration proofs, future messages).
    bytes32 internal constant DOMAIN = keccak256("nodeop.batch.v1");

    /// @notice The 32-byte message operators sign for a header.
    function hash(BatchHeader memory h) internal pure returns (bytes32) {
        return keccak256(abi.encode(DOMAIN, h));
    }
}

/// @notice What the BatchInbox tells the Slashing contract.
interface IMissedWindowSink {
    /// @notice `operator` was assigned batch `batchIndex` of `chainId` and a
    ///         fallback committed it instead. Only the inbox may call.
    function recordMissedWindow(address operator, uint64 chainId, uint64 batchIndex) external;
}

/// @notice What the BatchInbox tells the Rewards contract.
interface IBatchRewards {
    /// @notice A batch was committed by `submitter` with the signers in
    ///         `signerBitmap` over `epoch`'s members. Only the inbox may call.
    function onBatchCommitted(uint64 chainId, uint64 batchIndex, uint64 epoch, address submitter, uint256 signerBitmap) external;
}
