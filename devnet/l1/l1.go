// Package l1 has one job: an embedded proof-of-stake L1 for the devnet.
//
// It runs op-geth as a library in plain L1 mode (no Optimism config), drives
// it slot by slot through the in-process Engine API the way a consensus client
// would, and serves the beacon-API subset op-node needs to read blobs.
package l1

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/eth/tracers"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	// The debug namespace's tracers (callTracer, prestateTracer, ...) only
	// exist once registered.
	_ "github.com/ethereum/go-ethereum/eth/tracers/native"
)

// Defaults for the zero values of Config.
const (
	DefaultChainID  = 900
	DefaultSlotTime = 2 * time.Second
	DefaultAccounts = 10
	DefaultGasLimit = 30_000_000
	DefaultHost     = "127.0.0.1"
)

// genesisFile remembers the genesis in the datadir, so a restart with
// GenesisTime 0 ("now") resumes the existing chain instead of forking it.
const genesisFile = "genesis.json"

// Config describes an L1. The zero value is a valid in-memory devnet L1.
type Config struct {
	// DataDir keeps chain, blobs and genesis; "" runs entirely in memory.
	DataDir string
	// Host is the interface the JSON-RPC and beacon servers listen on.
	Host string
	// RPCPort serves HTTP and WebSocket JSON-RPC; BeaconPort the beacon API.
	// 0 picks a free port.
	RPCPort, BeaconPort int
	ChainID             uint64
	// SlotTime is the block time; it must be whole seconds, as block
	// timestamps are.
	SlotTime time.Duration
	// GenesisTime is the unix time of slot 0; 0 means now (or, with a
	// DataDir that already holds a chain, that chain's genesis time).
	GenesisTime uint64
	// Accounts is how many DevMnemonic accounts are funded at genesis.
	Accounts int
	// Alloc adds genesis accounts and contracts; it overrides dev accounts.
	Alloc    types.GenesisAlloc
	GasLimit uint64
}

func (c Config) withDefaults() (Config, error) {
	if c.Host == "" {
		c.Host = DefaultHost
	}
	if c.ChainID == 0 {
		c.ChainID = DefaultChainID
	}
	if c.SlotTime == 0 {
		c.SlotTime = DefaultSlotTime
	}
	if c.SlotTime < time.Second || c.SlotTime%time.Second != 0 {
		return c, fmt.Errorf("slot time %v: must be a positive whole number of seconds", c.SlotTime)
	}
	if c.Accounts < 0 {
		return c, fmt.Errorf("accounts %d: must not be negative", c.Accounts)
	}
	if c.Accounts == 0 {
		c.Accounts = DefaultAccounts
	}
	if c.GasLimit == 0 {
		c.GasLimit = DefaultGasLimit
	}
	if c.DataDir != "" {
		abs, err := filepath.Abs(c.DataDir)
		if err != nil {
			return c, fmt.Errorf("datadir %q: %w", c.DataDir, err)
		}
		c.DataDir = abs
	}
	return c, nil
}

// L1 is a running L1: an op-geth node, its slot driver and its beacon API.
type L1 struct {
	log      *slog.Logger
	cfg      Config
	genesis  *core.Genesis
	accounts []Account

	stack   *node.Node
	eth     *eth.Ethereum
	driver  *driver
	beacon  *http.Server
	beaconL net.Listener
	blobs   *blobStore

	stopOnce  sync.Once
	closeOnce sync.Once
	closeErr  error
}

// Start brings up the node, the beacon API and block production. Blocks are
// produced until ctx ends or Stop/Close is called; Close releases everything.
func Start(ctx context.Context, cfg Config, log *slog.Logger) (*L1, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, fmt.Errorf("l1 config: %w", err)
	}
	accounts, err := deriveAccounts(DevMnemonic, cfg.Accounts)
	if err != nil {
		return nil, err
	}
	genesis, err := prepareGenesis(&cfg, accounts, time.Now())
	if err != nil {
		return nil, err
	}
	l := &L1{log: log, cfg: cfg, genesis: genesis, accounts: accounts}
	if err := l.startNode(); err != nil {
		return nil, err
	}
	if err := l.startBeacon(); err != nil {
		return nil, errors.Join(err, l.stack.Close())
	}
	l.driver = &driver{
		log:          log,
		eth:          l.eth,
		engine:       catalyst.NewConsensusAPI(l.eth),
		clock:        l.clock(),
		blobs:        l.blobs,
		feeRecipient: common.HexToAddress(feeRecipientHex),
	}
	l.driver.start(ctx)
	head := l.Head()
	log.Info("L1 started", "chain_id", cfg.ChainID, "genesis", l.GenesisHash(), "genesis_time", cfg.GenesisTime,
		"slot", cfg.SlotTime, "head", head.Number, "rpc", l.RPCURL(), "ws", l.WSURL(), "beacon", l.BeaconURL(),
		"datadir", cfg.DataDir)
	return l, nil
}

