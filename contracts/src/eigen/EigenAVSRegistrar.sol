// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {BN254} from "../BN254.sol";
import {IStakeSource} from "../IStakeSource.sol";
import {OperatorRegistry} from "../OperatorRegistry.sol";
import {IAVSRegistrar} from "./IEigenLayer.sol";

/// @title EigenAVSRegistrar
/// @notice Admits operators to nodeop's EigenLayer operator set. The
///         AllocationManager calls registerOperator when an operator calls
///         registerForOperatorSets; this contract refuses the registration
///         unless
///           - the data carries a BLS key (G1 + G2) with a proof of possession
///             that the key's G1 and G2 halves share one secret and that the
///             key signed the operator's registration message, and
///           - the operator already has at least the registry's minimum
///             stake (at least 1) slashable for the set, i.e. it allocated
///             magnitude whose allocation delay has passed.
///         It records the key, bound to that operator forever (as the
///         OperatorRegistry binds keys), so a key seen on EigenLayer names
///         one operator.
///
///         The proof of possession is the OperatorRegistry's: the same
///         signature over registry.registrationMessage(operator, pubkeyG1),
///         so one signature serves both registrations (Go:
///         deploy.NewRegistration) and a later registry that takes
///         registrations from this registrar needs no new format.
/// @dev The registry's voting power comes from the stake source, which
///      counts members of the set only; registering here does not by itself
///      put the operator in the registry's next epoch (OperatorRegistry.register
///      does, until the registry accepts registrations from this contract).
contract EigenAVSRegistrar is IAVSRegistrar {
    /// @notice The only caller of registerOperator and deregisterOperator.
    address public immutable allocationManager;
    /// @notice The AVS this registrar serves (the EigenStakeSource).
    address public immutable avs;
    uint32 public immutable operatorSetId;
    /// @notice Source of the proof-of-possession message and the minimum stake.
    OperatorRegistry public immutable registry;

    struct Key {
        BN254.G1Point pubkeyG1;
        BN254.G2Point pubkeyG2;
        bytes32 pubkeyHash; // zero until the first registration
        bool registered; // a member of the set
    }

    mapping(address => Key) private _keys;
    /// @notice The operator a G1 key (by pubkey hash) is bound to, forever.
    mapping(bytes32 => address) public keyOwner;

    event OperatorKeyRegistered(
        address indexed operator, bytes32 indexed pubkeyHash, BN254.G1Point pubkeyG1, BN254.G2Point pubkeyG2
    );
    event OperatorKeyDeregistered(address indexed operator, bytes32 indexed pubkeyHash);

    /// @notice A zero constructor address.
    error InvalidConfig();
    /// @notice registerOperator or deregisterOperator not from the AllocationManager.
    error NotAllocationManager(address caller);
    /// @notice A registration for another AVS.
    error UnsupportedAVS(address avs);
    /// @notice A registration for other sets than exactly our one.
    error UnsupportedOperatorSets(uint32[] operatorSetIds);
    /// @notice The G1 key is infinity, off the curve or unreduced, or the G2
    ///         key is infinity.
    error InvalidPublicKey();
    /// @notice The G1 and G2 keys have different secret keys.
    error KeyMismatch();
    /// @notice The signature is not the key's over the registration message.
    error InvalidProofOfPossession();
    /// @notice The key is bound to another operator.
    error PubkeyAlreadyRegistered(bytes32 pubkeyHash, address owner);
    /// @notice An operator re-registering must keep its key.
    error KeyChangeNotAllowed(bytes32 boundPubkeyHash);
    /// @notice The operator's slashable allocated stake is below the minimum
    ///         (zero: it allocated nothing, or its allocation is not effective yet).
    error InsufficientStake(uint256 stake, uint256 minimum);

    constructor(address allocationManager_, address avs_, uint32 operatorSetId_, OperatorRegistry registry_) {
        // Neither the AVS nor the registry is called here: they are deployed
        // after this contract (the AVS's constructor asks supportsAVS).
        if (allocationManager_ == address(0) || avs_ == address(0) || address(registry_) == address(0)) {
            revert InvalidConfig();
        }
        allocationManager = allocationManager_;
        avs = avs_;
        operatorSetId = operatorSetId_;
        registry = registry_;
    }

    /// @inheritdoc IAVSRegistrar
    /// @dev data is registrationData(pubkeyG1, pubkeyG2, signature). The
    ///      AllocationManager has made the operator a member before calling,
    ///      so the stake source already counts its allocation.
    function registerOperator(address operator, address avs_, uint32[] calldata operatorSetIds, bytes calldata data)
        external
    {
        _onlyAllocationManager();
        if (avs_ != avs) revert UnsupportedAVS(avs_);
        if (operatorSetIds.length != 1 || operatorSetIds[0] != operatorSetId) {
            revert UnsupportedOperatorSets(operatorSetIds);
        }
        (BN254.G1Point memory pk, BN254.G2Point memory pkG2, BN254.G1Point memory signature) =
            abi.decode(data, (BN254.G1Point, BN254.G2Point, BN254.G1Point));

        // Cheap checks before the stake lookup and the pairings.
        Key storage k = _keys[operator];
        bytes32 pkHash = BN254.hashG1(pk);
        if (k.pubkeyHash != bytes32(0) && k.pubkeyHash != pkHash) revert KeyChangeNotAllowed(k.pubkeyHash);
        address owner = keyOwner[pkHash];
        if (owner != address(0) && owner != operator) revert PubkeyAlreadyRegistered(pkHash, owner);

        uint256 minimum = registry.minimumStake();
        if (minimum == 0) minimum = 1; // "slashable" means something is at stake
        uint256 stake = IStakeSource(avs).stakeOf(operator);
        if (stake < minimum) revert InsufficientStake(stake, minimum);

        _checkKey(operator, pk, pkG2, signature);
        k.pubkeyG1 = pk;
        k.pubkeyG2 = pkG2;
        k.pubkeyHash = pkHash;
        k.registered = true;
        keyOwner[pkHash] = operator;
        emit OperatorKeyRegistered(operator, pkHash, pk, pkG2);
    }

    /// @inheritdoc IAVSRegistrar
    /// @dev Never reverts for the AllocationManager: v1.4.2 does not catch a
    ///      registrar's revert, and an operator must always be able to leave.
    function deregisterOperator(address operator, address, uint32[] calldata) external {
        _onlyAllocationManager();
        Key storage k = _keys[operator];
        if (!k.registered) return;
        k.registered = false;
        emit OperatorKeyDeregistered(operator, k.pubkeyHash);
    }

    /// @inheritdoc IAVSRegistrar
    function supportsAVS(address avs_) external view returns (bool) {
        return avs_ == avs;
    }

    /// @notice The operator's recorded key and whether it is a member of the set.
    function operatorKey(address operator)
        external
        view
        returns (BN254.G1Point memory pubkeyG1, BN254.G2Point memory pubkeyG2, bytes32 pubkeyHash, bool registered)
    {
        Key storage k = _keys[operator];
        return (k.pubkeyG1, k.pubkeyG2, k.pubkeyHash, k.registered);
    }

    /// @notice The registration data registerOperator expects:
    ///         abi.encode(pubkeyG1, pubkeyG2, signature). For clients; its
    ///         ABI inputs are the format.
    function registrationData(
        BN254.G1Point calldata pubkeyG1,
        BN254.G2Point calldata pubkeyG2,
        BN254.G1Point calldata signature
    ) external pure returns (bytes memory) {
        return abi.encode(pubkeyG1, pubkeyG2, signature);
    }

    function _onlyAllocationManager() private view {
        if (msg.sender != allocationManager) revert NotAllocationManager(msg.sender);
    }

    /// @dev OperatorRegistry's key checks, against the registry's message.
    function _checkKey(address operator, BN254.G1Point memory pk, BN254.G2Point memory pkG2, BN254.G1Point memory sig)
        private
        view
    {
        if (BN254.isInfinity(pk) || !BN254.isOnCurve(pk) || BN254.isInfinity(pkG2)) revert InvalidPublicKey();
        if (!BN254.pairing2(pk, BN254.negG2Generator(), BN254.g1Generator(), pkG2)) revert KeyMismatch();
        if (!BN254.verify(registry.registrationMessage(operator, pk), pk, pkG2, sig)) {
            revert InvalidProofOfPossession();
        }
    }
}
