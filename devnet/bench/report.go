package bench

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

// Report is one bench run: its parameters and environment, and one
// System per devnet measured, the baseline first.
type Report struct {
	Command    string    `json:"command"`
	Date       time.Time `json:"date"`
	GoVersion  string    `json:"goVersion"`
	GOOS       string    `json:"goos"`
	GOARCH     string    `json:"goarch"`
	NumCPU     int       `json:"numCPU"`
	GOMAXPROCS int       `json:"gomaxprocs"`
	Params     Params    `json:"params"`
	Notes      []string  `json:"notes"`
	Systems    []System  `json:"systems"`
}

// Params are the run's settings as used.
type Params struct {
	Validators    int       `json:"validators"`
	Senders       int       `json:"senders"`
	Rate          float64   `json:"rate"`
	Duration      string    `json:"duration"`
	Warmup        string    `json:"warmup"`
	BlockTime     string    `json:"blockTime"`
	BlockGasLimit uint64    `json:"blockGasLimit"`
	Workers       int       `json:"workers"`
	Baseline      bool      `json:"baseline"`
	WebSocket     bool      `json:"webSocket"`
	Load          string    `json:"load"`
	Sweep         []int     `json:"sweep,omitempty"`
	Rates         []float64 `json:"rates,omitempty"`
	Drain         string    `json:"drain"`
	TxsPerSystem  int       `json:"txsPerSystem"`
	MeasuredTxs   int       `json:"measuredTxs"`

	// Processes says whether every node ran as its own OS process
	// (Config.NodeBinary), which per-process figures need.
	Processes bool `json:"processes"`
}

// System is one devnet's results. Counts and rates without "Total" cover
// the txs scheduled within the measurement window.
type System struct {
	Name       string `json:"name"`
	Validators int    `json:"validators"`

	Scheduled     int     `json:"scheduled"`
	Sent          int     `json:"sent"`
	Accepted      int     `json:"accepted"`
	Rejected      int     `json:"rejected"`
	Committed     int     `json:"committed"`
	OfferedRate   float64 `json:"offeredRate"`
	AcceptedRate  float64 `json:"acceptedRate"`
	CommittedRate float64 `json:"committedRate"`
	// ChainRate counts bench txs in blocks observed within the window,
	// whenever they were sent: the sustained commit rate.
	ChainRate float64 `json:"chainRate"`

	Rejects        map[string]int    `json:"rejects"`
	RejectExamples map[string]string `json:"rejectExamples"`

	// Latency is scheduled submit time to observed commit.
	Latency Dist `json:"latency"`
	// SubmitRPC is the eth_sendRawTransaction call itself.
	SubmitRPC Dist `json:"submitRpc"`
	// SendLag is how late the load generator sent each tx against its
	// schedule: client-side queueing, already inside Latency.
	SendLag Dist `json:"sendLag"`

	// Blocks observed within the window and the bench txs they carried.
	Blocks             int     `json:"blocks"`
	AvgTxsPerBlock     float64 `json:"avgTxsPerBlock"`
	MaxTxsPerBlock     int     `json:"maxTxsPerBlock"`
	AvgBlockIntervalMs float64 `json:"avgBlockIntervalMs"`
	MaxBlockIntervalMs float64 `json:"maxBlockIntervalMs"`
	RefetchedBlocks    int     `json:"refetchedBlocks"`
	// Fill is how full those blocks were by gas and by DA footprint.
	Fill Fill `json:"fill"`
	// Timeline lists every block observed from the load's start on.
	Timeline []BlockPoint `json:"timeline"`

	// Whole run, warm-up included.
	TotalAccepted  int  `json:"totalAccepted"`
	TotalCommitted int  `json:"totalCommitted"`
	Uncommitted    int  `json:"uncommitted"`
	DrainTimedOut  bool `json:"drainTimedOut"`

	// CPUBusy is the process's CPU time over the window divided by the
	// window times the CPU count (0 when not measured).
	CPUBusy float64 `json:"cpuBusy"`
	// MachineBusy, MachineIOWait and MachineSteal share all CPUs' time
	// over the window, whoever used it (Linux /proc/stat; 0 elsewhere).
	// Busy well above CPUBusy means other processes competed.
	MachineBusy   float64 `json:"machineBusy"`
	MachineIOWait float64 `json:"machineIOWait"`
	MachineSteal  float64 `json:"machineSteal"`

	// Nodes are the system's OS processes' CPU and memory over the window,
	// the load generator (this process) last; empty unless each node ran
	// as its own process (Config.NodeBinary) on Linux.
	Nodes []NodeUsage `json:"nodes,omitempty"`

	// Batches are the L1 side of a nodeop system's run (nil for the
	// baseline, which posts nothing here).
	Batches *BatchFigures `json:"batches,omitempty"`

	// ChainTxs is how many bench txs the chain holds at the end, from
	// state (the senders' nonces): it must equal TotalCommitted.
	ChainTxs int `json:"chainTxs"`
	// ChainTokenTransfers is, under the ERC-20 load, how many transfers the
	// chain executed, from state (the recipients' token balances): it must
	// equal ChainTxs, or some token txs reverted.
	ChainTokenTransfers int `json:"chainTokenTransfers,omitempty"`

	// ThroughputVsBaseline and LatencyVsBaseline are this system's committed
	// tx/s and p50 latency over the centralized baseline's at the same
	// offered rate (zero for the baseline itself, or without one).
	ThroughputVsBaseline float64 `json:"throughputVsBaseline,omitempty"`
	LatencyVsBaseline    float64 `json:"latencyVsBaseline,omitempty"`
	// ChainRateVsBaseline is the same for the rate carried by blocks within
	// the window, which a saturated system's drained backlog does not inflate.
	ChainRateVsBaseline float64 `json:"chainRateVsBaseline,omitempty"`

	// Warnings flag figures that need care when read.
	Warnings []string `json:"warnings,omitempty"`
}

