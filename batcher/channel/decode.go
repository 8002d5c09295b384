package channel

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Decoded is a batch read back from its blobs.
type Decoded struct {
	ChannelID derive.ChannelID
	// Compression is the algorithm op-node detected (derive.Brotli for any level).
	Compression derive.CompressionAlgo
	// Span is the span batch as op-node's channel-in reader derives it: per block a
	// timestamp, an epoch number and the batched txs, plus the 20-byte checks of the
	// first block's parent hash and the last block's L1 origin hash.
	Span *derive.SpanBatch

	blockTime uint64
}

// Decode reads blobs (in blob-tx order) the way op-node's derivation pipeline does, with
// its own code: eth.Blob.ToData, derive.ParseFrames, a derive.Channel that requires
// in-order frames (Holocene), derive.BatchReader and derive.DeriveSpanBatch. On top of
// op-node's rules it requires the nodeop shape: one channel, complete, holding exactly
// one span batch. Fork-dependent limits use the rules of the latest configured fork
// (the L1 inclusion time is not known here); Verify checks the fork timing.
func Decode(cfg Config, blobs []*eth.Blob) (*Decoded, error) {
	if cfg.Rollup == nil || cfg.Rollup.L2ChainID == nil || cfg.Rollup.BlockTime == 0 {
		return nil, fmt.Errorf("%w: missing rollup config, L2 chain id or block time", ErrInvalidConfig)
	}
	if len(blobs) == 0 {
		return nil, fmt.Errorf("%w: no blobs", ErrDecode)
	}
	var ch *derive.Channel
	for i, blob := range blobs {
		if blob == nil {
			return nil, fmt.Errorf("%w: blob %d is nil", ErrDecode, i)
		}
		data, err := blob.ToData()
		if err != nil {
			return nil, fmt.Errorf("%w: blob %d: %w", ErrDecode, i, err)
		}
		frames, err := derive.ParseFrames(data)
		if err != nil {
			return nil, fmt.Errorf("%w: blob %d: %w", ErrDecode, i, err)
		}
		for _, f := range frames {
			if ch == nil {
				ch = derive.NewChannel(f.ID, eth.L1BlockRef{}, true)
			} else if ch.IsReady() {
				return nil, fmt.Errorf("%w: blob %d: frame %d after the channel's last frame", ErrDecode, i, f.FrameNumber)
			}
			if err := ch.AddFrame(f, eth.L1BlockRef{}); err != nil {
				return nil, fmt.Errorf("%w: blob %d: %w", ErrDecode, i, err)
			}
		}
	}
	if ch == nil {
		return nil, fmt.Errorf("%w: no frames", ErrDecode)
	}
	if !ch.IsReady() {
		return nil, fmt.Errorf("%w: channel %s has no last frame", ErrDecode, ch.ID())
	}

	// The latest fork's limits: Fjord decides brotli and the RLP cap.
	const farFuture = ^uint64(0)
	maxRLP := rollup.NewChainSpec(cfg.Rollup).MaxRLPBytesPerChannel(farFuture)
	next, err := derive.BatchReader(ch.Reader(), maxRLP, cfg.Rollup.IsFjord(farFuture))
	if err != nil {
		return nil, fmt.Errorf("%w: channel %s: %w", ErrDecode, ch.ID(), err)
	}
	bd, err := next()
	if err != nil {
		return nil, fmt.Errorf("%w: channel %s: first batch: %w", ErrDecode, ch.ID(), err)
	}
	if bd.GetBatchType() != derive.SpanBatchType {
		return nil, fmt.Errorf("%w: channel %s holds a batch of type %d, not a span batch", ErrDecode, ch.ID(), bd.GetBatchType())
	}
	span, err := derive.DeriveSpanBatch(bd, cfg.Rollup)
	if err != nil {
		return nil, fmt.Errorf("%w: channel %s: %w", ErrDecode, ch.ID(), err)
	}
	if extra, err := next(); !errors.Is(err, io.EOF) {
		if err == nil {
			return nil, fmt.Errorf("%w: channel %s holds a second batch (type %d)", ErrDecode, ch.ID(), extra.GetBatchType())
		}
		return nil, fmt.Errorf("%w: channel %s: data after the span batch: %w", ErrDecode, ch.ID(), err)
	}
	return &Decoded{ChannelID: ch.ID(), Compression: bd.ComprAlgo, Span: span, blockTime: cfg.Rollup.BlockTime}, nil
}

