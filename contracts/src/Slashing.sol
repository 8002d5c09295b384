// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {BN254} from "./BN254.sol";
import {BatchHeader, BatchHeaders, IMissedWindowSink} from "./BatchHeader.sol";
import {IStakeSource} from "./IStakeSource.sol";
import {OperatorRegistry} from "./OperatorRegistry.sol";

/// @title Slashing
/// @notice Punishes operators through the stake source for two faults:
///         - equivocation: the operator BLS-signed two different headers for
///           the same (chainId, batchIndex). Honest nodes never do (their
///           slashing-protection store refuses), so two such signatures are
///           proof by themselves; anyone may submit them.
///         - missed windows: the operator was the assigned submitter of a
///           batch and a fallback committed it instead. The BatchInbox
///           reports it; the penalty is small and fixed, because a miss may be
///           an outage rather than malice.
///         Neither takes stake at once. Every slash is queued for
///         vetoDelayBlocks L1 blocks, during which a veto committee can cancel
///         it with vetoThreshold votes (EigenLayer whitepaper, section 3.5: the
///         committee guards operators against slashing caused by a bug in the
///         slashing logic, and can only cancel, never start, a slash). After
///         the delay anyone may execute it.
/// @dev Slashed stake goes to `treasury`, never to whoever proved the fault.
///      Paying the prover would let an equivocating operator front-run any
///      proof with its own and get its stake back; a fixed treasury (for
///      instance the Rewards vault, which accepts plain ETH and shares it
///      with honest operators) makes the loss final.
///      Deploy the stake source with this contract's address as its slasher
///      (predicted from the deployer's nonce), and with withdrawalDelayBlocks
///      above the registry's epoch length plus vetoDelayBlocks, so stake that
///      signed cannot leave before a slash for it has been executed.
contract Slashing is IMissedWindowSink {
    /// @notice Basis points in one whole: equivocationSlashBps is out of this.
    uint256 public constant BPS = 10_000;

    /// @notice Separates missed-window slash ids from equivocation ids for
    ///         the same (operator, chainId, batchIndex): both faults can
    ///         happen for one batch and each gets its own slash.
    bytes32 public constant MISSED_WINDOW_TAG = keccak256("nodeop.Slashing.missedWindow.v1");

    enum Kind {
        Equivocation,
        MissedWindow
    }

    /// @dev None means "no slash with this id": the zero value of storage.
    enum Status {
        None,
        Queued,
        Vetoed,
        Executed
    }

    /// @notice One queued slash, packed into two storage slots (the first
    ///         one written by veto and executeSlash, the second never again).
    struct PendingSlash {
        address operator;
        Kind kind;
        Status status;
        /// @dev First block in which executeSlash succeeds; vetoes are
        ///      accepted strictly before it.
        uint64 executableAt;
        uint16 vetoes;
        uint64 chainId;
        uint64 batchIndex;
        /// @dev Wei asked from the stake source; it takes less if the
        ///      operator holds less. uint128 keeps the struct in two slots and
        ///      is far above any stake.
        uint128 amount;
    }

    OperatorRegistry public immutable registry;
    IStakeSource public immutable stakeSource;
    /// @notice The only caller of recordMissedWindow (the BatchInbox).
    address public immutable inbox;
    /// @notice Receives all slashed stake.
    address public immutable treasury;
    /// @notice Vetoes that cancel a slash.
    uint256 public immutable vetoThreshold;
    /// @notice L1 blocks between queueing a slash and its earliest execution.
    uint256 public immutable vetoDelayBlocks;
    /// @notice Share of the operator's stake (at proof time) an equivocation costs.
    uint256 public immutable equivocationSlashBps;
    /// @notice Wei a missed window costs.
    uint256 public immutable missedWindowPenalty;

    /// @notice Whether an address sits on the veto committee.
    mapping(address => bool) public isVetoer;
    address[] private _vetoCommittee;

    mapping(bytes32 => PendingSlash) private _slashes;
    mapping(bytes32 => mapping(address => bool)) private _voted;
    mapping(address => uint256) private _missedWindows;

    event SlashQueued(
        bytes32 indexed slashId,
        address indexed operator,
        Kind kind,
        uint64 chainId,
        uint64 batchIndex,
        uint256 amount,
        uint256 executableAt
    );
    /// @notice The evidence behind an equivocation slash, so the veto
    ///         committee can review it from the log alone.
    event EquivocationProven(
        bytes32 indexed slashId, address indexed prover, bytes32 headerHashA, bytes32 headerHashB
    );
    event MissRecorded(
        address indexed operator, uint64 chainId, uint64 batchIndex, bytes32 indexed slashId, uint256 missedWindows
    );
    event VetoCast(bytes32 indexed slashId, address indexed member, uint256 vetoes);
    event SlashVetoed(bytes32 indexed slashId);
    event SlashExecuted(bytes32 indexed slashId, address indexed operator, uint256 requested, uint256 slashed);

    /// @notice Constructor arguments out of range: a zero address, a share
    ///         above BPS, a delay or penalty too large to store, a committee
    ///         with zero or duplicate members, a threshold outside
    ///         1..committee size (0 exactly when there is no committee), or a
    ///         committee with no veto window to use.
    error InvalidConfig();
    /// @notice The two headers belong to different rollups.
    error ChainIdMismatch(uint64 chainIdA, uint64 chainIdB);
    /// @notice The two headers are for different batches.
    error BatchIndexMismatch(uint64 batchIndexA, uint64 batchIndexB);
    /// @notice The two headers hash the same: signing one header twice is no fault.
    error IdenticalHeaders(bytes32 headerHash);
    /// @notice The operator has never registered a key.
    error UnknownOperator(address operator);
    /// @notice A signature is not the operator's over the header's hash.
    error InvalidSignature(bytes32 headerHash);
    /// @notice This fault was already queued (and may be vetoed or executed):
    ///         one slash per fault.
    error SlashAlreadyQueued(bytes32 slashId);
    /// @notice recordMissedWindow from someone other than the inbox.
    error NotInbox(address caller);
    /// @notice No slash has this id.
    error UnknownSlash(bytes32 slashId);
    /// @notice veto from someone not on the committee.
    error NotVetoer(address caller);
    /// @notice A committee member vetoing the same slash twice.
    error AlreadyVoted(bytes32 slashId, address member);
    /// @notice veto at or after the slash's executableAt block.
    error VetoWindowClosed(bytes32 slashId, uint256 executableAt);
    /// @notice executeSlash before the slash's executableAt block.
    error VetoWindowOpen(bytes32 slashId, uint256 executableAt);
    /// @notice The committee cancelled this slash.
    error SlashIsVetoed(bytes32 slashId);
    /// @notice This slash has been executed already.
    error SlashAlreadyExecuted(bytes32 slashId);

    constructor(
        OperatorRegistry registry_,
        IStakeSource stakeSource_,
        address inbox_,
        address[] memory vetoCommittee_,
        uint256 vetoThreshold_,
        uint256 vetoDelayBlocks_,
        uint256 equivocationSlashBps_,
        uint256 missedWindowPenalty_,
        address treasury_
    ) {
        // The registry and stake source are not called here: a deployment
        // sends all creations at once, so they may not exist yet.
        if (
            address(registry_) == address(0) || address(stakeSource_) == address(0) || inbox_ == address(0)
                || treasury_ == address(0)
        ) revert InvalidConfig();
        if (equivocationSlashBps_ > BPS) revert InvalidConfig();
        // executableAt is a uint64 block number and amounts are uint128.
        if (vetoDelayBlocks_ > type(uint64).max || missedWindowPenalty_ > type(uint128).max) revert InvalidConfig();
        uint256 n = vetoCommittee_.length;
        if (n > type(uint16).max) revert InvalidConfig();
        if (n == 0) {
            // Without a committee nobody can veto; a threshold would suggest otherwise.
            if (vetoThreshold_ != 0) revert InvalidConfig();
        } else {
            // A threshold above the committee size could never be reached, and
            // a committee without blocks to vote in could never act.
            if (vetoThreshold_ == 0 || vetoThreshold_ > n || vetoDelayBlocks_ == 0) revert InvalidConfig();
        }
        for (uint256 i = 0; i < n; ++i) {
            address m = vetoCommittee_[i];
            // A duplicate would make the committee look larger than it is.
            if (m == address(0) || isVetoer[m]) revert InvalidConfig();
            isVetoer[m] = true;
        }
        _vetoCommittee = vetoCommittee_;
        registry = registry_;
        stakeSource = stakeSource_;
        inbox = inbox_;
        treasury = treasury_;
        vetoThreshold = vetoThreshold_;
        vetoDelayBlocks = vetoDelayBlocks_;
        equivocationSlashBps = equivocationSlashBps_;
        missedWindowPenalty = missedWindowPenalty_;
    }

    // ------------------------------------------------------------------
    // Faults
    // ------------------------------------------------------------------

    /// @notice Proves that `operator` signed two different headers for one
    ///         batch and queues a slash of equivocationSlashBps of its stake:
    ///         the larger of its current stake (stakeSource.stakeOf) and its
    ///         snapshot in the epochs the headers name (see _stakeAtRisk).
    ///         sigA and sigB are the operator's own BLS signatures
    ///         (eigensdk-go SignMessage) over BatchHeaders.hash of a and b.
    /// @dev The keys come from the registry, which keeps them after
    ///      deregistration and binds each key to one operator forever, so a
    ///      signature names exactly one operator. The headers' epochs only
    ///      size the slash; they need not be epochs the operator belonged
    ///      to: signing two headers for one batch is the fault whatever they
    ///      claim, and an arbitrary epoch number must not shield an operator.
    /// @return slashId keccak256(abi.encode(operator, chainId, batchIndex)).
    function proveEquivocation(
        address operator,
        BatchHeader calldata a,
        BN254.G1Point calldata sigA,
        BatchHeader calldata b,
        BN254.G1Point calldata sigB
    ) external returns (bytes32 slashId) {
        if (a.chainId != b.chainId) revert ChainIdMismatch(a.chainId, b.chainId);
        if (a.batchIndex != b.batchIndex) revert BatchIndexMismatch(a.batchIndex, b.batchIndex);
        bytes32 hashA = BatchHeaders.hash(a);
        bytes32 hashB = BatchHeaders.hash(b);
        if (hashA == hashB) revert IdenticalHeaders(hashA);

        // Storage checks before the two pairings (~120k gas each).
        slashId = equivocationSlashId(operator, a.chainId, a.batchIndex);
        if (_slashes[slashId].status != Status.None) revert SlashAlreadyQueued(slashId);
        (BN254.G1Point memory pkG1, BN254.G2Point memory pkG2, bytes32 pkHash,) = registry.operatorInfo(operator);
        if (pkHash == bytes32(0)) revert UnknownOperator(operator);
        if (!BN254.verify(hashA, pkG1, pkG2, sigA)) revert InvalidSignature(hashA);
        if (!BN254.verify(hashB, pkG1, pkG2, sigB)) revert InvalidSignature(hashB);

        uint256 amount = _share(_stakeAtRisk(operator, a.epoch, b.epoch), equivocationSlashBps);
        _queue(slashId, operator, Kind.Equivocation, a.chainId, a.batchIndex, amount);
        emit EquivocationProven(slashId, msg.sender, hashA, hashB);
    }

    /// @inheritdoc IMissedWindowSink
    /// @dev Counts the miss and queues missedWindowPenalty behind the veto
    ///      delay (a zero penalty queues a zero slash, so the record and the
    ///      duplicate check stay uniform). The inbox reports each committed
    ///      batch once; a second report of the same batch reverts.
    function recordMissedWindow(address operator, uint64 chainId, uint64 batchIndex) external {
        if (msg.sender != inbox) revert NotInbox(msg.sender);
        bytes32 slashId = missedWindowSlashId(operator, chainId, batchIndex);
        if (_slashes[slashId].status != Status.None) revert SlashAlreadyQueued(slashId);
        uint256 count = ++_missedWindows[operator];
        _queue(slashId, operator, Kind.MissedWindow, chainId, batchIndex, missedWindowPenalty);
        emit MissRecorded(operator, chainId, batchIndex, slashId, count);
    }

    // ------------------------------------------------------------------
    // Veto and execution
    // ------------------------------------------------------------------

    /// @notice A committee member's vote to cancel a queued slash. Once
    ///         vetoThreshold members have voted inside the veto window the
    ///         slash is cancelled for good (the same fault cannot be queued
    ///         again).
    function veto(bytes32 slashId) external {
        if (!isVetoer[msg.sender]) revert NotVetoer(msg.sender);
        PendingSlash storage s = _queued(slashId);
        if (block.number >= s.executableAt) revert VetoWindowClosed(slashId, s.executableAt);
        if (_voted[slashId][msg.sender]) revert AlreadyVoted(slashId, msg.sender);
        _voted[slashId][msg.sender] = true;
        uint16 votes = s.vetoes + 1; // <= committee size <= 2^16-1
        s.vetoes = votes;
        emit VetoCast(slashId, msg.sender, votes);
        if (votes >= vetoThreshold) {
            s.status = Status.Vetoed;
            emit SlashVetoed(slashId);
        }
    }

    /// @notice Takes a queued slash's amount from the operator's stake and
    ///         sends it to the treasury. Anyone may call it once the veto
    ///         window has passed without a veto; it runs once.
    /// @return slashed What the stake source actually took.
    function executeSlash(bytes32 slashId) external returns (uint256 slashed) {
        PendingSlash storage s = _queued(slashId);
        if (block.number < s.executableAt) revert VetoWindowOpen(slashId, s.executableAt);
        // Effects before the call: the treasury receiving ETH may call back in.
        s.status = Status.Executed;
        address operator = s.operator;
        uint256 amount = s.amount;
        slashed = stakeSource.slash(operator, amount, treasury);
        emit SlashExecuted(slashId, operator, amount, slashed);
    }

    // ------------------------------------------------------------------
    // Views
    // ------------------------------------------------------------------

    /// @notice The id of the equivocation slash for a batch: one per operator
    ///         and batch, however many conflicting headers exist.
    function equivocationSlashId(address operator, uint64 chainId, uint64 batchIndex) public pure returns (bytes32) {
        return keccak256(abi.encode(operator, chainId, batchIndex));
    }

    /// @notice The id of the missed-window slash for a batch. Its preimage is
    ///         one word longer than an equivocation id's, so the two never collide.
    function missedWindowSlashId(address operator, uint64 chainId, uint64 batchIndex) public pure returns (bytes32) {
        return keccak256(abi.encode(MISSED_WINDOW_TAG, operator, chainId, batchIndex));
    }

    /// @notice BatchHeaders.hash: the message operators sign, for off-chain
    ///         provers to check their encoding against.
    function headerHash(BatchHeader calldata h) external pure returns (bytes32) {
        return BatchHeaders.hash(h);
    }

    /// @notice A slash by id; status None means there is none.
    function getSlash(bytes32 slashId) external view returns (PendingSlash memory) {
        return _slashes[slashId];
    }

    /// @notice How many missed windows were recorded against the operator.
    function missedWindows(address operator) external view returns (uint256) {
        return _missedWindows[operator];
    }

    /// @notice Whether member has vetoed the slash.
    function hasVetoed(bytes32 slashId, address member) external view returns (bool) {
        return _voted[slashId][member];
    }

    /// @notice The committee members, in constructor order.
    function vetoCommittee() external view returns (address[] memory) {
        return _vetoCommittee;
    }

    // ------------------------------------------------------------------
    // Internal
    // ------------------------------------------------------------------

    function _queue(bytes32 slashId, address operator, Kind kind, uint64 chainId, uint64 batchIndex, uint256 amount)
        private
    {
        // block.number and the delay both fit in 64 bits, so the sum fits in
        // 65; an L1 will not reach 2^64 - delay blocks.
        uint64 executableAt = uint64(block.number + vetoDelayBlocks);
        _slashes[slashId] = PendingSlash({
            operator: operator,
            kind: kind,
            status: Status.Queued,
            executableAt: executableAt,
            vetoes: 0,
            chainId: chainId,
            batchIndex: batchIndex,
            amount: uint128(amount) // _share caps at 2^128-1; the constructor checked the penalty
        });
        emit SlashQueued(slashId, operator, kind, chainId, batchIndex, amount, executableAt);
    }

    /// @dev The slash, if it is still waiting (neither vetoed nor executed).
    function _queued(bytes32 slashId) private view returns (PendingSlash storage s) {
        s = _slashes[slashId];
        Status st = s.status;
        if (st == Status.None) revert UnknownSlash(slashId);
        if (st == Status.Vetoed) revert SlashIsVetoed(slashId);
        if (st == Status.Executed) revert SlashAlreadyExecuted(slashId);
    }

    /// @dev The stake an equivocation is measured against. stakeOf alone
    ///      would let the operator, seeing a proof in the mempool, front-run
    ///      it with a withdrawal request: that empties stakeOf at once, while
    ///      the requested ETH stays slashable in the stake source for the
    ///      withdrawal delay. The registry's snapshot for the epoch the
    ///      operator signed in does not move, so the larger of the two is
    ///      what was at risk; the stake source then takes it from the active
    ///      stake and the pending withdrawal. Epochs the registry has not
    ///      frozen yet (a header may name any number) count as zero instead of
    ///      reverting, so a bogus epoch cannot shield the operator.
    function _stakeAtRisk(address operator, uint64 epochA, uint64 epochB) private view returns (uint256 stake) {
        stake = stakeSource.stakeOf(operator);
        uint256 current = registry.currentEpoch();
        if (epochA <= current) stake = _max(stake, registry.stakeAt(epochA, operator));
        if (epochB != epochA && epochB <= current) stake = _max(stake, registry.stakeAt(epochB, operator));
    }

    function _max(uint256 x, uint256 y) private pure returns (uint256) {
        return x > y ? x : y;
    }

    /// @dev stake * bps / BPS without overflow for any stake, capped at
    ///      uint128 (the stored width; no real stake comes near it).
    function _share(uint256 stake, uint256 bps) private pure returns (uint256 r) {
        r = (stake / BPS) * bps + ((stake % BPS) * bps) / BPS;
        if (r > type(uint128).max) r = type(uint128).max;
    }
}
