package origin

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/common"
)

const (
	drift     = 1800 // Fjord's constant sequencer drift
	karstTime = 5000
)

func testConfig() *rollup.Config {
	zero, karst := uint64(0), uint64(karstTime)
	return &rollup.Config{
		BlockTime:         1,
		MaxSequencerDrift: 600, // pre-Fjord value, overridden by Fjord's constant
		RegolithTime:      &zero,
		CanyonTime:        &zero,
		DeltaTime:         &zero,
		EcotoneTime:       &zero,
		FjordTime:         &zero,
		KarstTime:         &karst,
	}
}

// l1 returns a chain of L1 refs: block i at time 100 + 12*i.
func l1(n int) []eth.L1BlockRef {
	out := make([]eth.L1BlockRef, n)
	for i := range out {
		out[i] = eth.L1BlockRef{Number: uint64(i), Hash: common.Hash{byte(i + 1)}, Time: 100 + 12*uint64(i)}
		if i > 0 {
			out[i].ParentHash = out[i-1].Hash
		}
	}
	return out
}

func TestSelect(t *testing.T) {
	cfg := testConfig()
	c := l1(4)
	forked := c[2]
	forked.ParentHash = common.Hash{0xff}
	ptr := func(r eth.L1BlockRef) *eth.L1BlockRef { return &r }
	tests := []struct {
		name      string
		cur       eth.L1BlockRef
		next      *eth.L1BlockRef
		l1Head    uint64
		confDepth uint64
		ts        uint64
		want      eth.L1BlockRef
		wantTxs   bool
		wantErr   error
	}{
		{name: "hold: no next block known", cur: c[1], ts: 120, l1Head: 1, want: c[1], wantTxs: true},
		{name: "advance: next confirmed and not in the future", cur: c[1], next: ptr(c[2]), l1Head: 3, confDepth: 1, ts: 124, want: c[2], wantTxs: true},
		{name: "advance at exactly the next block's time", cur: c[1], next: ptr(c[2]), l1Head: 2, ts: c[2].Time, want: c[2], wantTxs: true},
		{name: "hold: next lacks confirmations", cur: c[1], next: ptr(c[2]), l1Head: 2, confDepth: 2, ts: 130, want: c[1], wantTxs: true},
		{name: "hold: next is in the L2 block's future", cur: c[1], next: ptr(c[2]), l1Head: 3, ts: c[2].Time - 1, want: c[1], wantTxs: true},
		{name: "max drift without next: hold, no txs", cur: c[1], l1Head: 1, ts: c[1].Time + drift + 1, want: c[1], wantTxs: false},
		{name: "drift edge: exactly at max drift txs still allowed", cur: c[1], l1Head: 1, ts: c[1].Time + drift, want: c[1], wantTxs: true},
		{name: "max drift forces adoption of an unconfirmed next", cur: c[1], next: ptr(c[2]), l1Head: 2, confDepth: 5, ts: c[1].Time + drift + 1, want: c[2], wantTxs: true},
		{name: "reorg: next does not extend cur", cur: c[1], next: &forked, l1Head: 3, ts: 130, wantErr: ErrReorg},
		{name: "reorg: next is not cur+1", cur: c[1], next: ptr(c[3]), l1Head: 3, ts: 200, wantErr: ErrReorg},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Select(cfg, tc.cur, tc.next, tc.l1Head, tc.confDepth, tc.ts)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			if err != nil {
				return
			}
			if got.Origin != tc.want || got.TxsAllowed != tc.wantTxs {
				t.Fatalf("got origin %s txs %v, want %s txs %v", got.Origin.ID(), got.TxsAllowed, tc.want.ID(), tc.wantTxs)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	cfg := testConfig()
	c := l1(4)
	ptr := func(r eth.L1BlockRef) *eth.L1BlockRef { return &r }
	wrongHash := c[1]
	wrongHash.Hash = common.Hash{0xee}
	orphan := c[2]
	orphan.ParentHash = common.Hash{0xdd}
	sibling := c[2]
	sibling.Hash = common.Hash{0xcc}
	late := c[1].Time + drift + 1
	tests := []struct {
		name      string
		cur, prop eth.L1BlockRef
		next      *eth.L1BlockRef
		l1Head    uint64
		confDepth uint64
		ts        uint64
		hasTxs    bool
		wantErr   error
	}{
		{name: "hold is valid", cur: c[1], prop: c[1], next: ptr(c[2]), l1Head: 3, ts: 120, hasTxs: true},
		{name: "advance is valid", cur: c[1], prop: c[2], next: ptr(c[2]), l1Head: 3, confDepth: 1, ts: 125, hasTxs: true},
		{name: "same number, other hash", cur: c[1], prop: wrongHash, ts: 120, wantErr: ErrWrongOrigin},
		{name: "jump by two", cur: c[1], prop: c[3], next: ptr(c[2]), l1Head: 3, ts: 200, wantErr: ErrWrongOrigin},
		{name: "going back", cur: c[2], prop: c[1], l1Head: 3, ts: 200, wantErr: ErrWrongOrigin},
		{name: "next unknown to this node", cur: c[1], prop: c[2], l1Head: 1, ts: 125, wantErr: ErrUnknownOrigin},
		{name: "next differs from this node's view", cur: c[1], prop: c[2], next: ptr(sibling), l1Head: 3, ts: 125, wantErr: ErrUnknownOrigin},
		{name: "next does not build on cur", cur: c[1], prop: orphan, next: ptr(orphan), l1Head: 3, ts: 125, wantErr: ErrWrongOrigin},
		{name: "next not confirmed deep enough", cur: c[1], prop: c[2], next: ptr(c[2]), l1Head: 2, confDepth: 2, ts: 125, wantErr: ErrUnconfirmedOrigin},
		{name: "drift waives confirmations", cur: c[1], prop: c[2], next: ptr(c[2]), l1Head: 2, confDepth: 5, ts: late},
		{name: "origin after the L2 block", cur: c[1], prop: c[2], next: ptr(c[2]), l1Head: 3, ts: c[2].Time - 1, wantErr: ErrOriginAfterBlock},
		{name: "txs past drift", cur: c[1], prop: c[1], l1Head: 1, ts: late, hasTxs: true, wantErr: ErrDriftTxs},
		{name: "empty past drift, next unknown: valid", cur: c[1], prop: c[1], l1Head: 1, ts: late},
		{name: "empty past drift, next known and due: must advance", cur: c[1], prop: c[1], next: ptr(c[2]), l1Head: 2, ts: late, wantErr: ErrMustAdvance},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := Check(cfg, tc.cur, tc.prop, tc.next, tc.l1Head, tc.confDepth, tc.ts, tc.hasTxs)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
		})
	}
}

