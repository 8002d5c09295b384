package main

import (
	"context"
	"flag"
	"strings"

	"github.com/nodeop/nodeop/sequencer/operator"
)

func runNode(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("node", flag.ContinueOnError)
	file := fs.String("config", "", "TOML config file (flags and NODEOP_* environment variables override it)")
	home := fs.String("home", "", "data folder")
	moniker := fs.String("moniker", "", "node name")
	rpcAddr := fs.String("rpc-addr", "", "JSON-RPC (HTTP and WebSocket) listen address")
	p2pAddr := fs.String("p2p-addr", "", "CometBFT P2P listen address")
	external := fs.String("external-addr", "", "P2P address advertised to peers")
	cometRPC := fs.String("comet-rpc-addr", "", "CometBFT RPC listen address")
	peers := fs.String("peers", "", "comma-separated persistent peers, nodeid@host:port")
	blockTime := fs.Duration("block-time", 0, "pause after each commit")
	logLevel := fs.String("log-level", "", "debug, info, warn or error")
	submit := fs.Bool("submit", true, "post the batches whose window is this operator's")
	keeper := fs.Bool("keeper", true, "end the registry's epoch when it is due and the set would change (with --submit)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := applyEnv(fs); err != nil {
		return err
	}
	cfg := operator.DefaultConfig()
	if *file != "" {
		var err error
		if cfg, err = operator.LoadConfig(*file); err != nil {
			return err
		}
	}
	set := setFlags(fs)
	apply := func(name string, f func()) {
		if set[name] {
			f()
		}
	}
	apply("home", func() { cfg.Home = *home })
	apply("moniker", func() { cfg.Moniker = *moniker })
	apply("rpc-addr", func() { cfg.RPCAddr = *rpcAddr })
	apply("p2p-addr", func() { cfg.P2PAddr = *p2pAddr })
	apply("external-addr", func() { cfg.ExternalAddr = *external })
	apply("comet-rpc-addr", func() { cfg.CometRPCAddr = *cometRPC })
	apply("peers", func() { cfg.Peers = strings.Split(*peers, ",") })
	apply("block-time", func() { cfg.BlockTime = operator.Duration{Duration: *blockTime} })
	apply("log-level", func() { cfg.LogLevel = *logLevel })
	apply("submit", func() { cfg.Submit = *submit })
	apply("keeper", func() { cfg.Keeper = *keeper })

	log, err := newLogger(cfg.LogLevel)
	if err != nil {
		return err
	}
	n, err := operator.Start(cfg, log)
	if err != nil {
		return err
	}
	<-ctx.Done()
	log.Info("stopping node")
	return n.Stop()
}
