package bench

import (
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"
)

// loadCounts are a load's running totals: the pacer and the workers add to
// them as they go, and progress lines read them, without either waiting on
// the other.
type loadCounts struct {
	scheduled atomic.Int64 // released by the pacer to a worker
	accepted  atomic.Int64
	rejected  atomic.Int64 // refused by the node or failed in transport
}

// progressLine is one look at a system under load.
type progressLine struct {
	system  string
	elapsed time.Duration // since the load's start
	// scheduled of total txs have fallen due; of those sent, accepted and
	// rejected so far.
	scheduled, total   int64
	accepted, rejected int64
	// committed bench txs and the latest block height, as the watcher saw
	// them.
	committed int
	height    int64
}

// attrs are the line's slog attributes.
func (p progressLine) attrs() []any {
	return []any{
		"system", p.system,
		"elapsed", max(p.elapsed, 0).Round(100 * time.Millisecond),
		"scheduled", fmt.Sprintf("%d/%d", p.scheduled, p.total),
		"accepted", p.accepted,
		"rejected", p.rejected,
		"committed", p.committed,
		"height", p.height,
	}
}

// progressOf reads a system's progress: the load's counters and what the
// watcher has seen so far.
func progressOf(system string, start time.Time, total int, c *loadCounts, w *watcher) progressLine {
	committed, height := w.seen()
	return progressLine{
		system:    system,
		elapsed:   time.Since(start),
		scheduled: c.scheduled.Load(),
		total:     int64(total),
		accepted:  c.accepted.Load(),
		rejected:  c.rejected.Load(),
		committed: committed,
		height:    height,
	}
}

// seen is how many bench txs the watcher has seen committed so far and the
// height of the latest block it recorded (0 before the first). It holds
// the watcher's lock only to read two figures, so the block loop never
// waits on it for long.
func (w *watcher) seen() (committed int, height int64) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if n := len(w.blocks); n > 0 {
		height = w.blocks[n-1].height
	}
	return len(w.commits), height
}

// startProgress logs a "bench: progress" line built by read every interval
// until stop is called (any number of times; it returns once no line is
// being written). An interval of 0 or less logs nothing. Reading happens
// on its own goroutine, so a slow log never delays the load.
func startProgress(log *slog.Logger, interval time.Duration, read func() progressLine) (stop func()) {
	if interval <= 0 {
		return func() {}
	}
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-quit:
				return
			case <-t.C:
				log.Info("bench: progress", read().attrs()...)
			}
		}
	}()
	return sync.OnceFunc(func() {
		close(quit)
		<-done
	})
}
