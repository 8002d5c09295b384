package l1

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/params"
)

// slotClock maps execution timestamps to beacon slots. op-node computes the
// slot of an L1 block as (time-genesis)/SECONDS_PER_SLOT from our genesis and
// spec endpoints, so the driver must only ever build blocks on that grid.
type slotClock struct {
	genesis uint64 // unix seconds of slot 0
	seconds uint64 // slot length
}

func (c slotClock) slotOf(ts uint64) uint64 {
	if ts < c.genesis {
		return 0
	}
	return (ts - c.genesis) / c.seconds
}

func (c slotClock) timeOf(slot uint64) uint64 { return c.genesis + slot*c.seconds }

// headerChain is the slice of core.BlockChain the beacon API reads.
type headerChain interface {
	CurrentBlock() *types.Header
	GetHeaderByNumber(number uint64) *types.Header
}

// beaconAPI serves the subset of the beacon-node REST API that op-node and the
// batcher tooling use to read blobs: genesis, spec, blob_sidecars and blobs.
type beaconAPI struct {
	log     *slog.Logger
	chain   headerChain
	store   *blobStore
	clock   slotClock
	chainID uint64
}

// kzgInclusionProofDepth is KZG_COMMITMENT_INCLUSION_PROOF_DEPTH; the proof is
// synthetic but has the length consumers of the real API expect.
const kzgInclusionProofDepth = 17

type apiError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

type genesisData struct {
	GenesisTime           string      `json:"genesis_time"`
	GenesisValidatorsRoot common.Hash `json:"genesis_validators_root"`
	GenesisForkVersion    string      `json:"genesis_fork_version"`
}

type beaconBlockHeader struct {
	Slot          string      `json:"slot"`
	ProposerIndex string      `json:"proposer_index"`
	ParentRoot    common.Hash `json:"parent_root"`
	StateRoot     common.Hash `json:"state_root"`
	BodyRoot      common.Hash `json:"body_root"`
}

type signedBeaconBlockHeader struct {
	Message   beaconBlockHeader `json:"message"`
	Signature hexutil.Bytes     `json:"signature"`
}

type blobSidecar struct {
	Index             string                  `json:"index"`
	Blob              hexutil.Bytes           `json:"blob"`
	KZGCommitment     hexutil.Bytes           `json:"kzg_commitment"`
	KZGProof          hexutil.Bytes           `json:"kzg_proof"`
	SignedBlockHeader signedBeaconBlockHeader `json:"signed_block_header"`
	InclusionProof    []common.Hash           `json:"kzg_commitment_inclusion_proof"`
}

// dataResponse is the envelope of block-scoped beacon API answers. Every block
// here is final the moment it is head, hence finalized=true.
type dataResponse[T any] struct {
	ExecutionOptimistic bool `json:"execution_optimistic"`
	Finalized           bool `json:"finalized"`
	Data                T    `json:"data"`
}

func (b *beaconAPI) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /eth/v1/beacon/genesis", b.serveGenesis)
	mux.HandleFunc("GET /eth/v1/config/spec", b.serveSpec)
	mux.HandleFunc("GET /eth/v1/beacon/blob_sidecars/{block_id}", b.serveBlobSidecars)
	mux.HandleFunc("GET /eth/v1/beacon/blobs/{block_id}", b.serveBlobs)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		b.fail(w, r, http.StatusNotFound, fmt.Sprintf("no such endpoint: %s %s", r.Method, r.URL.Path))
	})
	return mux
}

func (b *beaconAPI) serveGenesis(w http.ResponseWriter, r *http.Request) {
	b.reply(w, r, struct {
		Data genesisData `json:"data"`
	}{genesisData{
		GenesisTime:        strconv.FormatUint(b.clock.genesis, 10),
		GenesisForkVersion: "0x00000000",
	}})
}

