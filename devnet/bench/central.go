package bench

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/nodeop/nodeop/devnet"
)

// baselineName names the centralized baseline in reports.
const baselineName = "op-geth (centralized)"

// runCentral measures the centralized setup a rollup runs today on the same
// load: an L1 like the devnet's, an L2 genesis like the devnet's (same
// chain id, gas limit and funded senders), and one op-geth sequencer
// taking txs into its own pool and building a block every L2 block time
// through the engine API (startCentral). Nothing orders, replicates or
// signs.
func runCentral(ctx context.Context, cfg Config, p plan, txs *txSet, log, nodeLog *slog.Logger) (_ *System, err error) {
	dir, err := os.MkdirTemp(cfg.TempDir, "nodeop-bench-central-")
	if err != nil {
		return nil, fmt.Errorf("temp dir: %w", err)
	}
	defer func() {
		if e := os.RemoveAll(dir); e != nil {
			log.Warn("bench: remove baseline folder", "dir", dir, "err", e)
		}
	}()
	alloc, err := cfg.genesisAlloc()
	if err != nil {
		return nil, err
	}
	chain, err := startBaseline(ctx, cfg, dir, alloc, nodeLog)
	if err != nil {
		return nil, err
	}
	defer func() {
		t := time.Now()
		err = errors.Join(err, chain.stop())
		log.Info("bench: baseline stopped", "took", time.Since(t).Round(time.Millisecond))
	}()
	if err := checkLoopback(chain.rpc); err != nil {
		return nil, err
	}
	return measure(ctx, cfg, p, txs, target{
		name:    baselineName,
		chainID: devnet.DefaultOptions().ChainID,
		urls:    []string{chain.rpc},
		wsURLs:  []string{chain.ws},
		procs:   chain.procs,
		watch: func(ctx context.Context) (*watcher, error) {
			return startEthWatcher(ctx, chain.ws, txs.known, log)
		},
	}, log)
}
