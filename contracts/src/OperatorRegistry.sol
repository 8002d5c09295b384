// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {BN254} from "./BN254.sol";
import {IStakeSource} from "./IStakeSource.sol";

/// @title OperatorRegistry
/// @notice The set of nodeop operators and their BLS keys, frozen per epoch.
///
///         An operator is identified by its ECDSA address (msg.sender at
///         registration: the account that sends its L1 transactions, e.g.
///         batch submissions) and owns one BN254 BLS key (G1 and G2 public
///         key) with which it signs batch headers. Registration proves possession of the
///         key by pairing checks on L1, so a key that is malformed, belongs to
///         somebody else, or has G1 and G2 halves with different secrets never
///         reaches consensus.
///
///         Changes (registration, deregistration, stake) take effect at the next
///         epoch. advanceEpoch() freezes the registered operators, in
///         registration order, with their stake at that moment, the sum of
///         their G1 keys (apk) and the total stake. A member's index in that
///         order is its bit in a batch certificate's signer bitmap: bit i
///         (value 1 << i of a uint256) is member i of the certificate's epoch.
///         Frozen epochs never change, so a certificate or slashing evidence
///         about epoch e can be checked against epoch e forever.
contract OperatorRegistry {
    /// @notice Domain of the proof-of-possession message, so a registration
    ///         signature can never be mistaken for a batch-header signature.
    bytes32 public constant REGISTRATION_DOMAIN = keccak256("nodeop.OperatorRegistry.registration.v1");

    /// @notice Hard cap on maxOperators: a certificate's signer bitmap is one
    ///         uint256, and advanceEpoch loops over every registered operator,
    ///         so the set size bounds its gas.
    uint256 public constant MAX_OPERATORS_LIMIT = 256;

    /// @notice Where stake is read (at registration and at each epoch start).
    IStakeSource public immutable stakeSource;
    /// @notice Stake an operator needs to register and to enter an epoch.
    uint256 public immutable minimumStake;
    /// @notice L1 blocks an epoch lasts at least before advanceEpoch may end it.
    uint256 public immutable epochLength;
    /// @notice Most operators registered at once (<= MAX_OPERATORS_LIMIT).
    uint256 public immutable maxOperators;

    struct Operator {
        BN254.G1Point pubkeyG1;
        BN254.G2Point pubkeyG2;
        bytes32 pubkeyHash; // keccak256(G1.x, G1.y); zero until the first registration
        bool registered; // in the set the next advanceEpoch freezes
    }

    /// @dev One slot per member and epoch: stake as uint96 (7.9e28, far above
    ///      any real stake; larger values are capped) keeps advanceEpoch's
    ///      storage writes to one per member.
    struct Member {
        address operator;
        uint96 stake;
    }

    struct Epoch {
        BN254.G1Point apk; // sum of members' G1 keys; (0, 0) if there are none
        uint256 totalStake;
        uint64 startBlock;
        Member[] members; // registration order = signer bitmap order
    }

    mapping(address => Operator) private _operators;
    /// @notice The operator a G1 key (by pubkey hash) is bound to. A key stays
    ///         bound to its first operator forever, also after deregistration,
    ///         so evidence naming a key always names one operator.
    mapping(bytes32 => address) public keyOwner;
    /// @dev The operators the next advanceEpoch freezes, in registration order.
    address[] private _registered;

    mapping(uint256 => Epoch) private _epochs;
    /// @dev epoch => operator => index + 1 in that epoch's members (0: not a member).
    mapping(uint256 => mapping(address => uint256)) private _memberSlot;
    uint256 private _currentEpoch;

    event OperatorRegistered(
        address indexed operator,
        bytes32 indexed pubkeyHash,
        BN254.G1Point pubkeyG1,
        BN254.G2Point pubkeyG2,
        uint256 effectiveEpoch
    );
    event OperatorDeregistered(address indexed operator, uint256 effectiveEpoch);
    /// @notice A registered operator left out of an epoch because its stake had
    ///         fallen below minimumStake; it stays registered and rejoins at a
    ///         later epoch once it has topped up.
    event OperatorBelowMinimum(uint256 indexed epoch, address indexed operator, uint256 stake);
    event EpochAdvanced(
        uint256 indexed epoch, uint256 startBlock, BN254.G1Point apk, uint256 totalStake, uint256 operatorCount
    );

    /// @notice Constructor arguments out of range (zero stake source, epoch
    ///         length 0 or above 2^64-1, maxOperators 0 or above MAX_OPERATORS_LIMIT).
    error InvalidConfig();
    /// @notice The caller is already in the next epoch's set.
    error AlreadyRegistered(address operator);
    /// @notice The caller is not in the next epoch's set.
    error NotRegistered(address operator);
    /// @notice maxOperators are registered already.
    error OperatorSetFull(uint256 maxOperators);
    /// @notice The G1 key is the point at infinity, off the curve or unreduced,
    ///         or the G2 key is the point at infinity.
    error InvalidPublicKey();
    /// @notice The G1 and G2 keys have different secret keys.
    error KeyMismatch();
    /// @notice The signature is not the key's signature over the caller's
    ///         registration message.
    error InvalidProofOfPossession();
    /// @notice The key is bound to another operator.
    error PubkeyAlreadyRegistered(bytes32 pubkeyHash, address owner);
    /// @notice An operator re-registering must keep its key (see keyOwner).
    error KeyChangeNotAllowed(bytes32 boundPubkeyHash);
    /// @notice The caller's stake is below minimumStake.
    error InsufficientStake(uint256 stake, uint256 minimum);
    /// @notice advanceEpoch before epochLength blocks have passed.
    error EpochNotOver(uint256 readyAtBlock);
    /// @notice An epoch that has not started yet.
    error UnknownEpoch(uint256 epoch);
    /// @notice A member index past the end of the epoch's members.
    error IndexOutOfRange(uint256 index, uint256 size);

    constructor(IStakeSource stakeSource_, uint256 minimumStake_, uint256 epochLength_, uint256 maxOperators_) {
        // epochLength fits in 64 bits like the block numbers it is added to,
        // so startBlock + epochLength can never overflow into a panic.
        if (address(stakeSource_) == address(0) || epochLength_ == 0 || epochLength_ > type(uint64).max) {
            revert InvalidConfig();
        }
        if (maxOperators_ == 0 || maxOperators_ > MAX_OPERATORS_LIMIT) revert InvalidConfig();
        stakeSource = stakeSource_;
        minimumStake = minimumStake_;
        epochLength = epochLength_;
        maxOperators = maxOperators_;
        // Epoch 0 is the empty set, so every epoch number a view accepts has
        // been frozen and registrations made before the first advance land in 1.
        _epochs[0].startBlock = uint64(block.number);
        emit EpochAdvanced(0, block.number, BN254.G1Point(0, 0), 0, 0);
    }

    // ------------------------------------------------------------------
    // Registration
    // ------------------------------------------------------------------

    /// @notice Registers the caller with BLS key (pubkeyG1, pubkeyG2) for the
    ///         next epoch. signature must be the key's BLS signature (eigensdk-go
    ///         KeyPair.SignMessage) over registrationMessage(caller, pubkeyG1).
    function register(BN254.G1Point calldata pubkeyG1, BN254.G2Point calldata pubkeyG2, BN254.G1Point calldata signature)
        external
    {
        Operator storage op = _operators[msg.sender];
        if (op.registered) revert AlreadyRegistered(msg.sender);
        if (_registered.length >= maxOperators) revert OperatorSetFull(maxOperators);

        // Cheap storage checks before the pairings.
        BN254.G1Point memory pk = pubkeyG1;
        bytes32 pkHash = BN254.hashG1(pk);
        if (op.pubkeyHash != bytes32(0) && op.pubkeyHash != pkHash) revert KeyChangeNotAllowed(op.pubkeyHash);
        address owner = keyOwner[pkHash];
        if (owner != address(0) && owner != msg.sender) revert PubkeyAlreadyRegistered(pkHash, owner);

        uint256 stake = stakeSource.stakeOf(msg.sender);
        if (stake < minimumStake) revert InsufficientStake(stake, minimumStake);

        BN254.G2Point memory pkG2 = pubkeyG2;
        _checkKey(msg.sender, pk, pkG2, signature);

        // A re-registration passes the same G1 key, and the key check pins G2
        // to it, so rewriting the key fields changes nothing; writing them
        // unconditionally keeps one code path.
        op.pubkeyG1 = pk;
        op.pubkeyG2 = pkG2;
        op.pubkeyHash = pkHash;
        op.registered = true;
        keyOwner[pkHash] = msg.sender;
        _registered.push(msg.sender);
        emit OperatorRegistered(msg.sender, pkHash, pk, pkG2, _currentEpoch + 1);
    }

    /// @notice Removes the caller from the next epoch's set. The current epoch
    ///         (and every earlier one) keeps it: it still signs, and answers
    ///         for, the batches of epochs it is a member of.
    function deregister() external {
        Operator storage op = _operators[msg.sender];
        if (!op.registered) revert NotRegistered(msg.sender);
        op.registered = false;
        // Shift the tail left instead of swap-and-pop: the set is kept in
        // registration order (it becomes the bitmap order), and swap-and-pop
        // would move the last registrant ahead of older ones. At most
        // maxOperators moves, paid by the operator that leaves.
        uint256 n = _registered.length;
        uint256 i = 0;
        while (_registered[i] != msg.sender) {
            ++i; // registered implies present, so i stays < n
        }
        for (; i + 1 < n; ++i) {
            _registered[i] = _registered[i + 1];
        }
        _registered.pop();
        emit OperatorDeregistered(msg.sender, _currentEpoch + 1);
    }

    /// @notice The message an operator signs to prove possession of its key:
    ///         keccak256(REGISTRATION_DOMAIN || chainid || registry || operator || pk.x || pk.y),
    ///         packed (32 + 32 + 20 + 20 + 32 + 32 bytes). Binding the chain,
    ///         this registry and the operator stops a proof from being replayed
    ///         by another sender or on another deployment.
    function registrationMessage(address operator, BN254.G1Point memory pubkeyG1) public view returns (bytes32) {
        return keccak256(
            abi.encodePacked(REGISTRATION_DOMAIN, block.chainid, address(this), operator, pubkeyG1.x, pubkeyG1.y)
        );
    }

    // ------------------------------------------------------------------
    // Epochs
    // ------------------------------------------------------------------

    /// @notice Ends the current epoch and freezes the next one from the
    ///         registered operators; anyone may call it once epochLength blocks
    ///         have passed since the current epoch started. Operators whose
    ///         stake is now below minimumStake are left out of the new epoch.
    function advanceEpoch() external {
        uint256 readyAt = uint256(_epochs[_currentEpoch].startBlock) + epochLength;
        if (block.number < readyAt) revert EpochNotOver(readyAt);

        uint256 e = _currentEpoch + 1;
        _currentEpoch = e;
        Epoch storage ep = _epochs[e];
        ep.startBlock = uint64(block.number);

        BN254.G1Point memory apk = BN254.G1Point(0, 0);
        uint256 total = 0;
        uint256 n = _registered.length;
        for (uint256 i = 0; i < n; ++i) {
            address a = _registered[i];
            uint256 stake = stakeSource.stakeOf(a);
            if (stake < minimumStake) {
                emit OperatorBelowMinimum(e, a, stake);
                continue;
            }
            if (stake > type(uint96).max) stake = type(uint96).max;
            ep.members.push(Member(a, uint96(stake)));
            _memberSlot[e][a] = ep.members.length;
            apk = BN254.add(apk, _operators[a].pubkeyG1);
            total += stake;
        }
        ep.apk = apk;
        ep.totalStake = total;
        emit EpochAdvanced(e, block.number, apk, total, ep.members.length);
    }

    /// @notice The latest frozen epoch: the one whose set signs batches now.
    function currentEpoch() external view returns (uint256) {
        return _currentEpoch;
    }

    /// @notice First block in which advanceEpoch succeeds.
    function nextEpochBlock() external view returns (uint256) {
        return uint256(_epochs[_currentEpoch].startBlock) + epochLength;
    }

    /// @notice An epoch's aggregate G1 key, total stake and members in bitmap order.
    function epochInfo(uint256 epoch)
        external
        view
        returns (BN254.G1Point memory apkG1, uint256 totalStake, address[] memory operators)
    {
        Epoch storage ep = _epoch(epoch);
        uint256 n = ep.members.length;
        operators = new address[](n);
        for (uint256 i = 0; i < n; ++i) {
            operators[i] = ep.members[i].operator;
        }
        return (ep.apk, ep.totalStake, operators);
    }

    /// @notice Block in which the epoch was frozen.
    function epochStartBlock(uint256 epoch) external view returns (uint256) {
        return _epoch(epoch).startBlock;
    }

    /// @notice Number of members of the epoch (bits used in its signer bitmap).
    function epochSize(uint256 epoch) external view returns (uint256) {
        return _epoch(epoch).members.length;
    }

    /// @notice The operator with bitmap index `index` in the epoch.
    function operatorAt(uint256 epoch, uint256 index) external view returns (address) {
        return _member(epoch, index).operator;
    }

    /// @notice Everything a certificate check needs about member `index`:
    ///         address, stake snapshot and G1 key, in one call.
    function memberAt(uint256 epoch, uint256 index)
        external
        view
        returns (address operator, uint256 stake, BN254.G1Point memory pubkeyG1)
    {
        Member storage m = _member(epoch, index);
        return (m.operator, m.stake, _operators[m.operator].pubkeyG1);
    }

    /// @notice The operator's stake as snapshotted at the epoch's start; zero
    ///         for non-members.
    function stakeAt(uint256 epoch, address operator) external view returns (uint256) {
        Epoch storage ep = _epoch(epoch);
        uint256 slot = _memberSlot[epoch][operator];
        return slot == 0 ? 0 : ep.members[slot - 1].stake;
    }

    /// @notice Whether operator is a member of the epoch.
    function isMember(uint256 epoch, address operator) external view returns (bool) {
        _epoch(epoch);
        return _memberSlot[epoch][operator] != 0;
    }

    /// @notice The operator's bitmap index in the epoch; reverts
    ///         IndexOutOfRange(type(uint256).max, size) for non-members.
    function indexOf(uint256 epoch, address operator) external view returns (uint256) {
        Epoch storage ep = _epoch(epoch);
        uint256 slot = _memberSlot[epoch][operator];
        if (slot == 0) revert IndexOutOfRange(type(uint256).max, ep.members.length);
        return slot - 1;
    }

    // ------------------------------------------------------------------
    // Operators
    // ------------------------------------------------------------------

    /// @notice The operator's key and whether it is in the next epoch's set.
    ///         The key stays readable after deregistration (past epochs use it).
    function operatorInfo(address operator)
        external
        view
        returns (BN254.G1Point memory pubkeyG1, BN254.G2Point memory pubkeyG2, bytes32 pubkeyHash, bool registered)
    {
        Operator storage op = _operators[operator];
        return (op.pubkeyG1, op.pubkeyG2, op.pubkeyHash, op.registered);
    }

    /// @notice The operators the next advanceEpoch will consider, in order.
    function registeredOperators() external view returns (address[] memory) {
        return _registered;
    }

    // ------------------------------------------------------------------
    // Internal
    // ------------------------------------------------------------------

    /// @dev Validates a key and its proof of possession. Two pairing checks
    ///      rather than one so the operator learns which part is wrong; at
    ///      registration the extra ~115k gas is paid once.
    function _checkKey(
        address operator,
        BN254.G1Point memory pk,
        BN254.G2Point memory pkG2,
        BN254.G1Point calldata signature
    ) private view {
        // Infinity would pass both pairing checks with a zero signature.
        if (BN254.isInfinity(pk) || !BN254.isOnCurve(pk) || BN254.isInfinity(pkG2)) revert InvalidPublicKey();
        // e(pk, -G2) * e(G1, pkG2) == 1  <=>  pk and pkG2 share the secret.
        // An invalid pkG2 (off the twist, outside the subgroup) makes the
        // precompile fail: BN254.PairingInputInvalid.
        if (!BN254.pairing2(pk, BN254.negG2Generator(), BN254.g1Generator(), pkG2)) revert KeyMismatch();
        if (!BN254.verify(registrationMessage(operator, pk), pk, pkG2, signature)) {
            revert InvalidProofOfPossession();
        }
    }

    function _epoch(uint256 epoch) private view returns (Epoch storage) {
        if (epoch > _currentEpoch) revert UnknownEpoch(epoch);
        return _epochs[epoch];
    }

    function _member(uint256 epoch, uint256 index) private view returns (Member storage) {
        Epoch storage ep = _epoch(epoch);
        uint256 n = ep.members.length;
        if (index >= n) revert IndexOutOfRange(index, n);
        return ep.members[index];
    }
}
