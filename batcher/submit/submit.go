// Package submit is an operator node's L1 submitter: it posts certified
// batches to the rollup's BatchInbox, one EIP-4844 blob transaction calling
// commitBatch(header, certificate) per batch, when the header's window
// says this operator's turn has come.
//
// Transactions go through op-service's txmgr (nonces, fee bumps, blob
// sidecars, receipts). Whether the node may submit in a block is decided
// locally by Decide, a pure mirror of the contract's window rule; the
// contract stays the authority, and a commit it would refuse is never sent
// because txmgr estimates the gas first (see backend).
package submit

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	"github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"
	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/deploy"
)

// Defaults for zero Config fields.
const (
	DefaultPollInterval = 500 * time.Millisecond
	DefaultSlotTime     = 12 * time.Second
)

// Errors Submit wraps, for errors.Is. A revert's name and arguments are in
// the chain too, as a *contracts.RevertError (errors.Is with
// contracts.Reverted("NotYourWindow") and the like).
var (
	// ErrBlobMismatch: the blobs are not the header's; nothing was sent.
	ErrBlobMismatch = errors.New("blobs do not match the header's blob hashes")
	// ErrWouldRevert: commitBatch reverts on the latest state as the next
	// block (wrong window, already committed, bad certificate, ...);
	// nothing was sent.
	ErrWouldRevert = errors.New("commitBatch would revert")
	// ErrReverted: the transaction was mined and reverted (e.g. another
	// operator committed the batch first); the receipt is returned too.
	ErrReverted = errors.New("commitBatch transaction reverted")
)

// Config configures a Submitter.
type Config struct {
	// L1RPC is the L1 JSON-RPC endpoint; the Submitter dials and owns its client.
	L1RPC string
	// L1ChainID is checked against the node's, so that nothing is signed
	// for another chain; nil takes the node's.
	L1ChainID *big.Int
	// Inbox is the rollup's BatchInbox.
	Inbox common.Address
	// Key is the operator's L1 key: it signs and pays for the commits.
	Key *ecdsa.PrivateKey
	// Logger defaults to discarding.
	Logger *slog.Logger
	// Metrics receives txmgr's transaction metrics; nil records none.
	Metrics metrics.TxMetricer
	// PollInterval is how often Run looks for a new L1 head.
	PollInterval time.Duration
	// SlotTime is the L1 block time; fee bumps and rebroadcasts are paced by it.
	SlotTime time.Duration
}

// Batch is one certified batch: what a commit needs.
type Batch struct {
	Header bindings.BatchHeader
	Cert   bindings.Certificate
	// Blobs carry the batch, in the order of Header.BlobHashes.
	Blobs []*eth.Blob
}

// Status is the submitter's last outcome, for the node's RPC.
type Status struct {
	// Committed tells whether LastIndex is set: this node has committed a batch.
	Committed bool   `json:"committed"`
	LastIndex uint64 `json:"lastIndex"`
	// LastTx is the latest commit transaction mined, successful or not.
	LastTx common.Hash `json:"lastTx"`
	// LastError is the latest submission's error, empty after a success.
	LastError string `json:"lastError,omitempty"`
}

// Submitter sends one operator's commits to one BatchInbox.
type Submitter struct {
	log       *slog.Logger
	from      common.Address
	inboxAddr common.Address
	client    *backend
	inbox     *bindings.BatchInbox
	registry  *bindings.OperatorRegistry
	txm       *txmgr.SimpleTxManager
	subWindow uint64
	poll      time.Duration

	// sendMu keeps one commit in flight: a second blob transaction from the
	// same sender would only queue behind the first, or replace it.
	sendMu  sync.Mutex
	running atomic.Bool

	statusMu sync.Mutex
	status   Status

	closeOnce sync.Once
}

