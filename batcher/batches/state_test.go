package batches

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/nodeop/nodeop/batcher/schedule"
)

func TestNewState(t *testing.T) {
	p := DefaultParams()
	s := newTestState(t, p)
	if s.Params() != p || s.Height() != 0 || s.NextIndex() != 0 || s.First() != 1 {
		t.Errorf("fresh state: params %+v height %d next %d first %d", s.Params(), s.Height(), s.NextIndex(), s.First())
	}
	if rec, ok := s.Pending(); ok || rec != nil {
		t.Error("fresh state has a pending header")
	}
	if len(s.Records()) != 0 || s.Operators() != nil {
		t.Error("fresh state has records or operators")
	}
	if _, ok := s.Record(0); ok {
		t.Error("fresh state has batch 0")
	}
	if !s.NeedsScan(1) || s.NeedsScan(0) {
		t.Error("fresh state: NeedsScan(1) should hold, NeedsScan(0) not")
	}
	bad := p
	bad.MaxBlocks = 0
	if s, err := New(bad, 1); err == nil || s != nil {
		t.Errorf("New with invalid params = %v, %v", s, err)
	}
}

func TestBegin(t *testing.T) {
	cases := []struct {
		name  string
		after int64 // heights folded in first
		h     int64
		ok    bool
	}{
		{"first height", 0, 1, true},
		{"next height", 5, 6, true},
		{"height zero", 0, 0, false},
		{"negative", 0, -1, false},
		{"skip from the start", 0, 2, false},
		{"repeat", 5, 5, false},
		{"skip", 5, 7, false},
		{"back", 5, 4, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := newTestState(t, DefaultParams())
			for h := int64(1); h <= tc.after; h++ {
				if err := s.Begin(h); err != nil {
					t.Fatal(err)
				}
			}
			err := s.Begin(tc.h)
			if tc.ok {
				if err != nil || s.Height() != tc.h {
					t.Fatalf("Begin(%d) = %v, height %d", tc.h, err, s.Height())
				}
				return
			}
			if !errors.Is(err, ErrHeight) {
				t.Fatalf("Begin(%d) after %d = %v, want ErrHeight", tc.h, tc.after, err)
			}
			if s.Height() != tc.after {
				t.Errorf("failed Begin moved the height to %d", s.Height())
			}
		})
	}
}

func TestDue(t *testing.T) {
	p := DefaultParams()
	p.MaxBlocks, p.MaxSeconds, p.MaxTxBytes = 10, 20, 1000
	cases := []struct {
		name      string
		bytes     []uint64 // AddBlock calls
		pending   bool
		first     uint64 // open range start (after sealing up to first-1)
		last, age uint64
		want      bool
	}{
		{"nothing yet", nil, false, 1, 1, 0, false},
		{"one block short", nil, false, 1, 9, 8, false},
		{"max blocks", nil, false, 1, 10, 9, true},
		{"past max blocks", nil, false, 1, 15, 14, true},
		{"max blocks after a seal", nil, false, 11, 20, 9, true},
		{"one short after a seal", nil, false, 11, 19, 8, false},
		{"age one short", nil, false, 1, 2, 19, false},
		{"max seconds", nil, false, 1, 2, 20, true},
		{"bytes one short", []uint64{500, 499}, false, 1, 2, 1, false},
		{"max bytes reached", []uint64{500, 499, 1}, false, 1, 3, 2, true},
		{"max bytes in one block", []uint64{5000}, false, 1, 1, 0, true},
		{"last below first", nil, false, 11, 10, 100, false},
		{"last below first with bytes", []uint64{5000}, false, 11, 10, 100, false},
		{"pending: blocks", nil, true, 11, 30, 0, false},
		{"pending: age", nil, true, 11, 11, 100, false},
		{"pending: bytes", []uint64{5000}, true, 11, 11, 0, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := newDriver(t, p, equalMembers(4))
			if tc.first > 1 {
				in := d.input(tc.first - 1)
				in.TxBytes = 0
				rec, err := d.s.Seal(in)
				if err != nil {
					t.Fatal(err)
				}
				if !tc.pending {
					d.certify(rec, addresses(d.members)...)
				}
			}
			if d.s.First() != tc.first {
				t.Fatalf("open range starts at %d, want %d", d.s.First(), tc.first)
			}
			for _, b := range tc.bytes {
				d.s.AddBlock(b)
			}
			if got := d.s.Due(tc.last, tc.age); got != tc.want {
				t.Errorf("Due(%d, %d) = %v, want %v", tc.last, tc.age, got, tc.want)
			}
		})
	}
}

// TestSealCarriesOpenBytes: sealing subtracts the sealed bytes; bytes of
// blocks past the sealed range stay in the open range.
func TestSealCarriesOpenBytes(t *testing.T) {
	p := DefaultParams()
	p.MaxTxBytes = 1000
	d := newDriver(t, p, equalMembers(4))
	d.s.AddBlock(700)
	d.s.AddBlock(600)
	if !d.s.Due(1, 0) {
		t.Fatal("1300 bytes not due")
	}
	in := d.input(1)
	in.TxBytes = 700
	rec, err := d.s.Seal(in)
	if err != nil {
		t.Fatal(err)
	}
	d.certify(rec, addresses(d.members)...)
	if d.s.Due(2, 0) {
		t.Error("the remaining 600 bytes are due")
	}
	d.s.AddBlock(400)
	if !d.s.Due(2, 0) {
		t.Error("600+400 bytes not due")
	}
	in = d.input(1)
	in.TxBytes = 5000 // more than is open: clamps to zero
	rec, err = d.s.Seal(in)
	if err != nil {
		t.Fatal(err)
	}
	d.certify(rec, addresses(d.members)...)
	d.s.AddBlock(999)
	if d.s.Due(3, 0) {
		t.Error("999 bytes due after the open bytes were cleared")
	}
}