// prepareGenesis settles the genesis time (from the datadir when one already
// holds a chain) and refuses a datadir whose chain the config does not match:
// geth would reject it too, but with a message that hides why.
func prepareGenesis(cfg *Config, accounts []Account, now time.Time) (*core.Genesis, error) {
	var stored *core.Genesis
	if cfg.DataDir != "" {
		data, err := os.ReadFile(filepath.Join(cfg.DataDir, genesisFile))
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			return nil, fmt.Errorf("read stored genesis: %w", err)
		default:
			stored = new(core.Genesis)
			if err := json.Unmarshal(data, stored); err != nil {
				return nil, fmt.Errorf("decode stored genesis %s: %w", filepath.Join(cfg.DataDir, genesisFile), err)
			}
		}
	}
	if cfg.GenesisTime == 0 {
		if stored != nil {
			cfg.GenesisTime = stored.Timestamp
		} else {
			// Round down to the slot so slot boundaries fall on wall-clock
			// multiples of the slot time, which makes logs easy to follow.
			slot := uint64(cfg.SlotTime / time.Second)
			cfg.GenesisTime = uint64(now.Unix()) / slot * slot
		}
	}
	genesis := newGenesis(*cfg, accounts)
	if stored != nil {
		if err := sameGenesis(stored, genesis); err != nil {
			return nil, fmt.Errorf("datadir %s holds a different L1 genesis than the config gives (%w): use the original config or a fresh datadir",
				cfg.DataDir, err)
		}
		return genesis, nil
	}
	if cfg.DataDir != "" {
		if err := writeGenesis(cfg.DataDir, genesis); err != nil {
			return nil, err
		}
	}
	return genesis, nil
}

// sameGenesis compares block and chain config: the chain ID, for one, is not
// part of the genesis block hash.
func sameGenesis(have, want *core.Genesis) error {
	if h, w := have.ToBlock().Hash(), want.ToBlock().Hash(); h != w {
		return fmt.Errorf("genesis block %s, config gives %s", h, w)
	}
	h, err := json.Marshal(have.Config)
	if err != nil {
		return fmt.Errorf("encode stored chain config: %w", err)
	}
	w, err := json.Marshal(want.Config)
	if err != nil {
		return fmt.Errorf("encode chain config: %w", err)
	}
	if !bytes.Equal(h, w) {
		return fmt.Errorf("genesis chain config %s, config gives %s", h, w)
	}
	return nil
}

func writeGenesis(dir string, g *core.Genesis) error {
	data, err := json.MarshalIndent(g, "", "  ")
	if err != nil {
		return fmt.Errorf("encode genesis: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create datadir: %w", err)
	}
	tmp := filepath.Join(dir, genesisFile+".tmp")
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return fmt.Errorf("write genesis: %w", err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, genesisFile)); err != nil {
		return fmt.Errorf("write genesis: %w", err)
	}
	return nil
}

// rpcModules are the namespaces devnet tools use; admin and engine stay off
// because nothing outside this package may steer the chain.
func rpcModules() []string { return []string{"eth", "net", "web3", "debug", "txpool"} }

func (l *L1) startNode() error {
	cfg := l.cfg
	stack, err := node.New(&node.Config{
		Name:    "geth",
		DataDir: cfg.DataDir,
		// HTTP and WS share one listener when their ports are equal (0 too).
		HTTPHost:         cfg.Host,
		HTTPPort:         cfg.RPCPort,
		HTTPModules:      rpcModules(),
		HTTPVirtualHosts: []string{"*"},
		HTTPCors:         []string{"*"},
		WSHost:           cfg.Host,
		WSPort:           cfg.RPCPort,
		WSModules:        rpcModules(),
		WSOrigins:        []string{"*"},
		// A zero node.Config means no RPC timeouts and unlimited batches;
		// take what the geth binary runs with instead.
		HTTPTimeouts:         rpc.DefaultHTTPTimeouts,
		BatchRequestLimit:    node.DefaultConfig.BatchRequestLimit,
		BatchResponseMaxSize: node.DefaultConfig.BatchResponseMaxSize,
		P2P:                  p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""},
		Logger:               gethlog.NewLogger(l.log.Handler()),
	})
	if err != nil {
		return fmt.Errorf("create l1 node: %w", err)
	}
	ethCfg := ethconfig.Defaults
	ethCfg.NetworkId = cfg.ChainID
	ethCfg.Genesis = l.genesis
	// Nothing to sync from: this node is the only block producer.
	ethCfg.SyncMode = ethconfig.FullSync
	// An archive node: sequencer nodes read the operator registry at their
	// L1 origin, which trails the head by far more than the 128 blocks of
	// state a pruning node keeps when the L2 chain lags or catches up.
	ethCfg.NoPruning = true
	ethCfg.StateScheme = rawdb.HashScheme
	// Devnet-sized caches; the defaults are sized for mainnet.
	ethCfg.DatabaseCache = 64
	ethCfg.TrieCleanCache = 32
	ethCfg.TrieDirtyCache = 32
	ethCfg.SnapshotCache = 16
	// Without a ceiling equal to the genesis limit, the miner would walk
	// the gas limit towards its own default block by block.
	ethCfg.Miner.GasCeil = cfg.GasLimit
	// No local-transaction tracker or journal: nothing here needs txs
	// resubmitted across restarts, and op-geth's journal writes race with
	// its rotation loop (caught by the race detector under devnet init).
	ethCfg.TxPool.NoLocals = true
	ethCfg.TxPool.Journal = ""
	// Rebuild often enough that a transaction sent mid-slot makes the block.
	ethCfg.Miner.Recommit = min(max(cfg.SlotTime/4, 100*time.Millisecond), 500*time.Millisecond)
	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		return errors.Join(fmt.Errorf("create l1 execution client: %w", err), stack.Close())
	}
	// Filters (eth_getLogs, eth_subscribe) and tracers are not part of
	// eth.New; the geth binary registers them separately, and op-node
	// subscribes to new heads over WebSocket.
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{
		LogCacheSize:  ethCfg.FilterLogCacheSize,
		LogQueryLimit: ethCfg.LogQueryLimit,
		RangeLimit:    ethCfg.RangeLimit,
	})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})
	stack.RegisterAPIs(tracers.APIs(backend.APIBackend))
	if err := stack.Start(); err != nil {
		return errors.Join(fmt.Errorf("start l1 node: %w", err), stack.Close())
	}
	l.stack, l.eth = stack, backend
	return nil
}

