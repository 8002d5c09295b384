// Package operator assembles one operator node: the sequencer ABCI app, an
// in-process CometBFT node talking to its peers over TCP, and the JSON-RPC
// ingress. Its Config is what `nodeop node --config FILE` reads.
package operator

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/nodeop/nodeop/mempool"
)

// Config is one operator node's configuration, kept as TOML in its home.
type Config struct {
	// Home holds cometbft/ (CometBFT config, keys, chain data) and app/
	// (the application's state). Relative paths in a config file are
	// resolved against the file's folder.
	Home    string `toml:"home"`
	Moniker string `toml:"moniker"`

	// L1RPC is this node's L1 JSON-RPC endpoint (its own view of L1).
	L1RPC string `toml:"l1_rpc"`
	// L1ConfDepth is how many L1 blocks must follow one before it becomes
	// an L2 block's origin.
	L1ConfDepth uint64 `toml:"l1_conf_depth"`
	// RollupConfig, L2Genesis and L1ChainConfig are the rollup's files
	// (rollup.json as op-node reads it, the L2 genesis, the L1 chain
	// config). Every operator of the rollup holds the same ones; the L2
	// genesis hash in the CometBFT genesis pins them. Relative paths are
	// resolved like Home.
	RollupConfig  string `toml:"rollup_config"`
	L2Genesis     string `toml:"l2_genesis"`
	L1ChainConfig string `toml:"l1_chain_config"`

	// KeysDir holds the operator's keys (`nodeop keys new`), encrypted
	// with the password in the first line of KeysPasswordFile. Without
	// keys the node follows the chain's batches but signs and submits
	// nothing. Relative paths are resolved like Home.
	KeysDir          string `toml:"keys_dir"`
	KeysPasswordFile string `toml:"keys_password_file"`
	// Submit lets the node post the batches whose window is its own.
	Submit bool `toml:"submit"`
	// Keeper (with Submit) lets the node end the registry's epoch when it
	// is due and the next set would differ, taking turns with the other
	// operators; the account pays advanceEpoch's gas.
	Keeper bool `toml:"keeper"`
	// L1SlotTime paces the submitter's fee bumps and rebroadcasts.
	L1SlotTime Duration `toml:"l1_slot_time"`

	// MinTipWei is this node's fee floor per gas for admitting txs. The
	// chain's own parameters (chain id, block gas limit) are not settings:
	// they come from the genesis every validator shares.
	MinTipWei uint64 `toml:"min_tip_wei"`

	// RPCAddr serves Ethereum JSON-RPC over HTTP and WebSocket.
	RPCAddr string `toml:"rpc_addr"`
	// P2PAddr is where CometBFT listens for peers; ExternalAddr is what it
	// advertises (empty = P2PAddr).
	P2PAddr      string `toml:"p2p_addr"`
	ExternalAddr string `toml:"external_addr"`
	// CometRPCAddr serves CometBFT's own RPC (empty = off).
	CometRPCAddr string `toml:"comet_rpc_addr"`
	// MetricsAddr serves Prometheus metrics at /metrics, CometBFT's and
	// nodeop's (empty = off).
	MetricsAddr string `toml:"metrics_addr"`
	// Peers are persistent peers, "nodeid@host:port".
	Peers []string `toml:"peers"`

	// BlockTime is CometBFT's timeout_commit: the pause after a commit
	// before the next height starts, which sets the block cadence.
	BlockTime      Duration `toml:"block_time"`
	ProposeTimeout Duration `toml:"propose_timeout"`

	Mempool MempoolConfig `toml:"mempool"`

	// LogLevel is debug, info, warn or error; CometBFT's own chatter is
	// logged one level below ours.
	LogLevel string `toml:"log_level"`
}

// MempoolConfig mirrors mempool.Config in TOML.
type MempoolConfig struct {
	MaxPerSender int    `toml:"max_per_sender"`
	MaxTotal     int    `toml:"max_total"`
	PriceBump    uint64 `toml:"price_bump"`
}

// Duration is a time.Duration written as "1s" in TOML.
type Duration struct{ time.Duration }

func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// DefaultConfig is a single local node's configuration.
func DefaultConfig() Config {
	mp := mempool.DefaultConfig()
	return Config{
		Home:           "nodeop-data",
		Moniker:        "operator",
		RPCAddr:        "127.0.0.1:8545",
		P2PAddr:        "127.0.0.1:26656",
		CometRPCAddr:   "127.0.0.1:26657",
		BlockTime:      Duration{time.Second},
		Submit:         true,
		Keeper:         true,
		L1SlotTime:     Duration{12 * time.Second},
		ProposeTimeout: Duration{3 * time.Second},
		Mempool:        MempoolConfig{MaxPerSender: mp.MaxPerSender, MaxTotal: mp.MaxTotal, PriceBump: mp.PriceBump},
		LogLevel:       "info",
	}
}

// LoadConfig reads a TOML file over DefaultConfig.
func LoadConfig(path string) (Config, error) {
	cfg := DefaultConfig()
	md, err := toml.DecodeFile(path, &cfg)
	if err != nil {
		return cfg, fmt.Errorf("operator: read config %s: %w", path, err)
	}
	if undec := md.Undecoded(); len(undec) > 0 {
		return cfg, fmt.Errorf("operator: config %s: unknown keys %v", path, undec)
	}
	for _, p := range []*string{&cfg.Home, &cfg.RollupConfig, &cfg.L2Genesis, &cfg.L1ChainConfig, &cfg.KeysDir, &cfg.KeysPasswordFile} {
		if *p != "" && !filepath.IsAbs(*p) {
			*p = filepath.Join(filepath.Dir(path), *p)
		}
	}
	return cfg, nil
}

// Write stores cfg as TOML at path.
func (c Config) Write(path string) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return fmt.Errorf("operator: write config: %w", err)
	}
	if err := toml.NewEncoder(f).Encode(c); err != nil {
		f.Close()
		return fmt.Errorf("operator: encode config: %w", err)
	}
	return f.Close()
}

// Validate reports the first unusable setting.
func (c Config) Validate() error {
	switch {
	case c.Home == "":
		return errors.New("operator: home is empty")
	case c.RPCAddr == "" || c.P2PAddr == "":
		return errors.New("operator: rpc_addr and p2p_addr are required")
	case c.L1RPC == "":
		return errors.New("operator: l1_rpc is required")
	case c.RollupConfig == "" || c.L2Genesis == "" || c.L1ChainConfig == "":
		return errors.New("operator: rollup_config, l2_genesis and l1_chain_config are required")
	case c.BlockTime.Duration <= 0 || c.ProposeTimeout.Duration <= 0:
		return errors.New("operator: block_time and propose_timeout must be positive")
	case c.Mempool.MaxPerSender <= 0 || c.Mempool.MaxTotal <= 0:
		return errors.New("operator: mempool caps must be positive")
	case c.KeysDir != "" && c.KeysPasswordFile == "":
		return errors.New("operator: keys_dir needs keys_password_file")
	}
	return nil
}

func (c Config) mempool() mempool.Config {
	return mempool.Config{
		MaxPerSender: c.Mempool.MaxPerSender,
		MaxTotal:     c.Mempool.MaxTotal,
		PriceBump:    c.Mempool.PriceBump,
		MinTipCap:    new(big.Int).SetUint64(c.MinTipWei),
	}
}

// CometHome is CometBFT's root folder inside Home.
func (c Config) CometHome() string { return filepath.Join(c.Home, "cometbft") }
