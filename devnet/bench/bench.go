// Package bench measures a sequencer set's throughput and latency against
// a baseline in the same run: it starts a fresh 1-validator devnet (the
// centralized sequencer) and then an N-validator one, offers each the same
// open-loop load of signed transfers over JSON-RPC, and reports what each
// accepted and committed and how long commits took.
package bench

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/url"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/nodeop/nodeop/devnet"
)

// Config shapes a bench run.
type Config struct {
	// Validators is the size of the set under test.
	Validators int
	// Senders sign the load with deterministic keys.
	Senders int
	// Rate is the offered load in tx/s, kept for Warmup+Duration; only
	// txs scheduled within Duration are measured.
	Rate     float64
	Duration time.Duration
	Warmup   time.Duration
	// BlockTime and BlockGasLimit configure every devnet.
	BlockTime     time.Duration
	BlockGasLimit uint64
	// Workers send concurrently; each sender belongs to one worker.
	Workers int
	// Baseline runs the centralized setup (one op-geth sequencer with its
	// own tx pool, see runCentral) under the same load first.
	Baseline bool
	// WebSocket sends the load over WebSocket connections (one per worker
	// and node) instead of HTTP.
	WebSocket bool
	// Sweep lists set sizes to measure in turn; empty: Validators alone.
	Sweep []int
	// Rates lists offered rates to step through, each on fresh chains;
	// empty: Rate alone.
	Rates []float64
	// NodeLogLevel filters the nodes' logs; the bench's own go to the
	// logger given to Run as it is.
	NodeLogLevel string
	// Drain bounds the wait for accepted txs to commit once the load ends,
	// and how far past its schedule the load may run.
	Drain time.Duration
	// TempDir holds each devnet's folder ("" = the OS default); each is
	// removed after its run.
	TempDir string
	// Command is the command line, recorded in the report.
	Command string
	// NodeBinary is the nodeop binary that runs every system as separate
	// OS processes: a devnet's L1 (`nodeop l1`) and each validator
	// (`nodeop node`), or the baseline (`nodeop bench-baseline`), so that
	// each one's CPU and memory can be told apart (System.Nodes). ""
	// runs them all in this process.
	NodeBinary string
	// Load is what each tx does: LoadETH (1-wei transfers) or LoadERC20
	// (token transfer calls).
	Load string
	// Progress is how often a "bench: progress" line is logged while a
	// system is under load and draining; 0 logs none.
	Progress time.Duration
}

// ShortConfig is `nodeop bench --short`: the baseline and one validator
// under a light load, about 30 s in all; `make test` runs it.
func ShortConfig() Config {
	c := DefaultConfig()
	c.Validators = 1
	c.Rate = 100
	c.Duration = 3 * time.Second
	c.Warmup = time.Second
	c.Senders = 20
	c.Workers = 8
	c.Progress = time.Second
	return c
}

// DefaultConfig is what `nodeop bench` runs without flags.
func DefaultConfig() Config {
	return Config{
		Validators:    4,
		Senders:       200,
		Rate:          1000,
		Duration:      20 * time.Second,
		Warmup:        3 * time.Second,
		BlockTime:     devnet.DefaultOptions().BlockTime,
		BlockGasLimit: 60_000_000,
		Workers:       32,
		Baseline:      true,
		NodeLogLevel:  "error",
		Drain:         30 * time.Second,
		Load:          LoadETH,
		Progress:      2 * time.Second,
	}
}

// Validate reports the first unusable setting.
func (c Config) Validate() error {
	var l slog.Level
	switch {
	case c.Senders < 1:
		return fmt.Errorf("bench: need at least one sender, got %d", c.Senders)
	case c.Workers < 1:
		return fmt.Errorf("bench: need at least one worker, got %d", c.Workers)
	case c.BlockTime <= 0:
		return fmt.Errorf("bench: block time must be positive, got %v", c.BlockTime)
	case !validLoad(c.Load):
		return fmt.Errorf("bench: load %q: want %s or %s", c.Load, LoadETH, LoadERC20)
	case c.BlockGasLimit < c.txGas():
		return fmt.Errorf("bench: block gas limit %d cannot hold one %s tx of %d gas", c.BlockGasLimit, c.Load, c.txGas())
	case c.Progress < 0:
		return fmt.Errorf("bench: progress interval must not be negative, got %v", c.Progress)
	case c.Drain <= 0:
		return fmt.Errorf("bench: drain must be positive, got %v", c.Drain)
	case l.UnmarshalText([]byte(c.NodeLogLevel)) != nil:
		return fmt.Errorf("bench: node log level %q: want debug, info, warn or error", c.NodeLogLevel)
	}
	for _, n := range c.sizes() {
		if n < 1 {
			return fmt.Errorf("bench: need at least one validator, got %d", n)
		}
	}
	for _, r := range c.rates() {
		if _, err := newPlan(r, c.Warmup, c.Duration); err != nil {
			return err
		}
	}
	return nil
}