func TestSealHeader(t *testing.T) {
	p := DefaultParams()
	members := equalMembers(5)
	d := newDriver(t, p, members)
	d.epoch = 7
	// Three heights: member i votes in the heights >= i; a stranger votes too.
	for h := range 3 {
		var voters []common.Address
		for i, m := range members {
			if h >= i {
				voters = append(voters, m.Address)
			}
		}
		d.height(append(voters, addr(99))...)
	}
	in := d.input(10)
	rec0, err := d.s.Seal(in)
	if err != nil {
		t.Fatal(err)
	}
	h := rec0.Header
	if h.ChainID != 901 || h.BatchIndex != 0 || h.FirstBlock != 1 || h.LastBlock != 10 || h.ParentHash != (common.Hash{}) {
		t.Errorf("batch 0 header: %+v", h)
	}
	if h.OutputRoot != in.OutputRoot || h.L1OriginNumber != in.L1OriginNumber || h.L1OriginHash != in.L1OriginHash || h.Epoch != 7 {
		t.Errorf("batch 0 does not carry the input: %+v", h)
	}
	if !slices.Equal(h.BlobHashes, in.BlobHashes) {
		t.Errorf("blob hashes %v, want %v", h.BlobHashes, in.BlobHashes)
	}
	// 5 s past the origin at 2 s per L1 block: two blocks later.
	if start := in.L1OriginNumber + 2; h.WindowStart != start || h.WindowEnd != start+p.WindowBlocks {
		t.Errorf("window [%d, %d), want [%d, %d)", h.WindowStart, h.WindowEnd, start, start+p.WindowBlocks)
	}
	checkAssignment(t, h, members, int(p.Fallbacks))
	if rec0.Hash != h.Hash() || rec0.SealedAt != 3 {
		t.Errorf("record hash %s (header %s), sealed at %d", rec0.Hash, h.Hash(), rec0.SealedAt)
	}
	if rec0.Heights != 3 || rec0.Votes[addr(0)] != 3 || rec0.Votes[addr(1)] != 2 || rec0.Votes[addr(2)] != 1 || rec0.Votes[addr(3)] != 0 || rec0.Votes[addr(99)] != 3 {
		t.Errorf("uptime snapshot: %d heights, votes %v", rec0.Heights, rec0.Votes)
	}
	if rec0.Blocks != in.Blocks || rec0.Txs != in.Txs || rec0.TxBytes != in.TxBytes || rec0.ChannelBytes != in.ChannelBytes {
		t.Errorf("sizes %d/%d/%d/%d, want %d/%d/%d/%d", rec0.Blocks, rec0.Txs, rec0.TxBytes, rec0.ChannelBytes, in.Blocks, in.Txs, in.TxBytes, in.ChannelBytes)
	}
	if rec0.Cert != nil || rec0.Commit != nil || rec0.Status() != "sealed" {
		t.Errorf("fresh record is %s", rec0.Status())
	}
	if pend, ok := d.s.Pending(); !ok || pend != rec0 {
		t.Error("sealed record is not pending")
	}
	if got, ok := d.s.Record(0); !ok || got != rec0 {
		t.Error("Record(0) does not find the pending record")
	}
	if d.s.First() != 11 || d.s.NextIndex() != 1 {
		t.Errorf("after seal: first %d next %d", d.s.First(), d.s.NextIndex())
	}
	// The counters restarted: the next record sees only its own heights.
	d.certify(rec0, addresses(members)...)
	d.height(addr(4))
	rec1 := d.seal()
	h1 := rec1.Header
	if h1.BatchIndex != 1 || h1.FirstBlock != 11 || h1.LastBlock != 20 || h1.ParentHash != rec0.Hash {
		t.Errorf("batch 1 header: index %d blocks %d..%d parent %s (want %s)", h1.BatchIndex, h1.FirstBlock, h1.LastBlock, h1.ParentHash, rec0.Hash)
	}
	if rec1.Heights != 1 || len(rec1.Votes) != 1 || rec1.Votes[addr(4)] != 1 {
		t.Errorf("batch 1 uptime: %d heights, votes %v", rec1.Heights, rec1.Votes)
	}
	if rec0.Heights != 3 || len(rec0.Votes) != 4 {
		t.Errorf("batch 0's snapshot changed: %d heights, votes %v", rec0.Heights, rec0.Votes)
	}
	checkAssignment(t, h1, members, int(p.Fallbacks))
	if h1.Submitter == h.Submitter {
		t.Errorf("equal members: batch 1 dealt to batch 0's submitter %s again", h.Submitter)
	}
}

// TestSealWindowStart: the window opens at the L1 block the L2 clock says
// is the head: the origin plus the whole L1 slots the last block's
// timestamp is past the origin's.
func TestSealWindowStart(t *testing.T) {
	const origin, originTime = 5000, 1_700_000_000
	cases := []struct {
		name      string
		blockTime uint64
		l2Time    uint64
		want      uint64
	}{
		{"same time as the origin", 2, originTime, origin},
		{"before the origin (clock skew)", 2, originTime - 30, origin},
		{"less than a slot past", 2, originTime + 1, origin},
		{"one slot past", 2, originTime + 2, origin + 1},
		{"3.5 slots past", 2, originTime + 7, origin + 3},
		{"catching up, an hour past", 2, originTime + 3600, origin + 1800},
		{"12 s slots", 12, originTime + 25, origin + 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := DefaultParams()
			p.L1BlockTime = tc.blockTime
			d := newDriver(t, p, equalMembers(4))
			in := d.input(10)
			in.L1OriginNumber, in.L1OriginTime, in.SealTime = origin, originTime, tc.l2Time
			rec, err := d.s.Seal(in)
			if err != nil {
				t.Fatal(err)
			}
			h := rec.Header
			if h.L1OriginNumber != origin || h.WindowStart != tc.want || h.WindowEnd != tc.want+p.WindowBlocks {
				t.Errorf("origin %d window [%d, %d), want origin %d window [%d, %d)", h.L1OriginNumber, h.WindowStart, h.WindowEnd, origin, tc.want, tc.want+p.WindowBlocks)
			}
		})
	}
}

// checkAssignment: the submitter and fallbacks are distinct members and
// there are as many fallbacks as the rules and the set allow.
func checkAssignment(t *testing.T, h Header, members []Member, fallbacks int) {
	t.Helper()
	isMember := func(a common.Address) bool {
		return slices.ContainsFunc(members, func(m Member) bool { return m.Address == a })
	}
	seen := map[common.Address]bool{h.Submitter: true}
	if !isMember(h.Submitter) {
		t.Errorf("submitter %s is not a member", h.Submitter)
	}
	for _, f := range h.Fallbacks {
		if !isMember(f) || seen[f] {
			t.Errorf("fallback %s is not a member or repeats (submitter %s, fallbacks %v)", f, h.Submitter, h.Fallbacks)
		}
		seen[f] = true
	}
	if want := min(fallbacks, len(members)-1); len(h.Fallbacks) != want {
		t.Errorf("%d fallbacks, want %d", len(h.Fallbacks), want)
	}
}

func TestSealCopiesInput(t *testing.T) {
	d := newDriver(t, DefaultParams(), equalMembers(4))
	in := d.input(10)
	rec, err := d.s.Seal(in)
	if err != nil {
		t.Fatal(err)
	}
	want := rec.Hash
	in.BlobHashes[0] = common.Hash{0xee}
	in.Members[0].Address = addr(77)
	if rec.Header.BlobHashes[0] == in.BlobHashes[0] || rec.Header.Hash() != want {
		t.Error("the header shares the input's blob hashes")
	}
	if _, ok := d.s.sched.Index(schedule.Address(addr(77))); ok {
		t.Error("the schedule shares the input's members")
	}
}

