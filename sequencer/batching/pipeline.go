// Package batching runs the batch pipeline inside a sequencer node: it
// implements sequencer.Batches over the pure state of batcher/batches,
// doing the I/O that state leaves out: reading sealed L2 blocks from the
// engine and encoding them into blobs, reading the operator set and the
// inbox's commits from L1 (always pinned to an agreed L1 block hash),
// signing with the operator's BLS key behind its slashing-protection
// store, and keeping the state on disk height by height.
package batching

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	abci "github.com/cometbft/cometbft/abci/types"
	cmtcrypto "github.com/cometbft/cometbft/crypto"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/nodeop/nodeop/batcher/batches"
	"github.com/nodeop/nodeop/batcher/channel"
	"github.com/nodeop/nodeop/batcher/l1view"
	"github.com/nodeop/nodeop/batcher/protect"
	"github.com/nodeop/nodeop/sequencer"
	"github.com/nodeop/nodeop/sequencer/blockinfo"
)

// L1 is what the pipeline reads from L1, each read pinned to a block hash.
type L1 interface {
	EpochAt(ctx context.Context, l1Block common.Hash) (*l1view.Epoch, error)
	Commits(ctx context.Context, l1Block common.Hash) ([]l1view.Commit, error)
}

// Chain is the node's L2 chain: the executed blocks a batch carries.
type Chain interface {
	PayloadByNumber(n uint64) (*eth.ExecutionPayloadEnvelope, error)
}

// Config configures a Pipeline.
type Config struct {
	ChainID uint64
	Genesis sequencer.BatchGenesis
	// Channel fixes the blob encoding (rollup config, compression); its
	// MaxBlobs is taken from Genesis.
	Channel channel.Config
	L1      L1
	Chain   Chain
	// Key and Protect sign this node's vote extensions; a nil Key makes
	// the node follow batches without signing (a non-operator full node).
	Key     *bls.KeyPair
	Protect *protect.Store
	// Operator is this node's L1 operator address.
	Operator common.Address
	// Dir keeps the state, one file per recent height.
	Dir    string
	Logger *slog.Logger
	// RetryInterval paces retries of L1 reads on the consensus path
	// (default 500 ms): the data is agreed, so the node waits for it.
	RetryInterval time.Duration
	// SignHook, for tests only, replaces the header a node signs.
	SignHook func(batches.Header) batches.Header
	// Validators are the genesis validators' public keys by address: the
	// keys of the bound validators whose voting power follows their
	// operators' stake.
	Validators map[string]cmtcrypto.PubKey
}

// Pipeline is the node's batch pipeline. The consensus connection drives
// it; Batch, Status and the read accessors may be called concurrently.
type Pipeline struct {
	cfg      Config
	log      *slog.Logger
	store    *store
	operator map[string]common.Address // CometBFT validator address -> operator

	mu    sync.RWMutex
	state *batches.State
	blobs map[uint64]*channel.Batch // encoded content of recent batches

	// The operator set of the pending header, read once per header: every
	// vote extension, proposal and certificate of the header needs it, and
	// a frozen epoch never changes, so only its first use reads L1.
	epochMu    sync.Mutex
	epochFor   common.Hash // header hash
	epochCache *l1view.Epoch
}

var _ sequencer.Batches = (*Pipeline)(nil)

// Open loads the state for the executed height (the pipeline's state
// must describe exactly the chain the engine holds) or starts a fresh one
// at height 0.
func Open(cfg Config, executed int64) (*Pipeline, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.RetryInterval <= 0 {
		cfg.RetryInterval = 500 * time.Millisecond
	}
	if err := cfg.Genesis.Validate(); err != nil {
		return nil, err
	}
	if cfg.Key != nil && cfg.Protect == nil {
		return nil, errors.New("batching: a signing key needs a slashing-protection store")
	}
	cfg.Channel.MaxBlobs = cfg.Genesis.MaxBlobs
	st, err := openStore(cfg.Dir)
	if err != nil {
		return nil, err
	}
	p := &Pipeline{cfg: cfg, log: cfg.Logger, store: st, operator: map[string]common.Address{}, blobs: map[uint64]*channel.Batch{}}
	for _, o := range cfg.Genesis.Operators {
		p.operator[string(o.Validator)] = o.Operator
	}
	state, err := st.load(executed)
	switch {
	case errors.Is(err, errNoState) && executed == 0:
		state, err = batches.New(cfg.Genesis.Params, cfg.ChainID)
		if err != nil {
			return nil, err
		}
	case err != nil:
		return nil, err
	}
	p.state = state
	return p, nil
}