// Thresholds for warnings.
const (
	lagWarnMs      = 100  // send lag p99 above this: the generator fell behind
	saturationFrac = 0.95 // chain rate below this share of the offered rate
	foreignCPU     = 0.10 // machine busy above process busy by this share
	waitCPU        = 0.05 // iowait + steal above this share
	fullFrac       = 0.97 // a block this full of a limit is at it
)

// warnings explains figures a reader could take at face value wrongly:
// a load generator that fell behind its schedule, a system that did not
// keep up, full blocks (of txs of txGas each), txs left uncommitted.
func warnings(s System, gasLimit, txGas uint64) []string {
	var out []string
	if s.SendLag.P99Ms > lagWarnMs {
		out = append(out, fmt.Sprintf("the load generator fell behind its schedule (send lag p50 %.0f ms, p99 %.0f ms): the nodes saw the load later and burstier than offered; latency includes the lag; more --workers may help", s.SendLag.P50Ms, s.SendLag.P99Ms))
	}
	if s.OfferedRate > 0 && s.ChainRate < saturationFrac*s.OfferedRate {
		out = append(out, fmt.Sprintf("saturated: blocks observed in the window carried %.0f tx/s of the %.0f offered; committed tx/s also counts the backlog committed after the window", s.ChainRate, s.OfferedRate))
	}
	if gasLimit > 0 && uint64(s.MaxTxsPerBlock+1)*txGas > gasLimit {
		out = append(out, fmt.Sprintf("blocks reached the gas limit (%d txs of %d gas per block)", s.MaxTxsPerBlock, txGas))
	}
	if s.Fill.DAMax >= fullFrac {
		out = append(out, fmt.Sprintf("blocks reached the DA-footprint limit (%.0f%% of the gas limit at most, %.0f%% on average): Jovian caps the txs per block there, whatever the sequencer does; raise --block-gas-limit to measure past it", s.Fill.DAMax*100, s.Fill.DAAvg*100))
	}
	if own := ownCPU(s); s.MachineBusy-own > foreignCPU {
		out = append(out, fmt.Sprintf("other processes used about %.0f%% of the CPUs during the window (machine %.0f%%, bench %.0f%%): figures may be disturbed", (s.MachineBusy-own)*100, s.MachineBusy*100, own*100))
	}
	if w := s.MachineIOWait + s.MachineSteal; w > waitCPU {
		out = append(out, fmt.Sprintf("the CPUs spent %.0f%% of the window in iowait (%.0f%%) or stolen by the hypervisor (%.0f%%)", w*100, s.MachineIOWait*100, s.MachineSteal*100))
	}
	if s.Uncommitted > 0 {
		out = append(out, fmt.Sprintf("%d accepted txs were not seen committed (drain timed out: %v)", s.Uncommitted, s.DrainTimedOut))
	}
	return out
}

