package channel

import (
	"fmt"

	optypes "github.com/ethereum-optimism/optimism/op-core/types"
	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/core/types"
)

// checkBlocks checks that blocks form one span batch that op-node's batch rules
// (derive/batches.go) accept, as far as they can be decided from the blocks alone, and
// returns each block's L1-info (epoch). Not decidable here, and left to the sequencer
// and the submitter: the sequencing window (depends on the L1 inclusion block) and
// whether a deposit-only block past the sequencer drift could have adopted the next L1
// origin (depends on that L1 block's time).
func checkBlocks(cfg Config, blocks []*eth.ExecutionPayloadEnvelope) ([]*derive.L1BlockInfo, error) {
	if len(blocks) == 0 {
		return nil, ErrNoBlocks
	}
	rcfg := cfg.Rollup
	spec := rollup.NewChainSpec(rcfg)
	infos := make([]*derive.L1BlockInfo, len(blocks))
	bad := func(p *eth.ExecutionPayload, format string, args ...any) error {
		return fmt.Errorf("%w: block %d: %s", ErrInvalidBlocks, uint64(p.BlockNumber), fmt.Sprintf(format, args...))
	}
	for i, env := range blocks {
		if env == nil || env.ExecutionPayload == nil {
			return nil, fmt.Errorf("%w: block %d of the batch is missing", ErrInvalidBlocks, i)
		}
		p := env.ExecutionPayload
		num, ts := uint64(p.BlockNumber), uint64(p.Timestamp)

		// Contiguity: the span batch stores the first timestamp and derives the others
		// from the block time; op-node applies it on top of the first block's parent.
		if i == 0 {
			g := rcfg.Genesis
			if num <= g.L2.Number {
				return nil, bad(p, "the L2 genesis (block %d) and blocks before it are not batched", g.L2.Number)
			}
			if want := g.L2Time + (num-g.L2.Number)*rcfg.BlockTime; ts != want {
				return nil, bad(p, "timestamp %d, the chain's block time puts it at %d", ts, want)
			}
		} else {
			prev := blocks[i-1].ExecutionPayload
			if num != uint64(prev.BlockNumber)+1 {
				return nil, bad(p, "not contiguous: follows block %d", uint64(prev.BlockNumber))
			}
			if p.ParentHash != prev.BlockHash {
				return nil, bad(p, "parent hash %s is not block %d's hash %s", p.ParentHash, uint64(prev.BlockNumber), prev.BlockHash)
			}
			if ts != uint64(prev.Timestamp)+rcfg.BlockTime {
				return nil, bad(p, "timestamp %d, want parent's %d + block time %d", ts, uint64(prev.Timestamp), rcfg.BlockTime)
			}
		}

		// The L1-info deposit comes first and names the epoch; the batched txs are the
		// others minus deposits (derived from L1, never batched).
		sb, info, err := derive.PayloadToSingularBatch(rcfg, p)
		if err != nil {
			return nil, bad(p, "%v", err)
		}
		infos[i] = info
		if i == 0 {
			// Span batches need Delta and brotli needs Fjord at the L1 inclusion
			// block, which is no earlier than this block's L1 origin.
			if !rcfg.IsDelta(info.Time) || !rcfg.IsFjord(info.Time) {
				return nil, bad(p, "span batches with brotli need Delta and Fjord active at L1 time %d", info.Time)
			}
		} else {
			prev := infos[i-1]
			switch info.Number {
			case prev.Number:
				if info.BlockHash != prev.BlockHash {
					return nil, bad(p, "L1 origin %d hash %s differs from its parent's %s", info.Number, info.BlockHash, prev.BlockHash)
				}
				if info.SequenceNumber != prev.SequenceNumber+1 {
					return nil, bad(p, "sequence number %d in epoch %d, want %d", info.SequenceNumber, info.Number, prev.SequenceNumber+1)
				}
			case prev.Number + 1:
				if info.SequenceNumber != 0 {
					return nil, bad(p, "first block of epoch %d has sequence number %d", info.Number, info.SequenceNumber)
				}
			default:
				return nil, bad(p, "L1 origin %d does not follow the parent's %d (same or next)", info.Number, prev.Number)
			}
		}
		if ts < info.Time {
			return nil, bad(p, "timestamp %d before its L1 origin's %d", ts, info.Time)
		}
		if maxTime := info.Time + spec.MaxSequencerDrift(info.Time); ts > maxTime && len(sb.Transactions) > 0 {
			return nil, bad(p, "%d txs past the sequencer drift (L1 origin time %d + %d): only deposit-only blocks are allowed there",
				len(sb.Transactions), info.Time, spec.MaxSequencerDrift(info.Time))
		}
		if (rcfg.IsJovianActivationBlock(ts) || rcfg.IsKarstActivationBlock(ts) || rcfg.IsInteropActivationBlock(ts)) &&
			len(sb.Transactions) > 0 {
			return nil, bad(p, "fork activation block carries %d user txs; op-node drops it", len(sb.Transactions))
		}
		for j, tx := range sb.Transactions {
			switch tx[0] {
			case types.SetCodeTxType:
				if !rcfg.IsIsthmus(ts) {
					return nil, bad(p, "tx %d is a SetCode tx before Isthmus", j)
				}
			case optypes.PostExecTxType:
				if !rcfg.IsSDM(ts) {
					return nil, bad(p, "tx %d is a PostExec tx before SDM", j)
				}
			case types.BlobTxType:
				return nil, bad(p, "tx %d is a blob tx, which L2 blocks cannot carry", j)
			}
		}
	}
	return infos, nil
}