// ExtendVote signs the pending header if this node's operator is a member
// of its epoch, after recording it in the protection store. A conflict
// there means this key already signed another header for the index: the
// node signs nothing rather than equivocate.
func (p *Pipeline) ExtendVote(ctx context.Context, height int64) []byte {
	if p.cfg.Key == nil {
		return nil
	}
	p.mu.RLock()
	rec, ok := p.state.Pending()
	p.mu.RUnlock()
	if !ok {
		return nil
	}
	header := rec.Header
	if p.cfg.SignHook != nil {
		header = p.cfg.SignHook(header)
	}
	hash := header.Hash()
	ep, err := p.pendingEpoch(ctx, rec)
	if err != nil {
		p.log.Warn("no operator set to sign with", "batch", header.BatchIndex, "err", err)
		return nil
	}
	if _, member := ep.Index(p.cfg.Operator); !member {
		return nil
	}
	if err := p.cfg.Protect.Record(p.cfg.ChainID, header.BatchIndex, hash); err != nil {
		p.log.Error("refusing to sign batch header", "batch", header.BatchIndex, "hash", hash, "err", err)
		return nil
	}
	sig := p.cfg.Key.SignMessage(hash)
	return batches.Extension{ChainID: p.cfg.ChainID, BatchIndex: header.BatchIndex, HeaderHash: hash, Signature: sig}.Encode()
}

// pendingEpoch is the operator set of rec, the pending header.
func (p *Pipeline) pendingEpoch(ctx context.Context, rec *batches.Record) (*l1view.Epoch, error) {
	p.epochMu.Lock()
	defer p.epochMu.Unlock()
	if p.epochCache != nil && p.epochFor == rec.Hash {
		return p.epochCache, nil
	}
	ep, err := p.cfg.L1.EpochAt(ctx, rec.Header.L1OriginHash)
	if err != nil {
		return nil, err
	}
	p.epochFor, p.epochCache = rec.Hash, ep
	return ep, nil
}

// VerifyVoteExtension accepts a signature by the validator's operator
// over the pending header.
func (p *Pipeline) VerifyVoteExtension(ctx context.Context, _ int64, validator, raw []byte) error {
	ext, err := batches.DecodeExtension(raw)
	if err != nil {
		return err
	}
	p.mu.RLock()
	rec, ok := p.state.Pending()
	p.mu.RUnlock()
	if !ok {
		return batches.ErrNoPending
	}
	if ext.ChainID != p.cfg.ChainID || ext.BatchIndex != rec.Header.BatchIndex || ext.HeaderHash != rec.Hash {
		return fmt.Errorf("%w: extension signs batch %d (%s) of chain %d", batches.ErrWrongHeader, ext.BatchIndex, ext.HeaderHash, ext.ChainID)
	}
	op, ok := p.operator[string(validator)]
	if !ok {
		return fmt.Errorf("validator %X has no operator", validator)
	}
	ep, err := p.pendingEpoch(ctx, rec)
	if err != nil {
		// The aggregate is checked in full before it is decided; refusing
		// a precommit only because this node's L1 is unreachable would
		// cost the chain liveness for nothing.
		p.log.Warn("accepting an unverified vote extension", "validator", fmt.Sprintf("%X", validator), "err", err)
		return nil
	}
	i, ok := ep.Index(op)
	if !ok {
		return fmt.Errorf("operator %s is not a member of epoch %d", op, ep.Number)
	}
	return ep.VerifyMember(i, ext.HeaderHash, ext.Signature)
}

