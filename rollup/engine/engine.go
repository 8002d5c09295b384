// Package engine embeds op-geth as the L2 execution engine of one nodeop rollup.
//
// Every node runs one Engine per rollup. Blocks are built only through Build, which
// drives op-geth's own Engine API code (catalyst) in-process, the same calls op-node
// makes over JSON-RPC: forkchoiceUpdated(V3) with attributes, getPayload (V4, or V5
// once Osaka/Karst is active), newPayload(V4), forkchoiceUpdated to the new head. Because
// the block comes out of op-geth's builder and is re-validated by op-geth's importer, an
// unmodified op-node + op-geth that derives the chain from L1 reaches the same hashes.
//
// The engine has no P2P networking and, by default, accepts no transactions into its own
// pool: the only way in is the ordered list that consensus hands to Build. Config.TxPool
// turns op-geth's pool back on for a centralized sequencer (the benchmark's baseline),
// which then builds from the pool with StartBuild and SealBuild as op-node drives op-geth.
package engine

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	beacon "github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	ethbackend "github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/miner"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/params/forks"
	"github.com/ethereum/go-ethereum/rpc"
)

// Errors callers can test with errors.Is.
var (
	ErrInvalidConfig     = errors.New("invalid engine config")
	ErrInvalidAttributes = errors.New("invalid payload attributes")
	ErrBuild             = errors.New("L2 block build failed")
	ErrClosed            = errors.New("engine closed")
	// ErrDurability (always with ErrBuild) means the disk failed to persist a block
	// that is already the head in memory. The only safe reaction is to stop the node.
	ErrDurability = errors.New("database sync failed")
)

// Memory budgets in MB. op-geth's defaults (2 GB database cache, 1 GB dirty trie) are
// sized for a mainnet node; a devnet runs several engines in one process.
const (
	databaseCacheMB  = 128
	databaseHandles  = 256
	trieCleanCacheMB = 64
	snapshotCacheMB  = 64
)

// Config configures one embedded engine.
type Config struct {
	// DataDir holds the chain database. "" keeps everything in memory (tests only:
	// nothing survives Close).
	DataDir string
	// Genesis is the L2 genesis (rollup/genesis.Build). On restart it must be the same
	// genesis the datadir was initialised with.
	Genesis *core.Genesis
	// RollupConfig is the op-node rollup config that belongs to Genesis.
	RollupConfig *rollup.Config
	// HTTPAddr ("host:port") serves the eth, net and web3 namespaces over HTTP and
	// WebSocket on the same port. "" serves nothing; port 0 picks a free port.
	HTTPAddr string
	// TxPool keeps op-geth's own tx pool open: eth_sendRawTransaction adds to it (with
	// go-ethereum's admission errors) and the txpool namespace is served. Only a single,
	// centralized sequencer may use it; the blocks of a nodeop node must come from
	// consensus alone, so the default (false) refuses every submission.
	TxPool bool
	// Recommit is how often op-geth rebuilds a pool payload (StartBuild without
	// NoTxPool) to take in txs that arrived since; 0 keeps op-geth's default (2 s),
	// under which a 1 s slot only sees the pool as it was at its start.
	Recommit time.Duration
}

// Engine is an embedded op-geth building the blocks of one L2 chain.
type Engine struct {
	log       *slog.Logger
	stack     *node.Node
	backend   *ethbackend.Ethereum
	chain     *core.BlockChain
	api       *catalyst.ConsensusAPI
	chainCfg  *params.ChainConfig
	rollupCfg *rollup.Config
	rpc       *rpc.Client
	apis      []rpc.API // the eth namespace, for a server of the embedder's
	stateDB   *state.CachingDB
	head      atomic.Pointer[headState]

	// mu serialises Build and Filter: Filter's answer is defined relative to the head,
	// so the head must not move while it runs. It also guards closed.
	mu     sync.Mutex
	closed bool
}

func (c Config) validate() error {
	var errs []error
	if c.Genesis == nil || c.Genesis.Config == nil {
		errs = append(errs, errors.New("missing genesis or its chain config"))
	} else if c.Genesis.Config.Optimism == nil {
		errs = append(errs, errors.New("genesis chain config is not an OP Stack config"))
	}
	if c.RollupConfig == nil {
		errs = append(errs, errors.New("missing rollup config"))
	}
	if len(errs) == 0 {
		cc, rc := c.Genesis.Config, c.RollupConfig
		if rc.L2ChainID == nil || cc.ChainID.Cmp(rc.L2ChainID) != 0 {
			errs = append(errs, fmt.Errorf("genesis chain id %v != rollup L2 chain id %v", cc.ChainID, rc.L2ChainID))
		}
		// op-node (and Build) use getPayloadV5 exactly when Karst is active; op-geth
		// serves V5 exactly when Osaka is active. A genesis where the two differ builds
		// blocks here but breaks an op-node sequencer or verifier on the same chain.
		if !sameTime(cc.OsakaTime, rc.KarstTime) {
			errs = append(errs, fmt.Errorf("genesis osakaTime %s != rollup karst_time %s (rollup/genesis.Build sets both)",
				fmtTime(cc.OsakaTime), fmtTime(rc.KarstTime)))
		}
	}
	if c.HTTPAddr != "" {
		if _, _, err := splitHostPort(c.HTTPAddr); err != nil {
			errs = append(errs, err)
		}
	}
	if c.Recommit < 0 {
		errs = append(errs, fmt.Errorf("negative recommit interval %v", c.Recommit))
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w: %w", ErrInvalidConfig, errors.Join(errs...))
	}
	return nil
}

