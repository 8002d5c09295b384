// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IStakeSource
/// @notice Where the OperatorRegistry reads an operator's stake and where the
///         Slashing contract takes it from. An interface so that the native-ETH
///         source of the devnet and an EigenLayer-backed source (operator set
///         allocations, slashing through AllocationManager) are interchangeable
///         behind the registry.
interface IStakeSource {
    /// @notice Emitted when stake is taken from an operator.
    event Slashed(address indexed operator, uint256 amount, address indexed recipient);

    /// @notice The stake that counts for operator now: what it has at risk and
    ///         has not asked to withdraw.
    function stakeOf(address operator) external view returns (uint256);

    /// @notice Takes up to amount of operator's stake and sends it to recipient.
    ///         Only the source's slasher may call it.
    /// @return slashed What was actually taken: less than amount when the
    ///         operator holds less, so that slashing never reverts for lack of
    ///         funds (an operator must not be able to block its own punishment).
    function slash(address operator, uint256 amount, address recipient) external returns (uint256 slashed);
}
