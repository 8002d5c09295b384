package bench

import (
	"context"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"
)

// TestRunCommitsEveryTx runs the bench end to end against a 1-validator
// devnet: every tx offered is accepted and committed, and the latencies
// are positive and ordered.
func TestRunCommitsEveryTx(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: starts a real CometBFT node")
	}
	cfg := DefaultConfig()
	cfg.Validators = 1
	cfg.Baseline = false
	cfg.Rate = 100
	cfg.Duration = 3 * time.Second
	cfg.Warmup = time.Second
	cfg.Senders = 20
	cfg.Workers = 8
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
	if len(rep.Systems) != 1 {
		t.Fatalf("%d systems, want 1", len(rep.Systems))
	}
	s := rep.Systems[0]
	var text strings.Builder
	if err := rep.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", text.String())

	if s.Scheduled != 300 || s.Committed == 0 {
		t.Fatalf("scheduled %d committed %d, want 300 and > 0", s.Scheduled, s.Committed)
	}
	if s.Rejected != 0 || s.Committed != s.Scheduled {
		t.Errorf("window: %d rejected (%v), %d of %d committed", s.Rejected, s.RejectExamples, s.Committed, s.Scheduled)
	}
	if want := rep.Params.TxsPerSystem; s.TotalAccepted != want || s.TotalCommitted != want || s.Uncommitted != 0 || s.DrainTimedOut {
		t.Errorf("whole run: accepted %d committed %d uncommitted %d (drain timed out %v), want all %d", s.TotalAccepted, s.TotalCommitted, s.Uncommitted, s.DrainTimedOut, want)
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
