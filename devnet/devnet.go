// Package devnet lays out and runs a local sequencer set: N operator nodes
// in one process on distinct loopback ports, their keys, one CometBFT
// genesis, and DIR/devnet.json describing it all for tools and tests.
package devnet

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"time"

	cmtcfg "github.com/cometbft/cometbft/config"
	cmtbytes "github.com/cometbft/cometbft/libs/bytes"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/nodeop/nodeop/batcher/batches"
	"github.com/nodeop/nodeop/batcher/keys"
	"github.com/nodeop/nodeop/devnet/l1"
	"github.com/nodeop/nodeop/sequencer"
	"github.com/nodeop/nodeop/sequencer/operator"
)

// ManifestFile is the name of the manifest inside a devnet folder.
const ManifestFile = "devnet.json"

// Options shape a new devnet.
type Options struct {
	Validators int
	ChainID    uint64
	// Host is the address every node binds and advertises.
	Host string
	// BasePort numbers the ports: node i serves JSON-RPC on BasePort+i,
	// CometBFT P2P and RPC on BasePort+100+2i and +101+2i, and metrics on
	// BasePort+200+i. Zero picks free ports.
	BasePort       int
	BlockTime      time.Duration
	ProposeTimeout time.Duration
	BlockGasLimit  uint64
	LogLevel       string
	// L1ChainID and L1SlotTime shape the embedded L1.
	L1ChainID  uint64
	L1SlotTime time.Duration
	// Accounts is how many dev accounts are funded on L1 and L2.
	Accounts int
	// L2Alloc adds accounts to the L2 genesis (tests fund their senders).
	L2Alloc types.GenesisAlloc
	// Batches are the batch rules (zero value: batches.DefaultParams).
	Batches batches.Params
	// VetoDelayBlocks is how many L1 blocks a queued slash waits for a
	// veto before it can execute (0: 150).
	VetoDelayBlocks uint64
	// Stake is where operators' stake lives: StakeEigenLayer (restaked
	// through EigenLayer's core, deployed on the devnet L1) or StakeNative
	// (ETH deposited in nodeop's NativeStakeSource).
	Stake string
}

// DefaultOptions is what `nodeop devnet` uses.
func DefaultOptions() Options {
	d := operator.DefaultConfig()
	return Options{
		Validators: 4,
		ChainID:    901,
		Host:       "127.0.0.1",
		BasePort:   8545,
		// The L2 block time (1 s) paces blocks: a proposer waits for its
		// block's timestamp. The pause after a commit only bounds how fast
		// a lagging chain catches up.
		BlockTime:      200 * time.Millisecond,
		ProposeTimeout: d.ProposeTimeout.Duration,
		BlockGasLimit:  60_000_000,
		LogLevel:       d.LogLevel,
		L1ChainID:      l1.DefaultChainID,
		L1SlotTime:     l1.DefaultSlotTime,
		Accounts:       10,
		Stake:          StakeEigenLayer,
	}
}

// Manifest describes a devnet: what a wallet, a test or an operator on
// another machine needs to reach it.
type Manifest struct {
	ChainID      uint64 `json:"chainId"`
	CometChainID string `json:"cometChainId"`
	L1           L1Info `json:"l1"`
	// RollupConfig, L2Genesis and L1ChainConfig are the rollup's files: an
	// op-node takes the first and last (--rollup.config,
	// --rollup.l1-chain-config).
	RollupConfig  string    `json:"rollupConfig"`
	L2Genesis     string    `json:"l2Genesis"`
	L1ChainConfig string    `json:"l1ChainConfig"`
	Accounts      []Account `json:"accounts"`
	// Stake is the operators' stake source (Options.Stake).
	Stake string `json:"stake"`
	// Contracts are the L1 contracts by name: nodeop's (registry,
	// batchInbox, slashing, rewards, stakeSource; with EigenLayer also
	// registrar, rewardsSubmitter, rewardToken) and, with EigenLayer, its
	// core (delegationManager, strategyManager, allocationManager,
	// rewardsCoordinator, avsDirectory, permissionController, ...), the
	// strategy operators restake in and its token (strategy, stakeToken).
	// batchInbox is also the rollup's batch inbox and system config
	// address.
	Contracts map[string]common.Address `json:"contracts"`
	Nodes     []NodeInfo                `json:"nodes"`
	// Verifier is set while `nodeop devnet --verifier` runs its verifier
	// (an unmodified op-node with its own op-geth, deriving the L2 chain
	// from the L1); its ports change at every start.
	Verifier *VerifierInfo `json:"verifier,omitempty"`
}

