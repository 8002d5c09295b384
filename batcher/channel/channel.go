// Package channel turns a sealed range of L2 blocks into the EIP-4844 blobs of one
// nodeop batch, byte for byte the same on every node, and reads them back with
// op-node's own decoders.
//
// The content is an OP Stack span-batch channel built by op-node's derive package
// (derive.NewSpanChannelOut, brotli): every block of the batch goes into ONE span batch
// in ONE channel, cut into frames, one frame per blob, each blob carrying
// 0x00 (derivation version) || frame. That is exactly what op-node's blob data source
// parses, so an unmodified op-node derives the batch's blocks from the blob tx.
//
// # Determinism
//
// Every validator encodes the batch while sealing it and signs a header that contains
// the blob versioned hashes, so Encode is a pure function of (Config, chainID,
// batchIndex, blocks):
//
//   - The channel ID, random in op-node's channel out, is replaced in every frame by
//     keccak256("nodeop/batch-channel/v1" || chainID || batchIndex)[:16] (see
//     ChannelIDFor).
//   - The channel out is given a compression target it can never reach, so it
//     compresses the whole span batch exactly once, at Close; frames are then cut
//     greedily at the blob capacity. No size estimate, timer or flush decides a cut.
//   - Only brotli is accepted. Its output is fixed by the level and by the version of
//     github.com/andybalholm/brotli pinned in go.sum: changing either changes the blob
//     hashes, so it is a consensus change, to be rolled out like a hard fork.
//     (compress/zlib is refused: its output may change with the Go toolchain.)
//   - KZG commitments and versioned hashes are deterministic functions of the blobs.
package channel

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"

	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum-optimism/optimism/op-node/rollup/derive/params"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	gethparams "github.com/ethereum/go-ethereum/params"
)

// Blob packing constants.
const (
	// MaxFrameSize is the largest frame that fits one blob next to the derivation
	// version byte (op-batcher uses the same: eth.MaxBlobDataSize - 1).
	MaxFrameSize = eth.MaxBlobDataSize - 1
	// FrameDataPerBlob is the channel data one blob carries: a full frame minus the
	// 23-byte frame header (channel id, frame number, length, is_last).
	FrameDataPerBlob = MaxFrameSize - derive.FrameV0OverHeadSize
	// MaxBlobsPerTx is the per-transaction blob cap of the L1 txpool (EIP-7594); the
	// whole batch goes into one blob tx, so Config.MaxBlobs may not exceed it.
	MaxBlobsPerTx = gethparams.BlobTxMaxBlobs
	// DefaultCompression is brotli at level 9. Measured on transfers, levels 10 and 11
	// (op-node's "brotli" is 10) compress to within 0.01% of level 9 — signatures and
	// addresses do not compress — but compressing takes ~20x as long (630 ms vs 30 ms
	// for 9,000 transfers), and every validator encodes every batch.
	DefaultCompression = derive.Brotli9
)

// Errors callers can test with errors.Is.
var (
	ErrInvalidConfig = errors.New("invalid channel config")
	// ErrNoBlocks: Encode was given no blocks.
	ErrNoBlocks = errors.New("no L2 blocks to encode")
	// ErrInvalidBlocks: the blocks are not a contiguous L2 range that op-node would
	// accept in one span batch (gap, fork, bad timestamps or L1 origins, a tx op-node
	// drops). The batch must not be sealed this way; it is a bug upstream.
	ErrInvalidBlocks = errors.New("blocks cannot form a valid span batch")
	// ErrTooLarge: the compressed channel does not fit in Config.MaxBlobs blobs (or the
	// span batch exceeds op-node's per-channel RLP limit). Seal fewer blocks.
	ErrTooLarge = errors.New("batch does not fit the blob limit")
	// ErrDecode: blobs do not hold one well-formed nodeop channel.
	ErrDecode = errors.New("cannot decode batch blobs")
)

