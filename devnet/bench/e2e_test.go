package bench

import (
	"context"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestRunCommitsEveryTx runs `nodeop bench --short --ws` end to end: the
// centralized op-geth baseline and a 1-validator nodeop set. For each,
// every tx offered is accepted and committed, the report's committed count
// equals what the chain holds (the senders' nonces), and the latencies are
// positive and ordered; nodeop is compared to the baseline.
func TestRunCommitsEveryTx(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: starts a real CometBFT node")
	}
	cfg := ShortConfig()
	// Over WebSocket: HTTP is the default every other run takes, and the
	// readiness and chain-state checks use it here too.
	cfg.WebSocket = true
	cfg.TempDir = t.TempDir()
	cfg.Command = "go test"
	level := slog.LevelWarn
	if os.Getenv("NODEOP_TEST_DEBUG") != "" {
		level = slog.LevelDebug
		cfg.NodeLogLevel = "debug"
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	rep, err := Run(ctx, cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Systems) != 2 || rep.Systems[0].Name != baselineName || rep.Systems[1].Validators != 1 {
		t.Fatalf("systems %v, want the baseline and 1 validator", rep.Systems)
	}
	var text strings.Builder
	if err := rep.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", text.String())
	for _, s := range rep.Systems {
		t.Run(s.Name, func(t *testing.T) { checkSystem(t, rep, s) })
	}
	if b := rep.Systems[1].Batches; b == nil || b.Committed == 0 || b.GasMedian == 0 || b.Txs == 0 || !(b.ChannelBytesPerTx > 0) {
		t.Errorf("nodeop's batch figures %+v: want committed batches with gas and bytes", b)
	}
	if r := rep.Systems[1].ThroughputVsBaseline; !(r > 0.9 && r < 1.1) {
		t.Errorf("throughput vs baseline %.3f at a light load, want about 1", r)
	}
}

// TestRunERC20CommitsEveryTx runs `nodeop bench --short --load erc20` end
// to end over HTTP: every ERC-20 transfer offered is accepted, committed
// and took effect (the recipients' token balances count as many transfers
// as the senders' nonces count txs), and each system logged progress.
func TestRunERC20CommitsEveryTx(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: starts a real CometBFT node")
	}
	cfg := ShortConfig()
	cfg.Load = LoadERC20
	cfg.TempDir = t.TempDir()
	cfg.Command = "go test"
	level := slog.LevelWarn
	if os.Getenv("NODEOP_TEST_DEBUG") != "" {
		level = slog.LevelDebug
		cfg.NodeLogLevel = "debug"
	}
	progress := &progressCounter{Handler: slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}), bySystem: map[string]int{}}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	rep, err := Run(ctx, cfg, slog.New(progress))
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Systems) != 2 || rep.Systems[0].Name != baselineName || rep.Systems[1].Validators != 1 || rep.Params.Load != LoadERC20 {
		t.Fatalf("load %q, systems %v; want erc20 on the baseline and 1 validator", rep.Params.Load, rep.Systems)
	}
	var md strings.Builder
	if err := rep.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", md.String())
	if !strings.Contains(md.String(), "## Token transfers on chain") {
		t.Error("the report does not show the token transfers on chain")
	}
	for _, s := range rep.Systems {
		t.Run(s.Name, func(t *testing.T) {
			checkSystem(t, rep, s)
			if s.ChainTokenTransfers != s.ChainTxs || s.ChainTxs != s.TotalCommitted {
				t.Errorf("token transfers on chain %d, txs on chain %d, committed %d: want all equal", s.ChainTokenTransfers, s.ChainTxs, s.TotalCommitted)
			}
			if w := tokenWarnings(s, LoadERC20); len(w) > 0 {
				t.Errorf("token warnings %q", w)
			}
			// The load runs 4 s at one line a second, then drains.
			if n := progress.count(s.Name); n < 3 {
				t.Errorf("%d progress lines, want one a second under load", n)
			}
		})
	}
}

// progressCounter counts "bench: progress" records per system and passes
// every record its Handler admits on to it.
type progressCounter struct {
	slog.Handler
	mu       sync.Mutex
	bySystem map[string]int
}

func (h *progressCounter) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= slog.LevelInfo || h.Handler.Enabled(ctx, l)
}

func (h *progressCounter) Handle(ctx context.Context, r slog.Record) error {
	if r.Message == "bench: progress" {
		r.Attrs(func(a slog.Attr) bool {
			if a.Key == "system" {
				h.mu.Lock()
				h.bySystem[a.Value.String()]++
				h.mu.Unlock()
			}
			return true
		})
	}
	if !h.Handler.Enabled(ctx, r.Level) {
		return nil
	}
	return h.Handler.Handle(ctx, r)
}

func (h *progressCounter) count(system string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.bySystem[system]
}

func checkSystem(t *testing.T, rep *Report, s System) {
	if s.Scheduled != 300 || s.Committed == 0 {
		t.Fatalf("scheduled %d committed %d, want 300 and > 0", s.Scheduled, s.Committed)
	}
	if s.Rejected != 0 || s.Committed != s.Scheduled {
		t.Errorf("window: %d rejected (%v), %d of %d committed", s.Rejected, s.RejectExamples, s.Committed, s.Scheduled)
	}
	if want := rep.Params.TxsPerSystem; s.TotalAccepted != want || s.TotalCommitted != want || s.Uncommitted != 0 || s.DrainTimedOut {
		t.Errorf("whole run: accepted %d committed %d uncommitted %d (drain timed out %v), want all %d", s.TotalAccepted, s.TotalCommitted, s.Uncommitted, s.DrainTimedOut, want)
	}
	if s.ChainTxs != s.TotalCommitted {
		t.Errorf("report says %d committed, the chain holds %d", s.TotalCommitted, s.ChainTxs)
	}
	l := s.Latency
	if !(l.P50Ms > 0 && l.P50Ms <= l.P90Ms && l.P90Ms <= l.P99Ms && l.P99Ms <= l.MaxMs) {
		t.Errorf("latency %+v, want 0 < p50 <= p90 <= p99 <= max", l)
	}
	if s.SubmitRPC.N != 300 || !(s.SubmitRPC.P50Ms > 0 && s.SubmitRPC.P50Ms <= s.SubmitRPC.P99Ms) {
		t.Errorf("submit rpc %+v", s.SubmitRPC)
	}
	if s.Blocks == 0 || s.AvgTxsPerBlock <= 0 {
		t.Errorf("blocks %d avg %v", s.Blocks, s.AvgTxsPerBlock)
	}
	if r := s.CommittedRate; r < 99 || r > 101 {
		t.Errorf("committed rate %.1f, want 100", r)
	}
}
