package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func TestProgressLineAttrs(t *testing.T) {
	for _, tc := range []struct {
		name string
		line progressLine
		want map[string]string
	}{
		{"running", progressLine{system: "nodeop (4 val)", elapsed: 12345 * time.Millisecond, scheduled: 1234, total: 23000, accepted: 1200, rejected: 3, committed: 900, height: 42},
			map[string]string{"system": "nodeop (4 val)", "elapsed": "12.3s", "scheduled": "1234/23000", "accepted": "1200", "rejected": "3", "committed": "900", "height": "42"}},
		// The first look can come before the load's start.
		{"before start", progressLine{system: "b", elapsed: -40 * time.Millisecond, total: 300},
			map[string]string{"elapsed": "0s", "scheduled": "0/300", "committed": "0", "height": "0"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := map[string]string{}
			attrs := tc.line.attrs()
			if len(attrs)%2 != 0 {
				t.Fatalf("odd attrs %v", attrs)
			}
			for i := 0; i < len(attrs); i += 2 {
				got[attrs[i].(string)] = fmt.Sprint(attrs[i+1])
			}
			for k, v := range tc.want {
				if got[k] != v {
					t.Errorf("%s = %q, want %q (all: %v)", k, got[k], v, got)
				}
			}
		})
	}
}

func TestStartProgress(t *testing.T) {
	for _, tc := range []struct {
		name     string
		interval time.Duration
		lines    int64 // at least this many before stop
	}{
		{"disabled", 0, 0},
		{"every 5ms", 5 * time.Millisecond, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			log := slog.New(slog.NewJSONHandler(&buf, nil))
			var reads atomic.Int64
			stop := startProgress(log, tc.interval, func() progressLine {
				n := reads.Add(1)
				return progressLine{system: "sys", scheduled: n, total: 100, height: n}
			})
			deadline := time.Now().Add(5 * time.Second)
			for reads.Load() < tc.lines && time.Now().Before(deadline) {
				time.Sleep(time.Millisecond)
			}
			stop()
			stop() // idempotent
			n := reads.Load()
			time.Sleep(3 * tc.interval)
			if after := reads.Load(); after != n || n < tc.lines {
				t.Fatalf("%d reads by stop, %d after; want at least %d and none after", n, after, tc.lines)
			}
			// stop waits for the line being written, so buf is settled.
			lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
			if n == 0 {
				if buf.Len() != 0 {
					t.Fatalf("logged %q while disabled", buf.String())
				}
				return
			}
			if int64(len(lines)) != n {
				t.Fatalf("%d lines for %d reads", len(lines), n)
			}
			for i, l := range lines {
				var rec struct {
					Msg, Level, System, Scheduled string
					Height                        int64
				}
				if err := json.Unmarshal([]byte(l), &rec); err != nil {
					t.Fatal(err)
				}
				if rec.Msg != "bench: progress" || rec.Level != "INFO" || rec.System != "sys" || rec.Scheduled != fmt.Sprintf("%d/100", i+1) || rec.Height != int64(i+1) {
					t.Fatalf("line %d: %s", i, l)
				}
			}
		})
	}
}

func TestWatcherSeen(t *testing.T) {
	a, b, other := common.Hash{1}, common.Hash{2}, common.Hash{3}
	w := &watcher{known: map[common.Hash]struct{}{a: {}, b: {}}, commits: map[common.Hash]time.Time{}}
	for _, tc := range []struct {
		height    int64
		txs       []common.Hash
		committed int
	}{
		{0, nil, 0}, // nothing recorded yet
		{5, []common.Hash{a, other}, 1},
		{6, nil, 1},
		{7, []common.Hash{a, b}, 2}, // a again: counted once
	} {
		if tc.height > 0 {
			w.record(tc.height, tc.txs, time.Now(), false)
		}
		if c, h := w.seen(); c != tc.committed || h != tc.height {
			t.Fatalf("after height %d: seen %d committed at %d, want %d", tc.height, c, h, tc.committed)
		}
	}
}

// TestLoadCounts runs a load against an endpoint that refuses every third
// tx and checks the running counters, read while the load runs, end equal
// to its records.
func TestLoadCounts(t *testing.T) {
	var calls atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1)%3 == 0 {
			fmt.Fprint(w, `{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"txpool is full"}}`)
			return
		}
		fmt.Fprint(w, `{"jsonrpc":"2.0","id":1,"result":"0x00"}`)
	}))
	defer srv.Close()
	keys, err := senderKeys(4)
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlan(2000, 0, 100*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	txs, err := signAll(context.Background(), big.NewInt(901), keys, p.total, LoadETH)
	if err != nil {
		t.Fatal(err)
	}
	sub := newSubmitter(2)
	defer sub.close()
	l := &load{plan: p, txs: txs, urls: []string{srv.URL}, workers: 2, sub: sub}
	done := make(chan []txRecord)
	go func() { done <- l.run(context.Background(), time.Now()) }()
	var recs []txRecord
	var last progressLine
	for recs == nil {
		select {
		case recs = <-done:
		case <-time.After(5 * time.Millisecond):
			// Answers read before the schedule: every answered tx was
			// scheduled by the time it was counted.
			var line progressLine
			line.accepted, line.rejected = l.counts.accepted.Load(), l.counts.rejected.Load()
			line.scheduled = l.counts.scheduled.Load()
			if line.scheduled < last.scheduled || line.accepted < last.accepted || line.rejected < last.rejected || line.accepted+line.rejected > line.scheduled {
				t.Fatalf("counters went from %+v to %+v", last, line)
			}
			last = line
		}
	}
	var accepted, rejected int64
	for _, r := range recs {
		switch {
		case r.accepted:
			accepted++
		case r.sent:
			rejected++
		}
	}
	got := [3]int64{l.counts.scheduled.Load(), l.counts.accepted.Load(), l.counts.rejected.Load()}
	if want := [3]int64{int64(p.total), accepted, rejected}; got != want || rejected == 0 || accepted+rejected != int64(p.total) {
		t.Fatalf("scheduled, accepted, rejected = %v, want %v (all %d sent)", got, want, p.total)
	}
}

func TestValidateProgress(t *testing.T) {
	for _, tc := range []struct {
		progress time.Duration
		ok       bool
	}{{0, true}, {time.Second, true}, {-time.Second, false}} {
		cfg := ShortConfig()
		cfg.Progress = tc.progress
		if err := cfg.Validate(); (err == nil) != tc.ok {
			t.Errorf("progress %v: err %v, want ok %v", tc.progress, err, tc.ok)
		}
	}
}
