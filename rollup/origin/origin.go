// Package origin chooses and checks the L1 origin of each L2 block by the
// OP Stack's rules, so that every block the sequencer set agrees on is one
// that op-node's derivation also accepts. Pure: callers pass in their view
// of L1; nothing here fetches.
package origin

import (
	"errors"
	"fmt"

	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-service/eth"
)

var (
	// ErrReorg: the next L1 block does not build on the current origin;
	// the caller must refresh its L1 view before choosing.
	ErrReorg = errors.New("next L1 block does not extend the current origin")
	// ErrWrongOrigin: the proposed origin is neither the parent's origin
	// nor its child.
	ErrWrongOrigin = errors.New("L1 origin is neither the parent's origin nor its successor")
	// ErrUnknownOrigin: the proposed next origin is not in this node's view
	// of L1 (yet, or at all).
	ErrUnknownOrigin = errors.New("L1 origin not in this node's L1 view")
	// ErrUnconfirmedOrigin: the proposed next origin lacks the confirmation
	// depth in this node's view.
	ErrUnconfirmedOrigin = errors.New("L1 origin not confirmed deep enough")
	// ErrOriginAfterBlock: an L2 block may not point to an L1 block from its
	// future.
	ErrOriginAfterBlock = errors.New("L1 origin is later than the L2 block")
	// ErrDriftTxs: past the sequencer drift only deposit-only blocks are
	// valid until the origin advances.
	ErrDriftTxs = errors.New("transactions past the maximum sequencer drift")
	// ErrMustAdvance: past the drift, staying on the old origin is valid
	// only while the next L1 block is still in the L2 block's future.
	ErrMustAdvance = errors.New("past the maximum sequencer drift the next L1 origin must be adopted")
	// ErrActivationTxs: fork activation blocks carry only upgrade deposits.
	ErrActivationTxs = errors.New("transactions in a fork activation block")
)

// Choice is the origin for the next L2 block and whether it may carry
// user transactions.
type Choice struct {
	Origin     eth.L1BlockRef
	TxsAllowed bool
}

// Select picks the origin of the L2 block at timestamp ts whose parent's
// origin is cur. next is the L1 block after cur in the proposer's view (nil
// if it has none) and l1Head the number of its L1 head. Like op-node's
// sequencer it adopts next as soon as it may (its time is not after ts),
// here only once it has confDepth confirmations, unless the drift forces
// adoption regardless.
func Select(cfg *rollup.Config, cur eth.L1BlockRef, next *eth.L1BlockRef, l1Head, confDepth, ts uint64) (Choice, error) {
	if next != nil && (next.Number != cur.Number+1 || next.ParentHash != cur.Hash) {
		return Choice{}, fmt.Errorf("%w: current %s, next %s (parent %s)", ErrReorg, cur.ID(), next.ID(), next.ParentHash)
	}
	chosen := cur
	if next != nil && next.Time <= ts {
		confirmed := l1Head >= next.Number+confDepth
		if confirmed || pastDrift(cfg, cur, ts) {
			chosen = *next
		}
	}
	return Choice{Origin: chosen, TxsAllowed: txsAllowed(cfg, chosen, ts)}, nil
}

// Check is what a validator runs on a proposed L2 block at ts with origin
// proposed, given the parent's origin cur, its own view of the block after
// cur (next, nil if it has none), its L1 head number and the confirmation
// depth it requires. Confirmation depth is waived where the drift rule
// forces adoption, as in Select.
func Check(cfg *rollup.Config, cur, proposed eth.L1BlockRef, next *eth.L1BlockRef, l1Head, confDepth, ts uint64, hasTxs bool) error {
	switch proposed.Number {
	case cur.Number:
		if proposed.Hash != cur.Hash {
			return fmt.Errorf("%w: %s, parent's origin %s", ErrWrongOrigin, proposed.ID(), cur.ID())
		}
	case cur.Number + 1:
		if next == nil || next.Hash != proposed.Hash {
			return fmt.Errorf("%w: %s", ErrUnknownOrigin, proposed.ID())
		}
		if proposed.ParentHash != cur.Hash {
			return fmt.Errorf("%w: %s has parent %s, parent's origin %s", ErrWrongOrigin, proposed.ID(), proposed.ParentHash, cur.ID())
		}
		if l1Head < proposed.Number+confDepth && !pastDrift(cfg, cur, ts) {
			return fmt.Errorf("%w: %s, L1 head %d, depth %d", ErrUnconfirmedOrigin, proposed.ID(), l1Head, confDepth)
		}
	default:
		return fmt.Errorf("%w: %s, parent's origin %s", ErrWrongOrigin, proposed.ID(), cur.ID())
	}
	if ts < proposed.Time {
		return fmt.Errorf("%w: L1 time %d, L2 time %d", ErrOriginAfterBlock, proposed.Time, ts)
	}
	if pastDrift(cfg, proposed, ts) {
		if hasTxs {
			return fmt.Errorf("%w: L2 time %d, origin time %d", ErrDriftTxs, ts, proposed.Time)
		}
		if proposed.Number == cur.Number && next != nil && ts >= next.Time {
			return fmt.Errorf("%w: next %s at time %d, L2 time %d", ErrMustAdvance, next.ID(), next.Time, ts)
		}
	}
	if hasTxs && activation(cfg, ts) {
		return fmt.Errorf("%w: L2 time %d", ErrActivationTxs, ts)
	}
	return nil
}

func pastDrift(cfg *rollup.Config, o eth.L1BlockRef, ts uint64) bool {
	return ts > o.Time+rollup.NewChainSpec(cfg).MaxSequencerDrift(o.Time)
}

func txsAllowed(cfg *rollup.Config, o eth.L1BlockRef, ts uint64) bool {
	return !pastDrift(cfg, o, ts) && !activation(cfg, ts)
}

// activation mirrors the forks whose activation blocks derivation refuses
// user transactions in (op-node rollup/derive/batches.go).
func activation(cfg *rollup.Config, ts uint64) bool {
	return cfg.IsJovianActivationBlock(ts) || cfg.IsKarstActivationBlock(ts) || cfg.IsInteropActivationBlock(ts)
}
