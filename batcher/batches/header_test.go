package batches

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/nodeop/nodeop/contracts/deploy"
)

func sampleHeader() Header {
	return Header{
		ChainID:        901,
		BatchIndex:     42,
		FirstBlock:     411,
		LastBlock:      420,
		ParentHash:     common.HexToHash("0x1111"),
		OutputRoot:     common.HexToHash("0x2222"),
		BlobHashes:     []common.Hash{blobHash(1), blobHash(2), blobHash(3)},
		L1OriginNumber: 7000,
		L1OriginHash:   common.HexToHash("0x3333"),
		Epoch:          3,
		Submitter:      addr(1),
		Fallbacks:      []common.Address{addr(2), addr(3), addr(0)},
		WindowStart:    7000,
		WindowEnd:      7008,
	}
}

// headerHashByHand is keccak256(abi.encode(DOMAIN, h)) with the struct
// written out from contracts/src/BatchHeader.sol, independently of the
// compiled ABI deploy uses.
func headerHashByHand(t *testing.T, h Header) common.Hash {
	t.Helper()
	tuple, err := abi.NewType("tuple", "", []abi.ArgumentMarshaling{
		{Name: "chainId", Type: "uint64"},
		{Name: "batchIndex", Type: "uint64"},
		{Name: "firstBlock", Type: "uint64"},
		{Name: "lastBlock", Type: "uint64"},
		{Name: "parentHash", Type: "bytes32"},
		{Name: "outputRoot", Type: "bytes32"},
		{Name: "blobHashes", Type: "bytes32[]"},
		{Name: "l1OriginNumber", Type: "uint64"},
		{Name: "l1OriginHash", Type: "bytes32"},
		{Name: "epoch", Type: "uint64"},
		{Name: "submitter", Type: "address"},
		{Name: "fallbacks", Type: "address[]"},
		{Name: "windowStart", Type: "uint64"},
		{Name: "windowEnd", Type: "uint64"},
	})
	if err != nil {
		t.Fatal(err)
	}
	b32, err := abi.NewType("bytes32", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := abi.Arguments{{Type: b32}, {Type: tuple}}.Pack(crypto.Keccak256Hash([]byte("nodeop.batch.v1")), h.Binding())
	if err != nil {
		t.Fatal(err)
	}
	return crypto.Keccak256Hash(enc)
}

func TestHeaderHash(t *testing.T) {
	empty := Header{}
	noFallbacks := sampleHeader()
	noFallbacks.Fallbacks = nil
	for name, h := range map[string]Header{"sample": sampleHeader(), "zero": empty, "no fallbacks": noFallbacks} {
		got := h.Hash()
		if want := deploy.HeaderHash(h.Binding()); got != want {
			t.Errorf("%s: Hash() = %s, deploy.HeaderHash = %s", name, got, want)
		}
		if want := headerHashByHand(t, h); got != want {
			t.Errorf("%s: Hash() = %s, abi.encode(DOMAIN, h) by hand = %s", name, got, want)
		}
	}
	// nil and empty slices are the same header.
	a, b := sampleHeader(), sampleHeader()
	a.Fallbacks, b.Fallbacks = nil, []common.Address{}
	if a.Hash() != b.Hash() {
		t.Error("nil and empty fallbacks hash differently")
	}
}

// TestHeaderHashCoversEveryField: changing any field changes the hash.
func TestHeaderHashCoversEveryField(t *testing.T) {
	base := sampleHeader().Hash()
	for name, mutate := range map[string]func(*Header){
		"chain id":         func(h *Header) { h.ChainID++ },
		"batch index":      func(h *Header) { h.BatchIndex++ },
		"first block":      func(h *Header) { h.FirstBlock++ },
		"last block":       func(h *Header) { h.LastBlock++ },
		"parent":           func(h *Header) { h.ParentHash[0] ^= 1 },
		"output root":      func(h *Header) { h.OutputRoot[0] ^= 1 },
		"blob hash":        func(h *Header) { h.BlobHashes[2][31] ^= 1 },
		"blob order":       func(h *Header) { h.BlobHashes[0], h.BlobHashes[1] = h.BlobHashes[1], h.BlobHashes[0] },
		"fewer blobs":      func(h *Header) { h.BlobHashes = h.BlobHashes[:2] },
		"l1 origin number": func(h *Header) { h.L1OriginNumber++ },
		"l1 origin hash":   func(h *Header) { h.L1OriginHash[31] ^= 1 },
		"epoch":            func(h *Header) { h.Epoch++ },
		"submitter":        func(h *Header) { h.Submitter = addr(9) },
		"fallback":         func(h *Header) { h.Fallbacks[1] = addr(9) },
		"fallback order":   func(h *Header) { h.Fallbacks[0], h.Fallbacks[1] = h.Fallbacks[1], h.Fallbacks[0] },
		"window start":     func(h *Header) { h.WindowStart++ },
		"window end":       func(h *Header) { h.WindowEnd++ },
	} {
		h := sampleHeader()
		mutate(&h)
		if h.Hash() == base {
			t.Errorf("changing the %s leaves the hash unchanged", name)
		}
	}
}

func TestHeaderBindingCopies(t *testing.T) {
	h := sampleHeader()
	want := h.Hash()
	b := h.Binding()
	if b.ChainId != h.ChainID || b.BatchIndex != h.BatchIndex || b.FirstBlock != h.FirstBlock || b.LastBlock != h.LastBlock ||
		b.ParentHash != h.ParentHash || b.OutputRoot != h.OutputRoot || b.L1OriginNumber != h.L1OriginNumber ||
		b.L1OriginHash != h.L1OriginHash || b.Epoch != h.Epoch || b.Submitter != h.Submitter ||
		b.WindowStart != h.WindowStart || b.WindowEnd != h.WindowEnd ||
		len(b.BlobHashes) != len(h.BlobHashes) || len(b.Fallbacks) != len(h.Fallbacks) {
		t.Fatalf("Binding() = %+v does not carry %+v", b, h)
	}
	for i := range h.BlobHashes {
		if b.BlobHashes[i] != h.BlobHashes[i] {
			t.Errorf("blob %d: %x, want %x", i, b.BlobHashes[i], h.BlobHashes[i])
		}
	}
	b.BlobHashes[0][0] ^= 0xff
	b.Fallbacks[0] = common.BigToAddress(big.NewInt(0xdead))
	if h.BlobHashes[0] != blobHash(1) || h.Fallbacks[0] != addr(2) {
		t.Fatal("mutating the binding changed the header's slices")
	}
	if h.Hash() != want {
		t.Error("mutating the binding changed the header's hash")
	}
}
