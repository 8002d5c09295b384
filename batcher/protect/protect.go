// Package protect is the slashing-protection store: before an operator's
// BLS key signs a batch header, the store durably records (chain id, batch
// index) -> header hash, and it refuses to sign a different hash for the
// same index, ever, across restarts. Two signatures over different headers
// for one index are exactly the equivocation the Slashing contract
// punishes (the idea of EIP-3076 for validators).
//
// The store is an append-only file of fixed-size checksummed records,
// fsynced before Record returns and replayed on Open. A crash can leave at
// most a torn last record, which Open cuts off: it was never acknowledged,
// so nothing was signed on its strength.
package protect

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// ErrConflict: a different header hash is already recorded for the index.
var ErrConflict = errors.New("slashing protection: a different header is already signed for this batch")

// ErrCorrupt: a record other than the last fails its checksum, which a
// crash cannot cause; the store refuses to guess.
var ErrCorrupt = errors.New("slashing protection: corrupt record")

const (
	magic      = 0x6e6f7031 // "nop1"
	recordSize = 4 + 8 + 8 + 32 + 4
)

type key struct{ chainID, index uint64 }

// Store is an open protection file. It is safe for concurrent use.
type Store struct {
	mu     sync.Mutex
	f      *os.File
	signed map[key]common.Hash
}

// Open opens or creates the store at path.
func Open(path string) (*Store, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("slashing protection: %w", err)
	}
	s := &Store{f: f, signed: make(map[key]common.Hash)}
	if err := s.replay(); err != nil {
		f.Close()
		return nil, err
	}
	return s, nil
}

func (s *Store) replay() error {
	data, err := io.ReadAll(s.f)
	if err != nil {
		return fmt.Errorf("slashing protection: read: %w", err)
	}
	good := 0
	for off := 0; off+recordSize <= len(data); off += recordSize {
		k, h, err := decodeRecord(data[off : off+recordSize])
		if err != nil {
			if off+recordSize == len(data) {
				break // a torn final record
			}
			return fmt.Errorf("%w at offset %d: %w", ErrCorrupt, off, err)
		}
		if prev, ok := s.signed[k]; ok && prev != h {
			return fmt.Errorf("%w: chain %d batch %d recorded as both %s and %s", ErrCorrupt, k.chainID, k.index, prev, h)
		}
		s.signed[k] = h
		good = off + recordSize
	}
	if good != len(data) {
		// Cut what a crash left half-written, so appends stay aligned.
		if err := s.f.Truncate(int64(good)); err != nil {
			return fmt.Errorf("slashing protection: truncate torn record: %w", err)
		}
		if err := s.f.Sync(); err != nil {
			return fmt.Errorf("slashing protection: sync: %w", err)
		}
	}
	_, err = s.f.Seek(int64(good), io.SeekStart)
	return err
}

// Record permits signing hash for (chainID, index): it returns nil once
// the permission is on disk, and ErrConflict if another hash was recorded
// for that index before. Recording the same hash again is allowed (a
// restart may re-sign the header it signed before).
func (s *Store) Record(chainID, index uint64, hash common.Hash) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f == nil {
		return errors.New("slashing protection: store closed")
	}
	k := key{chainID, index}
	if prev, ok := s.signed[k]; ok {
		if prev != hash {
			return fmt.Errorf("%w: chain %d batch %d signed as %s, refused %s", ErrConflict, chainID, index, prev, hash)
		}
		return nil
	}
	if _, err := s.f.Write(encodeRecord(k, hash)); err != nil {
		return fmt.Errorf("slashing protection: write: %w", err)
	}
	if err := s.f.Sync(); err != nil {
		return fmt.Errorf("slashing protection: sync: %w", err)
	}
	s.signed[k] = hash
	return nil
}

// Signed returns the hash recorded for (chainID, index), if any.
func (s *Store) Signed(chainID, index uint64) (common.Hash, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	h, ok := s.signed[key{chainID, index}]
	return h, ok
}

// Close closes the file.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f == nil {
		return nil
	}
	err := s.f.Close()
	s.f = nil
	return err
}

func encodeRecord(k key, h common.Hash) []byte {
	b := make([]byte, 0, recordSize)
	b = binary.BigEndian.AppendUint32(b, magic)
	b = binary.BigEndian.AppendUint64(b, k.chainID)
	b = binary.BigEndian.AppendUint64(b, k.index)
	b = append(b, h[:]...)
	return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
}

func decodeRecord(b []byte) (key, common.Hash, error) {
	if len(b) != recordSize {
		return key{}, common.Hash{}, fmt.Errorf("record of %d bytes, want %d", len(b), recordSize)
	}
	if binary.BigEndian.Uint32(b) != magic {
		return key{}, common.Hash{}, errors.New("bad magic")
	}
	if crc32.ChecksumIEEE(b[:recordSize-4]) != binary.BigEndian.Uint32(b[recordSize-4:]) {
		return key{}, common.Hash{}, errors.New("checksum mismatch")
	}
	k := key{binary.BigEndian.Uint64(b[4:12]), binary.BigEndian.Uint64(b[12:20])}
	return k, common.BytesToHash(b[20:52]), nil
}