func (b *beaconAPI) serveSpec(w http.ResponseWriter, r *http.Request) {
	chainID := strconv.FormatUint(b.chainID, 10)
	b.reply(w, r, struct {
		Data map[string]string `json:"data"`
	}{map[string]string{
		"SECONDS_PER_SLOT":            strconv.FormatUint(b.clock.seconds, 10),
		"SLOTS_PER_EPOCH":             "32",
		"DEPOSIT_CHAIN_ID":            chainID,
		"DEPOSIT_NETWORK_ID":          chainID,
		"FIELD_ELEMENTS_PER_BLOB":     "4096",
		"MAX_BLOBS_PER_BLOCK":         strconv.Itoa(params.DefaultCancunBlobConfig.Max),
		"MAX_BLOBS_PER_BLOCK_ELECTRA": strconv.Itoa(params.DefaultPragueBlobConfig.Max),
	}})
}

func (b *beaconAPI) serveBlobSidecars(w http.ResponseWriter, r *http.Request) {
	header, rec, ok := b.lookup(w, r)
	if !ok {
		return
	}
	var want map[uint64]bool
	for _, raw := range splitList(r.URL.Query()["indices"]) {
		i, err := strconv.ParseUint(raw, 10, 64)
		if err != nil {
			b.fail(w, r, http.StatusBadRequest, fmt.Sprintf("invalid blob index %q: want a decimal number", raw))
			return
		}
		if want == nil {
			want = make(map[uint64]bool)
		}
		want[i] = true
	}
	sidecars := make([]blobSidecar, 0)
	if rec != nil {
		signed := b.signedHeader(header)
		for i := range rec.Blobs {
			if want != nil && !want[uint64(i)] {
				continue
			}
			sidecars = append(sidecars, blobSidecar{
				Index:             strconv.Itoa(i),
				Blob:              rec.Blobs[i],
				KZGCommitment:     rec.Commitments[i],
				KZGProof:          rec.Proofs[i],
				SignedBlockHeader: signed,
				InclusionProof:    make([]common.Hash, kzgInclusionProofDepth),
			})
		}
	}
	b.reply(w, r, dataResponse[[]blobSidecar]{Finalized: true, Data: sidecars})
}

// serveBlobs is the endpoint op-node v1.19.6 fetches blobs from. Blobs come
// back in block order, filtered by versioned_hashes when given; op-node
// re-derives each commitment and reorders to its own request. A hash asked
// for once gets one blob even when several txs of the block carry the same
// blob (nodeop's batches are deterministic, so racing submitters do): op-node
// requires exactly as many blobs as it asked for and would stall on the
// block otherwise.
func (b *beaconAPI) serveBlobs(w http.ResponseWriter, r *http.Request) {
	var want map[common.Hash]int
	for _, raw := range splitList(r.URL.Query()["versioned_hashes"]) {
		h, err := parseVersionedHash(raw)
		if err != nil {
			b.fail(w, r, http.StatusBadRequest, err.Error())
			return
		}
		if want == nil {
			want = make(map[common.Hash]int)
		}
		want[h]++
	}
	_, rec, ok := b.lookup(w, r)
	if !ok {
		return
	}
	blobs := make([]hexutil.Bytes, 0)
	if rec != nil {
		hasher := sha256.New()
		for i, c := range rec.Commitments {
			if want != nil {
				var commitment kzg4844.Commitment
				copy(commitment[:], c)
				h := kzg4844.CalcBlobHashV1(hasher, &commitment)
				if want[h] == 0 {
					continue
				}
				want[h]--
			}
			blobs = append(blobs, rec.Blobs[i])
		}
	}
	b.reply(w, r, dataResponse[[]hexutil.Bytes]{Finalized: true, Data: blobs})
}

