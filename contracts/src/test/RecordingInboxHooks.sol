// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IMissedWindowSink, IBatchRewards} from "../BatchHeader.sol";

/// @title RecordingInboxHooks
/// @notice Stands in for the Slashing and Rewards contracts in BatchInbox
///         tests: records every call as an event (cheap, so the inbox's gas
///         figures stay close to its own cost). Not deployed outside tests.
contract RecordingInboxHooks is IMissedWindowSink, IBatchRewards {
    event MissedWindowRecorded(address indexed caller, address indexed operator, uint64 chainId, uint64 batchIndex);
    event BatchCommittedRecorded(
        address indexed caller, uint64 chainId, uint64 batchIndex, uint64 epoch, address submitter, uint256 signerBitmap
    );

    /// @notice Set by a test to make the next hook call revert, to show a
    ///         failing hook undoes the commit.
    bool public fail;

    /// @notice The hook was told to fail.
    error HookFailed();

    function setFail(bool fail_) external {
        fail = fail_;
    }

    function recordMissedWindow(address operator, uint64 chainId, uint64 batchIndex) external {
        if (fail) revert HookFailed();
        emit MissedWindowRecorded(msg.sender, operator, chainId, batchIndex);
    }

    function onBatchCommitted(uint64 chainId, uint64 batchIndex, uint64 epoch, address submitter, uint256 signerBitmap)
        external
    {
        if (fail) revert HookFailed();
        emit BatchCommittedRecorded(msg.sender, chainId, batchIndex, epoch, submitter, signerBitmap);
    }
}
