// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Rewards} from "../Rewards.sol";

/// @title RewardsClaimProbe
/// @notice A hostile claimant for tests of Rewards.claim: when paid it tries
///         to claim again from inside the transfer (a reentrancy attempt), or
///         refuses the ETH altogether. Not deployed outside tests.
contract RewardsClaimProbe {
    Rewards public immutable rewards;
    /// @notice Whether receive() refuses payments.
    bool public rejectPayments;
    /// @notice Wei received from the vault.
    uint256 public received;
    /// @notice Re-entrant claims that succeeded (a safe vault keeps it at 0).
    uint256 public reentries;
    /// @notice Revert data of the last refused re-entrant claim.
    bytes public lastReentryError;

    /// @notice Raised by receive() while rejectPayments is set.
    error PaymentRejected();

    constructor(Rewards rewards_) {
        rewards = rewards_;
    }

    function setRejectPayments(bool reject) external {
        rejectPayments = reject;
    }

    function claim() external {
        rewards.claim();
    }

    receive() external payable {
        if (rejectPayments) revert PaymentRejected();
        received += msg.value;
        // Catch the inner failure so the outer claim still completes and the
        // test can read what the vault answered.
        try rewards.claim() {
            ++reentries;
        } catch (bytes memory err) {
            lastReentryError = err;
        }
    }
}
