// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IBatchRewards} from "./BatchHeader.sol";
import {OperatorRegistry} from "./OperatorRegistry.sol";

/// @title Rewards
/// @notice A fee vault paying operators for the batches they commit and sign.
///         Anyone (a rollup, a task issuer, the Slashing contract's treasury
///         flow) pays ETH in. For every committed batch the BatchInbox calls
///         onBatchCommitted, which credits, out of the ETH paid in and not yet
///         credited:
///           1. submissionFee to the batch's submitter, then
///           2. signerRewardPerBatch shared among the batch's signers pro rata
///              to their stake in the batch's epoch (the registry's snapshot).
///         Credits are claimed later with claim() or, by anyone on the
///         account's behalf, claimFor() (pull payments: a signer whose account
///         cannot receive ETH only hurts itself, never a batch).
///
///         With a signerRewardsRecipient (restaked operators: nodeop's
///         EigenRewardsSubmitter), step 2 credits the whole signer share to
///         that recipient instead, which pays each epoch's operators, and
///         through EigenLayer's RewardsCoordinator their stakers, pro rata to
///         the epoch's stake. The submitter's fee is credited here either way.
///
///         Shortfall rule: when the vault holds less than a batch is due, the
///         submitter's fee is credited first (it paid the L1 gas and blob fees
///         for this very batch), and the signers share whatever is left, pro
///         rata as always. Nothing is owed for the missing part: later
///         deposits do not pay for earlier batches. So the vault never
///         credits more than was paid in.
///
///         Rounding: each signer's share is rounded down; the dust stays
///         unallocated in the vault for later batches. At every moment
///             sum of accrued + totalClaimed + unallocated() == totalPaidIn.
/// @dev One vault for every rollup the set sequences: a rollup that pays in
///      nothing is served from the others' deposits. Per-rollup vaults are
///      a different deployment of this contract each. Performance weights
///      (trust scores) live in app state, not on L1, so the signer share here
///      is by stake alone.
///      The inbox is trusted to report each committed batch once; this vault
///      keeps no per-batch record (that would cost 20k gas per batch).
contract Rewards is IBatchRewards {
    OperatorRegistry public immutable registry;
    /// @notice The only caller of onBatchCommitted (the BatchInbox).
    address public immutable inbox;
    /// @notice Wei credited to the submitter of each batch.
    uint256 public immutable submissionFee;
    /// @notice Wei shared among the signers of each batch.
    uint256 public immutable signerRewardPerBatch;
    /// @notice When set, the signer share of every batch with signers is
    ///         credited to this account (a restaking rewards distributor)
    ///         instead of to the signers. Zero: signers are credited here.
    address public immutable signerRewardsRecipient;

    /// @notice Wei credited to an account and not yet claimed.
    mapping(address => uint256) public accrued;
    /// @notice Every wei paid in through fund() or a plain transfer.
    uint256 public totalPaidIn;
    /// @notice Every wei ever credited to an account (claimed or not).
    uint256 public totalAllocated;
    /// @notice Every wei paid out by claim().
    uint256 public totalClaimed;

    event Funded(address indexed from, uint256 amount, uint256 totalPaidIn);
    /// @param submitterFee What the submitter was credited.
    /// @param signerRewards What the signers were credited together (the
    ///        per-batch share, or less under a shortfall, minus rounding dust).
    /// @param signedStake The signers' summed epoch stake the share was split by
    ///        (zero when it went to the signerRewardsRecipient).
    event BatchRewarded(
        uint64 indexed chainId,
        uint64 indexed batchIndex,
        uint64 epoch,
        address indexed submitter,
        uint256 submitterFee,
        uint256 signerRewards,
        uint256 signedStake
    );
    event Claimed(address indexed account, uint256 amount);

    /// @notice A zero registry or inbox.
    error InvalidConfig();
    /// @notice fund() without ETH.
    error ZeroAmount();
    /// @notice onBatchCommitted from someone other than the inbox.
    error NotInbox(address caller);
    /// @notice claim() with nothing accrued (also the second claim in a row).
    error NothingToClaim(address account);
    /// @notice The claimant's account refused the ETH.
    error TransferFailed(address to, uint256 amount);

    constructor(
        OperatorRegistry registry_,
        address inbox_,
        uint256 submissionFee_,
        uint256 signerRewardPerBatch_,
        address signerRewardsRecipient_
    ) {
        // The registry is not called here: a deployment sends all creations
        // at once, so it may not exist yet.
        if (address(registry_) == address(0) || inbox_ == address(0)) revert InvalidConfig();
        registry = registry_;
        inbox = inbox_;
        submissionFee = submissionFee_;
        signerRewardPerBatch = signerRewardPerBatch_;
        signerRewardsRecipient = signerRewardsRecipient_;
    }

    /// @notice Pays msg.value into the vault.
    function fund() external payable {
        _fund();
    }

    /// @notice Plain transfers count as payments too, so the vault can be the
    ///         Slashing contract's treasury (the stake source sends slashed
    ///         stake with an empty call).
    receive() external payable {
        _fund();
    }

    /// @inheritdoc IBatchRewards
    /// @dev Bits at or above the epoch's member count are ignored rather than
    ///      rejected: the inbox has checked the certificate, and a reward
    ///      callback must never be the reason a valid batch cannot commit.
    ///      Gas grows with the signers: one registry call and one credit
    ///      (storage write) each.
    function onBatchCommitted(uint64 chainId, uint64 batchIndex, uint64 epoch, address submitter, uint256 signerBitmap)
        external
    {
        if (msg.sender != inbox) revert NotInbox(msg.sender);
        uint256 available = totalPaidIn - totalAllocated; // invariant: allocated <= paid in

        // 1. The submitter's fee comes first (see the shortfall rule). A zero
        //    submitter would lock its credit forever, so it gets none.
        uint256 fee = 0;
        if (submitter != address(0)) {
            fee = submissionFee < available ? submissionFee : available;
            if (fee > 0) {
                accrued[submitter] += fee;
                available -= fee;
            }
        }

        // 2. The signers' share, pro rata to epoch stake.
        uint256 pool = signerRewardPerBatch < available ? signerRewardPerBatch : available;
        uint256 credited = 0;
        uint256 signedStake = 0;
        if (pool > 0 && signerBitmap != 0) {
            if (signerRewardsRecipient != address(0)) {
                accrued[signerRewardsRecipient] += pool;
                credited = pool;
            } else {
                (credited, signedStake) = _creditSigners(epoch, signerBitmap, pool);
            }
        }

        totalAllocated += fee + credited;
        emit BatchRewarded(chainId, batchIndex, epoch, submitter, fee, credited, signedStake);
    }

    /// @notice Sends the caller everything credited to it.
    function claim() external {
        _claim(msg.sender);
    }

    /// @notice Sends account everything credited to it; anyone may call it
    ///         (a keeper moving the signer share to the
    ///         signerRewardsRecipient before its epoch submission). The ETH
    ///         only ever goes to the account itself.
    function claimFor(address account) external {
        _claim(account);
    }

    function _claim(address account) private {
        uint256 amount = accrued[account];
        if (amount == 0) revert NothingToClaim(account);
        // Effects before the transfer: a claimant re-entering finds nothing
        // left, so no lock is needed.
        accrued[account] = 0;
        totalClaimed += amount;
        (bool ok,) = account.call{value: amount}("");
        if (!ok) revert TransferFailed(account, amount);
        emit Claimed(account, amount);
    }

    /// @notice Wei paid in and not yet credited to anyone: what the next
    ///         batches can draw on.
    function unallocated() external view returns (uint256) {
        return totalPaidIn - totalAllocated;
    }

    function _fund() private {
        if (msg.value == 0) revert ZeroAmount();
        uint256 total = totalPaidIn + msg.value;
        totalPaidIn = total;
        emit Funded(msg.sender, msg.value, total);
    }

    /// @dev Two passes: the first reads each signer's address and stake and
    ///      sums the signed stake, the second credits pool * stake / signed.
    ///      Floors only, so the credits sum to at most pool.
    function _creditSigners(uint64 epoch, uint256 bitmap, uint256 pool)
        private
        returns (uint256 credited, uint256 signedStake)
    {
        uint256 n = registry.epochSize(epoch); // <= 256, the registry's cap
        if (n < 256) bitmap &= (uint256(1) << n) - 1;
        address[] memory signers = new address[](n);
        uint256[] memory stakes = new uint256[](n);
        uint256 k = 0;
        for (uint256 i = 0; bitmap != 0; ++i) {
            if (bitmap & 1 != 0) {
                (address op, uint256 stake,) = registry.memberAt(epoch, i);
                signers[k] = op;
                stakes[k] = stake;
                signedStake += stake;
                ++k;
            }
            bitmap >>= 1;
        }
        // Zero signed stake (a registry with minimumStake 0) leaves nothing
        // to split by; the share stays in the vault.
        if (signedStake == 0) return (0, 0);
        for (uint256 j = 0; j < k; ++j) {
            // pool <= the ETH paid in and stake < 2^96 (the registry stores
            // uint96), so the product cannot overflow.
            uint256 share = (pool * stakes[j]) / signedStake;
            if (share > 0) {
                accrued[signers[j]] += share;
                credited += share;
            }
        }
    }
}
