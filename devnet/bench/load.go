package bench

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"net"
	"net/http"
	"runtime"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"golang.org/x/sync/errgroup"
)

const (
	// maxTxs bounds one system's load, whatever rate and duration ask for.
	maxTxs = 1_000_000
	// pacerTick is how often the pacer releases the txs that fell due.
	pacerTick = time.Millisecond
	// rpcTimeout bounds one eth_sendRawTransaction call.
	rpcTimeout = 10 * time.Second
	// transferGas is the gas of a plain transfer.
	transferGas = 21_000
)

// plan is the open-loop schedule: tx i is due at offset(i) = i/rate after
// the start; the first warmup's worth are not measured, the next
// duration's worth are.
type plan struct {
	rate             float64
	warmup, duration time.Duration
	// total txs; those in [first, total) fall in the measurement window.
	first, total int
}

func newPlan(rate float64, warmup, duration time.Duration) (plan, error) {
	if !(rate > 0) || math.IsInf(rate, 0) {
		return plan{}, fmt.Errorf("bench: rate must be positive, got %v", rate)
	}
	if duration <= 0 || warmup < 0 {
		return plan{}, fmt.Errorf("bench: need duration > 0 and warmup >= 0, got %v and %v", duration, warmup)
	}
	if est := (warmup + duration).Seconds() * rate; est > maxTxs {
		return plan{}, fmt.Errorf("bench: %v at %v tx/s is %.0f txs, over the bound of %d", warmup+duration, rate, est, maxTxs)
	}
	p := plan{rate: rate, warmup: warmup, duration: duration}
	p.first = p.countBefore(warmup)
	p.total = p.countBefore(warmup + duration)
	if p.total == p.first {
		return plan{}, fmt.Errorf("bench: no tx falls in a %v window at %v tx/s", duration, rate)
	}
	return p, nil
}

// offset is the scheduled send time of tx i relative to the start.
func (p plan) offset(i int) time.Duration {
	return time.Duration(float64(i) / p.rate * float64(time.Second))
}

// countBefore is the number of txs scheduled strictly before t.
func (p plan) countBefore(t time.Duration) int {
	n := max(int(math.Ceil(t.Seconds()*p.rate)), 0)
	for p.offset(n) < t {
		n++
	}
	for n > 0 && p.offset(n-1) >= t {
		n--
	}
	return n
}

func (p plan) inWindow(i int) bool { return i >= p.first && i < p.total }

func (p plan) windowLen() time.Duration { return p.duration }

// jobsOf is how many of total txs go to sender s of n, tx i going to
// sender i mod n.
func jobsOf(total, n, s int) int {
	if s >= total {
		return 0
	}
	return (total - s + n - 1) / n
}

// workerOf is the worker that sends every tx of sender s, so that one
// sender's txs leave in nonce order from one goroutine.
func workerOf(s, workers int) int { return s % workers }

// pace releases tx 0..p.total-1 in order, each once its scheduled time
// start+offset(i) has passed, checking every tick. It never waits on emit's
// consumers' progress beyond emit itself, so a slow system does not slow
// the offered load (no coordinated omission).
func pace(ctx context.Context, start time.Time, p plan, tick time.Duration, emit func(i int)) int {
	t := time.NewTicker(tick)
	defer t.Stop()
	next := 0
	for {
		el := time.Since(start)
		for next < p.total && p.offset(next) <= el {
			emit(next)
			next++
		}
		if next == p.total {
			return next
		}
		select {
		case <-ctx.Done():
			return next
		case <-t.C:
		}
	}
}

// senderKey is the deterministic key of bench sender i.
func senderKey(i int) (*ecdsa.PrivateKey, error) {
	seed := crypto.Keccak256(binary.BigEndian.AppendUint64([]byte("nodeop-bench-sender"), uint64(i)))
	return crypto.ToECDSA(seed)
}

// senderKeys are the keys of bench senders 0..n-1.
func senderKeys(n int) ([]*ecdsa.PrivateKey, error) {
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		k, err := senderKey(i)
		if err != nil {
			return nil, fmt.Errorf("bench: sender key %d: %w", i, err)
		}
		keys[i] = k
	}
	return keys, nil
}

// SenderAddresses are the accounts the bench sends from, sender i being
// the i-th: a chain that charges for gas must fund them at genesis.
func SenderAddresses(n int) ([]common.Address, error) {
	keys, err := senderKeys(n)
	if err != nil {
		return nil, err
	}
	out := make([]common.Address, n)
	for i, k := range keys {
		out[i] = crypto.PubkeyToAddress(k.PublicKey)
	}
	return out, nil
}

