package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/nodeop/nodeop/contracts/bindings"
)

// RewardsConfig parameterizes the Rewards fee vault.
type RewardsConfig struct {
	// Registry is the OperatorRegistry whose epoch members sign batches.
	Registry common.Address
	// Inbox is the only caller of onBatchCommitted (the BatchInbox); it may
	// be a future CREATE address.
	Inbox common.Address
	// SubmissionFee is the wei credited to a batch's submitter, first.
	SubmissionFee *big.Int
	// SignerRewardPerBatch is the wei the batch's signers share pro rata to
	// their epoch stake, out of what is left after the fee.
	SignerRewardPerBatch *big.Int
	// SignerRewardsRecipient, when set, receives every batch's signer share
	// instead of the signers (with EigenLayer: the EigenRewardsSubmitter,
	// which pays operators and stakers per epoch).
	SignerRewardsRecipient common.Address
}

// Validate reports a configuration the constructor would reject.
func (c RewardsConfig) Validate() error {
	switch {
	case c.Registry == (common.Address{}) || c.Inbox == (common.Address{}):
		return errors.New("registry and inbox must be set")
	case c.SubmissionFee == nil || c.SubmissionFee.Sign() < 0:
		return errors.New("submission fee must be set and non-negative")
	case c.SignerRewardPerBatch == nil || c.SignerRewardPerBatch.Sign() < 0:
		return errors.New("signer reward must be set and non-negative")
	}
	return nil
}

// Rewards is a deployed Rewards vault.
type Rewards struct {
	Address  common.Address
	Contract *bindings.Rewards
	Tx       *types.Transaction
}

// DeployRewards sends the creation transaction of a Rewards vault from
// opts.From (with opts.Nonce if set). The constructor calls nothing, so the
// registry and inbox may be deployed later in the same batch of transactions.
func DeployRewards(ctx context.Context, backend bind.ContractBackend, opts *bind.TransactOpts, cfg RewardsConfig) (*Rewards, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("deploy Rewards: %w", err)
	}
	o := *opts
	o.Context = ctx
	fee, share := new(big.Int).Set(cfg.SubmissionFee), new(big.Int).Set(cfg.SignerRewardPerBatch)
	if err := withGasLimit(ctx, backend, opts, &o, bindings.RewardsMetaData, cfg.Registry, cfg.Inbox, fee, share, cfg.SignerRewardsRecipient); err != nil {
		return nil, fmt.Errorf("deploy Rewards: %w", err)
	}
	addr, tx, c, err := bindings.DeployRewards(&o, backend, cfg.Registry, cfg.Inbox, fee, share, cfg.SignerRewardsRecipient)
	if err != nil {
		return nil, fmt.Errorf("deploy Rewards: %w", err)
	}
	return &Rewards{Address: addr, Contract: c, Tx: tx}, nil
}

// WaitDeployed waits until the creation transaction is mined and the
// contract has code.
func (r *Rewards) WaitDeployed(ctx context.Context, b bind.DeployBackend) error {
	if _, err := bind.WaitDeployed(ctx, b, r.Tx); err != nil {
		return fmt.Errorf("wait for Rewards deployment %s: %w", r.Tx.Hash(), err)
	}
	return nil
}