func TestSealErrors(t *testing.T) {
	cases := []struct {
		name    string
		prepare func(d *driver) // runs before the failing seal
		mutate  func(in *SealInput)
		want    error // nil: any error
	}{
		{"while pending", func(d *driver) { d.seal() }, nil, nil},
		{"last below first", func(d *driver) { d.batch() }, func(in *SealInput) { in.LastBlock = 10 }, nil},
		{"last far below first", func(d *driver) { d.batch() }, func(in *SealInput) { in.LastBlock = 0 }, nil},
		{"last block zero on a fresh chain", nil, func(in *SealInput) { in.LastBlock = 0 }, nil},
		{"no members", nil, func(in *SealInput) { in.Members = nil }, ErrNoSigners},
		{"empty members", nil, func(in *SealInput) { in.Members = []Member{} }, ErrNoSigners},
		{"no blobs", nil, func(in *SealInput) { in.BlobHashes = nil }, nil},
		{"duplicate members", nil, func(in *SealInput) { in.Members = append(in.Members, in.Members[0]) }, nil},
		{"duplicate members at a new epoch", func(d *driver) { d.batch() }, func(in *SealInput) {
			in.Epoch++
			in.Members = append(in.Members, in.Members[1])
		}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := newDriver(t, DefaultParams(), equalMembers(4))
			if tc.prepare != nil {
				tc.prepare(d)
			}
			before, err := d.s.Encode()
			if err != nil {
				t.Fatal(err)
			}
			in := d.input(10)
			if tc.mutate != nil {
				tc.mutate(&in)
			}
			rec, err := d.s.Seal(in)
			if err == nil || rec != nil {
				t.Fatalf("Seal = %v, %v; want an error", rec, err)
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("Seal error %v, want %v", err, tc.want)
			}
			after, err := d.s.Encode()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(before, after) {
				t.Errorf("a failed seal changed the state:\n%s\n%s", before, after)
			}
		})
	}
}

// referenceDeals is what batcher/schedule deals for members over n
// batches with no outcomes: the submitter and fallbacks of each.
func referenceDeals(t *testing.T, p Params, members []Member, n int) [][]common.Address {
	t.Helper()
	ops := make([]schedule.Operator, len(members))
	for i, m := range members {
		ops[i] = schedule.Operator{Address: schedule.Address(m.Address), Stake: m.Stake, Cap: schedule.One}
	}
	ref, err := schedule.New(p.scheduleConfig(), ops)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ref.Reallocate(); err != nil {
		t.Fatal(err)
	}
	out := make([][]common.Address, n)
	for k := range out {
		a, err := ref.Next()
		if err != nil {
			t.Fatal(err)
		}
		o := ref.Operators()
		out[k] = append(out[k], common.Address(o[a.Submitter].Address))
		for _, f := range a.Fallbacks {
			out[k] = append(out[k], common.Address(o[f].Address))
		}
	}
	return out
}

func TestSealWindowsFollowShares(t *testing.T) {
	weighted := equalMembers(4)
	for i, stake := range []uint64{1, 1, 2, 4} {
		weighted[i].Stake = stake * 8_000_000_000
	}
	cases := []struct {
		name    string
		members []Member
		batches int
		want    map[common.Address][2]int // submitter count bounds
	}{
		{"four equal members", equalMembers(4), 40, map[common.Address][2]int{
			addr(0): {10, 10}, addr(1): {10, 10}, addr(2): {10, 10}, addr(3): {10, 10},
		}},
		{"one member", equalMembers(1), 5, map[common.Address][2]int{addr(0): {5, 5}}},
		{"stake 1:1:2:4", weighted, 80, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := DefaultParams()
			d := newDriver(t, p, tc.members)
			ref := referenceDeals(t, p, tc.members, tc.batches)
			count := map[common.Address]int{}
			for k := range tc.batches {
				rec := d.batch()
				got := append([]common.Address{rec.Header.Submitter}, rec.Header.Fallbacks...)
				if !slices.Equal(got, ref[k]) {
					t.Fatalf("batch %d dealt %v, schedule deals %v", k, got, ref[k])
				}
				checkAssignment(t, rec.Header, tc.members, int(p.Fallbacks))
				count[rec.Header.Submitter]++
			}
			for a, b := range tc.want {
				if count[a] < b[0] || count[a] > b[1] {
					t.Errorf("%s submitted %d times, want %d..%d", a, count[a], b[0], b[1])
				}
			}
			// More stake, more windows (trust is equal: no outcomes yet).
			for i := 1; i < len(tc.members); i++ {
				if tc.members[i].Stake > tc.members[i-1].Stake && count[tc.members[i].Address] <= count[tc.members[i-1].Address] {
					t.Errorf("member %d (stake %d) got %d windows, member %d (stake %d) %d", i, tc.members[i].Stake, count[tc.members[i].Address], i-1, tc.members[i-1].Stake, count[tc.members[i-1].Address])
				}
			}
		})
	}
}

// TestSealWithoutAllocation: members without stake cannot be allocated;
// the header then names nobody and its window is empty (open at once).
func TestSealWithoutAllocation(t *testing.T) {
	members := equalMembers(3)
	for i := range members {
		members[i].Stake = 0
	}
	d := newDriver(t, DefaultParams(), members)
	rec := d.batch()
	h := rec.Header
	if h.Submitter != (common.Address{}) || len(h.Fallbacks) != 0 || h.WindowEnd != h.WindowStart {
		t.Fatalf("no allocation: submitter %s fallbacks %v window [%d, %d)", h.Submitter, h.Fallbacks, h.WindowStart, h.WindowEnd)
	}
	// Any member commits at once; nobody had a window to miss.
	ref := d.s.sched.Clone()
	c := commit(rec, addr(1), h.WindowStart)
	d.observeAt(c.L1Block, c)
	if rec.Commit == nil || rec.Commit.OnTime {
		t.Fatalf("commit %+v", rec.Commit)
	}
	want := expectedOutcome(d.s, rec, nil)
	for _, o := range want.Observations {
		if o.Window != schedule.NotAssigned {
			t.Fatal("expected outcome assigns a window")
		}
	}
	checkAgainst(t, d.s, ref, want)
}

