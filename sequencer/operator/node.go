package operator

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"sync"
	"time"

	dbm "github.com/cometbft/cometbft-db"
	abci "github.com/cometbft/cometbft/abci/types"
	cmtcfg "github.com/cometbft/cometbft/config"
	cmtmempool "github.com/cometbft/cometbft/mempool"
	cmtnode "github.com/cometbft/cometbft/node"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"
	"github.com/cometbft/cometbft/proxy"
	"github.com/cometbft/cometbft/rpc/client/local"
	coretypes "github.com/cometbft/cometbft/rpc/core/types"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/txpool/legacypool"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nodeop/nodeop/batcher/submit"
	"github.com/nodeop/nodeop/internal/txn"
	"github.com/nodeop/nodeop/rollup/executor"
	"github.com/nodeop/nodeop/sequencer"
	"github.com/nodeop/nodeop/sequencer/batching"
	"github.com/nodeop/nodeop/sequencer/ingress"
)

// Node is a running operator node.
type Node struct {
	cfg     Config
	log     *slog.Logger
	app     *sequencer.App
	exec    *executor.Executor
	comet   *cmtnode.Node
	dbs     *lateCloser
	local   *local.Local
	ingress *ingress.Server
	metrics *metricsServer
	diss    Disseminator
	batches *batchParts
	// stopSubmit ends the submitter; submitDone closes when it has.
	stopSubmit context.CancelFunc
	submitDone <-chan struct{}
}

// Start opens the node's state in cfg.Home and starts CometBFT and the
// ingress. The keys and genesis must already be in place (devnet.Init or
// `nodeop init` writes them).
func Start(cfg Config, log *slog.Logger) (_ *Node, err error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	log = log.With("node", cfg.Moniker)
	ccfg := cometConfig(cfg)
	genDoc, err := cmttypes.GenesisDocFromFile(ccfg.GenesisFile())
	if err != nil {
		return nil, fmt.Errorf("operator: %w (initialise the node first)", err)
	}
	params, err := sequencer.ParseGenesis(genDoc.AppState)
	if err != nil {
		return nil, err
	}
	exec, err := openExecutor(context.Background(), cfg, params, log)
	if err != nil {
		return nil, err
	}
	var bp *batchParts
	var batchesHook sequencer.Batches
	if params.Batches != nil {
		if bp, err = openBatches(context.Background(), cfg, params, genDoc.Validators, exec, log); err != nil {
			exec.Close()
			return nil, err
		}
		batchesHook = bp.pipeline
		defer func() {
			if err != nil {
				bp.close()
			}
		}()
	}
	reg := newRegistry()
	app, err := sequencer.New(sequencer.Config{Genesis: params, Mempool: cfg.mempool(), Logger: log, Metrics: sequencer.NewMetrics(reg), Batches: batchesHook}, exec)
	if err != nil {
		exec.Close()
		return nil, err
	}
	defer func() {
		if err != nil {
			app.Close()
		}
	}()

	keyFile, stateFile, nodeKeyFile := ccfg.PrivValidatorKeyFile(), ccfg.PrivValidatorStateFile(), ccfg.NodeKeyFile()
	for _, f := range []string{keyFile, stateFile, nodeKeyFile} {
		if _, err := os.Stat(f); err != nil {
			return nil, fmt.Errorf("operator: %w (initialise the node first)", err)
		}
	}
	nodeKey, err := p2p.LoadNodeKey(nodeKeyFile)
	if err != nil {
		return nil, fmt.Errorf("operator: load node key: %w", err)
	}
	dbs := &lateCloser{}
	defer func() {
		if err != nil {
			dbs.closeAll()
		}
	}()
	comet, err := cmtnode.NewNode(ccfg,
		privval.LoadFilePV(keyFile, stateFile),
		nodeKey,
		proxy.NewConnSyncLocalClientCreator(app),
		func() (*cmttypes.GenesisDoc, error) { return genDoc, nil },
		dbs.provide,
		cometMetrics(reg, ccfg.Instrumentation.Namespace),
		cometLogger{log.With("module", "cometbft")},
	)
	if err != nil {
		return nil, fmt.Errorf("operator: create cometbft node: %w", err)
	}
	if err := comet.Start(); err != nil {
		return nil, fmt.Errorf("operator: start cometbft: %w", err)
	}
	n := &Node{cfg: cfg, log: log, app: app, exec: exec, comet: comet, dbs: dbs, local: local.New(comet), batches: bp}
	n.diss = &cometMempool{mempool: comet.Mempool(), app: app}
	apis := exec.Engine().APIs()
	if bp != nil {
		apis = append(apis, bp.apis()...)
	}
	n.ingress, err = ingress.New(ingress.Config{Addr: cfg.RPCAddr, Extra: apis}, n, log)
	if err != nil {
		n.stopComet()
		return nil, err
	}
	n.ingress.Start()
	if bp != nil && bp.keys != nil && cfg.Submit {
		ctx, cancel := context.WithCancel(context.Background())
		n.stopSubmit = cancel
		if n.submitDone, err = bp.startSubmitter(ctx, cfg, params, log); err != nil {
			cancel()
			n.stopSubmit = nil
			n.Stop()
			return nil, err
		}
	}
	if cfg.MetricsAddr != "" {
		app.RegisterPool(reg)
		if n.metrics, err = serveMetrics(cfg.MetricsAddr, reg, log); err != nil {
			n.Stop()
			return nil, err
		}
	}
	log.Info("operator node started", "rpc", n.RPCAddr(), "p2p", cfg.P2PAddr, "node_id", nodeKey.ID())
	return n, nil
}

