package bench

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

func readUsageFixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "usage", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestParseProcPIDStat(t *testing.T) {
	for _, tc := range []struct {
		name  string
		data  []byte
		ticks uint64
		err   string
	}{
		{"a Go process", readUsageFixture(t, "stat"), 1234 + 567, ""},
		{"spaces and parentheses in the command name", readUsageFixture(t, "stat_comm"), 70 + 30, ""},
		{"cut short", readUsageFixture(t, "stat_short"), 0, "fields after the command name"},
		{"no command name", []byte("4242 nodeop S 1 2 3"), 0, "no ')'"},
		{"utime not a number", []byte("1 (x) S 1 1 1 0 -1 0 0 0 0 0 u 5 0 0"), 0, "utime"},
		{"stime negative", []byte("1 (x) S 1 1 1 0 -1 0 0 0 0 0 5 -5 0 0"), 0, "stime"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parseProcPIDStat(tc.data)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("got %d, %v; want an error containing %q", got, err, tc.err)
				}
				return
			}
			if err != nil || got != tc.ticks {
				t.Fatalf("got %d, %v; want %d", got, err, tc.ticks)
			}
		})
	}
}

func TestParseProcStatus(t *testing.T) {
	for _, tc := range []struct {
		name     string
		data     []byte
		rss, hwm uint64
		err      string
	}{
		{"a process", readUsageFixture(t, "status"), 524288, 812344, ""},
		{"no memory lines (zombie, kernel thread)", readUsageFixture(t, "status_novm"), 0, 0, "no VmRSS or VmHWM"},
		{"only VmRSS", []byte("VmRSS:\t 10 kB\n"), 0, 0, "no VmRSS or VmHWM"},
		{"other unit", []byte("VmHWM:\t 10 MB\nVmRSS:\t 10 kB\n"), 0, 0, "want a size in kB"},
		{"not a number", []byte("VmHWM:\t ten kB\nVmRSS:\t 10 kB\n"), 0, 0, "VmHWM"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rss, hwm, err := parseProcStatus(tc.data)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("got %d %d, %v; want an error containing %q", rss, hwm, err, tc.err)
				}
				return
			}
			if err != nil || rss != tc.rss || hwm != tc.hwm {
				t.Fatalf("got %d %d, %v; want %d %d", rss, hwm, err, tc.rss, tc.hwm)
			}
		})
	}
}

// fakeProcs serves synthetic counters: process pid's k-th reading is
// dated k*usageInterval after t0 and has used pid ticks per interval, so
// it kept pid/50 cores busy whatever the real timing; its resident set is
// 2 MiB at the second reading and 1 MiB at every other.
type fakeProcs struct {
	t0    time.Time
	reads map[int]int
	fail  int // this pid's reads fail
}

func (f *fakeProcs) read(pid int) (procSample, error) {
	if pid == f.fail {
		return procSample{}, errors.New("gone")
	}
	k := f.reads[pid]
	f.reads[pid]++
	rss := uint64(1024)
	if k == 1 {
		rss = 2048
	}
	return procSample{
		at:     f.t0.Add(time.Duration(k) * usageInterval),
		ticks:  uint64(1000 + k*pid),
		rssKiB: rss,
		hwmKiB: 4096,
	}, nil
}

func TestUsageWindow(t *testing.T) {
	procs := []usageProc{{"node0", 50}, {"l1", 25}, {"gone", 7}, {loadGenProcName, 100}}
	t.Run("window closed", func(t *testing.T) {
		f := &fakeProcs{t0: time.Now(), reads: map[int]int{}, fail: 7}
		now := time.Now()
		// Long enough for a reading between the two ends.
		w := startUsage(procs, now.Add(10*time.Millisecond), now.Add(usageInterval*5/2), f.read)
		time.Sleep(usageInterval*5/2 + 200*time.Millisecond)
		got := w.stop()
		want := []NodeUsage{
			{Name: "node0", PID: 50, CPU: 1, RSSPeakMiB: 2, RSSEndMiB: 1, HighWaterMiB: 4},
			{Name: "l1", PID: 25, CPU: 0.5, RSSPeakMiB: 2, RSSEndMiB: 1, HighWaterMiB: 4},
			{Name: loadGenProcName, PID: 100, CPU: 2, RSSPeakMiB: 2, RSSEndMiB: 1, HighWaterMiB: 4},
		}
		if !slices.EqualFunc(got, want, func(a, b NodeUsage) bool {
			return a.Name == b.Name && a.PID == b.PID && math.Abs(a.CPU-b.CPU) < 1e-9 &&
				a.RSSPeakMiB == b.RSSPeakMiB && a.RSSEndMiB == b.RSSEndMiB && a.HighWaterMiB == b.HighWaterMiB
		}) {
			t.Fatalf("got %+v\nwant %+v", got, want)
		}
		if again := w.stop(); len(again) != len(got) {
			t.Errorf("second stop: %+v", again)
		}
	})
	t.Run("stopped before the window closed", func(t *testing.T) {
		f := &fakeProcs{t0: time.Now(), reads: map[int]int{}}
		now := time.Now()
		w := startUsage(procs, now, now.Add(time.Hour), f.read)
		time.Sleep(50 * time.Millisecond)
		if got := w.stop(); got != nil {
			t.Fatalf("got %+v, want nothing", got)
		}
	})
	t.Run("stopped before the window opened", func(t *testing.T) {
		f := &fakeProcs{t0: time.Now(), reads: map[int]int{}}
		w := startUsage(procs, time.Now().Add(time.Hour), time.Now().Add(2*time.Hour), f.read)
		if got := w.stop(); got != nil || len(f.reads) != 0 {
			t.Fatalf("got %+v after %v reads, want nothing", got, f.reads)
		}
	})
	t.Run("no processes", func(t *testing.T) {
		now := time.Now()
		w := startUsage(nil, now, now, func(int) (procSample, error) {
			t.Error("read without processes")
			return procSample{}, nil
		})
		time.Sleep(20 * time.Millisecond)
		if got := w.stop(); got != nil {
			t.Fatalf("got %+v, want nothing", got)
		}
	})
}