// Open starts the engine: it creates or reopens the chain in cfg.DataDir and starts the
// optional HTTP/WS endpoint. ctx bounds only the opening; Close ends the engine.
func Open(ctx context.Context, cfg Config, log *slog.Logger) (*Engine, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("open engine: %w", err)
	}

	nodeCfg := node.Config{
		Name:    "l2geth",
		DataDir: cfg.DataDir,
		// No peers, no discovery, no listener: blocks come only from Build, and a
		// second source of blocks or txs would break determinism across operators.
		P2P: p2p.Config{
			MaxPeers:    0,
			NoDiscovery: true,
			NoDial:      true,
			ListenAddr:  "",
		},
		HTTPTimeouts:         rpc.DefaultHTTPTimeouts,
		BatchRequestLimit:    node.DefaultConfig.BatchRequestLimit,
		BatchResponseMaxSize: node.DefaultConfig.BatchResponseMaxSize,
		Logger:               gethlog.NewLogger(log.With("component", "op-geth").Handler()),
	}
	if cfg.HTTPAddr != "" {
		host, port, _ := splitHostPort(cfg.HTTPAddr) // validated above
		// HTTP and WS share one port (geth multiplexes on the Upgrade header).
		nodeCfg.HTTPHost, nodeCfg.HTTPPort = host, port
		nodeCfg.WSHost, nodeCfg.WSPort = host, port
		modules := []string{"eth", "net", "web3"}
		if cfg.TxPool {
			// txpool_status/content: how a load generator sees the backlog.
			modules = append(modules, "txpool")
		}
		nodeCfg.HTTPModules, nodeCfg.WSModules = modules, modules
		// The node's ingress proxies here with its own Host/Origin; access control
		// happens there, not in geth's localhost-only defaults.
		nodeCfg.HTTPVirtualHosts = []string{"*"}
		nodeCfg.HTTPCors = []string{"*"}
		nodeCfg.WSOrigins = []string{"*"}
	}

	stack, err := node.New(&nodeCfg)
	if err != nil {
		return nil, fmt.Errorf("open engine: new node: %w", err)
	}

	ethCfg := ethconfig.Defaults
	ethCfg.Genesis = cfg.Genesis
	ethCfg.NetworkId = cfg.Genesis.Config.ChainID.Uint64()
	ethCfg.SyncMode = ethconfig.FullSync
	// Hash-scheme archive: every block's state is committed to the database as it is
	// inserted, so a killed process restarts at the head it had instead of rewinding to
	// the last flushed state (path scheme / pruning keep recent state only in memory).
	ethCfg.StateScheme = rawdb.HashScheme
	ethCfg.NoPruning = true
	ethCfg.DatabaseCache = databaseCacheMB
	ethCfg.DatabaseHandles = databaseHandles
	ethCfg.TrieCleanCache = trieCleanCacheMB
	ethCfg.TrieDirtyCache = 0
	ethCfg.SnapshotCache = snapshotCacheMB
	// Every block this engine imports it has just built from the same parent state
	// (Build, SealBuild), so the importer's reads hit caches the builder warmed; the
	// prefetcher would only execute every tx once more on other cores.
	ethCfg.NoPrefetch = true
	// The txpool exists (eth.New always creates one) but nothing may enter it: txs
	// reach blocks only via consensus. With admission disabled op-geth would answer
	// eth_sendRawTransaction with success and drop the tx; txSubmissionRefuser turns
	// that into an explicit error. With Config.TxPool the pool admits txs as op-geth's
	// does for a rollup's sequencer; no locals tracker or journal either way, as
	// op-geth's journal writes race with its rotation (the devnet L1 saw it).
	ethCfg.TxPool.NoLocals = true
	ethCfg.TxPool.Journal = ""
	ethCfg.RollupDisableTxPoolAdmission = !cfg.TxPool
	if cfg.TxPool {
		// A sequencer's pool, sized for sustained load from many senders:
		// go-ethereum's defaults (16 pending per account, 5,120 in all) are
		// a gossiping node's, and at a few thousand tx/s they dropped
		// accepted txs in the bench before the engine was saturated.
		ethCfg.TxPool.AccountSlots = 1024
		ethCfg.TxPool.GlobalSlots = 65536
		ethCfg.TxPool.AccountQueue = 1024
		ethCfg.TxPool.GlobalQueue = 16384
	}
	ethCfg.RollupDisableTxPoolGossip = true
	if cfg.Recommit > 0 {
		ethCfg.Miner.Recommit = cfg.Recommit
	}

	backend, err := ethbackend.New(stack, &ethCfg)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("open engine: start op-geth: %w", err)
	}
	api := catalyst.NewConsensusAPI(backend)
	// eth.New leaves logs and subscriptions (eth_getLogs, eth_subscribe) to the
	// command that embeds it.
	filterAPI := filters.NewFilterAPI(filters.NewFilterSystem(backend.APIBackend, filters.Config{}))
	// Registered after eth.New's APIs, so these methods replace op-geth's (the RPC
	// registry keeps the last registration of a name).
	ethAPIs := []rpc.API{{Namespace: "eth", Service: filterAPI}}
	if !cfg.TxPool {
		ethAPIs = append(ethAPIs, rpc.API{Namespace: "eth", Service: txSubmissionRefuser{}})
	}
	stack.RegisterAPIs(ethAPIs)
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("open engine: start node: %w", err)
	}

	chain := backend.BlockChain()
	e := &Engine{
		log:       log,
		stack:     stack,
		backend:   backend,
		chain:     chain,
		api:       api,
		chainCfg:  chain.Config(),
		rollupCfg: cfg.RollupConfig,
		rpc:       stack.Attach(),
		stateDB:   state.NewDatabase(chain.TrieDB(), chain.CodeDB()).WithSnapshot(chain.Snapshots()),
	}
	for _, a := range backend.APIs() {
		if a.Namespace == "eth" {
			e.apis = append(e.apis, a)
		}
	}
	e.apis = append(e.apis, ethAPIs...)
	if err := e.checkStart(); err != nil {
		e.Close()
		return nil, err
	}
	head := chain.CurrentBlock()
	log.Info("L2 engine open", "chain_id", e.chainCfg.ChainID, "genesis", chain.Genesis().Hash(),
		"head", head.Number, "head_hash", head.Hash(), "datadir", cfg.DataDir, "http", e.HTTPEndpoint(), "tx_pool", cfg.TxPool)
	return e, nil
}

