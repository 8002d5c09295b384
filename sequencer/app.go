// Package sequencer is nodeop's CometBFT ABCI application: it admits L2
// transactions into the app-side mempool (CheckTx), builds and checks
// blocks through the ordering policy (PrepareProposal, ProcessProposal),
// and applies decided blocks through an Executor (FinalizeBlock, Commit).
//
// Everything on the consensus path is deterministic: no wall clock, no map
// order, no node-local state in what is proposed, checked or executed.
package sequencer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/nodeop/nodeop/batcher/batches"
	"github.com/nodeop/nodeop/internal/txn"
	"github.com/nodeop/nodeop/mempool"
	"github.com/nodeop/nodeop/ordering"
	"github.com/nodeop/nodeop/sequencer/blockinfo"
)

// AppVersion is the application protocol version reported to CometBFT.
const AppVersion uint64 = 1

// Config configures the application for one rollup chain.
type Config struct {
	// Genesis holds the consensus parameters; InitChain checks that the
	// chain's genesis carries the same.
	Genesis Genesis
	// Mempool is node-local admission policy (zero value: defaults).
	Mempool mempool.Config
	Policy  ordering.Policy
	// SenderCacheSize bounds the decoder's seen-tx sender cache (0: 65536).
	SenderCacheSize int
	Logger          *slog.Logger
	// Metrics may be nil.
	Metrics *Metrics
	// Batches is the batch pipeline; nil runs without batches, and then a
	// proposal carrying a certificate record is rejected.
	Batches Batches
}

// App is the ABCI application. The ABCI connections run concurrently
// (mempool, consensus, query); the decoder, pool and executor are each safe
// for that, and fields below marked "consensus" are touched only by the
// consensus connection, which CometBFT calls serially.
type App struct {
	abci.BaseApplication

	log     *slog.Logger
	metrics *Metrics
	genesis Genesis
	decoder *txn.Decoder
	pool    *mempool.Pool
	exec    Executor
	policy  ordering.Policy
	limits  ordering.Limits
	batches Batches

	// consensus: senders of the block being finalized and the txs execution
	// refused for good, for the pool update after it commits.
	finalized []common.Address
	refused   []common.Hash
}

var _ abci.Application = (*App)(nil)