// VerifierInfo says where a devnet's verifier serves.
type VerifierInfo struct {
	// OpNodeRPC is op-node's JSON-RPC (optimism_syncStatus, ...).
	OpNodeRPC string `json:"opNodeRpc"`
	// EngineRPC is the verifier's op-geth (eth, net, web3; HTTP and WS):
	// the derived L2 chain.
	EngineRPC string `json:"engineRpc"`
	// Log is op-node's log file.
	Log string `json:"log"`
}

// L1Info says where the embedded L1 serves.
type L1Info struct {
	ChainID     uint64      `json:"chainId"`
	RPC         string      `json:"rpc"`
	WS          string      `json:"ws"`
	Beacon      string      `json:"beacon"`
	GenesisHash common.Hash `json:"genesisHash"`
	DataDir     string      `json:"dataDir"`
	SlotTime    string      `json:"slotTime"`
}

// Account is a dev account funded on L1 and L2, from the standard test
// mnemonic (l1.DevMnemonic): never use these keys anywhere else.
type Account struct {
	Address    common.Address `json:"address"`
	PrivateKey string         `json:"privateKey"`
}

// NodeInfo is one node's public face. Only public key material appears.
type NodeInfo struct {
	Name             string `json:"name"`
	Config           string `json:"config"`
	RPC              string `json:"rpc"`
	WS               string `json:"ws"`
	P2P              string `json:"p2p"`
	CometRPC         string `json:"cometRpc"`
	Metrics          string `json:"metrics"`
	NodeID           string `json:"nodeId"`
	ValidatorAddress string `json:"validatorAddress"`
	ValidatorPubKey  []byte `json:"validatorPubKey"`
	Power            int64  `json:"power"`
	// Operator is the node's L1 operator address (registered, staked) and
	// BLSPubKeyG1 its batch-signing key.
	Operator    common.Address `json:"operator"`
	BLSPubKeyG1 string         `json:"blsPubKeyG1"`
}