// BlockPoint is one observed block: when (ms after the load's start),
// since the previous one, and how many txs, and bench txs, it carried.
type BlockPoint struct {
	Height     int64   `json:"height"`
	AtMs       float64 `json:"atMs"`
	IntervalMs float64 `json:"intervalMs"`
	Txs        int     `json:"txs"`
	BenchTxs   int     `json:"benchTxs"`
}

// row is one line of the comparison table.
type row struct {
	name  string
	value func(s *System) float64
	unit  string // format hint: "n" integer, "r" rate, "ms", "%", "x" ratio to the baseline
	ratio bool   // show system/baseline
}

func rows() []row {
	return []row{
		{"validators", func(s *System) float64 { return float64(s.Validators) }, "n", false},
		{"offered tx/s", func(s *System) float64 { return s.OfferedRate }, "r", false},
		{"accepted tx/s", func(s *System) float64 { return s.AcceptedRate }, "r", false},
		{"committed tx/s", func(s *System) float64 { return s.CommittedRate }, "r", true},
		{"committed tx/s vs baseline", func(s *System) float64 { return s.ThroughputVsBaseline }, "x", false},
		{"chain tx/s in window", func(s *System) float64 { return s.ChainRate }, "r", true},
		{"chain tx/s vs baseline", func(s *System) float64 { return s.ChainRateVsBaseline }, "x", false},
		{"rejected", func(s *System) float64 { return float64(s.Rejected) }, "n", false},
		{"uncommitted (whole run)", func(s *System) float64 { return float64(s.Uncommitted) }, "n", false},
		{"latency p50 ms", func(s *System) float64 { return s.Latency.P50Ms }, "ms", true},
		{"latency p50 vs baseline", func(s *System) float64 { return s.LatencyVsBaseline }, "x", false},
		{"latency p90 ms", func(s *System) float64 { return s.Latency.P90Ms }, "ms", true},
		{"latency p99 ms", func(s *System) float64 { return s.Latency.P99Ms }, "ms", true},
		{"latency max ms", func(s *System) float64 { return s.Latency.MaxMs }, "ms", true},
		{"blocks in window", func(s *System) float64 { return float64(s.Blocks) }, "n", false},
		{"avg txs/block", func(s *System) float64 { return s.AvgTxsPerBlock }, "r", false},
		{"block gas fill avg %", func(s *System) float64 { return s.Fill.GasAvg * 100 }, "%", false},
		{"block DA-footprint fill avg %", func(s *System) float64 { return s.Fill.DAAvg * 100 }, "%", false},
		{"block fill max % (gas / DA)", func(s *System) float64 { return max(s.Fill.GasMax, s.Fill.DAMax) * 100 }, "%", false},
		{"avg block interval ms", func(s *System) float64 { return s.AvgBlockIntervalMs }, "ms", true},
		{"max block interval ms", func(s *System) float64 { return s.MaxBlockIntervalMs }, "ms", true},
		{"rpc submit p50 ms", func(s *System) float64 { return s.SubmitRPC.P50Ms }, "ms", true},
		{"rpc submit p99 ms", func(s *System) float64 { return s.SubmitRPC.P99Ms }, "ms", true},
		{"send lag p99 ms", func(s *System) float64 { return s.SendLag.P99Ms }, "ms", false},
		{"cpu busy, bench process", func(s *System) float64 { return s.CPUBusy * 100 }, "%", false},
		{"cpu busy, whole machine", func(s *System) float64 { return s.MachineBusy * 100 }, "%", false},
		{"cpu iowait+steal, machine", func(s *System) float64 { return (s.MachineIOWait + s.MachineSteal) * 100 }, "%", false},
		{"batches committed on L1", func(s *System) float64 {
			return batchValue(s, func(b *BatchFigures) float64 { return float64(b.Committed) })
		}, "n", false},
		{"L1 gas per batch (median)", func(s *System) float64 {
			return batchValue(s, func(b *BatchFigures) float64 { return float64(b.GasMedian) })
		}, "n", false},
		{"tx bytes per tx", func(s *System) float64 { return batchValue(s, func(b *BatchFigures) float64 { return b.TxBytesPerTx }) }, "r", false},
		{"blob (channel) bytes per tx", func(s *System) float64 {
			return batchValue(s, func(b *BatchFigures) float64 { return b.ChannelBytesPerTx })
		}, "r", false},
	}
}

