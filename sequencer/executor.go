package sequencer

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/nodeop/nodeop/internal/txn"
)

// Executor applies ordered blocks to the rollup's state. The consensus path
// drives it: Execute during FinalizeBlock, Commit during Commit. Nothing
// Execute does may become visible to Nonce or survive a crash before Commit,
// so that CometBFT's handshake can replay an uncommitted block.
//
// The nonce Ledger implements it until the embedded op-geth engine lands;
// the mempool and ordering only ever see the Nonce method.
type Executor interface {
	// Nonce is the committed nonce of addr.
	Nonce(addr common.Address) uint64
	// LastBlock is the last committed height and app hash (0, nil before
	// the first block).
	LastBlock() (height int64, appHash []byte)
	// Execute runs txs, in order, as the block at height and reports each
	// tx's outcome (nil = applied) and the resulting app hash. It must be
	// deterministic: every honest node computes the same outcome.
	Execute(height int64, txs []*txn.Tx) (*Execution, error)
	// Commit makes the last Execute durable and visible.
	Commit() error
	Close() error
}

// Execution is the outcome of one block.
type Execution struct {
	Height  int64
	AppHash []byte
	// Errs holds, per tx, why it was not applied (nil when it was).
	Errs []error
}
