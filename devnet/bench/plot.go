package bench

import (
	"cmp"
	"errors"
	"fmt"
	"image/color"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// Plot files written by WritePlots.
const (
	ThroughputPlot = "throughput.png"
	LatencyCDFPlot = "latency_cdf.png"
	CPUPlot        = "cpu.png"
	NodeCPUPlot    = "node_cpu.png"
)

// Plot image size. The DPI is fixed so that the pixel size is exact
// whatever gonum's default is, which the report and the tests rely on.
const (
	PlotWidthPx  = 900
	PlotHeightPx = 540
	plotDPI      = 96
	// plotMarginPx keeps glyphs and labels at the data's edge off the
	// image's edge.
	plotMarginPx = 12
)

// px converts pixels of the fixed-DPI image to gonum's lengths.
func px(n float64) vg.Length { return vg.Length(n) * vg.Inch / plotDPI }

// Series is one line of a chart: the points (X[i], Y[i]) under Name.
// It is the charts' input rather than the Report itself so that a run of
// several offered-load steps, or several reports, can be drawn by
// building more points per system without changing the Report.
type Series struct {
	Name string
	X, Y []float64
}

// validate refuses what would draw a wrong or empty chart silently: a
// NaN or infinite figure (a zero-length window, a failed measurement)
// or mismatched coordinates.
func (s Series) validate() error {
	if len(s.X) != len(s.Y) {
		return fmt.Errorf("series %q: %d x values but %d y values", s.Name, len(s.X), len(s.Y))
	}
	for i := range s.X {
		if !finite(s.X[i]) || !finite(s.Y[i]) {
			return fmt.Errorf("series %q: point %d is (%v, %v), not finite", s.Name, i, s.X[i], s.Y[i])
		}
	}
	return nil
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// xys converts to gonum's point list; s must be valid.
func (s Series) xys() plotter.XYs {
	pts := make(plotter.XYs, len(s.X))
	for i := range s.X {
		pts[i] = plotter.XY{X: s.X[i], Y: s.Y[i]}
	}
	return pts
}

// systemNames lists the distinct system names in order of first
// appearance. A name's index is its colour in every chart, so that one
// system looks the same in all of them.
func systemNames(r *Report) []string {
	var names []string
	for _, s := range r.Systems {
		if !slices.Contains(names, s.Name) {
			names = append(names, s.Name)
		}
	}
	return names
}

// ThroughputSeries returns one series per system name, in the report's
// order (baseline first): committed tx/s against offered tx/s. Systems
// sharing a name are taken as offered-load steps of one system and become
// points of one series, sorted by offered rate; a report with one entry
// per system gives one point per series.
//
// Committed tx/s is CommittedRate (txs scheduled within the window and
// seen committed, per second of window), the figure the report compares;
// ChainRate is not used.
func ThroughputSeries(r *Report) []Series {
	names := systemNames(r)
	out := make([]Series, len(names))
	for i, n := range names {
		out[i].Name = n
		var pts [][2]float64
		for _, s := range r.Systems {
			if s.Name == n {
				pts = append(pts, [2]float64{s.OfferedRate, s.CommittedRate})
			}
		}
		slices.SortStableFunc(pts, func(a, b [2]float64) int { return cmp.Compare(a[0], b[0]) })
		for _, p := range pts {
			out[i].X = append(out[i].X, p[0])
			out[i].Y = append(out[i].Y, p[1])
		}
	}
	return out
}

// LatencyCDFSeries returns, per system entry in the report's order, the
// CDF of submit-to-receipt latency: X in ms, Y the fraction of txs.
//
// Dist keeps no samples, only p50, p90, p99 and max (nearest-rank), so
// the CDF is known at those points only. The series holds them, preceded
// by (p50, 0), and is meant to be drawn as a post-step line: that is the
// lowest CDF consistent with the percentiles, i.e. every latency read off
// it is an upper bound. Below p50 nothing is known (the minimum is not
// kept), hence the vertical rise at p50.
//
// A system without latency samples (Latency.N == 0: nothing it accepted
// within the window was seen committed) gets a series with no points.
// When several entries share a name (load steps) each gets its own
// series, named with its offered rate.
func LatencyCDFSeries(r *Report) []Series {
	dup := len(systemNames(r)) != len(r.Systems)
	out := make([]Series, 0, len(r.Systems))
	for _, s := range r.Systems {
		name := s.Name
		if dup {
			name = fmt.Sprintf("%s @ %.0f tx/s", s.Name, s.OfferedRate)
		}
		ser := Series{Name: name}
		if d := s.Latency; d.N > 0 {
			ser.X = []float64{d.P50Ms, d.P50Ms, d.P90Ms, d.P99Ms, d.MaxMs}
			ser.Y = []float64{0, 0.50, 0.90, 0.99, 1}
		}
		out = append(out, ser)
	}
	return out
}

// CPUSeries returns the CPU figures the report has, as bar groups: groups
// labels one group per system entry, and each series is one measure with
// X[i] = i and Y[i] its percentage for groups[i].
//
// In process, the nodes of a devnet run in the bench process, so "bench
// process" is all nodes plus the load generator; with each node its own
// process it is the load generator alone, and NodeCPUGroups has every
// process's figure. "whole machine" adds every other process, and
// "iowait + steal" is time the CPUs could not run anything.
func CPUSeries(r *Report) (groups []string, measures []Series) {
	dup := len(systemNames(r)) != len(r.Systems)
	measures = []Series{
		{Name: "bench process busy"},
		{Name: "whole machine busy"},
		{Name: "machine iowait + steal"},
	}
	for i, s := range r.Systems {
		g := s.Name
		if dup {
			g = fmt.Sprintf("%s @ %.0f tx/s", s.Name, s.OfferedRate)
		}
		groups = append(groups, g)
		for m, v := range []float64{s.CPUBusy, s.MachineBusy, s.MachineIOWait + s.MachineSteal} {
			measures[m].X = append(measures[m].X, float64(i))
			measures[m].Y = append(measures[m].Y, v*100)
		}
	}
	return groups, measures
}

// WritePlots writes the report's charts as PNG files of PlotWidthPx x
// PlotHeightPx into dir and returns their paths (as Report.WriteFiles
// does):
//
//   - ThroughputPlot, committed against offered tx/s per system;
//   - LatencyCDFPlot, the latency CDF per system, skipped when no system
//     has latency samples; a system without samples stays in the legend,
//     marked so;
//   - CPUPlot, CPU use per system, skipped when no CPU figure was
//     measured (all zero, as on platforms without the counters);
//   - NodeCPUPlot, CPU use per process of each system, skipped when no
//     system has per-process figures (System.Nodes).
//
// A skipped chart is not written and not returned. A nil report or one
// without systems, and any NaN or infinite figure, is an error; all
// charts are built before any file is written, so such an error writes
// nothing. On a write error the paths already written are returned with
// it.
func WritePlots(dir string, r *Report) ([]string, error) {
	if r == nil || len(r.Systems) == 0 {
		return nil, errors.New("bench: plots: report has no systems")
	}
	type chart struct {
		file string
		p    *plot.Plot
	}
	var charts []chart

	tp, err := throughputChart(ThroughputSeries(r))
	if err != nil {
		return nil, fmt.Errorf("bench: plots: %s: %w", ThroughputPlot, err)
	}
	charts = append(charts, chart{ThroughputPlot, tp})

	// The colour follows the system's name, as in the throughput chart,
	// even when another system has no latency line; the dash pattern
	// tells a system's load steps apart.
	names := systemNames(r)
	lat := LatencyCDFSeries(r)
	styles := make([]lineStyle, len(lat))
	steps := make([]int, len(names))
	for i, s := range r.Systems {
		n := slices.Index(names, s.Name)
		styles[i] = lineStyle{colour: n, dash: n/paletteLen + steps[n]}
		steps[n]++
	}
	if slices.ContainsFunc(lat, func(s Series) bool { return len(s.X) > 0 }) {
		lp, err := latencyChart(lat, styles)
		if err != nil {
			return nil, fmt.Errorf("bench: plots: %s: %w", LatencyCDFPlot, err)
		}
		charts = append(charts, chart{LatencyCDFPlot, lp})
	}

	groups, cpu := CPUSeries(r)
	// Check the figures before deciding to skip: a NaN is never "not
	// measured".
	for _, s := range cpu {
		if err := s.validate(); err != nil {
			return nil, fmt.Errorf("bench: plots: %s: %w", CPUPlot, err)
		}
	}
	if slices.ContainsFunc(cpu, func(s Series) bool {
		return slices.ContainsFunc(s.Y, func(v float64) bool { return v != 0 })
	}) {
		cp, err := cpuChart(groups, cpu, cpuChartNote(r))
		if err != nil {
			return nil, fmt.Errorf("bench: plots: %s: %w", CPUPlot, err)
		}
		charts = append(charts, chart{CPUPlot, cp})
	}

	if hasNodes(r) {
		groups, bars := NodeCPUGroups(r)
		np, err := nodeCPUChart(groups, bars)
		if err != nil {
			return nil, fmt.Errorf("bench: plots: %s: %w", NodeCPUPlot, err)
		}
		charts = append(charts, chart{NodeCPUPlot, np})
	}

	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("bench: plots: %w", err)
	}
	var paths []string
	for _, c := range charts {
		path := filepath.Join(dir, c.file)
		if err := savePNG(c.p, path); err != nil {
			return paths, fmt.Errorf("bench: plots: %w", err)
		}
		paths = append(paths, path)
	}
	return paths, nil
}

// paletteLen is how many colours seriesColour has.
const paletteLen = 6

// seriesColour is the colour of series i: the Okabe-Ito palette, which
// stays distinguishable with the common colour-vision deficiencies,
// without its black (taken by axes and text) and yellow (faint on white).
func seriesColour(i int) color.RGBA {
	palette := [paletteLen]color.RGBA{
		{0x00, 0x72, 0xb2, 0xff}, // blue
		{0xd5, 0x5e, 0x00, 0xff}, // vermillion
		{0x00, 0x9e, 0x73, 0xff}, // bluish green
		{0xcc, 0x79, 0xa7, 0xff}, // reddish purple
		{0xe6, 0x9f, 0x00, 0xff}, // orange
		{0x56, 0xb4, 0xe9, 0xff}, // sky blue
	}
	return palette[i%len(palette)]
}

// seriesDashes is dash pattern i: solid first, then patterns that tell
// apart lines of one colour (a system's load steps, or series once the
// palette has wrapped around).
func seriesDashes(i int) []vg.Length {
	switch i % 4 {
	case 1:
		return []vg.Length{8, 4}
	case 2:
		return []vg.Length{3, 3}
	case 3:
		return []vg.Length{8, 3, 2, 3}
	default:
		return nil
	}
}

// lineStyle picks a line's colour and dash pattern by index.
type lineStyle struct{ colour, dash int }

// Line and glyph sizes, in points, are wide enough that their inside is
// drawn in the series' exact colour, not only anti-aliased blends of it.
const (
	lineWidth   vg.Length = 2
	glyphRadius vg.Length = 4
)

func newPlot(title, x, y string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = x
	p.Y.Label.Text = y
	p.Add(plotter.NewGrid())
	return p
}

// addLine adds s as a line with a glyph at each point (so that a
// one-point series still shows) in colour index c, and its legend entry.
func addLine(p *plot.Plot, s Series, st lineStyle, step plotter.StepKind, glyphFrom int) error {
	if err := s.validate(); err != nil {
		return err
	}
	l, err := plotter.NewLine(s.xys())
	if err != nil {
		return fmt.Errorf("series %q: %w", s.Name, err)
	}
	l.Color = seriesColour(st.colour)
	l.Width = lineWidth
	l.Dashes = seriesDashes(st.dash)
	l.StepStyle = step
	sc, err := plotter.NewScatter(s.xys()[glyphFrom:])
	if err != nil {
		return fmt.Errorf("series %q: %w", s.Name, err)
	}
	sc.GlyphStyle = draw.GlyphStyle{Color: seriesColour(st.colour), Radius: glyphRadius, Shape: draw.CircleGlyph{}}
	p.Add(l, sc)
	p.Legend.Add(s.Name, l, sc)
	return nil
}

func throughputChart(ss []Series) (*plot.Plot, error) {
	p := newPlot("Throughput", "offered tx/s", "committed tx/s")
	top := 0.0
	for i, s := range ss {
		if len(s.X) == 0 {
			return nil, fmt.Errorf("series %q has no points", s.Name)
		}
		if err := addLine(p, s, lineStyle{colour: i, dash: i / paletteLen}, plotter.NoStep, 0); err != nil {
			return nil, err
		}
		top = max(top, slices.Max(s.X), slices.Max(s.Y))
	}
	// The diagonal is where every offered tx commits: the distance below
	// it is what a system lost.
	if top > 0 {
		ref, err := plotter.NewLine(plotter.XYs{{X: 0, Y: 0}, {X: top * 1.05, Y: top * 1.05}})
		if err != nil {
			return nil, err
		}
		ref.Color = color.Gray{Y: 0x99}
		ref.Dashes = []vg.Length{vg.Points(4), vg.Points(4)}
		p.Add(ref)
		p.Legend.Add("committed = offered", ref)
	}
	// Head room keeps the top points clear of the legend and the frame.
	p.X.Min, p.X.Max = 0, max(top, 1)*1.05
	p.Y.Min, p.Y.Max = 0, max(top, 1)*1.2
	// Committed stays at or below offered, so the top left is free.
	p.Legend.Top, p.Legend.Left = true, true
	p.Legend.XOffs = px(16)
	return p, nil
}

func latencyChart(ss []Series, styles []lineStyle) (*plot.Plot, error) {
	p := newPlot("Submit-to-commit latency CDF",
		"latency, ms (step through p50, p90, p99, max: an upper bound)", "fraction of txs committed")
	for i, s := range ss {
		if len(s.X) == 0 {
			p.Legend.Add(s.Name + ": no committed txs")
			continue
		}
		if err := s.validate(); err != nil {
			return nil, err
		}
		if !slices.IsSorted(s.X) || !slices.IsSorted(s.Y) {
			return nil, fmt.Errorf("series %q: a CDF must not decrease: %v, %v", s.Name, s.X, s.Y)
		}
		// No glyph on the leading (p50, 0): it is not a measured point.
		if err := addLine(p, s, styles[i], plotter.PostStep, 1); err != nil {
			return nil, err
		}
	}
	p.X.Min = 0
	// Saturated runs wait tens of seconds, the others about one: on a
	// linear axis the latter would be one smudge at the left.
	lo, hi := math.Inf(1), 0.0
	for _, s := range ss {
		for _, x := range s.X {
			lo, hi = min(lo, x), max(hi, x)
		}
	}
	if lo > 0 && hi/lo > logAxisRatio {
		p.X.Scale = plot.LogScale{}
		p.X.Tick.Marker = plot.LogTicks{Prec: -1}
		p.X.Min = lo / 1.2
		p.X.Label.Text = strings.Replace(p.X.Label.Text, "latency, ms", "latency, ms (log scale)", 1)
	}
	p.Y.Min, p.Y.Max = 0, 1.03
	// 1 goes unlabelled: its label would overlap 0.99's.
	p.Y.Tick.Marker = plot.ConstantTicks{
		{Value: 0, Label: "0"}, {Value: 0.25}, {Value: 0.5, Label: "0.5"}, {Value: 0.75},
		{Value: 0.9, Label: "0.9"}, {Value: 0.99, Label: "0.99"}, {Value: 1},
	}
	// The curves rise from left to right, so the bottom right is free.
	p.Legend.Top, p.Legend.Left = false, false
	return p, nil
}

// cpuChartNote is the CPU chart's x-axis label: what "bench process"
// holds.
func cpuChartNote(r *Report) string {
	switch {
	case hasNodes(r):
		return "bench process = the load generator; each node's own figure in " + NodeCPUPlot
	case r.Params.Processes:
		return "bench process = the load generator; per-node figures need Linux"
	default:
		return "nodes run inside the bench process: no per-node figures"
	}
}

func cpuChart(groups []string, ss []Series, note string) (*plot.Plot, error) {
	p := newPlot("CPU use in the measurement window", note, "% of all CPUs")
	// gonum sizes bars as lengths, not data units: size them from the
	// image, less the margins and the y axis, so that a group fills
	// about 3/4 of its slot.
	slot := px(PlotWidthPx-2*plotMarginPx-100) / vg.Length(max(len(groups), 1))
	w := slot * 0.75 / vg.Length(max(len(ss), 1))
	top := 100.0
	for m, s := range ss {
		if err := s.validate(); err != nil {
			return nil, err
		}
		if len(s.Y) != len(groups) {
			return nil, fmt.Errorf("series %q has %d values for %d groups", s.Name, len(s.Y), len(groups))
		}
		b, err := plotter.NewBarChart(plotter.Values(s.Y), w)
		if err != nil {
			return nil, fmt.Errorf("series %q: %w", s.Name, err)
		}
		b.Color = seriesColour(m)
		b.LineStyle.Width = 0
		b.Offset = w * (vg.Length(m) - vg.Length(len(ss)-1)/2)
		p.Add(b)
		p.Legend.Add(s.Name, b)
		top = max(top, slices.Max(s.Y))
	}
	p.NominalX(groups...)
	p.X.Min, p.X.Max = -0.5, float64(len(groups))-0.5
	p.Y.Min = 0
	// Head room above 100% keeps the legend off the bars.
	p.Y.Max = top * 1.3
	var ticks plot.ConstantTicks
	for v := 0.0; v <= top; v += 20 {
		ticks = append(ticks, plot.Tick{Value: v, Label: fmt.Sprintf("%.0f%%", v)})
	}
	p.Y.Tick.Marker = ticks
	p.Legend.Top, p.Legend.Left = true, false
	return p, nil
}

// NodeBar is one process's bar in the per-process CPU chart.
type NodeBar struct {
	// Name is the process's NodeUsage.Name.
	Name string
	// Cores is its average number of cores busy over the window.
	Cores float64
}

// NodeCPUGroups returns, per system entry with per-process figures in
// the report's order, a group label (as CPUSeries labels them) and one
// bar per process in the System's order: the validators, then the L1 or
// the baseline's sequencer, then the load generator.
func NodeCPUGroups(r *Report) (groups []string, bars [][]NodeBar) {
	for i, s := range r.Systems {
		if len(s.Nodes) == 0 {
			continue
		}
		groups = append(groups, systemLabel(r, i))
		g := make([]NodeBar, len(s.Nodes))
		for j, n := range s.Nodes {
			g[j] = NodeBar{Name: n.Name, Cores: n.CPU}
		}
		bars = append(bars, g)
	}
	return groups, bars
}

// A process's role picks its bar colour, so that every validator looks
// alike and the one-off processes stand out.
const (
	roleValidator = iota
	roleL1
	roleSequencer
	roleLoadGen
	roles
)

// roleName is a role's legend entry.
func roleName(role int) string {
	return [roles]string{"validator node", "L1", "sequencer (and its L1)", "load generator"}[role]
}

// roleOf is the role of the process name and its label on the bar.
func roleOf(name string) (role int, short string) {
	switch name {
	case l1ProcName:
		return roleL1, "L1"
	case sequencerProcName:
		return roleSequencer, "seq"
	case loadGenProcName:
		return roleLoadGen, "gen"
	default:
		// "node3" is labelled "n3".
		return roleValidator, "n" + strings.TrimPrefix(name, "node")
	}
}

// nodeCPUChart draws each group's processes side by side, each bar
// labelled with its process and coloured by its role.
func nodeCPUChart(groups []string, bars [][]NodeBar) (*plot.Plot, error) {
	p := newPlot("CPU use per process in the measurement window",
		"each bar one OS process: n0.. validator nodes, L1, seq = baseline sequencer, gen = load generator", "cores busy (average)")
	most, top := 1, 0.0
	for _, g := range bars {
		most = max(most, len(g))
		for _, b := range g {
			if !finite(b.Cores) {
				return nil, fmt.Errorf("process %q: %v cores, not finite", b.Name, b.Cores)
			}
			top = max(top, b.Cores)
		}
	}
	// As in cpuChart, bars are sized from the image; here the fullest
	// group fills about 4/5 of its slot.
	slot := px(PlotWidthPx-2*plotMarginPx-100) / vg.Length(max(len(groups), 1))
	w := slot * 0.8 / vg.Length(most)
	var legend [roles]*plotter.BarChart
	for i, g := range bars {
		for j, b := range g {
			bc, err := plotter.NewBarChart(plotter.Values{b.Cores}, w)
			if err != nil {
				return nil, fmt.Errorf("process %q: %w", b.Name, err)
			}
			role, short := roleOf(b.Name)
			bc.Color = seriesColour(role)
			bc.LineStyle.Width = 0
			// A sliver of space tells a group's validators apart.
			bc.Width = w * 0.9
			bc.XMin = float64(i)
			bc.Offset = w * (vg.Length(j) - vg.Length(len(g)-1)/2)
			lb, err := plotter.NewLabels(plotter.XYLabels{
				XYs:    plotter.XYs{{X: float64(i), Y: b.Cores}},
				Labels: []string{short},
			})
			if err != nil {
				return nil, fmt.Errorf("process %q: %w", b.Name, err)
			}
			lb.TextStyle[0].XAlign = text.XCenter
			lb.Offset = vg.Point{X: bc.Offset, Y: px(3)}
			p.Add(bc)
			// Labels narrower bars would overlap; the colours still
			// tell the roles apart.
			if w >= px(minLabelledBarPx) {
				p.Add(lb)
			}
			if legend[role] == nil {
				legend[role] = bc
			}
		}
	}
	for role, bc := range legend {
		if bc != nil {
			p.Legend.Add(roleName(role), bc)
		}
	}
	ticks := groups
	if len(groups) > compactGroupsOver {
		p.X.Label.Text += "; under each system its offered tx/s"
		ticks = make([]string, len(groups))
		for i, g := range groups {
			ticks[i] = compactGroup(g)
		}
	}
	p.NominalX(ticks...)
	p.X.Min, p.X.Max = -0.5, float64(len(groups))-0.5
	p.Y.Min = 0
	// Head room keeps the labels and the legend off the bars.
	p.Y.Max = max(top, 0.1) * 1.35
	p.Legend.Top, p.Legend.Left = true, false
	return p, nil
}

// Beyond compactGroupsOver systems the per-process chart names each one
// in two short lines, and bars narrower than minLabelledBarPx go
// unlabelled: a sweep's full names overlap.
const (
	compactGroupsOver = 4
	minLabelledBarPx  = 12
)

// compactGroup shortens a system's label for a crowded axis:
// "nodeop (4 val) @ 500 tx/s" -> "4 val\n500" (the offered rate), the
// baseline's name -> "baseline".
func compactGroup(label string) string {
	name, rate, stepped := strings.Cut(label, " @ ")
	switch {
	case name == baselineName:
		name = "baseline"
	case strings.HasPrefix(name, "nodeop (") && strings.HasSuffix(name, ")"):
		name = strings.TrimSuffix(strings.TrimPrefix(name, "nodeop ("), ")")
	}
	if stepped {
		return name + "\n" + strings.TrimSuffix(rate, " tx/s")
	}
	return name
}

// logAxisRatio is the spread of latencies (slowest over fastest point)
// beyond which the CDF's latency axis is logarithmic.
const logAxisRatio = 20

// savePNG draws p at the fixed pixel size and writes it to path.
func savePNG(p *plot.Plot, path string) (err error) {
	c := vgimg.NewWith(vgimg.UseWH(px(PlotWidthPx), px(PlotHeightPx)), vgimg.UseDPI(plotDPI))
	m := px(plotMarginPx)
	p.Draw(draw.Crop(draw.New(c), m, -m, m, -m))
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = cerr
		}
	}()
	if _, err := (vgimg.PngCanvas{Canvas: c}).WriteTo(f); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
