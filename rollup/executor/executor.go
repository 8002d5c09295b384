// Package executor turns the sequencer chain's decided blocks into L2 blocks:
// the proposer's choice of L1 origin (origin.Select over this node's L1
// view), its check by every validator (origin.Check), and execution through
// op-node's attributes builder and the embedded op-geth engine. The height
// of a CometBFT block is the number of the L2 block it becomes, and its
// app hash is that L2 block's hash.
package executor

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync/atomic"
	"time"

	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nodeop/nodeop/internal/txn"
	"github.com/nodeop/nodeop/rollup/engine"
	"github.com/nodeop/nodeop/rollup/origin"
	"github.com/nodeop/nodeop/sequencer"
	"github.com/nodeop/nodeop/sequencer/blockinfo"
)

// L1 is this node's view of L1: op-service's L1Client satisfies it.
type L1 interface {
	derive.L1ReceiptsFetcher
	L1BlockRefByNumber(ctx context.Context, num uint64) (eth.L1BlockRef, error)
	L1BlockRefByLabel(ctx context.Context, label eth.BlockLabel) (eth.L1BlockRef, error)
}

var (
	// ErrTimestamp: a proposal for the wrong L2 timestamp.
	ErrTimestamp = errors.New("L2 timestamp does not follow from the height")
	// ErrHeight: the engine's head is not the parent of the height asked for.
	ErrHeight = errors.New("height does not follow the L2 head")
)

// Config configures an Executor.
type Config struct {
	Rollup        *rollup.Config
	L1ChainConfig *params.ChainConfig
	// ConfDepth is how many L1 blocks must follow an L1 block before the
	// proposer adopts it as an origin (and a validator accepts it).
	ConfDepth uint64
	// L1Timeout bounds each L1 request on the proposal path, where waiting
	// would stall consensus; execution retries instead.
	L1Timeout time.Duration
	Logger    *slog.Logger
}

// Executor implements the sequencer's Executor over an L2 engine.
type Executor struct {
	cfg    Config
	log    *slog.Logger
	engine *engine.Engine
	l1     L1
	attrs  *derive.FetchingAttributesBuilder

	// daScalar is the DA footprint gas scalar of the head's L1-info, which
	// the next block most likely keeps: the proposer's budget, not a rule.
	daScalar atomic.Uint64
}

// New returns an executor building on eng with l1 as its view of L1.
func New(cfg Config, eng *engine.Engine, l1 L1) *Executor {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.L1Timeout == 0 {
		cfg.L1Timeout = 2 * time.Second
	}
	x := &Executor{
		cfg:    cfg,
		log:    cfg.Logger,
		engine: eng,
		l1:     l1,
		attrs:  derive.NewFetchingAttributesBuilder(cfg.Rollup, cfg.L1ChainConfig, nil, l1, eng),
	}
	x.daScalar.Store(uint64(cfg.Rollup.Genesis.SystemConfig.DAFootprintGasScalar))
	return x
}

// Engine is the L2 engine the executor builds on.
func (x *Executor) Engine() *engine.Engine { return x.engine }

func (x *Executor) Nonce(addr common.Address) uint64 { return x.engine.Nonce(addr) }

func (x *Executor) Balance(addr common.Address) *big.Int { return x.engine.Balance(addr) }

// DAFootprint is tx's Jovian DA footprint under the head's scalar (op-geth's
// CalcDAFootprint, per tx); op-node's default scalar before any is known.
func (x *Executor) DAFootprint(tx *txn.Tx) uint64 {
	if !x.cfg.Rollup.IsJovian(x.engine.Head().Time) {
		return 0
	}
	scalar := x.daScalar.Load()
	if scalar == 0 {
		scalar = derive.DAFootprintGasScalarDefault
	}
	return tx.Tx.RollupCostData().EstimatedDASize().Uint64() * scalar
}

// BaseFee is the base fee of the L2 block at height, which follows from its
// parent and timestamp alone: proposer and validators order by the same tips.
func (x *Executor) BaseFee(height int64) *big.Int {
	return x.engine.NextBaseFee(x.Timestamp(height))
}

// LastBlock reports the L2 head: its number is the last committed height.
func (x *Executor) LastBlock() (int64, []byte) {
	h := x.engine.Head()
	return h.Number.Int64(), h.Hash().Bytes()
}

// Timestamp is the L2 timestamp of height: set by the genesis and the block
// time alone, never by a clock, so all nodes agree on it.
func (x *Executor) Timestamp(height int64) uint64 {
	g := x.cfg.Rollup.Genesis
	return g.L2Time + (uint64(height)-g.L2.Number)*x.cfg.Rollup.BlockTime
}