// TestCheckActivationBlock isolates the activation rule from drift by
// putting the origin close to the activation time.
func TestCheckActivationBlock(t *testing.T) {
	cfg := testConfig()
	o := eth.L1BlockRef{Number: 7, Hash: common.Hash{7}, Time: karstTime - 10}
	if err := Check(cfg, o, o, nil, 7, 0, karstTime, true); !errors.Is(err, ErrActivationTxs) {
		t.Fatalf("txs at activation: err = %v, want %v", err, ErrActivationTxs)
	}
	if err := Check(cfg, o, o, nil, 7, 0, karstTime, false); err != nil {
		t.Fatalf("empty activation block: %v", err)
	}
	if err := Check(cfg, o, o, nil, 7, 0, karstTime+1, true); err != nil {
		t.Fatalf("block after activation: %v", err)
	}
	if got, _ := Select(cfg, o, nil, 7, 0, karstTime); got.TxsAllowed {
		t.Fatal("Select allows txs in the activation block")
	}
}

// TestSelectPassesCheck: whatever the proposer selects, a validator with
// the same L1 view accepts, with or without transactions as allowed.
func TestSelectPassesCheck(t *testing.T) {
	cfg := testConfig()
	r := rand.New(rand.NewPCG(1, 2))
	c := l1(300)
	for range 20_000 {
		i := r.IntN(len(c) - 1)
		cur := c[i]
		var next *eth.L1BlockRef
		if r.IntN(4) > 0 {
			n := c[i+1]
			next = &n
		}
		l1Head := uint64(i) + uint64(r.IntN(4))
		if next == nil {
			l1Head = uint64(i)
		}
		confDepth := uint64(r.IntN(3))
		ts := cur.Time + uint64(r.IntN(2*drift+100))
		got, err := Select(cfg, cur, next, l1Head, confDepth, ts)
		if err != nil {
			t.Fatalf("select(cur %d, next %v, head %d, depth %d, ts %d): %v", cur.Number, next != nil, l1Head, confDepth, ts, err)
		}
		if err := Check(cfg, cur, got.Origin, next, l1Head, confDepth, ts, got.TxsAllowed); err != nil {
			t.Fatalf("check rejects select's choice %s (txs %v) for cur %d, next %v, head %d, depth %d, ts %d: %v",
				got.Origin.ID(), got.TxsAllowed, cur.Number, next != nil, l1Head, confDepth, ts, err)
		}
	}
}
