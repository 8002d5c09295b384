// Package batches is the batch pipeline's state inside the sequencer app:
// when the open range of L2 blocks is sealed into a batch, the header the
// operators sign, the certificate that closes it, who is due to post it to
// L1, and how the L1 outcome feeds each operator's trust score. Like the
// schedule it drives, it is pure: the app feeds it what consensus decided
// (heights, votes, certificates, the L1 commits seen at the agreed L1
// origin) and reads back deterministic state; sealing's I/O (L2 payloads,
// the operator set on L1, blob encoding) is the caller's.
package batches

import (
	"errors"
	"fmt"

	"github.com/nodeop/nodeop/batcher/channel"
	"github.com/nodeop/nodeop/batcher/schedule"
)

// Params are the batch rules every operator of a rollup shares; they sit in
// the CometBFT genesis app_state next to the chain parameters.
type Params struct {
	// A batch is sealed when its open range holds MaxBlocks L2 blocks, spans
	// MaxSeconds of L2 time, or carries MaxTxBytes of transactions,
	// whichever comes first.
	MaxBlocks  uint64 `json:"max_blocks"`
	MaxSeconds uint64 `json:"max_seconds"`
	MaxTxBytes uint64 `json:"max_tx_bytes"`
	// MaxBlobs caps the blobs of one batch (its one blob tx).
	MaxBlobs int `json:"max_blobs"`
	// WindowBlocks is the assigned submitter's window in L1 blocks. It
	// opens at the L1 block consensus time says is the head when the batch
	// is sealed: the origin of its last block plus the L1 blocks the
	// sealing height's BFT time is past the origin's (L1BlockTime each).
	// An origin trails the L1 head by the confirmation depth, and by much
	// more while the chain catches up; counting from the origin alone
	// would hand out windows that already passed.
	WindowBlocks uint64 `json:"window_blocks"`
	// L1BlockTime is the L1 slot time in seconds.
	L1BlockTime uint64 `json:"l1_block_time"`
	// SubWindow is each fallback's window in L1 blocks; it must equal the
	// inbox's subWindowLength, which enforces it.
	SubWindow uint64 `json:"sub_window"`
	// Fallbacks is how many fallback submitters each header names.
	Fallbacks uint32 `json:"fallbacks"`
}

// DefaultParams suit 1 s L2 blocks and 2 s L1 slots: a batch every 10 s
// (about 5 L1 blocks), 16 s for its submitter, 8 s per fallback.
func DefaultParams() Params {
	return Params{
		MaxBlocks:    10,
		MaxSeconds:   10,
		MaxTxBytes:   400_000,
		MaxBlobs:     6,
		WindowBlocks: 8,
		L1BlockTime:  2,
		SubWindow:    4,
		Fallbacks:    3,
	}
}

// Validate reports the first unusable parameter.
func (p Params) Validate() error {
	switch {
	case p.MaxBlocks == 0:
		return errors.New("batches: max_blocks must be positive")
	case p.MaxSeconds == 0:
		return errors.New("batches: max_seconds must be positive")
	case p.MaxTxBytes == 0:
		return errors.New("batches: max_tx_bytes must be positive")
	case p.MaxBlobs < 1 || p.MaxBlobs > channel.MaxBlobsPerTx:
		return fmt.Errorf("batches: max_blobs %d outside 1..%d", p.MaxBlobs, channel.MaxBlobsPerTx)
	case p.WindowBlocks == 0:
		return errors.New("batches: window_blocks must be positive")
	case p.L1BlockTime == 0:
		return errors.New("batches: l1_block_time must be positive")
	case p.SubWindow == 0:
		return errors.New("batches: sub_window must be positive")
	}
	cfg := schedule.DefaultConfig()
	cfg.Fallbacks = p.Fallbacks
	return cfg.Validate()
}

// scheduleConfig is the schedule's configuration under p.
func (p Params) scheduleConfig() schedule.Config {
	cfg := schedule.DefaultConfig()
	cfg.Fallbacks = p.Fallbacks
	return cfg
}
