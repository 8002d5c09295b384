package submit

import (
	"math"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/nodeop/nodeop/contracts/bindings"
)

var (
	addrA = common.Address{0xa}
	addrB = common.Address{0xb}
	addrC = common.Address{0xc}
	addrX = common.Address{0xee} // in none of the header's roles
)

// TestWindowAt walks every phase boundary of a header with window
// [100, 110), fallbacks B then C and sub-windows of 3 blocks:
// B owns [110, 113), C [113, 116), the open phase starts at 116.
func TestWindowAt(t *testing.T) {
	h := &bindings.BatchHeader{Submitter: addrA, Fallbacks: []common.Address{addrB, addrC}, WindowStart: 100, WindowEnd: 110}
	cases := []struct {
		block uint64
		want  Window
	}{
		{0, Window{Phase: PhaseTooEarly, Until: 100}},
		{99, Window{Phase: PhaseTooEarly, Until: 100}},
		{100, Window{Phase: PhaseAssigned, Allowed: addrA, Until: 110}},
		{109, Window{Phase: PhaseAssigned, Allowed: addrA, Until: 110}},
		{110, Window{Phase: PhaseFallback, Allowed: addrB, Until: 113}},
		{112, Window{Phase: PhaseFallback, Allowed: addrB, Until: 113}},
		{113, Window{Phase: PhaseFallback, Allowed: addrC, Until: 116}},
		{115, Window{Phase: PhaseFallback, Allowed: addrC, Until: 116}},
		{116, Window{Phase: PhaseOpen, Until: Forever}},
		{math.MaxUint64, Window{Phase: PhaseOpen, Until: Forever}},
	}
	for _, c := range cases {
		if got := WindowAt(h, 3, c.block); got != c.want {
			t.Errorf("block %d: %+v, want %+v", c.block, got, c.want)
		}
	}
}

// TestWindowAtOddHeaders: headers the contract accepts as they are even
// though no honest sequencer seals them.
func TestWindowAtOddHeaders(t *testing.T) {
	cases := []struct {
		name      string
		h         bindings.BatchHeader
		subWindow uint64
		block     uint64
		want      Window
	}{
		{"no fallbacks: open right after the assigned window",
			bindings.BatchHeader{Submitter: addrA, WindowStart: 5, WindowEnd: 8}, 4, 8,
			Window{Phase: PhaseOpen, Until: Forever}},
		{"empty assigned window (end == start): first fallback at start",
			bindings.BatchHeader{Submitter: addrA, Fallbacks: []common.Address{addrB}, WindowStart: 5, WindowEnd: 5}, 2, 5,
			Window{Phase: PhaseFallback, Allowed: addrB, Until: 7}},
		{"end before start: too early until start",
			bindings.BatchHeader{Submitter: addrA, Fallbacks: []common.Address{addrB}, WindowStart: 10, WindowEnd: 4}, 2, 9,
			Window{Phase: PhaseTooEarly, Until: 10}},
		{"end before start: fallbacks count from end",
			bindings.BatchHeader{Submitter: addrA, Fallbacks: []common.Address{addrB, addrC}, WindowStart: 10, WindowEnd: 4}, 4, 10,
			Window{Phase: PhaseFallback, Allowed: addrC, Until: 12}},
		{"the same fallback twice gets two sub-windows",
			bindings.BatchHeader{Submitter: addrA, Fallbacks: []common.Address{addrB, addrB}, WindowStart: 0, WindowEnd: 1}, 1, 2,
			Window{Phase: PhaseFallback, Allowed: addrB, Until: 3}},
		{"zero submitter is still the only allowed sender",
			bindings.BatchHeader{WindowStart: 0, WindowEnd: 3}, 1, 1,
			Window{Phase: PhaseAssigned, Until: 3}},
		{"sub-window end beyond 64 bits saturates (the contract's uint256 does not overflow)",
			bindings.BatchHeader{Fallbacks: []common.Address{addrB}, WindowStart: 0, WindowEnd: math.MaxUint64 - 1}, 10, math.MaxUint64,
			Window{Phase: PhaseFallback, Allowed: addrB, Until: Forever}},
		{"product beyond 64 bits saturates",
			bindings.BatchHeader{Fallbacks: []common.Address{addrB, addrC}, WindowStart: 0, WindowEnd: 0}, math.MaxUint64, math.MaxUint64,
			Window{Phase: PhaseFallback, Allowed: addrC, Until: Forever}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := WindowAt(&c.h, c.subWindow, c.block); got != c.want {
				t.Fatalf("%+v, want %+v", got, c.want)
			}
		})
	}
}

