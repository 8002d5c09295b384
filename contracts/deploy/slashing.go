package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/nodeop/nodeop/contracts/bindings"
)

// SlashingBPS is Slashing.BPS: EquivocationSlashBps is out of it.
const SlashingBPS = 10_000

// Slash kinds and statuses as Slashing's Kind and Status enums number them
// (bindings.SlashingPendingSlash.Kind and .Status).
const (
	SlashKindEquivocation = 0
	SlashKindMissedWindow = 1

	SlashStatusNone     = 0
	SlashStatusQueued   = 1
	SlashStatusVetoed   = 2
	SlashStatusExecuted = 3
)

// MissedWindowTag is Slashing.MISSED_WINDOW_TAG.
var MissedWindowTag = crypto.Keccak256Hash([]byte("nodeop.Slashing.missedWindow.v1"))

// EquivocationSlashID is Slashing.equivocationSlashId:
// keccak256(abi.encode(operator, chainId, batchIndex)). A watcher that sees
// conflicting signatures can check whether the fault is already queued.
func EquivocationSlashID(operator common.Address, chainID, batchIndex uint64) common.Hash {
	return crypto.Keccak256Hash(
		common.LeftPadBytes(operator[:], 32),
		math.U256Bytes(new(big.Int).SetUint64(chainID)),
		math.U256Bytes(new(big.Int).SetUint64(batchIndex)),
	)
}

// MissedWindowSlashID is Slashing.missedWindowSlashId:
// keccak256(abi.encode(MISSED_WINDOW_TAG, operator, chainId, batchIndex)).
func MissedWindowSlashID(operator common.Address, chainID, batchIndex uint64) common.Hash {
	return crypto.Keccak256Hash(
		MissedWindowTag[:],
		common.LeftPadBytes(operator[:], 32),
		math.U256Bytes(new(big.Int).SetUint64(chainID)),
		math.U256Bytes(new(big.Int).SetUint64(batchIndex)),
	)
}

// SlashingConfig parameterizes the Slashing contract.
type SlashingConfig struct {
	// Registry and StakeSource are the OperatorRegistry and the stake source
	// it reads; DeployWithSlashing fills both.
	Registry    common.Address
	StakeSource common.Address
	// Inbox is the only caller of recordMissedWindow (the BatchInbox). It
	// usually does not exist yet: name it by its future CREATE address.
	Inbox common.Address
	// Treasury receives all slashed stake (never the prover: an equivocating
	// operator could front-run proofs of its own fault and get its stake
	// back). The Rewards vault accepts plain ETH and is a natural choice.
	Treasury common.Address
	// VetoCommittee may cancel queued slashes; VetoThreshold of its members
	// must vote, inside VetoDelayBlocks of the slash being queued. An empty
	// committee needs threshold 0 (nobody can veto).
	VetoCommittee   []common.Address
	VetoThreshold   uint64
	VetoDelayBlocks uint64
	// EquivocationSlashBps is the share of the operator's stake at risk an
	// equivocation costs (0..SlashingBPS); the stake at risk is the larger of
	// its stake when the proof lands and its registry snapshot in the epochs
	// the two headers name, so a withdrawal request sent ahead of the proof
	// does not shrink the slash.
	EquivocationSlashBps uint64
	// MissedWindowPenalty is the wei a missed window costs (may be zero:
	// then misses are only counted).
	MissedWindowPenalty *big.Int
}

var maxUint128 = new(big.Int).Sub(new(big.Int).Lsh(common.Big1, 128), common.Big1)

// Validate reports a configuration the constructor would reject.
func (c SlashingConfig) Validate() error {
	switch {
	case c.Registry == (common.Address{}) || c.StakeSource == (common.Address{}):
		return errors.New("registry and stake source must be set")
	case c.Inbox == (common.Address{}):
		return errors.New("inbox must be set")
	case c.Treasury == (common.Address{}):
		return errors.New("treasury must be set")
	case c.EquivocationSlashBps > SlashingBPS:
		return fmt.Errorf("equivocation slash %d bps above %d", c.EquivocationSlashBps, SlashingBPS)
	case c.MissedWindowPenalty == nil || c.MissedWindowPenalty.Sign() < 0 || c.MissedWindowPenalty.Cmp(maxUint128) > 0:
		return errors.New("missed window penalty must be set, in 0..2^128-1")
	case len(c.VetoCommittee) > 0xffff:
		return fmt.Errorf("veto committee of %d members, at most 65535", len(c.VetoCommittee))
	case len(c.VetoCommittee) == 0 && c.VetoThreshold != 0:
		return errors.New("veto threshold without a committee")
	case len(c.VetoCommittee) > 0 && (c.VetoThreshold == 0 || c.VetoThreshold > uint64(len(c.VetoCommittee))):
		return fmt.Errorf("veto threshold %d not in 1..%d", c.VetoThreshold, len(c.VetoCommittee))
	case len(c.VetoCommittee) > 0 && c.VetoDelayBlocks == 0:
		return errors.New("a veto committee needs a veto delay of at least one block")
	}
	seen := make(map[common.Address]bool, len(c.VetoCommittee))
	for _, m := range c.VetoCommittee {
		if m == (common.Address{}) || seen[m] {
			return fmt.Errorf("veto committee member %s zero or repeated", m)
		}
		seen[m] = true
	}
	return nil
}

// Slashing is a deployed Slashing contract.
type Slashing struct {
	Address  common.Address
	Contract *bindings.Slashing
	Tx       *types.Transaction
}

