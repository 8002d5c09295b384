package batches

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/deploy"
)

// Header is a batch header (contracts/src/BatchHeader.sol) in Go types.
type Header struct {
	ChainID        uint64           `json:"chain_id"`
	BatchIndex     uint64           `json:"batch_index"`
	FirstBlock     uint64           `json:"first_block"`
	LastBlock      uint64           `json:"last_block"`
	ParentHash     common.Hash      `json:"parent_hash"`
	OutputRoot     common.Hash      `json:"output_root"`
	BlobHashes     []common.Hash    `json:"blob_hashes"`
	L1OriginNumber uint64           `json:"l1_origin_number"`
	L1OriginHash   common.Hash      `json:"l1_origin_hash"`
	Epoch          uint64           `json:"epoch"`
	Submitter      common.Address   `json:"submitter"`
	Fallbacks      []common.Address `json:"fallbacks"`
	WindowStart    uint64           `json:"window_start"`
	WindowEnd      uint64           `json:"window_end"`
}

// Binding is h as the contract bindings take it.
func (h Header) Binding() bindings.BatchHeader {
	blobs := make([][32]byte, len(h.BlobHashes))
	for i, b := range h.BlobHashes {
		blobs[i] = b
	}
	fallbacks := make([]common.Address, len(h.Fallbacks))
	copy(fallbacks, h.Fallbacks)
	return bindings.BatchHeader{
		ChainId:        h.ChainID,
		BatchIndex:     h.BatchIndex,
		FirstBlock:     h.FirstBlock,
		LastBlock:      h.LastBlock,
		ParentHash:     h.ParentHash,
		OutputRoot:     h.OutputRoot,
		BlobHashes:     blobs,
		L1OriginNumber: h.L1OriginNumber,
		L1OriginHash:   h.L1OriginHash,
		Epoch:          h.Epoch,
		Submitter:      h.Submitter,
		Fallbacks:      fallbacks,
		WindowStart:    h.WindowStart,
		WindowEnd:      h.WindowEnd,
	}
}

// Hash is the message operators sign: BatchHeaders.hash of the contracts.
func (h Header) Hash() common.Hash { return deploy.HeaderHash(h.Binding()) }