// Propose chooses the block info for height. Without a usable L1 view it
// keeps the parent's origin, which derivation allows within the drift, so
// an L1 outage slows epochs, not blocks.
func (x *Executor) Propose(ctx context.Context, height int64) (blockinfo.Info, bool, error) {
	cur, err := x.parentOrigin(ctx, height)
	if err != nil {
		return blockinfo.Info{}, false, err
	}
	ts := x.Timestamp(height)
	// Blocks follow the L2 clock: the proposer waits for its block's
	// timestamp, so a fast set does not run the chain into the future.
	// It is the proposer's own pacing; validators never judge by clocks.
	if wait := time.Until(time.Unix(int64(ts), 0)); wait > 0 {
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return blockinfo.Info{}, false, ctx.Err()
		}
	}
	next, l1Head := x.l1View(ctx, cur)
	choice, err := origin.Select(x.cfg.Rollup, cur, next, l1Head, x.cfg.ConfDepth, ts)
	if err != nil {
		// An L1 reorg under our feet: hold the origin this round.
		x.log.Warn("L1 view does not extend the current origin; holding it", "height", height, "err", err)
		choice, err = origin.Select(x.cfg.Rollup, cur, nil, l1Head, x.cfg.ConfDepth, ts)
		if err != nil {
			return blockinfo.Info{}, false, err
		}
	}
	return blockinfo.Info{Timestamp: ts, L1OriginNumber: choice.Origin.Number, L1OriginHash: choice.Origin.Hash}, choice.TxsAllowed, nil
}

// Verify is ProcessProposal's check of a proposed block info.
func (x *Executor) Verify(ctx context.Context, height int64, info blockinfo.Info, hasTxs bool) error {
	if want := x.Timestamp(height); info.Timestamp != want {
		return fmt.Errorf("%w: height %d has L2 time %d, proposed %d", ErrTimestamp, height, want, info.Timestamp)
	}
	cur, err := x.parentOrigin(ctx, height)
	if err != nil {
		return err
	}
	proposed := eth.L1BlockRef{Number: info.L1OriginNumber, Hash: info.L1OriginHash}
	var next *eth.L1BlockRef
	var l1Head uint64
	if proposed.ID() == cur.ID() {
		// Holding needs no L1 view, except past the drift, where whether
		// the next L1 block exists decides.
		proposed = cur
		if info.Timestamp > cur.Time+rollup.NewChainSpec(x.cfg.Rollup).MaxSequencerDrift(cur.Time) {
			next, l1Head = x.l1View(ctx, cur)
		}
	} else {
		next, l1Head = x.l1View(ctx, cur)
		if next != nil && next.Hash == proposed.Hash {
			proposed = *next
		}
	}
	return origin.Check(x.cfg.Rollup, cur, proposed, next, l1Head, x.cfg.ConfDepth, info.Timestamp, hasTxs)
}

// parentOrigin is the L1 origin of height's parent: read from the parent's
// L1-info deposit, so that it needs no L1 request; only the L2 genesis,
// which has none, asks L1.
func (x *Executor) parentOrigin(ctx context.Context, height int64) (eth.L1BlockRef, error) {
	head := x.engine.Head()
	if head.Number.Int64() != height-1 {
		return eth.L1BlockRef{}, fmt.Errorf("%w: head %d, height %d", ErrHeight, head.Number, height)
	}
	g := x.cfg.Rollup.Genesis
	if head.Number.Uint64() == g.L2.Number {
		ctx, cancel := context.WithTimeout(ctx, x.cfg.L1Timeout)
		defer cancel()
		info, err := x.l1.InfoByHash(ctx, g.L1.Hash)
		if err != nil {
			return eth.L1BlockRef{}, fmt.Errorf("L1 genesis origin %s: %w", g.L1, err)
		}
		return eth.InfoToL1BlockRef(info), nil
	}
	env, err := x.engine.PayloadByNumber(head.Number.Uint64())
	if err != nil {
		return eth.L1BlockRef{}, err
	}
	txs := env.ExecutionPayload.Transactions
	if len(txs) == 0 {
		return eth.L1BlockRef{}, fmt.Errorf("L2 block %d has no L1-info deposit", head.Number)
	}
	var deposit types.Transaction
	if err := deposit.UnmarshalBinary(txs[0]); err != nil {
		return eth.L1BlockRef{}, fmt.Errorf("L2 block %d L1-info deposit: %w", head.Number, err)
	}
	info, err := derive.L1BlockInfoFromBytes(x.cfg.Rollup, head.Time, deposit.Data())
	if err != nil {
		return eth.L1BlockRef{}, fmt.Errorf("L2 block %d L1-info: %w", head.Number, err)
	}
	x.daScalar.Store(uint64(info.DAFootprintGasScalar))
	return eth.L1BlockRef{Number: info.Number, Hash: info.BlockHash, Time: info.Time}, nil
}