func cometConfig(cfg Config) *cmtcfg.Config {
	c := cmtcfg.DefaultConfig()
	c.SetRoot(cfg.CometHome())
	c.Moniker = cfg.Moniker
	c.P2P.ListenAddress = "tcp://" + cfg.P2PAddr
	c.P2P.ExternalAddress = cfg.ExternalAddr
	c.P2P.PersistentPeers = strings.Join(cfg.Peers, ",")
	// Operators are few and known: no address book strictness, no peer
	// exchange, and room for the tx gossip a busy rollup produces.
	c.P2P.AddrBookStrict = false
	c.P2P.AllowDuplicateIP = true
	c.P2P.PexReactor = false
	c.P2P.SendRate = 50 << 20
	c.P2P.RecvRate = 50 << 20
	c.P2P.FlushThrottleTimeout = 10 * time.Millisecond
	c.RPC.ListenAddress = ""
	if cfg.CometRPCAddr != "" {
		c.RPC.ListenAddress = "tcp://" + cfg.CometRPCAddr
	}
	c.Consensus.TimeoutCommit = cfg.BlockTime.Duration
	c.Consensus.TimeoutPropose = cfg.ProposeTimeout.Duration
	c.Consensus.CreateEmptyBlocks = true
	c.Consensus.PeerQueryMaj23SleepDuration = 500 * time.Millisecond
	c.Mempool.Recheck = true // answered from the app pool's membership; see App.CheckTx
	c.Mempool.Size = cfg.Mempool.MaxTotal
	c.Mempool.CacheSize = 4 * cfg.Mempool.MaxTotal
	c.Mempool.MaxTxBytes = txn.DefaultMaxSize
	// Metrics are served by the node's own server (MetricsAddr), not by
	// CometBFT's, which would use the process-global registry.
	c.Instrumentation.Prometheus = false
	c.TxIndex.Indexer = "null"
	return c
}

// Disseminator carries an admitted transaction from this node to the
// others. CometBFT's flood mempool is the first implementation; bundling
// several txs per CometBFT tx can replace it without touching the ingress.
type Disseminator interface {
	Submit(ctx context.Context, raw []byte) error
}

// cometMempool submits through CometBFT's mempool, which runs the app's
// CheckTx and gossips what it accepts.
type cometMempool struct {
	mempool cmtmempool.Mempool
	app     *sequencer.App
}

func (m *cometMempool) Submit(ctx context.Context, raw []byte) error {
	res := make(chan *abci.ResponseCheckTx, 1)
	err := m.mempool.CheckTx(raw, func(r *abci.ResponseCheckTx) { res <- r }, cmtmempool.TxInfo{})
	var tooLarge cmtmempool.ErrTxTooLarge
	var full cmtmempool.ErrMempoolIsFull
	switch {
	case err == nil:
	case errors.Is(err, cmtmempool.ErrTxInCache):
		return m.app.Known(raw)
	case errors.As(err, &tooLarge):
		return fmt.Errorf("%w: transaction size %d, limit %d", txpool.ErrOversizedData, tooLarge.Actual, tooLarge.Max)
	case errors.As(err, &full):
		return fmt.Errorf("%w: %v", legacypool.ErrTxPoolOverflow, full)
	default:
		return fmt.Errorf("submit to mempool: %w", err)
	}
	select {
	case r := <-res:
		return sequencer.CheckTxError(r)
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Stop shuts the ingress, CometBFT and the app state down, in that order.
func (n *Node) Stop() error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if n.stopSubmit != nil {
		n.stopSubmit()
		<-n.submitDone
	}
	err := n.ingress.Close(ctx)
	if n.metrics != nil {
		err = errors.Join(err, n.metrics.srv.Shutdown(ctx))
	}
	return errors.Join(err, n.stopComet())
}

func (n *Node) stopComet() error {
	var err error
	if n.comet.IsRunning() {
		err = n.comet.Stop()
		n.comet.Wait()
	}
	// CometBFT v0.38's reactor goroutines can outlive Stop and read the
	// block store once more (consensus queryMaj23Routine, blocksync
	// poolRoutine: cometbft#1878); a closed store panics the process.
	// Closing after they have seen the stop avoids it.
	time.Sleep(dbCloseGrace)
	err = errors.Join(err, n.dbs.closeAll(), n.app.Close())
	if n.batches != nil {
		n.batches.close()
	}
	return err
}

// dbCloseGrace exceeds the longest sleep in CometBFT's per-peer routines
// (PeerQueryMaj23SleepDuration, set below).
const dbCloseGrace = 700 * time.Millisecond

// lateCloser hands CometBFT its databases with Close deferred to the
// operator, which closes them after dbCloseGrace.
type lateCloser struct {
	mu  sync.Mutex
	dbs []dbm.DB
}

type closeDeferred struct{ dbm.DB }

func (closeDeferred) Close() error { return nil }

func (l *lateCloser) provide(ctx *cmtcfg.DBContext) (dbm.DB, error) {
	db, err := cmtcfg.DefaultDBProvider(ctx)
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.dbs = append(l.dbs, db)
	return closeDeferred{db}, nil
}

func (l *lateCloser) closeAll() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	var errs []error
	for _, db := range l.dbs {
		errs = append(errs, db.Close())
	}
	l.dbs = nil
	return errors.Join(errs...)
}

