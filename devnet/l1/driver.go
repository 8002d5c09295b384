package l1

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
)

// ErrStopped is what Health reports once block production has ended.
var ErrStopped = errors.New("l1: block production stopped")

// feeRecipientHex collects L1 priority fees. It is no dev account so that
// test balances only move by what the test itself sends.
const feeRecipientHex = "0x00000000000000000000000000000000000fee01"

// beaconBlockRoot is the synthetic root of the beacon block at a slot. Each
// execution block commits to its parent's root (EIP-4788), so roots must be a
// pure function of the slot to stay identical across restarts.
func beaconBlockRoot(slot uint64) common.Hash {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], slot)
	return crypto.Keccak256Hash([]byte("nodeop/devnet/l1/beacon-block-root"), b[:])
}

// prevRandao is deterministic for the same reason; nothing here needs entropy.
func prevRandao(slot uint64) common.Hash {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], slot)
	return crypto.Keccak256Hash([]byte("nodeop/devnet/l1/randao"), b[:])
}

// driver is our consensus client: once per slot it asks the execution engine
// for a block through the in-process Engine API and makes it final at once.
type driver struct {
	log    *slog.Logger
	eth    *eth.Ethereum
	engine *catalyst.ConsensusAPI
	clock  slotClock
	blobs  *blobStore
	// feeRecipient is the suggested fee recipient of every payload.
	feeRecipient common.Address

	cancel context.CancelFunc
	done   chan struct{}

	mu      sync.Mutex
	lastErr error
}

func (d *driver) start(ctx context.Context) {
	ctx, d.cancel = context.WithCancel(ctx)
	d.done = make(chan struct{})
	go d.run(ctx)
}

// stop ends block production and waits for the slot in flight to finish, so
// the node can be closed without a block half inserted.
func (d *driver) stop() {
	d.cancel()
	<-d.done
}

func (d *driver) health() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.lastErr
}

func (d *driver) setHealth(err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.lastErr = err
}

func (d *driver) run(ctx context.Context) {
	defer close(d.done)
	slotLen := time.Duration(d.clock.seconds) * time.Second
	for {
		err := d.produce(ctx)
		if ctx.Err() != nil {
			d.setHealth(fmt.Errorf("%w: %w", ErrStopped, context.Cause(ctx)))
			return
		}
		d.setHealth(err)
		if err == nil {
			continue
		}
		d.log.Error("L1 slot failed", "err", err)
		// A failing engine fails again right away; waiting a slot keeps a
		// persistent fault from turning into a hot loop of errors.
		if sleepUntil(ctx, time.Now().Add(slotLen)) != nil {
			d.setHealth(fmt.Errorf("%w: %w", ErrStopped, context.Cause(ctx)))
			return
		}
	}
}

// abandon ends op-geth's background build of a payload that will not be
// sealed because production is stopping. Left alone, the miner keeps
// rebuilding it after the node closes its database, and a rebuild failing
// on the closed database trips a data race in op-geth's error path
// (StateDB.setError from parallel IntermediateRoot goroutines). Resolving
// stops further rebuilds; one already running is interrupted and ends
// within milliseconds, which the pause covers.
func (d *driver) abandon(id engine.PayloadID) {
	if _, err := d.engine.GetPayloadV4(id); err != nil {
		d.log.Debug("Abandoned payload", "id", id, "err", err)
	}
	time.Sleep(abandonGrace)
}

// abandonGrace bounds how long a rebuild interrupted by abandon may still run.
const abandonGrace = 100 * time.Millisecond

// nextSlot is the first slot after the head's that has not begun yet, so
// after downtime the chain resumes on the grid instead of back-filling slots
// with timestamps in the past.
func (d *driver) nextSlot(head *types.Header, now time.Time) uint64 {
	next := d.clock.slotOf(head.Time) + 1
	if unix := now.Unix(); unix > int64(d.clock.genesis) {
		elapsed := uint64(unix) - d.clock.genesis
		current := (elapsed + d.clock.seconds - 1) / d.clock.seconds // ceil
		if now.Nanosecond() > 0 && elapsed%d.clock.seconds == 0 {
			current++ // a slot that started a fraction of a second ago has begun
		}
		next = max(next, current)
	}
	return next
}