// lookup resolves the request's block_id to the canonical block at that slot
// and its blobs (nil when the block has none). On failure it has already
// written the error reply.
func (b *beaconAPI) lookup(w http.ResponseWriter, r *http.Request) (*types.Header, *slotBlobs, bool) {
	id := r.PathValue("block_id")
	head := b.chain.CurrentBlock()
	headSlot := b.clock.slotOf(head.Time)
	var slot uint64
	switch id {
	case "head", "finalized", "justified":
		slot = headSlot
	case "genesis":
		slot = 0
	default:
		s, err := strconv.ParseUint(id, 10, 64)
		if err != nil {
			b.fail(w, r, http.StatusBadRequest, fmt.Sprintf(
				"invalid block id %q: want a slot number, head, finalized or genesis (block roots are not supported)", id))
			return nil, nil, false
		}
		slot = s
	}
	if slot > headSlot {
		b.fail(w, r, http.StatusNotFound, fmt.Sprintf("slot %d is not known yet: head is at slot %d", slot, headSlot))
		return nil, nil, false
	}
	header := b.headerAtSlot(head, slot)
	if header == nil {
		b.fail(w, r, http.StatusNotFound, fmt.Sprintf("no block at slot %d (missed slot)", slot))
		return nil, nil, false
	}
	rec, err := b.store.get(slot)
	if err != nil {
		b.fail(w, r, http.StatusInternalServerError, err.Error())
		return nil, nil, false
	}
	if rec != nil && rec.BlockHash != header.Hash() {
		rec = nil // left over from a block that never became canonical
	}
	if rec == nil && header.BlobGasUsed != nil && *header.BlobGasUsed > 0 {
		b.fail(w, r, http.StatusInternalServerError, fmt.Sprintf(
			"blobs of slot %d (block %d %s) are not available", slot, header.Number, header.Hash()))
		return nil, nil, false
	}
	return header, rec, true
}

// headerAtSlot finds the canonical block whose timestamp is the slot's time.
// Timestamps strictly increase with height, so a binary search over heights
// works even across the slots a restart skipped.
func (b *beaconAPI) headerAtSlot(head *types.Header, slot uint64) *types.Header {
	want := b.clock.timeOf(slot)
	lo, hi := uint64(0), head.Number.Uint64()
	for lo <= hi {
		mid := lo + (hi-lo)/2
		h := b.chain.GetHeaderByNumber(mid)
		if h == nil {
			return nil
		}
		switch {
		case h.Time == want:
			return h
		case h.Time < want:
			lo = mid + 1
		case mid == 0:
			return nil
		default:
			hi = mid - 1
		}
	}
	return nil
}

// signedHeader fakes the beacon block header of an execution block. Only slot
// and parent_root mean something (parent_root is what the block committed to
// via EIP-4788); body_root carries the execution block hash to ease debugging.
func (b *beaconAPI) signedHeader(h *types.Header) signedBeaconBlockHeader {
	var parentRoot common.Hash
	if h.ParentBeaconRoot != nil {
		parentRoot = *h.ParentBeaconRoot
	}
	return signedBeaconBlockHeader{
		Message: beaconBlockHeader{
			Slot:          strconv.FormatUint(b.clock.slotOf(h.Time), 10),
			ProposerIndex: "0",
			ParentRoot:    parentRoot,
			BodyRoot:      h.Hash(),
		},
		Signature: make(hexutil.Bytes, 96),
	}
}

func (b *beaconAPI) reply(w http.ResponseWriter, r *http.Request, v any) {
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(v); err != nil {
		b.log.Debug("Beacon API reply not delivered", "path", r.URL.Path, "err", err)
	}
}

func (b *beaconAPI) fail(w http.ResponseWriter, r *http.Request, code int, msg string) {
	if code >= 500 {
		b.log.Error("Beacon API request failed", "path", r.URL.Path, "code", code, "err", msg)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	if err := json.NewEncoder(w).Encode(apiError{Code: code, Message: msg}); err != nil {
		b.log.Debug("Beacon API error reply not delivered", "path", r.URL.Path, "err", err)
	}
}

// splitList accepts both list styles clients use: repeated parameters
// (op-node's ?versioned_hashes=a&versioned_hashes=b) and comma separation.
func splitList(values []string) []string {
	var out []string
	for _, v := range values {
		for _, item := range strings.Split(v, ",") {
			if item = strings.TrimSpace(item); item != "" {
				out = append(out, item)
			}
		}
	}
	return out
}

func parseVersionedHash(s string) (common.Hash, error) {
	raw, err := hexutil.Decode(s)
	if err != nil {
		return common.Hash{}, fmt.Errorf("invalid versioned hash %q: %w", s, err)
	}
	if len(raw) != common.HashLength {
		return common.Hash{}, fmt.Errorf("invalid versioned hash %q: %d bytes, want %d", s, len(raw), common.HashLength)
	}
	return common.BytesToHash(raw), nil
}