// batchValue is f of s's batch figures, 0 without them.
func batchValue(s *System, f func(*BatchFigures) float64) float64 {
	if s.Batches == nil {
		return 0
	}
	return f(s.Batches)
}

func format(v float64, unit string) string {
	switch unit {
	case "n":
		return fmt.Sprintf("%.0f", v)
	case "ms":
		return fmt.Sprintf("%.1f", v)
	case "%":
		return fmt.Sprintf("%.0f%%", v)
	case "x":
		// A ratio to the baseline at the same offered rate; none for
		// the baseline itself.
		if v == 0 {
			return ""
		}
		return fmt.Sprintf("%.2fx", v)
	default:
		return fmt.Sprintf("%.1f", v)
	}
}

// ratio formats a/b as "1.23x", empty when b is zero.
func ratio(a, b float64) string {
	if b == 0 {
		return ""
	}
	return fmt.Sprintf("%.2fx", a/b)
}

// table is the comparison as rows of cells, header first. With two
// systems a last column divides the second's figure by the first's (the
// baseline's).
func (r *Report) table() [][]string {
	head := []string{"metric"}
	for _, s := range r.Systems {
		head = append(head, s.Name)
	}
	cmp := len(r.Systems) == 2
	if cmp {
		head = append(head, "vs baseline")
	}
	out := [][]string{head}
	for _, rw := range rows() {
		if cmp && rw.unit == "x" {
			continue // the last column says it
		}
		line := []string{rw.name}
		for i := range r.Systems {
			line = append(line, format(rw.value(&r.Systems[i]), rw.unit))
		}
		if cmp {
			c := ""
			if rw.ratio {
				c = ratio(rw.value(&r.Systems[1]), rw.value(&r.Systems[0]))
			}
			line = append(line, c)
		}
		out = append(out, line)
	}
	return out
}

// rejectLines lists each system's rejections, most frequent first.
func (r *Report) rejectLines() []string {
	var out []string
	for _, s := range r.Systems {
		keys := slices.SortedFunc(maps.Keys(s.Rejects), func(a, b string) int {
			if c := s.Rejects[b] - s.Rejects[a]; c != 0 {
				return c
			}
			return strings.Compare(a, b)
		})
		for _, k := range keys {
			out = append(out, fmt.Sprintf("%s: %d x %q (e.g. %q)", s.Name, s.Rejects[k], k, s.RejectExamples[k]))
		}
	}
	return out
}