// produce builds, inserts and finalizes the block of the next slot.
func (d *driver) produce(ctx context.Context) error {
	chain := d.eth.BlockChain()
	parent := chain.CurrentBlock()
	slot := d.nextSlot(parent, time.Now())
	timestamp := d.clock.timeOf(slot)
	sealAt := time.Unix(int64(timestamp), 0)

	// Build from one slot ahead so the payload has a whole slot to collect
	// transactions, as a real proposer's execution client would.
	if err := sleepUntil(ctx, sealAt.Add(-time.Duration(d.clock.seconds)*time.Second)); err != nil {
		return err
	}
	// The pool resets on each new head in the background; without waiting for
	// that, the first build of the slot can see a stale pending set.
	if err := d.eth.TxPool().Sync(); err != nil {
		return fmt.Errorf("sync tx pool: %w", err)
	}

	parentRoot := beaconBlockRoot(d.clock.slotOf(parent.Time))
	state := engine.ForkchoiceStateV1{
		HeadBlockHash:      parent.Hash(),
		SafeBlockHash:      parent.Hash(),
		FinalizedBlockHash: parent.Hash(),
	}
	attrs := &engine.PayloadAttributes{
		Timestamp:             timestamp,
		Random:                prevRandao(slot),
		SuggestedFeeRecipient: d.feeRecipient,
		Withdrawals:           []*types.Withdrawal{},
		BeaconRoot:            &parentRoot,
	}
	res, err := d.engine.ForkchoiceUpdatedV3(ctx, state, attrs)
	if err != nil {
		return fmt.Errorf("slot %d: start building on %d: %w", slot, parent.Number, err)
	}
	if res.PayloadStatus.Status != engine.VALID || res.PayloadID == nil {
		return fmt.Errorf("slot %d: start building on %d: status %s%s", slot, parent.Number,
			res.PayloadStatus.Status, validationError(res.PayloadStatus))
	}

	if err := sleepUntil(ctx, sealAt); err != nil {
		d.abandon(*res.PayloadID)
		return err
	}
	env, err := d.engine.GetPayloadV4(*res.PayloadID)
	if err != nil {
		return fmt.Errorf("slot %d: get payload: %w", slot, err)
	}
	payload := env.ExecutionPayload

	// The engine checks these against the blob transactions in the payload;
	// they come from the bundle just as a consensus client would derive them.
	versionedHashes := make([]common.Hash, 0)
	bundle := env.BlobsBundle
	if bundle == nil {
		bundle = &engine.BlobsBundle{}
	}
	hasher := sha256.New()
	for i, c := range bundle.Commitments {
		var commitment kzg4844.Commitment
		if len(c) != len(commitment) {
			return fmt.Errorf("slot %d: commitment %d has %d bytes", slot, i, len(c))
		}
		copy(commitment[:], c)
		versionedHashes = append(versionedHashes, kzg4844.CalcBlobHashV1(hasher, &commitment))
	}
	requests := make([]hexutil.Bytes, 0, len(env.Requests))
	for _, r := range env.Requests {
		requests = append(requests, r)
	}
	status, err := d.engine.NewPayloadV4(ctx, *payload, versionedHashes, &parentRoot, requests)
	if err != nil {
		return fmt.Errorf("slot %d: insert block %d: %w", slot, payload.Number, err)
	}
	if status.Status != engine.VALID {
		return fmt.Errorf("slot %d: insert block %d: status %s%s", slot, payload.Number, status.Status, validationError(status))
	}

	// Store blobs before the block becomes head: whoever sees the block must
	// be able to fetch its blobs.
	if len(bundle.Blobs) > 0 {
		rec, err := slotBlobsFromBundle(payload.BlockHash, bundle)
		if err != nil {
			return fmt.Errorf("slot %d: %w", slot, err)
		}
		if err := d.blobs.put(slot, rec); err != nil {
			return err
		}
	}

	state = engine.ForkchoiceStateV1{
		HeadBlockHash:      payload.BlockHash,
		SafeBlockHash:      payload.BlockHash,
		FinalizedBlockHash: payload.BlockHash,
	}
	res, err = d.engine.ForkchoiceUpdatedV3(ctx, state, nil)
	if err != nil {
		return fmt.Errorf("slot %d: make block %d head: %w", slot, payload.Number, err)
	}
	if res.PayloadStatus.Status != engine.VALID {
		return fmt.Errorf("slot %d: make block %d head: status %s%s", slot, payload.Number,
			res.PayloadStatus.Status, validationError(res.PayloadStatus))
	}
	d.log.Debug("Sealed L1 block", "number", payload.Number, "slot", slot, "hash", payload.BlockHash,
		"txs", len(payload.Transactions), "blobs", len(bundle.Blobs))
	return nil
}

func validationError(s engine.PayloadStatusV1) string {
	if s.ValidationError == nil {
		return ""
	}
	return ": " + *s.ValidationError
}

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
