package bench

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func sampleReport(systems int) *Report {
	r := &Report{
		Command:   "nodeop bench --rate 1000",
		Date:      time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC),
		GoVersion: "go1.26",
		NumCPU:    2,
		Params:    Params{Validators: 4, Senders: 200, Rate: 1000, Duration: "20s", Warmup: "3s", BlockTime: "1s", BlockGasLimit: 60_000_000, Workers: 32, Baseline: true},
		Notes:     []string{"a note"},
	}
	base := System{Name: "baseline (1 val)", Validators: 1, OfferedRate: 1000, AcceptedRate: 1000, CommittedRate: 1000, ChainRate: 990,
		Latency: Dist{N: 10, P50Ms: 500, P90Ms: 900, P99Ms: 1000, MaxMs: 1100}, Rejects: map[string]int{}}
	bft := System{Name: "bft (4 val)", Validators: 4, OfferedRate: 1000, AcceptedRate: 990, CommittedRate: 800, ChainRate: 800, Rejected: 3,
		Latency: Dist{N: 10, P50Ms: 1000, P90Ms: 1800, P99Ms: 2500, MaxMs: 3000},
		Rejects: map[string]int{"txpool is full": 1, "nonce too high": 2}, RejectExamples: map[string]string{"txpool is full": "txpool is full: x", "nonce too high": "nonce too high: y"}}
	r.Systems = []System{base, bft}[:systems]
	return r
}

func TestTable(t *testing.T) {
	for _, tc := range []struct {
		systems int
		cols    int
		cells   map[string][]string // metric -> expected cells after the name
	}{
		{2, 4, map[string][]string{
			"validators":        {"1", "4", ""},
			"committed tx/s":    {"1000.0", "800.0", "0.80x"},
			"latency p50 ms":    {"500.0", "1000.0", "2.00x"},
			"rejected":          {"0", "3", ""},
			"rpc submit p50 ms": {"0.0", "0.0", ""}, // zero baseline: no ratio
		}},
		{1, 2, map[string][]string{
			"validators":     {"1"},
			"latency p99 ms": {"1000.0"},
		}},
	} {
		tab := sampleReport(tc.systems).table()
		if len(tab[0]) != tc.cols {
			t.Fatalf("%d systems: header %q", tc.systems, tab[0])
		}
		found := 0
		for _, line := range tab[1:] {
			if len(line) != tc.cols {
				t.Fatalf("row %q has %d cells, want %d", line, len(line), tc.cols)
			}
			if want, ok := tc.cells[line[0]]; ok {
				found++
				if strings.Join(line[1:], "|") != strings.Join(want, "|") {
					t.Errorf("%d systems, %s: got %q, want %q", tc.systems, line[0], line[1:], want)
				}
			}
		}
		if found != len(tc.cells) {
			t.Errorf("found %d of %d expected rows", found, len(tc.cells))
		}
	}
}

func TestWriteTextIsAligned(t *testing.T) {
	var buf bytes.Buffer
	if err := sampleReport(2).WriteText(&buf); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(buf.String(), "\n"), "\n")
	var width int
	var rejects []string
	for _, l := range lines {
		if strings.HasPrefix(l, "rejected ") {
			rejects = append(rejects, l)
			continue
		}
		if width == 0 {
			width = len(l)
		}
		if len(l) != width {
			t.Errorf("line %q is %d wide, want %d", l, len(l), width)
		}
	}
	if len(rejects) != 2 || !strings.Contains(rejects[0], `2 x "nonce too high"`) {
		t.Errorf("reject lines %q, want the most frequent first", rejects)
	}
}

