// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {OperatorRegistry} from "../OperatorRegistry.sol";
import {EigenOperatorSet, IEigenRewardsCoordinator} from "./IEigenLayer.sol";
import {WrappedEther} from "./WrappedEther.sol";

/// @title EigenRewardsSubmitter
/// @notice Pays nodeop's operators through EigenLayer: once per registry
///         epoch, an operator-directed rewards submission for our operator
///         set to the RewardsCoordinator, which takes the tokens and leaves
///         the rest to EigenLayer (its off-chain calculation, distribution
///         roots and claims, split between each operator and its stakers by
///         the operator's split).
///
///         Funding is ETH, like the fees nodeop's Rewards vault collects:
///         anyone (the fee vault's operator, a rollup) pays in with fund() or
///         a plain transfer. For each ended epoch, submitEpoch takes
///         rewardPerEpoch, or all that is left if less, wraps it into the
///         reward token (WETH) and divides it among the epoch's members pro
///         rata to their stake in the registry's snapshot (the stake that
///         voted that epoch), each share rounded down; dust stays for later
///         epochs.
///
///         Anyone may submit an ended epoch, once. The reward period is the
///         caller's: the RewardsCoordinator only accepts periods aligned to
///         its CALCULATION_INTERVAL_SECONDS (a whole number of days) that
///         have ended, so a keeper submits an epoch after the day that
///         covers it (Go: eigen.EpochRewardsPeriod). The period decides
///         which days' stakers share the operators' rewards; it cannot change
///         who gets how much.
/// @dev The AVS (EigenStakeSource) appoints this contract, in its
///      constructor, as the one address allowed to call
///      createOperatorDirectedOperatorSetRewardsSubmission for it.
contract EigenRewardsSubmitter {
    OperatorRegistry public immutable registry;
    IEigenRewardsCoordinator public immutable rewardsCoordinator;
    address public immutable avs;
    uint32 public immutable operatorSetId;
    WrappedEther public immutable token;
    /// @notice Wei paid out per epoch when the balance allows.
    uint256 public immutable rewardPerEpoch;

    IEigenRewardsCoordinator.StrategyAndMultiplier[] private _strategies;

    /// @notice Whether the epoch's rewards were submitted.
    mapping(uint256 => bool) public submitted;

    event Funded(address indexed from, uint256 amount);
    event EpochRewardsSubmitted(
        uint256 indexed epoch, uint32 startTimestamp, uint32 duration, uint256 amount, uint256 operatorCount
    );

    /// @notice A zero address, a zero reward, no strategies, strategies not
    ///         strictly ascending, mismatched multipliers, or a multiplier of
    ///         zero or of 2^96 or more.
    error InvalidConfig();
    /// @notice fund() without ETH.
    error ZeroAmount();
    /// @notice The epoch is 0 (always empty) or has not ended yet.
    error EpochNotOver(uint256 epoch, uint256 currentEpoch);
    error AlreadySubmitted(uint256 epoch);
    /// @notice Nothing to pay: no balance, or no member with stake.
    error NothingToSubmit(uint256 epoch);

    constructor(
        OperatorRegistry registry_,
        IEigenRewardsCoordinator rewardsCoordinator_,
        address avs_,
        uint32 operatorSetId_,
        WrappedEther token_,
        uint256 rewardPerEpoch_,
        address[] memory strategies_,
        uint256[] memory multipliers_
    ) {
        if (
            address(registry_) == address(0) || address(rewardsCoordinator_) == address(0) || avs_ == address(0)
                || address(token_) == address(0) || rewardPerEpoch_ == 0
        ) revert InvalidConfig();
        uint256 n = strategies_.length;
        if (n == 0 || multipliers_.length != n) revert InvalidConfig();
        for (uint256 i = 0; i < n; ++i) {
            if (i > 0 && strategies_[i] <= strategies_[i - 1]) revert InvalidConfig();
            if (multipliers_[i] == 0 || multipliers_[i] > type(uint96).max) revert InvalidConfig();
            _strategies.push(IEigenRewardsCoordinator.StrategyAndMultiplier(strategies_[i], uint96(multipliers_[i])));
        }
        registry = registry_;
        rewardsCoordinator = rewardsCoordinator_;
        avs = avs_;
        operatorSetId = operatorSetId_;
        token = token_;
        rewardPerEpoch = rewardPerEpoch_;
    }

    receive() external payable {
        _fund();
    }

    /// @notice Pays msg.value in.
    function fund() external payable {
        _fund();
    }

    /// @notice Submits the rewards of an ended epoch for the period
    ///         [startTimestamp, startTimestamp + duration).
    /// @return amount What was submitted (wrapped and handed to the
    ///         RewardsCoordinator).
    function submitEpoch(uint256 epoch, uint32 startTimestamp, uint32 duration) external returns (uint256 amount) {
        uint256 current = registry.currentEpoch();
        if (epoch == 0 || epoch >= current) revert EpochNotOver(epoch, current);
        if (submitted[epoch]) revert AlreadySubmitted(epoch);
        submitted[epoch] = true; // before the calls out

        (, uint256 totalStake, address[] memory members) = registry.epochInfo(epoch);
        uint256 budget = rewardPerEpoch < address(this).balance ? rewardPerEpoch : address(this).balance;
        if (budget == 0 || totalStake == 0) revert NothingToSubmit(epoch);

        IEigenRewardsCoordinator.OperatorReward[] memory rewards =
            new IEigenRewardsCoordinator.OperatorReward[](members.length);
        uint256 k = 0;
        for (uint256 i = 0; i < members.length; ++i) {
            // Snapshot stakes are below 2^96 and budget is ETH that exists,
            // so the product cannot overflow.
            uint256 share = budget * registry.stakeAt(epoch, members[i]) / totalStake;
            if (share == 0) continue; // the coordinator refuses zero amounts
            rewards[k++] = IEigenRewardsCoordinator.OperatorReward(members[i], share);
            amount += share;
        }
        if (amount == 0) revert NothingToSubmit(epoch);
        assembly ("memory-safe") {
            mstore(rewards, k) // drop the unused tail
        }
        _sortByOperator(rewards);

        IEigenRewardsCoordinator.OperatorDirectedRewardsSubmission[] memory subs =
            new IEigenRewardsCoordinator.OperatorDirectedRewardsSubmission[](1);
        subs[0] = IEigenRewardsCoordinator.OperatorDirectedRewardsSubmission({
            strategiesAndMultipliers: _strategies,
            token: address(token),
            operatorRewards: rewards,
            startTimestamp: startTimestamp,
            duration: duration,
            description: "nodeop epoch rewards"
        });
        token.deposit{value: amount}();
        token.approve(address(rewardsCoordinator), amount);
        rewardsCoordinator.createOperatorDirectedOperatorSetRewardsSubmission(
            EigenOperatorSet(avs, operatorSetId), subs
        );
        emit EpochRewardsSubmitted(epoch, startTimestamp, duration, amount, k);
    }

    /// @notice The strategies and multipliers every submission names.
    function strategies() external view returns (IEigenRewardsCoordinator.StrategyAndMultiplier[] memory) {
        return _strategies;
    }

    function _fund() private {
        if (msg.value == 0) revert ZeroAmount();
        emit Funded(msg.sender, msg.value);
    }

    /// @dev Insertion sort by operator address, ascending, as the
    ///      coordinator requires. It moves memory pointers only, and members
    ///      are at most the registry's 256, so even the quadratic worst case
    ///      stays far below the cost of the coordinator call.
    function _sortByOperator(IEigenRewardsCoordinator.OperatorReward[] memory a) private pure {
        for (uint256 i = 1; i < a.length; ++i) {
            IEigenRewardsCoordinator.OperatorReward memory x = a[i];
            uint256 j = i;
            while (j > 0 && a[j - 1].operator > x.operator) {
                a[j] = a[j - 1];
                --j;
            }
            a[j] = x;
        }
    }
}