// New returns an application over exec.
func New(cfg Config, exec Executor) (*App, error) {
	if err := cfg.Genesis.Validate(); err != nil {
		return nil, err
	}
	if cfg.SenderCacheSize <= 0 {
		cfg.SenderCacheSize = 1 << 16
	}
	dec, err := txn.NewDecoder(cfg.Genesis.Rules(), cfg.SenderCacheSize)
	if err != nil {
		return nil, fmt.Errorf("sequencer: %w", err)
	}
	if cfg.Mempool.MaxPerSender <= 0 || cfg.Mempool.MaxTotal <= 0 {
		def := mempool.DefaultConfig()
		cfg.Mempool.MaxPerSender, cfg.Mempool.MaxTotal, cfg.Mempool.PriceBump = def.MaxPerSender, def.MaxTotal, def.PriceBump
	}
	if cfg.Policy == nil {
		cfg.Policy = ordering.Default()
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &App{
		log:     cfg.Logger,
		metrics: cfg.Metrics,
		genesis: cfg.Genesis,
		decoder: dec,
		pool:    mempool.New(cfg.Mempool, exec),
		exec:    exec,
		policy:  cfg.Policy,
		limits:  ordering.Limits{GasLimit: dec.Rules().BlockGasLimit},
		batches: cfg.Batches,
	}, nil
}

// Pool exposes the app-side mempool to node-local readers (RPC, metrics).
func (a *App) Pool() *mempool.Pool { return a.pool }

// Executor exposes the executor to node-local readers.
func (a *App) Executor() Executor { return a.exec }

// ChainID is the rollup chain id the app accepts transactions for.
func (a *App) ChainID() *big.Int { return new(big.Int).Set(a.decoder.Rules().ChainID) }

// Info lets CometBFT's handshake replay whatever blocks the executor has not
// committed, so a node killed between FinalizeBlock and Commit catches up.
func (a *App) Info(context.Context, *abci.RequestInfo) (*abci.ResponseInfo, error) {
	h, appHash := a.exec.LastBlock()
	return &abci.ResponseInfo{
		Data:             "nodeop",
		Version:          "0.1.0",
		AppVersion:       AppVersion,
		LastBlockHeight:  h,
		LastBlockAppHash: appHash,
	}, nil
}

// InitChain refuses a genesis whose parameters differ from the ones the app
// was built with: judging blocks by other rules than the rest of the set
// would fork this node off at the first disagreement.
func (a *App) InitChain(_ context.Context, req *abci.RequestInitChain) (*abci.ResponseInitChain, error) {
	g, err := ParseGenesis(req.AppStateBytes)
	if err != nil {
		return nil, err
	}
	if !g.Equal(a.genesis) {
		return nil, fmt.Errorf("sequencer: genesis app_state %+v differs from the app's %+v", g, a.genesis)
	}
	if req.InitialHeight > 1 {
		return nil, fmt.Errorf("sequencer: initial height %d not supported (the chain starts at 1)", req.InitialHeight)
	}
	// CometBFT's first header commits to the app hash InitChain returns:
	// the L2 genesis block's hash.
	_, appHash := a.exec.LastBlock()
	return &abci.ResponseInitChain{AppHash: appHash}, nil
}

// CheckTx admits a new transaction into the pool. A recheck (after every
// commit) only asks whether the pool still holds the tx: the pool itself
// drops what inclusion, replacement or eviction made stale, so mirroring its
// membership keeps CometBFT's gossip mempool from filling with dead txs at
// the cost of a hash lookup rather than a second validation.
func (a *App) CheckTx(_ context.Context, req *abci.RequestCheckTx) (*abci.ResponseCheckTx, error) {
	if req.Type == abci.CheckTxType_Recheck {
		if a.pool.Has(crypto.Keccak256Hash(req.Tx)) {
			return &abci.ResponseCheckTx{Code: abci.CodeTypeOK}, nil
		}
		return &abci.ResponseCheckTx{Code: CodeInternal, Codespace: Codespace, Log: "no longer in the app pool"}, nil
	}
	tx, err := a.decoder.Decode(req.Tx)
	if err == nil {
		err = a.affordable(tx)
	}
	if err == nil {
		err = a.pool.Add(tx)
	}
	a.metrics.checked(err)
	if err != nil {
		return rejectCheckTx(err), nil
	}
	return &abci.ResponseCheckTx{Code: abci.CodeTypeOK, GasWanted: int64(tx.Gas())}, nil
}

// affordable checks that the sender can pay the tx's maximum cost on its
// own, as go-ethereum's pool does; what earlier txs of the same sender in a
// block leave is for the execution pre-filter to judge.
func (a *App) affordable(tx *txn.Tx) error {
	cost := tx.Tx.Cost()
	if bal := a.exec.Balance(tx.Sender); bal.Cmp(cost) < 0 {
		return fmt.Errorf("%w: address %v have %v want %v", core.ErrInsufficientFunds, tx.Sender, bal, cost)
	}
	return nil
}

// Known explains why CometBFT's mempool cache turned raw away without asking
// the app, with go-ethereum's answer to the same resubmission: "nonce too
// low" once included, "already known" while pooled, "replacement
// transaction underpriced" once a higher-fee tx took its nonce. A tx the
// pool evicted stays in CometBFT's cache, so it cannot come back as is;
// the error says to raise the fee, which makes it a new tx.
func (a *App) Known(raw []byte) (err error) {
	defer func() { a.metrics.checked(err) }()
	tx, err := a.decoder.Decode(raw)
	if err != nil {
		return err
	}
	switch state := a.exec.Nonce(tx.Sender); {
	case tx.Nonce() < state:
		return fmt.Errorf("%w: address %v, tx: %d state: %d", core.ErrNonceTooLow, tx.Sender, tx.Nonce(), state)
	case a.pool.Has(tx.Hash):
		return txpool.ErrAlreadyKnown
	case a.pool.HasNonce(tx.Sender, tx.Nonce()):
		return fmt.Errorf("%w: replaced by a higher-fee transaction", txpool.ErrReplaceUnderpriced)
	default:
		return fmt.Errorf("%w: dropped from the pool earlier; resubmit with a higher fee", txpool.ErrUnderpriced)
	}
}

// PrepareProposal ignores CometBFT's reaped txs and builds the block from
// the app pool through the ordering policy.
func (a *App) PrepareProposal(ctx context.Context, req *abci.RequestPrepareProposal) (*abci.ResponsePrepareProposal, error) {
	defer func(start time.Time) { a.metrics.built(time.Since(start)) }(time.Now())
	info, txsAllowed, err := a.exec.Propose(ctx, req.Height)
	if err != nil {
		// Without block info the proposal is invalid; proposing nothing
		// lets the round fail over to the next proposer.
		a.log.Error("cannot propose", "height", req.Height, "err", err)
		return &abci.ResponsePrepareProposal{}, nil
	}
	head := info.Encode()
	txs := [][]byte{head}
	if a.batches != nil {
		if cert := a.batches.Certificate(ctx, req.Height, req.LocalLastCommit.Votes); cert != nil {
			txs = append(txs, cert)
		}
	}
	size := cmttypes.ComputeProtoSizeForTxs(cmttypes.ToTxs(txs))
	if !txsAllowed {
		return &abci.ResponsePrepareProposal{Txs: txs}, nil
	}
	lim := a.limits
	lim.MaxBytes = req.MaxTxBytes - size
	lim.DAFootprint = a.exec.DAFootprint
	ordered := a.policy.Order(a.pool.Pending(), a.exec.BaseFee(req.Height), lim)
	// The policy counts raw bytes; CometBFT also counts each tx's protobuf
	// framing, which is additive over txs. Cutting at the first tx that
	// overflows never breaks a sender's nonce run: only a suffix goes.
	for _, tx := range ordered {
		size += cmttypes.ComputeProtoSizeForTxs([]cmttypes.Tx{tx.Raw})
		if size > req.MaxTxBytes {
			break
		}
		txs = append(txs, tx.Raw)
	}
	a.log.Debug("prepared proposal", "height", req.Height, "txs", len(txs)-1, "l1_origin", info.L1OriginNumber)
	return &abci.ResponsePrepareProposal{Txs: txs}, nil
}

// ProcessProposal accepts a block only if it starts with valid block info,
// every tx decodes and passes the stateless rules, and the block passes the
// ordering checks against the committed state.
func (a *App) ProcessProposal(ctx context.Context, req *abci.RequestProcessProposal) (*abci.ResponseProcessProposal, error) {
	if err := a.checkProposal(ctx, req.Height, req.Txs); err != nil {
		a.log.Warn("rejected proposal", "height", req.Height, "proposer", fmt.Sprintf("%X", req.ProposerAddress), "err", err)
		return &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_REJECT}, nil
	}
	return &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_ACCEPT}, nil
}

