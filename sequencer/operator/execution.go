package operator

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/client"
	"github.com/ethereum-optimism/optimism/op-service/sources"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nodeop/nodeop/rollup/engine"
	"github.com/nodeop/nodeop/rollup/executor"
	"github.com/nodeop/nodeop/rollup/genesis"
	"github.com/nodeop/nodeop/sequencer"
)

// openExecutor opens the node's L2 engine on the rollup's files, after
// checking they are the ones the chain's genesis pins, and connects it to
// this node's L1.
func openExecutor(ctx context.Context, cfg Config, chain sequencer.Genesis, log *slog.Logger) (*executor.Executor, error) {
	rollupCfg, err := genesis.ReadRollupJSON(cfg.RollupConfig)
	if err != nil {
		return nil, fmt.Errorf("operator: rollup config: %w", err)
	}
	l2Genesis, err := genesis.ReadGenesisJSON(cfg.L2Genesis)
	if err != nil {
		return nil, fmt.Errorf("operator: L2 genesis: %w", err)
	}
	l1ChainCfg, err := readChainConfig(cfg.L1ChainConfig)
	if err != nil {
		return nil, err
	}
	if err := waitForL1(ctx, cfg.L1RPC, l1ChainCfg.ChainID, log); err != nil {
		return nil, err
	}
	switch {
	case rollupCfg.L2ChainID.Uint64() != chain.ChainID:
		return nil, fmt.Errorf("operator: rollup config is for chain %d, the sequencer chain for %d", rollupCfg.L2ChainID, chain.ChainID)
	case rollupCfg.Genesis.L2.Hash != chain.L2GenesisHash:
		return nil, fmt.Errorf("operator: rollup config's L2 genesis %s, the sequencer chain pins %s", rollupCfg.Genesis.L2.Hash, chain.L2GenesisHash)
	case rollupCfg.Genesis.SystemConfig.GasLimit != chain.BlockGasLimit:
		return nil, fmt.Errorf("operator: rollup gas limit %d, the sequencer chain's %d", rollupCfg.Genesis.SystemConfig.GasLimit, chain.BlockGasLimit)
	}
	eng, err := engine.Open(ctx, engine.Config{
		DataDir:      filepath.Join(cfg.Home, "l2"),
		Genesis:      l2Genesis,
		RollupConfig: rollupCfg,
	}, log.With("module", "l2"))
	if err != nil {
		return nil, fmt.Errorf("operator: %w", err)
	}
	l1, err := dialL1(ctx, cfg.L1RPC, log)
	if err != nil {
		eng.Close()
		return nil, err
	}
	return executor.New(executor.Config{
		Rollup:        rollupCfg,
		L1ChainConfig: l1ChainCfg,
		ConfDepth:     cfg.L1ConfDepth,
		Logger:        log.With("module", "executor"),
	}, eng, l1), nil
}

// dialL1 connects op-service's L1 client, which caches headers and
// receipts by hash, to url. The connection is lazy: a node starts while
// its L1 is down and proposes without advancing origins until it is back.
// l1StartWait bounds how long a starting node waits for its L1 to answer.
const l1StartWait = 2 * time.Minute

// waitForL1 waits until the L1 at url answers eth_chainId, and checks the
// answer against the chain the node's L1 chain config names. Operators
// start in any order with their L1 (a devnet's `nodeop l1` opening its
// database, an L1 node restarting): a node that gave up at once would have
// to be restarted by hand.
func waitForL1(ctx context.Context, url string, want *big.Int, log *slog.Logger) error {
	ctx, cancel := context.WithTimeout(ctx, l1StartWait)
	defer cancel()
	rc, err := rpc.DialOptions(ctx, url)
	if err != nil {
		return fmt.Errorf("operator: dial L1 %s: %w", url, err)
	}
	defer rc.Close()
	for warned := false; ; {
		var id hexutil.Big
		err := rc.CallContext(ctx, &id, "eth_chainId")
		if err == nil {
			if want != nil && (*big.Int)(&id).Cmp(want) != 0 {
				return fmt.Errorf("operator: L1 %s has chain id %v, the L1 chain config says %v", url, (*big.Int)(&id), want)
			}
			return nil
		}
		if !warned {
			log.Warn("Waiting for L1", "rpc", url, "err", err)
			warned = true
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("operator: L1 %s did not answer within %v: %w", url, l1StartWait, err)
		case <-time.After(500 * time.Millisecond):
		}
	}
}

func dialL1(ctx context.Context, url string, log *slog.Logger) (*sources.L1Client, error) {
	rc, err := rpc.DialOptions(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("operator: dial L1 %s: %w", url, err)
	}
	l1, err := sources.NewL1Client(client.NewBaseRPCClient(rc), gethlog.NewLogger(log.With("module", "l1").Handler()), nil,
		sources.L1ClientSimpleConfig(true, sources.RPCKindStandard, 256))
	if err != nil {
		rc.Close()
		return nil, fmt.Errorf("operator: L1 client: %w", err)
	}
	return l1, nil
}

func readChainConfig(path string) (*params.ChainConfig, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("operator: L1 chain config: %w", err)
	}
	var c params.ChainConfig
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("operator: L1 chain config %s: %w", path, err)
	}
	return &c, nil
}