// DeploySlashing sends the creation transaction of a Slashing contract from
// opts.From (with opts.Nonce if set). The stake source must already name the
// address it lands at as its slasher; DeployWithSlashing arranges that.
func DeploySlashing(ctx context.Context, backend bind.ContractBackend, opts *bind.TransactOpts, cfg SlashingConfig) (*Slashing, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("deploy Slashing: %w", err)
	}
	o := *opts
	o.Context = ctx
	args := []any{cfg.Registry, cfg.StakeSource, cfg.Inbox, cfg.VetoCommittee,
		new(big.Int).SetUint64(cfg.VetoThreshold),
		new(big.Int).SetUint64(cfg.VetoDelayBlocks),
		new(big.Int).SetUint64(cfg.EquivocationSlashBps),
		new(big.Int).Set(cfg.MissedWindowPenalty),
		cfg.Treasury}
	if err := withGasLimit(ctx, backend, opts, &o, bindings.SlashingMetaData, args...); err != nil {
		return nil, fmt.Errorf("deploy Slashing: %w", err)
	}
	addr, tx, c, err := bindings.DeploySlashing(&o, backend, cfg.Registry, cfg.StakeSource, cfg.Inbox, cfg.VetoCommittee,
		args[4].(*big.Int), args[5].(*big.Int), args[6].(*big.Int), args[7].(*big.Int), cfg.Treasury)
	if err != nil {
		return nil, fmt.Errorf("deploy Slashing: %w", err)
	}
	return &Slashing{Address: addr, Contract: c, Tx: tx}, nil
}

// WaitDeployed waits until the creation transaction is mined and the
// contract has code.
func (s *Slashing) WaitDeployed(ctx context.Context, b bind.DeployBackend) error {
	if _, err := bind.WaitDeployed(ctx, b, s.Tx); err != nil {
		return fmt.Errorf("wait for Slashing deployment %s: %w", s.Tx.Hash(), err)
	}
	return nil
}

// DeployWithSlashing deploys a NativeStakeSource, an OperatorRegistry and
// the Slashing contract that is the source's slasher, with three consecutive
// nonces n, n+1, n+2 from opts.From (n = opts.Nonce if set, else the pending
// nonce). The source is immutable about its slasher, so it is told the
// Slashing contract's future CREATE address, crypto.CreateAddress(from, n+2);
// the deployment fails rather than send a Slashing contract that would land
// elsewhere. cfg.Slasher must be left zero; scfg.Registry and
// scfg.StakeSource are filled in. Contracts that must know each other's
// addresses ahead of time (the inbox, the Rewards vault as treasury) can
// take the following nonces: n+3, n+4, ...
func DeployWithSlashing(ctx context.Context, backend bind.ContractBackend, opts *bind.TransactOpts, cfg Config, scfg SlashingConfig) (*Registry, *Slashing, error) {
	if cfg.Slasher != (common.Address{}) {
		return nil, nil, fmt.Errorf("deploy with slashing: slasher %s given, but it is the Slashing contract deployed here", cfg.Slasher)
	}
	// Stake that signed must stay slashable until a slash for it can have
	// gone through the veto window: the registry snapshots stake at epoch
	// start, and a withdrawal requested right after the fault must not be
	// claimable before the slash executes.
	if cfg.WithdrawalDelayBlocks <= cfg.EpochLengthBlocks+scfg.VetoDelayBlocks {
		return nil, nil, fmt.Errorf("deploy with slashing: withdrawal delay %d blocks must exceed epoch length %d + veto delay %d",
			cfg.WithdrawalDelayBlocks, cfg.EpochLengthBlocks, scfg.VetoDelayBlocks)
	}
	o := *opts
	o.Context = ctx
	if o.Nonce == nil {
		n, err := backend.PendingNonceAt(ctx, o.From)
		if err != nil {
			return nil, nil, fmt.Errorf("deploy with slashing: nonce of %s: %w", o.From, err)
		}
		o.Nonce = new(big.Int).SetUint64(n)
	} else {
		o.Nonce = new(big.Int).Set(o.Nonce)
	}
	if !o.Nonce.IsUint64() {
		return nil, nil, fmt.Errorf("deploy with slashing: nonce %v out of range", o.Nonce)
	}
	slashingNonce := o.Nonce.Uint64() + 2
	cfg.Slasher = crypto.CreateAddress(o.From, slashingNonce)

	// Check the Slashing config before anything is sent, so a bad one does
	// not leave a stake source behind whose slasher never appears.
	scfg.Registry = crypto.CreateAddress(o.From, slashingNonce-1)
	scfg.StakeSource = crypto.CreateAddress(o.From, slashingNonce-2)
	if err := scfg.Validate(); err != nil {
		return nil, nil, fmt.Errorf("deploy with slashing: %w", err)
	}
	reg, err := DeployRegistry(ctx, backend, &o, cfg)
	if err != nil {
		return nil, nil, err
	}
	if reg.RegistryAddress != scfg.Registry || reg.StakeSourceAddress != scfg.StakeSource {
		return nil, nil, fmt.Errorf("deploy with slashing: registry at %s, stake source at %s; predicted %s, %s",
			reg.RegistryAddress, reg.StakeSourceAddress, scfg.Registry, scfg.StakeSource)
	}
	so := o
	so.Nonce = new(big.Int).SetUint64(slashingNonce)
	// The gas estimate runs against the latest block, where the registry
	// does not exist yet; the constructor does not call it, so it estimates.
	s, err := DeploySlashing(ctx, backend, &so, scfg)
	if err != nil {
		return nil, nil, err
	}
	if s.Address != cfg.Slasher {
		return nil, nil, fmt.Errorf("deploy with slashing: Slashing at %s, but the stake source's slasher is %s", s.Address, cfg.Slasher)
	}
	return reg, s, nil
}