// Init writes a new devnet into dir: per node a home with CometBFT keys,
// the shared genesis and a nodeop.toml, then the manifest. It refuses a
// dir that already holds one.
func Init(dir string, opts Options) (*Manifest, error) {
	if opts.Validators < 1 {
		return nil, fmt.Errorf("devnet: need at least one validator, got %d", opts.Validators)
	}
	if opts.Stake != StakeEigenLayer && opts.Stake != StakeNative {
		return nil, fmt.Errorf("devnet: stake source %q: want %q or %q", opts.Stake, StakeEigenLayer, StakeNative)
	}
	if _, err := os.Stat(filepath.Join(dir, ManifestFile)); err == nil {
		return nil, fmt.Errorf("devnet: %s already holds a devnet", dir)
	}
	ports, err := allocatePorts(opts)
	if err != nil {
		return nil, err
	}
	if opts.Batches == (batches.Params{}) {
		opts.Batches = batches.DefaultParams()
	}
	// Windows are dated in this L1's blocks.
	opts.Batches.L1BlockTime = max(1, uint64(opts.L1SlotTime/time.Second))
	if err := opts.Batches.Validate(); err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	m := &Manifest{ChainID: opts.ChainID, CometChainID: fmt.Sprintf("nodeop-%d", opts.ChainID)}
	ops := make([]*keys.Keys, opts.Validators)
	for i := range ops {
		if ops[i], err = newOperatorKeys(filepath.Join(dir, fmt.Sprintf("node%d", i))); err != nil {
			return nil, err
		}
	}
	l2Hash, err := initRollup(dir, opts, ports[len(ports)-2:], m, ops)
	if err != nil {
		return nil, err
	}
	batchGen := &sequencer.BatchGenesis{
		Params:   opts.Batches,
		Registry: m.Contracts["registry"],
		Inbox:    m.Contracts["batchInbox"],
	}
	cfgs := make([]operator.Config, opts.Validators)
	genVals := make([]cmttypes.GenesisValidator, opts.Validators)
	for i := range cfgs {
		name := fmt.Sprintf("node%d", i)
		c := operator.DefaultConfig()
		c.Home = filepath.Join(dir, name)
		c.Moniker = name
		c.BlockTime = operator.Duration{Duration: opts.BlockTime}
		c.ProposeTimeout = operator.Duration{Duration: opts.ProposeTimeout}
		c.LogLevel = opts.LogLevel
		c.L1RPC = m.L1.RPC
		c.RollupConfig, c.L2Genesis, c.L1ChainConfig = "../"+rollupFile, "../"+l2GenesisFile, "../"+l1ChainConfigFile
		c.RPCAddr = net.JoinHostPort(opts.Host, strconv.Itoa(ports[portsPerNode*i]))
		c.P2PAddr = net.JoinHostPort(opts.Host, strconv.Itoa(ports[portsPerNode*i+1]))
		c.CometRPCAddr = net.JoinHostPort(opts.Host, strconv.Itoa(ports[portsPerNode*i+2]))
		c.MetricsAddr = net.JoinHostPort(opts.Host, strconv.Itoa(ports[portsPerNode*i+3]))
		c.KeysDir, c.KeysPasswordFile = keysDir, passwordFile
		c.L1SlotTime = operator.Duration{Duration: opts.L1SlotTime}

		ccfg := cmtcfg.DefaultConfig()
		ccfg.SetRoot(c.CometHome())
		for _, d := range []string{filepath.Dir(ccfg.GenesisFile()), filepath.Dir(ccfg.PrivValidatorStateFile())} {
			if err := os.MkdirAll(d, 0o700); err != nil {
				return nil, fmt.Errorf("devnet: %w", err)
			}
		}
		pv := privval.GenFilePV(ccfg.PrivValidatorKeyFile(), ccfg.PrivValidatorStateFile())
		pv.Save()
		nodeKey, err := p2p.LoadOrGenNodeKey(ccfg.NodeKeyFile())
		if err != nil {
			return nil, fmt.Errorf("devnet: node key: %w", err)
		}
		pub, err := pv.GetPubKey()
		if err != nil {
			return nil, fmt.Errorf("devnet: validator key: %w", err)
		}
		const power = 100
		genVals[i] = cmttypes.GenesisValidator{Address: pub.Address(), PubKey: pub, Power: power, Name: name}
		batchGen.Operators = append(batchGen.Operators, sequencer.OperatorBinding{Validator: cmtbytes.HexBytes(pub.Address()), Operator: ops[i].Address()})
		cfgs[i] = c
		m.Nodes = append(m.Nodes, NodeInfo{
			Name:             name,
			Config:           filepath.Join(dir, name, "nodeop.toml"),
			RPC:              "http://" + c.RPCAddr,
			WS:               "ws://" + c.RPCAddr,
			P2P:              string(nodeKey.ID()) + "@" + c.P2PAddr,
			CometRPC:         "http://" + c.CometRPCAddr,
			Metrics:          "http://" + c.MetricsAddr + "/metrics",
			NodeID:           string(nodeKey.ID()),
			ValidatorAddress: pub.Address().String(),
			ValidatorPubKey:  pub.Bytes(),
			Power:            power,
			Operator:         ops[i].Address(),
			BLSPubKeyG1:      ops[i].Public().BLSG1,
		})
	}
	cons := cmttypes.DefaultConsensusParams()
	// Operators sign batch headers in their precommits' extensions.
	cons.ABCI.VoteExtensionsEnableHeight = 1
	gen := &cmttypes.GenesisDoc{
		ChainID:         m.CometChainID,
		GenesisTime:     time.Now().UTC().Truncate(time.Second),
		ConsensusParams: cons,
		Validators:      genVals,
		InitialHeight:   1,
		AppState:        sequencer.Genesis{ChainID: opts.ChainID, BlockGasLimit: opts.BlockGasLimit, L2GenesisHash: l2Hash, Batches: batchGen}.JSON(),
	}
	if err := gen.ValidateAndComplete(); err != nil {
		return nil, fmt.Errorf("devnet: genesis: %w", err)
	}
	for i, c := range cfgs {
		for j, other := range m.Nodes {
			if j != i {
				c.Peers = append(c.Peers, other.P2P)
			}
		}
		ccfg := cmtcfg.DefaultConfig()
		ccfg.SetRoot(c.CometHome())
		if err := gen.SaveAs(ccfg.GenesisFile()); err != nil {
			return nil, fmt.Errorf("devnet: write genesis: %w", err)
		}
		// The home is written relative to the config file so that the
		// folder can be moved or copied to another machine as a whole.
		c.Home = "."
		if err := c.Write(m.Nodes[i].Config); err != nil {
			return nil, err
		}
	}
	if err := WriteManifest(dir, m); err != nil {
		return nil, err
	}
	return m, nil
}