// l1View returns the L1 block after cur and the L1 head number, as far as
// this node's L1 answers in time; nil and 0 when it does not.
func (x *Executor) l1View(ctx context.Context, cur eth.L1BlockRef) (*eth.L1BlockRef, uint64) {
	ctx, cancel := context.WithTimeout(ctx, x.cfg.L1Timeout)
	defer cancel()
	head, err := x.l1.L1BlockRefByLabel(ctx, eth.Unsafe)
	if err != nil {
		x.log.Warn("L1 head unavailable", "err", err)
		return nil, 0
	}
	if head.Number <= cur.Number {
		return nil, head.Number
	}
	next, err := x.l1.L1BlockRefByNumber(ctx, cur.Number+1)
	if err != nil {
		if !errors.Is(err, ethereum.NotFound) {
			x.log.Warn("next L1 block unavailable", "number", cur.Number+1, "err", err)
		}
		return nil, head.Number
	}
	if next.ParentHash != cur.Hash {
		// L1 reorged past the current origin: there is no successor to
		// adopt, for the proposer and the validator alike, so both judge
		// the block by holding the origin.
		x.log.Warn("L1 no longer extends the current origin", "origin", cur.ID(), "next", next.ID(), "next_parent", next.ParentHash)
		return nil, head.Number
	}
	return &next, head.Number
}

// Execute builds the L2 block of height from info and the ordered user txs.
// The origin was accepted by 2/3 of the set, so it exists on L1; if this
// node's L1 has not seen it yet, execution waits for it (temporary errors
// retry until ctx ends) rather than fail a decided block.
func (x *Executor) Execute(ctx context.Context, height int64, info blockinfo.Info, txs []*txn.Tx) (*sequencer.Execution, error) {
	parent, err := x.engine.HeadRef()
	if err != nil {
		return nil, err
	}
	if int64(parent.Number) != height-1 {
		return nil, fmt.Errorf("%w: head %d, height %d", ErrHeight, parent.Number, height)
	}
	epoch := eth.BlockID{Number: info.L1OriginNumber, Hash: info.L1OriginHash}
	attrs, err := x.prepare(ctx, parent, epoch)
	if err != nil {
		return nil, err
	}
	if uint64(attrs.Timestamp) != info.Timestamp {
		return nil, fmt.Errorf("%w: attributes at %d, block info %d", ErrTimestamp, attrs.Timestamp, info.Timestamp)
	}
	user := make([]*types.Transaction, len(txs))
	for i, tx := range txs {
		user[i] = tx.Tx
	}
	keep, dropped := x.engine.Filter(attrs, user)
	errs := make([]error, len(txs))
	for i, err := range dropped {
		// Out of room, not invalid: the block's gas (which the L1-info
		// deposit also draws on), DA footprint or size ran out first.
		if errors.Is(err, engine.ErrDAFootprint) || errors.Is(err, engine.ErrBlockSize) || errors.Is(err, core.ErrGasLimitReached) {
			err = fmt.Errorf("%w: %w", sequencer.ErrNoRoom, err)
		}
		errs[i] = err
	}
	attrs.NoTxPool = true
	env, err := x.engine.Build(ctx, attrs, keep)
	if err != nil {
		return nil, fmt.Errorf("build L2 block %d: %w", height, err)
	}
	hash := env.ExecutionPayload.BlockHash
	x.log.Debug("executed", "height", height, "l2_block", hash, "l1_origin", epoch, "txs", len(keep), "dropped", len(dropped))
	return &sequencer.Execution{Height: height, AppHash: hash.Bytes(), Errs: errs}, nil
}

// prepare asks op-node's attributes builder, retrying what it marks
// temporary (an L1 request that failed) and failing on anything else.
func (x *Executor) prepare(ctx context.Context, parent eth.L2BlockRef, epoch eth.BlockID) (*eth.PayloadAttributes, error) {
	backoff := 50 * time.Millisecond
	for attempt := 1; ; attempt++ {
		attrs, err := x.attrs.PreparePayloadAttributes(ctx, parent, epoch)
		if err == nil {
			return attrs, nil
		}
		if !errors.Is(err, derive.ErrTemporary) {
			return nil, fmt.Errorf("payload attributes on %s for epoch %s: %w", parent.ID(), epoch, err)
		}
		if attempt%20 == 0 {
			x.log.Warn("waiting for L1 to build the next L2 block", "epoch", epoch, "attempt", attempt, "err", err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("payload attributes for epoch %s: %w (last: %w)", epoch, ctx.Err(), err)
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 2*time.Second)
	}
}

// Commit is a no-op: Build made the block durable and the head before it
// returned. CometBFT's handshake covers the window between the two calls:
// an app one block ahead of its store is replayed from saved responses.
func (x *Executor) Commit() error { return nil }

func (x *Executor) Close() error { return x.engine.Close() }