// Certificate aggregates the valid signatures over the pending header in
// the last commit's extensions; nil unless they reach 2/3 of the epoch's
// stake.
func (p *Pipeline) Certificate(ctx context.Context, height int64, votes []abci.ExtendedVoteInfo) []byte {
	p.mu.RLock()
	rec, ok := p.state.Pending()
	p.mu.RUnlock()
	if !ok {
		return nil
	}
	ep, err := p.pendingEpoch(ctx, rec)
	if err != nil {
		p.log.Warn("cannot aggregate a certificate", "batch", rec.Header.BatchIndex, "err", err)
		return nil
	}
	bitmap := new(big.Int)
	var sigma *bls.Signature
	for _, v := range votes {
		if v.BlockIdFlag != cmtproto.BlockIDFlagCommit || len(v.VoteExtension) == 0 {
			continue
		}
		ext, err := batches.DecodeExtension(v.VoteExtension)
		if err != nil || ext.ChainID != p.cfg.ChainID || ext.BatchIndex != rec.Header.BatchIndex || ext.HeaderHash != rec.Hash {
			continue
		}
		op, ok := p.operator[string(v.Validator.Address)]
		if !ok {
			continue
		}
		i, ok := ep.Index(op)
		if !ok || bitmap.Bit(i) == 1 {
			continue
		}
		// CometBFT verified the others' extensions, not this node's own;
		// checking each again keeps one bad signature from spoiling the
		// aggregate.
		if err := ep.VerifyMember(i, rec.Hash, ext.Signature); err != nil {
			continue
		}
		bitmap.SetBit(bitmap, i, 1)
		if sigma == nil {
			sigma = &bls.Signature{G1Point: bls.NewZeroG1Point().Add(ext.Signature.G1Point)}
		} else {
			sigma.Add(ext.Signature)
		}
	}
	if sigma == nil || !ep.Quorum(bitmap) {
		return nil
	}
	c := batches.Cert{ChainID: p.cfg.ChainID, BatchIndex: rec.Header.BatchIndex, HeaderHash: rec.Hash, Bitmap: bitmap, Sigma: sigma, APKG2: ep.SignersAPKG2(bitmap)}
	p.log.Debug("certificate aggregated", "height", height, "batch", c.BatchIndex, "signers", bitmap.Text(2))
	return c.Encode()
}

// CheckCertificate verifies a proposed certificate exactly as the inbox
// will: pending header, bitmap, aggregate signature and quorum.
func (p *Pipeline) CheckCertificate(ctx context.Context, _ int64, raw []byte) error {
	c, err := batches.DecodeCert(raw)
	if err != nil {
		return err
	}
	p.mu.RLock()
	rec, ok := p.state.Pending()
	p.mu.RUnlock()
	if !ok {
		return batches.ErrNoPending
	}
	if c.ChainID != p.cfg.ChainID || c.BatchIndex != rec.Header.BatchIndex || c.HeaderHash != rec.Hash {
		return fmt.Errorf("%w: certificate for batch %d (%s) of chain %d", batches.ErrWrongHeader, c.BatchIndex, c.HeaderHash, c.ChainID)
	}
	ep, err := p.pendingEpoch(ctx, rec)
	if err != nil {
		return fmt.Errorf("operator set of batch %d: %w", c.BatchIndex, err)
	}
	return ep.VerifyAggregate(rec.Hash, c.Bitmap, c.Sigma, c.APKG2)
}

// Finalize folds a decided block into the state, seals the open range if
// it is due, and writes the state down before the block executes, so that
// a node killed at any point reloads the state matching its engine.
func (p *Pipeline) Finalize(ctx context.Context, height int64, now time.Time, info blockinfo.Info, cert []byte, voters [][]byte, txBytes int) ([]abci.ValidatorUpdate, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	// Work on a copy: a failure half-way must leave the state of the
	// previous height in place for the retry after restart.
	enc, err := p.state.Encode()
	if err != nil {
		return nil, err
	}
	next, err := batches.Decode(enc)
	if err != nil {
		return nil, err
	}
	if err := next.Begin(height); err != nil {
		return nil, err
	}
	if cert != nil {
		if err := p.certify(ctx, next, cert); err != nil {
			return nil, err
		}
	}
	ops := make([]common.Address, 0, len(voters))
	for _, v := range voters {
		if op, ok := p.operator[string(v)]; ok {
			ops = append(ops, op)
		}
	}
	next.CountVotes(ops)
	var updates []abci.ValidatorUpdate
	if next.NeedsScan(info.L1OriginNumber) {
		if err := p.observe(ctx, next, info); err != nil {
			return nil, err
		}
		if updates, err = p.powers(ctx, next, info); err != nil {
			return nil, err
		}
	}
	if height > 1 {
		if err := p.maybeSeal(ctx, next, uint64(height-1), info.L1OriginHash, now); err != nil {
			return nil, err
		}
	}
	next.AddBlock(uint64(txBytes))
	if err := p.store.save(next); err != nil {
		return nil, err
	}
	p.state = next
	return updates, nil
}

