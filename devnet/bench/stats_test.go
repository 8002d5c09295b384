package bench

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func ds(ms ...int) []time.Duration {
	out := make([]time.Duration, len(ms))
	for i, m := range ms {
		out[i] = time.Duration(m) * time.Millisecond
	}
	return out
}

func TestPercentile(t *testing.T) {
	hundred := make([]time.Duration, 100)
	for i := range hundred {
		hundred[i] = time.Duration(i+1) * time.Millisecond
	}
	for _, tc := range []struct {
		name   string
		sorted []time.Duration
		p      float64
		want   time.Duration
	}{
		{"empty", nil, 50, 0},
		{"one", ds(7), 50, 7 * time.Millisecond},
		{"one p99", ds(7), 99, 7 * time.Millisecond},
		{"even median is lower middle", ds(1, 2, 3, 4), 50, 2 * time.Millisecond},
		{"odd median", ds(1, 2, 3), 50, 2 * time.Millisecond},
		{"p100 is max", ds(1, 2, 3), 100, 3 * time.Millisecond},
		{"tiny p is min", ds(1, 2, 3), 0.001, 1 * time.Millisecond},
		{"p90 of 1..100", hundred, 90, 90 * time.Millisecond},
		{"p99 of 1..100", hundred, 99, 99 * time.Millisecond},
		{"p99.9 of 1..100", hundred, 99.9, 100 * time.Millisecond},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := percentile(tc.sorted, tc.p); got != tc.want {
				t.Fatalf("percentile(%v, %v) = %v, want %v", tc.sorted, tc.p, got, tc.want)
			}
		})
	}
}

