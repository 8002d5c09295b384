package main

import (
	"context"
	"errors"
	"flag"

	"github.com/nodeop/nodeop/devnet/bench"
)

// runBenchBaseline is `nodeop bench-baseline`, internal to `nodeop bench
// --procs`: the centralized baseline's L1 and sequencer in a process of
// their own, so that the bench can measure it as it measures each node.
// It is left out of the usage text: nothing but the bench starts it.
func runBenchBaseline(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("bench-baseline", flag.ContinueOnError)
	var o bench.BaselineOptions
	fs.StringVar(&o.Dir, "dir", "", "folder for the L1 and L2 data and the ready file")
	fs.StringVar(&o.AllocFile, "alloc", "", "L2 genesis alloc (JSON)")
	fs.Uint64Var(&o.BlockGasLimit, "block-gas-limit", 0, "L2 block gas limit")
	level := fs.String("log-level", "error", "debug, info, warn or error")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if o.Dir == "" || o.AllocFile == "" || o.BlockGasLimit == 0 {
		return errors.New("--dir, --alloc and --block-gas-limit are required")
	}
	log, err := newLogger(*level)
	if err != nil {
		return err
	}
	return bench.ServeBaseline(ctx, o, log)
}
