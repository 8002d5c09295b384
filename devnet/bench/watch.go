package bench

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	ctypes "github.com/cometbft/cometbft/rpc/core/types"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

const (
	subscriber    = "bench"
	newBlockQuery = "tm.event='NewBlock'"
)

// watcher records, from one node's websocket, when each block is observed
// and which bench txs it carries: CometBFT's NewBlock events for a nodeop
// set, op-geth's newHeads for the centralized baseline. The observation
// time, not the block header's time, is the commit time: it is when a
// client of the chain could first have known.
type watcher struct {
	close func(context.Context) error // ends the subscription
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
		close: func(ctx context.Context) error {
			err := c.UnsubscribeAll(ctx, subscriber)
			if e := c.Stop(); err == nil {
				err = e
			}
			return err
		},
		known:   known,
		log:     log,
		commits: make(map[common.Hash]time.Time, len(known)),
		first:   make(chan struct{}),
		done:    make(chan struct{}),
	}
	go w.cometLoop(ctx, c, out)
	return w, nil
}

func (w *watcher) cometLoop(ctx context.Context, c *rpchttp.HTTP, out <-chan ctypes.ResultEvent) {
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
			res, err := c.Block(ctx, &h)
			if err != nil {
				w.log.Warn("bench: refetch missed block", "height", h, "err", err)
				continue
			}
			w.record(res.Block.Height, rawHashes(res.Block.Txs), now, true)
		}
		w.record(block.Height, rawHashes(block.Txs), now, false)
		if last == 0 {
			close(w.first)
		}
		last = block.Height
	}
}

// rawHashes are the hashes of a CometBFT block's txs: each is an Ethereum
// tx's canonical encoding, whose Keccak is the tx hash.
func rawHashes(txs cmttypes.Txs) []common.Hash {
	out := make([]common.Hash, len(txs))
	for i, raw := range txs {
		out[i] = crypto.Keccak256Hash(raw)
	}
	return out
}

func (w *watcher) record(height int64, hashes []common.Hash, seen time.Time, refetched bool) {
	obs := blockObs{height: height, seen: seen, txs: len(hashes), refetched: refetched}
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, h := range hashes {
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
	err := w.close(ctx)
	w.mu.Lock()
	defer w.mu.Unlock()
	if err != nil {
		err = fmt.Errorf("bench: close block subscription: %w", err)
	}
	return w.commits, w.blocks, err
}

// startEthWatcher subscribes to newHeads on an Ethereum websocket (the
// baseline's op-geth) and records each block until ctx ends.
func startEthWatcher(ctx context.Context, wsURL string, known map[common.Hash]struct{}, log *slog.Logger) (*watcher, error) {
	c, err := ethclient.DialContext(ctx, wsURL)
	if err != nil {
		return nil, fmt.Errorf("bench: dial %s: %w", wsURL, err)
	}
	heads := make(chan *types.Header, 1024)
	sub, err := c.SubscribeNewHead(ctx, heads)
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("bench: subscribe to new heads: %w", err)
	}
	w := &watcher{
		close: func(context.Context) error {
			sub.Unsubscribe()
			c.Close()
			return nil
		},
		known:   known,
		log:     log,
		commits: make(map[common.Hash]time.Time, len(known)),
		first:   make(chan struct{}),
		done:    make(chan struct{}),
	}
	go w.ethLoop(ctx, c, heads, sub.Err())
	return w, nil
}

func (w *watcher) ethLoop(ctx context.Context, c *ethclient.Client, heads <-chan *types.Header, subErr <-chan error) {
	defer close(w.done)
	var last int64
	for {
		var h *types.Header
		select {
		case <-ctx.Done():
			return
		case err := <-subErr:
			if err != nil && ctx.Err() == nil {
				w.log.Warn("bench: new heads subscription ended", "err", err)
			}
			return
		case h = <-heads:
		}
		now := time.Now()
		n := h.Number.Int64()
		if n <= last {
			continue
		}
		// The first head only starts the count; later gaps are fetched
		// and stamped with this head's time.
		from := n
		if last != 0 {
			from = last + 1
		}
		for k := from; k <= n; k++ {
			b, err := c.BlockByNumber(ctx, big.NewInt(k))
			if err != nil {
				w.log.Warn("bench: fetch block", "number", k, "err", err)
				continue
			}
			hashes := make([]common.Hash, 0, len(b.Transactions()))
			for _, tx := range b.Transactions() {
				hashes = append(hashes, tx.Hash())
			}
			w.record(k, hashes, now, k != n)
		}
		if last == 0 {
			close(w.first)
		}
		last = n
	}
}