func valsOf(r *coretypes.ResultValidators) []*cmttypes.Validator {
	if r == nil {
		return nil
	}
	return r.Validators
}

// BatchStatus is sequencer_status's batches part.
type BatchStatus struct {
	batching.Summary
	Operator  *common.Address `json:"operator,omitempty"`
	Submitter *submit.Status  `json:"submitter,omitempty"`
}

func (n *Node) batchStatus() BatchStatus {
	st := BatchStatus{Summary: n.batches.pipeline.Summary()}
	if n.batches.keys != nil {
		a := n.batches.keys.Address()
		st.Operator = &a
	}
	if n.batches.submitter != nil {
		s := n.batches.submitter.Status()
		st.Submitter = &s
	}
	return st
}

// Batches exposes the batch pipeline (nil on a chain without batches).
func (n *Node) Batches() *batching.Pipeline {
	if n.batches == nil {
		return nil
	}
	return n.batches.pipeline
}

// RPCAddr is the ingress address (host:port).
func (n *Node) RPCAddr() string { return n.ingress.Addr().String() }

// Comet exposes the CometBFT node (block store, switch) to tests and tools.
func (n *Node) Comet() *cmtnode.Node { return n.comet }

// App exposes the ABCI app.
func (n *Node) App() *sequencer.App { return n.app }

// ingress.Backend

func (n *Node) ChainID() *big.Int { return n.app.ChainID() }

func (n *Node) SendRawTransaction(ctx context.Context, raw []byte) (common.Hash, error) {
	if err := n.diss.Submit(ctx, raw); err != nil {
		return common.Hash{}, err
	}
	// The decoder refuses non-canonical encodings, so this is the tx hash.
	return crypto.Keccak256Hash(raw), nil
}

func (n *Node) NonceAt(ctx context.Context, addr common.Address, at rpc.BlockNumberOrHash) (uint64, error) {
	var nonce hexutil.Uint64
	err := n.exec.Engine().RPC().CallContext(ctx, &nonce, "eth_getTransactionCount", addr, at)
	return uint64(nonce), err
}

func (n *Node) PendingNonce(addr common.Address) uint64 { return n.app.Pool().PendingNonce(addr) }

func (n *Node) Status(ctx context.Context) (*ingress.Status, error) {
	st, err := n.local.Status(ctx)
	if err != nil {
		return nil, fmt.Errorf("cometbft status: %w", err)
	}
	height := st.SyncInfo.LatestBlockHeight
	// Before the first block (and while CometBFT still syncs at start)
	// there is no validator set to ask for: the status goes out without
	// one rather than failing.
	var vals *coretypes.ResultValidators
	if height > 0 {
		if vals, err = n.local.Validators(ctx, &height, nil, nil); err != nil {
			return nil, fmt.Errorf("cometbft validators: %w", err)
		}
	}
	net, err := n.local.NetInfo(ctx)
	if err != nil {
		return nil, fmt.Errorf("cometbft net info: %w", err)
	}
	pending, future := n.app.Pool().Stats()
	out := &ingress.Status{
		ChainID:       hexutil.Uint64(n.app.ChainID().Uint64()),
		CometChainID:  st.NodeInfo.Network,
		NodeID:        string(st.NodeInfo.DefaultNodeID),
		Height:        hexutil.Uint64(uint64(height)),
		LastBlockHash: []byte(st.SyncInfo.LatestBlockHash),
		AppHash:       []byte(st.SyncInfo.LatestAppHash),
		CatchingUp:    st.SyncInfo.CatchingUp,
		Peers:         net.NPeers,
		Mempool:       ingress.MempoolStatus{Pending: pending, Future: future},
	}
	for _, v := range valsOf(vals) {
		out.Validators = append(out.Validators, ingress.Validator{Address: []byte(v.Address), PubKey: v.PubKey.Bytes(), Power: v.VotingPower})
	}
	if n.batches != nil {
		out.Batches = n.batchStatus()
	}
	return out, nil
}