// checkStart refuses a datadir or genesis that cannot be the rollup's chain.
func (e *Engine) checkStart() error {
	if got, want := e.chain.Genesis().Hash(), e.rollupCfg.Genesis.L2.Hash; got != want {
		return fmt.Errorf("%w: chain genesis %s != rollup config genesis %s", ErrInvalidConfig, got, want)
	}
	head := e.chain.CurrentBlock()
	if !e.chain.HasState(head.Root) {
		return fmt.Errorf("open engine: state of head %d (%s) missing from the datadir", head.Number, head.Hash())
	}
	return nil
}

// Close stops op-geth and flushes the database. Safe to call more than once.
func (e *Engine) Close() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return nil
	}
	e.closed = true
	e.rpc.Close()
	if err := e.stack.Close(); err != nil {
		return fmt.Errorf("close engine: %w", err)
	}
	e.log.Info("L2 engine closed")
	return nil
}

// Head returns a copy of the current head header.
func (e *Engine) Head() *types.Header {
	return types.CopyHeader(e.chain.CurrentBlock())
}

// HeadRef returns the head as op-node sees it (with L1 origin and sequence number),
// the l2Parent argument of derive's PreparePayloadAttributes.
func (e *Engine) HeadRef() (eth.L2BlockRef, error) {
	head := e.chain.CurrentBlock()
	block := e.chain.GetBlock(head.Hash(), head.Number.Uint64())
	if block == nil {
		return eth.L2BlockRef{}, fmt.Errorf("head block %s not found", head.Hash())
	}
	ref, err := derive.L2BlockToBlockRef(e.rollupCfg, block)
	if err != nil {
		return eth.L2BlockRef{}, fmt.Errorf("head block ref: %w", err)
	}
	return ref, nil
}

// SystemConfigByL2Hash returns the system config in effect after the given L2 block,
// decoded from its L1-info deposit like op-node does. With it the Engine satisfies
// derive.SystemConfigL2Fetcher and can be handed to derive.NewFetchingAttributesBuilder.
func (e *Engine) SystemConfigByL2Hash(_ context.Context, hash common.Hash) (eth.SystemConfig, error) {
	block := e.chain.GetBlockByHash(hash)
	if block == nil {
		return eth.SystemConfig{}, fmt.Errorf("L2 block %s: %w", hash, errNotFound)
	}
	payload, err := eth.BlockAsPayload(block, e.rollupCfg)
	if err != nil {
		return eth.SystemConfig{}, fmt.Errorf("L2 block %s as payload: %w", hash, err)
	}
	sc, err := derive.PayloadToSystemConfig(e.rollupCfg, payload)
	if err != nil {
		return eth.SystemConfig{}, fmt.Errorf("system config of L2 block %s: %w", hash, err)
	}
	return sc, nil
}

