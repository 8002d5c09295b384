package bench

import (
	"encoding/json"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/plot"
)

// plotFixture is a two-system report as a run writes it.
func plotFixture(t *testing.T) *Report {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "plot", "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	var r Report
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Systems) != 2 {
		t.Fatalf("fixture has %d systems, want 2", len(r.Systems))
	}
	return &r
}

// withSteps repeats each system at lower offered loads, as a run with
// several load steps would report them (steps listed out of order).
func withSteps(r *Report) *Report {
	var systems []System
	for _, s := range r.Systems {
		for _, f := range []float64{1, 0.25, 0.5} {
			c := s
			c.OfferedRate *= f
			c.CommittedRate = min(c.OfferedRate, s.CommittedRate)
			systems = append(systems, c)
		}
	}
	r.Systems = systems
	return r
}

// minColourPixels is how many pixels of a series' exact colour a chart
// must have: the inside of a 2 pt line or a 4 pt glyph, or a legend
// thumbnail, gives far more.
const minColourPixels = 20

func TestWritePlots(t *testing.T) {
	all := []string{ThroughputPlot, LatencyCDFPlot, CPUPlot}
	twoSystems := []color.RGBA{seriesColour(0), seriesColour(1)}
	threeMeasures := []color.RGBA{seriesColour(0), seriesColour(1), seriesColour(2)}
	for _, tc := range []struct {
		name   string
		edit   func(*Report) *Report
		files  []string                // written, in order
		colour map[string][]color.RGBA // file -> colours it must contain
		absent map[string][]color.RGBA // file -> colours it must not contain
		err    string                  // non-empty: want an error containing it
	}{
		{
			name:  "two systems",
			edit:  func(r *Report) *Report { return r },
			files: all,
			colour: map[string][]color.RGBA{
				ThroughputPlot: twoSystems, LatencyCDFPlot: twoSystems, CPUPlot: threeMeasures,
			},
		},
		{
			name:  "load steps",
			edit:  withSteps,
			files: all,
			colour: map[string][]color.RGBA{
				ThroughputPlot: twoSystems, LatencyCDFPlot: twoSystems, CPUPlot: threeMeasures,
			},
		},
		{
			name:   "one system",
			edit:   func(r *Report) *Report { r.Systems = r.Systems[:1]; return r },
			files:  all,
			colour: map[string][]color.RGBA{ThroughputPlot: twoSystems[:1], LatencyCDFPlot: twoSystems[:1]},
			absent: map[string][]color.RGBA{ThroughputPlot: twoSystems[1:], LatencyCDFPlot: twoSystems[1:]},
		},
		{
			// The system keeps its colour: the baseline's is missing.
			name:   "a system without latency samples",
			edit:   func(r *Report) *Report { r.Systems[0].Latency = Dist{}; return r },
			files:  all,
			colour: map[string][]color.RGBA{LatencyCDFPlot: twoSystems[1:]},
			absent: map[string][]color.RGBA{LatencyCDFPlot: twoSystems[:1]},
		},
		{
			name: "no latency samples: latency plot skipped",
			edit: func(r *Report) *Report {
				for i := range r.Systems {
					r.Systems[i].Latency = Dist{}
				}
				return r
			},
			files: []string{ThroughputPlot, CPUPlot},
		},
		{
			name: "no CPU figures: cpu plot skipped",
			edit: func(r *Report) *Report {
				for i := range r.Systems {
					s := &r.Systems[i]
					s.CPUBusy, s.MachineBusy, s.MachineIOWait, s.MachineSteal = 0, 0, 0, 0
				}
				return r
			},
			files: []string{ThroughputPlot, LatencyCDFPlot},
		},
		{name: "nil report", edit: func(*Report) *Report { return nil }, err: "no systems"},
		{name: "no systems", edit: func(r *Report) *Report { r.Systems = nil; return r }, err: "no systems"},
		{
			name: "NaN offered rate",
			edit: func(r *Report) *Report { r.Systems[1].OfferedRate = math.NaN(); return r },
			err:  "not finite",
		},
		{
			name: "infinite committed rate",
			edit: func(r *Report) *Report { r.Systems[0].CommittedRate = math.Inf(1); return r },
			err:  "not finite",
		},
		{
			name: "NaN latency percentile",
			edit: func(r *Report) *Report { r.Systems[1].Latency.P99Ms = math.NaN(); return r },
			err:  "not finite",
		},
		{
			name: "infinite CPU share",
			edit: func(r *Report) *Report { r.Systems[0].CPUBusy = math.Inf(-1); return r },
			err:  "not finite",
		},
		{
			// All zero would skip the chart; a NaN must not pass as
			// "not measured".
			name: "NaN CPU share, others zero",
			edit: func(r *Report) *Report {
				for i := range r.Systems {
					s := &r.Systems[i]
					s.CPUBusy, s.MachineBusy, s.MachineIOWait, s.MachineSteal = 0, 0, 0, 0
				}
				r.Systems[1].MachineSteal = math.NaN()
				return r
			},
			err: "not finite",
		},
		{
			name: "percentiles out of order",
			edit: func(r *Report) *Report { r.Systems[0].Latency.P90Ms = 1; return r },
			err:  "must not decrease",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "out")
			paths, err := WritePlots(dir, tc.edit(plotFixture(t)))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("got error %v, want one containing %q", err, tc.err)
				}
				if paths != nil {
					t.Errorf("got paths %q with the error", paths)
				}
				// Validation comes before any write.
				if entries, _ := os.ReadDir(dir); len(entries) > 0 {
					t.Errorf("files written despite the error: %v", entries)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, p := range paths {
				if filepath.Dir(p) != dir {
					t.Errorf("path %q not in %q", p, dir)
				}
				names = append(names, filepath.Base(p))
			}
			if !slices.Equal(names, tc.files) {
				t.Fatalf("wrote %q, want %q", names, tc.files)
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(entries) != len(tc.files) {
				t.Errorf("dir holds %d files, want %d", len(entries), len(tc.files))
			}
			for _, p := range paths {
				img := decodePNG(t, p)
				if b := img.Bounds(); b.Dx() != PlotWidthPx || b.Dy() != PlotHeightPx {
					t.Errorf("%s: size %dx%d, want %dx%d", p, b.Dx(), b.Dy(), PlotWidthPx, PlotHeightPx)
				}
				counts := colourCounts(img)
				if len(counts) < 2 {
					t.Errorf("%s: a single colour", p)
				}
				base := filepath.Base(p)
				for _, c := range tc.colour[base] {
					if n := counts[c]; n < minColourPixels {
						t.Errorf("%s: %d pixels of series colour %v, want >= %d", base, n, c, minColourPixels)
					}
				}
				for _, c := range tc.absent[base] {
					if n := counts[c]; n > 0 {
						t.Errorf("%s: %d pixels of colour %v, want none", base, n, c)
					}
				}
			}
		})
	}
}

func decodePNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return img
}

// colourCounts counts the pixels of each opaque colour.
func colourCounts(img image.Image) map[color.RGBA]int {
	counts := map[color.RGBA]int{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
			counts[c]++
		}
	}
	return counts
}

func TestWritePlotsCreatesDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "b")
	paths, err := WritePlots(dir, plotFixture(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 3 {
		t.Fatalf("got %q", paths)
	}
}

func TestThroughputSeries(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    *Report
		want []Series
	}{
		{"one point per system", plotFixture(t), []Series{
			{Name: "baseline (1 val)", X: []float64{400}, Y: []float64{400}},
			{Name: "bft (4 val)", X: []float64{400}, Y: []float64{320}},
		}},
		{"steps grouped by name, sorted by offered", withSteps(plotFixture(t)), []Series{
			{Name: "baseline (1 val)", X: []float64{100, 200, 400}, Y: []float64{100, 200, 400}},
			{Name: "bft (4 val)", X: []float64{100, 200, 400}, Y: []float64{100, 200, 320}},
		}},
		{"no systems", &Report{}, []Series{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ThroughputSeries(tc.r)
			if !seriesEqual(got, tc.want) {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestLatencyCDFSeries(t *testing.T) {
	r := plotFixture(t)
	r.Systems[1].Latency = Dist{}
	stepped := withSteps(plotFixture(t))
	for _, tc := range []struct {
		name string
		r    *Report
		want []Series
	}{
		{"percentiles as a step CDF, no samples as no points", r, []Series{
			{Name: "baseline (1 val)", X: []float64{520.4, 520.4, 930.1, 1040.7, 1210.2}, Y: []float64{0, 0.5, 0.9, 0.99, 1}},
			{Name: "bft (4 val)"},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := LatencyCDFSeries(tc.r)
			if !seriesEqual(got, tc.want) {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
	// Steps of one system are told apart by their offered rate.
	got := LatencyCDFSeries(stepped)
	if len(got) != len(stepped.Systems) || got[1].Name != "baseline (1 val) @ 100 tx/s" {
		t.Errorf("stepped series: %+v", got)
	}
}

func TestCPUSeries(t *testing.T) {
	groups, ms := CPUSeries(plotFixture(t))
	if !slices.Equal(groups, []string{"baseline (1 val)", "bft (4 val)"}) {
		t.Errorf("groups %q", groups)
	}
	want := []Series{
		{Name: "bench process busy", X: []float64{0, 1}, Y: []float64{31, 88}},
		{Name: "whole machine busy", X: []float64{0, 1}, Y: []float64{36, 93}},
		{Name: "machine iowait + steal", X: []float64{0, 1}, Y: []float64{1.5, 3}},
	}
	if !seriesEqual(ms, want) {
		t.Errorf("got %+v, want %+v", ms, want)
	}
}

func TestSeriesValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    Series
		err  string
	}{
		{"valid", Series{Name: "a", X: []float64{1, 2}, Y: []float64{3, 4}}, ""},
		{"empty", Series{Name: "a"}, ""},
		{"lengths differ", Series{Name: "a", X: []float64{1, 2}, Y: []float64{3}}, "2 x values but 1 y values"},
		{"NaN x", Series{Name: "a", X: []float64{math.NaN()}, Y: []float64{3}}, "not finite"},
		{"+Inf y", Series{Name: "a", X: []float64{1}, Y: []float64{math.Inf(1)}}, "not finite"},
		{"-Inf y", Series{Name: "a", X: []float64{1}, Y: []float64{math.Inf(-1)}}, "not finite"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.s.validate()
			if tc.err == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("got %v, want an error containing %q", err, tc.err)
			}
		})
	}
}

// seriesEqual compares within rounding: the fixture's shares become
// percentages by a multiplication.
func seriesEqual(a, b []Series) bool {
	near := func(x, y float64) bool { return math.Abs(x-y) < 1e-9 }
	return slices.EqualFunc(a, b, func(s, t Series) bool {
		return s.Name == t.Name && slices.EqualFunc(s.X, t.X, near) && slices.EqualFunc(s.Y, t.Y, near)
	})
}

// TestLatencyAxisLogWhenSpread: a saturated run's tens of seconds next to
// sub-second ones switch the CDF's latency axis to a log scale.
func TestLatencyAxisLogWhenSpread(t *testing.T) {
	cdf := func(name string, p50 float64) Series {
		return Series{Name: name, X: []float64{p50, p50, 1.5 * p50, 2 * p50, 2.2 * p50}, Y: []float64{0, 0.5, 0.9, 0.99, 1}}
	}
	tests := []struct {
		name string
		ss   []Series
		log  bool
	}{
		{"close together", []Series{cdf("a", 700), cdf("b", 1500)}, false},
		{"one saturated", []Series{cdf("a", 700), cdf("b", 30_000)}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := latencyChart(tc.ss, make([]lineStyle, len(tc.ss)))
			if err != nil {
				t.Fatal(err)
			}
			_, isLog := p.X.Scale.(plot.LogScale)
			if isLog != tc.log {
				t.Fatalf("log scale %v, want %v", isLog, tc.log)
			}
		})
	}
}
