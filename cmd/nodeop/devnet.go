package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/nodeop/nodeop/devnet"
	"github.com/nodeop/nodeop/devnet/l1"
	"github.com/nodeop/nodeop/devnet/verifier"
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
	fs.StringVar(&opts.Stake, "stake", opts.Stake, "where operators stake: "+devnet.StakeEigenLayer+" (restaked through EigenLayer's core, deployed on the devnet L1) or "+devnet.StakeNative+" (ETH in nodeop's NativeStakeSource)")
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
	withVerifier := fs.Bool("verifier", false, "also run a verifier: an unmodified op-node (built by scripts/build-op-node.sh on first use) with its own op-geth, deriving the L2 chain from the L1; listed in devnet.json")
	opNodeBin := fs.String("op-node", "", "with --verifier: the op-node binary to run instead of building one")
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
	if m.Stake == devnet.StakeEigenLayer {
		fmt.Printf("EigenLayer: allocationManager %s  delegationManager %s  strategy %s (token %s)  AVS %s\n",
			m.Contracts["allocationManager"], m.Contracts["delegationManager"], m.Contracts["strategy"], m.Contracts["stakeToken"], m.Contracts["stakeSource"])
	} else {
		fmt.Printf("stake: native ETH in %s\n", m.Contracts["stakeSource"])
	}
	fmt.Printf("rollup config (for op-node): %s\nL1 chain config: %s\n", m.RollupConfig, m.L1ChainConfig)
	fmt.Printf("funded on L1 and L2 (test mnemonic %q; never use elsewhere):\n", l1.DevMnemonic)
	for _, a := range m.Accounts[:min(3, len(m.Accounts))] {
		fmt.Printf("  %s  %s\n", a.Address, a.PrivateKey)
	}
	if len(m.Accounts) > 3 {
		fmt.Printf("  ... %d more in the manifest\n", len(m.Accounts)-3)
	}
	manifest := filepath.Join(*dir, devnet.ManifestFile)
	if !*withVerifier && m.Verifier != nil {
		// Left by a run that did not stop cleanly.
		m.Verifier = nil
		if err := devnet.WriteManifest(*dir, m); err != nil {
			return errors.Join(err, d.Stop())
		}
	}
	var v *verifier.Verifier
	if *withVerifier {
		if v, err = startVerifier(ctx, *dir, *opNodeBin, d, log); err != nil {
			if ctx.Err() != nil {
				log.Info("stopping devnet")
				return d.Stop()
			}
			return errors.Join(err, d.Stop())
		}
	}
	fmt.Printf("manifest: %s\nCtrl-C stops; running again on the same --datadir resumes the chain.\n", manifest)
	<-ctx.Done()
	var errs []error
	if v != nil {
		log.Info("stopping verifier")
		errs = append(errs, v.Stop())
		m.Verifier = nil
		errs = append(errs, devnet.WriteManifest(*dir, m))
	}
	log.Info("stopping devnet")
	return errors.Join(append(errs, d.Stop())...)
}

// startVerifier builds op-node (or takes bin), starts it with its own
// op-geth on DIR/verifier against the running devnet d, prints where they
// serve and records it in DIR/devnet.json.
func startVerifier(ctx context.Context, dir, bin string, d *devnet.Devnet, log *slog.Logger) (*verifier.Verifier, error) {
	if bin == "" {
		root, err := repoRoot()
		if err != nil {
			return nil, fmt.Errorf("--verifier: %w (run from the nodeop repository, or pass --op-node)", err)
		}
		fmt.Printf("verifier: building op-node with %s (minutes the first time, then cached)\n", filepath.Join(root, verifier.BuildScript))
		start := time.Now()
		if bin, err = verifier.BuildOpNode(ctx, root, os.Stderr); err != nil {
			return nil, fmt.Errorf("--verifier: %w", err)
		}
		fmt.Printf("verifier: op-node %s (%v)\n", bin, time.Since(start).Round(time.Second))
	}
	v, err := verifier.Start(ctx, verifier.Config{
		Manifest: d.Manifest,
		DataDir:  filepath.Join(dir, "verifier"),
		OpNode:   bin,
		Log:      log,
	})
	if err != nil {
		return nil, err
	}
	info := &devnet.VerifierInfo{OpNodeRPC: v.RPC(), EngineRPC: v.EngineRPC(), Log: v.LogPath()}
	d.Manifest.Verifier = info
	if err := devnet.WriteManifest(dir, d.Manifest); err != nil {
		return nil, errors.Join(err, v.Stop())
	}
	fmt.Printf("  verifier  op-node rpc %s  engine rpc %s  log %s\n", info.OpNodeRPC, info.EngineRPC, info.Log)
	go watchVerifier(ctx, v, log)
	return v, nil
}

// watchVerifier reports once if op-node exits on its own.
func watchVerifier(ctx context.Context, v *verifier.Verifier, log *slog.Logger) {
	tick := time.NewTicker(2 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		if running, err := v.Running(); !running && err != nil && ctx.Err() == nil {
			log.Error("verifier: op-node exited; the devnet runs on", "err", err, "log", v.LogPath())
			return
		}
	}
}

// repoRoot is the nodeop repository holding the working directory or, if
// none does, the running binary (bin/nodeop of a checkout).
func repoRoot() (string, error) {
	root, err := verifier.RepoRoot("")
	if err == nil {
		return root, nil
	}
	exe, exeErr := os.Executable()
	if exeErr != nil {
		return "", err
	}
	if exe, exeErr = filepath.EvalSymlinks(exe); exeErr != nil {
		return "", err
	}
	if root, exeErr = verifier.RepoRoot(filepath.Dir(exe)); exeErr != nil {
		return "", err
	}
	return root, nil
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