// New dials L1, checks the chain and the inbox, reads the inbox's
// sub-window length and registry, and sets up the tx manager.
func New(ctx context.Context, cfg Config) (*Submitter, error) {
	if cfg.Key == nil {
		return nil, errors.New("submit: no L1 key")
	}
	if cfg.Inbox == (common.Address{}) {
		return nil, errors.New("submit: no inbox address")
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	poll := cfg.PollInterval
	if poll <= 0 {
		poll = DefaultPollInterval
	}
	slot := cfg.SlotTime
	if slot <= 0 {
		slot = DefaultSlotTime
	}
	m := cfg.Metrics
	if m == nil {
		m = &metrics.NoopTxMetrics{}
	}

	ec, err := ethclient.DialContext(ctx, cfg.L1RPC)
	if err != nil {
		return nil, fmt.Errorf("submit: dial L1 %s: %w", cfg.L1RPC, err)
	}
	s, err := newSubmitter(ctx, cfg, ec, log, poll, slot, m)
	if err != nil {
		ec.Close()
		return nil, fmt.Errorf("submit: %w", err)
	}
	return s, nil
}

func newSubmitter(ctx context.Context, cfg Config, ec *ethclient.Client, log *slog.Logger, poll, slot time.Duration, m metrics.TxMetricer) (*Submitter, error) {
	chainID, err := ec.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("L1 chain id: %w", err)
	}
	if cfg.L1ChainID != nil && cfg.L1ChainID.Cmp(chainID) != 0 {
		return nil, fmt.Errorf("L1 at %s has chain id %s, configured %s", cfg.L1RPC, chainID, cfg.L1ChainID)
	}
	abis, err := revertABIs()
	if err != nil {
		return nil, err
	}
	be := &backend{Client: ec, abis: abis}
	if err := be.requireCode(ctx, cfg.Inbox); err != nil {
		return nil, fmt.Errorf("inbox: %w", err)
	}
	inbox, err := bindings.NewBatchInbox(cfg.Inbox, ec)
	if err != nil {
		return nil, fmt.Errorf("inbox binding: %w", err)
	}
	call := &bind.CallOpts{Context: ctx}
	// Immutable in the contract, so read once.
	sub, err := inbox.SubWindowLength(call)
	if err != nil {
		return nil, fmt.Errorf("inbox sub-window length: %w", err)
	}
	if sub == 0 {
		return nil, fmt.Errorf("inbox %s reports a zero sub-window", cfg.Inbox)
	}
	regAddr, err := inbox.Registry(call)
	if err != nil {
		return nil, fmt.Errorf("inbox registry: %w", err)
	}
	registry, err := bindings.NewOperatorRegistry(regAddr, ec)
	if err != nil {
		return nil, fmt.Errorf("registry binding: %w", err)
	}

	from := crypto.PubkeyToAddress(cfg.Key.PublicKey)
	tcfg := txConfig(be, chainID, cfg.Key, from, slot)
	txm, err := txmgr.NewSimpleTxManagerFromConfig("submit", gethlog.NewLogger(log.Handler()), m, tcfg)
	if err != nil {
		return nil, fmt.Errorf("tx manager: %w", err)
	}
	log.Info("L1 submitter ready", "operator", from, "inbox", cfg.Inbox, "registry", regAddr,
		"sub_window", sub, "l1_chain_id", chainID)
	return &Submitter{
		log:       log,
		from:      from,
		inboxAddr: cfg.Inbox,
		client:    be,
		inbox:     inbox,
		registry:  registry,
		txm:       txm,
		subWindow: sub,
		poll:      poll,
	}, nil
}

// txConfig fills every field txmgr's Check requires, sized for a chain of
// `slot`-long blocks.
func txConfig(be *backend, chainID *big.Int, key *ecdsa.PrivateKey, from common.Address, slot time.Duration) *txmgr.Config {
	gwei := big.NewInt(params.GWei)
	sign := types.LatestSignerForChainID(chainID)
	c := &txmgr.Config{
		Backend: be,
		ChainID: new(big.Int).Set(chainID),
		From:    from,
		Signer: func(ctx context.Context, addr common.Address, tx *types.Transaction) (*types.Transaction, error) {
			if addr != from {
				return nil, fmt.Errorf("signer for %s asked to sign for %s", from, addr)
			}
			signed, err := types.SignTx(tx, sign, key)
			if err != nil {
				return nil, err
			}
			if a := attemptOf(ctx); a != nil {
				a.markSigned()
			}
			return signed, nil
		},
		// One confirmation: the devnet L1 finalizes every block, and a
		// commit's success is read from the receipt, not from depth.
		NumConfirmations:          1,
		SafeAbortNonceTooLowCount: 3,
		NetworkTimeout:            10 * time.Second,
		RetryInterval:             time.Second,
		MaxRetries:                10,
		ReceiptQueryInterval:      250 * time.Millisecond,
		// A transaction that never reaches the pool is given up after a
		// few blocks: by then its window has probably moved on.
		TxNotInMempoolTimeout: 10 * slot,
		// The devnet L1 runs Prague: blob sidecars carry one proof per blob
		// (version 0), never cell proofs.
		CellProofTime: math.MaxUint64,
	}
	c.ResubmissionTimeout.Store(int64(2 * slot))
	c.RebroadcastInterval.Store(int64(2 * slot))
	c.FeeLimitMultiplier.Store(5)
	// Below 100 gwei fees may be bumped freely: on a quiet L1 the
	// multiplier's cap would stop a bump from 1 gwei at 5 gwei.
	c.FeeLimitThreshold.Store(new(big.Int).Mul(big.NewInt(100), gwei))
	c.MinTipCap.Store(new(big.Int).Set(gwei))
	c.MinBaseFee.Store(new(big.Int).Set(gwei))
	// geth's blob pool refuses blob fee caps under 1 gwei; txmgr needs the
	// floor set (it dereferences it).
	c.MinBlobTxFee.Store(new(big.Int).Set(gwei))
	return c
}

