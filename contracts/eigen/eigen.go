// Package eigen puts nodeop's operator set on EigenLayer: it deploys the real
// EigenLayer v1.4.2 core (the deployable bytecode of
// eigenlayer-contracts@v1.4.2/pkg/bindings behind OpenZeppelin 4.9.0 proxies,
// initialized as EigenLayer's deployment scripts do), nodeop's AVS pieces
// (EigenStakeSource, EigenAVSRegistrar, EigenRewardsSubmitter, and the
// OperatorRegistry and Slashing contracts over that stake source), and runs
// an operator's side of it: deposit into a strategy, register as an
// EigenLayer operator, set the allocation delay, allocate magnitude, and
// register for the operator set with a BLS key.
//
// Everything here talks to the v1.4.2 bindings directly. eigensdk-go
// v0.3.0's chainio clients (elcontracts) are ABI-compatible with v1.4.2 (the
// method sets of AllocationManager, DelegationManager, StrategyManager and
// RewardsCoordinator are identical), but the package pulls in modules this
// repository does not carry (its logger, tx manager and signer: zap, tint,
// the AWS SDK, backoff), so it is not used.
package eigen

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/nodeop/nodeop/contracts"
)

// Backend is what deployment and the operator flow need from an L1 client:
// calls and transactions, receipts and code to wait on them, and the chain
// id that registration proofs bind (*ethclient.Client is one).
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// pollInterval is how often a wait asks for a receipt: well under the
// devnet's slot, so a step costs about one block, not one block plus a
// second as with bind.WaitMined's fixed one-second ticker.
const pollInterval = 100 * time.Millisecond

// sender sends a sequence of transactions from one account with explicit,
// consecutive nonces, so that contracts deployed in one batch can be told
// each other's future addresses, and waits for batches to be mined.
type sender struct {
	ctx     context.Context
	backend Backend
	opts    bind.TransactOpts
	nonce   uint64
	pending []pendingTx
	// Receipts of every mined transaction, by what it did, for callers that
	// report gas.
	receipts map[string]*types.Receipt
}

type pendingTx struct {
	what   string
	tx     *types.Transaction
	create bool
}

func newSender(ctx context.Context, backend Backend, opts *bind.TransactOpts) (*sender, error) {
	s := &sender{ctx: ctx, backend: backend, opts: *opts, receipts: map[string]*types.Receipt{}}
	s.opts.Context = ctx
	if opts.Nonce != nil {
		if !opts.Nonce.IsUint64() {
			return nil, fmt.Errorf("nonce %v out of range", opts.Nonce)
		}
		s.nonce = opts.Nonce.Uint64()
		return s, nil
	}
	n, err := backend.PendingNonceAt(ctx, opts.From)
	if err != nil {
		return nil, fmt.Errorf("nonce of %s: %w", opts.From, err)
	}
	s.nonce = n
	return s, nil
}

// next is the address the k-th creation from now lands at (k = 0: the next
// transaction's).
func (s *sender) next(k uint64) common.Address {
	return crypto.CreateAddress(s.opts.From, s.nonce+k)
}

// txOpts are the options of the next transaction, with gas as given (0:
// the binding estimates it).
func (s *sender) txOpts(gas uint64) *bind.TransactOpts {
	o := s.opts
	o.Nonce = new(big.Int).SetUint64(s.nonce)
	if o.GasLimit == 0 {
		o.GasLimit = gas
	}
	return &o
}

// deploy sends the creation of a contract from its binding's metadata. The
// gas limit is the estimate plus a quarter: estimation runs on the latest
// block, and constructors that store block-dependent values (a block number
// that is zero at genesis) cost more when mined than estimated.
func (s *sender) deploy(what string, md *bind.MetaData, args ...any) (common.Address, error) {
	parsed, err := md.GetAbi()
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy %s: %w", what, err)
	}
	code := common.FromHex(md.Bin)
	var gas uint64
	if s.opts.GasLimit == 0 {
		ctorArgs, err := parsed.Pack("", args...)
		if err != nil {
			return common.Address{}, fmt.Errorf("deploy %s: constructor arguments: %w", what, err)
		}
		est, err := s.backend.EstimateGas(s.ctx, ethereum.CallMsg{From: s.opts.From, Data: append(append([]byte{}, code...), ctorArgs...)})
		if err != nil {
			return common.Address{}, fmt.Errorf("deploy %s: estimate gas: %w", what, decodeRevert(err))
		}
		gas = est + est/4
	}
	addr, tx, _, err := bind.DeployContract(s.txOpts(gas), *parsed, code, s.backend, args...)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy %s: %w", what, decodeRevert(err))
	}
	s.nonce++
	s.pending = append(s.pending, pendingTx{what: what, tx: tx, create: true})
	return addr, nil
}

