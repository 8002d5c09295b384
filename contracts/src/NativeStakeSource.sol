// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IStakeSource} from "./IStakeSource.sol";

/// @title NativeStakeSource
/// @notice Operators stake plain ETH here. Withdrawing is two steps: a request
///         takes the amount out of the stake that counts (stakeOf) at once, and
///         the ETH can be claimed only withdrawalDelayBlocks L1 blocks later.
///         Until it is claimed the requested amount stays slashable, so a fault
///         committed just before a withdrawal request is still punishable.
/// @dev Deploy with withdrawalDelayBlocks comfortably above the registry's
///      epochLength plus the slashing challenge and veto windows: the registry
///      snapshots stake at epoch start, and a snapshot only means something
///      while the stake behind it cannot leave.
contract NativeStakeSource is IStakeSource {
    /// @notice The only address allowed to slash (the Slashing contract). Fixed
    ///         at construction so nobody can later redirect operators' stake.
    address public immutable slasher;
    /// @notice L1 blocks between a withdrawal request and its earliest claim.
    uint256 public immutable withdrawalDelayBlocks;

    struct Account {
        uint256 active; // counts as stake
        uint256 pending; // requested for withdrawal, still slashable
        uint256 unlockBlock; // first block in which pending can be claimed
    }

    mapping(address => Account) private _accounts;

    event Deposited(address indexed operator, uint256 amount, uint256 stake);
    event WithdrawalRequested(address indexed operator, uint256 amount, uint256 pending, uint256 unlockBlock);
    event WithdrawalClaimed(address indexed operator, uint256 amount);

    /// @notice A deposit or withdrawal of zero, which would only emit noise.
    error ZeroAmount();
    /// @notice A withdrawal request for more than the active stake.
    error AmountExceedsStake(uint256 stake, uint256 amount);
    /// @notice A claim with nothing requested.
    error NoPendingWithdrawal();
    /// @notice A claim before the delay has passed.
    error WithdrawalLocked(uint256 unlockBlock);
    /// @notice slash called by someone other than the slasher.
    error NotSlasher(address caller);
    /// @notice slash with recipient zero: almost surely a bug in the caller,
    ///         and ETH sent there is lost without anyone deciding so.
    error ZeroRecipient();
    /// @notice Sending ETH failed (the recipient reverted).
    error TransferFailed(address to, uint256 amount);

    /// @notice withdrawalDelayBlocks above 2^64-1: block.number + delay
    ///         must not be able to overflow.
    error InvalidConfig();

    /// @param slasher_ May be zero: then nobody can slash (a devnet without
    ///        a Slashing contract yet).
    constructor(address slasher_, uint256 withdrawalDelayBlocks_) {
        if (withdrawalDelayBlocks_ > type(uint64).max) revert InvalidConfig();
        slasher = slasher_;
        withdrawalDelayBlocks = withdrawalDelayBlocks_;
    }

    /// @notice Adds msg.value to the caller's stake.
    function deposit() external payable {
        if (msg.value == 0) revert ZeroAmount();
        Account storage a = _accounts[msg.sender];
        a.active += msg.value;
        emit Deposited(msg.sender, msg.value, a.active);
    }

    /// @notice Moves amount from the caller's stake to its pending withdrawal.
    /// @dev One pending withdrawal per operator; a new request adds to it and
    ///      restarts the delay for the whole amount. Restarting errs on the
    ///      safe side: every wei leaves no earlier than delay blocks after the
    ///      last moment it counted as stake.
    function requestWithdrawal(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        Account storage a = _accounts[msg.sender];
        if (amount > a.active) revert AmountExceedsStake(a.active, amount);
        unchecked {
            a.active -= amount; // checked just above
        }
        a.pending += amount;
        a.unlockBlock = block.number + withdrawalDelayBlocks;
        emit WithdrawalRequested(msg.sender, amount, a.pending, a.unlockBlock);
    }

    /// @notice Sends the caller's pending withdrawal once the delay has passed.
    function claimWithdrawal() external {
        Account storage a = _accounts[msg.sender];
        uint256 amount = a.pending;
        if (amount == 0) revert NoPendingWithdrawal();
        if (block.number < a.unlockBlock) revert WithdrawalLocked(a.unlockBlock);
        // Effects before the transfer, so a reentering recipient finds nothing left.
        a.pending = 0;
        a.unlockBlock = 0;
        _send(msg.sender, amount);
        emit WithdrawalClaimed(msg.sender, amount);
    }

    /// @inheritdoc IStakeSource
    function stakeOf(address operator) external view returns (uint256) {
        return _accounts[operator].active;
    }

    /// @notice The caller-visible state of an operator's account.
    function accountOf(address operator)
        external
        view
        returns (uint256 active, uint256 pending, uint256 unlockBlock)
    {
        Account storage a = _accounts[operator];
        return (a.active, a.pending, a.unlockBlock);
    }

    /// @inheritdoc IStakeSource
    /// @dev Takes from the active stake first, then from the pending
    ///      withdrawal: both were at risk when the fault happened.
    function slash(address operator, uint256 amount, address recipient) external returns (uint256 slashed) {
        if (msg.sender != slasher) revert NotSlasher(msg.sender);
        if (recipient == address(0)) revert ZeroRecipient();
        Account storage a = _accounts[operator];
        uint256 fromActive = amount < a.active ? amount : a.active;
        uint256 rest = amount - fromActive; // fromActive <= amount
        uint256 fromPending = rest < a.pending ? rest : a.pending;
        a.active -= fromActive;
        a.pending -= fromPending;
        slashed = fromActive + fromPending;
        if (slashed > 0) _send(recipient, slashed);
        emit Slashed(operator, slashed, recipient);
    }

    function _send(address to, uint256 amount) private {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed(to, amount);
    }
}