func (l *L1) clock() slotClock {
	return slotClock{genesis: l.cfg.GenesisTime, seconds: uint64(l.cfg.SlotTime / time.Second)}
}

func (l *L1) startBeacon() error {
	dir := ""
	if l.cfg.DataDir != "" {
		dir = filepath.Join(l.cfg.DataDir, "beacon", "blobs")
	}
	store, err := newBlobStore(dir)
	if err != nil {
		return err
	}
	api := &beaconAPI{
		log:     l.log,
		chain:   l.eth.BlockChain(),
		store:   store,
		clock:   l.clock(),
		chainID: l.cfg.ChainID,
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(l.cfg.Host, strconv.Itoa(l.cfg.BeaconPort)))
	if err != nil {
		return fmt.Errorf("listen for beacon api: %w", err)
	}
	srv := &http.Server{Handler: api.handler(), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			l.log.Error("Beacon API server stopped", "err", err)
		}
	}()
	l.beacon, l.beaconL, l.blobs = srv, ln, store
	return nil
}

// RPCURL is the HTTP JSON-RPC endpoint.
func (l *L1) RPCURL() string { return l.stack.HTTPEndpoint() }

// WSURL is the WebSocket JSON-RPC endpoint (same port as RPCURL).
func (l *L1) WSURL() string { return l.stack.WSEndpoint() }

// BeaconURL is the beacon-API endpoint, for op-node's --l1.beacon.
func (l *L1) BeaconURL() string { return "http://" + l.beaconL.Addr().String() }

// ChainConfig is the L1 chain config; callers must not modify it.
func (l *L1) ChainConfig() *params.ChainConfig { return l.genesis.Config }

// ChainConfigJSON is the chain config in the form op-node's
// --rollup.l1-chain-config expects (including blobSchedule).
func (l *L1) ChainConfigJSON() ([]byte, error) { return chainConfigJSON(l.genesis.Config) }

// Genesis is the genesis spec; callers must not modify it.
func (l *L1) Genesis() *core.Genesis { return l.genesis }

// GenesisHash is the hash of block 0.
func (l *L1) GenesisHash() common.Hash { return l.eth.BlockChain().Genesis().Hash() }

// Accounts are the funded dev accounts, in derivation order.
func (l *L1) Accounts() []Account { return append([]Account(nil), l.accounts...) }

// Head is the current head block header (also safe and finalized).
func (l *L1) Head() *types.Header { return l.eth.BlockChain().CurrentBlock() }

// SlotTime is the block time; GenesisTime the time of slot 0.
func (l *L1) SlotTime() time.Duration { return l.cfg.SlotTime }

// GenesisTime is the unix time of slot 0.
func (l *L1) GenesisTime() uint64 { return l.cfg.GenesisTime }

// Health is nil while blocks are produced; otherwise it is the error of the
// last failed slot, or ErrStopped once production has ended.
func (l *L1) Health() error { return l.driver.health() }

// Stop ends block production; the node keeps serving its chain until Close.
func (l *L1) Stop() {
	l.stopOnce.Do(l.driver.stop)
}

// Close stops block production and shuts down the servers and the node,
// flushing the chain to the datadir.
func (l *L1) Close() error {
	l.closeOnce.Do(func() {
		l.Stop()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		var errs []error
		if err := l.beacon.Shutdown(ctx); err != nil {
			errs = append(errs, fmt.Errorf("stop beacon api: %w", err))
		}
		if err := l.stack.Close(); err != nil {
			errs = append(errs, fmt.Errorf("close l1 node: %w", err))
		}
		l.closeErr = errors.Join(errs...)
	})
	return l.closeErr
}
