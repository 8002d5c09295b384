// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IStakeSource} from "../IStakeSource.sol";
import {
    EigenOperatorSet,
    IEigenAllocationManager,
    IEigenDelegationManager,
    IEigenPermissionController,
    IEigenRewardsCoordinator
} from "./IEigenLayer.sol";

/// @title EigenStakeSource
/// @notice The OperatorRegistry's stake source when operators restake through
///         EigenLayer, and nodeop's AVS identity on EigenLayer: this contract's
///         address is the AVS. Its constructor registers the AVS metadata,
///         creates the one operator set the sequencer uses, names the
///         registrar that admits operators to it, and appoints the rewards
///         submitter for operator-directed rewards; it keeps no admin, so no
///         key can later slash, re-point the registrar or drain rewards on
///         the AVS's behalf.
///
///         Stake (voting power) is slashable allocated stake: what the
///         operator has allocated to the set and can still be slashed for
///         lookaheadBlocks from now, weighted per strategy. Only members of the
///         set have stake, so leaving the set drops an operator's voting power
///         at the registry's next epoch, while the AllocationManager keeps it
///         slashable for DEALLOCATION_DELAY blocks.
///
///         Slashing goes through AllocationManager.slashOperator, called by
///         this contract (the AVS) when, and only when, the slasher (the
///         Slashing contract, after its veto window) asks. EigenLayer v1.4.2
///         burns slashed shares (StrategyManager's burnable shares, sent to
///         its DEFAULT_BURN_ADDRESS when anyone calls burnShares): the
///         recipient that IStakeSource.slash names receives nothing.
/// @dev Units: one unit of stake is one strategy share times the strategy's
///      multiplier / 1e18 (a StrategyBase share starts at one token wei).
///      Deploy with the AllocationManager's DEALLOCATION_DELAY and the
///      DelegationManager's MIN_WITHDRAWAL_DELAY_BLOCKS above the registry's
///      epoch length plus the Slashing veto delay, so stake that signed in an
///      epoch stays slashable until a slash for it can execute.
contract EigenStakeSource is IStakeSource {
    /// @notice 1.0 in the fixed point EigenLayer uses for magnitudes,
    ///         slashing proportions and strategy multipliers.
    uint256 public constant WAD = 1e18;
    /// @notice Where EigenLayer v1.4.2 sends burned strategy tokens
    ///         (StrategyManager.DEFAULT_BURN_ADDRESS): the real destination of
    ///         slashed stake, reported in Slashed events.
    address public constant BURN_ADDRESS = 0x00000000000000000000000000000000000E16E4;
    /// @notice Most strategies the set may weigh. stakeOf runs once per
    ///         registered operator in OperatorRegistry.advanceEpoch, and its
    ///         gas grows with the strategies.
    uint256 public constant MAX_STRATEGIES = 8;

    IEigenAllocationManager public immutable allocationManager;
    IEigenDelegationManager public immutable delegationManager;
    /// @notice The only caller of slash (the Slashing contract).
    address public immutable slasher;
    /// @notice Our IAVSRegistrar, which admits operators to the set.
    address public immutable registrar;
    uint32 public immutable operatorSetId;
    /// @notice stakeOf counts stake that stays slashable this many blocks
    ///         ahead (getMinimumSlashableStake's futureBlock), so a pending
    ///         deallocation that completes before then already counts as gone.
    uint32 public immutable lookaheadBlocks;

    address[] private _strategies;
    uint256[] private _multipliers;

    struct Params {
        IEigenAllocationManager allocationManager;
        IEigenPermissionController permissionController;
        /// @dev Target of the rewards submitter's appointment; may be zero
        ///      only together with rewardsSubmitter.
        address rewardsCoordinator;
        /// @dev Appointed to call createOperatorDirectedOperatorSetRewardsSubmission
        ///      for this AVS; zero appoints nobody.
        address rewardsSubmitter;
        address registrar;
        address slasher;
        uint32 operatorSetId;
        uint32 lookaheadBlocks;
        /// @dev Strictly ascending (EigenLayer requires it when slashing and
        ///      in rewards submissions), at most MAX_STRATEGIES.
        address[] strategies;
        /// @dev Per strategy, WAD = weight 1; each > 0 and < 2^96 (the
        ///      width rewards submissions carry).
        uint256[] multipliers;
        string metadataURI;
    }

    /// @notice Constructor arguments out of range: a zero address, no
    ///         strategies or more than MAX_STRATEGIES, strategies not strictly
    ///         ascending, a multiplier count that differs or a multiplier of
    ///         zero or of 2^96 or more.
    error InvalidConfig();
    /// @notice slash called by someone other than the slasher.
    error NotSlasher(address caller);

    constructor(Params memory p) {
        if (
            address(p.allocationManager) == address(0) || address(p.permissionController) == address(0)
                || p.registrar == address(0) || p.slasher == address(0)
                || (p.rewardsSubmitter != address(0) && p.rewardsCoordinator == address(0))
        ) revert InvalidConfig();
        uint256 n = p.strategies.length;
        if (n == 0 || n > MAX_STRATEGIES || p.multipliers.length != n) revert InvalidConfig();
        for (uint256 i = 0; i < n; ++i) {
            if (i > 0 && p.strategies[i] <= p.strategies[i - 1]) revert InvalidConfig();
            if (p.multipliers[i] == 0 || p.multipliers[i] > type(uint96).max) revert InvalidConfig();
        }
        allocationManager = p.allocationManager;
        delegationManager = IEigenDelegationManager(p.allocationManager.delegation());
        slasher = p.slasher;
        registrar = p.registrar;
        operatorSetId = p.operatorSetId;
        lookaheadBlocks = p.lookaheadBlocks;
        _strategies = p.strategies;
        _multipliers = p.multipliers;

        // This contract is the AVS: with no admin set in the
        // PermissionController, the AVS address itself may call, and during
        // construction msg.sender of these calls is this address.
        // Metadata first: createOperatorSets requires it.
        p.allocationManager.updateAVSMetadataURI(address(this), p.metadataURI);
        IEigenAllocationManager.CreateSetParams[] memory sets = new IEigenAllocationManager.CreateSetParams[](1);
        sets[0] = IEigenAllocationManager.CreateSetParams(p.operatorSetId, p.strategies);
        p.allocationManager.createOperatorSets(address(this), sets);
        // setAVSRegistrar asks the registrar whether it serves this AVS, so
        // the registrar must already exist (deployed first, told this
        // contract's address ahead of time).
        p.allocationManager.setAVSRegistrar(address(this), p.registrar);
        if (p.rewardsSubmitter != address(0)) {
            p.permissionController.setAppointee(
                address(this),
                p.rewardsSubmitter,
                p.rewardsCoordinator,
                IEigenRewardsCoordinator.createOperatorDirectedOperatorSetRewardsSubmission.selector
            );
        }
    }

    /// @inheritdoc IStakeSource
    /// @dev Zero for operators that are not members of the set (never
    ///      registered, or deregistered: those stay slashable for a while,
    ///      but their stake no longer votes).
    function stakeOf(address operator) external view returns (uint256) {
        EigenOperatorSet memory set = operatorSet();
        if (!allocationManager.isMemberOfOperatorSet(operator, set)) return 0;
        address[] memory ops = new address[](1);
        ops[0] = operator;
        uint256[][] memory stake = allocationManager.getMinimumSlashableStake(set, ops, _strategies, _futureBlock());
        return _weigh(stake[0]);
    }

    /// @notice What a full slash would take from the operator now, in stake
    ///         units: for each strategy, its delegated shares plus the shares
    ///         it queued for withdrawal that are still slashable, times the
    ///         share of its magnitude allocated to the set. Zero once the
    ///         operator is no longer slashable for the set.
    /// @dev Reverts while block.number <= the DelegationManager's
    ///      MIN_WITHDRAWAL_DELAY_BLOCKS + 1: v1.4.2's queue lookup subtracts
    ///      the delay from the block number unchecked against underflow
    ///      (slashOperator reverts likewise then). Only a young chain hits it.
    function slashableStake(address operator) public view returns (uint256 total) {
        EigenOperatorSet memory set = operatorSet();
        if (!allocationManager.isOperatorSlashable(operator, set)) return 0;
        address[] memory strats = _strategies;
        uint256[] memory shares = delegationManager.getOperatorShares(operator, strats);
        for (uint256 i = 0; i < strats.length; ++i) {
            uint64 magnitude = allocationManager.getAllocation(operator, set, strats[i]).currentMagnitude;
            if (magnitude == 0) continue;
            uint64 maxMagnitude = allocationManager.getMaxMagnitude(operator, strats[i]);
            uint256 queued = delegationManager.getSlashableSharesInQueue(operator, strats[i]);
            // magnitude <= maxMagnitude, so this never exceeds the shares.
            uint256 slashable = (shares[i] + queued) * magnitude / maxMagnitude;
            total += slashable * _multipliers[i] / WAD;
        }
    }

    /// @inheritdoc IStakeSource
    /// @dev Turns amount into one proportion of the operator's slashable
    ///      stake (rounded up, capped at all of it) and slashes every strategy
    ///      of the set by it. Returns what the slashable stake actually fell
    ///      by, 0 without a call when there is nothing to take (amount 0, or
    ///      the operator no longer slashable), so a slash never reverts for
    ///      lack of stake.
    function slash(address operator, uint256 amount, address) external returns (uint256 slashed) {
        if (msg.sender != slasher) revert NotSlasher(msg.sender);
        uint256 before = amount == 0 ? 0 : slashableStake(operator);
        if (before > 0) {
            uint256 wad = amount >= before ? WAD : _ceilDiv(amount * WAD, before);
            address[] memory strats = _strategies;
            uint256[] memory wads = new uint256[](strats.length);
            for (uint256 i = 0; i < wads.length; ++i) {
                wads[i] = wad;
            }
            allocationManager.slashOperator(
                address(this),
                IEigenAllocationManager.SlashingParams({
                    operator: operator,
                    operatorSetId: operatorSetId,
                    strategies: strats,
                    wadsToSlash: wads,
                    description: "nodeop Slashing.executeSlash"
                })
            );
            uint256 remaining = slashableStake(operator);
            slashed = before > remaining ? before - remaining : 0;
        }
        emit Slashed(operator, slashed, BURN_ADDRESS);
    }

    /// @notice Our operator set: (this AVS, operatorSetId).
    function operatorSet() public view returns (EigenOperatorSet memory) {
        return EigenOperatorSet(address(this), operatorSetId);
    }

    /// @notice The set's strategies (ascending) and their multipliers.
    function strategies() external view returns (address[] memory, uint256[] memory) {
        return (_strategies, _multipliers);
    }

    function _futureBlock() private view returns (uint32) {
        uint256 b = block.number + lookaheadBlocks;
        return b > type(uint32).max ? type(uint32).max : uint32(b);
    }

    function _weigh(uint256[] memory shares) private view returns (uint256 total) {
        for (uint256 i = 0; i < shares.length; ++i) {
            total += shares[i] * _multipliers[i] / WAD;
        }
    }

    function _ceilDiv(uint256 a, uint256 b) private pure returns (uint256) {
        return a == 0 ? 0 : (a - 1) / b + 1;
    }
}
