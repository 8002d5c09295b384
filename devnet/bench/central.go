package bench

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/nodeop/nodeop/devnet"
	"github.com/nodeop/nodeop/devnet/central"
	"github.com/nodeop/nodeop/devnet/l1"
	"github.com/nodeop/nodeop/rollup/genesis"
)

// baselineName names the centralized baseline in reports.
const baselineName = "op-geth (centralized)"

// runCentral measures the centralized setup a rollup runs today on the same
// load: an L1 like the devnet's, an L2 genesis like the devnet's (same
// chain id, gas limit and funded senders), and one op-geth sequencer
// taking txs into its own pool and building a block every L2 block time
// through the engine API. Nothing orders, replicates or signs.
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
	opts := devnet.DefaultOptions()
	chain, err := l1.Start(ctx, l1.Config{
		DataDir:  filepath.Join(dir, "l1"),
		Host:     "127.0.0.1",
		ChainID:  opts.L1ChainID,
		SlotTime: opts.L1SlotTime,
	}, nodeLog.With("module", "l1"))
	if err != nil {
		return nil, fmt.Errorf("baseline L1: %w", err)
	}
	defer func() { err = errors.Join(err, chain.Close()) }()

	alloc, err := cfg.genesisAlloc()
	if err != nil {
		return nil, err
	}
	// The baseline commits no batches: the inbox, batcher and signer are
	// placeholders that only shape the rollup config.
	inbox := common.HexToAddress("0x00000000000000000000000000000000000b0c01")
	gen, rcfg, err := genesis.Build(genesis.Config{
		ChainID:           opts.ChainID,
		L1ChainID:         opts.L1ChainID,
		BlockTime:         1,
		GasLimit:          cfg.BlockGasLimit,
		BatchInbox:        inbox,
		SystemConfig:      inbox,
		Batcher:           common.HexToAddress("0x00000000000000000000000000000000000b0c02"),
		UnsafeBlockSigner: common.HexToAddress("0x00000000000000000000000000000000000b0c03"),
		Alloc:             alloc,
	}, chain.Head())
	if err != nil {
		return nil, fmt.Errorf("baseline L2 genesis: %w", err)
	}
	seq, err := central.Start(ctx, central.Config{
		DataDir:       filepath.Join(dir, "l2"),
		Genesis:       gen,
		Rollup:        rcfg,
		L1ChainConfig: chain.ChainConfig(),
		L1RPC:         chain.RPCURL(),
		ConfDepth:     1,
		HTTPAddr:      "127.0.0.1:0",
		Logger:        nodeLog.With("module", "central"),
	})
	if err != nil {
		return nil, fmt.Errorf("baseline sequencer: %w", err)
	}
	defer func() {
		t := time.Now()
		err = errors.Join(err, seq.Stop())
		log.Info("bench: baseline stopped", "took", time.Since(t).Round(time.Millisecond))
	}()
	if err := checkLoopback(seq.RPC()); err != nil {
		return nil, err
	}
	return measure(ctx, cfg, p, txs, target{
		name:    baselineName,
		chainID: opts.ChainID,
		urls:    []string{seq.RPC()},
		wsURLs:  []string{seq.WS()},
		watch: func(ctx context.Context) (*watcher, error) {
			return startEthWatcher(ctx, seq.WS(), txs.known, log)
		},
	}, log)
}