func TestProcUsageResult(t *testing.T) {
	t0 := time.Now()
	at := func(s float64, ticks uint64) procSample {
		return procSample{at: t0.Add(time.Duration(s * float64(time.Second))), ticks: ticks, rssKiB: 1024, hwmKiB: 1024}
	}
	for _, tc := range []struct {
		name    string
		samples []procSample
		cpu     float64 // -1: no result
	}{
		{"1.5 cores over 2 s", []procSample{at(0, 100), at(2, 400)}, 1.5},
		{"idle", []procSample{at(0, 100), at(2, 100)}, 0},
		{"one reading", []procSample{at(0, 100)}, -1},
		{"no time passed", []procSample{at(1, 100), at(1, 200)}, -1},
		{"counter went back (pid reused)", []procSample{at(0, 500), at(2, 100)}, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var u procUsage
			for _, s := range tc.samples {
				u.add(s)
			}
			r := u.result()
			switch {
			case tc.cpu < 0 && r != nil:
				t.Fatalf("got %+v, want none", r)
			case tc.cpu >= 0 && (r == nil || math.Abs(r.CPU-tc.cpu) > 1e-9):
				t.Fatalf("got %+v, want %v cores", r, tc.cpu)
			}
		})
	}
}

// nodesFixture is the plot fixture as a --procs run reports it.
func nodesFixture(t *testing.T) *Report {
	r := plotFixture(t)
	r.Params.Processes = true
	r.Systems[0].Nodes = []NodeUsage{
		{Name: sequencerProcName, PID: 10, CPU: 0.31, RSSPeakMiB: 410, RSSEndMiB: 400, HighWaterMiB: 420},
		{Name: loadGenProcName, PID: 1, CPU: 0.12, RSSPeakMiB: 90, RSSEndMiB: 88, HighWaterMiB: 95},
	}
	r.Systems[1].Nodes = []NodeUsage{
		{Name: "node0", PID: 11, CPU: 0.52, RSSPeakMiB: 600, RSSEndMiB: 590, HighWaterMiB: 610},
		{Name: "node1", PID: 12, CPU: 0.49, RSSPeakMiB: 580, RSSEndMiB: 575, HighWaterMiB: 600},
		{Name: "node2", PID: 13, CPU: 0.47, RSSPeakMiB: 585, RSSEndMiB: 560, HighWaterMiB: 590},
		{Name: "node3", PID: 14, CPU: 0.5, RSSPeakMiB: 570, RSSEndMiB: 566, HighWaterMiB: 580},
		{Name: l1ProcName, PID: 15, CPU: 0.04, RSSPeakMiB: 300, RSSEndMiB: 300, HighWaterMiB: 310},
		{Name: loadGenProcName, PID: 1, CPU: 0.15, RSSPeakMiB: 95, RSSEndMiB: 91, HighWaterMiB: 99},
	}
	return r
}

func TestWriteNodeUsage(t *testing.T) {
	for _, tc := range []struct {
		name   string
		edit   func(*Report) *Report
		want   []string
		absent []string
	}{
		{
			name: "per process",
			edit: func(r *Report) *Report { return r },
			want: []string{
				"## CPU and memory per process",
				"![CPU per process](node_cpu.png)",
				"### baseline (1 val)\n\n| process | CPU cores | RSS peak MiB | RSS end MiB | RSS high-water MiB |",
				"| sequencer | 0.31 | 410 | 400 | 420 |\n| load generator | 0.12 | 90 | 88 | 95 |\n| all | 0.43 | | 488 | |",
				"### bft (4 val)",
				"| node3 | 0.50 | 570 | 566 | 580 |\n| l1 | 0.04 | 300 | 300 | 310 |",
			},
			absent: []string{"Not measured"},
		},
		{
			name: "in process",
			edit: func(r *Report) *Report {
				r.Params.Processes = false
				for i := range r.Systems {
					r.Systems[i].Nodes = nil
				}
				return r
			},
			want:   []string{"## CPU and memory per process", "Per-node figures need `--procs`"},
			absent: []string{"node_cpu.png", "| process |"},
		},
		{
			name: "processes without counters",
			edit: func(r *Report) *Report {
				for i := range r.Systems {
					r.Systems[i].Nodes = nil
				}
				return r
			},
			want:   []string{"on Linux only"},
			absent: []string{"node_cpu.png", "--procs"},
		},
		{
			name: "load steps",
			edit: func(r *Report) *Report { return withSteps(r) },
			want: []string{"### baseline (1 val) @ 100 tx/s", "### bft (4 val) @ 400 tx/s"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			if err := tc.edit(nodesFixture(t)).WriteMarkdown(&b); err != nil {
				t.Fatal(err)
			}
			md := b.String()
			for _, w := range tc.want {
				if !strings.Contains(md, w) {
					t.Errorf("report.md lacks %q:\n%s", w, md)
				}
			}
			for _, a := range tc.absent {
				if strings.Contains(md, a) {
					t.Errorf("report.md has %q:\n%s", a, md)
				}
			}
		})
	}
}