// WriteManifest writes m as dir's manifest, replacing the file atomically
// (readers see the old or the new manifest, never a part).
func WriteManifest(dir string, m *Manifest) error {
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("devnet: encode manifest: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ManifestFile+".*.tmp")
	if err != nil {
		return fmt.Errorf("devnet: write manifest: %w", err)
	}
	_, err = tmp.Write(append(data, '\n'))
	err = errors.Join(err, tmp.Chmod(0o644), tmp.Close())
	if err == nil {
		err = os.Rename(tmp.Name(), filepath.Join(dir, ManifestFile))
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("devnet: write manifest: %w", err)
	}
	return nil
}

const portsPerNode = 4

// allocatePorts returns portsPerNode ports per node, then the L1's RPC and
// beacon ports (BasePort+300, +301).
func allocatePorts(opts Options) ([]int, error) {
	n := portsPerNode*opts.Validators + 2
	ports := make([]int, 0, n)
	if opts.BasePort != 0 {
		for i := range opts.Validators {
			ports = append(ports, opts.BasePort+i, opts.BasePort+100+2*i, opts.BasePort+101+2*i, opts.BasePort+200+i)
		}
		return append(ports, opts.BasePort+300, opts.BasePort+301), nil
	}
	// Hold every listener until all are chosen so no port repeats.
	var lns []net.Listener
	defer func() {
		for _, l := range lns {
			l.Close()
		}
	}()
	for range n {
		l, err := net.Listen("tcp", net.JoinHostPort(opts.Host, "0"))
		if err != nil {
			return nil, fmt.Errorf("devnet: pick a free port: %w", err)
		}
		lns = append(lns, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}

// LoadManifest reads dir's manifest.
func LoadManifest(dir string) (*Manifest, error) {
	data, err := os.ReadFile(filepath.Join(dir, ManifestFile))
	if err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	m := new(Manifest)
	if err := json.Unmarshal(data, m); err != nil {
		return nil, fmt.Errorf("devnet: parse manifest: %w", err)
	}
	return m, nil
}

// Devnet is a running devnet.
type Devnet struct {
	Manifest *Manifest
	log      *slog.Logger
	l1       *l1.L1
	nodes    []*operator.Node
}

// Start starts the L1 and then every node of the devnet in dir.
func Start(dir string, log *slog.Logger) (*Devnet, error) {
	m, err := LoadManifest(dir)
	if err != nil {
		return nil, err
	}
	chain, err := startL1(m.L1, log)
	if err != nil {
		return nil, err
	}
	d := &Devnet{Manifest: m, log: log, l1: chain, nodes: make([]*operator.Node, len(m.Nodes))}
	for i := range m.Nodes {
		if err := d.StartNode(i); err != nil {
			return nil, errors.Join(err, d.Stop())
		}
	}
	return d, nil
}

// Node returns node i, nil while it is stopped.
func (d *Devnet) Node(i int) *operator.Node { return d.nodes[i] }

// Len is the number of nodes, running or not.
func (d *Devnet) Len() int { return len(d.nodes) }

// StartNode (re)starts node i from its home.
func (d *Devnet) StartNode(i int) error {
	if d.nodes[i] != nil {
		return fmt.Errorf("devnet: node %d is running", i)
	}
	cfg, err := operator.LoadConfig(d.Manifest.Nodes[i].Config)
	if err != nil {
		return err
	}
	n, err := operator.Start(cfg, d.log)
	if err != nil {
		return fmt.Errorf("devnet: start %s: %w", d.Manifest.Nodes[i].Name, err)
	}
	d.nodes[i] = n
	return nil
}

// StopNode stops node i, keeping its home for a restart.
func (d *Devnet) StopNode(i int) error {
	n := d.nodes[i]
	if n == nil {
		return nil
	}
	d.nodes[i] = nil
	return n.Stop()
}

// L1 is the devnet's L1.
func (d *Devnet) L1() *l1.L1 { return d.l1 }

// StartL1 runs only the L1 of the devnet in dir, for operators run as
// separate processes (`nodeop l1`).
func StartL1(dir string, log *slog.Logger) (*l1.L1, error) {
	m, err := LoadManifest(dir)
	if err != nil {
		return nil, err
	}
	return startL1(m.L1, log)
}

// Stop stops every running node, then the L1.
func (d *Devnet) Stop() error {
	var errs []error
	for i := range d.nodes {
		errs = append(errs, d.StopNode(i))
	}
	if d.l1 != nil {
		errs = append(errs, d.l1.Close())
		d.l1 = nil
	}
	return errors.Join(errs...)
}