func TestSealEpochChange(t *testing.T) {
	cases := []struct {
		name  string
		leave func(h Header) common.Address // who of the old batch leaves
	}{
		{"the old submitter leaves", func(h Header) common.Address { return h.Submitter }},
		{"the old first fallback leaves", func(h Header) common.Address { return h.Fallbacks[0] }},
		{"the old last fallback leaves", func(h Header) common.Address { return h.Fallbacks[len(h.Fallbacks)-1] }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := newDriver(t, DefaultParams(), equalMembers(4)) // members 0..3, epoch 1
			for range 4 {
				last := d.batch()
				d.observeAt(last.Header.WindowStart, commit(last, last.Header.Submitter, last.Header.WindowStart))
			}
			stay := d.trust()
			// Epoch 2: one member leaves, 4 and 5 join; batch 4 is still of epoch 1.
			old := d.batch()
			leaver := tc.leave(old.Header)
			var next []Member
			for _, m := range equalMembers(6) {
				if m.Address != leaver {
					next = append(next, m)
				}
			}
			d.members, d.epoch = next, 2
			rec := d.batch()
			if rec.Header.Epoch != 2 {
				t.Fatalf("header epoch %d", rec.Header.Epoch)
			}
			checkAssignment(t, rec.Header, d.members, int(d.s.Params().Fallbacks))
			ops := d.s.Operators()
			if len(ops) != 5 {
				t.Fatalf("%d operators after the epoch change, want 5", len(ops))
			}
			for _, o := range ops {
				a := common.Address(o.Address)
				want, ok := stay[a]
				if !ok {
					want = int64(d.s.sched.Config().Prior)
				}
				if int64(o.Trust) != want {
					t.Errorf("%s: trust %d after the epoch change, want %d", a, o.Trust, want)
				}
			}
			// The old epoch's batch commits in the open phase: every
			// assigned member missed; the departed one is skipped, the
			// others are observed.
			ref := d.s.sched.Clone()
			var by common.Address
			for _, m := range next {
				if m.Address != leaver && m.Address != old.Header.Submitter {
					by = m.Address
					break
				}
			}
			c := commit(old, by, old.Header.WindowEnd+3*d.s.Params().SubWindow)
			d.observeAt(c.L1Block, c)
			missed := map[common.Address]schedule.Window{old.Header.Submitter: schedule.Missed}
			for _, f := range old.Header.Fallbacks {
				missed[f] = schedule.Missed
			}
			checkAgainst(t, d.s, ref, expectedOutcome(d.s, old, missed))
			if old.Commit == nil || old.Commit.OnTime {
				t.Errorf("open-phase commit: %+v", old.Commit)
			}
			// Same epoch, other members: the set stays (an epoch's set is fixed).
			d.members = equalMembers(2)
			d.batch()
			if n := len(d.s.Operators()); n != 5 {
				t.Errorf("members changed within epoch 2: %d operators", n)
			}
		})
	}
}

func TestCertify(t *testing.T) {
	cases := []struct {
		name   string
		seal   bool
		mutate func(c *Cert)
		want   error
	}{
		{"no pending", false, nil, ErrNoPending},
		{"wrong index", true, func(c *Cert) { c.BatchIndex++ }, ErrWrongHeader},
		{"wrong hash", true, func(c *Cert) { c.HeaderHash[0] ^= 1 }, ErrWrongHeader},
		{"ok", true, nil, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := newDriver(t, DefaultParams(), equalMembers(4))
			d.batch() // batch 0 certified
			var rec *Record
			if tc.seal {
				d.height()
				rec = d.seal()
			} else {
				rec, _ = d.s.Record(0)
			}
			c := certFor(rec, 3)
			if tc.mutate != nil {
				tc.mutate(&c)
			}
			signers := []common.Address{addr(0), addr(2), addr(3)}
			err := d.s.Certify(c, signers)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Certify = %v, want %v", err, tc.want)
			}
			if tc.want != nil {
				if tc.seal {
					if p, ok := d.s.Pending(); !ok || p != rec || rec.Cert != nil {
						t.Error("a refused certificate changed the pending record")
					}
				}
				if len(d.s.Records()) != 1 {
					t.Errorf("%d records after a refused certificate", len(d.s.Records()))
				}
				return
			}
			if _, ok := d.s.Pending(); ok {
				t.Error("still pending after Certify")
			}
			recs := d.s.Records()
			if len(recs) != 2 || recs[1] != rec {
				t.Fatalf("records %v", recs)
			}
			if !bytes.Equal(rec.Cert, c.Encode()) || rec.Status() != "certified" || rec.CertifiedAt != d.s.Height() {
				t.Errorf("record cert %x status %s certified at %d", rec.Cert, rec.Status(), rec.CertifiedAt)
			}
			if got, err := DecodeCert(rec.Cert); err != nil || got.HeaderHash != rec.Hash {
				t.Errorf("stored cert does not decode to the header: %v", err)
			}
			if !slices.Equal(rec.Signers, signers) {
				t.Errorf("signers %v", rec.Signers)
			}
			signers[0] = addr(9)
			if rec.Signers[0] != addr(0) {
				t.Error("record shares the caller's signers slice")
			}
			if got, ok := d.s.Record(1); !ok || got != rec {
				t.Error("Record(1) does not find the certified batch")
			}
			// Nothing pending any more.
			if err := d.s.Certify(c, nil); !errors.Is(err, ErrNoPending) {
				t.Errorf("second Certify = %v", err)
			}
		})
	}
}

// observeAt folds in the commits of L1 block l1 at the next height.
func (d *driver) observeAt(l1 uint64, cs ...Commit) {
	d.tb.Helper()
	if err := d.s.Begin(d.s.Height() + 1); err != nil {
		d.tb.Fatal(err)
	}
	if err := d.s.Observe(l1, cs); err != nil {
		d.tb.Fatal(err)
	}
}

// expectedOutcome is the outcome of rec with the given windows (absent:
// NotAssigned), its signers and its votes (capped at its heights), over the
// schedule's current operators.
func expectedOutcome(s *State, rec *Record, windows map[common.Address]schedule.Window) schedule.Outcome {
	out := schedule.Outcome{Batch: rec.Header.BatchIndex, Heights: rec.Heights}
	for i, o := range s.sched.Operators() {
		a := common.Address(o.Address)
		out.Observations = append(out.Observations, schedule.Observation{
			Operator: i,
			Window:   windows[a],
			Signed:   slices.Contains(rec.Signers, a),
			Votes:    min(rec.Votes[a], rec.Heights),
		})
	}
	return out
}

