// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {BN254} from "./BN254.sol";
import {BatchHeader, Certificate, BatchHeaders, IMissedWindowSink, IBatchRewards} from "./BatchHeader.sol";
import {OperatorRegistry} from "./OperatorRegistry.sol";

/// @title BatchInbox
/// @notice The L1 end of one rollup's batch stream. An assigned operator sends
///         ONE blob transaction calling commitBatch(header, certificate); the
///         blobs carry the batch (OP span-batch channel frames) and the header,
///         BLS-signed by >= 2/3 of an operator epoch's stake, binds them by
///         their versioned hashes.
///
///         The contract is both the rollup's BatchInboxAddress and its
///         L1SystemConfigAddress, because an unmodified op-node only derives
///         blob transactions sent to the inbox by the SystemConfig's batcher:
///         - every successful commit by a sender other than the current batcher
///           makes it the batcher and emits SystemConfig's
///           ConfigUpdate(0, BATCHER, abi.encode(sender)), which op-node applies
///           to the L1 block's own transactions before reading their blobs
///           (op-node/rollup/derive/l1_traversal.go AdvanceL1Block, then
///           data_source.go isValidBatchTx);
///         - the unsafe block signer sits in SystemConfig's storage slot, where
///           op-node reads it with eth_getProof at start (runcfg/runtime_config.go).
///
///         Threat kept in view: op-node derives the batcher's blob transactions
///         even when they revert (it reads no receipts for batch data). A
///         revert here therefore does not keep data away from op-node if the
///         sender already is the batcher; what it guarantees is that a revert
///         changes nothing (no header, no index, no batcher change: a failed
///         receipt carries no logs and op-node skips it for config updates), so
///         nobody becomes the batcher without a valid certificate, and data the
///         batcher posts without a committed header is attributable to a staked
///         operator (a slashable fault; the fraud proof is a later issue).
///
///         One inbox per rollup chain id: nothing here is shared between rollups.
contract BatchInbox {
    // ------------------------------------------------------------------
    // Constants and configuration
    // ------------------------------------------------------------------

    /// @notice keccak256("systemconfig.unsafeblocksigner"): OP SystemConfig's
    ///         slot of the unsafe block signer, the value op-node reads as
    ///         runcfg.UnsafeBlockSignerAddressSystemConfigStorageSlot
    ///         (0x65a7ed54...1c08). A hashed slot cannot collide with this
    ///         contract's sequential slots or its mappings' keccak-derived ones.
    bytes32 public constant UNSAFE_BLOCK_SIGNER_SLOT = keccak256("systemconfig.unsafeblocksigner");

    /// @notice SystemConfig's ConfigUpdate version and update type BATCHER
    ///         (op-node: ConfigUpdateEventVersion0, SystemConfigUpdateBatcher).
    uint256 public constant CONFIG_VERSION = 0;
    uint8 public constant UPDATE_TYPE_BATCHER = 0;

    /// @notice How many epochs a header's epoch may lag the registry's
    ///         current epoch. A batch sealed just before an epoch change is
    ///         signed by the old set and committed after it, so the previous
    ///         epoch must still be accepted; older sets are refused because
    ///         their members may have withdrawn the stake that backs their
    ///         signatures (withdrawals wait longer than one epoch, see
    ///         deploy.Config.WithdrawalDelayBlocks, not longer than several).
    uint256 public constant MAX_EPOCH_LAG = 1;

    OperatorRegistry public immutable registry;
    /// @notice Told about missed submission windows (the Slashing contract);
    ///         address(0) until the deployment wires one.
    IMissedWindowSink public immutable missedWindowSink;
    /// @notice Told about every committed batch (the Rewards contract);
    ///         address(0) until the deployment wires one.
    IBatchRewards public immutable rewards;
    /// @notice The rollup (L2) chain id whose batches this inbox takes.
    uint64 public immutable chainId;
    /// @notice L1 blocks each fallback submitter has, one after the other,
    ///         once the assigned submitter's window has ended.
    uint64 public immutable subWindowLength;

    // ------------------------------------------------------------------
    // State
    // ------------------------------------------------------------------

    /// @dev Written by every commit, so packed into one slot (one SSTORE).
    struct Progress {
        uint64 nextBatchIndex;
        /// @dev L1 block of the latest commit; see BatcherTakenThisBlock.
        uint64 lastCommitBlock;
    }

    /// @dev What a certificate check needs about an epoch, copied once from
    ///      the registry. The registry's only view of apk and total stake,
    ///      epochInfo, also copies the whole member list (one cold SLOAD per
    ///      member, ~140k gas at 64 members); frozen epochs never change
    ///      (OperatorRegistry's notes), so the copy stays correct forever.
    ///      totalStake <= 256 * (2^96 - 1) < 2^128, size <= 256.
    struct EpochData {
        BN254.G1Point apk;
        uint128 totalStake; // zero: not cached yet (an empty epoch is never cached)
        uint64 size;
    }

    Progress private _progress;
    address private _batcher;
    mapping(uint256 => bytes32) private _headerHashes;
    mapping(uint256 => EpochData) private _epochs;

    /// @notice Who may submit a header's batch at the current block.
    enum WindowPhase {
        TooEarly, // before windowStart: nobody
        Assigned, // [windowStart, windowEnd): header.submitter
        Fallback, // fallbacks[k] in [windowEnd + k*sub, windowEnd + (k+1)*sub)
        Open // after every fallback's sub-window: any member of header.epoch
    }

    // ------------------------------------------------------------------
    // Events
    // ------------------------------------------------------------------

    event BatchCommitted(
        uint64 chainId,
        uint64 indexed batchIndex,
        bytes32 indexed headerHash,
        address indexed submitter,
        uint64 epoch,
        uint256 signerBitmap
    );

    /// @notice OP SystemConfig's event, same signature and encoding, so that
    ///         op-node's derive.ProcessSystemConfigUpdateLogEvent reads it.
    event ConfigUpdate(uint256 indexed version, uint8 indexed updateType, bytes data);

    // ------------------------------------------------------------------
    // Errors
    // ------------------------------------------------------------------

    /// @notice Zero registry (or one without code), zero chain id or zero
    ///         sub-window length.
    error InvalidConfig();
    /// @notice The header is for another rollup.
    error WrongChainId(uint64 chainId, uint64 expected);
    /// @notice The batch index is committed already (replay, or a fallback won
    ///         the race); committedHash tells whether it was this header.
    error BatchAlreadyCommitted(uint64 batchIndex, bytes32 committedHash);
    /// @notice The batch index skips uncommitted batches.
    error BatchIndexGap(uint64 batchIndex, uint64 nextBatchIndex);
    /// @notice parentHash is not the last committed header's hash.
    error WrongParent(bytes32 parentHash, bytes32 lastHeaderHash);
    /// @notice The header's window has not opened yet.
    error TooEarly(uint64 windowStart);
    /// @notice The sender may not submit now. `allowed` may, until block
    ///         `untilBlock` (exclusive); allowed == address(0) with
    ///         untilBlock == type(uint256).max: any member of the header's epoch.
    error NotYourWindow(address allowed, uint256 untilBlock);
    /// @notice Another sender committed in this L1 block already. op-node
    ///         reads a block's batches only from the batcher in force at the
    ///         block's end, so a second sender in the same block would hide the
    ///         first one's committed blobs from derivation. Retry next block.
    error BatcherTakenThisBlock(address batcher);
    /// @notice The header names no blobs: a batch must carry data.
    error NoBlobs();
    /// @notice The transaction carries fewer blobs than the header names.
    error MissingBlob(uint256 index);
    /// @notice Blob `index` of the transaction is not the header's.
    error BlobHashMismatch(uint256 index, bytes32 expected, bytes32 actual);
    /// @notice The transaction carries more blobs than the header names;
    ///         unbound blobs would reach op-node without a certificate.
    error ExtraBlob(uint256 index);
    /// @notice The epoch has not started. Same signature as the registry's
    ///         error, so the one the registry raises reads the same.
    error UnknownEpoch(uint256 epoch);
    /// @notice The epoch is older than MAX_EPOCH_LAG epochs.
    error StaleEpoch(uint256 epoch, uint256 currentEpoch);
    /// @notice The epoch has no stake (e.g. epoch 0, the empty set).
    error EmptyEpoch(uint256 epoch);
    /// @notice The signer bitmap names members past the end of the epoch.
    error BitmapOutOfRange(uint256 signerBitmap, uint256 epochSize);
    /// @notice The certificate is not the bitmap's signers' signature over
    ///         the header (wrong header, wrong signers, foreign key).
    error InvalidSignature();
    /// @notice The signers hold less than 2/3 of the epoch's stake.
    error InsufficientQuorum(uint256 signedStake, uint256 totalStake);
    /// @notice A configured hook has no code (a precomputed address whose
    ///         contract has not been deployed yet).
    error HookNotDeployed(address hook);

    // ------------------------------------------------------------------
    // Construction
    // ------------------------------------------------------------------

    /// @param initialBatcher_ must equal the rollup config's genesis
    ///        SystemConfig batcherAddr, so op-node and this contract agree on
    ///        the batcher before the first ConfigUpdate.
    /// @param unsafeBlockSigner_ the key op-node accepts gossiped unsafe
    ///        blocks from (zero: none).
    constructor(
        OperatorRegistry registry_,
        IMissedWindowSink missedWindowSink_,
        IBatchRewards rewards_,
        uint64 chainId_,
        uint64 subWindowLength_,
        address initialBatcher_,
        address unsafeBlockSigner_
    ) {
        // The registry must exist already (it is read on every commit). The
        // hooks may be precomputed addresses of contracts that take this
        // inbox's address in their own constructors; they are checked when called.
        if (address(registry_).code.length == 0 || chainId_ == 0 || subWindowLength_ == 0) revert InvalidConfig();
        registry = registry_;
        missedWindowSink = missedWindowSink_;
        rewards = rewards_;
        chainId = chainId_;
        subWindowLength = subWindowLength_;
        _batcher = initialBatcher_;
        // Solidity has no way to place a variable at a chosen slot, and
        // op-node reads this exact slot, so it is written by hand.
        bytes32 slot = UNSAFE_BLOCK_SIGNER_SLOT;
        assembly ("memory-safe") {
            sstore(slot, unsafeBlockSigner_)
        }
    }

    // ------------------------------------------------------------------
    // Commit
    // ------------------------------------------------------------------

    /// @notice Commits the next batch. Must be sent in a blob transaction
    ///         whose blobs are exactly header.blobHashes, in order, by the
    ///         sender the header's window allows now (see whoMaySubmit), with a
    ///         certificate of >= 2/3 of header.epoch's stake over the header.
    function commitBatch(BatchHeader calldata header, Certificate calldata cert) external {
        Progress memory p = _progress;
        _checkSequence(header, p.nextBatchIndex);
        _checkWindow(header);
        address current = _batcher;
        if (p.lastCommitBlock == block.number && msg.sender != current) revert BatcherTakenThisBlock(current);
        _checkBlobs(header.blobHashes);
        bytes32 headerHash = BatchHeaders.hash(header);
        _checkCertificate(headerHash, header.epoch, cert);

        // Effects. A revert above leaves all of this unwritten.
        uint64 index = header.batchIndex;
        _headerHashes[index] = headerHash;
        _progress = Progress(index + 1, uint64(block.number));
        emit BatchCommitted(chainId, index, headerHash, msg.sender, header.epoch, cert.signerBitmap);
        if (msg.sender != current) {
            _batcher = msg.sender;
            // abi.encode(address) as a `bytes` value is offset 32, length 32,
            // the left-padded address: what parseSystemConfigUpdateBatcher
            // requires byte for byte (and what SystemConfig emits).
            emit ConfigUpdate(CONFIG_VERSION, UPDATE_TYPE_BATCHER, abi.encode(msg.sender));
        }

        // Interactions last, with every check and write done: the hooks are
        // trusted contracts fixed at deployment, and a re-entrant commit
        // would be checked from scratch against the updated state anyway.
        // Any commit at or after windowEnd means the assigned submitter let
        // its window pass: a fallback or another member committed, or the
        // submitter itself came late (only possible after all fallbacks).
        if (block.number >= header.windowEnd && address(missedWindowSink) != address(0)) {
            _requireCode(address(missedWindowSink));
            missedWindowSink.recordMissedWindow(header.submitter, chainId, index);
        }
        if (address(rewards) != address(0)) {
            _requireCode(address(rewards));
            rewards.onBatchCommitted(chainId, index, header.epoch, msg.sender, cert.signerBitmap);
        }
    }

    // ------------------------------------------------------------------
    // Views
    // ------------------------------------------------------------------

    /// @notice The index the next commit must carry (= number of committed batches).
    function nextBatchIndex() external view returns (uint64) {
        return _progress.nextBatchIndex;
    }

    /// @notice Hash of the latest committed header (zero before the first
    ///         batch): the parentHash the next header must carry.
    function lastHeaderHash() public view returns (bytes32) {
        uint64 next = _progress.nextBatchIndex;
        return next == 0 ? bytes32(0) : _headerHashes[next - 1];
    }

    /// @notice The committed header hash of batch `index`; zero if not committed.
    function headerHashOf(uint64 index) external view returns (bytes32) {
        return _headerHashes[index];
    }

    /// @notice The sender whose blob transactions op-node derives now.
    function batcher() external view returns (address) {
        return _batcher;
    }

    /// @notice The unsafe block signer, read from SystemConfig's slot.
    function unsafeBlockSigner() external view returns (address signer) {
        bytes32 slot = UNSAFE_BLOCK_SIGNER_SLOT;
        assembly ("memory-safe") {
            signer := sload(slot)
        }
    }

    /// @notice BatchHeaders.hash: the message operators sign for `header`.
    function hashHeader(BatchHeader calldata header) external pure returns (bytes32) {
        return BatchHeaders.hash(header);
    }

    /// @notice Who may commit `header` at the current block, for tooling:
    ///         the phase, the allowed sender (address(0) in TooEarly and Open;
    ///         Open means any member of header.epoch) and the first block the
    ///         phase no longer holds (type(uint256).max for Open).
    function whoMaySubmit(BatchHeader calldata header)
        external
        view
        returns (WindowPhase phase, address allowed, uint256 untilBlock)
    {
        return _window(header);
    }

    // ------------------------------------------------------------------
    // Checks
    // ------------------------------------------------------------------

    /// @dev Chain id, batch index and parent: the batch continues this
    ///      rollup's committed chain of headers.
    function _checkSequence(BatchHeader calldata header, uint64 next) private view {
        if (header.chainId != chainId) revert WrongChainId(header.chainId, chainId);
        uint64 index = header.batchIndex;
        if (index < next) revert BatchAlreadyCommitted(index, _headerHashes[index]);
        if (index > next) revert BatchIndexGap(index, next);
        bytes32 last = next == 0 ? bytes32(0) : _headerHashes[next - 1];
        if (header.parentHash != last) revert WrongParent(header.parentHash, last);
    }

    function _checkWindow(BatchHeader calldata header) private view {
        (WindowPhase phase, address allowed, uint256 until) = _window(header);
        if (phase == WindowPhase.TooEarly) revert TooEarly(header.windowStart);
        if (phase == WindowPhase.Open) {
            // An unknown epoch makes the registry revert UnknownEpoch, which
            // this contract declares with the same signature.
            if (!registry.isMember(header.epoch, msg.sender)) revert NotYourWindow(address(0), until);
        } else if (msg.sender != allowed) {
            revert NotYourWindow(allowed, until);
        }
    }

    /// @dev The window rule at block.number. The fallback index is found by
    ///      division, never by multiplying an untrusted length, so no input
    ///      can overflow it: windowEnd < 2^64, and (k + 1) * subWindowLength
    ///      <= fallbacks.length * 2^64 stays far below 2^256 for any calldata.
    ///      A windowEnd at or before windowStart leaves the assigned window
    ///      empty; the fallbacks then follow from windowEnd as usual, which is
    ///      still well defined (and the header is what the signers chose).
    function _window(BatchHeader calldata header)
        private
        view
        returns (WindowPhase phase, address allowed, uint256 untilBlock)
    {
        uint256 start = header.windowStart;
        uint256 end = header.windowEnd;
        if (block.number < start) return (WindowPhase.TooEarly, address(0), start);
        if (block.number < end) return (WindowPhase.Assigned, header.submitter, end);
        uint256 k = (block.number - end) / subWindowLength;
        if (k < header.fallbacks.length) {
            return (WindowPhase.Fallback, header.fallbacks[k], end + (k + 1) * uint256(subWindowLength));
        }
        return (WindowPhase.Open, address(0), type(uint256).max);
    }

    /// @dev The transaction's blobs are exactly the header's, in order.
    ///      BLOBHASH of an index past the transaction's blobs is zero, which
    ///      tells a missing blob from a wrong one and finds extra blobs.
    function _checkBlobs(bytes32[] calldata expected) private view {
        uint256 n = expected.length;
        if (n == 0) revert NoBlobs();
        for (uint256 i = 0; i < n; ++i) {
            bytes32 actual = blobhash(i);
            if (actual != expected[i]) {
                if (actual == bytes32(0)) revert MissingBlob(i);
                revert BlobHashMismatch(i, expected[i], actual);
            }
        }
        if (blobhash(n) != bytes32(0)) revert ExtraBlob(n);
    }

    /// @dev The certificate is >= 2/3 of the epoch's stake signing headerHash.
    ///      The signers' key is the epoch apk minus the non-signers' keys and
    ///      their stake the total minus the non-signers' stake: a valid
    ///      certificate leaves out less than a third of the stake, so this
    ///      reads fewer members than summing the signers would. Subtracting
    ///      is exact: advanceEpoch sums the same (capped) stakes it stores
    ///      per member, and the same keys.
    function _checkCertificate(bytes32 headerHash, uint64 epoch, Certificate calldata cert) private {
        EpochData memory ep = _epochData(epoch);
        uint256 bitmap = cert.signerBitmap;
        // A shift by 256 or more yields zero, so a full 256-member epoch
        // accepts every bitmap.
        if (bitmap >> ep.size != 0) revert BitmapOutOfRange(bitmap, ep.size);

        BN254.G1Point memory missingKey = BN254.G1Point(0, 0);
        uint256 missingStake = 0;
        for (uint256 i = 0; i < ep.size; ++i) {
            if (bitmap & (1 << i) != 0) continue;
            (, uint256 stake, BN254.G1Point memory key) = registry.memberAt(epoch, i);
            missingKey = BN254.add(missingKey, key);
            missingStake += stake;
        }
        BN254.G1Point memory apk = BN254.add(ep.apk, BN254.negate(missingKey));
        BN254.G1Point memory sigma = BN254.G1Point(cert.sigmaX, cert.sigmaY);
        BN254.G2Point memory apkG2 = BN254.G2Point(cert.apkG2XIm, cert.apkG2XRe, cert.apkG2YIm, cert.apkG2YRe);
        // verify also ties apkG2 to apk (same discrete log), so the G2 key
        // the certificate brings must be exactly the bitmap's signers' key.
        if (!BN254.verify(headerHash, apk, apkG2, sigma)) revert InvalidSignature();

        uint256 signedStake = uint256(ep.totalStake) - missingStake;
        if (signedStake * 3 < uint256(ep.totalStake) * 2) revert InsufficientQuorum(signedStake, ep.totalStake);
    }

    /// @dev The epoch's apk, total stake and size, from the cache or, on the
    ///      epoch's first batch, from the registry (then cached).
    function _epochData(uint64 epoch) private returns (EpochData memory ep) {
        uint256 current = registry.currentEpoch();
        if (epoch > current) revert UnknownEpoch(epoch);
        if (epoch + MAX_EPOCH_LAG < current) revert StaleEpoch(epoch, current);
        ep = _epochs[epoch];
        if (ep.totalStake != 0) return ep;
        (BN254.G1Point memory apk, uint256 total, address[] memory members) = registry.epochInfo(epoch);
        if (total == 0) revert EmptyEpoch(epoch);
        ep = EpochData(apk, uint128(total), uint64(members.length));
        _epochs[epoch] = ep;
    }

    /// @dev Solidity's own check before a call to code-less address reverts
    ///      without data; this names the problem instead.
    function _requireCode(address hook) private view {
        if (hook.code.length == 0) revert HookNotDeployed(hook);
    }
}