func (c Config) sizes() []int {
	if len(c.Sweep) > 0 {
		return c.Sweep
	}
	return []int{c.Validators}
}

func (c Config) rates() []float64 {
	if len(c.Rates) > 0 {
		return c.Rates
	}
	return []float64{c.Rate}
}

// Run measures, for each offered rate (cfg.Rates, or cfg.Rate), the
// centralized baseline (when cfg.Baseline) and then each set size
// (cfg.Sweep, or cfg.Validators), one after the other, each on a fresh
// chain on loopback ports that is stopped before the next starts. It
// returns the report so far along with an error.
func Run(ctx context.Context, cfg Config, log *slog.Logger) (*Report, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	var level slog.Level
	_ = level.UnmarshalText([]byte(cfg.NodeLogLevel)) // validated above
	nodeLog := slog.New(levelFilter{Handler: log.Handler(), min: level})
	rates, sizes := cfg.rates(), cfg.sizes()
	plans := make([]plan, len(rates))
	most := 0
	for i, r := range rates {
		plans[i], _ = newPlan(r, cfg.Warmup, cfg.Duration) // validated above
		most = max(most, plans[i].total)
	}
	rep := newReport(cfg, plans[0])
	if cfg.NodeBinary != "" {
		rep.Notes = append(rep.Notes, processesNote)
	}

	chainID := devnet.DefaultOptions().ChainID
	t0 := time.Now()
	keys, err := senderKeys(cfg.Senders)
	if err != nil {
		return nil, err
	}
	// Every system starts a fresh chain, so one set of nonces 0.. serves
	// every run; a lower rate uses a prefix of it.
	txs, err := signAll(ctx, new(big.Int).SetUint64(chainID), keys, most, cfg.Load)
	if err != nil {
		return nil, err
	}
	log.Info("bench: signed load", "load", cfg.Load, "txs", most, "senders", cfg.Senders, "took", time.Since(t0).Round(time.Millisecond))

	runs := len(rates) * (len(sizes) + btoi(cfg.Baseline))
	done := 0
	for i, p := range plans {
		if cfg.Baseline {
			done++
			log.Info("bench: starting system", "run", fmt.Sprintf("%d/%d", done, runs), "system", baselineName, "rate", p.rate)
			sys, err := runCentral(ctx, cfg, p, txs, log, nodeLog)
			if err != nil {
				return rep, fmt.Errorf("bench: %s at %v tx/s: %w", baselineName, rates[i], err)
			}
			logDone(log, sys)
			rep.Systems = append(rep.Systems, *sys)
		}
		for _, n := range sizes {
			done++
			name := fmt.Sprintf("nodeop (%d val)", n)
			log.Info("bench: starting system", "run", fmt.Sprintf("%d/%d", done, runs), "system", name, "rate", p.rate)
			sys, err := runSystem(ctx, cfg, p, txs, n, name, log, nodeLog)
			if err != nil {
				return rep, fmt.Errorf("bench: %s at %v tx/s: %w", name, rates[i], err)
			}
			logDone(log, sys)
			rep.Systems = append(rep.Systems, *sys)
		}
	}
	compareToBaseline(rep.Systems)
	return rep, nil
}

func logDone(log *slog.Logger, sys *System) {
	log.Info("bench: system done", "system", sys.Name, "offered_tps", fmt.Sprintf("%.0f", sys.OfferedRate),
		"committed_tps", fmt.Sprintf("%.1f", sys.CommittedRate), "p50_ms", sys.Latency.P50Ms, "p99_ms", sys.Latency.P99Ms)
}

