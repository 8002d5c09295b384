package verifier

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	ethbackend "github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"
)

// l2Engine is an op-geth in L2 mode that takes blocks only from its
// authenticated engine API, the way op-geth runs beside an op-node: no peers,
// an eth/net/web3 endpoint for readers, and the engine namespace (plus eth)
// behind a JWT on a second port.
type l2Engine struct {
	stack   *node.Node
	backend *ethbackend.Ethereum
}

// Memory budgets in MB: a devnet runs several engines in one process.
const (
	engineDatabaseCacheMB = 64
	engineDatabaseHandles = 128
	engineTrieCacheMB     = 32
	engineSnapshotCacheMB = 32
)

// openEngine starts the engine on dataDir (created, or reopened on a
// restart) with the authenticated endpoint on host:0 guarded by the secret
// in jwtPath.
func openEngine(dataDir string, gen *core.Genesis, rollupCfg *rollup.Config, host, jwtPath string, log *slog.Logger) (*l2Engine, error) {
	nodeCfg := node.Config{
		Name:    "verifier-geth",
		DataDir: dataDir,
		P2P: p2p.Config{
			MaxPeers:    0,
			NoDiscovery: true,
			NoDial:      true,
			ListenAddr:  "",
		},
		HTTPHost:             host,
		HTTPPort:             0,
		HTTPModules:          []string{"eth", "net", "web3"},
		HTTPVirtualHosts:     []string{"*"},
		HTTPCors:             []string{"*"},
		HTTPTimeouts:         rpc.DefaultHTTPTimeouts,
		AuthAddr:             host,
		AuthPort:             0,
		AuthVirtualHosts:     node.DefaultAuthVhosts,
		JWTSecret:            jwtPath,
		BatchRequestLimit:    node.DefaultConfig.BatchRequestLimit,
		BatchResponseMaxSize: node.DefaultConfig.BatchResponseMaxSize,
		Logger:               gethlog.NewLogger(log.Handler()),
	}
	stack, err := node.New(&nodeCfg)
	if err != nil {
		return nil, fmt.Errorf("verifier engine: new node: %w", err)
	}
	ethCfg := ethconfig.Defaults
	ethCfg.Genesis = gen
	ethCfg.NetworkId = gen.Config.ChainID.Uint64()
	ethCfg.SyncMode = ethconfig.FullSync
	// Archive, hash scheme: every block's state is on disk, so the engine
	// restarts where it stopped and old blocks stay readable.
	ethCfg.StateScheme = rawdb.HashScheme
	ethCfg.NoPruning = true
	ethCfg.DatabaseCache = engineDatabaseCacheMB
	ethCfg.DatabaseHandles = engineDatabaseHandles
	ethCfg.TrieCleanCache = engineTrieCacheMB
	ethCfg.TrieDirtyCache = 0
	ethCfg.SnapshotCache = engineSnapshotCacheMB
	// A verifier has no business with transactions: blocks come from op-node.
	ethCfg.TxPool.NoLocals = true
	ethCfg.TxPool.Journal = ""
	ethCfg.RollupDisableTxPoolAdmission = true
	ethCfg.RollupDisableTxPoolGossip = true

	backend, err := ethbackend.New(stack, &ethCfg)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("verifier engine: start op-geth: %w", err)
	}
	if err := catalyst.Register(stack, backend); err != nil {
		stack.Close()
		return nil, fmt.Errorf("verifier engine: engine API: %w", err)
	}
	// eth.New leaves logs and filters to the embedding command.
	stack.RegisterAPIs([]rpc.API{{
		Namespace: "eth",
		Service:   filters.NewFilterAPI(filters.NewFilterSystem(backend.APIBackend, filters.Config{})),
	}})
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("verifier engine: start node: %w", err)
	}
	e := &l2Engine{stack: stack, backend: backend}
	if got, want := backend.BlockChain().Genesis().Hash(), rollupCfg.Genesis.L2.Hash; got != want {
		e.close()
		return nil, fmt.Errorf("verifier engine: L2 genesis %s != rollup config's %s", got, want)
	}
	return e, nil
}

// httpURL serves eth, net and web3 without authentication.
func (e *l2Engine) httpURL() string { return e.stack.HTTPEndpoint() }

// authURL serves engine and eth behind the JWT.
func (e *l2Engine) authURL() string { return e.stack.HTTPAuthEndpoint() }

func (e *l2Engine) close() error {
	if err := e.stack.Close(); err != nil {
		return fmt.Errorf("verifier engine: close: %w", err)
	}
	return nil
}

// ensureJWTSecret returns the 32-byte secret in path, creating it (hex, 0x
// prefixed: the format op-node and op-geth both read) if absent.
func ensureJWTSecret(path string) error {
	data, err := os.ReadFile(path)
	if err == nil {
		if _, err := node.ObtainJWTSecret(path); err != nil {
			return fmt.Errorf("verifier: jwt secret %s: %w (%d bytes)", path, err, len(data))
		}
		return nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("verifier: %w", err)
	}
	secret := make([]byte, 32)
	if _, err := rand.Read(secret); err != nil {
		return fmt.Errorf("verifier: jwt secret: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("verifier: %w", err)
	}
	if err := os.WriteFile(path, []byte("0x"+hex.EncodeToString(secret)), 0o600); err != nil {
		return fmt.Errorf("verifier: jwt secret: %w", err)
	}
	return nil
}
