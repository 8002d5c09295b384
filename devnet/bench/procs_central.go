package bench

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/nodeop/nodeop/devnet"
	"github.com/nodeop/nodeop/devnet/central"
	"github.com/nodeop/nodeop/devnet/l1"
	"github.com/nodeop/nodeop/rollup/genesis"
)

// Files in the baseline's folder when it runs as its own process.
const (
	// baselineAllocFile is the L2 genesis alloc handed to the child.
	baselineAllocFile = "alloc.json"
	// baselineReadyFile appears, whole, once the child serves.
	baselineReadyFile = "ready.json"
)

// centralChain is a running baseline: an L1 and the centralized sequencer.
type centralChain struct {
	rpc, ws string
	// procs is nil when the baseline runs in this process.
	procs *procSet
	stop  func() error
}

// baselineReady is the ready file: where the child's sequencer serves.
type baselineReady struct {
	RPC string `json:"rpc"`
	WS  string `json:"ws"`
}

// startCentral starts the baseline in this process, on dir: an L1 like the
// devnet's, an L2 genesis like the devnet's (same chain id, gas limit and
// alloc), and one op-geth sequencer taking txs into its own pool and
// building a block every L2 block time through the engine API. The bench
// (in process) and `nodeop bench-baseline` (ServeBaseline) both build it
// here, so that the two modes measure the same setup.
func startCentral(ctx context.Context, dir string, gasLimit uint64, alloc types.GenesisAlloc, nodeLog *slog.Logger) (_ *centralChain, err error) {
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
	defer func() {
		if err != nil {
			err = errors.Join(err, chain.Close())
		}
	}()
	// The baseline commits no batches: the inbox, batcher and signer are
	// placeholders that only shape the rollup config.
	inbox := common.HexToAddress("0x00000000000000000000000000000000000b0c01")
	gen, rcfg, err := genesis.Build(genesis.Config{
		ChainID:           opts.ChainID,
		L1ChainID:         opts.L1ChainID,
		BlockTime:         1,
		GasLimit:          gasLimit,
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
	return &centralChain{
		rpc:  seq.RPC(),
		ws:   seq.WS(),
		stop: func() error { return errors.Join(seq.Stop(), chain.Close()) },
	}, nil
}

// startBaseline starts the baseline on dir: in this process, or with
// cfg.NodeBinary as `nodeop bench-baseline` (its L1 and sequencer in one
// child, named "sequencer"), ready once it wrote its ready file.
func startBaseline(ctx context.Context, cfg Config, dir string, alloc types.GenesisAlloc, nodeLog *slog.Logger) (_ *centralChain, err error) {
	if cfg.NodeBinary == "" {
		return startCentral(ctx, dir, cfg.BlockGasLimit, alloc, nodeLog)
	}
	data, err := json.Marshal(alloc)
	if err != nil {
		return nil, fmt.Errorf("bench: encode genesis alloc: %w", err)
	}
	allocPath := filepath.Join(dir, baselineAllocFile)
	if err := os.WriteFile(allocPath, data, 0o644); err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	c, err := startChild(sequencerProcName, dir, cfg.NodeBinary, "bench-baseline",
		"--dir", dir, "--alloc", allocPath,
		"--block-gas-limit", strconv.FormatUint(cfg.BlockGasLimit, 10),
		"--log-level", cfg.NodeLogLevel)
	if err != nil {
		return nil, err
	}
	stop := func() error { return c.stop(stopWait) }
	defer func() {
		if err != nil {
			err = errors.Join(err, stop())
		}
	}()
	var ready baselineReady
	readyPath := filepath.Join(dir, baselineReadyFile)
	err = c.waitUntil(ctx, "no "+readyPath, func(context.Context) bool {
		data, err := os.ReadFile(readyPath)
		return err == nil && json.Unmarshal(data, &ready) == nil
	})
	if err != nil {
		return nil, err
	}
	return &centralChain{rpc: ready.RPC, ws: ready.WS, procs: &procSet{children: []*child{c}}, stop: stop}, nil
}

// BaselineOptions configure ServeBaseline.
type BaselineOptions struct {
	// Dir holds the L1 and L2 data and receives the ready file.
	Dir string
	// AllocFile is the L2 genesis alloc as JSON (types.GenesisAlloc).
	AllocFile     string
	BlockGasLimit uint64
}

// ServeBaseline is the baseline as its own process (`nodeop
// bench-baseline`, started by a bench with Config.NodeBinary): it starts
// the L1 and the centralized sequencer as the in-process bench does,
// writes Dir/ready.json with the sequencer's URLs, and runs until ctx
// ends.
func ServeBaseline(ctx context.Context, o BaselineOptions, log *slog.Logger) (err error) {
	data, err := os.ReadFile(o.AllocFile)
	if err != nil {
		return fmt.Errorf("bench: genesis alloc: %w", err)
	}
	var alloc types.GenesisAlloc
	if err := json.Unmarshal(data, &alloc); err != nil {
		return fmt.Errorf("bench: genesis alloc %s: %w", o.AllocFile, err)
	}
	chain, err := startCentral(ctx, o.Dir, o.BlockGasLimit, alloc, log)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, chain.stop()) }()
	ready, err := json.Marshal(baselineReady{RPC: chain.rpc, WS: chain.ws})
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	// Renamed into place, so that the bench never reads half a file.
	tmp := filepath.Join(o.Dir, baselineReadyFile+".tmp")
	if err := os.WriteFile(tmp, ready, 0o644); err != nil {
		return fmt.Errorf("bench: ready file: %w", err)
	}
	if err := os.Rename(tmp, filepath.Join(o.Dir, baselineReadyFile)); err != nil {
		return fmt.Errorf("bench: ready file: %w", err)
	}
	log.Info("bench baseline: serving", "rpc", chain.rpc, "ws", chain.ws)
	<-ctx.Done()
	log.Info("bench baseline: stopping")
	return nil
}