// compareToBaseline sets each nodeop system's throughput and median
// latency relative to the baseline's at the same offered rate.
func compareToBaseline(systems []System) {
	base := map[float64]*System{}
	for i := range systems {
		if systems[i].Validators == 0 {
			base[systems[i].OfferedRate] = &systems[i]
		}
	}
	for i := range systems {
		s := &systems[i]
		b, ok := base[s.OfferedRate]
		if s.Validators == 0 || !ok {
			continue
		}
		if b.CommittedRate > 0 {
			s.ThroughputVsBaseline = s.CommittedRate / b.CommittedRate
		}
		if b.Latency.P50Ms > 0 {
			s.LatencyVsBaseline = s.Latency.P50Ms / b.Latency.P50Ms
		}
		if b.ChainRate > 0 {
			s.ChainRateVsBaseline = s.ChainRate / b.ChainRate
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func newReport(cfg Config, p plan) *Report {
	return &Report{
		Command:    cfg.Command,
		Date:       time.Now().UTC().Truncate(time.Second),
		GoVersion:  runtime.Version(),
		GOOS:       runtime.GOOS,
		GOARCH:     runtime.GOARCH,
		NumCPU:     runtime.NumCPU(),
		GOMAXPROCS: runtime.GOMAXPROCS(0),
		Params: Params{
			Validators:    cfg.Validators,
			Senders:       cfg.Senders,
			Rate:          cfg.Rate,
			Duration:      cfg.Duration.String(),
			Warmup:        cfg.Warmup.String(),
			BlockTime:     cfg.BlockTime.String(),
			BlockGasLimit: cfg.BlockGasLimit,
			Workers:       min(cfg.Workers, cfg.Senders),
			Baseline:      cfg.Baseline,
			WebSocket:     cfg.WebSocket,
			Sweep:         cfg.Sweep,
			Rates:         cfg.Rates,
			Drain:         cfg.Drain.String(),
			Processes:     cfg.NodeBinary != "",
			Load:          cfg.Load,
			TxsPerSystem:  p.total,
			MeasuredTxs:   p.total - p.first,
		},
		Notes: []string{
			"Commit time is when the bench observed the block: for nodeop, a NewBlock event on node 0's CometBFT websocket (after node 0 executed and committed it); for the baseline, op-geth's newHeads (after the block became its head). Not the block header time; latency is that minus the tx's scheduled send time.",
			"The baseline is the centralized setup a rollup runs today: one op-geth sequencer taking txs into its own pool and building a block every second through the engine API (forkchoiceUpdated with attributes, getPayload, newPayload), with the same genesis, gas limit and load. vs baseline = nodeop's committed tx/s (or p50 latency) over the baseline's at the same offered rate.",
			"The load is open-loop: tx i is scheduled at i/rate and its latency starts then, so queueing in the load generator counts (send lag shows how much).",
			"Tx i comes from sender i mod senders (nonce order, one worker per sender) and goes to node i mod validators' JSON-RPC; when senders is a multiple of validators each sender always uses the same node.",
			"committed tx/s counts committed txs scheduled within the window over its length; chain tx/s counts bench txs in blocks observed within the window over its length (the sustained commit rate, whenever the txs were sent).",
			"Every node and the load generator share this machine's CPUs: an N-validator devnet does N times the signature checks, gossip and execution on the same cores, so the comparison measures the cost of replication on one box, not a deployment.",
		},
	}
}

// runSystem starts an n-validator devnet in a fresh temp dir, loads it and
// stops it.
func runSystem(ctx context.Context, cfg Config, p plan, txs *txSet, n int, name string, log, nodeLog *slog.Logger) (_ *System, err error) {
	dir, err := os.MkdirTemp(cfg.TempDir, "nodeop-bench-")
	if err != nil {
		return nil, fmt.Errorf("temp dir: %w", err)
	}
	defer func() {
		if e := os.RemoveAll(dir); e != nil {
			log.Warn("bench: remove devnet folder", "dir", dir, "err", e)
		}
	}()
	opts := devnet.DefaultOptions()
	opts.Validators = n
	// Where stake lives matters only at epoch boundaries, which a run
	// does not cross; native stake starts each system ~20 s sooner.
	opts.Stake = devnet.StakeNative
	opts.Host = "127.0.0.1"
	opts.BasePort = 0
	opts.BlockTime = cfg.BlockTime
	opts.BlockGasLimit = cfg.BlockGasLimit
	opts.LogLevel = cfg.NodeLogLevel
	if opts.L2Alloc, err = cfg.genesisAlloc(); err != nil {
		return nil, err
	}
	m, err := devnet.Init(dir, opts)
	if err != nil {
		return nil, err
	}
	urls, wsURLs := make([]string, len(m.Nodes)), make([]string, len(m.Nodes))
	for i, node := range m.Nodes {
		wsURLs[i] = node.WS
		for _, u := range []string{node.RPC, node.CometRPC} {
			if err := checkLoopback(u); err != nil {
				return nil, err
			}
		}
		urls[i] = node.RPC
	}
	procs, stop, err := startDevnet(ctx, cfg, dir, m, nodeLog)
	if err != nil {
		return nil, err
	}
	defer func() {
		t := time.Now()
		err = errors.Join(err, stop())
		log.Info("bench: devnet stopped", "system", name, "took", time.Since(t).Round(time.Millisecond))
	}()
	sys, err := measure(ctx, cfg, p, txs, target{
		name:       name,
		validators: n,
		chainID:    m.ChainID,
		urls:       urls,
		wsURLs:     wsURLs,
		procs:      procs,
		watch: func(ctx context.Context) (*watcher, error) {
			return startWatcher(ctx, m.Nodes[0].CometRPC, txs.known, log)
		},
	}, log)
	if err != nil {
		return nil, err
	}
	// The last blocks' batch seals, certifies and lands on L1 within
	// about a batch interval plus a few L1 slots.
	if sys.Batches, err = batchFigures(ctx, m.Nodes[0].RPC, m.L1.RPC, batchWait); err != nil {
		return nil, err
	}
	return sys, nil
}

// batchWait bounds the wait for a run's last batch to commit on L1.
const batchWait = 90 * time.Second

// target is a running system to load: where to send, how to watch blocks.
type target struct {
	name       string
	validators int // 0: the centralized baseline
	chainID    uint64
	urls       []string // JSON-RPC endpoints; tx i goes to urls[i mod len]
	wsURLs     []string // the same endpoints' WebSocket URLs
	watch      func(context.Context) (*watcher, error)
	// procs are the system's OS processes (nil in process): their usage
	// is sampled over the window, and one that exits fails the run.
	procs *procSet
}

// measure offers the plan's load to tg, waits for what was accepted to
// commit (up to cfg.Drain), and summarizes.
func measure(ctx context.Context, cfg Config, p plan, txs *txSet, tg target, log *slog.Logger) (*System, error) {
	sub := newSubmitter(min(cfg.Workers, cfg.Senders))
	defer sub.close()

	if err := waitReady(ctx, tg, sub, time.Minute); err != nil {
		return nil, err
	}
	wctx, wcancel := context.WithCancel(ctx)
	defer wcancel()
	w, err := tg.watch(wctx)
	if err != nil {
		return nil, err
	}
	stopWatcher := sync.OnceValues(func() (watched, error) {
		wcancel()
		c, b, err := w.stop()
		return watched{c, b}, err
	})
	defer stopWatcher()
	select {
	case <-w.first:
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-time.After(time.Minute):
		return nil, errors.New("no block observed within a minute")
	}

	l := &load{plan: p, txs: txs, urls: tg.urls, workers: min(cfg.Workers, cfg.Senders), sub: sub}
	if cfg.WebSocket {
		// Connected before the schedule starts, as a wallet backend would be.
		if l.ws, err = dialWS(ctx, tg.wsURLs, l.workers); err != nil {
			return nil, err
		}
		defer closeWS(l.ws)
	}
	start := time.Now().Add(50 * time.Millisecond)
	cpuWindow := sampleCPU(start.Add(p.warmup), start.Add(p.warmup+p.duration))
	nodeUsage := startUsage(tg.procs.usageProcs(), start.Add(p.warmup), start.Add(p.warmup+p.duration), readProcUsage)
	defer nodeUsage.stop()
	lctx, lcancel := context.WithDeadline(ctx, start.Add(p.warmup+p.duration+cfg.Drain))
	log.Info("bench: load started", "system", tg.name, "rate", p.rate, "txs", p.total)
	stopProgress := startProgress(log, cfg.Progress, func() progressLine {
		return progressOf(tg.name, start, p.total, &l.counts, w)
	})
	defer stopProgress()
	recs := l.run(lctx, start)
	lcancel()
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	pending := make(map[common.Hash]struct{})
	for _, r := range recs {
		if r.accepted {
			pending[r.hash] = struct{}{}
		}
	}
	log.Info("bench: load done, draining", "system", tg.name, "accepted", len(pending), "late_by", time.Since(start.Add(p.warmup+p.duration)).Round(time.Millisecond))
	timedOut, err := drain(ctx, w, pending, cfg.Drain)
	stopProgress()
	if err != nil {
		return nil, err
	}
	// A child that died explains a drain that timed out or a watcher
	// that failed better than either does.
	if err := tg.procs.alive(); err != nil {
		return nil, err
	}
	got, err := stopWatcher()
	if err != nil {
		return nil, err
	}
	onChain, err := chainTxs(ctx, tg.urls[0], sub, cfg.Senders)
	if err != nil {
		return nil, err
	}
	sys := &System{Name: tg.name, Validators: tg.validators, DrainTimedOut: timedOut, ChainTxs: onChain}
	if cfg.Load == LoadERC20 {
		if sys.ChainTokenTransfers, err = chainTokenTransfers(ctx, tg.urls[0], sub); err != nil {
			return nil, err
		}
	}
	m := measurement{plan: p, start: start, records: recs, commits: got.commits, blocks: got.blocks}
	summarizeRun(sys, m)
	if sys.Fill, err = blockFill(ctx, tg.urls[0], sub, windowHeights(m)); err != nil {
		return nil, err
	}
	cpu := cpuWindow()
	sys.CPUBusy = cpu.process
	sys.MachineBusy, sys.MachineIOWait, sys.MachineSteal = cpu.machine.busy, cpu.machine.iowait, cpu.machine.steal
	sys.Nodes = nodeUsage.stop()
	sys.Warnings = append(warnings(*sys, cfg.BlockGasLimit, cfg.txGas()), tokenWarnings(*sys, cfg.Load)...)
	return sys, nil
}

type watched struct {
	commits map[common.Hash]time.Time
	blocks  []blockObs
}

// drain waits until every pending hash is committed or limit passes, and
// says whether it gave up.
func drain(ctx context.Context, w *watcher, pending map[common.Hash]struct{}, limit time.Duration) (bool, error) {
	deadline := time.Now().Add(limit)
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		w.forget(pending)
		if len(pending) == 0 {
			return false, nil
		}
		if time.Now().After(deadline) {
			return true, nil
		}
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-tick.C:
		}
	}
}

// chainTxs is how many bench txs the chain holds, read from its state
// rather than from the blocks the watcher saw: the sum of the senders'
// nonces (every bench tx is a sender's next nonce).
func chainTxs(ctx context.Context, url string, sub *submitter, senders int) (int, error) {
	addrs, err := SenderAddresses(senders)
	if err != nil {
		return 0, err
	}
	total := 0
	for _, a := range addrs {
		body := []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_getTransactionCount","params":["` + a.Hex() + `","latest"]}`)
		res, rpcErr, err := sub.call(ctx, url, body)
		if err == nil && rpcErr != "" {
			err = errors.New(rpcErr)
		}
		if err != nil {
			return 0, fmt.Errorf("bench: nonce of %s: %w", a, err)
		}
		var n hexutil.Uint64
		if err := n.UnmarshalJSON(res); err != nil {
			return 0, fmt.Errorf("bench: nonce of %s: %q: %w", a, res, err)
		}
		total += int(n)
	}
	return total, nil
}

// waitReady waits until every endpoint answers eth_chainId with the
// chain's id and has a block past genesis.
func waitReady(ctx context.Context, tg target, sub *submitter, limit time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	want := strconv.Quote(hexutil.EncodeUint64(tg.chainID))
	chainID := []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`)
	number := []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`)
	for _, url := range tg.urls {
		var last error
		for {
			res, rpcErr, err := sub.call(ctx, url, chainID)
			switch {
			case err != nil:
				last = err
			case rpcErr != "":
				last = errors.New(rpcErr)
			case string(res) != want:
				return fmt.Errorf("%s answers chain id %s, want %s", url, res, want)
			default:
				res, rpcErr, err = sub.call(ctx, url, number)
				switch {
				case err != nil:
					last = err
				case rpcErr != "":
					last = errors.New(rpcErr)
				case string(res) == `"0x0"`:
					last = errors.New("no block past genesis yet")
				default:
					last = nil
				}
			}
			if last == nil {
				break
			}
			select {
			case <-ctx.Done():
				return fmt.Errorf("%s not ready: %w (last: %v)", url, ctx.Err(), last)
			case <-time.After(100 * time.Millisecond):
			}
		}
	}
	return nil
}

