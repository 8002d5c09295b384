package sequencer

import (
	"context"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/nodeop/nodeop/sequencer/blockinfo"
)

// Batches is the batch pipeline the app drives through CometBFT: operators
// sign the pending batch header in their vote extensions, the next
// proposer aggregates the signatures into a certificate record that it
// places right after the block info, and every node folds each decided
// block into the pipeline's state before executing it. The consensus
// connection is the only caller, and CometBFT calls it serially.
type Batches interface {
	// ExtendVote returns this node's signature over the pending header for
	// its precommit at height, or nil to sign nothing.
	ExtendVote(ctx context.Context, height int64) []byte
	// VerifyVoteExtension checks another validator's extension; an empty
	// one is always acceptable.
	VerifyVoteExtension(ctx context.Context, height int64, validator, ext []byte) error
	// Certificate returns the certificate record for the proposal at
	// height, aggregated from the extensions of the previous height's
	// precommits, or nil when they do not reach quorum.
	Certificate(ctx context.Context, height int64, votes []abci.ExtendedVoteInfo) []byte
	// CheckCertificate checks a proposed certificate record.
	CheckCertificate(ctx context.Context, height int64, rec []byte) error
	// Finalize folds a decided block in: its BFT time, its certificate
	// record (nil for none), the validators whose precommits its last
	// commit carries, and the bytes of its user txs. It runs before the
	// block executes, and returns the validator set's changes: voting
	// powers follow the operators' stake in the registry's epochs.
	Finalize(ctx context.Context, height int64, time time.Time, info blockinfo.Info, cert []byte, voters [][]byte, txBytes int) ([]abci.ValidatorUpdate, error)
}