// checkAgainst: s's schedule equals ref (a clone taken before s observed)
// fed want directly and reallocated.
func checkAgainst(t *testing.T, s *State, ref *schedule.State, want schedule.Outcome) {
	t.Helper()
	if _, err := ref.Observe(want); err != nil {
		t.Fatal(err)
	}
	if _, err := ref.Reallocate(); err != nil && !errors.Is(err, schedule.ErrInfeasible) {
		t.Fatal(err)
	}
	got, exp := s.sched.Operators(), ref.Operators()
	for i := range exp {
		if got[i].Trust != exp[i].Trust || got[i].Share != exp[i].Share {
			t.Errorf("operator %x: trust %s share %s, expected outcome gives trust %s share %s", exp[i].Address, got[i].Trust, got[i].Share, exp[i].Trust, exp[i].Share)
		}
	}
	if !bytes.Equal(s.sched.Encode(), ref.Encode()) {
		t.Error("schedule state differs from the one fed the expected outcome")
	}
}

// TestObserveWindows: who was due and who missed, for commits in each
// phase of the inbox's window rule (BatchInbox._window).
func TestObserveWindows(t *testing.T) {
	const (
		S  = "submitter"
		F0 = "fallback 0"
		F1 = "fallback 1"
		F2 = "fallback 2"
		X  = "unassigned member"
	)
	sub := DefaultParams().SubWindow
	end := func(h Header) uint64 { return h.WindowEnd }
	cases := []struct {
		name   string
		by     string
		at     func(h Header) uint64
		missed []string
		onTime string // "" if nobody was on time
	}{
		{"submitter at window start", S, func(h Header) uint64 { return h.WindowStart }, nil, S},
		{"submitter at window end - 1", S, func(h Header) uint64 { return h.WindowEnd - 1 }, nil, S},
		{"first fallback at its start", F0, end, []string{S}, F0},
		{"first fallback at its last block", F0, func(h Header) uint64 { return h.WindowEnd + sub - 1 }, []string{S}, F0},
		{"second fallback", F1, func(h Header) uint64 { return h.WindowEnd + sub }, []string{S, F0}, F1},
		{"second fallback at its last block", F1, func(h Header) uint64 { return h.WindowEnd + 2*sub - 1 }, []string{S, F0}, F1},
		{"third fallback", F2, func(h Header) uint64 { return h.WindowEnd + 2*sub + 1 }, []string{S, F0, F1}, F2},
		{"open phase: unassigned member", X, func(h Header) uint64 { return h.WindowEnd + 3*sub }, []string{S, F0, F1, F2}, ""},
		{"open phase: first fallback late", F0, func(h Header) uint64 { return h.WindowEnd + 3*sub + 50 }, []string{S, F0, F1, F2}, ""},
		{"open phase: submitter late", S, func(h Header) uint64 { return h.WindowEnd + 3*sub }, []string{S, F0, F1, F2}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			members := equalMembers(5)
			d := newDriver(t, DefaultParams(), members) // 3 fallbacks: one member is unassigned
			// Uneven uptime over five heights: member i < 4 votes in the
			// heights > i, member 4 seven times in the last one (capped at
			// five), a stranger in all.
			for h := range 5 {
				voters := []common.Address{addr(99)}
				for i := range 4 {
					if h > i {
						voters = append(voters, addr(i))
					}
				}
				if h == 4 {
					for range 7 {
						voters = append(voters, addr(4))
					}
				}
				d.height(voters...)
			}
			rec := d.seal()
			d.certify(rec, addr(0), addr(1), addr(2), addr(3)) // member 4 does not sign
			if rec.Heights != 5 || rec.Votes[addr(4)] != 7 {
				t.Fatalf("uptime setup: %d heights, member 4 counted %d times", rec.Heights, rec.Votes[addr(4)])
			}
			h := rec.Header
			role := map[string]common.Address{S: h.Submitter, F0: h.Fallbacks[0], F1: h.Fallbacks[1], F2: h.Fallbacks[2]}
			for _, m := range members {
				if m.Address != h.Submitter && !slices.Contains(h.Fallbacks, m.Address) {
					role[X] = m.Address
				}
			}
			windows := map[common.Address]schedule.Window{}
			for _, r := range tc.missed {
				windows[role[r]] = schedule.Missed
			}
			if tc.onTime != "" {
				windows[role[tc.onTime]] = schedule.OnTime
			}

			pre := d.s.sched.Clone()
			c := commit(rec, role[tc.by], tc.at(h))
			d.observeAt(c.L1Block, c)
			checkAgainst(t, d.s, pre.Clone(), expectedOutcome(d.s, rec, windows))

			// The windows matter: against the same outcome without them, on
			// time gains and a miss loses.
			noWindows := pre.Clone()
			if _, err := noWindows.Observe(expectedOutcome(d.s, rec, nil)); err != nil {
				t.Fatal(err)
			}
			after, base := d.s.sched.Operators(), noWindows.Operators()
			for i := range after {
				a := common.Address(after[i].Address)
				switch windows[a] {
				case schedule.OnTime:
					if after[i].Trust <= base[i].Trust {
						t.Errorf("%s on time: trust %s, not above %s without the window term", a, after[i].Trust, base[i].Trust)
					}
				case schedule.Missed:
					if after[i].Trust >= base[i].Trust {
						t.Errorf("%s missed: trust %s, not below %s without the window term", a, after[i].Trust, base[i].Trust)
					}
				default:
					if after[i].Trust != base[i].Trust {
						t.Errorf("%s had no window: trust %s, want %s", a, after[i].Trust, base[i].Trust)
					}
				}
			}

			got := rec.Commit
			if got == nil {
				t.Fatal("no commit recorded")
			}
			if got.OnTime != (tc.onTime != "") || got.ObservedAt != d.s.Height() || got.Submitter != role[tc.by] || got.L1Block != c.L1Block || got.TxHash != c.TxHash || got.L1BlockHash != c.L1BlockHash {
				t.Errorf("recorded commit %+v, sent %+v", got, c)
			}
			if rec.Status() != "committed" {
				t.Errorf("status %s", rec.Status())
			}
		})
	}
}

// TestObserveOnTimeSubmitterGains: each batch's submitter commits in its
// window; its trust gains more than any other member's in that batch.
func TestObserveOnTimeSubmitterGains(t *testing.T) {
	members := equalMembers(4)
	d := newDriver(t, DefaultParams(), members)
	all := addresses(members)
	for k := range 12 {
		// Everybody votes in half of the heights and signs.
		for h := range 4 {
			if h%2 == 0 {
				d.height(all...)
			} else {
				d.height()
			}
		}
		rec := d.seal()
		d.certify(rec, all...)
		before := d.trust()
		pre := d.s.sched.Clone()
		c := commit(rec, rec.Header.Submitter, rec.Header.WindowStart+1)
		d.observeAt(c.L1Block, c)
		checkAgainst(t, d.s, pre, expectedOutcome(d.s, rec, map[common.Address]schedule.Window{rec.Header.Submitter: schedule.OnTime}))
		if !rec.Commit.OnTime {
			t.Errorf("batch %d: on-time commit recorded late", k)
		}
		after := d.trust()
		gain := after[rec.Header.Submitter] - before[rec.Header.Submitter]
		if gain <= 0 {
			t.Errorf("batch %d: on-time submitter's trust went %d -> %d", k, before[rec.Header.Submitter], after[rec.Header.Submitter])
		}
		for _, a := range all {
			if a != rec.Header.Submitter && after[a]-before[a] >= gain {
				t.Errorf("batch %d: %s gained %d, the on-time submitter only %d", k, a, after[a]-before[a], gain)
			}
		}
	}
}

