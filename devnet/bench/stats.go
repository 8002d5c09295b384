package bench

import (
	"math"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Dist summarises a set of durations in milliseconds.
type Dist struct {
	N     int     `json:"n"`
	P50Ms float64 `json:"p50Ms"`
	P90Ms float64 `json:"p90Ms"`
	P99Ms float64 `json:"p99Ms"`
	MaxMs float64 `json:"maxMs"`
}

// percentile returns the nearest-rank p-th percentile (0 < p <= 100) of
// sorted, zero for an empty slice.
func percentile(sorted []time.Duration, p float64) time.Duration {
	n := len(sorted)
	if n == 0 {
		return 0
	}
	rank := int(math.Ceil(p / 100 * float64(n)))
	return sorted[min(max(rank, 1), n)-1]
}

// summarize sorts ds in place and returns its distribution.
func summarize(ds []time.Duration) Dist {
	slices.Sort(ds)
	if len(ds) == 0 {
		return Dist{}
	}
	return Dist{
		N:     len(ds),
		P50Ms: ms(percentile(ds, 50)),
		P90Ms: ms(percentile(ds, 90)),
		P99Ms: ms(percentile(ds, 99)),
		MaxMs: ms(ds[len(ds)-1]),
	}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// rejectKey groups an error message by its first clause, which for
// go-ethereum's rejections is the sentinel ("nonce too low: address 0x..,
// tx: 3 state: 5" -> "nonce too low"), so that counts do not split on
// addresses and nonces.
func rejectKey(msg string) string {
	key, _, _ := strings.Cut(msg, ":")
	key = strings.TrimSpace(key)
	if key == "" {
		key = "(empty error)"
	}
	const maxLen = 80
	if len(key) > maxLen {
		key = key[:maxLen]
	}
	return key
}

// nonceConsumed tells whether a submission answered with msg (empty = OK)
// leaves the sender's nonce taken, so that the sender's next tx must use
// the following one. A rejection of a fresh tx ("nonce too high", "txpool
// is full", a transport error) frees it for the next send, which re-sends
// the same signed tx.
func nonceConsumed(msg string) bool {
	if msg == "" {
		return true
	}
	for _, s := range []string{"already known", "nonce too low", "replacement transaction underpriced"} {
		if strings.HasPrefix(msg, s) {
			return true
		}
	}
	return false
}

// txRecord is what the load loop learned about the submission scheduled
// as tx i. Exactly one worker writes each record.
type txRecord struct {
	sent     bool
	accepted bool
	hash     common.Hash
	reject   string        // error message when sent and not accepted, or why not sent
	rpc      time.Duration // submit call duration
	lag      time.Duration // actual send start - scheduled time
}

// blockObs is one committed block as the bench observed it.
type blockObs struct {
	height    int64
	seen      time.Time
	txs       int // all txs in the block
	benchTxs  int // of which the bench sent
	refetched bool
}

// measurement is everything one system's run produced, in the form the
// pure summary needs.
type measurement struct {
	plan    plan
	start   time.Time // scheduled time of tx 0
	records []txRecord
	commits map[common.Hash]time.Time
	blocks  []blockObs
}

// summarizeRun fills the load, latency and block fields of s from m.
// Rates divide counts of txs scheduled within the measurement window by
// its length; "chain tx/s" divides bench txs in blocks observed within the
// window by the same length.
func summarizeRun(s *System, m measurement) {
	p := m.plan
	window := p.windowLen().Seconds()
	var lat, rpc, lag []time.Duration
	s.Rejects = map[string]int{}
	s.RejectExamples = map[string]string{}
	for i := range m.records {
		r := &m.records[i]
		var committed bool
		var at time.Time
		if r.accepted {
			at, committed = m.commits[r.hash]
			s.TotalAccepted++
			if committed {
				s.TotalCommitted++
			} else {
				s.Uncommitted++
			}
		}
		if !p.inWindow(i) {
			continue
		}
		s.Scheduled++
		if r.sent {
			s.Sent++
			rpc = append(rpc, r.rpc)
			lag = append(lag, r.lag)
		}
		switch {
		case r.accepted:
			s.Accepted++
			if committed {
				s.Committed++
				lat = append(lat, at.Sub(m.start.Add(p.offset(i))))
			}
		default:
			s.Rejected++
			k := rejectKey(r.reject)
			if !r.sent {
				k = "not sent: " + k
			}
			s.Rejects[k]++
			if _, ok := s.RejectExamples[k]; !ok {
				s.RejectExamples[k] = r.reject
			}
		}
	}
	s.OfferedRate = float64(s.Scheduled) / window
	s.AcceptedRate = float64(s.Accepted) / window
	s.CommittedRate = float64(s.Committed) / window
	s.Latency = summarize(lat)
	s.SubmitRPC = summarize(rpc)
	s.SendLag = summarize(lag)

	from, to := m.start.Add(p.warmup), m.start.Add(p.warmup+p.duration)
	var inWindow []blockObs
	for _, b := range m.blocks {
		if !b.seen.Before(from) && b.seen.Before(to) {
			inWindow = append(inWindow, b)
		}
		if b.refetched {
			s.RefetchedBlocks++
		}
	}
	s.Blocks = len(inWindow)
	// Per-block figures count bench txs only: a block may also carry
	// txs of the chain's own (block info, deposits) or of other clients.
	var bench int
	for _, b := range inWindow {
		bench += b.benchTxs
		s.MaxTxsPerBlock = max(s.MaxTxsPerBlock, b.benchTxs)
	}
	s.ChainRate = float64(bench) / window
	if len(inWindow) > 0 {
		s.AvgTxsPerBlock = float64(bench) / float64(len(inWindow))
	}
	if len(inWindow) > 1 {
		span := inWindow[len(inWindow)-1].seen.Sub(inWindow[0].seen)
		s.AvgBlockIntervalMs = ms(span) / float64(len(inWindow)-1)
	}
	for i := 1; i < len(inWindow); i++ {
		s.MaxBlockIntervalMs = max(s.MaxBlockIntervalMs, ms(inWindow[i].seen.Sub(inWindow[i-1].seen)))
	}
	s.Timeline = nil
	for i, b := range m.blocks {
		if b.seen.Before(m.start) {
			continue
		}
		pt := BlockPoint{Height: b.height, AtMs: ms(b.seen.Sub(m.start)), Txs: b.txs, BenchTxs: b.benchTxs}
		if i > 0 {
			pt.IntervalMs = ms(b.seen.Sub(m.blocks[i-1].seen))
		}
		s.Timeline = append(s.Timeline, pt)
	}
}
