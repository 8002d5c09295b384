package sequencer

import (
	"context"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/nodeop/nodeop/internal/txn"
	"github.com/nodeop/nodeop/sequencer/blockinfo"
)

// Executor applies ordered blocks to the rollup's state. The consensus path
// drives it: Propose in PrepareProposal, Verify in ProcessProposal, Execute
// in FinalizeBlock, Commit in Commit. rollup/executor implements it over the
// embedded op-geth engine.
type Executor interface {
	// Nonce and Balance read the committed state (the parent of the next
	// block), for admission and for checking proposals.
	Nonce(addr common.Address) uint64
	Balance(addr common.Address) *big.Int
	// DAFootprint is what tx counts against the next block's data
	// availability budget (0 where the chain has none).
	DAFootprint(tx *txn.Tx) uint64
	// BaseFee is the base fee of the block at height (nil: none), by which
	// the ordering policy computes effective tips.
	BaseFee(height int64) *big.Int
	// LastBlock is the last executed height and its app hash.
	LastBlock() (height int64, appHash []byte)
	// Propose chooses what the block at height needs besides its txs (its
	// timestamp and L1 origin) and whether it may carry user txs.
	Propose(ctx context.Context, height int64) (info blockinfo.Info, txsAllowed bool, err error)
	// Verify checks another proposer's choice for height.
	Verify(ctx context.Context, height int64, info blockinfo.Info, hasTxs bool) error
	// Execute runs txs, in order, as the block at height and reports each
	// tx's outcome (nil = applied) and the resulting app hash. It must be
	// deterministic: every honest node computes the same outcome.
	Execute(ctx context.Context, height int64, info blockinfo.Info, txs []*txn.Tx) (*Execution, error)
	// Commit makes the last Execute durable, if Execute did not already.
	Commit() error
	Close() error
}

// ErrNoRoom marks a tx execution left out for lack of room in the block (DA
// footprint, block size): valid, and proposed again later. Any other
// execution error means the tx cannot apply as it stands, and the pool
// drops it, as go-ethereum's miner does.
var ErrNoRoom = errors.New("no room in the block")

// Execution is the outcome of one block.
type Execution struct {
	Height  int64
	AppHash []byte
	// Errs holds, per tx, why it was not applied (nil when it was).
	Errs []error
}