// TestDecide: the allowed address may submit in its phase whether or not
// it is a member; in the open phase membership alone decides.
func TestDecide(t *testing.T) {
	h := &bindings.BatchHeader{Submitter: addrA, Fallbacks: []common.Address{addrB}, WindowStart: 10, WindowEnd: 12}
	const sub = 2 // B: [12, 14); open from 14
	cases := []struct {
		name   string
		block  uint64
		me     common.Address
		member bool
		may    bool
		phase  Phase
	}{
		{"submitter before the window", 9, addrA, true, false, PhaseTooEarly},
		{"outsider before the window", 9, addrX, false, false, PhaseTooEarly},
		{"submitter at start", 10, addrA, true, true, PhaseAssigned},
		{"submitter, not a member, at start", 10, addrA, false, true, PhaseAssigned},
		{"fallback in the assigned window", 11, addrB, true, false, PhaseAssigned},
		{"member in the assigned window", 11, addrC, true, false, PhaseAssigned},
		{"submitter at end", 12, addrA, true, false, PhaseFallback},
		{"fallback at its first block", 12, addrB, true, true, PhaseFallback},
		{"fallback, not a member, at its last block", 13, addrB, false, true, PhaseFallback},
		{"member in the fallback window", 13, addrC, true, false, PhaseFallback},
		{"fallback after its window, member", 14, addrB, true, true, PhaseOpen},
		{"submitter in the open phase, member", 14, addrA, true, true, PhaseOpen},
		{"submitter in the open phase, not a member", 14, addrA, false, false, PhaseOpen},
		{"member in the open phase", 1000, addrC, true, true, PhaseOpen},
		{"outsider in the open phase", 1000, addrX, false, false, PhaseOpen},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := Decide(h, sub, c.block, c.me, c.member)
			if d.May != c.may || d.Phase != c.phase {
				t.Fatalf("block %d: may %v in %v, want may %v in %v", c.block, d.May, d.Phase, c.may, c.phase)
			}
			if d.Window != WindowAt(h, sub, c.block) {
				t.Fatalf("Decide's window %+v differs from WindowAt's", d.Window)
			}
		})
	}
}

func TestWindowAtZeroSubWindowPanics(t *testing.T) {
	h := &bindings.BatchHeader{Fallbacks: []common.Address{addrB}, WindowStart: 0, WindowEnd: 1}
	if w := WindowAt(h, 0, 0); w.Phase != PhaseAssigned {
		t.Fatalf("assigned window needs no sub-window, got %+v", w)
	}
	defer func() {
		if recover() == nil {
			t.Fatal("no panic for a zero sub-window after windowEnd")
		}
	}()
	WindowAt(h, 0, 1)
}

func TestPhaseString(t *testing.T) {
	for p, want := range map[Phase]string{PhaseTooEarly: "too-early", PhaseAssigned: "assigned", PhaseFallback: "fallback", PhaseOpen: "open", 7: "phase(7)"} {
		if p.String() != want {
			t.Errorf("%d: %q, want %q", p, p.String(), want)
		}
	}
}

// TestOpenTurn: once the window is open to all, the assigned submitter
// tries first, then the fallbacks in order, then everybody else, one L1
// block apart, so identical commits do not race into one block.
func TestOpenTurn(t *testing.T) {
	h := &bindings.BatchHeader{Submitter: addrA, Fallbacks: []common.Address{addrB, addrC}, WindowStart: 100, WindowEnd: 110}
	none := &bindings.BatchHeader{WindowStart: 100, WindowEnd: 100, Fallbacks: []common.Address{}}
	cases := []struct {
		name string
		h    *bindings.BatchHeader
		me   common.Address
		want uint64
	}{
		{"submitter", h, addrA, 116},
		{"first fallback", h, addrB, 117},
		{"second fallback", h, addrC, 118},
		{"other member", h, addrX, 119},
		{"no assignment: every member one block in", none, addrX, 101},
		{"saturates", &bindings.BatchHeader{WindowEnd: math.MaxUint64 - 1, Fallbacks: []common.Address{addrB}}, addrX, Forever},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := OpenTurn(c.h, 3, c.me); got != c.want {
				t.Fatalf("OpenTurn = %d, want %d", got, c.want)
			}
			// The turn is always inside the open phase.
			if got := OpenTurn(c.h, 3, c.me); got != Forever && WindowAt(c.h, 3, got).Phase != PhaseOpen {
				t.Fatalf("turn %d is in phase %v", got, WindowAt(c.h, 3, got).Phase)
			}
		})
	}
}
