package devnet

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/nodeop/nodeop/batcher/keys"
	"github.com/nodeop/nodeop/devnet/l1"
	"github.com/nodeop/nodeop/rollup/genesis"
)

const (
	rollupFile        = "rollup.json"
	l2GenesisFile     = "l2-genesis.json"
	l1ChainConfigFile = "l1-chain-config.json"
)

// batcher and unsafeBlockSigner are placeholders until operators submit
// batches (the next issue): the inbox makes the first committing operator
// the batcher; no unsafe blocks are gossiped on the devnet.
var (
	batcher           = common.HexToAddress("0x00000000000000000000000000000000000b0901")
	unsafeBlockSigner = common.HexToAddress("0x0000000000000000000000000000000000050901")
)

// initRollup creates the devnet's L1 (started once so that nodeop's
// contracts are deployed, its operators registered, and the L2 genesis
// anchored on the L1 head after that), the L2 genesis and rollup config, and
// the files every operator loads. ports are the L1's RPC and beacon ports.
// It returns the L2 genesis hash the sequencer chain pins.
func initRollup(dir string, opts Options, ports []int, m *Manifest, ops []*keys.Keys) (common.Hash, error) {
	l1Dir := filepath.Join(dir, "l1")
	chain, err := l1.Start(context.Background(), l1.Config{
		DataDir:    l1Dir,
		Host:       opts.Host,
		RPCPort:    ports[0],
		BeaconPort: ports[1],
		ChainID:    opts.L1ChainID,
		SlotTime:   opts.L1SlotTime,
		Accounts:   opts.Accounts,
	}, slog.New(slog.DiscardHandler))
	if err != nil {
		return common.Hash{}, fmt.Errorf("devnet: start L1: %w", err)
	}
	defer chain.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	system, err := deployContracts(ctx, chain, opts)
	if err != nil {
		return common.Hash{}, err
	}
	if err := onboardOperators(ctx, chain, system, ops); err != nil {
		return common.Hash{}, err
	}
	// The rollup starts at the L1 head, with its contracts deployed and
	// its operators registered: its first L1 origins already see a signing
	// set, and the L2 clock starts about now instead of at the L1 genesis,
	// so the chain does not have to catch up on the minute init took.
	anchor := chain.Head()
	chain.Stop()
	m.Stake = opts.Stake
	m.Contracts = system.addrs
	inbox := system.addrs["batchInbox"]

	alloc := types.GenesisAlloc{}
	rich := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	for addr, acct := range opts.L2Alloc {
		alloc[addr] = acct
	}
	for _, a := range chain.Accounts() {
		alloc[a.Address] = types.Account{Balance: rich}
		m.Accounts = append(m.Accounts, Account{Address: a.Address, PrivateKey: a.PrivateKeyHex()})
	}
	l2Genesis, rollupCfg, err := genesis.Build(genesis.Config{
		ChainID:           opts.ChainID,
		L1ChainID:         opts.L1ChainID,
		BlockTime:         1,
		GasLimit:          opts.BlockGasLimit,
		BatchInbox:        inbox,
		SystemConfig:      inbox,
		Batcher:           batcher,
		UnsafeBlockSigner: unsafeBlockSigner,
		Alloc:             alloc,
	}, anchor)
	if err != nil {
		return common.Hash{}, fmt.Errorf("devnet: L2 genesis: %w", err)
	}
	l1Cfg, err := chain.ChainConfigJSON()
	if err != nil {
		return common.Hash{}, fmt.Errorf("devnet: L1 chain config: %w", err)
	}
	if err := genesis.WriteRollupJSON(filepath.Join(dir, rollupFile), rollupCfg); err != nil {
		return common.Hash{}, fmt.Errorf("devnet: %w", err)
	}
	if err := genesis.WriteGenesisJSON(filepath.Join(dir, l2GenesisFile), l2Genesis); err != nil {
		return common.Hash{}, fmt.Errorf("devnet: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, l1ChainConfigFile), l1Cfg, 0o644); err != nil {
		return common.Hash{}, fmt.Errorf("devnet: %w", err)
	}
	m.RollupConfig = filepath.Join(dir, rollupFile)
	m.L2Genesis = filepath.Join(dir, l2GenesisFile)
	m.L1ChainConfig = filepath.Join(dir, l1ChainConfigFile)
	host := opts.Host
	m.L1 = L1Info{
		ChainID:     opts.L1ChainID,
		RPC:         "http://" + host + ":" + strconv.Itoa(ports[0]),
		WS:          "ws://" + host + ":" + strconv.Itoa(ports[0]),
		Beacon:      "http://" + host + ":" + strconv.Itoa(ports[1]),
		GenesisHash: chain.GenesisHash(),
		DataDir:     l1Dir,
		SlotTime:    opts.L1SlotTime.String(),
	}
	return rollupCfg.Genesis.L2.Hash, nil
}

// startL1 resumes the devnet's L1 from its datadir on its recorded ports.
func startL1(info L1Info, log *slog.Logger) (*l1.L1, error) {
	slot, err := time.ParseDuration(info.SlotTime)
	if err != nil {
		return nil, fmt.Errorf("devnet: L1 slot time %q: %w", info.SlotTime, err)
	}
	host, rpcPort, err := hostPort(info.RPC)
	if err != nil {
		return nil, err
	}
	_, beaconPort, err := hostPort(info.Beacon)
	if err != nil {
		return nil, err
	}
	chain, err := l1.Start(context.Background(), l1.Config{
		DataDir:    info.DataDir,
		Host:       host,
		RPCPort:    rpcPort,
		BeaconPort: beaconPort,
		ChainID:    info.ChainID,
		SlotTime:   slot,
	}, log.With("module", "l1"))
	if err != nil {
		return nil, fmt.Errorf("devnet: start L1: %w", err)
	}
	if chain.GenesisHash() != info.GenesisHash {
		chain.Close()
		return nil, fmt.Errorf("devnet: L1 genesis %s, manifest says %s", chain.GenesisHash(), info.GenesisHash)
	}
	return chain, nil
}

func hostPort(url string) (string, int, error) {
	_, rest, ok := strings.Cut(url, "://")
	if !ok {
		return "", 0, fmt.Errorf("devnet: URL %q has no scheme", url)
	}
	host, port, err := net.SplitHostPort(rest)
	if err != nil {
		return "", 0, fmt.Errorf("devnet: URL %q: %w", url, err)
	}
	p, err := strconv.Atoi(port)
	if err != nil {
		return "", 0, fmt.Errorf("devnet: URL %q port: %w", url, err)
	}
	return host, p, nil
}
