// Package central is the benchmark's baseline: one centralized OP-Stack sequencer as
// rollups run it today. op-geth's own tx pool takes eth_sendRawTransaction, and every
// block time the sequencer drives op-geth through the engine API exactly as op-node's
// sequencer does: forkchoiceUpdated with payload attributes (the L1-info deposit,
// NoTxPool false) at the start of the slot, then getPayload, newPayload and
// forkchoiceUpdated at its end. No consensus, no app mempool: what a nodeop set adds
// is measured against this.
package central

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum-optimism/optimism/op-service/client"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum-optimism/optimism/op-service/sources"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/nodeop/nodeop/rollup/engine"
	"github.com/nodeop/nodeop/rollup/origin"
)

// ErrInvalidConfig is wrapped by every configuration error of Start.
var ErrInvalidConfig = errors.New("invalid central sequencer config")

const (
	// l1Timeout bounds each L1 request made to choose an origin; without an answer
	// the sequencer holds the origin for the slot, as derivation allows.
	l1Timeout = 2 * time.Second
	// prepareTimeout bounds the retries of one slot's attributes, so that an origin
	// that vanished from L1 (a reorg) is chosen again instead of waited for forever.
	prepareTimeout = 10 * time.Second
	// minRecommit keeps op-geth from rebuilding the payload back to back.
	minRecommit = 50 * time.Millisecond
)

// L1 is the sequencer's view of L1, the same one rollup/executor uses: op-service's
// L1Client satisfies it.
type L1 interface {
	derive.L1ReceiptsFetcher
	L1BlockRefByNumber(ctx context.Context, num uint64) (eth.L1BlockRef, error)
	L1BlockRefByLabel(ctx context.Context, label eth.BlockLabel) (eth.L1BlockRef, error)
}

// Config configures a central sequencer.
type Config struct {
	// DataDir holds the L2 chain database; "" keeps it in memory (tests only).
	DataDir string
	// Genesis and Rollup are the L2 genesis and its rollup config (rollup/genesis).
	Genesis *core.Genesis
	Rollup  *rollup.Config
	// L1ChainConfig is the L1's chain config (blob fee parameters for the L1-info).
	L1ChainConfig *params.ChainConfig
	// L1 is the sequencer's L1 client. When nil, L1RPC is dialed with op-service's
	// L1 client, which Stop closes.
	L1    L1
	L1RPC string
	// ConfDepth is how many L1 blocks must follow one before it becomes an origin.
	ConfDepth uint64
	// BlockTime paces the slots. It must equal the rollup's block time (0 takes that),
	// because block timestamps follow the rollup's and a block is sealed no earlier than
	// its timestamp: any other pace would only drift from it.
	BlockTime time.Duration
	// Recommit is how often op-geth rebuilds the slot's payload to take in txs that
	// arrived since the last pass. 0 means BlockTime/4 (at least 50 ms): op-geth's own
	// default (2 s) would look at a 1 s slot's pool once, at its start, and add a block
	// of latency that a tuned sequencer does not have.
	Recommit time.Duration
	// HTTPAddr ("host:port") serves the eth, net, web3 and txpool namespaces over HTTP
	// and WebSocket on one port; "" means 127.0.0.1 on a free port.
	HTTPAddr string
	Logger   *slog.Logger
}

