package l1

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"sync"

	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"
)

// slotBlobs is what a beacon node would keep of one slot's blob sidecars. The
// block hash ties it to the execution block it was built for, because a record
// can outlive its block (written, then the node dies before the block became
// canonical) and must then not be served for whatever ends up at that slot.
type slotBlobs struct {
	BlockHash   common.Hash
	Commitments [][]byte
	Proofs      [][]byte
	Blobs       [][]byte
}

func slotBlobsFromBundle(blockHash common.Hash, b *engine.BlobsBundle) (*slotBlobs, error) {
	if len(b.Commitments) != len(b.Blobs) || len(b.Proofs) != len(b.Blobs) {
		return nil, fmt.Errorf("blobs bundle has %d blobs, %d commitments, %d proofs",
			len(b.Blobs), len(b.Commitments), len(b.Proofs))
	}
	rec := &slotBlobs{BlockHash: blockHash}
	for i := range b.Blobs {
		rec.Blobs = append(rec.Blobs, b.Blobs[i])
		rec.Commitments = append(rec.Commitments, b.Commitments[i])
		rec.Proofs = append(rec.Proofs, b.Proofs[i])
	}
	return rec, nil
}

// blobStore keeps blob sidecars per slot. Only slots that carried blobs get a
// record; whether a blob-less slot has a block at all is the chain's answer.
// With a directory the records are files, so a restarted L1 still serves the
// blobs of its old blocks (the blob pool forgets them once they are mined).
type blobStore struct {
	dir string // "" keeps records in memory only

	mu  sync.RWMutex
	mem map[uint64]*slotBlobs
}

func newBlobStore(dir string) (*blobStore, error) {
	if dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("create blob store dir: %w", err)
		}
	}
	return &blobStore{dir: dir, mem: make(map[uint64]*slotBlobs)}, nil
}

func (s *blobStore) path(slot uint64) string {
	return filepath.Join(s.dir, strconv.FormatUint(slot, 10)+".rlp")
}

func (s *blobStore) put(slot uint64, rec *slotBlobs) error {
	if s.dir == "" {
		s.mu.Lock()
		s.mem[slot] = rec
		s.mu.Unlock()
		return nil
	}
	data, err := rlp.EncodeToBytes(rec)
	if err != nil {
		return fmt.Errorf("encode blobs of slot %d: %w", slot, err)
	}
	// Write-then-rename so a crash never leaves a torn record that a later
	// read would have to tell apart from a real one.
	tmp, err := os.CreateTemp(s.dir, ".slot-*.tmp")
	if err != nil {
		return fmt.Errorf("store blobs of slot %d: %w", slot, err)
	}
	defer os.Remove(tmp.Name()) // no-op once renamed
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("store blobs of slot %d: %w", slot, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("store blobs of slot %d: %w", slot, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("store blobs of slot %d: %w", slot, err)
	}
	if err := os.Rename(tmp.Name(), s.path(slot)); err != nil {
		return fmt.Errorf("store blobs of slot %d: %w", slot, err)
	}
	return nil
}

// get returns the record of a slot, or nil if the slot carried no blobs.
func (s *blobStore) get(slot uint64) (*slotBlobs, error) {
	if s.dir == "" {
		s.mu.RLock()
		defer s.mu.RUnlock()
		return s.mem[slot], nil
	}
	data, err := os.ReadFile(s.path(slot))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read blobs of slot %d: %w", slot, err)
	}
	rec := new(slotBlobs)
	if err := rlp.DecodeBytes(data, rec); err != nil {
		return nil, fmt.Errorf("decode blobs of slot %d: %w", slot, err)
	}
	return rec, nil
}