// Config fixes how batches are encoded. Every node of a rollup must use the same values
// (they decide the blob bytes that operators sign).
type Config struct {
	// Rollup is the op-node rollup config of the chain (block time, genesis, forks,
	// L2 chain id).
	Rollup *rollup.Config
	// MaxBlobs caps the blobs of one batch (its single blob tx): 1..MaxBlobsPerTx.
	MaxBlobs int
	// Compression is a brotli level of op-node's derive package ("brotli",
	// "brotli-9", "brotli-10", "brotli-11"); "" means DefaultCompression.
	Compression derive.CompressionAlgo
}

func (c Config) withDefaults() (Config, error) {
	if c.Compression == "" {
		c.Compression = DefaultCompression
	}
	var errs []error
	if c.Rollup == nil {
		errs = append(errs, errors.New("missing rollup config"))
	} else if c.Rollup.L2ChainID == nil || !c.Rollup.L2ChainID.IsUint64() || c.Rollup.BlockTime == 0 {
		errs = append(errs, errors.New("rollup config lacks an L2 chain id or block time"))
	}
	if c.MaxBlobs < 1 || c.MaxBlobs > MaxBlobsPerTx {
		errs = append(errs, fmt.Errorf("MaxBlobs %d outside 1..%d", c.MaxBlobs, MaxBlobsPerTx))
	}
	if !derive.ValidCompressionAlgo(c.Compression) || !c.Compression.IsBrotli() {
		errs = append(errs, fmt.Errorf("compression %q is not a brotli level of op-node", c.Compression))
	}
	if len(errs) > 0 {
		return c, fmt.Errorf("%w: %w", ErrInvalidConfig, errors.Join(errs...))
	}
	return c, nil
}

// Capacity is the largest compressed channel (in bytes) that fits in MaxBlobs blobs.
func (c Config) Capacity() int { return c.MaxBlobs * FrameDataPerBlob }

// Batch is one encoded batch: the blobs of one blob transaction.
type Batch struct {
	ChannelID derive.ChannelID
	// Frames are the marshalled derive.Frames, in order; blob i is 0x00 || Frames[i].
	Frames [][]byte
	// Blobs, commitments and versioned hashes, in the order the blob tx must carry
	// them (op-node reads the frames in the order of the tx's blob hashes).
	Blobs       []*eth.Blob
	Commitments []kzg4844.Commitment
	BlobHashes  []common.Hash

	// First and Last are the first and last L2 block of the batch; L1Origin is the L1
	// origin (epoch) of Last.
	First, Last eth.BlockID
	L1Origin    eth.BlockID
	// Blocks and Txs count the L2 blocks and the batched (non-deposit) transactions.
	Blocks, Txs int
	// TxBytes is the size of the batched transactions in their canonical encoding;
	// SpanBatchBytes the uncompressed span batch RLP; ChannelBytes the compressed
	// channel (what the frames carry).
	TxBytes, SpanBatchBytes, ChannelBytes int
}

// ChannelIDFor is the channel ID of batch batchIndex of chain chainID:
// keccak256("nodeop/batch-channel/v1" || uint64be(chainID) || uint64be(batchIndex))[:16].
//
// op-node only uses the ID to group frames into channels; it must be unique among the
// channels that are open at the same time, and all frames of a nodeop channel are in
// one transaction. Deriving it from (chain, index) instead of crypto/rand makes the
// frames, and so the blob hashes in the signed header, the same on every node. Distinct
// batches (and distinct rollups) get distinct IDs; a batch posted twice (a fallback
// submitter repeating it) carries the same channel again, which op-node reads and then
// drops as already-safe blocks.
func ChannelIDFor(chainID, batchIndex uint64) derive.ChannelID {
	var buf [len("nodeop/batch-channel/v1") + 16]byte
	n := copy(buf[:], "nodeop/batch-channel/v1")
	binary.BigEndian.PutUint64(buf[n:], chainID)
	binary.BigEndian.PutUint64(buf[n+8:], batchIndex)
	var id derive.ChannelID
	copy(id[:], crypto.Keccak256(buf[:]))
	return id
}