func TestSummarize(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []time.Duration
		want Dist
	}{
		{"empty", nil, Dist{}},
		{"unsorted", ds(30, 10, 20), Dist{N: 3, P50Ms: 20, P90Ms: 30, P99Ms: 30, MaxMs: 30}},
		{"sub-ms", []time.Duration{500 * time.Microsecond}, Dist{N: 1, P50Ms: 0.5, P90Ms: 0.5, P99Ms: 0.5, MaxMs: 0.5}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := summarize(tc.in); got != tc.want {
				t.Fatalf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestRejectKey(t *testing.T) {
	for _, tc := range []struct{ msg, want string }{
		{"nonce too low: address 0xabc, tx: 3 state: 5", "nonce too low"},
		{"already known", "already known"},
		{"txpool is full: mempool is full: number of txs 5000 (max: 5000)", "txpool is full"},
		{"transport error (timeout): Post \"http://127.0.0.1:1/\": context deadline exceeded", "transport error (timeout)"},
		{"", "(empty error)"},
		{"  spaced  : x", "spaced"},
	} {
		if got := rejectKey(tc.msg); got != tc.want {
			t.Errorf("rejectKey(%q) = %q, want %q", tc.msg, got, tc.want)
		}
	}
}

func TestNonceConsumed(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		want bool
	}{
		{"", true},
		{"already known", true},
		{"nonce too low: address 0x1, tx: 1 state: 2", true},
		{"replacement transaction underpriced: new tx gas fee cap 1 <= 1 queued", true},
		{"nonce too high: address 0x1, tx: 9 state: 2, at most 64 ahead", false},
		{"txpool is full: x", false},
		{"account limit exceeded: address 0x1 holds 64 transactions", false},
		{"transport error (timeout): x", false},
	} {
		if got := nonceConsumed(tc.msg); got != tc.want {
			t.Errorf("nonceConsumed(%q) = %v, want %v", tc.msg, got, tc.want)
		}
	}
}

func TestSummarizeRun(t *testing.T) {
	// 4 tx/s, 1s warm-up, 2s window: txs 0-3 warm up, 4-11 are measured.
	p, err := newPlan(4, time.Second, 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if p.first != 4 || p.total != 12 {
		t.Fatalf("plan %+v", p)
	}
	start := time.Unix(1000, 0)
	h := func(i int) common.Hash { return common.BigToHash(big.NewInt(int64(i + 1))) }
	recs := make([]txRecord, p.total)
	commits := map[common.Hash]time.Time{}
	for i := range recs {
		recs[i] = txRecord{sent: true, accepted: true, hash: h(i), rpc: time.Duration(i+1) * time.Millisecond, lag: time.Millisecond}
		// Each tx commits 100ms*(i%3+1) after its schedule.
		commits[h(i)] = start.Add(p.offset(i) + time.Duration(i%3+1)*100*time.Millisecond)
	}
	recs[5] = txRecord{sent: true, reject: "nonce too high: address 0x1, tx: 9 state: 2", rpc: time.Millisecond}
	recs[6] = txRecord{sent: true, reject: "nonce too high: address 0x2, tx: 3 state: 1", rpc: time.Millisecond}
	recs[7] = txRecord{reject: "load stopped: context deadline exceeded"}
	delete(commits, h(8)) // accepted, never committed
	delete(commits, h(1)) // warm-up tx never committed
	blocks := []blockObs{
		{height: 1, seen: start.Add(500 * time.Millisecond), txs: 2, benchTxs: 2}, // warm-up
		{height: 2, seen: start.Add(1500 * time.Millisecond), txs: 4, benchTxs: 4},
		{height: 3, seen: start.Add(2500 * time.Millisecond), txs: 3, benchTxs: 2, refetched: true},
		{height: 4, seen: start.Add(3500 * time.Millisecond), txs: 3, benchTxs: 3}, // after the window
	}
	var s System
	summarizeRun(&s, measurement{plan: p, start: start, records: recs, commits: commits, blocks: blocks})

	check := func(name string, got, want float64) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	check("scheduled", float64(s.Scheduled), 8)
	check("sent", float64(s.Sent), 7)
	check("accepted", float64(s.Accepted), 5)
	check("rejected", float64(s.Rejected), 3)
	check("committed", float64(s.Committed), 4)
	check("offered", s.OfferedRate, 4)
	check("accepted rate", s.AcceptedRate, 2.5)
	check("committed rate", s.CommittedRate, 2)
	check("total accepted", float64(s.TotalAccepted), 9)
	check("total committed", float64(s.TotalCommitted), 7)
	check("uncommitted", float64(s.Uncommitted), 2)
	check("blocks", float64(s.Blocks), 2)
	check("avg txs/block", s.AvgTxsPerBlock, 3)
	check("max txs/block", float64(s.MaxTxsPerBlock), 4)
	check("chain rate", s.ChainRate, 3)
	check("block interval", s.AvgBlockIntervalMs, 1000)
	check("refetched", float64(s.RefetchedBlocks), 1)
	check("max block interval", s.MaxBlockIntervalMs, 1000)
	if len(s.Timeline) != 4 || s.Timeline[0].IntervalMs != 0 || s.Timeline[3].AtMs != 3500 || s.Timeline[3].IntervalMs != 1000 || s.Timeline[1].Txs != 4 || s.Timeline[2].Txs != 3 || s.Timeline[2].BenchTxs != 2 {
		t.Errorf("timeline %+v", s.Timeline)
	}
	// Committed measured txs 4, 9, 10, 11: i%3+1 = 2, 1, 2, 3 (x100ms).
	if want := (Dist{N: 4, P50Ms: 200, P90Ms: 300, P99Ms: 300, MaxMs: 300}); s.Latency != want {
		t.Errorf("latency %+v, want %+v", s.Latency, want)
	}
	if s.SubmitRPC.N != 7 || s.SendLag.N != 7 {
		t.Errorf("rpc %+v lag %+v, want 7 samples each", s.SubmitRPC, s.SendLag)
	}
	if s.Rejects["nonce too high"] != 2 || s.Rejects["not sent: load stopped"] != 1 || len(s.Rejects) != 2 {
		t.Errorf("rejects %v", s.Rejects)
	}
	if ex := s.RejectExamples["nonce too high"]; ex != recs[5].reject {
		t.Errorf("example %q", ex)
	}
}