// TestObserveMissedWindowsCostShare: member 3 never commits in its own
// window (its first fallback does); everybody else does. Its trust falls
// below the others', then its share of windows, and it is dealt fewer.
func TestObserveMissedWindowsCostShare(t *testing.T) {
	members := equalMembers(4)
	lazy := addr(3)
	d := newDriver(t, DefaultParams(), members)
	dealt := map[common.Address]int{}
	missedOnce := false
	for k := range 32 {
		rec := d.batch()
		h := rec.Header
		if k >= 16 {
			dealt[h.Submitter]++
		}
		pre := d.s.sched.Clone()
		var c Commit
		windows := map[common.Address]schedule.Window{}
		if h.Submitter == lazy {
			c = commit(rec, h.Fallbacks[0], h.WindowEnd+1)
			windows[lazy], windows[h.Fallbacks[0]] = schedule.Missed, schedule.OnTime
		} else {
			c = commit(rec, h.Submitter, h.WindowStart)
			windows[h.Submitter] = schedule.OnTime
		}
		before := d.trust()[lazy]
		d.observeAt(c.L1Block, c)
		checkAgainst(t, d.s, pre, expectedOutcome(d.s, rec, windows))
		if !rec.Commit.OnTime {
			t.Errorf("batch %d: the committer was on time in its (sub-)window", k)
		}
		if h.Submitter == lazy {
			if after := d.trust()[lazy]; after >= before {
				t.Errorf("batch %d: missed window, trust %d -> %d", k, before, after)
			}
			missedOnce = true
		}
	}
	if !missedOnce {
		t.Fatal("the lazy member was never dealt a window")
	}
	ops := d.s.Operators()
	li, _ := d.s.sched.Index(schedule.Address(lazy))
	for i, o := range ops {
		if i == li {
			continue
		}
		if o.Trust <= ops[li].Trust || o.Share <= ops[li].Share {
			t.Errorf("member %x: trust %s share %s, lazy member trust %s share %s", o.Address, o.Trust, o.Share, ops[li].Trust, ops[li].Share)
		}
		if dealt[common.Address(o.Address)] <= dealt[lazy] {
			t.Errorf("member %x dealt %d windows in the last 16 batches, the lazy one %d", o.Address, dealt[common.Address(o.Address)], dealt[lazy])
		}
	}
	if ops[li].Share >= schedule.One/4 {
		t.Errorf("lazy share %s, not below an equal quarter", ops[li].Share)
	}
}

func TestObserveIgnores(t *testing.T) {
	cases := []struct {
		name   string
		commit func(d *driver, done, pending *Record) Commit
	}{
		{"unknown index", func(d *driver, done, pending *Record) Commit {
			c := commit(done, done.Header.Submitter, done.Header.WindowStart)
			c.BatchIndex = 99
			return c
		}},
		{"uncertified (pending) index", func(d *driver, done, pending *Record) Commit {
			return commit(pending, pending.Header.Submitter, pending.Header.WindowStart)
		}},
		{"repeated commit", func(d *driver, done, pending *Record) Commit {
			return commit(done, done.Header.Fallbacks[0], done.Header.WindowEnd+1) // another one, later
		}},
		{"repeated commit, wrong hash", func(d *driver, done, pending *Record) Commit {
			c := commit(done, done.Header.Submitter, done.Header.WindowStart)
			c.HeaderHash[0] ^= 1 // the record is settled: not checked again
			return c
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := newDriver(t, DefaultParams(), equalMembers(4))
			done := d.batch()
			first := commit(done, done.Header.Submitter, done.Header.WindowStart)
			d.observeAt(first.L1Block, first)
			recorded := *done.Commit
			d.height()
			pending := d.seal()
			before := encode(t, d.s)
			c := tc.commit(d, done, pending)
			// L1 block 0 leaves the scan mark alone: the whole state must stay.
			if err := d.s.Observe(0, []Commit{c}); err != nil {
				t.Fatalf("Observe = %v", err)
			}
			if *done.Commit != recorded || pending.Commit != nil {
				t.Errorf("commit changed: %+v (was %+v), pending %+v", done.Commit, recorded, pending.Commit)
			}
			if after := encode(t, d.s); !bytes.Equal(before, after) {
				t.Errorf("an ignored commit changed the state:\n%s\n%s", before, after)
			}
		})
	}
}

func TestObserveHashMismatch(t *testing.T) {
	d := newDriver(t, DefaultParams(), equalMembers(4))
	rec := d.batch()
	c := commit(rec, rec.Header.Submitter, rec.Header.WindowStart)
	c.HeaderHash[31] ^= 1
	sched := d.s.sched.Encode()
	if err := d.s.Observe(c.L1Block, []Commit{c}); err == nil {
		t.Fatal("Observe accepted a commit of another header")
	}
	if rec.Commit != nil || !bytes.Equal(sched, d.s.sched.Encode()) {
		t.Error("a refused commit changed the record or the schedule")
	}
}

// TestObserveSeveralCommits: two batches committed in one L1 block.
func TestObserveSeveralCommits(t *testing.T) {
	d := newDriver(t, DefaultParams(), equalMembers(4))
	r0 := d.batch()
	r1 := d.batch()
	l1 := r1.Header.WindowStart + 1 // inside r1's window, past r0's start
	c0 := commit(r0, r0.Header.Submitter, l1)
	c1 := commit(r1, r1.Header.Submitter, l1)
	pre := d.s.sched.Clone()
	d.observeAt(l1, c0, c1)
	if r0.Commit == nil || r1.Commit == nil {
		t.Fatal("a commit was not recorded")
	}
	want0 := r0.Commit.OnTime == (l1 < r0.Header.WindowEnd)
	if !want0 || !r1.Commit.OnTime {
		t.Errorf("on time: batch 0 %v (window end %d, committed %d), batch 1 %v", r0.Commit.OnTime, r0.Header.WindowEnd, l1, r1.Commit.OnTime)
	}
	w0 := schedule.Missed
	if l1 < r0.Header.WindowEnd {
		w0 = schedule.OnTime
	}
	if _, err := pre.Observe(expectedOutcome(d.s, r0, map[common.Address]schedule.Window{r0.Header.Submitter: w0})); err != nil {
		t.Fatal(err)
	}
	if _, err := pre.Reallocate(); err != nil {
		t.Fatal(err)
	}
	checkAgainst(t, d.s, pre, expectedOutcome(d.s, r1, map[common.Address]schedule.Window{r1.Header.Submitter: schedule.OnTime}))
}