// PayloadByNumber returns the canonical block n as an execution payload envelope (what
// the batcher feeds to a span-batch channel).
func (e *Engine) PayloadByNumber(n uint64) (*eth.ExecutionPayloadEnvelope, error) {
	block := e.chain.GetBlockByNumber(n)
	if block == nil {
		return nil, fmt.Errorf("L2 block %d: %w", n, errNotFound)
	}
	env, err := eth.BlockAsPayloadEnv(block, e.rollupCfg)
	if err != nil {
		return nil, fmt.Errorf("L2 block %d as payload: %w", n, err)
	}
	return env, nil
}

var errNotFound = errors.New("not found")

// Nonce returns addr's nonce in the head state (0 if the state cannot be read; that is
// logged, and only happens on a broken datadir).
func (e *Engine) Nonce(addr common.Address) uint64 {
	if acct := e.headAccount(addr); acct != nil {
		return acct.Nonce
	}
	return 0
}

// Balance returns addr's balance in wei in the head state (0 if the state cannot be read).
func (e *Engine) Balance(addr common.Address) *big.Int {
	if acct := e.headAccount(addr); acct != nil && acct.Balance != nil {
		return acct.Balance.ToBig()
	}
	return new(big.Int)
}

// headState reads accounts of one state root; state.Reader is safe for concurrent use.
type headState struct {
	root   common.Hash
	reader state.Reader
}

// headAccount is addr's account in the head state, nil if it does not exist or the
// state cannot be read (logged). CheckTx asks for every tx, so one reader serves a head
// until the next: a fresh StateDB per call was 2-3% of a loaded node's CPU.
func (e *Engine) headAccount(addr common.Address) *types.StateAccount {
	root := e.chain.CurrentBlock().Root
	h := e.head.Load()
	if h == nil || h.root != root {
		r, err := e.stateDB.Reader(root)
		if err != nil {
			e.log.Error("read head state", "root", root, "err", err)
			return nil
		}
		h = &headState{root: root, reader: r}
		e.head.Store(h)
	}
	acct, err := h.reader.Account(addr)
	if err != nil {
		e.log.Error("read head state", "root", root, "account", addr, "err", err)
		return nil
	}
	return acct
}

// RPC returns an in-process client for the eth namespace (and all other APIs op-geth
// registers in-process). Do not close it; Close does.
func (e *Engine) RPC() *rpc.Client { return e.rpc }

// NextBaseFee is the base fee of a block built on the head at timestamp ts,
// by the chain's EIP-1559 rules (OP: parameters from the head's extra data).
func (e *Engine) NextBaseFee(ts uint64) *big.Int {
	return eip1559.CalcBaseFee(e.chainCfg, e.chain.CurrentBlock(), ts)
}

// APIs are the engine's eth namespace services (state, blocks, receipts,
// logs, subscriptions; transaction submission refused unless Config.TxPool), for the node's
// ingress to serve beside its own methods, which take precedence when
// registered after these.
func (e *Engine) APIs() []rpc.API { return e.apis }

// HTTPEndpoint returns the URL of the HTTP endpoint ("" without Config.HTTPAddr); the
// WebSocket endpoint is the same address with ws://.
func (e *Engine) HTTPEndpoint() string {
	if e.stack.Config().HTTPHost == "" {
		return ""
	}
	return e.stack.HTTPEndpoint()
}

// WSEndpoint returns the URL of the WebSocket endpoint ("" without Config.HTTPAddr).
func (e *Engine) WSEndpoint() string {
	if e.stack.Config().WSHost == "" {
		return ""
	}
	return e.stack.WSEndpoint()
}

// ChainConfig returns the L2 chain config in use.
func (e *Engine) ChainConfig() *params.ChainConfig { return e.chainCfg }

// RollupConfig returns the rollup config the engine was opened with.
func (e *Engine) RollupConfig() *rollup.Config { return e.rollupCfg }

