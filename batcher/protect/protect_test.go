package protect

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func open(t *testing.T, path string) *Store {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestRefusesAConflictingHashAcrossRestarts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "protect.db")
	s := open(t, path)
	a, b := common.Hash{0xaa}, common.Hash{0xbb}
	if err := s.Record(901, 7, a); err != nil {
		t.Fatal(err)
	}
	if err := s.Record(901, 7, a); err != nil {
		t.Fatalf("re-recording the same hash: %v", err)
	}
	if err := s.Record(901, 7, b); !errors.Is(err, ErrConflict) {
		t.Fatalf("conflicting hash: err = %v, want %v", err, ErrConflict)
	}
	if err := s.Record(902, 7, b); err != nil {
		t.Fatalf("same index on another chain: %v", err)
	}
	s.Close()

	s = open(t, path)
	if err := s.Record(901, 7, b); !errors.Is(err, ErrConflict) {
		t.Fatalf("after restart, conflicting hash: err = %v, want %v", err, ErrConflict)
	}
	if h, ok := s.Signed(902, 7); !ok || h != b {
		t.Fatalf("Signed(902, 7) = %s, %v; want %s", h, ok, b)
	}
	if err := s.Record(901, 8, b); err != nil {
		t.Fatal(err)
	}
}

// TestTornTailIsCut: a crash mid-write leaves a partial last record; Open
// drops it (it was never acknowledged) and later appends stay readable.
func TestTornTailIsCut(t *testing.T) {
	path := filepath.Join(t.TempDir(), "protect.db")
	s := open(t, path)
	if err := s.Record(1, 1, common.Hash{1}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, tail := range [][]byte{
		encodeRecord(key{1, 2}, common.Hash{2})[:20],                      // short write
		append(encodeRecord(key{1, 2}, common.Hash{2})[:recordSize-1], 0), // bad checksum
	} {
		f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
		f.Write(tail)
		f.Close()
		s = open(t, path)
		if _, ok := s.Signed(1, 2); ok {
			t.Fatal("a torn record counted as signed")
		}
		if err := s.Record(1, 2, common.Hash{3}); err != nil {
			t.Fatalf("recording after a torn tail: %v", err)
		}
		s.Close()
		s = open(t, path)
		if h, _ := s.Signed(1, 2); h != (common.Hash{3}) {
			t.Fatalf("after reopen Signed(1, 2) = %s, want 0x03...", h)
		}
		s.Close()
		// Reset batch 2 for the next tail case.
		data, _ := os.ReadFile(path)
		os.WriteFile(path, data[:recordSize], 0o600)
	}
}

func TestCorruptMiddleRecordIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "protect.db")
	s := open(t, path)
	for i := range uint64(3) {
		if err := s.Record(1, i, common.Hash{byte(i + 1)}); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	data, _ := os.ReadFile(path)
	data[recordSize+30] ^= 0xff
	os.WriteFile(path, data, 0o600)
	if _, err := Open(path); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("Open with a corrupt middle record: err = %v, want %v", err, ErrCorrupt)
	}
}

func TestConcurrentRecordsAgree(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "protect.db"))
	var wg sync.WaitGroup
	var mu sync.Mutex
	won := 0
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if s.Record(5, 5, common.Hash{byte(i)}) == nil {
				mu.Lock()
				won++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if won != 1 {
		t.Fatalf("%d different hashes recorded for one batch, want 1", won)
	}
}

func FuzzDecodeRecord(f *testing.F) {
	f.Add(encodeRecord(key{901, 3}, common.Hash{9}))
	f.Add(make([]byte, recordSize))
	f.Add([]byte{0x6e})
	f.Fuzz(func(t *testing.T, b []byte) {
		k, h, err := decodeRecord(b)
		if err != nil {
			return
		}
		if !bytes.Equal(encodeRecord(k, h), b) {
			t.Fatalf("decode accepted %x, which encodes as %x", b, encodeRecord(k, h))
		}
	})
}