// call sends a call of method on the contract at to. Its gas is estimated
// against the latest block, so whatever the call depends on must be mined
// already (wait first).
func (s *sender) call(what string, md *bind.MetaData, to common.Address, method string, args ...any) error {
	parsed, err := md.GetAbi()
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	c := bind.NewBoundContract(to, *parsed, s.backend, s.backend, s.backend)
	tx, err := withMargin(s.txOpts(0), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.Transact(o, method, args...)
	})
	if err != nil {
		return fmt.Errorf("%s: %w", what, decodeRevert(err))
	}
	s.nonce++
	s.pending = append(s.pending, pendingTx{what: what, tx: tx})
	return nil
}

// sent records a transaction a binding sent with txOpts's nonce.
func (s *sender) sent(what string, tx *types.Transaction, create bool) {
	s.nonce++
	s.pending = append(s.pending, pendingTx{what: what, tx: tx, create: create})
}

// wait waits until every pending transaction is mined and succeeded (and
// each creation left code), then clears them.
func (s *sender) wait() error {
	pending := s.pending
	s.pending = nil
	for _, p := range pending {
		r, err := waitReceipt(s.ctx, s.backend, p.tx.Hash())
		if err != nil {
			return fmt.Errorf("%s: %w", p.what, err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("%s: tx %s failed (gas used %d of %d)", p.what, p.tx.Hash(), r.GasUsed, p.tx.Gas())
		}
		if p.create {
			code, err := s.backend.CodeAt(s.ctx, r.ContractAddress, nil)
			if err != nil {
				return fmt.Errorf("%s: code at %s: %w", p.what, r.ContractAddress, err)
			}
			if len(code) == 0 {
				return fmt.Errorf("%s: no code at %s after deployment", p.what, r.ContractAddress)
			}
		}
		s.receipts[p.what] = r
	}
	return nil
}

// gasUsed is the gas of every mined transaction, by what it did.
func (s *sender) gasUsed() map[string]uint64 {
	g := make(map[string]uint64, len(s.receipts))
	for what, r := range s.receipts {
		g[what] = r.GasUsed
	}
	return g
}

// waitReceipt polls for a transaction's receipt until it is mined or ctx ends.
func waitReceipt(ctx context.Context, b bind.DeployBackend, hash common.Hash) (*types.Receipt, error) {
	t := time.NewTicker(pollInterval)
	defer t.Stop()
	for {
		r, err := b.TransactionReceipt(ctx, hash)
		if err == nil && r != nil {
			return r, nil
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("receipt of %s: %w", hash, err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("wait for %s: %w", hash, context.Cause(ctx))
		case <-t.C:
		}
	}
}

// withMargin sends a transaction through send with a quarter more gas than
// the node estimates, unless opts fixes the gas. The estimate runs on the
// latest block and is exact there, but EigenLayer's contracts branch on
// block.number (a pending allocation delay or allocation that takes effect
// applies itself on the next write), so the same call can cost more one
// block later and run out of gas.
func withMargin(opts *bind.TransactOpts, send func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Transaction, error) {
	if opts.GasLimit != 0 || opts.NoSend {
		return send(opts)
	}
	dry := *opts
	dry.NoSend = true
	tx, err := send(&dry)
	if err != nil {
		return nil, err
	}
	o := *opts
	o.GasLimit = tx.Gas() + tx.Gas()/4
	if o.Nonce == nil {
		// Pin the nonce the dry run used, so both see the same account state.
		o.Nonce = new(big.Int).SetUint64(tx.Nonce())
	}
	return send(&o)
}

// sendAndWait sends one transaction through send (a binding method given
// opts) and waits for its receipt; a failed send is decoded against every
// contract this package talks to, a failed transaction is an error.
func sendAndWait(ctx context.Context, backend Backend, opts *bind.TransactOpts, what string, send func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Receipt, error) {
	o := *opts
	o.Context = ctx
	tx, err := withMargin(&o, send)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, decodeRevert(err))
	}
	r, err := waitReceipt(ctx, backend, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("%s: tx %s failed (gas used %d of %d)", what, tx.Hash(), r.GasUsed, tx.Gas())
	}
	return r, nil
}

// errorABI holds the custom errors of every contract this package deploys
// or calls, so a revert reads by name wherever it came from: a registrar's
// refusal arrives through the AllocationManager, a stake source's through
// Slashing.
var errorABI = func() *abi.ABI {
	merged := &abi.ABI{Errors: map[string]abi.Error{}}
	for _, md := range errorSources() {
		a, err := md.GetAbi()
		if err != nil {
			panic(fmt.Sprintf("eigen: binding ABI: %v", err))
		}
		for _, e := range a.Errors {
			// Keyed by signature: contracts reuse names (InvalidConfig)
			// with different arguments, and ErrorByID matches on the
			// selector anyway.
			merged.Errors[e.Sig] = e
		}
	}
	return merged
}()

// decodeRevert names a revert by its custom error (see contracts.DecodeRevert).
func decodeRevert(err error) error { return contracts.DecodeRevert(errorABI, err) }

// ErrorABI returns the custom errors of every contract this package deploys
// or calls (EigenLayer's core and nodeop's), for decoding reverts with
// contracts.DecodeRevert.
func ErrorABI() *abi.ABI { return errorABI }
