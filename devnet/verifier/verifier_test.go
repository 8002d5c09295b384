package verifier

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/nodeop/nodeop/batcher/batches"
	"github.com/nodeop/nodeop/devnet"
	"github.com/nodeop/nodeop/sequencer/batching"
)

// buildOpNode builds (or reuses) op-node with the repository's script.
// Only a build that failed for lack of network skips the test.
func buildOpNode(t *testing.T) string {
	t.Helper()
	root, err := RepoRoot("")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	start := time.Now()
	bin, err := BuildOpNode(ctx, root, nil)
	if be := (*BuildError)(nil); errors.As(err, &be) && be.Offline() {
		t.Skipf("op-node cannot be built without network: %v", err)
	}
	if err != nil {
		t.Fatalf("build op-node: %v", err)
	}
	t.Logf("op-node %s (build or cache check: %v)", bin, time.Since(start).Round(time.Millisecond))
	return bin
}

// startDevnet starts a 4-validator devnet on free ports, 1 s L1 slots and
// batches every 5 blocks or 5 s, as the devnet package's tests do.
func startDevnet(t *testing.T) *devnet.Devnet {
	t.Helper()
	opts := devnet.DefaultOptions()
	opts.Validators = 4
	opts.BasePort = 0
	opts.L1SlotTime = time.Second
	opts.Batches = batches.DefaultParams()
	opts.Batches.MaxBlocks, opts.Batches.MaxSeconds = 5, 5
	dir := t.TempDir()
	if _, err := devnet.Init(dir, opts); err != nil {
		t.Fatalf("init devnet: %v", err)
	}
	d, err := devnet.Start(dir, testLogger())
	if err != nil {
		t.Fatalf("start devnet: %v", err)
	}
	t.Cleanup(func() {
		if err := d.Stop(); err != nil {
			t.Errorf("stop devnet: %v", err)
		}
	})
	return d
}

