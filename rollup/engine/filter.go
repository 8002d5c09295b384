package engine

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
)

// Reasons Filter drops a tx besides the state-transition errors of core (nonce too
// low/high, insufficient funds, fee cap below base fee, gas limit reached, ...).
var (
	ErrDepositTx          = errors.New("deposit transactions cannot be submitted by users")
	ErrBlobTx             = errors.New("blob transactions are not supported on L2")
	ErrDAFootprint        = errors.New("block DA footprint would exceed the gas limit")
	ErrBlockSize          = errors.New("block would exceed the maximum block size")
	ErrForcedTxsInvalid   = errors.New("the attributes' own transactions do not apply")
	ErrNoUserTxsThisBlock = errors.New("no user transactions allowed in this block")
)

// blockSizeBuffer is kept free under params.MaxBlockSize (Osaka, EIP-7934) for the header
// and RLP overhead, as op-geth's builder does for pool txs. op-geth does not check the size
// of forced txs while building, only when importing, so Filter is the guard.
const blockSizeBuffer = 1_000_000

// Filter simulates txs in order on a copy of the head state, in the block context that
// attrs imply, after attrs' own transactions (the deposits), exactly as op-geth's builder
// will apply them, and returns the txs that apply and, per dropped index, why.
//
// op-geth fails the whole build if one forced tx is invalid, so Build must only get
// txs that Filter kept, in the same order. Besides core's state-transition checks, Filter
// enforces what op-geth checks only when importing the block: Jovian's DA-footprint
// limit and Osaka's block size limit. It also drops deposit and blob txs.
//
// Deterministic: the result depends only on the head state, attrs and txs; no clock, no
// pool, no map iteration. If attrs themselves cannot produce a block (bad timestamp,
// deposits that fail) every tx is dropped with that reason, and Build will fail too.
func (e *Engine) Filter(attrs *eth.PayloadAttributes, txs []*types.Transaction) (keep []*types.Transaction, dropped map[int]error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	dropped = make(map[int]error)
	dropAll := func(err error) ([]*types.Transaction, map[int]error) {
		for i := range txs {
			dropped[i] = err
		}
		return nil, dropped
	}
	if e.closed {
		return dropAll(ErrClosed)
	}
	parent := e.chain.CurrentBlock()
	if err := e.checkAttributes(parent, attrs); err != nil {
		return dropAll(err)
	}
	sim, err := e.newSimulation(parent, attrs)
	if err != nil {
		return dropAll(err)
	}
	keep = make([]*types.Transaction, 0, len(txs))
	for i, tx := range txs {
		if err := sim.apply(tx); err != nil {
			dropped[i] = err
			continue
		}
		keep = append(keep, tx)
	}
	return keep, dropped
}

// simulation is the state of a block being assembled the way op-geth's miner does it.
type simulation struct {
	cfg      *params.ChainConfig
	header   *types.Header
	state    *state.StateDB
	evm      *vm.EVM
	gasPool  *core.GasPool
	applied  int
	jovian   bool
	daScalar uint64
	daUsed   uint64
	osaka    bool
	size     uint64
}