func (a *App) checkProposal(ctx context.Context, height int64, raws [][]byte) error {
	if len(raws) == 0 {
		return errors.New("no block info")
	}
	info, err := blockinfo.Decode(raws[0])
	if err != nil {
		return err
	}
	raws = raws[1:]
	if len(raws) > 0 && batches.IsCert(raws[0]) {
		if a.batches == nil {
			return errors.New("certificate record on a chain without batches")
		}
		if err := a.batches.CheckCertificate(ctx, height, raws[0]); err != nil {
			return fmt.Errorf("certificate: %w", err)
		}
		raws = raws[1:]
	}
	if err := a.exec.Verify(ctx, height, info, len(raws) > 0); err != nil {
		return err
	}
	txs := make([]*txn.Tx, len(raws))
	for i, raw := range raws {
		tx, err := a.decoder.Decode(raw)
		if err != nil {
			return fmt.Errorf("tx %d: %w", i, err)
		}
		txs[i] = tx
	}
	return ordering.CheckBlock(txs, a.exec, a.limits, a.policy, a.exec.BaseFee(height))
}

// FinalizeBlock executes a decided block. A tx that does not decode (which
// ProcessProposal of an honest 2/3 would have refused) is reported and
// skipped identically on every node rather than halting the chain.
func (a *App) FinalizeBlock(ctx context.Context, req *abci.RequestFinalizeBlock) (*abci.ResponseFinalizeBlock, error) {
	if len(req.Txs) == 0 {
		return nil, fmt.Errorf("sequencer: decided block %d has no block info", req.Height)
	}
	info, err := blockinfo.Decode(req.Txs[0])
	if err != nil {
		// Only a byzantine 2/3 could decide this; there is nothing safe to build.
		return nil, fmt.Errorf("sequencer: decided block %d: %w", req.Height, err)
	}
	results := make([]*abci.ExecTxResult, len(req.Txs))
	results[0] = &abci.ExecTxResult{Code: abci.CodeTypeOK, Info: "block info"}
	first := 1
	var cert []byte
	var updates []abci.ValidatorUpdate
	if len(req.Txs) > 1 && batches.IsCert(req.Txs[1]) {
		cert, first = req.Txs[1], 2
		results[1] = &abci.ExecTxResult{Code: abci.CodeTypeOK, Info: "batch certificate"}
	}
	if a.batches != nil {
		txBytes := 0
		for _, raw := range req.Txs[first:] {
			txBytes += len(raw)
		}
		var voters [][]byte
		for _, v := range req.DecidedLastCommit.Votes {
			if v.BlockIdFlag == cmtproto.BlockIDFlagCommit {
				voters = append(voters, v.Validator.Address)
			}
		}
		if updates, err = a.batches.Finalize(ctx, req.Height, req.Time, info, cert, voters, txBytes); err != nil {
			// The pipeline's inputs are decided; failing on them means this
			// node cannot follow the chain's batches.
			return nil, fmt.Errorf("sequencer: batches at %d: %w", req.Height, err)
		}
	} else if cert != nil {
		results[1] = &abci.ExecTxResult{Code: CodeInternal, Codespace: Codespace, Log: "certificate on a chain without batches"}
	}
	decoded := make([]*txn.Tx, 0, len(req.Txs))
	index := make([]int, 0, len(req.Txs))
	for i, raw := range req.Txs {
		if i < first {
			continue
		}
		tx, err := a.decoder.Decode(raw)
		if err != nil {
			results[i] = &abci.ExecTxResult{Code: codeOf(err), Codespace: Codespace, Log: err.Error()}
			continue
		}
		decoded = append(decoded, tx)
		index = append(index, i)
	}
	start := time.Now()
	exe, err := a.exec.Execute(ctx, req.Height, info, decoded)
	a.metrics.executed(time.Since(start), len(decoded))
	if err != nil {
		// An executor that cannot run a decided block cannot follow the
		// chain; halting is the only safe answer.
		return nil, fmt.Errorf("sequencer: execute block %d: %w", req.Height, err)
	}
	seen := make(map[common.Address]struct{}, len(decoded))
	a.finalized, a.refused = a.finalized[:0], a.refused[:0]
	for j, tx := range decoded {
		if err := exe.Errs[j]; err != nil {
			results[index[j]] = &abci.ExecTxResult{Code: codeOf(err), Codespace: Codespace, Log: err.Error()}
			if !errors.Is(err, ErrNoRoom) {
				a.refused = append(a.refused, tx.Hash)
			}
		} else {
			results[index[j]] = &abci.ExecTxResult{Code: abci.CodeTypeOK, GasWanted: int64(tx.Gas())}
		}
		if _, ok := seen[tx.Sender]; !ok {
			seen[tx.Sender] = struct{}{}
			a.finalized = append(a.finalized, tx.Sender)
		}
	}
	return &abci.ResponseFinalizeBlock{TxResults: results, AppHash: exe.AppHash, ValidatorUpdates: updates}, nil
}

