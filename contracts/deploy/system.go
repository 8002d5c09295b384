package deploy

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// SystemConfig configures nodeop's whole L1 deployment for one rollup: the
// stake source and registry, Slashing, the Rewards vault (also Slashing's
// treasury) and the rollup's BatchInbox. The addresses the contracts give
// each other are filled in by DeploySystem.
type SystemConfig struct {
	Registry Config
	Slashing SlashingConfig
	Rewards  RewardsConfig
	Inbox    InboxConfig
}

// System is a deployed set.
type System struct {
	Registry *Registry
	Slashing *Slashing
	Rewards  *Rewards
	Inbox    *Inbox
}

// InboxDeployGas is the BatchInbox's creation gas with a margin. It is
// fixed rather than estimated because estimation runs on the latest block,
// where the registry the inbox checks for does not exist yet.
const InboxDeployGas = 4_000_000

// DeploySystem sends the set from consecutive nonces n..n+4 of opts.From
// (stake source, registry, Slashing, Rewards, BatchInbox), so that each
// contract is told the others' addresses before they exist. It does not
// wait: mine, then call WaitDeployed.
func DeploySystem(ctx context.Context, backend bind.ContractBackend, opts *bind.TransactOpts, cfg SystemConfig) (*System, error) {
	o := *opts
	o.Context = ctx
	n, err := backend.PendingNonceAt(ctx, o.From)
	if err != nil {
		return nil, fmt.Errorf("deploy system: nonce of %s: %w", o.From, err)
	}
	rewardsAddr := crypto.CreateAddress(o.From, n+3)
	inboxAddr := crypto.CreateAddress(o.From, n+4)

	o.Nonce = new(big.Int).SetUint64(n)
	scfg := cfg.Slashing
	scfg.Inbox, scfg.Treasury = inboxAddr, rewardsAddr
	reg, sl, err := DeployWithSlashing(ctx, backend, &o, cfg.Registry, scfg)
	if err != nil {
		return nil, fmt.Errorf("deploy system: %w", err)
	}

	o.Nonce = new(big.Int).SetUint64(n + 3)
	rcfg := cfg.Rewards
	rcfg.Registry, rcfg.Inbox = reg.RegistryAddress, inboxAddr
	rw, err := DeployRewards(ctx, backend, &o, rcfg)
	if err != nil {
		return nil, fmt.Errorf("deploy system: %w", err)
	}

	io := o
	io.Nonce = new(big.Int).SetUint64(n + 4)
	if io.GasLimit == 0 {
		io.GasLimit = InboxDeployGas
	}
	icfg := cfg.Inbox
	icfg.Registry, icfg.MissedWindowSink, icfg.Rewards = reg.RegistryAddress, sl.Address, rw.Address
	in, err := DeployInbox(ctx, backend, &io, icfg)
	if err != nil {
		return nil, fmt.Errorf("deploy system: %w", err)
	}
	if rw.Address != rewardsAddr || in.Address != inboxAddr {
		return nil, fmt.Errorf("deploy system: rewards at %s, inbox at %s; predicted %s, %s", rw.Address, in.Address, rewardsAddr, inboxAddr)
	}
	return &System{Registry: reg, Slashing: sl, Rewards: rw, Inbox: in}, nil
}

// WaitDeployed waits until every contract of the set is mined with code.
func (s *System) WaitDeployed(ctx context.Context, b bind.DeployBackend) error {
	for _, w := range []func(context.Context, bind.DeployBackend) error{s.Registry.WaitDeployed, s.Slashing.WaitDeployed, s.Rewards.WaitDeployed, s.Inbox.WaitDeployed} {
		if err := w(ctx, b); err != nil {
			return fmt.Errorf("deploy system: %w", err)
		}
	}
	return nil
}

// Addresses lists the deployed contracts by name, for manifests.
func (s *System) Addresses() map[string]common.Address {
	return map[string]common.Address{
		"stakeSource": s.Registry.StakeSourceAddress,
		"registry":    s.Registry.RegistryAddress,
		"slashing":    s.Slashing.Address,
		"rewards":     s.Rewards.Address,
		"batchInbox":  s.Inbox.Address,
	}
}