// Encode builds batch batchIndex of chain chainID from blocks, a contiguous range of
// sealed L2 blocks in ascending order (as engine.PayloadByNumber returns them). It
// fails with ErrNoBlocks, ErrInvalidBlocks or ErrTooLarge (all deterministic), or
// ErrInvalidConfig. The result is checked by decoding it again with op-node's decoders
// (Verify) before it is returned.
func Encode(cfg Config, chainID, batchIndex uint64, blocks []*eth.ExecutionPayloadEnvelope) (*Batch, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if got := cfg.Rollup.L2ChainID.Uint64(); chainID != got {
		return nil, fmt.Errorf("%w: chain id %d, rollup config is for %d", ErrInvalidConfig, chainID, got)
	}
	infos, err := checkBlocks(cfg, blocks)
	if err != nil {
		return nil, err
	}

	// A target no compressed size can reach: the channel out then never compresses
	// before Close, and never reports "full" — the size check below is ours.
	co, err := derive.NewSpanChannelOut(math.MaxUint64, cfg.Compression, rollup.NewChainSpec(cfg.Rollup))
	if err != nil {
		return nil, fmt.Errorf("span channel out: %w", err)
	}
	for _, env := range blocks {
		if _, err := co.AddBlock(cfg.Rollup, env.ExecutionPayload); err != nil {
			if errors.Is(err, derive.ErrTooManyRLPBytes) {
				return nil, fmt.Errorf("%w: %w", ErrTooLarge, err)
			}
			return nil, fmt.Errorf("%w: block %d: %w", ErrInvalidBlocks, uint64(env.ExecutionPayload.BlockNumber), err)
		}
	}
	spanBytes := co.InputBytes()
	if err := co.Close(); err != nil {
		return nil, fmt.Errorf("close channel: %w", err)
	}
	channelBytes := co.ReadyBytes()
	if channelBytes > cfg.Capacity() {
		return nil, fmt.Errorf("%w: %d blocks compress to %d bytes, %d blobs hold %d (%d per blob)",
			ErrTooLarge, len(blocks), channelBytes, cfg.MaxBlobs, cfg.Capacity(), FrameDataPerBlob)
	}

	id := ChannelIDFor(chainID, batchIndex)
	frames, err := cutFrames(co, id, cfg.MaxBlobs)
	if err != nil {
		return nil, err
	}
	blobs := make([]*eth.Blob, len(frames))
	for i, f := range frames {
		blobs[i] = new(eth.Blob)
		if err := blobs[i].FromData(append([]byte{params.DerivationVersion0}, f...)); err != nil {
			return nil, fmt.Errorf("frame %d into blob: %w", i, err)
		}
	}
	// Self-check: what the operators sign must derive back to exactly these blocks.
	if err := Verify(cfg, blobs, blocks); err != nil {
		return nil, fmt.Errorf("self-check of batch %d: %w", batchIndex, err)
	}
	commitments, hashes, err := commit(blobs)
	if err != nil {
		return nil, err
	}

	first, last := blocks[0].ExecutionPayload, blocks[len(blocks)-1].ExecutionPayload
	b := &Batch{
		ChannelID:      id,
		Frames:         frames,
		Blobs:          blobs,
		Commitments:    commitments,
		BlobHashes:     hashes,
		First:          first.ID(),
		Last:           last.ID(),
		L1Origin:       eth.BlockID{Hash: infos[len(infos)-1].BlockHash, Number: infos[len(infos)-1].Number},
		Blocks:         len(blocks),
		SpanBatchBytes: spanBytes,
		ChannelBytes:   channelBytes,
	}
	for _, env := range blocks {
		for _, tx := range env.ExecutionPayload.Transactions {
			if tx[0] != types.DepositTxType {
				b.Txs++
				b.TxBytes += len(tx)
			}
		}
	}
	return b, nil
}