// revertABIs are the contracts a commit runs, inbox first: a revert from a
// hook or the registry is named too.
func revertABIs() ([]*abi.ABI, error) {
	var out []*abi.ABI
	for _, md := range []*bind.MetaData{bindings.BatchInboxMetaData, bindings.OperatorRegistryMetaData,
		bindings.SlashingMetaData, bindings.RewardsMetaData, bindings.EigenRewardsSubmitterMetaData} {
		a, err := md.GetAbi()
		if err != nil {
			return nil, fmt.Errorf("contract ABI: %w", err)
		}
		out = append(out, a)
	}
	return out, nil
}

// Address is the operator's L1 address, the commits' sender.
func (s *Submitter) Address() common.Address { return s.from }

// Inbox is the BatchInbox the submitter commits to.
func (s *Submitter) Inbox() common.Address { return s.inboxAddr }

// SubWindow is the inbox's fallback sub-window length in L1 blocks.
func (s *Submitter) SubWindow() uint64 { return s.subWindow }

// Status returns the latest outcome.
func (s *Submitter) Status() Status {
	s.statusMu.Lock()
	defer s.statusMu.Unlock()
	return s.status
}

// Close stops the tx manager (a send in flight is abandoned; its
// transaction may still be mined) and closes the L1 client.
func (s *Submitter) Close() {
	s.closeOnce.Do(s.txm.Close)
}

// Submit commits b in one blob transaction and returns its receipt once
// mined. It refuses, sending nothing, when the blobs are not the header's
// (ErrBlobMismatch) or when commitBatch would revert in the next block
// (ErrWouldRevert, with the inbox's reason). A mined transaction that
// reverted returns its receipt and ErrReverted. Calls are serialized: one
// commit is in flight at a time.
func (s *Submitter) Submit(ctx context.Context, b *Batch) (*types.Receipt, error) {
	s.sendMu.Lock()
	defer s.sendMu.Unlock()
	return s.submitLocked(ctx, b)
}

func (s *Submitter) submitLocked(ctx context.Context, b *Batch) (*types.Receipt, error) {
	r, err := s.submit(ctx, b)
	s.record(b.Header.BatchIndex, r, err)
	return r, err
}

