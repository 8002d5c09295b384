// Package deploy deploys nodeop's L1 contracts from their generated bindings
// and prepares what operators send to them (the registration's proof of
// possession).
package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/nodeop/nodeop/contracts/bindings"
)

// MaxOperatorsLimit is OperatorRegistry.MAX_OPERATORS_LIMIT: a certificate's
// signer bitmap is one uint256.
const MaxOperatorsLimit = 256

// Config parameterizes NativeStakeSource and OperatorRegistry.
type Config struct {
	// Slasher is the only address allowed to call NativeStakeSource.slash
	// (the Slashing contract). It is fixed at construction; a contract that
	// is deployed later can be named by its future address
	// (crypto.CreateAddress(deployer, nonce)). Zero means nobody can slash.
	Slasher common.Address
	// WithdrawalDelayBlocks is how many L1 blocks a withdrawal request waits
	// before it can be claimed. It must exceed EpochLengthBlocks: stake
	// snapshotted at an epoch's start must stay slashable while that epoch
	// signs; add the slashing challenge and veto windows on top.
	WithdrawalDelayBlocks uint64
	// MinimumStake (wei) an operator needs to register and to enter an epoch.
	MinimumStake *big.Int
	// EpochLengthBlocks is the minimum number of L1 blocks per epoch.
	EpochLengthBlocks uint64
	// MaxOperators caps the registered set, 1..MaxOperatorsLimit. It bounds
	// the gas of advanceEpoch: about 58k per operator with NativeStakeSource,
	// so 256 operators take ~14.8M, under Osaka's 2^24 per-transaction cap.
	// A stake source with a costlier stakeOf needs a lower cap.
	MaxOperators uint64
}

// Validate reports a configuration the contracts would reject or that would
// leave snapshotted stake unslashable.
func (c Config) Validate() error {
	switch {
	case c.EpochLengthBlocks == 0:
		return errors.New("epoch length must be at least one block")
	case c.WithdrawalDelayBlocks <= c.EpochLengthBlocks:
		return fmt.Errorf("withdrawal delay %d blocks must exceed the epoch length %d blocks", c.WithdrawalDelayBlocks, c.EpochLengthBlocks)
	case c.MaxOperators == 0 || c.MaxOperators > MaxOperatorsLimit:
		return fmt.Errorf("max operators %d not in 1..%d", c.MaxOperators, MaxOperatorsLimit)
	case c.MinimumStake == nil || c.MinimumStake.Sign() < 0:
		return errors.New("minimum stake must be set and non-negative")
	}
	return nil
}

// Registry is a deployed NativeStakeSource + OperatorRegistry pair.
type Registry struct {
	StakeSourceAddress common.Address
	RegistryAddress    common.Address
	StakeSource        *bindings.NativeStakeSource
	Registry           *bindings.OperatorRegistry
	// Txs are the two creation transactions, stake source first.
	Txs []*types.Transaction
}

// DeployRegistry sends the creation transactions of a NativeStakeSource and
// an OperatorRegistry reading stake from it, with consecutive nonces from
// opts.From (opts.Nonce if set, else the pending nonce). It returns once both
// are sent; WaitDeployed waits for them to be mined.
func DeployRegistry(ctx context.Context, backend bind.ContractBackend, opts *bind.TransactOpts, cfg Config) (*Registry, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("deploy registry: %w", err)
	}
	o := *opts
	o.Context = ctx
	if o.Nonce == nil {
		n, err := backend.PendingNonceAt(ctx, o.From)
		if err != nil {
			return nil, fmt.Errorf("deploy registry: nonce of %s: %w", o.From, err)
		}
		o.Nonce = new(big.Int).SetUint64(n)
	} else {
		o.Nonce = new(big.Int).Set(o.Nonce)
	}

	delay := new(big.Int).SetUint64(cfg.WithdrawalDelayBlocks)
	if err := withGasLimit(ctx, backend, opts, &o, bindings.NativeStakeSourceMetaData, cfg.Slasher, delay); err != nil {
		return nil, fmt.Errorf("deploy NativeStakeSource: %w", err)
	}
	srcAddr, srcTx, src, err := bindings.DeployNativeStakeSource(&o, backend, cfg.Slasher, delay)
	if err != nil {
		return nil, fmt.Errorf("deploy NativeStakeSource: %w", err)
	}
	// The registry's constructor only stores the source's address, so it can
	// be sent before the source is mined.
	o.Nonce = new(big.Int).Add(o.Nonce, common.Big1)
	regArgs := []any{srcAddr,
		new(big.Int).Set(cfg.MinimumStake),
		new(big.Int).SetUint64(cfg.EpochLengthBlocks),
		new(big.Int).SetUint64(cfg.MaxOperators)}
	if err := withGasLimit(ctx, backend, opts, &o, bindings.OperatorRegistryMetaData, regArgs...); err != nil {
		return nil, fmt.Errorf("deploy OperatorRegistry: %w", err)
	}
	regAddr, regTx, reg, err := bindings.DeployOperatorRegistry(&o, backend, srcAddr, regArgs[1].(*big.Int), regArgs[2].(*big.Int), regArgs[3].(*big.Int))
	if err != nil {
		return nil, fmt.Errorf("deploy OperatorRegistry: %w", err)
	}
	return &Registry{
		StakeSourceAddress: srcAddr,
		RegistryAddress:    regAddr,
		StakeSource:        src,
		Registry:           reg,
		Txs:                []*types.Transaction{srcTx, regTx},
	}, nil
}

// withGasLimit sets o.GasLimit to the creation's gas estimate plus a quarter,
// unless the caller fixed opts.GasLimit. The headroom is needed, not
// cosmetic: nodes estimate on the latest block, and on a chain still at
// genesis the registry's constructor stores block.number = 0 there (a free
// no-op write) but a non-zero number when mined (a 20k-gas write), so the
// bare estimate runs out of gas. Unused gas is refunded.
func withGasLimit(ctx context.Context, backend bind.ContractBackend, opts, o *bind.TransactOpts, md *bind.MetaData, args ...any) error {
	if opts.GasLimit != 0 {
		return nil
	}
	parsed, err := md.GetAbi()
	if err != nil {
		return err
	}
	ctorArgs, err := parsed.Pack("", args...)
	if err != nil {
		return err
	}
	data := append(common.FromHex(md.Bin), ctorArgs...)
	gas, err := backend.EstimateGas(ctx, ethereum.CallMsg{From: o.From, Value: o.Value, Data: data})
	if err != nil {
		return fmt.Errorf("estimate gas: %w", err)
	}
	o.GasLimit = gas + gas/4
	return nil
}

// WaitDeployed waits until both creation transactions are mined and the
// contracts have code.
func (r *Registry) WaitDeployed(ctx context.Context, b bind.DeployBackend) error {
	for _, tx := range r.Txs {
		if _, err := bind.WaitDeployed(ctx, b, tx); err != nil {
			return fmt.Errorf("wait for deployment %s: %w", tx.Hash(), err)
		}
	}
	return nil
}