// checkLoopback refuses any URL whose host is not a loopback IP.
func checkLoopback(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	ip := net.ParseIP(u.Hostname())
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("bench: %s is not on loopback", raw)
	}
	return nil
}

// cpuTicks are clock ticks since boot over all CPUs.
type cpuTicks struct{ total, busy, iowait, steal uint64 }

// cpuShare is the fraction of all CPUs' time spent busy, in iowait and
// stolen between two readings.
type cpuShare struct{ busy, iowait, steal float64 }

func (b cpuTicks) sub(a cpuTicks) cpuShare {
	if b.total <= a.total {
		return cpuShare{}
	}
	d := float64(b.total - a.total)
	return cpuShare{
		busy:   float64(b.busy-a.busy) / d,
		iowait: float64(b.iowait-a.iowait) / d,
		steal:  float64(b.steal-a.steal) / d,
	}
}

// windowCPU is the CPU use over the measurement window.
type windowCPU struct {
	process   float64 // this process's CPU time / (window x CPUs)
	machine   cpuShare
	processOK bool
	machineOK bool
}

type cpuReading struct {
	at        time.Time
	process   time.Duration
	machine   cpuTicks
	processOK bool
	machineOK bool
}

func readCPU() cpuReading {
	r := cpuReading{at: time.Now()}
	r.process, r.processOK = processCPU()
	r.machine, r.machineOK = machineCPU()
	return r
}

