package eigen

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/nodeop/nodeop/contracts/deploy"
)

// Rollup is nodeop's whole L1 deployment for one rollup on EigenLayer: the
// AVS (stake source, registrar, registry, Slashing, rewards submitter) and
// the rollup's Rewards vault and BatchInbox over its registry.
type Rollup struct {
	AVS     *AVS
	Rewards *deploy.Rewards
	Inbox   *deploy.Inbox
}

// Addresses lists the deployed contracts by name, for manifests: the names
// of deploy.System.Addresses, plus the AVS's own pieces.
func (r *Rollup) Addresses() map[string]common.Address {
	return map[string]common.Address{
		"stakeSource":      r.AVS.AVSAddresses.StakeSource,
		"registry":         r.AVS.AVSAddresses.Registry,
		"slashing":         r.AVS.AVSAddresses.Slashing,
		"rewards":          r.Rewards.Address,
		"batchInbox":       r.Inbox.Address,
		"registrar":        r.AVS.AVSAddresses.Registrar,
		"rewardsSubmitter": r.AVS.AVSAddresses.RewardsSubmitter,
		"rewardToken":      r.AVS.AVSAddresses.RewardToken,
	}
}

// DeployRollup deploys the AVS over core (DeployAVS), then the Rewards
// vault and the BatchInbox, from consecutive nonces of opts.From: Slashing,
// deployed with the AVS, must name the inbox whose missed windows it
// penalizes, so the inbox's address is fixed before anything is sent. The
// vault is Slashing's treasury unless cfg.Slashing.Treasury is set. It
// waits for every contract. Unless rewards.SignerRewardsRecipient is set,
// the vault sends the signers' share to the AVS's EigenRewardsSubmitter, so
// that fees reach operators and their stakers through EigenLayer.
func DeployRollup(ctx context.Context, backend Backend, opts *bind.TransactOpts, core *Core, cfg AVSConfig, rewards deploy.RewardsConfig, inbox deploy.InboxConfig) (*Rollup, error) {
	fail := func(err error) (*Rollup, error) { return nil, fmt.Errorf("deploy rollup: %w", err) }
	n, err := backend.PendingNonceAt(ctx, opts.From)
	if err != nil {
		return fail(fmt.Errorf("nonce of %s: %w", opts.From, err))
	}
	// DeployAVS sends avsCreations(cfg) transactions from nonce n.
	k := avsCreations(cfg)
	rewardsAddr, inboxAddr := crypto.CreateAddress(opts.From, n+k), crypto.CreateAddress(opts.From, n+k+1)
	cfg.Slashing.Inbox = inboxAddr
	if cfg.Slashing.Treasury == (common.Address{}) {
		cfg.Slashing.Treasury = rewardsAddr
	}
	o := *opts
	o.Nonce = new(big.Int).SetUint64(n)
	avs, err := DeployAVS(ctx, backend, &o, core, cfg)
	if err != nil {
		return fail(err)
	}

	o.Nonce = new(big.Int).SetUint64(n + k)
	rewards.Registry, rewards.Inbox = avs.AVSAddresses.Registry, inboxAddr
	if rewards.SignerRewardsRecipient == (common.Address{}) {
		rewards.SignerRewardsRecipient = avs.AVSAddresses.RewardsSubmitter
	}
	rw, err := deploy.DeployRewards(ctx, backend, &o, rewards)
	if err != nil {
		return fail(err)
	}
	o.Nonce = new(big.Int).SetUint64(n + k + 1)
	if o.GasLimit == 0 {
		// Fixed, not estimated: estimation would run where the vault the
		// inbox checks for is not mined yet.
		o.GasLimit = deploy.InboxDeployGas
	}
	inbox.Registry, inbox.MissedWindowSink, inbox.Rewards = avs.AVSAddresses.Registry, avs.AVSAddresses.Slashing, rw.Address
	in, err := deploy.DeployInbox(ctx, backend, &o, inbox)
	if err != nil {
		return fail(err)
	}
	if rw.Address != rewardsAddr || in.Address != inboxAddr {
		return fail(fmt.Errorf("rewards at %s, inbox at %s; Slashing was told %s, %s", rw.Address, in.Address, rewardsAddr, inboxAddr))
	}
	if err := rw.WaitDeployed(ctx, backend); err != nil {
		return fail(err)
	}
	if err := in.WaitDeployed(ctx, backend); err != nil {
		return fail(err)
	}
	return &Rollup{AVS: avs, Rewards: rw, Inbox: in}, nil
}

// avsCreations is how many transactions DeployAVS sends for cfg: the
// reward token unless given, registry, registrar, Slashing, rewards
// submitter, stake source.
func avsCreations(cfg AVSConfig) uint64 {
	if cfg.RewardToken == (common.Address{}) {
		return 6
	}
	return 5
}

// Onboard takes an account that holds the strategy's token to a member of
// the AVS's set with its stake allocated: deposit until it has amount
// deposited in the strategy, register as an EigenLayer operator with
// allocation delay 0 (stake counts from the block it is allocated in),
// wait for that delay to be in force, allocate all of it to the set, and
// join the set and the registry with key. Each step waits for its receipt
// and is skipped when already done, so Onboard resumes after a failure
// (or a crash) where it stopped.
func (o *Operator) Onboard(ctx context.Context, strategy common.Address, amount *big.Int, key *bls.KeyPair, metadataURI string) error {
	call := &bind.CallOpts{Context: ctx}
	me := o.Address()
	have, err := o.Core.StrategyManager.StakerDepositShares(call, me, strategy)
	if err != nil {
		return fmt.Errorf("deposit shares of %s: %w", me, err)
	}
	if missing := new(big.Int).Sub(amount, have); missing.Sign() > 0 {
		if _, err := o.Deposit(ctx, strategy, missing); err != nil {
			return err
		}
	}
	isOp, err := o.Core.DelegationManager.IsOperator(call, me)
	if err != nil {
		return fmt.Errorf("is %s an operator: %w", me, err)
	}
	if !isOp {
		if _, err := o.RegisterAsOperator(ctx, 0, metadataURI); err != nil {
			return err
		}
	}
	// The delay set at registration takes effect
	// ALLOCATION_CONFIGURATION_DELAY + 1 blocks later; before that
	// modifyAllocations reverts.
	for {
		set, _, err := o.AllocationDelay(ctx)
		if err != nil {
			return err
		}
		if set {
			break
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("wait for the allocation delay of %s: %w", me, ctx.Err())
		case <-time.After(pollInterval):
		}
	}
	full := true
	for _, st := range o.AVS.Strategies {
		a, err := o.Core.AllocationManager.GetAllocation(call, me, o.AVS.OperatorSet(), st)
		if err != nil {
			return fmt.Errorf("allocation of %s: %w", me, err)
		}
		full = full && a.CurrentMagnitude == FullMagnitude && a.PendingDiff.Sign() == 0
	}
	if !full {
		if _, err := o.Allocate(ctx, FullMagnitude); err != nil {
			return err
		}
	}
	member, err := o.Core.AllocationManager.IsMemberOfOperatorSet(call, me, o.AVS.OperatorSet())
	if err != nil {
		return fmt.Errorf("membership of %s: %w", me, err)
	}
	if !member {
		if _, err := o.RegisterForOperatorSet(ctx, key); err != nil {
			return err
		}
	}
	info, err := o.AVS.Registry.OperatorInfo(call, me)
	if err != nil {
		return fmt.Errorf("registry entry of %s: %w", me, err)
	}
	if !info.Registered {
		if _, err := o.RegisterWithRegistry(ctx, key); err != nil {
			return err
		}
	}
	return nil
}