func TestWriteMarkdown(t *testing.T) {
	var buf bytes.Buffer
	if err := sampleReport(2).WriteMarkdown(&buf); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, want := range []string{"`nodeop bench --rate 1000`", "| metric | baseline (1 val) | bft (4 val) | vs baseline |", "| :--- | ---: | ---: | ---: |", "## Notes", "- a note", "## Rejections"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	for _, l := range strings.Split(md, "\n") {
		if strings.HasPrefix(l, "|") && strings.Count(l, "|") != 5 {
			t.Errorf("table line %q has %d pipes, want 5", l, strings.Count(l, "|"))
		}
	}
}

func TestWriteFiles(t *testing.T) {
	dir := t.TempDir() + "/out"
	r := sampleReport(2)
	files, err := r.WriteFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	// JSON, Markdown, and the plots the sample has figures for (no CPU).
	want := []string{"report.json", "report.md", ThroughputPlot, LatencyCDFPlot}
	if len(files) != len(want) {
		t.Fatalf("files %v, want %v", files, want)
	}
	for i, f := range files {
		if filepath.Base(f) != want[i] {
			t.Fatalf("files %v, want %v", files, want)
		}
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if back.Command != r.Command || len(back.Systems) != 2 || back.Systems[1].Latency != r.Systems[1].Latency || !reflect.DeepEqual(back.Params, r.Params) {
		t.Fatalf("round trip lost data: %+v", back)
	}
	if _, err := os.Stat(files[1]); err != nil {
		t.Fatal(err)
	}
}

func TestWarnings(t *testing.T) {
	healthy := System{OfferedRate: 1000, ChainRate: 1010, MaxTxsPerBlock: 1000, SendLag: Dist{P50Ms: 1, P99Ms: 5}, CPUBusy: 0.3, MachineBusy: 0.35, MachineIOWait: 0.01}
	for _, tc := range []struct {
		name  string
		tweak func(*System)
		gas   uint64
		want  []string // substrings, one per warning, in order
	}{
		{"healthy", func(*System) {}, 60_000_000, nil},
		{"lagging generator", func(s *System) { s.SendLag.P99Ms = 2300 }, 60_000_000, []string{"fell behind"}},
		{"saturated", func(s *System) { s.ChainRate = 900 }, 60_000_000, []string{"saturated"}},
		{"just under saturation", func(s *System) { s.ChainRate = 950 }, 60_000_000, nil},
		{"full blocks", func(s *System) { s.MaxTxsPerBlock = 2857 }, 60_000_000, []string{"gas limit (2857"}},
		{"no gas limit known", func(s *System) { s.MaxTxsPerBlock = 2857 }, 0, nil},
		{"uncommitted", func(s *System) { s.Uncommitted = 3; s.DrainTimedOut = true }, 60_000_000, []string{"3 accepted txs were not seen committed (drain timed out: true)"}},
		{"other processes", func(s *System) { s.MachineBusy = 0.9 }, 60_000_000, []string{"other processes used about 60%"}},
		{"iowait", func(s *System) { s.MachineIOWait = 0.04; s.MachineSteal = 0.03 }, 60_000_000, []string{"7% of the window in iowait (4%) or stolen by the hypervisor (3%)"}},
		{"all at once", func(s *System) { s.SendLag.P99Ms = 500; s.ChainRate = 10; s.MaxTxsPerBlock = 2857; s.Uncommitted = 1 }, 60_000_000,
			[]string{"fell behind", "saturated", "gas limit", "not seen committed"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := healthy
			tc.tweak(&s)
			got := warnings(s, tc.gas, transferGas)
			if len(got) != len(tc.want) {
				t.Fatalf("warnings %q, want %d", got, len(tc.want))
			}
			for i, w := range tc.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("warning %d %q lacks %q", i, got[i], w)
				}
			}
		})
	}
}

// TestRatiosToBaseline: each nodeop system is compared with the baseline at
// its own offered rate, and a sweep's table (no "vs baseline" column) shows
// the ratios as rows.
func TestRatiosToBaseline(t *testing.T) {
	sys := func(name string, vals int, rate, committed, chain, p50 float64) System {
		return System{Name: name, Validators: vals, OfferedRate: rate, CommittedRate: committed, ChainRate: chain, Latency: Dist{N: 1, P50Ms: p50}}
	}
	r := &Report{Systems: []System{
		sys(baselineName, 0, 1000, 1000, 1000, 500),
		sys("nodeop (4 val)", 4, 1000, 800, 500, 1500),
		sys("nodeop (4 val)", 4, 2000, 900, 600, 9000), // no baseline at 2000
	}}
	r.Params.Rates = []float64{1000, 2000}
	compareToBaseline(r.Systems)
	got := r.Systems[1]
	if got.ThroughputVsBaseline != 0.8 || got.ChainRateVsBaseline != 0.5 || got.LatencyVsBaseline != 3 {
		t.Fatalf("ratios %v %v %v, want 0.8 0.5 3", got.ThroughputVsBaseline, got.ChainRateVsBaseline, got.LatencyVsBaseline)
	}
	if s := r.Systems[2]; s.ThroughputVsBaseline != 0 || s.ChainRateVsBaseline != 0 || s.LatencyVsBaseline != 0 {
		t.Fatalf("ratios without a baseline at the rate: %+v", s)
	}
	var md strings.Builder
	if err := r.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"1000, 2000 tx/s offered in steps", "| committed tx/s vs baseline |  | 0.80x |  |", "| chain tx/s vs baseline |  | 0.50x |  |", "| latency p50 vs baseline |  | 3.00x |  |"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("report.md lacks %q", want)
		}
	}
	// Two systems: the last column holds the ratios instead.
	r.Systems = r.Systems[:2]
	md.Reset()
	if err := r.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(md.String(), "tx/s vs baseline |") || !strings.Contains(md.String(), "| vs baseline |") {
		t.Errorf("two-system table: ratio rows or no ratio column:\n%s", md.String())
	}
}
