// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title EigenLayer core interfaces (the subset nodeop calls)
/// @notice Declarations of the EigenLayer v1.4.2 core functions our AVS
///         contracts call, with the same ABI (selectors, tuple layouts) as
///         the deployed core. Written here rather than imported so that our
///         build needs no EigenLayer sources: the core itself is deployed
///         from the bytecode in eigenlayer-contracts@v1.4.2/pkg/bindings.
///         Strategy and token parameters are plain addresses; in the ABI a
///         contract type is an address, so the selectors are the same.
///         contracts/eigen's tests check every selector against v1.4.2's ABI.

/// @notice An operator set: the AVS that owns it and its id (EigenLayer's
///         OperatorSet, encoded as the tuple (address, uint32)).
struct EigenOperatorSet {
    address avs;
    uint32 id;
}

/// @notice EigenLayer's IAVSRegistrar: the AllocationManager calls the AVS's
///         registrar when an operator registers for or leaves its sets.
interface IAVSRegistrar {
    /// @notice Completes a registration; reverting refuses it.
    function registerOperator(address operator, address avs, uint32[] calldata operatorSetIds, bytes calldata data)
        external;

    /// @notice Completes a deregistration. In v1.4.2 the AllocationManager
    ///         does not catch a revert here, so a reverting registrar would
    ///         stop operators from leaving.
    function deregisterOperator(address operator, address avs, uint32[] calldata operatorSetIds) external;

    /// @notice Whether this registrar serves avs (checked by setAVSRegistrar).
    function supportsAVS(address avs) external view returns (bool);
}

/// @notice IAllocationManager (v1.4.2), the functions our contracts call.
interface IEigenAllocationManager {
    struct SlashingParams {
        address operator;
        uint32 operatorSetId;
        address[] strategies; // ascending
        uint256[] wadsToSlash; // each in (0, 1e18]
        string description;
    }

    struct CreateSetParams {
        uint32 operatorSetId;
        address[] strategies;
    }

    struct Allocation {
        uint64 currentMagnitude;
        int128 pendingDiff;
        uint32 effectBlock;
    }

    function slashOperator(address avs, SlashingParams calldata params) external;
    function updateAVSMetadataURI(address avs, string calldata metadataURI) external;
    function setAVSRegistrar(address avs, address registrar) external;
    function createOperatorSets(address avs, CreateSetParams[] calldata params) external;

    function isMemberOfOperatorSet(address operator, EigenOperatorSet memory operatorSet) external view returns (bool);
    function isOperatorSlashable(address operator, EigenOperatorSet memory operatorSet) external view returns (bool);
    function getMinimumSlashableStake(
        EigenOperatorSet memory operatorSet,
        address[] memory operators,
        address[] memory strategies,
        uint32 futureBlock
    ) external view returns (uint256[][] memory slashableStake);
    function getAllocation(address operator, EigenOperatorSet memory operatorSet, address strategy)
        external
        view
        returns (Allocation memory);
    function getMaxMagnitude(address operator, address strategy) external view returns (uint64);
    function delegation() external view returns (address);
    function DEALLOCATION_DELAY() external view returns (uint32);
}

/// @notice IDelegationManager (v1.4.2), the views our stake source reads.
interface IEigenDelegationManager {
    function getOperatorShares(address operator, address[] memory strategies) external view returns (uint256[] memory);
    function getSlashableSharesInQueue(address operator, address strategy) external view returns (uint256);
}

/// @notice IPermissionController (v1.4.2): an account (here our AVS)
///         appoints another address to call one function on its behalf.
interface IEigenPermissionController {
    function setAppointee(address account, address appointee, address target, bytes4 selector) external;
}

/// @notice IRewardsCoordinator (v1.4.2), operator-directed rewards for an
///         operator set.
interface IEigenRewardsCoordinator {
    struct StrategyAndMultiplier {
        address strategy;
        uint96 multiplier;
    }

    struct OperatorReward {
        address operator;
        uint256 amount;
    }

    struct OperatorDirectedRewardsSubmission {
        StrategyAndMultiplier[] strategiesAndMultipliers; // strategies ascending
        address token;
        OperatorReward[] operatorRewards; // operators ascending, amounts > 0
        uint32 startTimestamp; // multiple of CALCULATION_INTERVAL_SECONDS
        uint32 duration; // multiple of CALCULATION_INTERVAL_SECONDS
        string description;
    }

    function createOperatorDirectedOperatorSetRewardsSubmission(
        EigenOperatorSet calldata operatorSet,
        OperatorDirectedRewardsSubmission[] calldata submissions
    ) external;
}
