package batching

import (
	"context"
	"errors"
	"reflect"
	"sync"
	"testing"

	"github.com/ethereum-optimism/optimism/op-service/eth"

	"github.com/nodeop/nodeop/batcher/batches"
	"github.com/nodeop/nodeop/batcher/channel"
)

func TestCertified(t *testing.T) {
	e := newEnv(t)
	p := e.node(t, 0)
	rec := withPending(t, p, e.l1.epoch)

	for _, i := range []uint64{0, 1, 7} {
		if _, _, _, err := p.Certified(i); err == nil {
			t.Fatalf("Certified(%d) with batch 0 only sealed", i)
		}
	}

	raw := certFor(rec, 0, 2, 3)
	finalize(t, p, 2, origin(originNumber), raw, nil)
	for _, i := range []uint64{1, 7} {
		if _, _, _, err := p.Certified(i); err == nil {
			t.Fatalf("Certified(%d) of a batch that does not exist", i)
		}
	}

	// Sealed before a restart: the blobs must be encoded again from the
	// engine's blocks, which this one cannot serve.
	if _, _, _, err := p.Certified(0); !errors.Is(err, errNoPayloads) {
		t.Fatalf("error %v, want the chain's", err)
	}

	// Sealed here: the blobs are at hand.
	blobs := []*eth.Blob{new(eth.Blob), new(eth.Blob)}
	blobs[1][0] = 1
	p.mu.Lock()
	p.blobs[0] = &channel.Batch{Blobs: blobs, BlobHashes: rec.Header.BlobHashes}
	p.mu.Unlock()
	h, c, got, err := p.Certified(0)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(h, rec.Header) {
		t.Fatalf("header %+v, want %+v", h, rec.Header)
	}
	want, _ := batches.DecodeCert(raw)
	if c.HeaderHash != rec.Hash || c.Bitmap.Cmp(bits(0, 2, 3)) != 0 || string(c.Encode()) != string(want.Encode()) {
		t.Fatalf("certificate %+v, want the decided one", c)
	}
	if len(got) != 2 || got[0] != blobs[0] || got[1] != blobs[1] {
		t.Fatal("not the batch's blobs")
	}
}

// TestConcurrentReads runs the read accessors against Finalize, for the
// race detector.
func TestConcurrentReads(t *testing.T) {
	e := newEnv(t)
	p := e.node(t, 0)
	rec := withPending(t, p, e.l1.epoch)
	done := make(chan struct{})
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-done:
					return
				default:
				}
				s := p.Summary()
				_ = len(s.Operators)
				if v, ok := p.Batch(0); ok {
					_ = v.Status
				}
				p.Trust(opAddr(1))
				p.Certified(0)
				p.VerifyVoteExtension(context.Background(), 2, valAddr(1), extensionFor(1, rec))
			}
		}()
	}
	finalize(t, p, 2, origin(originNumber), certFor(rec, 0, 1, 2), voters(0, 1, 2))
	for h := int64(3); h <= 8; h++ {
		finalize(t, p, h, origin(originNumber+uint64(h)), nil, voters(0, 1, 2, 3))
	}
	close(done)
	wg.Wait()
	if v := mustBatch(t, p, 0); v.Status != "certified" {
		t.Fatalf("batch 0 is %s", v.Status)
	}
}