type signedTx struct {
	raw  []byte
	hash common.Hash
}

// txSet holds every tx the load may send: per sender, nonce 0, 1, ...
// A tx depends only on its sender and nonce, so re-sending a nonce sends
// the identical tx.
type txSet struct {
	bySender [][]signedTx
	known    map[common.Hash]struct{}
}

// signAll signs, for each sender key, as many txs of the given load kind
// (see loadCalls) as the plan's total txs give it (tx i is from sender i
// mod len(keys)), on all CPUs, before any node runs.
func signAll(ctx context.Context, chainID *big.Int, keys []*ecdsa.PrivateKey, total int, kind string) (*txSet, error) {
	senders := len(keys)
	callOf, err := loadCalls(kind, senders)
	if err != nil {
		return nil, err
	}
	set := &txSet{bySender: make([][]signedTx, senders)}
	signer := types.LatestSignerForChainID(chainID)
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	for s, key := range keys {
		g.Go(func() error {
			txs := make([]signedTx, jobsOf(total, senders, s))
			for n := range txs {
				if err := ctx.Err(); err != nil {
					return err
				}
				c := callOf(s, n)
				tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{
					ChainID:   chainID,
					Nonce:     uint64(n),
					GasTipCap: big.NewInt(1_000_000_000),
					// Far above the base fee, which rises ~2% per full block.
					GasFeeCap: big.NewInt(100_000_000_000),
					Gas:       c.gas,
					To:        &c.to,
					Value:     c.value,
					Data:      c.data,
				})
				if err != nil {
					return fmt.Errorf("bench: sign: %w", err)
				}
				raw, err := tx.MarshalBinary()
				if err != nil {
					return fmt.Errorf("bench: encode: %w", err)
				}
				txs[n] = signedTx{raw: raw, hash: tx.Hash()}
			}
			set.bySender[s] = txs
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	set.known = make(map[common.Hash]struct{}, total)
	for _, txs := range set.bySender {
		for _, tx := range txs {
			set.known[tx.hash] = struct{}{}
		}
	}
	return set, nil
}

// submitter posts JSON-RPC over keep-alive HTTP connections to loopback.
type submitter struct{ client *http.Client }

// newSubmitter keeps up to perHost idle connections to each node, one per
// worker, so that no call waits for a new connection once warmed up.
func newSubmitter(perHost int) *submitter {
	return &submitter{client: &http.Client{Transport: &http.Transport{
		Proxy:               nil, // loopback only, whatever HTTP_PROXY says
		DialContext:         (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		MaxIdleConns:        0, // no total cap: perHost bounds it
		MaxIdleConnsPerHost: perHost,
		IdleConnTimeout:     time.Minute,
		DisableCompression:  true,
	}}}
}

func (s *submitter) close() { s.client.CloseIdleConnections() }

// call posts body to url and returns the result, or the JSON-RPC error
// message (rpcErr) the server answered with, or err for anything else.
func (s *submitter) call(ctx context.Context, url string, body []byte) (result json.RawMessage, rpcErr string, err error) {
	ctx, cancel := context.WithTimeout(ctx, rpcTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, "", err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := s.client.Do(req)
	if err != nil {
		return nil, "", err
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	resp.Body.Close()
	if err != nil {
		return nil, "", err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, "", fmt.Errorf("http status %d: %.200s", resp.StatusCode, data)
	}
	var out struct {
		Result json.RawMessage `json:"result"`
		Error  *struct {
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, "", fmt.Errorf("decode response: %w", err)
	}
	if out.Error != nil {
		return nil, out.Error.Message, nil
	}
	return out.Result, "", nil
}

// appendSendRaw appends the eth_sendRawTransaction request for raw to buf.
func appendSendRaw(buf, raw []byte) []byte {
	buf = append(buf, `{"jsonrpc":"2.0","id":1,"method":"eth_sendRawTransaction","params":["0x`...)
	buf = hex.AppendEncode(buf, raw)
	return append(buf, `"]}`...)
}

// transportReject names a failed call in a way rejectKey groups sensibly.
func transportReject(err error) string {
	kind := "other"
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		kind = "timeout"
	case errors.Is(err, context.Canceled):
		kind = "canceled"
	case errors.Is(err, syscall.ECONNREFUSED):
		kind = "connection refused"
	case errors.Is(err, syscall.ECONNRESET):
		kind = "connection reset"
	}
	return "transport error (" + kind + "): " + err.Error()
}

// load is one system's load loop.
type load struct {
	plan    plan
	txs     *txSet
	urls    []string
	workers int
	sub     *submitter
	// ws, when set, carries the txs instead of HTTP: ws[w][n] is worker
	// w's own connection to node n.
	ws [][]*rpc.Client
	// counts are the running totals progress lines read.
	counts loadCounts
}

// dialWS opens one WebSocket JSON-RPC connection per worker and node.
func dialWS(ctx context.Context, urls []string, workers int) ([][]*rpc.Client, error) {
	conns := make([][]*rpc.Client, workers)
	for w := range conns {
		for _, u := range urls {
			c, err := rpc.DialContext(ctx, u)
			if err != nil {
				closeWS(conns)
				return nil, fmt.Errorf("bench: websocket %s: %w", u, err)
			}
			conns[w] = append(conns[w], c)
		}
	}
	return conns, nil
}

func closeWS(conns [][]*rpc.Client) {
	for _, cs := range conns {
		for _, c := range cs {
			c.Close()
		}
	}
}

// sendWS sends raw over c; a JSON-RPC error comes back as rpcErr, like
// submitter.call's.
func sendWS(ctx context.Context, c *rpc.Client, raw []byte) (rpcErr string, err error) {
	ctx, cancel := context.WithTimeout(ctx, rpcTimeout)
	defer cancel()
	var hash common.Hash
	err = c.CallContext(ctx, &hash, "eth_sendRawTransaction", hexutil.Bytes(raw))
	var re rpc.Error
	if errors.As(err, &re) {
		return re.Error(), nil
	}
	return "", err
}

// run offers the plan's txs from start on: tx i is from sender i mod S
// (nonce order per sender, one worker per sender) to node i mod N. Sends
// stop when ctx ends; the records of txs never sent say why.
func (l *load) run(ctx context.Context, start time.Time) []txRecord {
	senders := len(l.txs.bySender)
	workers := min(l.workers, senders)
	recs := make([]txRecord, l.plan.total)
	// Each queue holds all its worker's jobs, so emitting never blocks.
	queues := make([]chan int, workers)
	for w := range queues {
		n := 0
		for s := w; s < senders; s += workers {
			n += jobsOf(l.plan.total, senders, s)
		}
		queues[w] = make(chan int, n)
	}
	nextNonce := make([]int, senders) // element s is written only by s's worker
	var wg sync.WaitGroup
	for w := range queues {
		wg.Go(func() {
			var buf []byte
			for i := range queues[w] {
				r := &recs[i]
				if err := ctx.Err(); err != nil {
					r.reject = "load stopped: " + err.Error()
					continue
				}
				s := i % senders
				tx := l.txs.bySender[s][nextNonce[s]]
				buf = appendSendRaw(buf[:0], tx.raw)
				sched := start.Add(l.plan.offset(i))
				t0 := time.Now()
				var rpcErr string
				var err error
				if l.ws != nil {
					rpcErr, err = sendWS(ctx, l.ws[w][i%len(l.urls)], tx.raw)
				} else {
					_, rpcErr, err = l.sub.call(ctx, l.urls[i%len(l.urls)], buf)
				}
				r.rpc = time.Since(t0)
				r.lag = t0.Sub(sched)
				r.sent = true
				r.hash = tx.hash
				switch {
				case err != nil:
					r.reject = transportReject(err)
					l.counts.rejected.Add(1)
				case rpcErr != "":
					r.reject = rpcErr
					l.counts.rejected.Add(1)
				default:
					r.accepted = true
					l.counts.accepted.Add(1)
				}
				if err == nil && nonceConsumed(rpcErr) {
					nextNonce[s]++
				}
			}
		})
	}
	emitted := pace(ctx, start, l.plan, pacerTick, func(i int) {
		// Counted first, so that no reader sees a tx answered but not
		// scheduled.
		l.counts.scheduled.Add(1)
		queues[workerOf(i%senders, workers)] <- i
	})
	for _, q := range queues {
		close(q)
	}
	wg.Wait()
	for i := emitted; i < len(recs); i++ {
		recs[i].reject = "load stopped before the tx fell due"
	}
	return recs
}