// SingularBatches expands the span batch into one singular batch per block, as
// op-node's batch stage does when the span batch extends parent (the L2 block before
// the batch): the parent check and the first timestamp must match parent, every epoch
// hash comes from l1Origins (ascending L1 blocks covering the batch's epochs), and the
// last epoch hash must match the span batch's L1 origin check. The first batch's
// ParentHash is parent.Hash; op-node fills in the others from the blocks it builds, so
// they are left zero here.
func (d *Decoded) SingularBatches(l1Origins []eth.L1BlockRef, parent eth.L2BlockRef) ([]*derive.SingularBatch, error) {
	span := d.Span
	if span == nil || span.GetBlockCount() == 0 {
		return nil, fmt.Errorf("%w: empty span batch", ErrDecode)
	}
	if !span.CheckParentHash(parent.Hash) {
		return nil, fmt.Errorf("%w: span batch parent check %x does not match parent %s", ErrDecode, span.ParentCheck, parent.Hash)
	}
	if got, want := span.GetTimestamp(), parent.Time+d.blockTime; got != want {
		return nil, fmt.Errorf("%w: span batch starts at time %d, parent %s is followed at %d", ErrDecode, got, parent.ID(), want)
	}
	sbs, err := span.GetSingularBatches(l1Origins, parent)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrDecode, err)
	}
	if len(sbs) != span.GetBlockCount() {
		return nil, fmt.Errorf("%w: %d of %d blocks follow the parent", ErrDecode, len(sbs), span.GetBlockCount())
	}
	if last := sbs[len(sbs)-1]; !span.CheckOriginHash(last.EpochHash) {
		return nil, fmt.Errorf("%w: L1 origin check %x does not match epoch %d hash %s", ErrDecode, span.L1OriginCheck, last.EpochNum, last.EpochHash)
	}
	sbs[0].ParentHash = parent.Hash
	return sbs, nil
}

// Verify decodes blobs with op-node's decoders and checks that they derive exactly
// blocks: same count, timestamps, L1 origins (number and hash), first parent hash and
// batched transaction bytes. It is Encode's self-check and the submitter's last check
// before posting.
func Verify(cfg Config, blobs []*eth.Blob, blocks []*eth.ExecutionPayloadEnvelope) error {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return err
	}
	infos, err := checkBlocks(cfg, blocks)
	if err != nil {
		return err
	}
	d, err := Decode(cfg, blobs)
	if err != nil {
		return err
	}
	first := blocks[0].ExecutionPayload
	if d.Compression.IsBrotli() && !cfg.Rollup.IsFjord(infos[0].Time) {
		return fmt.Errorf("%w: brotli channel before Fjord", ErrDecode)
	}
	if n := d.Span.GetBlockCount(); n != len(blocks) {
		return fmt.Errorf("%w: blobs hold %d blocks, want %d", ErrDecode, n, len(blocks))
	}
	// The L1 origins named by the blocks, and the parent's as op-node sees it.
	var origins []eth.L1BlockRef
	for _, info := range infos {
		if len(origins) == 0 || origins[len(origins)-1].Number != info.Number {
			origins = append(origins, eth.L1BlockRef{Hash: info.BlockHash, Number: info.Number, Time: info.Time})
		}
	}
	parentOrigin := infos[0].Number
	if infos[0].SequenceNumber == 0 && parentOrigin > 0 {
		parentOrigin--
	}
	parent := eth.L2BlockRef{
		Hash:     first.ParentHash,
		Number:   uint64(first.BlockNumber) - 1,
		Time:     uint64(first.Timestamp) - cfg.Rollup.BlockTime,
		L1Origin: eth.BlockID{Number: parentOrigin},
	}
	sbs, err := d.SingularBatches(origins, parent)
	if err != nil {
		return err
	}
	for i, sb := range sbs {
		want, _, err := derive.PayloadToSingularBatch(cfg.Rollup, blocks[i].ExecutionPayload)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrInvalidBlocks, err)
		}
		num := uint64(blocks[i].ExecutionPayload.BlockNumber)
		switch {
		case sb.Timestamp != want.Timestamp:
			return fmt.Errorf("%w: block %d: timestamp %d, want %d", ErrDecode, num, sb.Timestamp, want.Timestamp)
		case sb.EpochNum != want.EpochNum || sb.EpochHash != want.EpochHash:
			return fmt.Errorf("%w: block %d: epoch %s, want %s", ErrDecode, num, sb.Epoch(), want.Epoch())
		case !sameTxs(sb.Transactions, want.Transactions):
			return fmt.Errorf("%w: block %d: transactions differ", ErrDecode, num)
		}
	}
	return nil
}

func sameTxs(a, b []hexutil.Bytes) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !bytes.Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}