// powers moves the validators' voting powers to the stakes of the epoch in
// force at the new L1 origin, once per epoch. Without validator keys (a
// pipeline built for tests) powers stay as they are.
func (p *Pipeline) powers(ctx context.Context, st *batches.State, info blockinfo.Info) ([]abci.ValidatorUpdate, error) {
	if p.cfg.Validators == nil {
		return nil, nil
	}
	ep, err := p.epoch(ctx, info.L1OriginHash)
	if err != nil {
		return nil, err
	}
	if ep.Number == st.PowerEpoch() || len(ep.Members) == 0 {
		return nil, nil
	}
	ups, err := powerUpdates(p.cfg.Genesis.Operators, p.cfg.Validators, ep)
	if err != nil {
		return nil, err
	}
	st.SetPowerEpoch(ep.Number)
	if len(ups) > 0 {
		p.log.Info("voting powers follow the registry", "epoch", ep.Number, "l1_origin", info.L1OriginNumber, "validators", len(ups))
	}
	return ups, nil
}

func (p *Pipeline) certify(ctx context.Context, st *batches.State, raw []byte) error {
	c, err := batches.DecodeCert(raw)
	if err != nil {
		return err
	}
	rec, ok := st.Pending()
	if !ok {
		return batches.ErrNoPending
	}
	ep, err := p.epoch(ctx, rec.Header.L1OriginHash)
	if err != nil {
		return err
	}
	signers := make([]common.Address, 0, len(ep.Members))
	for i, m := range ep.Members {
		if c.Bitmap.Bit(i) == 1 {
			signers = append(signers, m.Address)
		}
	}
	if err := st.Certify(c, signers); err != nil {
		return err
	}
	p.log.Info("batch certified", "batch", c.BatchIndex, "signers", len(signers), "of", len(ep.Members))
	return nil
}

// observe reads the inbox's commits in the block that just became the L1
// origin.
func (p *Pipeline) observe(ctx context.Context, st *batches.State, info blockinfo.Info) error {
	var commits []l1view.Commit
	err := p.retry(ctx, "inbox commits", func() (err error) {
		commits, err = p.cfg.L1.Commits(ctx, info.L1OriginHash)
		return err
	})
	if err != nil {
		return err
	}
	obs := make([]batches.Commit, 0, len(commits))
	for _, c := range commits {
		if c.ChainID != p.cfg.ChainID {
			continue
		}
		obs = append(obs, batches.Commit{
			BatchIndex: c.BatchIndex, HeaderHash: c.HeaderHash, Submitter: c.Submitter,
			L1Block: c.L1Block, L1BlockHash: c.L1BlockHash, TxHash: c.TxHash,
		})
	}
	if err := st.Observe(info.L1OriginNumber, obs); err != nil {
		return err
	}
	for _, c := range obs {
		if rec, ok := st.Record(c.BatchIndex); ok && rec.Commit != nil {
			p.log.Info("batch committed on L1", "batch", c.BatchIndex, "l1_block", c.L1Block, "submitter", c.Submitter, "on_time", rec.Commit.OnTime)
		}
	}
	return nil
}