func testLogger() *slog.Logger {
	level := slog.LevelWarn
	if os.Getenv("NODEOP_TEST_DEBUG") != "" {
		level = slog.LevelDebug
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
}

// batchStatus is the batches part of sequencer_status.
type batchStatus struct {
	Batches struct {
		NextIndex     uint64  `json:"nextBatchIndex"`
		LastCommitted *uint64 `json:"lastCommittedBatch"`
	} `json:"batches"`
}

func lastCommitted(ctx context.Context, c *ethclient.Client) (*uint64, error) {
	var st batchStatus
	if err := c.Client().CallContext(ctx, &st, "sequencer_status"); err != nil {
		return nil, fmt.Errorf("sequencer_status: %w", err)
	}
	return st.Batches.LastCommitted, nil
}

func getBatch(ctx context.Context, c *ethclient.Client, i uint64) (*batching.BatchView, error) {
	var v *batching.BatchView
	if err := c.Client().CallContext(ctx, &v, "sequencer_getBatch", i); err != nil {
		return nil, fmt.Errorf("sequencer_getBatch(%d): %w", i, err)
	}
	if v == nil {
		return nil, fmt.Errorf("batch %d unknown", i)
	}
	return v, nil
}

// waitCommitted waits until batch min (or a later one) is committed on L1
// and returns the last committed batch.
func waitCommitted(t *testing.T, ctx context.Context, c *ethclient.Client, min uint64) *batching.BatchView {
	t.Helper()
	for {
		// Errors are retried: right after start the node has no height yet.
		last, err := lastCommitted(ctx, c)
		if err == nil && last != nil && *last >= min {
			v, err := getBatch(ctx, c, *last)
			if err != nil {
				t.Fatal(err)
			}
			if v.Commit == nil {
				t.Fatalf("batch %d is the last committed but has no L1 commit: %+v", *last, v)
			}
			return v
		}
		select {
		case <-ctx.Done():
			t.Fatalf("waiting for batch %d to be committed: %v (last committed %v, %v)", min, ctx.Err(), last, err)
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// safeWatch polls op-node in the background every 100 ms and records
// when its safe head first reached each L2 block.
type safeWatch struct {
	v *Verifier

	mu     sync.Mutex
	passed map[uint64]time.Time // L2 number -> first time safe >= number
	top    uint64               // highest safe number seen
	last   *eth.SyncStatus
	err    error // last polling error

	stop func()
}

func newSafeWatch(t *testing.T, v *Verifier) *safeWatch {
	ctx, cancel := context.WithCancel(context.Background())
	w := &safeWatch{v: v, passed: map[uint64]time.Time{}}
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			cctx, ccancel := context.WithTimeout(ctx, 2*time.Second)
			st, err := v.SyncStatus(cctx)
			ccancel()
			now := time.Now()
			w.mu.Lock()
			w.err = err
			if err == nil {
				w.last = st
				for h := w.top + 1; h <= st.SafeL2.Number; h++ {
					w.passed[h] = now
				}
				w.top = max(w.top, st.SafeL2.Number)
			}
			w.mu.Unlock()
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
		}
	}()
	w.stop = func() { cancel(); <-done }
	t.Cleanup(w.stop)
	return w
}

func (w *safeWatch) status() (*eth.SyncStatus, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.last, w.err
}

// wait waits until cond holds for op-node's status, failing the test with
// op-node's log if it does not within ctx or op-node dies.
func (w *safeWatch) wait(t *testing.T, ctx context.Context, what string, cond func(*eth.SyncStatus) bool) *eth.SyncStatus {
	t.Helper()
	for {
		st, err := w.status()
		if st != nil && cond(st) {
			return st
		}
		if ok, rerr := w.v.Running(); !ok && rerr != nil {
			t.Fatalf("op-node died: %v\nlog %s:\n%s", rerr, w.v.LogPath(), w.v.LogTail(80))
		}
		select {
		case <-ctx.Done():
			t.Fatalf("op-node: %s: %v; last status %s (%v)\nlog %s:\n%s",
				what, ctx.Err(), fmtStatus(st), err, w.v.LogPath(), w.v.LogTail(80))
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// until waits until the safe head is at least n.
func (w *safeWatch) until(t *testing.T, ctx context.Context, n uint64) eth.L2BlockRef {
	t.Helper()
	return w.wait(t, ctx, fmt.Sprintf("safe head to reach %d", n), func(st *eth.SyncStatus) bool {
		return st.SafeL2.Number >= n
	}).SafeL2
}

// finalized waits until the finalized head is at least n.
func (w *safeWatch) finalized(t *testing.T, ctx context.Context, n uint64) eth.L2BlockRef {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	return w.wait(t, ctx, fmt.Sprintf("finalized head to reach %d", n), func(st *eth.SyncStatus) bool {
		return st.FinalizedL2.Number >= n
	}).FinalizedL2
}

// passedAt is when the safe head first reached n.
func (w *safeWatch) passedAt(n uint64) (time.Time, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	at, ok := w.passed[n]
	return at, ok
}

func fmtStatus(st *eth.SyncStatus) string {
	if st == nil {
		return "(none)"
	}
	return fmt.Sprintf("current_l1 %d head_l1 %d unsafe %d safe %d finalized %d",
		st.CurrentL1.Number, st.HeadL1.Number, st.UnsafeL2.Number, st.SafeL2.Number, st.FinalizedL2.Number)
}

// lags are, for blocks from..to, the time from each block's timestamp to
// the moment op-node's safe head first reached it.
func (w *safeWatch) lags(t *testing.T, ctx context.Context, c *ethclient.Client, from, to uint64) []time.Duration {
	t.Helper()
	var out []time.Duration
	for n := from; n <= to; n++ {
		at, ok := w.passedAt(n)
		if !ok {
			continue
		}
		h, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatalf("header %d: %v", n, err)
		}
		out = append(out, at.Sub(time.Unix(int64(h.Time), 0)))
	}
	slices.Sort(out)
	return out
}

func summary(d []time.Duration) string {
	if len(d) == 0 {
		return "no blocks"
	}
	r := func(x time.Duration) time.Duration { return x.Round(10 * time.Millisecond) }
	return fmt.Sprintf("%d blocks: min %v, median %v, p90 %v, max %v",
		len(d), r(d[0]), r(d[len(d)/2]), r(d[len(d)*9/10]), r(d[len(d)-1]))
}

// sameChain checks that every sequencer node and the verifier's engine
// have the same block at every height 0..n and returns how many user
// (non-deposit) transactions they hold.
func sameChain(t *testing.T, ctx context.Context, seqs []*ethclient.Client, ver *ethclient.Client, n uint64) int {
	t.Helper()
	txs := 0
	for h := uint64(0); h <= n; h++ {
		num := new(big.Int).SetUint64(h)
		a, err := seqs[0].BlockByNumber(ctx, num)
		if err != nil {
			t.Fatalf("node 0 block %d: %v", h, err)
		}
		for i, c := range seqs[1:] {
			o, err := c.HeaderByNumber(ctx, num)
			if err != nil {
				t.Fatalf("node %d block %d: %v", i+1, h, err)
			}
			if o.Hash() != a.Hash() {
				t.Fatalf("block %d: node %d %s, node 0 %s", h, i+1, o.Hash(), a.Hash())
			}
		}
		b, err := ver.HeaderByNumber(ctx, num)
		if err != nil {
			t.Fatalf("verifier engine block %d: %v", h, err)
		}
		if a.Hash() != b.Hash() {
			t.Fatalf("block %d: verifier %s, sequencer %s\nverifier %+v\nsequencer %+v", h, b.Hash(), a.Hash(), b, a.Header())
		}
		for _, tx := range a.Transactions() {
			if !tx.IsDepositTx() {
				txs++
			}
		}
	}
	t.Logf("blocks 0..%d identical on the %d sequencer nodes and the verifier's engine (%d user txs)", n, len(seqs), txs)
	return txs
}

// checkSafe checks that op-node's safe head is the sequencer's block.
func checkSafe(t *testing.T, ctx context.Context, seq *ethclient.Client, safe eth.L2BlockRef) {
	t.Helper()
	want, err := seq.HeaderByNumber(ctx, new(big.Int).SetUint64(safe.Number))
	if err != nil {
		t.Fatal(err)
	}
	if safe.Hash != want.Hash() {
		t.Fatalf("op-node safe head %d is %s, the sequencer's block is %s", safe.Number, safe.Hash, want.Hash())
	}
}

// sendTraffic sends, until the returned stop is called, a transaction every
// 300 ms from the devnet's last funded account, round-robin over the nodes
// and cycling legacy, access-list and dynamic-fee types, one in five a
// contract creation, so the span batches carry every tx type op-node
// decodes.
func sendTraffic(t *testing.T, ctx context.Context, d *devnet.Devnet) (stop func()) {
	t.Helper()
	acct := d.Manifest.Accounts[len(d.Manifest.Accounts)-1]
	key, err := crypto.HexToECDSA(strings.TrimPrefix(acct.PrivateKey, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	clients := make([]*ethclient.Client, len(d.Manifest.Nodes))
	for i, n := range d.Manifest.Nodes {
		if clients[i], err = ethclient.DialContext(ctx, n.RPC); err != nil {
			t.Fatal(err)
		}
	}
	chainID := new(big.Int).SetUint64(d.Manifest.ChainID)
	signer := types.LatestSignerForChainID(chainID)
	to := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	// initcode returning 1 byte of zeroed memory: deploys a contract whose
	// code is STOP.
	initcode := common.FromHex("0x60016000f3")
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(300 * time.Millisecond)
		defer tick.Stop()
		var nonce uint64
		sent, failures := 0, 0
		for i := 0; ; i++ {
			select {
			case <-ctx.Done():
				t.Logf("traffic: %d txs sent, %d refused", sent, failures)
				return
			case <-tick.C:
			}
			c := clients[i%len(clients)]
			gasPrice := big.NewInt(5_000_000_000)
			var dest *common.Address = &to
			gas := uint64(21_000)
			var data []byte
			if i%5 == 4 {
				dest, gas, data = nil, 100_000, initcode
			}
			var inner types.TxData
			switch i % 3 {
			case 0:
				inner = &types.LegacyTx{Nonce: nonce, GasPrice: gasPrice, Gas: gas, To: dest, Value: big.NewInt(1), Data: data}
			case 1:
				inner = &types.AccessListTx{ChainID: chainID, Nonce: nonce, GasPrice: gasPrice, Gas: gas + 2_400, To: dest, Value: big.NewInt(1), Data: data,
					AccessList: types.AccessList{{Address: to}}}
			default:
				inner = &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(1_000_000_000), GasFeeCap: gasPrice, Gas: gas, To: dest, Value: big.NewInt(1), Data: data}
			}
			tx, err := types.SignNewTx(key, signer, inner)
			if err != nil {
				t.Errorf("sign: %v", err)
				return
			}
			if err := c.SendTransaction(ctx, tx); err != nil {
				if ctx.Err() == nil {
					failures++
					t.Logf("traffic: tx %d (nonce %d) refused: %v", i, nonce, err)
					// Resync the nonce from the chain.
					if n, err := c.PendingNonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey)); err == nil {
						nonce = n
					}
				}
				continue
			}
			sent++
			nonce++
		}
	}()
	var once sync.Once
	return func() {
		once.Do(func() {
			cancel()
			<-done
			for _, c := range clients {
				c.Close()
			}
		})
	}
}

// TestOpNodeDerivesDevnetChain is issue 6's acceptance test: an unmodified
// op-node, built from the pinned optimism module, with its own op-geth,
// derives from the devnet's L1 alone (BatchInbox blobs, the
// ConfigUpdate(BATCHER) events) exactly the L2 chain the 4 operators built:
//  1. under traffic, after at least 3 committed batches and at least one
//     change of submitter (followed through the inbox's ConfigUpdate events
//     as op-node parses them), its safe head reaches the last committed
//     block with every block equal to the sequencer nodes';
//  2. a blob tx of valid frames sent to the inbox by an address that is not
//     the batcher, which op-node's batch rules would accept from the
//     batcher, is ignored: logged as unauthorized, the derived chain stays
//     the sequencer's;
//  3. a restarted op-node resumes and converges on the same chain.
func TestOpNodeDerivesDevnetChain(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: builds op-node and starts a devnet")
	}
	bin := buildOpNode(t)
	testStart := time.Now()
	d := startDevnet(t)
	// ~80 s alone; `make test` runs it with -race beside the other
	// packages' devnets, where the chains lag minutes behind.
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	seqs := make([]*ethclient.Client, len(d.Manifest.Nodes))
	for i, n := range d.Manifest.Nodes {
		c, err := ethclient.DialContext(ctx, n.RPC)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		seqs[i] = c
	}
	seq := seqs[0]
	l1, err := ethclient.DialContext(ctx, d.Manifest.L1.RPC)
	if err != nil {
		t.Fatal(err)
	}
	defer l1.Close()

	stopTraffic := sendTraffic(t, ctx, d)
	defer stopTraffic()

	// 1. At least 3 committed batches, at least one change of submitter.
	top := waitCommitted(t, ctx, seq, 2)
	top, views := waitSubmitterChange(t, ctx, seq, top)
	t.Logf("%d batches committed after %v, %d changes of submitter (index:submitter@L1 block): %s; batch %d holds L2 blocks %d..%d",
		top.Index+1, time.Since(testStart).Round(time.Second), submitterChanges(views), fmtSubmitters(views),
		top.Index, top.Header.FirstBlock, top.Header.LastBlock)

	v, err := Start(ctx, Config{
		Manifest: d.Manifest,
		DataDir:  t.TempDir(),
		OpNode:   bin,
		Log:      testLogger(),
	})
	if err != nil {
		t.Fatalf("start verifier: %v", err)
	}
	t.Cleanup(func() {
		if err := v.Stop(); err != nil {
			t.Errorf("stop verifier: %v", err)
		}
		if t.Failed() {
			t.Logf("op-node log %s (tail):\n%s", v.LogPath(), v.LogTail(60))
			t.Logf("op-node's distinct warnings and errors (count, first line):\n%s", logProblems(v.LogPath()))
		}
		// Kept with -artifacts (go test -artifacts -outputdir DIR).
		if data, err := os.ReadFile(v.LogPath()); err == nil {
			_ = os.WriteFile(filepath.Join(t.ArtifactDir(), "op-node.log"), data, 0o644)
		}
	})
	rcfg := v.RollupConfig()
	events := checkBatcherHistory(t, ctx, l1, rcfg, views)
	t.Logf("inbox emitted %d ConfigUpdate(BATCHER) events up to L1 block %d; replayed with op-node's parser from genesis batcher %s, each names its commit's submitter",
		events, top.Commit.L1Block, rcfg.Genesis.SystemConfig.BatcherAddr)
	verStart := time.Now()
	ver, err := ethclient.DialContext(ctx, v.EngineRPC())
	if err != nil {
		t.Fatal(err)
	}
	defer ver.Close()

	w := newSafeWatch(t, v)
	safe := w.until(t, ctx, top.Header.LastBlock)
	t.Logf("op-node safe head %d reached batch %d's last block %d %v after start", safe.Number, top.Index,
		top.Header.LastBlock, time.Since(verStart).Round(time.Millisecond))
	checkSafe(t, ctx, seq, safe)
	sameChain(t, ctx, seqs, ver, safe.Number)

	// Steady state: batches committed to L1 after op-node caught up.
	caughtUp := safe.Number
	l1Head, err := l1.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var follow []*batching.BatchView
	for i := top.Index + 1; len(follow) < 3; i++ {
		b := waitCommitted(t, ctx, seq, i)
		for j := i; j <= b.Index; j++ {
			if b, err = getBatch(ctx, seq, j); err != nil {
				t.Fatal(err)
			}
			if b.Commit.L1Block > l1Head {
				follow = append(follow, b)
			}
		}
		i = b.Index
	}
	next := follow[len(follow)-1]
	safe = w.until(t, ctx, next.Header.LastBlock)
	checkSafe(t, ctx, seq, safe)
	t.Logf("derivation lag (L2 block timestamp -> op-node's safe head passes it), catching up after start: %s",
		summary(w.lags(t, ctx, seq, 1, caughtUp)))
	t.Logf("derivation lag, following L1 (batches %d..%d, blocks %d..%d): %s", follow[0].Index, next.Index,
		follow[0].Header.FirstBlock, next.Header.LastBlock, summary(w.lags(t, ctx, seq, follow[0].Header.FirstBlock, next.Header.LastBlock)))
	for _, b := range follow {
		last, err := seq.HeaderByNumber(ctx, new(big.Int).SetUint64(b.Header.LastBlock))
		if err != nil {
			t.Fatal(err)
		}
		incl, err := l1.HeaderByNumber(ctx, new(big.Int).SetUint64(b.Commit.L1Block))
		if err != nil {
			t.Fatal(err)
		}
		lastTime, inclTime := time.Unix(int64(last.Time), 0), time.Unix(int64(incl.Time), 0)
		at, _ := w.passedAt(b.Header.LastBlock)
		t.Logf("  batch %d (blocks %d..%d): its last block's timestamp -> L1 block %d's timestamp %v -> op-node safe %v",
			b.Index, b.Header.FirstBlock, b.Header.LastBlock, b.Commit.L1Block, inclTime.Sub(lastTime),
			at.Sub(inclTime).Round(10*time.Millisecond))
	}

	// 2. Valid frames from an address that is not the batcher.
	f := forgeBatch(t, ctx, d, seq, l1, rcfg)
	t.Logf("forgery (attempt %d): blob tx %s from %s in L1 block %d (status %d), right after batch %d's commit: "+
		"L2 blocks %d..%d without tx %s; op-node's CheckBatch on safe head %d: accept",
		f.Attempts, f.Tx.Hash(), f.From, f.Receipt.BlockNumber, f.Receipt.Status, f.After.Index, f.First, f.Last, f.Dropped, f.SafeHead.Number)
	line := waitLogLine(t, ctx, v, "tx in inbox with unauthorized submitter", "hash="+f.Tx.Hash().Hex())
	if !strings.Contains(strings.ToLower(line), strings.ToLower(f.From.Hex())) {
		t.Fatalf("op-node's log line names another sender than %s: %s", f.From, line)
	}
	t.Logf("op-node: %s", line)
	// The real batches over the forged range, and one more.
	cover := waitCommitted(t, ctx, seq, f.After.Index+1)
	for cover.Header.LastBlock < f.Last {
		cover = waitCommitted(t, ctx, seq, cover.Index+1)
	}
	cover = waitCommitted(t, ctx, seq, cover.Index+1)
	safe = w.until(t, ctx, cover.Header.LastBlock)
	checkSafe(t, ctx, seq, safe)
	sameChain(t, ctx, seqs, ver, safe.Number)
	if _, pending, err := ver.TransactionByHash(ctx, f.Dropped); err != nil || pending {
		t.Fatalf("the tx the forgery left out is not in the verifier's chain: pending %v, %v", pending, err)
	}
	if r, err := ver.TransactionReceipt(ctx, f.Dropped); err != nil || r.BlockNumber.Uint64() != f.Last {
		t.Fatalf("the tx the forgery left out: receipt %+v (%v), want it in block %d", r, err, f.Last)
	}

	// op-node finalizes what it derived from finalized L1 blocks (the devnet
	// L1 finalizes its head at once).
	fin := w.finalized(t, ctx, caughtUp)
	if h, err := seq.HeaderByNumber(ctx, new(big.Int).SetUint64(fin.Number)); err != nil || h.Hash() != fin.Hash {
		t.Fatalf("op-node finalized %s, sequencer's block %v (%v)", fin, h, err)
	}
	t.Logf("op-node finalized L2 block %d", fin.Number)

	// 3. A restarted op-node resumes from the engine's chain and derives on.
	if err := v.Restart(ctx); err != nil {
		t.Fatalf("restart op-node: %v", err)
	}
	after := waitCommitted(t, ctx, seq, cover.Index+2)
	safe = w.until(t, ctx, after.Header.LastBlock)
	stopTraffic()
	txs := sameChain(t, ctx, seqs, ver, safe.Number)
	if txs == 0 {
		t.Fatalf("no user transactions in blocks 1..%d: the traffic did not land", safe.Number)
	}
	t.Logf("after restart: safe head %d matches; status %s", safe.Number, fmtStatus(must(w.status())))
	t.Logf("test body %v", time.Since(testStart).Round(time.Second))
}

func must[T any](v T, _ error) T { return v }

// logProblems sums up op-node's warnings and errors: one line per distinct
// message (and err), with its count and first occurrence.
func logProblems(path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return err.Error()
	}
	type entry struct {
		n     int
		first string
	}
	var keys []string
	seen := map[string]*entry{}
	for _, line := range strings.Split(string(data), "\n") {
		if !strings.Contains(line, "lvl=warn") && !strings.Contains(line, "lvl=eror") && !strings.Contains(line, "lvl=crit") {
			continue
		}
		key := logField(line, "msg") + " " + logField(line, "err")
		if e, ok := seen[key]; ok {
			e.n++
			continue
		}
		seen[key] = &entry{n: 1, first: line}
		keys = append(keys, key)
	}
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%5d  %s\n", seen[k].n, seen[k].first)
	}
	return b.String()
}

// logField is the value of key in a logfmt line ("" if absent).
func logField(line, key string) string {
	i := strings.Index(line, " "+key+"=")
	if i < 0 {
		return ""
	}
	v := line[i+len(key)+2:]
	if strings.HasPrefix(v, `"`) {
		for j := 1; j < len(v); j++ {
			if v[j] == '\\' {
				j++
				continue
			}
			if v[j] == '"' {
				return v[1:j]
			}
		}
		return v[1:]
	}
	if j := strings.IndexByte(v, ' '); j >= 0 {
		return v[:j]
	}
	return v
}