// ExtendVote signs the pending batch header, if any.
func (a *App) ExtendVote(ctx context.Context, req *abci.RequestExtendVote) (*abci.ResponseExtendVote, error) {
	if a.batches == nil {
		return &abci.ResponseExtendVote{}, nil
	}
	return &abci.ResponseExtendVote{VoteExtension: a.batches.ExtendVote(ctx, req.Height)}, nil
}

// VerifyVoteExtension rejects a malformed or wrongly signed extension. A
// rejected extension drops that validator's precommit, so only what is
// provably wrong is rejected; an empty extension is fine.
func (a *App) VerifyVoteExtension(ctx context.Context, req *abci.RequestVerifyVoteExtension) (*abci.ResponseVerifyVoteExtension, error) {
	if len(req.VoteExtension) == 0 {
		return &abci.ResponseVerifyVoteExtension{Status: abci.ResponseVerifyVoteExtension_ACCEPT}, nil
	}
	if a.batches == nil {
		return &abci.ResponseVerifyVoteExtension{Status: abci.ResponseVerifyVoteExtension_REJECT}, nil
	}
	if err := a.batches.VerifyVoteExtension(ctx, req.Height, req.ValidatorAddress, req.VoteExtension); err != nil {
		a.log.Warn("rejected vote extension", "height", req.Height, "validator", fmt.Sprintf("%X", req.ValidatorAddress), "err", err)
		return &abci.ResponseVerifyVoteExtension{Status: abci.ResponseVerifyVoteExtension_REJECT}, nil
	}
	return &abci.ResponseVerifyVoteExtension{Status: abci.ResponseVerifyVoteExtension_ACCEPT}, nil
}

