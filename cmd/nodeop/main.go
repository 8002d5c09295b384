// Command nodeop runs the nodeop decentralized sequencer: a local devnet, a
// single operator node, and the tools around them.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

const usage = `nodeop: a decentralized shared sequencer for OP-Stack rollups

Usage:
  nodeop devnet --datadir DIR [--validators N]   run a local sequencer set in one process
                [--verifier]                     ... and an unmodified op-node deriving its chain from L1
  nodeop init   --datadir DIR [--validators N]   write a devnet layout without starting it
  nodeop node   --config FILE                    run one operator node
  nodeop l1     --datadir DIR                    run only the L1 of a devnet (for operators run as 'nodeop node')
  nodeop keys   new|show --dir DIR --password-file F   an operator's ECDSA (L1) and BLS (batch) keys
  nodeop register --contracts F --amount N --config NODE_TOML   stake (EigenLayer or native) and join the set
  nodeop bench  [flags]                          measure throughput and latency against a baseline

Run 'nodeop COMMAND -h' for a command's flags.
`

func main() {
	if len(os.Args) < 2 {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	cmds := map[string]func(context.Context, []string) error{
		"devnet":   runDevnet,
		"init":     runInit,
		"node":     runNode,
		"bench":    runBench,
		"l1":       runL1,
		"keys":     runKeys,
		"register": runRegister,
		// Internal to `nodeop bench --procs`, hence not in the usage text.
		"bench-baseline": runBenchBaseline,
	}
	cmd, ok := cmds[os.Args[1]]
	if !ok {
		if os.Args[1] != "-h" && os.Args[1] != "--help" && os.Args[1] != "help" {
			fmt.Fprintf(os.Stderr, "nodeop: unknown command %q\n\n", os.Args[1])
		}
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	if err := cmd(ctx, os.Args[2:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintf(os.Stderr, "nodeop %s: %v\n", os.Args[1], err)
		os.Exit(1)
	}
}

// newLogger writes text logs to stderr at level.
func newLogger(level string) (*slog.Logger, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("log level %q: %w", level, err)
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: l})), nil
}

// applyEnv sets every flag of fs not given on the command line from
// NODEOP_<NAME> (upper case, '-' as '_'), so flags beat the environment,
// which beats the config file.
func applyEnv(fs *flag.FlagSet) error {
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	var err error
	fs.VisitAll(func(f *flag.Flag) {
		if given[f.Name] || err != nil {
			return
		}
		key := "NODEOP_" + strings.ToUpper(strings.ReplaceAll(f.Name, "-", "_"))
		if v, ok := os.LookupEnv(key); ok {
			if e := fs.Set(f.Name, v); e != nil {
				err = fmt.Errorf("%s: %w", key, e)
			}
		}
	})
	return err
}

// setFlags returns the names of flags given on the command line or through
// the environment (after applyEnv).
func setFlags(fs *flag.FlagSet) map[string]bool {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	return set
}