// cutFrames drains the closed channel out into at most maxFrames frames of at most
// MaxFrameSize bytes (each full but the last) and stamps them with id.
func cutFrames(co *derive.SpanChannelOut, id derive.ChannelID, maxFrames int) ([][]byte, error) {
	var frames [][]byte
	for len(frames) < maxFrames {
		var buf bytes.Buffer
		_, err := co.OutputFrame(&buf, MaxFrameSize)
		last := errors.Is(err, io.EOF)
		if err != nil && !last {
			return nil, fmt.Errorf("output frame %d: %w", len(frames), err)
		}
		var f derive.Frame
		if err := f.UnmarshalBinary(&buf); err != nil {
			return nil, fmt.Errorf("re-read frame %d: %w", len(frames), err)
		}
		f.ID = id
		var out bytes.Buffer
		if err := f.MarshalBinary(&out); err != nil {
			return nil, fmt.Errorf("marshal frame %d: %w", len(frames), err)
		}
		frames = append(frames, out.Bytes())
		if last {
			return frames, nil
		}
	}
	// Cannot happen after the capacity check in Encode.
	return nil, fmt.Errorf("%w: channel needs more than %d frames", ErrTooLarge, maxFrames)
}

// Warm does the KZG library's one-time setup (go-eth-kzg's precomputed tables: about
// 2 s of CPU over all cores) now rather than inside the first Encode. An operator that
// first seals a batch under load would otherwise stall consensus for seconds, every
// node of the set at once, since all seal the same batch at the same height.
func Warm() error {
	if _, err := kzg4844.BlobToCommitment(new(kzg4844.Blob)); err != nil {
		return fmt.Errorf("KZG setup: %w", err)
	}
	return nil
}

// commit computes the KZG commitment and versioned hash of every blob (in parallel;
// the result does not depend on scheduling).
func commit(blobs []*eth.Blob) ([]kzg4844.Commitment, []common.Hash, error) {
	commitments := make([]kzg4844.Commitment, len(blobs))
	hashes := make([]common.Hash, len(blobs))
	errs := make([]error, len(blobs))
	var wg sync.WaitGroup
	for i := range blobs {
		wg.Go(func() {
			c, err := kzg4844.BlobToCommitment(blobs[i].KZGBlob())
			if err != nil {
				errs[i] = fmt.Errorf("KZG commitment of blob %d: %w", i, err)
				return
			}
			commitments[i] = c
			hashes[i] = kzg4844.CalcBlobHashV1(sha256.New(), &c)
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, nil, err
	}
	return commitments, hashes, nil
}

// Sidecar returns the blob sidecar of the batch's blob tx with KZG proofs of the given
// version: types.BlobSidecarVersion0 (one blob proof per blob, EIP-4844) or
// types.BlobSidecarVersion1 (cell proofs, EIP-7594, required by an L1 past Osaka).
// Proofs are computed here, not in Encode: only the submitter needs them.
func (b *Batch) Sidecar(version byte) (*types.BlobTxSidecar, error) {
	blobs := make([]kzg4844.Blob, len(b.Blobs))
	for i, blob := range b.Blobs {
		blobs[i] = *blob.KZGBlob()
	}
	var proofs []kzg4844.Proof
	switch version {
	case types.BlobSidecarVersion0:
		for i := range blobs {
			p, err := kzg4844.ComputeBlobProof(&blobs[i], b.Commitments[i])
			if err != nil {
				return nil, fmt.Errorf("blob proof %d: %w", i, err)
			}
			proofs = append(proofs, p)
		}
	case types.BlobSidecarVersion1:
		for i := range blobs {
			ps, err := kzg4844.ComputeCellProofs(&blobs[i])
			if err != nil {
				return nil, fmt.Errorf("cell proofs %d: %w", i, err)
			}
			proofs = append(proofs, ps...)
		}
	default:
		return nil, fmt.Errorf("unknown blob sidecar version %d", version)
	}
	commitments := append([]kzg4844.Commitment(nil), b.Commitments...)
	return types.NewBlobTxSidecar(version, blobs, commitments, proofs), nil
}
