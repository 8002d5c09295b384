package bench

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	ctypes "github.com/cometbft/cometbft/rpc/core/types"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

const (
	subscriber    = "bench"
	newBlockQuery = "tm.event='NewBlock'"
)

// watcher records, from one node's CometBFT websocket, when each block is
// observed and which bench txs it carries. The observation time, not the
// block header's time, is the commit time: it is when a client of the
// chain could first have known.
type watcher struct {
	c     *rpchttp.HTTP
	known map[common.Hash]struct{}
	log   *slog.Logger

	mu      sync.Mutex
	commits map[common.Hash]time.Time
	blocks  []blockObs

	first chan struct{} // closed at the first block
	done  chan struct{} // closed when the loop has ended
}

// startWatcher subscribes to NewBlock events on cometRPC and records them
// until ctx ends.
func startWatcher(ctx context.Context, cometRPC string, known map[common.Hash]struct{}, log *slog.Logger) (*watcher, error) {
	c, err := rpchttp.New(cometRPC, "/websocket")
	if err != nil {
		return nil, fmt.Errorf("bench: cometbft client: %w", err)
	}
	if err := c.Start(); err != nil {
		return nil, fmt.Errorf("bench: cometbft websocket: %w", err)
	}
	// A full out channel drops events; the loop refetches any height it
	// missed, but a roomy channel keeps that rare.
	out, err := c.Subscribe(ctx, subscriber, newBlockQuery, 1024)
	if err != nil {
		c.Stop()
		return nil, fmt.Errorf("bench: subscribe to new blocks: %w", err)
	}
	w := &watcher{
		c:       c,
		known:   known,
		log:     log,
		commits: make(map[common.Hash]time.Time, len(known)),
		first:   make(chan struct{}),
		done:    make(chan struct{}),
	}
	go w.loop(ctx, out)
	return w, nil
}

func (w *watcher) loop(ctx context.Context, out <-chan ctypes.ResultEvent) {
	defer close(w.done)
	var last int64
	for {
		var ev ctypes.ResultEvent
		select {
		case <-ctx.Done():
			return
		case ev = <-out:
		}
		now := time.Now()
		var block *cmttypes.Block
		switch d := ev.Data.(type) {
		case cmttypes.EventDataNewBlock:
			block = d.Block
		case *cmttypes.EventDataNewBlock:
			block = d.Block
		}
		if block == nil || block.Height <= last {
			continue
		}
		// Heights the subscription skipped are fetched and stamped with
		// this event's time, which overstates their latency slightly.
		for h := last + 1; last != 0 && h < block.Height; h++ {
			res, err := w.c.Block(ctx, &h)
			if err != nil {
				w.log.Warn("bench: refetch missed block", "height", h, "err", err)
				continue
			}
			w.record(res.Block, now, true)
		}
		w.record(block, now, false)
		if last == 0 {
			close(w.first)
		}
		last = block.Height
	}
}

func (w *watcher) record(b *cmttypes.Block, seen time.Time, refetched bool) {
	obs := blockObs{height: b.Height, seen: seen, txs: len(b.Txs), refetched: refetched}
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, raw := range b.Txs {
		h := crypto.Keccak256Hash(raw)
		if _, ok := w.known[h]; !ok {
			continue
		}
		obs.benchTxs++
		if _, dup := w.commits[h]; !dup {
			w.commits[h] = seen
		}
	}
	w.blocks = append(w.blocks, obs)
}

// forget drops from pending every hash committed so far.
func (w *watcher) forget(pending map[common.Hash]struct{}) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for h := range pending {
		if _, ok := w.commits[h]; ok {
			delete(pending, h)
		}
	}
}

// stop ends the subscription and returns what was observed. The loop's
// context must already be done.
func (w *watcher) stop() (map[common.Hash]time.Time, []blockObs, error) {
	<-w.done
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := w.c.UnsubscribeAll(ctx, subscriber)
	if e := w.c.Stop(); err == nil {
		err = e
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if err != nil {
		err = fmt.Errorf("bench: close cometbft websocket: %w", err)
	}
	return w.commits, w.blocks, err
}