// Commit makes the finalized block durable, then lets the pool drop what it
// included. CometBFT's own mempool update and recheck follow this call.
func (a *App) Commit(context.Context, *abci.RequestCommit) (*abci.ResponseCommit, error) {
	if err := a.exec.Commit(); err != nil {
		return nil, fmt.Errorf("sequencer: commit: %w", err)
	}
	a.pool.Remove(a.refused...)
	a.pool.Update(a.finalized)
	a.finalized, a.refused = a.finalized[:0], a.refused[:0]
	h, _ := a.exec.LastBlock()
	a.metrics.committed(h)
	return &abci.ResponseCommit{}, nil
}

// AccountInfo is the answer to the "/account/<address>" query.
type AccountInfo struct {
	Address      common.Address `json:"address"`
	Nonce        uint64         `json:"nonce"`
	PendingNonce uint64         `json:"pending_nonce"`
}

// Query answers "/account/<0x address>" with the committed and pending
// nonces, for operators poking a node through CometBFT's RPC.
func (a *App) Query(_ context.Context, req *abci.RequestQuery) (*abci.ResponseQuery, error) {
	hexAddr, ok := strings.CutPrefix(req.Path, "/account/")
	if !ok || !common.IsHexAddress(hexAddr) {
		return &abci.ResponseQuery{Code: CodeInternal, Codespace: Codespace, Log: fmt.Sprintf("unknown query path %q (want /account/<0x address>)", req.Path)}, nil
	}
	addr := common.HexToAddress(hexAddr)
	h, _ := a.exec.LastBlock()
	val, err := json.Marshal(AccountInfo{Address: addr, Nonce: a.exec.Nonce(addr), PendingNonce: a.pool.PendingNonce(addr)})
	if err != nil {
		return nil, fmt.Errorf("sequencer: encode account: %w", err)
	}
	return &abci.ResponseQuery{Code: abci.CodeTypeOK, Key: addr[:], Value: val, Height: h}, nil
}

// Close releases the executor.
func (a *App) Close() error { return a.exec.Close() }