func (c *Config) check() error {
	var errs []error
	if c.Genesis == nil {
		errs = append(errs, errors.New("missing L2 genesis"))
	}
	if c.Rollup == nil {
		errs = append(errs, errors.New("missing rollup config"))
	} else {
		rollupTime := time.Duration(c.Rollup.BlockTime) * time.Second
		switch {
		case c.BlockTime == 0:
			c.BlockTime = rollupTime
		case c.BlockTime != rollupTime:
			errs = append(errs, fmt.Errorf("block time %v, the rollup's is %v", c.BlockTime, rollupTime))
		}
	}
	if c.L1ChainConfig == nil {
		errs = append(errs, errors.New("missing L1 chain config"))
	}
	if c.L1 == nil && c.L1RPC == "" {
		errs = append(errs, errors.New("missing L1 client or L1 RPC URL"))
	}
	if c.Recommit < 0 {
		errs = append(errs, fmt.Errorf("negative recommit interval %v", c.Recommit))
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w: %w", ErrInvalidConfig, errors.Join(errs...))
	}
	if c.Recommit == 0 {
		c.Recommit = max(c.BlockTime/4, minRecommit)
	}
	if c.HTTPAddr == "" {
		c.HTTPAddr = "127.0.0.1:0"
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return nil
}

// Sequencer is a running central sequencer.
type Sequencer struct {
	cfg     Config
	log     *slog.Logger
	engine  *engine.Engine
	l1      L1
	closeL1 func()
	attrs   *derive.FetchingAttributesBuilder

	cancel context.CancelFunc
	done   chan struct{}

	mu  sync.Mutex
	err error // what stopped the loop, if not Stop

	stopOnce sync.Once
	stopErr  error
}

// Start opens (or reopens) the L2 chain in cfg.DataDir and sequences blocks on it
// until ctx ends or Stop is called; Stop releases everything.
func Start(ctx context.Context, cfg Config) (*Sequencer, error) {
	if err := cfg.check(); err != nil {
		return nil, err
	}
	log := cfg.Logger
	eng, err := engine.Open(ctx, engine.Config{
		DataDir:      cfg.DataDir,
		Genesis:      cfg.Genesis,
		RollupConfig: cfg.Rollup,
		HTTPAddr:     cfg.HTTPAddr,
		TxPool:       true,
		Recommit:     cfg.Recommit,
	}, log.With("module", "l2"))
	if err != nil {
		return nil, fmt.Errorf("central: %w", err)
	}
	l1, closeL1 := cfg.L1, func() {}
	if l1 == nil {
		client, err := dialL1(ctx, cfg.L1RPC, log)
		if err != nil {
			return nil, errors.Join(err, eng.Close())
		}
		l1, closeL1 = client, client.Close
	}
	runCtx, cancel := context.WithCancel(ctx)
	s := &Sequencer{
		cfg:     cfg,
		log:     log,
		engine:  eng,
		l1:      l1,
		closeL1: closeL1,
		attrs:   derive.NewFetchingAttributesBuilder(cfg.Rollup, cfg.L1ChainConfig, nil, l1, eng),
		cancel:  cancel,
		done:    make(chan struct{}),
	}
	head := eng.Head()
	log.Info("central sequencer started", "head", head.Number, "head_hash", head.Hash(), "rpc", s.RPC(),
		"block_time", cfg.BlockTime, "recommit", cfg.Recommit, "l1_conf_depth", cfg.ConfDepth)
	go s.run(runCtx)
	return s, nil
}

// dialL1 connects op-service's L1 client (headers and receipts cached by hash, as
// op-node uses it). The connection is lazy: an L1 that is down only holds origins.
func dialL1(ctx context.Context, url string, log *slog.Logger) (*sources.L1Client, error) {
	rc, err := gethrpc.DialOptions(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("central: dial L1 %s: %w", url, err)
	}
	l1, err := sources.NewL1Client(client.NewBaseRPCClient(rc), gethlog.NewLogger(log.With("module", "l1").Handler()), nil,
		sources.L1ClientSimpleConfig(true, sources.RPCKindStandard, 256))
	if err != nil {
		rc.Close()
		return nil, fmt.Errorf("central: L1 client: %w", err)
	}
	return l1, nil
}

// RPC is the HTTP JSON-RPC endpoint; the WebSocket endpoint is the same port (WS).
func (s *Sequencer) RPC() string { return s.engine.HTTPEndpoint() }

// WS is the WebSocket JSON-RPC endpoint.
func (s *Sequencer) WS() string { return s.engine.WSEndpoint() }

// Head is a copy of the L2 head header.
func (s *Sequencer) Head() *types.Header { return s.engine.Head() }

// Err is the error that stopped block production, nil while it runs (or after Stop).
func (s *Sequencer) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// Stop ends block production, closes the L2 engine (its database is synced after
// every block anyway) and the L1 client it dialed. It returns the error that had
// stopped production, if any. Safe to call more than once.
func (s *Sequencer) Stop() error {
	s.stopOnce.Do(func() {
		s.cancel()
		<-s.done
		s.closeL1()
		head := s.engine.Head()
		s.stopErr = errors.Join(s.Err(), s.engine.Close())
		s.log.Info("central sequencer stopped", "head", head.Number, "head_hash", head.Hash())
	})
	return s.stopErr
}

// run makes one block per slot until ctx ends. A failed slot is tried again (a new
// head read, a new origin choice) after a pause; only an engine that is closed or can
// no longer persist blocks ends the loop.
func (s *Sequencer) run(ctx context.Context) {
	defer close(s.done)
	pause := 50 * time.Millisecond
	for {
		err := s.slot(ctx)
		switch {
		case err == nil:
			pause = 50 * time.Millisecond
			continue
		case ctx.Err() != nil:
			return
		case errors.Is(err, engine.ErrDurability) || errors.Is(err, engine.ErrClosed):
			s.log.Error("central sequencer halted", "err", err)
			s.mu.Lock()
			s.err = err
			s.mu.Unlock()
			return
		}
		s.log.Warn("slot failed; trying again", "err", err, "pause", pause)
		if sleepUntil(ctx, time.Now().Add(pause)) != nil {
			return
		}
		pause = min(2*pause, s.cfg.BlockTime)
	}
}

// slot builds the block after the head, on op-node's schedule: the block at timestamp
// T is started at T - block time (at once when behind) and sealed at T (at once when
// behind, as op-node does when catching up: op-geth then seals what its first pass
// over the pool took before getPayload interrupted it).
func (s *Sequencer) slot(ctx context.Context) error {
	parent, err := s.engine.HeadRef()
	if err != nil {
		return err
	}
	ts := parent.Time + s.cfg.Rollup.BlockTime
	if err := sleepUntil(ctx, time.Unix(int64(parent.Time), 0)); err != nil {
		return err
	}
	choice, err := s.chooseOrigin(ctx, parent, ts)
	if err != nil {
		return err
	}
	attrs, err := s.prepare(ctx, parent, choice.Origin.ID())
	if err != nil {
		return err
	}
	// Past the sequencer drift and in fork activation blocks derivation drops user txs,
	// so op-node leaves the pool out; origin.Select says which.
	attrs.NoTxPool = !choice.TxsAllowed
	build, err := s.engine.StartBuild(ctx, attrs)
	if err != nil {
		return fmt.Errorf("start L2 block %d: %w", parent.Number+1, err)
	}
	if err := sleepUntil(ctx, time.Unix(int64(ts), 0)); err != nil {
		return err
	}
	env, err := s.engine.SealBuild(ctx, build)
	if err != nil {
		return fmt.Errorf("seal L2 block %d: %w", build.Number(), err)
	}
	p := env.ExecutionPayload
	deposits := 0
	for _, tx := range p.Transactions {
		if len(tx) > 0 && tx[0] == types.DepositTxType {
			deposits++
		}
	}
	s.log.Info("sealed L2 block", "number", uint64(p.BlockNumber), "hash", p.BlockHash,
		"txs", len(p.Transactions)-deposits, "deposits", deposits, "gas_used", uint64(p.GasUsed),
		"l1_origin", choice.Origin.Number, "tx_pool", !attrs.NoTxPool, "late", time.Since(time.Unix(int64(ts), 0)).Round(time.Millisecond))
	return nil
}

// chooseOrigin picks the L1 origin of the block at ts on parent like the nodeop
// proposer does (origin.Select over this sequencer's L1 view), holding the parent's
// origin when L1 does not answer or no longer extends it.
func (s *Sequencer) chooseOrigin(ctx context.Context, parent eth.L2BlockRef, ts uint64) (origin.Choice, error) {
	cur, err := s.l1Ref(ctx, parent.L1Origin)
	if err != nil {
		return origin.Choice{}, err
	}
	next, l1Head := s.l1View(ctx, cur)
	choice, err := origin.Select(s.cfg.Rollup, cur, next, l1Head, s.cfg.ConfDepth, ts)
	if err != nil {
		s.log.Warn("L1 view does not extend the current origin; holding it", "number", parent.Number+1, "err", err)
		return origin.Select(s.cfg.Rollup, cur, nil, l1Head, s.cfg.ConfDepth, ts)
	}
	return choice, nil
}

// l1Ref is the parent's origin with its time, which the drift rule needs: the L1
// client has it cached after the first slot of the epoch.
func (s *Sequencer) l1Ref(ctx context.Context, id eth.BlockID) (eth.L1BlockRef, error) {
	ctx, cancel := context.WithTimeout(ctx, l1Timeout)
	defer cancel()
	info, err := s.l1.InfoByHash(ctx, id.Hash)
	if err != nil {
		return eth.L1BlockRef{}, fmt.Errorf("L1 origin %s of the head: %w", id, err)
	}
	return eth.InfoToL1BlockRef(info), nil
}

// l1View returns the L1 block after cur and the L1 head number, as far as L1 answers
// in time; nil and 0 when it does not.
func (s *Sequencer) l1View(ctx context.Context, cur eth.L1BlockRef) (*eth.L1BlockRef, uint64) {
	ctx, cancel := context.WithTimeout(ctx, l1Timeout)
	defer cancel()
	head, err := s.l1.L1BlockRefByLabel(ctx, eth.Unsafe)
	if err != nil {
		s.log.Warn("L1 head unavailable", "err", err)
		return nil, 0
	}
	if head.Number <= cur.Number {
		return nil, head.Number
	}
	next, err := s.l1.L1BlockRefByNumber(ctx, cur.Number+1)
	if err != nil {
		if !errors.Is(err, ethereum.NotFound) {
			s.log.Warn("next L1 block unavailable", "number", cur.Number+1, "err", err)
		}
		return nil, head.Number
	}
	// A successor that does not build on cur is left to origin.Select to refuse.
	return &next, head.Number
}

// prepare asks op-node's attributes builder, retrying what it marks temporary (an L1
// request that failed), for at most prepareTimeout.
func (s *Sequencer) prepare(ctx context.Context, parent eth.L2BlockRef, epoch eth.BlockID) (*eth.PayloadAttributes, error) {
	ctx, cancel := context.WithTimeout(ctx, prepareTimeout)
	defer cancel()
	backoff := 50 * time.Millisecond
	for attempt := 1; ; attempt++ {
		attrs, err := s.attrs.PreparePayloadAttributes(ctx, parent, epoch)
		if err == nil {
			return attrs, nil
		}
		if !errors.Is(err, derive.ErrTemporary) {
			return nil, fmt.Errorf("payload attributes on %s for epoch %s: %w", parent.ID(), epoch, err)
		}
		if attempt%20 == 0 {
			s.log.Warn("waiting for L1 to build the next L2 block", "epoch", epoch, "attempt", attempt, "err", err)
		}
		if sleepUntil(ctx, time.Now().Add(backoff)) != nil {
			return nil, fmt.Errorf("payload attributes for epoch %s: %w (last: %w)", epoch, ctx.Err(), err)
		}
		backoff = min(2*backoff, 2*time.Second)
	}
}

// sleepUntil waits for the wall clock to reach t, or for ctx to end.
func sleepUntil(ctx context.Context, t time.Time) error {
	d := time.Until(t)
	if d <= 0 {
		return ctx.Err()
	}
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-timer.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
