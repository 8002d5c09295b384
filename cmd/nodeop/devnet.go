package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/nodeop/nodeop/devnet"
	"github.com/nodeop/nodeop/devnet/l1"
)

func devnetFlags(name string) (*flag.FlagSet, *string, *devnet.Options) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	opts := devnet.DefaultOptions()
	dir := fs.String("datadir", "devnet-data", "folder holding the devnet (created on first run, resumed after)")
	fs.IntVar(&opts.Validators, "validators", opts.Validators, "number of validators")
	fs.Uint64Var(&opts.ChainID, "chain-id", opts.ChainID, "L2 chain id")
	fs.IntVar(&opts.BasePort, "base-port", opts.BasePort, "node i serves JSON-RPC on base+i, CometBFT P2P/RPC on base+100+2i/+101+2i; 0 picks free ports")
	fs.DurationVar(&opts.BlockTime, "block-time", opts.BlockTime, "pause after each commit (CometBFT timeout_commit)")
	fs.Uint64Var(&opts.BlockGasLimit, "block-gas-limit", opts.BlockGasLimit, "L2 block gas limit")
	fs.StringVar(&opts.LogLevel, "log-level", opts.LogLevel, "debug, info, warn or error")
	return fs, dir, &opts
}

func runInit(_ context.Context, args []string) error {
	fs, dir, opts := devnetFlags("init")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := applyEnv(fs); err != nil {
		return err
	}
	m, err := devnet.Init(*dir, *opts)
	if err != nil {
		return err
	}
	fmt.Printf("wrote %d nodes to %s; run one with: nodeop node --config %s\n", len(m.Nodes), *dir, m.Nodes[0].Config)
	return nil
}

func runDevnet(ctx context.Context, args []string) error {
	fs, dir, opts := devnetFlags("devnet")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := applyEnv(fs); err != nil {
		return err
	}
	log, err := newLogger(opts.LogLevel)
	if err != nil {
		return err
	}
	state := "resumed"
	if _, err := os.Stat(filepath.Join(*dir, devnet.ManifestFile)); errors.Is(err, os.ErrNotExist) {
		state = "created"
		if err := os.MkdirAll(*dir, 0o755); err != nil {
			return err
		}
		if _, err := devnet.Init(*dir, *opts); err != nil {
			return err
		}
	}
	d, err := devnet.Start(*dir, log)
	if err != nil {
		return err
	}
	m := d.Manifest
	fmt.Printf("nodeop devnet (%s %s): %d validators, L2 chain id %d, CometBFT chain %s\n", state, *dir, len(m.Nodes), m.ChainID, m.CometChainID)
	fmt.Printf("  L1     rpc %s  ws %s  beacon %s  (chain %d)\n", m.L1.RPC, m.L1.WS, m.L1.Beacon, m.L1.ChainID)
	for _, n := range m.Nodes {
		fmt.Printf("  %s  rpc %s  ws %s  cometbft %s  metrics %s\n", n.Name, n.RPC, n.WS, n.CometRPC, n.Metrics)
	}
	fmt.Printf("L1 contracts: batchInbox %s  registry %s  slashing %s  rewards %s\n",
		m.Contracts["batchInbox"], m.Contracts["registry"], m.Contracts["slashing"], m.Contracts["rewards"])
	fmt.Printf("rollup config (for op-node): %s\nL1 chain config: %s\n", m.RollupConfig, m.L1ChainConfig)
	fmt.Printf("funded on L1 and L2 (test mnemonic %q; never use elsewhere):\n", l1.DevMnemonic)
	for _, a := range m.Accounts[:min(3, len(m.Accounts))] {
		fmt.Printf("  %s  %s\n", a.Address, a.PrivateKey)
	}
	if len(m.Accounts) > 3 {
		fmt.Printf("  ... %d more in the manifest\n", len(m.Accounts)-3)
	}
	fmt.Printf("manifest: %s\nCtrl-C stops; running again on the same --datadir resumes the chain.\n", filepath.Join(*dir, devnet.ManifestFile))
	<-ctx.Done()
	log.Info("stopping devnet")
	return d.Stop()
}

func runL1(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("l1", flag.ContinueOnError)
	dir := fs.String("datadir", "devnet-data", "folder of a devnet made by 'nodeop init' or 'nodeop devnet'")
	level := fs.String("log-level", "info", "debug, info, warn or error")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := applyEnv(fs); err != nil {
		return err
	}
	log, err := newLogger(*level)
	if err != nil {
		return err
	}
	chain, err := devnet.StartL1(*dir, log)
	if err != nil {
		return err
	}
	fmt.Printf("nodeop l1: chain %d, rpc %s, ws %s, beacon %s\n", chain.ChainConfig().ChainID, chain.RPCURL(), chain.WSURL(), chain.BeaconURL())
	<-ctx.Done()
	return chain.Close()
}
