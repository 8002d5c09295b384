package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"

	"github.com/nodeop/nodeop/devnet/bench"
)

func runBench(ctx context.Context, args []string) (err error) {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	cfg := bench.DefaultConfig()
	if slices.Contains(args, "--short") || slices.Contains(args, "-short") {
		// The short run's defaults; other flags still override them.
		cfg = bench.ShortConfig()
	}
	fs.Bool("short", false, "a light run of about 30 s (the baseline and 1 validator at 100 tx/s for 3 s); make test runs it")
	sweep := fs.String("sweep", "", "set sizes to measure in turn, e.g. 1,4,7 (default: --validators)")
	rates := fs.String("rates", "", "offered rates to step through, each on fresh chains, e.g. 500,1000,2000 (default: --rate)")
	fs.IntVar(&cfg.Validators, "validators", cfg.Validators, "validators in the set under test")
	fs.IntVar(&cfg.Senders, "senders", cfg.Senders, "senders, each with a deterministic key")
	fs.Float64Var(&cfg.Rate, "rate", cfg.Rate, "offered load in tx/s (open loop)")
	fs.DurationVar(&cfg.Duration, "duration", cfg.Duration, "measurement window")
	fs.DurationVar(&cfg.Warmup, "warmup", cfg.Warmup, "load before the window, not measured")
	fs.DurationVar(&cfg.BlockTime, "block-time", cfg.BlockTime, "pause after each commit (CometBFT timeout_commit); the 1 s L2 block time paces blocks")
	fs.Uint64Var(&cfg.BlockGasLimit, "block-gas-limit", cfg.BlockGasLimit, "L2 block gas limit")
	fs.IntVar(&cfg.Workers, "workers", cfg.Workers, "concurrent senders over JSON-RPC")
	fs.BoolVar(&cfg.WebSocket, "ws", cfg.WebSocket, "send the load over WebSocket (one connection per worker and node) instead of HTTP")
	fs.BoolVar(&cfg.Baseline, "baseline", cfg.Baseline, "measure the centralized setup (one op-geth sequencer with its own tx pool) under the same load first")
	fs.StringVar(&cfg.Load, "load", cfg.Load, "what each tx does: eth (1-wei transfers) or erc20 (transfer calls on a genesis token every sender holds)")
	fs.DurationVar(&cfg.Progress, "progress", cfg.Progress, "log a progress line this often while a system is under load and draining (0: none)")
	procs := fs.Bool("procs", true, "run each node, the devnet's L1 and the baseline as its own process of this binary, to report CPU and memory per process (Linux); false runs them all inside the bench")
	out := fs.String("out", "bench-out", "folder for report.json, report.md and the PNG plots")
	fs.StringVar(&cfg.NodeLogLevel, "log-level", cfg.NodeLogLevel, "nodes' log level: debug, info, warn or error (bench progress logs at info)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the bench process (the load generator, and the nodes with --procs=false) to this file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := applyEnv(fs); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if cfg.Sweep, err = parseList(*sweep, strconv.Atoi); err != nil {
		return fmt.Errorf("--sweep: %w", err)
	}
	if cfg.Rates, err = parseList(*rates, func(s string) (float64, error) { return strconv.ParseFloat(s, 64) }); err != nil {
		return fmt.Errorf("--rates: %w", err)
	}
	if *procs {
		if cfg.NodeBinary, err = os.Executable(); err != nil {
			return fmt.Errorf("--procs: this binary: %w", err)
		}
	}
	cfg.Command = commandLine()
	var nodeLevel slog.Level
	if err := nodeLevel.UnmarshalText([]byte(cfg.NodeLogLevel)); err != nil {
		return fmt.Errorf("log level %q: %w", cfg.NodeLogLevel, err)
	}
	// The handler admits the bench's progress (info) and whatever the
	// nodes' level lets through; Run filters the nodes' records.
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: min(nodeLevel, slog.LevelInfo)}))

	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return err
		}
		defer func() {
			pprof.StopCPUProfile()
			err = errors.Join(err, f.Close())
		}()
	}

	rep, runErr := bench.Run(ctx, cfg, log)
	if rep == nil || len(rep.Systems) == 0 {
		return runErr
	}
	if err := rep.WriteText(os.Stdout); err != nil {
		return errors.Join(runErr, err)
	}
	files, err := rep.WriteFiles(*out)
	if err != nil {
		return errors.Join(runErr, err)
	}
	fmt.Printf("wrote %s\n", strings.Join(files, ", "))
	return runErr
}

// commandLine is how this process was invoked, with any NODEOP_* settings
// in front, so that a report says how to reproduce it.
func commandLine() string {
	var parts []string
	env := os.Environ()
	slices.Sort(env)
	for _, kv := range env {
		if strings.HasPrefix(kv, "NODEOP_") {
			parts = append(parts, quoteArg(kv))
		}
	}
	parts = append(parts, filepath.Base(os.Args[0]))
	for _, a := range os.Args[1:] {
		parts = append(parts, quoteArg(a))
	}
	return strings.Join(parts, " ")
}

func quoteArg(s string) string {
	if s != "" && !strings.ContainsAny(s, " \t\n'\"\\$`*?[]{}()<>|&;#~!") {
		return s
	}
	return strconv.Quote(s)
}

// parseList reads a comma-separated list ("" = none).
func parseList[T any](s string, parse func(string) (T, error)) ([]T, error) {
	if s == "" {
		return nil, nil
	}
	var out []T
	for _, f := range strings.Split(s, ",") {
		v, err := parse(strings.TrimSpace(f))
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}