// WriteText prints the comparison table, rejections and warnings.
func (r *Report) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	tab := r.table()
	tab[0][0] = ""
	// Left-align the metric names by padding them to one width here.
	width := 0
	for _, line := range tab {
		width = max(width, len(line[0]))
	}
	for _, line := range tab {
		fmt.Fprintf(tw, "%s\t%s\t\n", padRight(line[0], width), strings.Join(line[1:], "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, l := range r.rejectLines() {
		if _, err := fmt.Fprintln(w, "rejected", l); err != nil {
			return err
		}
	}
	for _, s := range r.Systems {
		for _, wn := range s.Warnings {
			if _, err := fmt.Fprintf(w, "warning %s: %s\n", s.Name, wn); err != nil {
				return err
			}
		}
	}
	return nil
}

func padRight(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return s + strings.Repeat(" ", n-len(s))
}

// WriteMarkdown writes the report as a Markdown document.
func (r *Report) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	p := r.Params
	fmt.Fprintf(&b, "# nodeop bench\n\n")
	fmt.Fprintf(&b, "- date: %s\n", r.Date.UTC().Format(time.RFC3339))
	fmt.Fprintf(&b, "- command: `%s`\n", r.Command)
	fmt.Fprintf(&b, "- go: %s %s/%s, %d CPUs (GOMAXPROCS %d)\n", r.GoVersion, r.GOOS, r.GOARCH, r.NumCPU, r.GOMAXPROCS)
	offered := fmt.Sprintf("%.0f tx/s offered", p.Rate)
	if len(p.Rates) > 0 {
		// Each step's own counts are in the table; the header's are the first step's.
		offered = fmt.Sprintf("%s tx/s offered in steps, each on a fresh chain,", joinRates(p.Rates))
	}
	fmt.Fprintf(&b, "- load: %s from %d senders, %s for %s after %s warm-up (%d txs per system, %d measured, at the first rate), %d workers\n",
		describeLoad(p.Load), p.Senders, offered, p.Duration, p.Warmup, p.TxsPerSystem, p.MeasuredTxs, p.Workers)
	fmt.Fprintf(&b, "- chain: block time %s, block gas limit %d, %d validators, baseline %v\n\n", p.BlockTime, p.BlockGasLimit, p.Validators, p.Baseline)
	t := r.table()
	for i, line := range t {
		b.WriteString("| " + strings.Join(line, " | ") + " |\n")
		if i == 0 {
			b.WriteString("| :--- |" + strings.Repeat(" ---: |", len(line)-1) + "\n")
		}
	}
	if tl := tokenLines(r); len(tl) > 0 {
		b.WriteString("\n## Token transfers on chain\n\n")
		for _, l := range tl {
			b.WriteString("- " + l + "\n")
		}
	}
	writeNodeUsage(&b, r)
	if rl := r.rejectLines(); len(rl) > 0 {
		b.WriteString("\n## Rejections\n\n")
		for _, l := range rl {
			b.WriteString("- " + l + "\n")
		}
	}
	var warns []string
	for _, s := range r.Systems {
		for _, wn := range s.Warnings {
			warns = append(warns, s.Name+": "+wn)
		}
	}
	if len(warns) > 0 {
		b.WriteString("\n## Warnings\n\n")
		for _, l := range warns {
			b.WriteString("- " + l + "\n")
		}
	}
	if len(r.Notes) > 0 {
		b.WriteString("\n## Notes\n\n")
		for _, n := range r.Notes {
			b.WriteString("- " + n + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteFiles writes dir/report.json and dir/report.md and returns their
// paths.
func (r *Report) WriteFiles(dir string) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("bench: encode report: %w", err)
	}
	jsonPath := filepath.Join(dir, "report.json")
	if err := os.WriteFile(jsonPath, append(data, '\n'), 0o644); err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	var md strings.Builder
	if err := r.WriteMarkdown(&md); err != nil {
		return nil, err
	}
	mdPath := filepath.Join(dir, "report.md")
	if err := os.WriteFile(mdPath, []byte(md.String()), 0o644); err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	paths := []string{jsonPath, mdPath}
	plots, err := WritePlots(dir, r)
	return append(paths, plots...), err
}

// joinRates lists offered rates as "500, 1000, 2000".
func joinRates(rates []float64) string {
	parts := make([]string, len(rates))
	for i, r := range rates {
		parts[i] = strconv.FormatFloat(r, 'f', -1, 64)
	}
	return strings.Join(parts, ", ")
}