func (s *Submitter) submit(ctx context.Context, b *Batch) (*types.Receipt, error) {
	idx := b.Header.BatchIndex
	hashes, err := checkBlobs(&b.Header, b.Blobs)
	if err != nil {
		return nil, fmt.Errorf("submit batch %d: %w", idx, err)
	}
	data, err := deploy.PackCommitBatch(b.Header, b.Cert)
	if err != nil {
		return nil, fmt.Errorf("submit batch %d: %w", idx, err)
	}

	actx, cancel := context.WithCancel(ctx)
	defer cancel()
	a := &attempt{cancel: cancel}
	start := time.Now()
	r, err := s.txm.Send(withAttempt(actx, a), txmgr.TxCandidate{
		TxData: data,
		Blobs:  b.Blobs,
		To:     &s.inboxAddr,
		// Zero: txmgr estimates with the blob hashes, which runs the whole
		// commit (window, blobs, certificate) before anything is signed.
	})
	if rev := a.reverted(); rev != nil {
		return nil, fmt.Errorf("submit batch %d: %w, nothing sent: %w", idx, ErrWouldRevert, rev)
	}
	if err != nil {
		return nil, fmt.Errorf("submit batch %d: %w", idx, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("submit batch %d: %w: tx %s in block %d: %w", idx, ErrReverted, r.TxHash, r.BlockNumber,
			s.explain(ctx, data, hashes, r))
	}
	s.log.Info("Committed batch", "index", idx, "tx", r.TxHash, "block", r.BlockNumber, "gas_used", r.GasUsed,
		"blobs", len(b.Blobs), "took", time.Since(start).Round(time.Millisecond))
	return r, nil
}

// Send sends one plain call (no blobs) from the operator's account through
// the same tx manager as the commits, so the two never compete for a
// nonce: the L1 housekeeping an operator does besides committing batches
// (see batcher/keeper). A call that would revert in the next block is not
// sent: Send returns ErrWouldRevert with the reason. A mined transaction
// that reverted returns its receipt and ErrReverted. Calls wait for a
// commit in flight, and a commit for them.
func (s *Submitter) Send(ctx context.Context, to common.Address, data []byte) (*types.Receipt, error) {
	s.sendMu.Lock()
	defer s.sendMu.Unlock()
	actx, cancel := context.WithCancel(ctx)
	defer cancel()
	a := &attempt{cancel: cancel}
	r, err := s.txm.Send(withAttempt(actx, a), txmgr.TxCandidate{TxData: data, To: &to})
	if rev := a.reverted(); rev != nil {
		return nil, fmt.Errorf("call %s: %w, nothing sent: %w", to, ErrWouldRevert, rev)
	}
	if err != nil {
		return nil, fmt.Errorf("call %s: %w", to, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("call %s: %w: tx %s in block %d", to, ErrReverted, r.TxHash, r.BlockNumber)
	}
	return r, nil
}

// explain replays a reverted commit on its block's state for the reason.
func (s *Submitter) explain(ctx context.Context, data []byte, hashes []common.Hash, r *types.Receipt) error {
	// The caller's context may be ending (Run stopping right after the
	// receipt); the reason is still worth one short call.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	msg := ethereum.CallMsg{From: s.from, To: &s.inboxAddr, Data: data, BlobHashes: hashes}
	rev := s.client.replay(ctx, msg, r.BlockNumber.Uint64())
	if rev == nil {
		// Succeeds on the block's final state: a transaction after it in
		// the same block cannot have caused the revert, so the reason is
		// lost (out of gas is the usual suspect).
		return fmt.Errorf("reason unknown (a replay on the block's state succeeds; gas used %d)", r.GasUsed)
	}
	return fmt.Errorf("replayed on the block's state: %w", rev)
}

func (s *Submitter) record(idx uint64, r *types.Receipt, err error) {
	s.statusMu.Lock()
	defer s.statusMu.Unlock()
	if r != nil {
		s.status.LastTx = r.TxHash
	}
	if err != nil {
		s.status.LastError = err.Error()
		return
	}
	s.status.Committed, s.status.LastIndex, s.status.LastError = true, idx, ""
}

// checkBlobs returns the blobs' versioned hashes if they are exactly the
// header's, in order. The contract would refuse anything else, but only
// after the blobs were posted, and op-node derives a batcher's blobs even
// from a reverted transaction.
func checkBlobs(h *bindings.BatchHeader, blobs []*eth.Blob) ([]common.Hash, error) {
	if len(h.BlobHashes) == 0 {
		return nil, fmt.Errorf("%w: the header names no blobs", ErrBlobMismatch)
	}
	if len(blobs) != len(h.BlobHashes) {
		return nil, fmt.Errorf("%w: %d blobs, the header names %d", ErrBlobMismatch, len(blobs), len(h.BlobHashes))
	}
	hashes := make([]common.Hash, len(blobs))
	for i, b := range blobs {
		if b == nil {
			return nil, fmt.Errorf("%w: blob %d is nil", ErrBlobMismatch, i)
		}
		c, err := b.ComputeKZGCommitment()
		if err != nil {
			return nil, fmt.Errorf("%w: blob %d: %w", ErrBlobMismatch, i, err)
		}
		hashes[i] = eth.KZGToVersionedHash(c)
		if hashes[i] != h.BlobHashes[i] {
			return nil, fmt.Errorf("%w: blob %d has versioned hash %s, the header names %s",
				ErrBlobMismatch, i, hashes[i], common.Hash(h.BlobHashes[i]))
		}
	}
	return hashes, nil
}