func TestNeedsScan(t *testing.T) {
	d := newDriver(t, DefaultParams(), equalMembers(4))
	for _, step := range []struct {
		observe  uint64
		scan     uint64
		want     bool
		describe string
	}{
		{0, 100, true, "fresh"},
		{100, 100, false, "observed"},
		{100, 99, false, "older"},
		{100, 101, true, "newer"},
		{90, 101, true, "an older observe does not move the mark back"},
		{90, 100, false, "an older observe does not move the mark back"},
	} {
		if step.observe > 0 {
			if err := d.s.Observe(step.observe, nil); err != nil {
				t.Fatal(err)
			}
		}
		if got := d.s.NeedsScan(step.scan); got != step.want {
			t.Errorf("%s: NeedsScan(%d) = %v", step.describe, step.scan, got)
		}
	}
}

// midFlight is a state with committed, certified and pending batches and
// open counters: every part of the encoding in use.
func midFlight(t *testing.T) *driver {
	t.Helper()
	d := newDriver(t, DefaultParams(), equalMembers(5))
	for k := range 6 {
		rec := d.batch()
		if k < 4 {
			by, at := rec.Header.Submitter, rec.Header.WindowStart
			if k == 2 {
				by, at = rec.Header.Fallbacks[1], rec.Header.WindowEnd+d.s.Params().SubWindow
			}
			c := commit(rec, by, at)
			d.observeAt(c.L1Block, c)
		}
	}
	d.height(addr(0), addr(3))
	d.seal() // pending
	d.height(addr(1))
	d.s.AddBlock(12345)
	return d
}

func encode(t *testing.T, s *State) []byte {
	t.Helper()
	b, err := s.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestEncodeDecode(t *testing.T) {
	fresh := newTestState(t, DefaultParams())
	for name, s := range map[string]*State{"fresh": fresh, "mid-flight": midFlight(t).s} {
		t.Run(name, func(t *testing.T) {
			raw := encode(t, s)
			got, err := Decode(raw)
			if err != nil {
				t.Fatalf("Decode(Encode()) = %v", err)
			}
			if re := encode(t, got); !bytes.Equal(re, raw) {
				t.Fatalf("re-encoding differs:\n%s\n%s", re, raw)
			}
			if again := encode(t, s); !bytes.Equal(again, raw) {
				t.Fatal("Encode is not a function of the state")
			}
		})
	}
}

// TestDecodedBehavesTheSame: the decoded state and the original go on
// identically through certify, observe, heights and the next seals.
func TestDecodedBehavesTheSame(t *testing.T) {
	a := midFlight(t)
	s, err := Decode(encode(t, a.s))
	if err != nil {
		t.Fatal(err)
	}
	b := *a
	b.s = s
	for _, d := range []*driver{a, &b} {
		pending, ok := d.s.Pending()
		if !ok {
			t.Fatal("no pending batch")
		}
		d.certify(pending, addr(0), addr(1), addr(2), addr(4))
		// The certified but uncommitted batch 4 and the new one commit.
		r4, _ := d.s.Record(4)
		d.observeAt(r4.Header.WindowEnd, commit(r4, r4.Header.Fallbacks[0], r4.Header.WindowEnd), commit(pending, pending.Header.Submitter, r4.Header.WindowEnd))
		for range 3 {
			d.batch()
		}
	}
	if ea, eb := encode(t, a.s), encode(t, b.s); !bytes.Equal(ea, eb) {
		t.Fatalf("the decoded state diverged:\n%s\n%s", ea, eb)
	}
	ra, rb := a.s.Records(), b.s.Records()
	if len(ra) != len(rb) || ra[len(ra)-1].Hash != rb[len(rb)-1].Hash {
		t.Error("records differ")
	}
}

func TestDecodeRejects(t *testing.T) {
	raw := encode(t, midFlight(t).s)
	// edit decodes raw as JSON, applies f, and re-encodes it.
	edit := func(f func(m map[string]any)) []byte {
		var m map[string]any
		if err := json.Unmarshal(raw, &m); err != nil {
			t.Fatal(err)
		}
		f(m)
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	records := func(m map[string]any) []any { return m["records"].([]any) }
	cases := []struct {
		name string
		raw  []byte
	}{
		{"empty", nil},
		{"garbage", []byte("not json")},
		{"truncated", raw[:len(raw)/2]},
		{"null", []byte("null")},
		{"empty object", []byte("{}")},
		{"array", []byte("[]")},
		{"invalid params", edit(func(m map[string]any) { m["params"].(map[string]any)["max_blocks"] = 0 })},
		{"no params", edit(func(m map[string]any) { delete(m, "params") })},
		{"open range at block 0", edit(func(m map[string]any) { m["first"] = 0 })},
		{"wrong type", edit(func(m map[string]any) { m["height"] = "ten" })},
		{"records swapped", edit(func(m map[string]any) {
			r := records(m)
			r[0], r[1] = r[1], r[0]
		})},
		{"record repeated", edit(func(m map[string]any) {
			r := records(m)
			r[1] = r[0]
		})},
		{"record without certificate", edit(func(m map[string]any) { delete(records(m)[2].(map[string]any), "cert") })},
		{"null record", edit(func(m map[string]any) { records(m)[3] = nil })},
		{"corrupt schedule", edit(func(m map[string]any) { m["schedule"] = "0x4e4f5053ff" })},
		{"schedule not hex", edit(func(m map[string]any) { m["schedule"] = "zz" })},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Decode(tc.raw)
			if !errors.Is(err, ErrCorrupt) || s != nil {
				t.Fatalf("Decode = %v, %v; want ErrCorrupt", s, err)
			}
		})
	}
	// Null open votes decode to an empty map that counts votes.
	s, err := Decode(edit(func(m map[string]any) { m["open_votes"] = nil }))
	if err != nil {
		t.Fatalf("null open votes: %v", err)
	}
	s.CountVotes([]common.Address{addr(1)})
	if s.openVotes[addr(1)] != 1 {
		t.Error("decoded state does not count votes")
	}
	// The edit helper itself keeps a valid state valid.
	if _, err := Decode(edit(func(map[string]any) {})); err != nil {
		t.Fatalf("unedited state: %v", err)
	}
}

func countCommitted(recs []*Record) int {
	n := 0
	for _, r := range recs {
		if r.Commit != nil {
			n++
		}
	}
	return n
}