// Build makes the next L2 block on the head from attrs followed by txs, inserts it,
// and makes it the head; safe and finalized follow the head (a sequencer's blocks are
// final once CometBFT commits them). attrs.Transactions (the deposits) and then txs
// (the user txs that Filter kept, in the same order) are forced into the block. op-geth
// aborts the whole build if any of them is invalid; Build then returns an error wrapping
// ErrBuild and the head is unchanged (a failed step never moves the forkchoice). The one
// exception is ErrDurability: the database could not be synced after the head moved.
//
// The block comes out of op-geth's miner and is then imported by op-geth's block
// importer, which re-executes and validates it, exactly as forkchoiceUpdated with
// attributes, getPayload and newPayload would; but the calls are made in-process with
// the tx objects themselves rather than their encodings, so the senders txn.Decoder
// recovered (cached on each tx) are not recovered twice more, once per decode. That was
// a third of a 4-node devnet's CPU at 2,000 tx/s. The head then moves by the Engine
// API's forkchoiceUpdated.
//
// When Build returns successfully the block, its state and the head marker are synced
// to disk. ctx is checked before building; op-geth's calls themselves do not stop early.
// The tx pool is never used, whatever attrs.NoTxPool says.
func (e *Engine) Build(ctx context.Context, attrs *eth.PayloadAttributes, txs []*types.Transaction) (*eth.ExecutionPayloadEnvelope, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return nil, ErrClosed
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBuild, err)
	}
	parent := e.chain.CurrentBlock()
	if err := e.checkAttributes(parent, attrs); err != nil {
		return nil, err
	}
	forced := make(types.Transactions, 0, len(attrs.Transactions)+len(txs))
	for i, raw := range attrs.Transactions {
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(raw); err != nil {
			return nil, fmt.Errorf("%w: attributes transaction %d: %w", ErrInvalidAttributes, i, err)
		}
		forced = append(forced, tx)
	}
	forced = append(forced, txs...)
	gattrs := toEngineAttributes(attrs)
	start := time.Now()

	// 1. The miner builds the block from the forced txs alone, as it does for
	// forkchoiceUpdated with attributes and noTxPool.
	payload, err := e.backend.Miner().BuildPayload(ctx, &miner.BuildPayloadArgs{
		Parent:        parent.Hash(),
		Timestamp:     gattrs.Timestamp,
		FeeRecipient:  gattrs.SuggestedFeeRecipient,
		Random:        gattrs.Random,
		Withdrawals:   gattrs.Withdrawals,
		BeaconRoot:    gattrs.BeaconRoot,
		Version:       beacon.PayloadV3,
		NoTxPool:      true,
		Transactions:  forced,
		GasLimit:      gattrs.GasLimit,
		EIP1559Params: gattrs.EIP1559Params,
		MinBaseFee:    gattrs.MinBaseFee,
	}, false)
	if err != nil {
		return nil, fmt.Errorf("%w: build payload: %w", ErrBuild, err)
	}
	envelope := payload.ResolveFull()
	if envelope == nil || envelope.ExecutionPayload == nil {
		return nil, fmt.Errorf("%w: build payload: no block", ErrBuild)
	}
	built := time.Now()

	// 2. The block as newPayload would see it, checked against the builder's hash,
	// with the caller's tx objects (same hashes, in order) in place of decoded copies.
	block, err := e.importable(envelope, gattrs.BeaconRoot, forced)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBuild, err)
	}

	// 3. Import: op-geth re-executes and validates the block and stores it beside the
	// canonical chain; the head does not move yet.
	if _, err := e.chain.InsertBlockWithoutSetHead(ctx, block, false); err != nil {
		return nil, fmt.Errorf("%w: import %s: %w", ErrBuild, block.Hash(), err)
	}
	inserted := time.Now()

	// 4 and 5 as for a pool build: forkchoiceUpdated to the block, then a sync.
	if err := e.setHeadLocked(ctx, block.Hash()); err != nil {
		return nil, err
	}
	synced := time.Now()
	out, err := eth.BlockAsPayloadEnv(block, e.rollupCfg)
	if err != nil {
		return nil, fmt.Errorf("%w: encode block %s: %w", ErrBuild, block.Hash(), err)
	}
	e.log.Debug("built L2 block", "number", block.Number(), "hash", block.Hash(), "txs", len(forced),
		"gas_used", block.GasUsed(), "build", built.Sub(start), "insert", inserted.Sub(built),
		"sync", synced.Sub(inserted), "total", synced.Sub(start))
	return out, nil
}

// importable turns the builder's envelope into the block to import, made of txs (the
// forced txs the builder was given) rather than of copies decoded from the envelope,
// whose senders would have to be recovered again. The builder includes exactly the
// forced txs in order or fails; anything else is refused here.
func (e *Engine) importable(env *beacon.ExecutionPayloadEnvelope, beaconRoot *common.Hash, txs types.Transactions) (*types.Block, error) {
	requests := make([][]byte, 0, len(env.Requests))
	for _, r := range env.Requests {
		requests = append(requests, r)
	}
	decoded, err := beacon.ExecutableDataToBlock(*env.ExecutionPayload, []common.Hash{}, beaconRoot, requests, e.chainCfg)
	if err != nil {
		return nil, fmt.Errorf("built payload %s: %w", env.ExecutionPayload.BlockHash, err)
	}
	got := decoded.Transactions()
	if len(got) != len(txs) {
		return nil, fmt.Errorf("built block %s has %d txs, %d were forced", decoded.Hash(), len(got), len(txs))
	}
	for i, tx := range got {
		if tx.Hash() != txs[i].Hash() {
			return nil, fmt.Errorf("built block %s: tx %d is %s, forced %s", decoded.Hash(), i, tx.Hash(), txs[i].Hash())
		}
	}
	return decoded.WithBody(types.Body{Transactions: txs, Withdrawals: decoded.Withdrawals()}), nil
}

