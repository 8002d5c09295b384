package eigen

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	allocationmanager "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AllocationManager"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/deploy"
)

// Operator is one operator's side of EigenLayer and nodeop's AVS: every
// method sends one step from Opts.From (the operator's ECDSA account) and
// waits for it to be mined. The steps, in order:
//
//	Deposit                 tokens into a strategy (the operator stakes itself)
//	RegisterAsOperator      becomes an EigenLayer operator, choosing its allocation delay
//	(wait)                  the delay takes effect ALLOCATION_CONFIGURATION_DELAY+1 blocks later
//	Allocate                puts magnitude at risk for the set; slashable after the allocation delay
//	RegisterForOperatorSet  joins the set through our registrar (BLS key + proof of possession)
//	RegisterWithRegistry    joins the OperatorRegistry's next epoch (same proof)
//
// Join does the last two. DeregisterFromOperatorSet leaves the set: the
// registry's next epoch counts no stake for the operator, while EigenLayer
// keeps it slashable for DEALLOCATION_DELAY blocks; DeregisterFromRegistry
// frees its place in the registry (Leave does both).
type Operator struct {
	Core    *Core
	AVS     *AVS
	Backend Backend
	Opts    *bind.TransactOpts
}

// Address is the operator's account.
func (o *Operator) Address() common.Address { return o.Opts.From }

var erc20ABI = func() abi.ABI {
	a, err := abi.JSON(strings.NewReader(`[
		{"type":"function","name":"approve","stateMutability":"nonpayable","inputs":[{"name":"spender","type":"address"},{"name":"value","type":"uint256"}],"outputs":[{"name":"","type":"bool"}]},
		{"type":"function","name":"balanceOf","stateMutability":"view","inputs":[{"name":"owner","type":"address"}],"outputs":[{"name":"","type":"uint256"}]}
	]`))
	if err != nil {
		panic(fmt.Sprintf("eigen: erc20 ABI: %v", err))
	}
	return a
}()

// Deposit approves the StrategyManager for amount of the strategy's
// underlying token and deposits it; the operator's shares count as its own
// delegated stake once it is an operator (before or after registering). It
// returns the deposit's receipt.
func (o *Operator) Deposit(ctx context.Context, strategy common.Address, amount *big.Int) (*types.Receipt, error) {
	s, err := o.Core.Strategy(strategy, o.Backend)
	if err != nil {
		return nil, err
	}
	token, err := s.UnderlyingToken(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, fmt.Errorf("underlying token of strategy %s: %w", strategy, err)
	}
	erc20 := bind.NewBoundContract(token, erc20ABI, o.Backend, o.Backend, o.Backend)
	// The deposit is estimated against the latest block, so the allowance
	// must be mined first.
	if _, err := sendAndWait(ctx, o.Backend, o.Opts, "approve deposit", func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return erc20.Transact(opts, "approve", o.Core.CoreAddresses.StrategyManager, amount)
	}); err != nil {
		return nil, err
	}
	return sendAndWait(ctx, o.Backend, o.Opts, "deposit into strategy", func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return o.Core.StrategyManager.DepositIntoStrategy(opts, strategy, token, amount)
	})
}

// RegisterAsOperator registers the account as an EigenLayer operator (with
// no delegation approver: anyone may delegate to it) and sets its
// allocation delay: how many blocks an allocation waits before it is
// slashable, giving its stakers time to leave first.
func (o *Operator) RegisterAsOperator(ctx context.Context, allocationDelay uint32, metadataURI string) (*types.Receipt, error) {
	return sendAndWait(ctx, o.Backend, o.Opts, "register as operator", func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return o.Core.DelegationManager.RegisterAsOperator(opts, common.Address{}, allocationDelay, metadataURI)
	})
}

// SetAllocationDelay changes the allocation delay; the new value takes
// effect ALLOCATION_CONFIGURATION_DELAY + 1 blocks later.
func (o *Operator) SetAllocationDelay(ctx context.Context, delay uint32) (*types.Receipt, error) {
	return sendAndWait(ctx, o.Backend, o.Opts, "set allocation delay", func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return o.Core.AllocationManager.SetAllocationDelay(opts, o.Address(), delay)
	})
}

// AllocationDelay is the delay in force and whether one is set at all (an
// operator cannot allocate before).
func (o *Operator) AllocationDelay(ctx context.Context) (set bool, delay uint32, err error) {
	set, delay, err = o.Core.AllocationManager.GetAllocationDelay(&bind.CallOpts{Context: ctx}, o.Address())
	if err != nil {
		return false, 0, fmt.Errorf("allocation delay of %s: %w", o.Address(), err)
	}
	return set, delay, nil
}