func TestPrune(t *testing.T) {
	d := newDriver(t, DefaultParams(), equalMembers(3))
	const batches = keepCommitted + 6
	recs := make([]*Record, batches)
	for k := range recs {
		recs[k] = d.batch()
	}
	// Nothing committed: nothing is pruned, however many.
	d.observeAt(d.l1)
	if n := len(d.s.Records()); n != batches {
		t.Fatalf("%d records kept of %d uncommitted", n, batches)
	}
	// Commit all but batch 0 and batch 10, in order.
	for k := 1; k < batches; k++ {
		if k == 10 {
			continue
		}
		r := recs[k]
		d.observeAt(r.Header.WindowStart, commit(r, r.Header.Submitter, r.Header.WindowStart))
		if n := countCommitted(d.s.Records()); n > keepCommitted {
			t.Fatalf("after batch %d: %d committed records kept", k, n)
		}
	}
	kept := d.s.Records()
	if n := countCommitted(kept); n != keepCommitted {
		t.Errorf("%d committed records kept, want %d", n, keepCommitted)
	}
	if len(kept) != keepCommitted+2 {
		t.Errorf("%d records kept, want %d", len(kept), keepCommitted+2)
	}
	for _, k := range []uint64{0, 10} {
		if r, ok := d.s.Record(k); !ok || r.Commit != nil {
			t.Errorf("uncommitted batch %d pruned", k)
		}
	}
	// The oldest committed ones went: 68 committed (1..69 without 10), so
	// 1..4 are gone and 5 stays.
	for k := uint64(1); k <= 4; k++ {
		if _, ok := d.s.Record(k); ok {
			t.Errorf("committed batch %d kept", k)
		}
	}
	for k := uint64(5); k < batches; k++ {
		if _, ok := d.s.Record(k); !ok {
			t.Errorf("batch %d pruned", k)
		}
	}
	for i := 1; i < len(kept); i++ {
		if kept[i].Header.BatchIndex <= kept[i-1].Header.BatchIndex {
			t.Fatal("records out of order after pruning")
		}
	}
	// A commit of a pruned batch is ignored.
	if err := d.s.Observe(d.l1, []Commit{commit(recs[1], recs[1].Header.Submitter, d.l1)}); err != nil {
		t.Errorf("commit of a pruned batch: %v", err)
	}
	// Batch 0 commits late (stale for the schedule): recorded, then pruned
	// as the oldest committed record.
	sched := d.s.sched.Encode()
	d.observeAt(d.l1, commit(recs[0], recs[0].Header.Submitter, d.l1))
	if recs[0].Commit == nil || recs[0].Commit.OnTime {
		t.Errorf("late commit of batch 0: %+v", recs[0].Commit)
	}
	if _, ok := d.s.Record(0); ok {
		t.Error("committed batch 0 kept beyond the limit")
	}
	if !bytes.Equal(sched, d.s.sched.Encode()) {
		t.Error("a stale outcome changed the schedule")
	}
	if _, err := Decode(encode(t, d.s)); err != nil {
		t.Errorf("pruned state does not decode: %v", err)
	}
}

func TestRecordStatus(t *testing.T) {
	d := newDriver(t, DefaultParams(), equalMembers(2))
	d.height()
	rec := d.seal()
	if rec.Status() != "sealed" {
		t.Errorf("sealed record: %s", rec.Status())
	}
	d.certify(rec, addr(0), addr(1))
	if rec.Status() != "certified" {
		t.Errorf("certified record: %s", rec.Status())
	}
	d.observeAt(rec.Header.WindowStart, commit(rec, rec.Header.Submitter, rec.Header.WindowStart))
	if rec.Status() != "committed" {
		t.Errorf("committed record: %s", rec.Status())
	}
}

// inboxWindow is BatchInbox._window: the phase at L1 block n and who may
// commit then (the zero address in TooEarly and Open).
func inboxWindow(h Header, sub, n uint64) (phase string, allowed common.Address) {
	if n < h.WindowStart {
		return "too early", common.Address{}
	}
	if n < h.WindowEnd {
		return "assigned", h.Submitter
	}
	if k := (n - h.WindowEnd) / sub; k < uint64(len(h.Fallbacks)) {
		return "fallback", h.Fallbacks[k]
	}
	return "open", common.Address{}
}

// TestOutcomeMirrorsInboxWindow sweeps every L1 block and every committer
// the inbox would accept, for several set sizes, fallback counts and
// sub-window lengths, and checks the outcome against the contract's rule:
// the committer is on time iff the phase was its own; the submitter missed
// iff the commit came at or after windowEnd; fallback k missed iff its
// sub-window ended before the commit.
func TestOutcomeMirrorsInboxWindow(t *testing.T) {
	for _, n := range []int{1, 2, 5} {
		for _, fallbacks := range []uint32{0, 1, 3} {
			for _, sub := range []uint64{1, 4, 7} {
				p := DefaultParams()
				p.Fallbacks, p.SubWindow = fallbacks, sub
				members := equalMembers(n)
				d := newDriver(t, p, members)
				rec := d.batch()
				h := rec.Header
				last := h.WindowEnd + sub*uint64(len(h.Fallbacks)+1) + 2
				for block := h.WindowStart; block <= last; block++ {
					phase, allowed := inboxWindow(h, sub, block)
					for _, m := range members {
						if phase != "open" && m.Address != allowed {
							continue // the inbox reverts
						}
						out, onTime := d.s.outcome(rec, commit(rec, m.Address, block))
						got := map[common.Address]schedule.Window{}
						for _, o := range out.Observations {
							got[common.Address(d.s.sched.Operators()[o.Operator].Address)] = o.Window
						}
						want := map[common.Address]schedule.Window{}
						want[h.Submitter] = schedule.Missed
						if block < h.WindowEnd {
							want[h.Submitter] = schedule.OnTime
						}
						for k, f := range h.Fallbacks {
							start, end := h.WindowEnd+uint64(k)*sub, h.WindowEnd+uint64(k+1)*sub
							switch {
							case block >= end:
								want[f] = schedule.Missed
							case block >= start:
								want[f] = schedule.OnTime // its phase: it is the committer
							}
						}
						for _, mm := range members {
							if got[mm.Address] != want[mm.Address] {
								t.Errorf("n=%d K=%d sub=%d block %d (%s) by %s: %s has window %d, want %d", n, fallbacks, sub, block, phase, m.Address, mm.Address, got[mm.Address], want[mm.Address])
							}
						}
						if wantOnTime := phase != "open"; onTime != wantOnTime {
							t.Errorf("n=%d K=%d sub=%d block %d (%s): on time %v", n, fallbacks, sub, block, phase, onTime)
						}
					}
				}
			}
		}
	}
}