// PendingBuild is a block op-geth is building on the head, started by StartBuild and
// finished by SealBuild.
type PendingBuild struct {
	id        beacon.PayloadID
	parent    common.Hash
	number    uint64
	timestamp uint64
	noTxPool  bool
	// beaconRoot goes back into newPayload, which checks it against the block.
	beaconRoot *common.Hash
	started    time.Time
	built      time.Time
}

// Number is the number of the block being built.
func (b *PendingBuild) Number() uint64 { return b.number }

// Timestamp is the timestamp of the block being built.
func (b *PendingBuild) Timestamp() uint64 { return b.timestamp }

// StartBuild asks op-geth to build the next block on the head from attrs, as op-node's
// sequencer does at the start of a slot: forkchoiceUpdated with attributes. With
// attrs.NoTxPool false op-geth then fills the block from its tx pool in the background
// after the forced attrs.Transactions, rebuilding every Config.Recommit to take in new
// txs, until SealBuild takes the best block so far (without Config.TxPool the pool is
// always empty). With attrs.NoTxPool the block holds attrs.Transactions only, as in
// Build. Nothing moves the head until SealBuild.
//
// A build that is never sealed costs nothing lasting: op-geth stops it after the block
// time (at least 2 s) and forgets it.
func (e *Engine) StartBuild(ctx context.Context, attrs *eth.PayloadAttributes) (*PendingBuild, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.startLocked(ctx, attrs, attrs != nil && attrs.NoTxPool)
}

// SealBuild finishes b like Build finishes its block: getPayload (the best block
// op-geth has so far; it waits for the first one if none is complete yet), newPayload,
// forkchoiceUpdated to make it the head (safe and finalized too), then a database sync.
// The errors are Build's; it also fails with ErrBuild when the head is no longer b's
// parent (another block was built since StartBuild).
func (e *Engine) SealBuild(ctx context.Context, b *PendingBuild) (*eth.ExecutionPayloadEnvelope, error) {
	if b == nil {
		return nil, fmt.Errorf("%w: no pending build", ErrBuild)
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.sealLocked(ctx, b)
}

// startLocked is step 1 of a build. Callers hold e.mu.
func (e *Engine) startLocked(ctx context.Context, attrs *eth.PayloadAttributes, noTxPool bool) (*PendingBuild, error) {
	if e.closed {
		return nil, ErrClosed
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBuild, err)
	}
	parent := e.chain.CurrentBlock()
	if err := e.checkAttributes(parent, attrs); err != nil {
		return nil, err
	}
	gattrs := toEngineAttributes(attrs)
	gattrs.NoTxPool = noTxPool
	start := time.Now()

	// 1. forkchoiceUpdated with attributes: with NoTxPool op-geth builds the block
	// synchronously; from the pool it starts building in the background. Either way the
	// payload is cached under the returned id, and head, safe and finalized stay put.
	keep := parentForkchoice(parent.Hash())
	res, err := e.api.ForkchoiceUpdatedV3(ctx, keep, gattrs)
	if err != nil {
		return nil, fmt.Errorf("%w: forkchoiceUpdatedV3 with attributes: %w", ErrBuild, apiError(err))
	}
	if res.PayloadStatus.Status != beacon.VALID || res.PayloadID == nil {
		return nil, fmt.Errorf("%w: forkchoiceUpdatedV3 with attributes: %s", ErrBuild, statusString(res.PayloadStatus))
	}
	return &PendingBuild{
		id:         *res.PayloadID,
		parent:     parent.Hash(),
		number:     parent.Number.Uint64() + 1,
		timestamp:  gattrs.Timestamp,
		noTxPool:   noTxPool,
		beaconRoot: gattrs.BeaconRoot,
		started:    start,
		built:      time.Now(),
	}, nil
}