// sampleCPU reads the CPU counters at from and at to; the returned
// function gives the use in between (zero values if the window has not
// closed or a counter is not available here).
func sampleCPU(from, to time.Time) func() windowCPU {
	var (
		mu     sync.Mutex
		a, b   cpuReading
		gotA   bool
		gotB   bool
		ncpu   = float64(runtime.NumCPU())
		timers [2]*time.Timer
	)
	timers[0] = time.AfterFunc(time.Until(from), func() {
		r := readCPU()
		mu.Lock()
		a, gotA = r, true
		mu.Unlock()
	})
	timers[1] = time.AfterFunc(time.Until(to), func() {
		r := readCPU()
		mu.Lock()
		b, gotB = r, true
		mu.Unlock()
	})
	return func() windowCPU {
		for _, t := range timers {
			t.Stop()
		}
		mu.Lock()
		defer mu.Unlock()
		var w windowCPU
		if !gotA || !gotB {
			return w
		}
		if a.processOK && b.processOK {
			w.process = (b.process - a.process).Seconds() / (b.at.Sub(a.at).Seconds() * ncpu)
			w.processOK = true
		}
		if a.machineOK && b.machineOK {
			w.machine = b.machine.sub(a.machine)
			w.machineOK = true
		}
		return w
	}
}

// levelFilter drops records below min before they reach Handler.
type levelFilter struct {
	slog.Handler
	min slog.Level
}

func (f levelFilter) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= f.min && f.Handler.Enabled(ctx, l)
}

func (f levelFilter) WithAttrs(as []slog.Attr) slog.Handler {
	return levelFilter{Handler: f.Handler.WithAttrs(as), min: f.min}
}

func (f levelFilter) WithGroup(name string) slog.Handler {
	return levelFilter{Handler: f.Handler.WithGroup(name), min: f.min}
}
