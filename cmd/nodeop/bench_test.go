package main

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nodeop/nodeop/devnet/bench"
)

// TestBenchProcs runs `nodeop bench --short --procs`: the baseline and a
// 1-validator set, each node, the devnet's L1 and the baseline as a
// process of its own. Every system reports CPU and memory for each of its
// processes and the load generator, and commits what it accepted.
func TestBenchProcs(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("per-process figures are read from /proc")
	}
	bin := buildBinary(t)
	out := filepath.Join(t.TempDir(), "out")
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "bench", "--short", "--procs", "--out", out)
	// The devnets' folders (and, should the bench fail, their logs) go
	// under the test's temp dir.
	cmd.Env = append(os.Environ(), "TMPDIR="+t.TempDir())
	logs, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("nodeop bench: %v\n%s", err, tail(string(logs)))
	}
	data, err := os.ReadFile(filepath.Join(out, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	var rep bench.Report
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	if !rep.Params.Processes || len(rep.Systems) != 2 {
		t.Fatalf("processes %v, %d systems; want processes and the baseline and 1 validator", rep.Params.Processes, len(rep.Systems))
	}
	for _, s := range rep.Systems {
		t.Run(s.Name, func(t *testing.T) {
			want := []string{"sequencer", "load generator"}
			if s.Validators > 0 {
				want = nil
				for i := range s.Validators {
					want = append(want, "node"+strconv.Itoa(i))
				}
				want = append(want, "l1", "load generator")
			}
			var names []string
			for _, n := range s.Nodes {
				names = append(names, n.Name)
				if !(n.CPU > 0 && n.RSSPeakMiB > 0 && n.RSSEndMiB > 0 && n.RSSPeakMiB >= n.RSSEndMiB && n.HighWaterMiB > 0 && n.PID > 0) {
					t.Errorf("%s: %+v, want CPU and resident memory (end <= peak)", n.Name, n)
				}
			}
			if !slices.Equal(names, want) {
				t.Errorf("processes %q, want %q", names, want)
			}
			if s.TotalCommitted != rep.Params.TxsPerSystem || s.ChainTxs != s.TotalCommitted {
				t.Errorf("committed %d, chain holds %d, want both %d", s.TotalCommitted, s.ChainTxs, rep.Params.TxsPerSystem)
			}
		})
	}
	md, err := os.ReadFile(filepath.Join(out, "report.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(md), "| node0 | ") || !strings.Contains(string(md), "("+bench.NodeCPUPlot+")") {
		t.Errorf("report.md lacks node0's row or the per-process plot:\n%s", md)
	}
	if _, err := os.Stat(filepath.Join(out, bench.NodeCPUPlot)); err != nil {
		t.Error(err)
	}
	if _, section, ok := strings.Cut(string(md), "## CPU and memory per process"); ok {
		t.Logf("per process:%s", section)
	}
}