// sealLocked is steps 2 to 5 of a build. Callers hold e.mu.
func (e *Engine) sealLocked(ctx context.Context, b *PendingBuild) (*eth.ExecutionPayloadEnvelope, error) {
	if e.closed {
		return nil, ErrClosed
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBuild, err)
	}
	if head := e.chain.CurrentBlock().Hash(); head != b.parent {
		return nil, fmt.Errorf("%w: head moved to %s since block %d was started on %s", ErrBuild, head, b.number, b.parent)
	}
	sealing := time.Now()

	// 2. getPayload: the version must match op-geth's view of the fork at the block's
	// timestamp, or it answers "Unsupported fork".
	envelope, err := e.getPayload(b.id, b.timestamp)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBuild, err)
	}
	payload := envelope.ExecutionPayload
	if payload.ParentHash != b.parent || payload.Timestamp != b.timestamp {
		return nil, fmt.Errorf("%w: payload %s has parent %s time %d, want parent %s time %d",
			ErrBuild, payload.BlockHash, payload.ParentHash, payload.Timestamp, b.parent, b.timestamp)
	}
	resolved := time.Now()

	// 3. newPayloadV4: op-geth re-executes and validates the block and stores it
	// beside the canonical chain; the head does not move yet.
	requests := make([]hexutil.Bytes, 0, len(envelope.Requests))
	for _, r := range envelope.Requests {
		requests = append(requests, r)
	}
	status, err := e.api.NewPayloadV4(ctx, *payload, []common.Hash{}, b.beaconRoot, requests)
	if err != nil {
		return nil, fmt.Errorf("%w: newPayloadV4 %s: %w", ErrBuild, payload.BlockHash, apiError(err))
	}
	if status.Status != beacon.VALID {
		return nil, fmt.Errorf("%w: newPayloadV4 %s: %s", ErrBuild, payload.BlockHash, statusString(status))
	}
	inserted := time.Now()

	if err := e.setHeadLocked(ctx, payload.BlockHash); err != nil {
		return nil, err
	}
	synced := time.Now()

	block := e.chain.GetBlockByHash(payload.BlockHash)
	if block == nil {
		return nil, fmt.Errorf("%w: new head %s not in the database", ErrBuild, payload.BlockHash)
	}
	out, err := eth.BlockAsPayloadEnv(block, e.rollupCfg)
	if err != nil {
		return nil, fmt.Errorf("%w: encode block %s: %w", ErrBuild, payload.BlockHash, err)
	}
	// build: forkchoiceUpdated with attributes (the whole build without the pool);
	// resolve: getPayload (waits for op-geth's first pool build if none is done yet).
	e.log.Debug("built L2 block", "number", payload.Number, "hash", payload.BlockHash,
		"txs", len(payload.Transactions), "gas_used", payload.GasUsed, "tx_pool", !b.noTxPool,
		"build", b.built.Sub(b.started), "resolve", resolved.Sub(sealing), "insert", inserted.Sub(resolved),
		"sync", synced.Sub(inserted), "total", synced.Sub(sealing)+b.built.Sub(b.started))
	return out, nil
}

// setHeadLocked makes the imported block hash the head, safe and finalized with
// forkchoiceUpdated, then syncs the database. Callers hold e.mu.
func (e *Engine) setHeadLocked(ctx context.Context, hash common.Hash) error {
	// 4. forkchoiceUpdated to the new block: now it is the head, safe and finalized.
	res, err := e.api.ForkchoiceUpdatedV3(ctx, parentForkchoice(hash), nil)
	if err != nil {
		return fmt.Errorf("%w: forkchoiceUpdatedV3 to %s: %w", ErrBuild, hash, apiError(err))
	}
	if res.PayloadStatus.Status != beacon.VALID {
		return fmt.Errorf("%w: forkchoiceUpdatedV3 to %s: %s", ErrBuild, hash, statusString(res.PayloadStatus))
	}
	if head := e.chain.CurrentBlock(); head.Hash() != hash {
		return fmt.Errorf("%w: head is %s after forkchoice update to %s", ErrBuild, head.Hash(), hash)
	}

	// 5. fsync the database's write-ahead log. op-geth writes with NoSync, and the WAL
	// is flushed by a background goroutine: a process killed right after a build came
	// back without the last blocks (measured: head 1 of 3). CometBFT treats a committed
	// block as executed, so it must be on disk before Build returns.
	if err := e.backend.ChainDb().SyncKeyValue(); err != nil {
		return fmt.Errorf("%w: %w: block %s is the head but may not survive a crash: %w",
			ErrBuild, ErrDurability, hash, err)
	}
	return nil
}

// checkAttributes rejects attributes that op-geth would reject, with a clearer error and
// before any Engine API call.
func (e *Engine) checkAttributes(parent *types.Header, attrs *eth.PayloadAttributes) error {
	switch {
	case attrs == nil:
		return fmt.Errorf("%w: nil", ErrInvalidAttributes)
	case uint64(attrs.Timestamp) <= parent.Time:
		return fmt.Errorf("%w: timestamp %d not after parent %d (block %d)", ErrInvalidAttributes, attrs.Timestamp, parent.Time, parent.Number)
	case attrs.GasLimit == nil:
		return fmt.Errorf("%w: missing gas limit", ErrInvalidAttributes)
	case attrs.ParentBeaconBlockRoot == nil:
		return fmt.Errorf("%w: missing parent beacon block root", ErrInvalidAttributes)
	case attrs.Withdrawals == nil:
		return fmt.Errorf("%w: missing (empty) withdrawals", ErrInvalidAttributes)
	case attrs.EIP1559Params == nil && e.chainCfg.IsHolocene(uint64(attrs.Timestamp)):
		return fmt.Errorf("%w: missing eip1559Params (Holocene)", ErrInvalidAttributes)
	case attrs.MinBaseFee == nil && e.chainCfg.IsJovian(uint64(attrs.Timestamp)):
		return fmt.Errorf("%w: missing minBaseFee (Jovian)", ErrInvalidAttributes)
	case len(*attrs.Withdrawals) != 0 && e.chainCfg.IsCanyon(uint64(attrs.Timestamp)):
		return fmt.Errorf("%w: withdrawals after Canyon", ErrInvalidAttributes)
	}
	// The Engine API's own checks, which Build's in-process call to the miner skips.
	if e.chainCfg.IsHolocene(uint64(attrs.Timestamp)) {
		if err := eip1559.ValidateHolocene1559Params(attrs.EIP1559Params[:]); err != nil {
			return fmt.Errorf("%w: eip1559Params: %w", ErrInvalidAttributes, err)
		}
	}
	return nil
}