// maybeSeal seals the open range up to last if it is due. A range whose
// content does not fit the blob limit is halved until it does: a pure
// function of the blocks, so every node seals the same range.
func (p *Pipeline) maybeSeal(ctx context.Context, st *batches.State, last uint64, origin common.Hash, now time.Time) error {
	first := st.First()
	if last < first {
		return nil
	}
	rcfg := p.cfg.Channel.Rollup
	age := rcfg.TimestampForBlock(last) - rcfg.TimestampForBlock(first)
	if !st.Due(last, age) {
		return nil
	}
	// Origins only move forward, so an empty set at the current origin
	// means an empty set at the batch's: skip the encoding.
	if ep, err := p.epoch(ctx, origin); err != nil {
		return err
	} else if len(ep.Members) == 0 {
		return nil
	}
	payloads := make([]*eth.ExecutionPayloadEnvelope, 0, last-first+1)
	for n := first; n <= last; n++ {
		env, err := p.cfg.Chain.PayloadByNumber(n)
		if err != nil {
			return fmt.Errorf("sealed block %d: %w", n, err)
		}
		payloads = append(payloads, env)
	}
	var b *channel.Batch
	for {
		var err error
		b, err = channel.Encode(p.cfg.Channel, p.cfg.ChainID, st.NextIndex(), payloads)
		if err == nil {
			break
		}
		if !errors.Is(err, channel.ErrTooLarge) || len(payloads) == 1 {
			return fmt.Errorf("encode batch %d (blocks %d-%d): %w", st.NextIndex(), first, first+uint64(len(payloads))-1, err)
		}
		payloads = payloads[:len(payloads)/2]
	}
	var ep *l1view.Epoch
	ep, err := p.epoch(ctx, b.L1Origin.Hash)
	if err != nil {
		return err
	}
	if len(ep.Members) == 0 {
		// Nobody could sign yet; the range stays open (and grows) until
		// an epoch with members is in force at the origin.
		p.log.Debug("not sealing: operator set of the origin is empty", "epoch", ep.Number, "l1_origin", b.L1Origin.Number)
		return nil
	}
	lastEnv := payloads[len(payloads)-1].ExecutionPayload
	members := make([]batches.Member, len(ep.Members))
	for i, m := range ep.Members {
		members[i] = batches.Member{Address: m.Address, Stake: gwei(m.Stake)}
	}
	originTime, err := p.originTime(lastEnv)
	if err != nil {
		return err
	}
	rec, err := st.Seal(batches.SealInput{
		LastBlock:      uint64(lastEnv.BlockNumber),
		L1OriginTime:   originTime,
		SealTime:       uint64(max(now.Unix(), 0)),
		OutputRoot:     outputRoot(lastEnv),
		BlobHashes:     b.BlobHashes,
		L1OriginNumber: b.L1Origin.Number,
		L1OriginHash:   b.L1Origin.Hash,
		Epoch:          ep.Number,
		Members:        members,
		Blocks:         b.Blocks,
		Txs:            b.Txs,
		TxBytes:        b.TxBytes,
		ChannelBytes:   b.ChannelBytes,
	})
	if err != nil {
		return err
	}
	p.blobs[rec.Header.BatchIndex] = b
	for i := range p.blobs {
		if i+16 < rec.Header.BatchIndex {
			delete(p.blobs, i)
		}
	}
	p.log.Info("batch sealed", "batch", rec.Header.BatchIndex, "blocks", fmt.Sprintf("%d-%d", rec.Header.FirstBlock, rec.Header.LastBlock),
		"txs", b.Txs, "blobs", len(b.Blobs), "channel_bytes", b.ChannelBytes, "submitter", rec.Header.Submitter, "window_end", rec.Header.WindowEnd)
	return nil
}

// originTime reads the L1 origin's timestamp from the block's L1-info
// deposit, its first transaction.
func (p *Pipeline) originTime(env *eth.ExecutionPayload) (uint64, error) {
	if len(env.Transactions) == 0 {
		return 0, fmt.Errorf("L2 block %d has no L1-info deposit", env.BlockNumber)
	}
	var tx types.Transaction
	if err := tx.UnmarshalBinary(env.Transactions[0]); err != nil {
		return 0, fmt.Errorf("L2 block %d L1-info deposit: %w", env.BlockNumber, err)
	}
	info, err := derive.L1BlockInfoFromBytes(p.cfg.Channel.Rollup, uint64(env.Timestamp), tx.Data())
	if err != nil {
		return 0, fmt.Errorf("L2 block %d L1-info deposit: %w", env.BlockNumber, err)
	}
	return info.Time, nil
}

// epoch reads the operator set at an agreed L1 block, waiting out L1
// outages: consensus cannot go on without it.
func (p *Pipeline) epoch(ctx context.Context, l1Block common.Hash) (*l1view.Epoch, error) {
	var ep *l1view.Epoch
	err := p.retry(ctx, "operator set", func() (err error) {
		ep, err = p.cfg.L1.EpochAt(ctx, l1Block)
		return err
	})
	return ep, err
}

func (p *Pipeline) retry(ctx context.Context, what string, f func() error) error {
	for attempt := 0; ; attempt++ {
		err := f()
		if err == nil || errors.Is(err, l1view.ErrInvalid) {
			return err
		}
		if attempt%10 == 0 {
			p.log.Warn("L1 read failed; retrying", "what", what, "attempt", attempt, "err", err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s: %w (last error: %w)", what, ctx.Err(), err)
		case <-time.After(p.cfg.RetryInterval):
		}
	}
}

// outputRoot is the L2 output root (version 0) after the block.
func outputRoot(p *eth.ExecutionPayload) common.Hash {
	var storage common.Hash
	if p.WithdrawalsRoot != nil {
		storage = *p.WithdrawalsRoot
	}
	return common.Hash(eth.OutputRoot(&eth.OutputV0{StateRoot: p.StateRoot, MessagePasserStorageRoot: eth.Bytes32(storage), BlockHash: p.BlockHash}))
}

// gwei converts wei to gwei, saturating at the uint64 range.
func gwei(wei *big.Int) uint64 {
	g := new(big.Int).Quo(wei, big.NewInt(1_000_000_000))
	if !g.IsUint64() {
		return ^uint64(0)
	}
	return g.Uint64()
}