// newSimulation prepares the next block's environment on a copy of parent's state and
// applies attrs' own transactions, mirroring op-geth's miner (prepareWork, makeEnv and
// the forced-tx loop of generateWork).
func (e *Engine) newSimulation(parent *types.Header, attrs *eth.PayloadAttributes) (*simulation, error) {
	cfg := e.chainCfg
	ts := uint64(attrs.Timestamp)
	excessBlobGas := uint64(0) // OP chains have no blobs; op-geth sets zero from Ecotone
	header := &types.Header{
		ParentHash:       parent.Hash(),
		Number:           new(big.Int).Add(parent.Number, common.Big1),
		GasLimit:         uint64(*attrs.GasLimit),
		Time:             ts,
		Coinbase:         attrs.SuggestedFeeRecipient,
		MixDigest:        common.Hash(attrs.PrevRandao),
		Difficulty:       common.Big0,
		BaseFee:          eip1559.CalcBaseFee(cfg, parent, ts),
		ParentBeaconRoot: attrs.ParentBeaconBlockRoot,
		ExcessBlobGas:    &excessBlobGas,
		BlobGasUsed:      new(uint64),
	}

	st, err := e.chain.StateAt(parent.Root)
	if err != nil {
		return nil, fmt.Errorf("state of head %d: %w", parent.Number, err)
	}
	coinbase := header.Coinbase
	evm := vm.NewEVM(core.NewEVMBlockContext(header, e.chain, &coinbase, cfg, st), st, cfg, vm.Config{})
	if header.ParentBeaconRoot != nil {
		core.ProcessBeaconBlockRoot(*header.ParentBeaconRoot, evm)
	}
	if cfg.IsPrague(header.Number, header.Time) {
		core.ProcessParentBlockHash(header.ParentHash, evm)
	}
	misc.EnsureCreate2Deployer(cfg, header.Time, st)

	s := &simulation{
		cfg:     cfg,
		header:  header,
		state:   st,
		evm:     evm,
		gasPool: core.NewGasPool(header.GasLimit),
		jovian:  cfg.IsJovian(header.Time),
		osaka:   cfg.IsOsaka(header.Number, header.Time),
		size:    uint64(header.Size()),
	}

	forced := make([]*types.Transaction, len(attrs.Transactions))
	for i, raw := range attrs.Transactions {
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(raw); err != nil {
			return nil, fmt.Errorf("%w: tx %d does not decode: %w", ErrForcedTxsInvalid, i, err)
		}
		forced[i] = tx
	}
	if s.jovian {
		// The DA footprint scalar travels in the Jovian L1-info deposit, which must lead.
		if len(forced) == 0 || !forced[0].IsDepositTx() {
			return nil, fmt.Errorf("%w: missing L1-info deposit", ErrForcedTxsInvalid)
		}
		data := forced[0].Data()
		if len(data) == types.IsthmusL1AttributesLen {
			// Jovian's activation block carries the old L1-info format and, per op-geth's
			// CalcDAFootprint, no user transactions.
			return nil, fmt.Errorf("%w: Jovian activation block", ErrNoUserTxsThisBlock)
		}
		scalar, err := types.ExtractDAFootprintGasScalar(data)
		if err != nil {
			return nil, fmt.Errorf("%w: L1-info deposit: %w", ErrForcedTxsInvalid, err)
		}
		s.daScalar = uint64(scalar)
	}
	for i, tx := range forced {
		if err := s.commit(tx); err != nil {
			return nil, fmt.Errorf("%w: tx %d (%s): %w", ErrForcedTxsInvalid, i, tx.Hash(), err)
		}
	}
	return s, nil
}

// apply checks and executes one user tx; on error the simulation is left as it was.
func (s *simulation) apply(tx *types.Transaction) error {
	switch tx.Type() {
	case types.DepositTxType:
		return ErrDepositTx
	case types.BlobTxType:
		return ErrBlobTx
	}
	return s.commit(tx)
}

// commit runs tx with the same checks op-geth's builder and importer apply to a forced
// tx, and accounts for its gas, DA footprint and size. It changes nothing on error.
func (s *simulation) commit(tx *types.Transaction) error {
	var da uint64
	if s.jovian && !tx.IsDepositTx() {
		da = tx.RollupCostData().EstimatedDASize().Uint64() * s.daScalar
		if s.daUsed+da > s.header.GasLimit {
			return fmt.Errorf("%w: %d + %d > %d", ErrDAFootprint, s.daUsed, da, s.header.GasLimit)
		}
	}
	size := tx.Size()
	if s.osaka && s.size+size > params.MaxBlockSize-blockSizeBuffer {
		return fmt.Errorf("%w: %d + %d bytes > %d", ErrBlockSize, s.size, size, params.MaxBlockSize-blockSizeBuffer)
	}

	snap := s.state.Snapshot()
	gas := s.gasPool.Snapshot()
	s.state.SetTxContext(tx.Hash(), s.applied)
	if _, err := core.ApplyTransaction(s.evm, s.gasPool, s.state, s.header, tx); err != nil {
		s.state.RevertToSnapshot(snap)
		s.gasPool.Set(gas)
		return err
	}
	s.header.GasUsed = s.gasPool.Used()
	s.applied++
	s.daUsed += da
	s.size += size
	return nil
}
