package submit

import (
	"fmt"
	"math"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"

	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/deploy"
)

// Phase is BatchInbox.WindowPhase: who may commit a header at a block.
type Phase uint8

// The phases, with the values the contract's enum (and deploy.Phase*) has.
const (
	PhaseTooEarly = Phase(deploy.PhaseTooEarly) // before windowStart: nobody
	PhaseAssigned = Phase(deploy.PhaseAssigned) // [windowStart, windowEnd): header.Submitter
	PhaseFallback = Phase(deploy.PhaseFallback) // fallbacks[k], one sub-window each, in order
	PhaseOpen     = Phase(deploy.PhaseOpen)     // afterwards: any member of header.Epoch
)

func (p Phase) String() string {
	switch p {
	case PhaseTooEarly:
		return "too-early"
	case PhaseAssigned:
		return "assigned"
	case PhaseFallback:
		return "fallback"
	case PhaseOpen:
		return "open"
	}
	return fmt.Sprintf("phase(%d)", uint8(p))
}

// Forever is Window.Until in the open phase: the contract's type(uint256).max.
const Forever = uint64(math.MaxUint64)

// Window is what BatchInbox.whoMaySubmit returns for a header at a block.
type Window struct {
	Phase Phase
	// Allowed is the only sender the phase admits; zero in the too-early
	// and open phases (open admits every member of the header's epoch).
	Allowed common.Address
	// Until is the first block at which the phase no longer holds. It is
	// Forever in the open phase and saturates there where the contract's
	// uint256 sum would exceed 64 bits (no L1 reaches such a block).
	Until uint64
}

// Decision says whether one operator may commit a header at one block.
type Decision struct {
	Window
	May bool
}

// WindowAt is BatchInbox._window(header) evaluated with block.number =
// block, computed the way the contract computes it (the fallback index by
// division), so that a node decides locally, without a call, exactly what
// the contract will check when its transaction lands in that block.
//
// subWindow is the inbox's subWindowLength. The inbox's constructor refuses
// zero; a zero here is a programming error and panics, as the contract's
// division would revert.
func WindowAt(h *bindings.BatchHeader, subWindow, block uint64) Window {
	start, end := h.WindowStart, h.WindowEnd
	if block < start {
		return Window{Phase: PhaseTooEarly, Until: start}
	}
	if block < end {
		return Window{Phase: PhaseAssigned, Allowed: h.Submitter, Until: end}
	}
	if subWindow == 0 {
		panic("submit: WindowAt with a zero sub-window (BatchInbox never has one)")
	}
	k := (block - end) / subWindow
	if k < uint64(len(h.Fallbacks)) {
		return Window{Phase: PhaseFallback, Allowed: h.Fallbacks[k], Until: fallbackEnd(end, k, subWindow)}
	}
	return Window{Phase: PhaseOpen, Until: Forever}
}

// fallbackEnd is end + (k+1)*subWindow, saturated at Forever.
func fallbackEnd(end, k, subWindow uint64) uint64 {
	hi, lo := bits.Mul64(k+1, subWindow)
	if hi != 0 {
		return Forever
	}
	sum, carry := bits.Add64(end, lo, 0)
	if carry != 0 {
		return Forever
	}
	return sum
}

// Decide reports whether `me` may commit h in block `block`, mirroring
// BatchInbox._checkWindow: nobody before windowStart; in the assigned and
// fallback phases exactly the allowed address, member of the epoch or not
// (the contract does not ask); in the open phase any member of h.Epoch,
// which the caller tells with `member`. It does not check anything else a
// commit needs (index, parent, blobs, certificate).
func Decide(h *bindings.BatchHeader, subWindow, block uint64, me common.Address, member bool) Decision {
	w := WindowAt(h, subWindow, block)
	d := Decision{Window: w}
	switch w.Phase {
	case PhaseAssigned, PhaseFallback:
		d.May = me == w.Allowed
	case PhaseOpen:
		d.May = member
	}
	return d
}

// OpenTurn is the first block in which `me` tries a commit once h's window
// is open to every member: the open phase's first block plus me's rank (0
// for the assigned submitter, k+1 for fallback k, one past the fallbacks
// for anyone else). The inbox would take the first commit from any member,
// but identical commits racing into one L1 block only waste gas, and their
// blobs, the same blob in several txs of one block, have stalled op-node
// against beacon nodes that answer a hash with every matching blob.
func OpenTurn(h *bindings.BatchHeader, subWindow uint64, me common.Address) uint64 {
	open := fallbackEnd(h.WindowEnd, uint64(len(h.Fallbacks))-1, subWindow)
	if len(h.Fallbacks) == 0 {
		open = h.WindowEnd
	}
	rank := uint64(len(h.Fallbacks)) + 1
	if me == h.Submitter {
		rank = 0
	}
	for k, f := range h.Fallbacks {
		if f == me {
			rank = uint64(k) + 1
			break
		}
	}
	turn, carry := bits.Add64(open, rank, 0)
	if carry != 0 {
		return Forever
	}
	return turn
}