func TestNodeCPUGroups(t *testing.T) {
	r := nodesFixture(t)
	r.Systems = append(r.Systems, System{Name: "unmeasured"})
	groups, bars := NodeCPUGroups(r)
	if !slices.Equal(groups, []string{"baseline (1 val)", "bft (4 val)"}) {
		t.Errorf("groups %q", groups)
	}
	want := [][]NodeBar{
		{{sequencerProcName, 0.31}, {loadGenProcName, 0.12}},
		{{"node0", 0.52}, {"node1", 0.49}, {"node2", 0.47}, {"node3", 0.5}, {l1ProcName, 0.04}, {loadGenProcName, 0.15}},
	}
	if !slices.EqualFunc(bars, want, slices.Equal[[]NodeBar]) {
		t.Errorf("bars %+v, want %+v", bars, want)
	}
}

func TestWriteNodeCPUPlot(t *testing.T) {
	roleColours := []int{roleValidator, roleL1, roleSequencer, roleLoadGen}
	for _, tc := range []struct {
		name  string
		edit  func(*Report) *Report
		files []string
		err   string
	}{
		{"per process", func(r *Report) *Report { return r }, []string{ThroughputPlot, LatencyCDFPlot, CPUPlot, NodeCPUPlot}, ""},
		{"load steps", withSteps, []string{ThroughputPlot, LatencyCDFPlot, CPUPlot, NodeCPUPlot}, ""},
		{"in process", func(r *Report) *Report {
			for i := range r.Systems {
				r.Systems[i].Nodes = nil
			}
			return r
		}, []string{ThroughputPlot, LatencyCDFPlot, CPUPlot}, ""},
		{"NaN cores", func(r *Report) *Report { r.Systems[1].Nodes[2].CPU = math.NaN(); return r }, nil, "not finite"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			paths, err := WritePlots(dir, tc.edit(nodesFixture(t)))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("got %v, want an error containing %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, p := range paths {
				names = append(names, filepath.Base(p))
			}
			if !slices.Equal(names, tc.files) {
				t.Fatalf("wrote %q, want %q", names, tc.files)
			}
			if !slices.Contains(names, NodeCPUPlot) {
				return
			}
			img := decodePNG(t, filepath.Join(dir, NodeCPUPlot))
			if b := img.Bounds(); b.Dx() != PlotWidthPx || b.Dy() != PlotHeightPx {
				t.Errorf("size %dx%d", b.Dx(), b.Dy())
			}
			counts := colourCounts(img)
			for _, role := range roleColours {
				if n := counts[seriesColour(role)]; n < minColourPixels {
					t.Errorf("%d pixels of role %d's colour, want >= %d", n, role, minColourPixels)
				}
			}
		})
	}
}

func TestOwnCPU(t *testing.T) {
	ncpu := float64(runtime.NumCPU())
	for _, tc := range []struct {
		name string
		s    System
		want float64
	}{
		{"in process: the bench process", System{CPUBusy: 0.5, MachineBusy: 0.55}, 0.5},
		// The nodes are other processes than the bench's, but not foreign.
		{"per process: all of them", System{CPUBusy: 0.05, MachineBusy: 0.55, Nodes: []NodeUsage{
			{Name: "node0", CPU: 0.4 * ncpu}, {Name: l1ProcName, CPU: 0.05 * ncpu}, {Name: loadGenProcName, CPU: 0.05 * ncpu},
		}}, 0.5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ownCPU(tc.s); math.Abs(got-tc.want) > 1e-9 {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestCompactGroup(t *testing.T) {
	tests := []struct{ in, want string }{
		{"nodeop (4 val) @ 500 tx/s", "4 val\n500"},
		{baselineName + " @ 3000 tx/s", "baseline\n3000"},
		{"nodeop (7 val)", "7 val"},
		{"something else @ 1 tx/s", "something else\n1"},
	}
	for _, tc := range tests {
		if got := compactGroup(tc.in); got != tc.want {
			t.Errorf("compactGroup(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
