package channel

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/core/types"
)

// fuzzBlobs turns fuzz input into blobs.
// mode even: data is raw blob bytes, cut into blobs of eth.BlobSize (the last one
// zero-padded), at most MaxBlobsPerTx+1 of them.
// mode odd: data is a list of blob payloads, each prefixed by its 3-byte big-endian
// length, each packed with eth.Blob.FromData (too-long payloads are truncated).
func fuzzBlobs(mode byte, data []byte) []*eth.Blob {
	var blobs []*eth.Blob
	if mode%2 == 0 {
		for len(data) > 0 && len(blobs) <= MaxBlobsPerTx {
			b := new(eth.Blob)
			n := copy(b[:], data)
			data = data[n:]
			blobs = append(blobs, b)
		}
		return blobs
	}
	for len(data) >= 3 && len(blobs) <= MaxBlobsPerTx {
		n := int(data[0])<<16 | int(data[1])<<8 | int(data[2])
		data = data[3:]
		n = min(n, len(data), eth.MaxBlobDataSize)
		b := new(eth.Blob)
		if err := b.FromData(data[:n]); err != nil {
			panic(err) // n <= MaxBlobDataSize
		}
		data = data[n:]
		blobs = append(blobs, b)
	}
	return blobs
}

// FuzzDecode: Decode (and the expansion into singular batches) must never panic on
// arbitrary blobs, only return errors.
func FuzzDecode(f *testing.F) {
	c := newTestChain(f, 1)
	cfg := c.cfg(MaxBlobsPerTx)
	f.Fuzz(func(t *testing.T, mode byte, data []byte) {
		d, err := Decode(cfg, fuzzBlobs(mode, data))
		if err != nil {
			return
		}
		span := d.Span
		parent := eth.L2BlockRef{Time: span.GetTimestamp() - c.rcfg.BlockTime}
		copy(parent.Hash[:], span.ParentCheck[:])
		origins := []eth.L1BlockRef{{Number: uint64(span.GetStartEpochNum())}, {Number: uint64(span.GetLastEpochNum())}}
		_, _ = d.SingularBatches(origins, parent)
	})
}

func prefixed(chunks ...[]byte) []byte {
	var out []byte
	for _, c := range chunks {
		out = append(out, byte(len(c)>>16), byte(len(c)>>8), byte(len(c)))
		out = append(out, c...)
	}
	return out
}

// TestFuzzSeeds checks that the seed corpus holds decodable batches (so the fuzzer
// starts from valid inputs) and, with -update, writes it.
func TestFuzzSeeds(t *testing.T) {
	c := newTestChain(t, 4)
	golden, err := Encode(c.cfg(1), l2ChainID, 3, goldenBlocks(t, c))
	if err != nil {
		t.Fatal(err)
	}
	tiny, err := Encode(c.cfg(1), l2ChainID, 0, c.synthBlocks(t, make([][]*types.Transaction, 3)))
	if err != nil {
		t.Fatal(err)
	}
	// The golden channel cut into two frames, one blob each.
	frames, err := derive.ParseFrames(append([]byte{0}, golden.Frames[0]...))
	if err != nil {
		t.Fatal(err)
	}
	half := len(frames[0].Data) / 2
	var two [][]byte
	for i, part := range [][]byte{frames[0].Data[:half], frames[0].Data[half:]} {
		var buf bytes.Buffer
		buf.WriteByte(0)
		f := derive.Frame{ID: golden.ChannelID, FrameNumber: uint16(i), Data: part, IsLast: i == 1}
		if err := f.MarshalBinary(&buf); err != nil {
			t.Fatal(err)
		}
		two = append(two, buf.Bytes())
	}
	tinyRaw := bytes.TrimRight(tiny.Blobs[0][:], "\x00")

	type seed struct {
		mode  byte
		data  []byte
		valid bool
	}
	seeds := map[string]seed{
		"golden":          {1, prefixed(append([]byte{0}, golden.Frames[0]...)), true},
		"two-frames":      {1, prefixed(two...), true},
		"tiny-raw-blob":   {0, tinyRaw, true},
		"reordered":       {1, prefixed(two[1], two[0]), false},
		"version-only":    {1, prefixed([]byte{0}), false},
		"empty":           {0, nil, false},
		"bad-blob-header": {0, []byte{0xff, 0x01, 0x00, 0x00, 0x10}, false},
	}
	dir := filepath.Join("testdata", "fuzz", "FuzzDecode")
	if *update {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	cfg := c.cfg(MaxBlobsPerTx)
	for name, s := range seeds {
		_, err := Decode(cfg, fuzzBlobs(s.mode, s.data))
		if (err == nil) != s.valid {
			t.Errorf("seed %s: decode error %v, want valid=%v", name, err, s.valid)
		}
		content := fmt.Sprintf("go test fuzz v1\nbyte(%q)\n[]byte(%q)\n", rune(s.mode), s.data)
		path := filepath.Join(dir, name)
		if *update {
			if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if got, err := os.ReadFile(path); err != nil || string(got) != content {
			t.Errorf("seed %s missing or stale (run with -update): %v", name, err)
		}
	}
}