// Allocate sets the magnitude the operator allocates to the AVS's set in
// each of the set's strategies (FullMagnitude = all of its stake in that
// strategy). An increase becomes slashable, and counts as stake, after the
// allocation delay; a decrease stays slashable for DEALLOCATION_DELAY.
func (o *Operator) Allocate(ctx context.Context, magnitude uint64) (*types.Receipt, error) {
	mags := make([]uint64, len(o.AVS.Strategies))
	for i := range mags {
		mags[i] = magnitude
	}
	params := []allocationmanager.IAllocationManagerTypesAllocateParams{{
		OperatorSet:   o.AVS.OperatorSet(),
		Strategies:    o.AVS.Strategies,
		NewMagnitudes: mags,
	}}
	return sendAndWait(ctx, o.Backend, o.Opts, "allocate", func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return o.Core.AllocationManager.ModifyAllocations(opts, o.Address(), params)
	})
}

// Registration is the operator's BLS registration: the OperatorRegistry's
// proof of possession, which the registrar checks too.
func (o *Operator) Registration(ctx context.Context, key *bls.KeyPair) (deploy.Registration, error) {
	chainID, err := o.Backend.ChainID(ctx)
	if err != nil {
		return deploy.Registration{}, fmt.Errorf("chain id: %w", err)
	}
	return deploy.NewRegistration(key, chainID, o.AVS.AVSAddresses.Registry, o.Address()), nil
}

// RegistrationData is what registerForOperatorSets passes to our
// registrar: EigenAVSRegistrar.registrationData(pubkeyG1, pubkeyG2, signature).
func RegistrationData(r deploy.Registration) ([]byte, error) {
	parsed, err := bindings.EigenAVSRegistrarMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	m, ok := parsed.Methods["registrationData"]
	if !ok {
		return nil, fmt.Errorf("EigenAVSRegistrar ABI has no registrationData")
	}
	// The method's inputs encode exactly as the registrar's abi.decode reads.
	data, err := m.Inputs.Pack(r.PubkeyG1, r.PubkeyG2, r.Signature)
	if err != nil {
		return nil, fmt.Errorf("encode registration: %w", err)
	}
	return data, nil
}

// RegisterForOperatorSet registers the operator for the AVS's set with its
// BLS key. The registrar refuses it without slashable stake (no effective
// allocation) or with a bad key or proof.
func (o *Operator) RegisterForOperatorSet(ctx context.Context, key *bls.KeyPair) (*types.Receipt, error) {
	reg, err := o.Registration(ctx, key)
	if err != nil {
		return nil, err
	}
	data, err := RegistrationData(reg)
	if err != nil {
		return nil, err
	}
	params := allocationmanager.IAllocationManagerTypesRegisterParams{
		Avs:            o.AVS.AVSAddresses.StakeSource,
		OperatorSetIds: []uint32{o.AVS.OperatorSetID},
		Data:           data,
	}
	return sendAndWait(ctx, o.Backend, o.Opts, "register for operator set", func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return o.Core.AllocationManager.RegisterForOperatorSets(opts, o.Address(), params)
	})
}

// RegisterWithRegistry registers the operator's key with the
// OperatorRegistry for its next epoch; the registry reads the stake from
// the EigenStakeSource, so the operator must be in the set already.
func (o *Operator) RegisterWithRegistry(ctx context.Context, key *bls.KeyPair) (*types.Receipt, error) {
	reg, err := o.Registration(ctx, key)
	if err != nil {
		return nil, err
	}
	return sendAndWait(ctx, o.Backend, o.Opts, "register with registry", func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return o.AVS.Registry.Register(opts, reg.PubkeyG1, reg.PubkeyG2, reg.Signature)
	})
}

// DeregisterFromOperatorSet leaves the AVS's set.
func (o *Operator) DeregisterFromOperatorSet(ctx context.Context) (*types.Receipt, error) {
	params := allocationmanager.IAllocationManagerTypesDeregisterParams{
		Operator:       o.Address(),
		Avs:            o.AVS.AVSAddresses.StakeSource,
		OperatorSetIds: []uint32{o.AVS.OperatorSetID},
	}
	return sendAndWait(ctx, o.Backend, o.Opts, "deregister from operator set", func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return o.Core.AllocationManager.DeregisterFromOperatorSets(opts, params)
	})
}

// DeregisterFromRegistry removes the operator from the OperatorRegistry's
// next epoch. Without it an operator that left the set stays registered
// with zero stake: left out of every epoch, but holding one of the
// registry's MaxOperators places.
func (o *Operator) DeregisterFromRegistry(ctx context.Context) (*types.Receipt, error) {
	return sendAndWait(ctx, o.Backend, o.Opts, "deregister from registry", func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return o.AVS.Registry.Deregister(opts)
	})
}

// Join registers the operator for the set, then with the registry (whose
// stake check needs the membership), with one key and one proof.
func (o *Operator) Join(ctx context.Context, key *bls.KeyPair) error {
	if _, err := o.RegisterForOperatorSet(ctx, key); err != nil {
		return err
	}
	if _, err := o.RegisterWithRegistry(ctx, key); err != nil {
		return err
	}
	return nil
}

// Leave deregisters the operator from the set and from the registry; both
// take effect at the registry's next epoch.
func (o *Operator) Leave(ctx context.Context) error {
	if _, err := o.DeregisterFromOperatorSet(ctx); err != nil {
		return err
	}
	if _, err := o.DeregisterFromRegistry(ctx); err != nil {
		return err
	}
	return nil
}