func (e *Engine) getPayload(id beacon.PayloadID, timestamp uint64) (*beacon.ExecutionPayloadEnvelope, error) {
	var (
		env *beacon.ExecutionPayloadEnvelope
		err error
	)
	switch fork := e.chainCfg.LatestFork(timestamp); fork {
	case forks.Osaka, forks.BPO1, forks.BPO2, forks.BPO3, forks.BPO4, forks.BPO5:
		env, err = e.api.GetPayloadV5(id)
	case forks.Prague:
		env, err = e.api.GetPayloadV4(id)
	default:
		return nil, fmt.Errorf("getPayload: fork %v at %d not supported (need Isthmus/Prague or later)", fork, timestamp)
	}
	if err != nil {
		return nil, fmt.Errorf("getPayload %s: %w", id, apiError(err))
	}
	if env == nil || env.ExecutionPayload == nil {
		return nil, fmt.Errorf("getPayload %s: empty envelope", id)
	}
	return env, nil
}

// parentForkchoice points head, safe and finalized at the same block.
func parentForkchoice(h common.Hash) beacon.ForkchoiceStateV1 {
	return beacon.ForkchoiceStateV1{HeadBlockHash: h, SafeBlockHash: h, FinalizedBlockHash: h}
}

// toEngineAttributes maps op-node's attribute type onto op-geth's, field by field (the
// JSON of both is the engine_forkchoiceUpdatedV3 wire format).
func toEngineAttributes(a *eth.PayloadAttributes) *beacon.PayloadAttributes {
	out := &beacon.PayloadAttributes{
		Timestamp:             uint64(a.Timestamp),
		Random:                common.Hash(a.PrevRandao),
		SuggestedFeeRecipient: a.SuggestedFeeRecipient,
		BeaconRoot:            a.ParentBeaconBlockRoot,
		NoTxPool:              a.NoTxPool,
		MinBaseFee:            a.MinBaseFee,
	}
	if a.Withdrawals != nil {
		out.Withdrawals = append(make([]*types.Withdrawal, 0, len(*a.Withdrawals)), *a.Withdrawals...)
	}
	if len(a.Transactions) > 0 {
		out.Transactions = make([][]byte, len(a.Transactions))
		for i, tx := range a.Transactions {
			out.Transactions[i] = tx
		}
	}
	if a.GasLimit != nil {
		gl := uint64(*a.GasLimit)
		out.GasLimit = &gl
	}
	if a.EIP1559Params != nil {
		out.EIP1559Params = append([]byte(nil), a.EIP1559Params[:]...)
	}
	return out
}

// apiError surfaces the cause that op-geth's Engine API errors keep only in their JSON
// error data: Error() of "Invalid payload attributes" alone does not say which tx failed.
func apiError(err error) error {
	var apiErr *beacon.EngineAPIError
	if errors.As(err, &apiErr) {
		if data := apiErr.ErrorData(); data != nil {
			return fmt.Errorf("%w: %+v", err, data)
		}
	}
	return err
}

func statusString(s beacon.PayloadStatusV1) string {
	if s.ValidationError != nil {
		return fmt.Sprintf("%s: %s", s.Status, *s.ValidationError)
	}
	return s.Status
}

func sameTime(a, b *uint64) bool {
	return a == b || (a != nil && b != nil && *a == *b)
}

func fmtTime(t *uint64) string {
	if t == nil {
		return "unset"
	}
	return strconv.FormatUint(*t, 10)
}

func splitHostPort(addr string) (string, int, error) {
	host, portStr, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, fmt.Errorf("HTTPAddr %q: %w", addr, err)
	}
	port, err := strconv.ParseUint(portStr, 10, 16)
	if err != nil {
		return "", 0, fmt.Errorf("HTTPAddr %q: bad port: %w", addr, err)
	}
	if host == "" {
		// An empty host would disable geth's HTTP server; "listen everywhere" is explicit.
		host = "0.0.0.0"
	}
	return host, int(port), nil
}
