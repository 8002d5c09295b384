package mempool_test

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"slices"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/nodeop/nodeop/internal/txn"
	"github.com/nodeop/nodeop/mempool"
)

var chainID = big.NewInt(901)

type fakeState struct {
	mu     sync.Mutex
	nonces map[common.Address]uint64
}

func newState() *fakeState { return &fakeState{nonces: make(map[common.Address]uint64)} }

func (s *fakeState) Nonce(addr common.Address) uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.nonces[addr]
}

func (s *fakeState) set(addr common.Address, nonce uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nonces[addr] = nonce
}

type sender struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// newSenders returns n senders sorted by address, so that a test can tell
// which one Pending must list first.
func newSenders(t testing.TB, n int) []sender {
	t.Helper()
	out := make([]sender, n)
	for i := range out {
		key, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		out[i] = sender{key, crypto.PubkeyToAddress(key.PublicKey)}
	}
	slices.SortFunc(out, func(a, b sender) int { return bytes.Compare(a.addr[:], b.addr[:]) })
	return out
}

var decoder = func() *txn.Decoder {
	d, err := txn.NewDecoder(txn.Rules{ChainID: chainID, BlockGasLimit: 30_000_000}, 1024)
	if err != nil {
		panic(err)
	}
	return d
}()

// makeTx builds a signed transfer; to varies the hash for equal nonce and fees.
func makeTx(t testing.TB, s sender, nonce, feeCap, tipCap uint64) *txn.Tx {
	t.Helper()
	to := common.Address{0xaa}
	signed, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{
		ChainID:   chainID,
		Nonce:     nonce,
		GasTipCap: new(big.Int).SetUint64(tipCap),
		GasFeeCap: new(big.Int).SetUint64(feeCap),
		Gas:       21_000,
		To:        &to,
	}), types.LatestSignerForChainID(chainID), s.key)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	tx, err := decoder.Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func mustAdd(t testing.TB, p *mempool.Pool, txs ...*txn.Tx) {
	t.Helper()
	for _, tx := range txs {
		if err := p.Add(tx); err != nil {
			t.Fatalf("Add(nonce %d from %v): %v", tx.Nonce(), tx.Sender, err)
		}
	}
}

func nonces(run []*txn.Tx) []uint64 {
	out := make([]uint64, len(run))
	for i, tx := range run {
		out[i] = tx.Nonce()
	}
	return out
}

// pendingNonces flattens Pending into sender -> nonces for comparison.
func pendingNonces(p *mempool.Pool) map[common.Address][]uint64 {
	out := make(map[common.Address][]uint64)
	for _, run := range p.Pending() {
		out[run[0].Sender] = nonces(run)
	}
	return out
}

func checkStats(t *testing.T, p *mempool.Pool, wantPending, wantFuture int) {
	t.Helper()
	if pending, future := p.Stats(); pending != wantPending || future != wantFuture {
		t.Errorf("Stats() = (%d, %d), want (%d, %d)", pending, future, wantPending, wantFuture)
	}
	if got, want := p.Len(), wantPending+wantFuture; got != want {
		t.Errorf("Len() = %d, want %d", got, want)
	}
}

func TestAddDuplicate(t *testing.T) {
	s := newSenders(t, 1)[0]
	p := mempool.New(mempool.DefaultConfig(), newState())
	tx := makeTx(t, s, 0, 100, 10)
	mustAdd(t, p, tx)
	if err := p.Add(tx); !errors.Is(err, txpool.ErrAlreadyKnown) {
		t.Fatalf("second Add: got %v, want %v", err, txpool.ErrAlreadyKnown)
	}
	if got := p.Get(tx.Hash); got != tx {
		t.Errorf("Get = %v, want the added tx", got)
	}
	checkStats(t, p, 1, 0)
}

func TestReplacement(t *testing.T) {
	tests := []struct {
		name           string
		feeCap, tipCap uint64
		wantErr        error
	}{
		{"exactly 10% bump", 1100, 110, nil},
		{"9% bump", 1090, 109, txpool.ErrReplaceUnderpriced},
		{"fee cap only 9%", 1090, 200, txpool.ErrReplaceUnderpriced},
		{"tip cap only 9%", 2000, 109, txpool.ErrReplaceUnderpriced},
		{"only tip bumped", 1000, 200, txpool.ErrReplaceUnderpriced},
		{"only fee cap bumped", 2000, 100, txpool.ErrReplaceUnderpriced},
		{"lower", 900, 90, txpool.ErrReplaceUnderpriced},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSenders(t, 1)[0]
			p := mempool.New(mempool.DefaultConfig(), newState())
			old, next := makeTx(t, s, 0, 1000, 100), makeTx(t, s, 1, 1000, 100)
			mustAdd(t, p, old, next)

			repl := makeTx(t, s, 0, tt.feeCap, tt.tipCap)
			err := p.Add(repl)
			if !errors.Is(err, tt.wantErr) || (err == nil) != (tt.wantErr == nil) {
				t.Fatalf("Add(replacement) = %v, want %v", err, tt.wantErr)
			}
			checkStats(t, p, 2, 0)
			want := old
			if tt.wantErr == nil {
				want = repl
				if repl.Arrival <= next.Arrival {
					t.Errorf("replacement Arrival = %d, want > %d (a fresh stamp)", repl.Arrival, next.Arrival)
				}
			}
			if got := p.Pending()[0][0]; got != want {
				t.Errorf("Pending head = %v, want %v", got.Hash, want.Hash)
			}
			if got, want := p.Has(old.Hash), tt.wantErr != nil; got != want {
				t.Errorf("Has(old) = %v, want %v", got, want)
			}
			if got, want := p.Has(repl.Hash), tt.wantErr == nil; got != want {
				t.Errorf("Has(replacement) = %v, want %v", got, want)
			}
		})
	}
}

func TestNonceGaps(t *testing.T) {
	s := newSenders(t, 1)[0]
	state := newState()
	state.set(s.addr, 5)
	p := mempool.New(mempool.Config{MaxPerSender: 4, MaxTotal: 100, PriceBump: 10}, state)

	mustAdd(t, p, makeTx(t, s, 5, 100, 10), makeTx(t, s, 7, 100, 10))
	if got, want := pendingNonces(p)[s.addr], []uint64{5}; !slices.Equal(got, want) {
		t.Errorf("Pending nonces = %v, want %v", got, want)
	}
	checkStats(t, p, 1, 1)
	if got, want := p.PendingNonce(s.addr), uint64(6); got != want {
		t.Errorf("PendingNonce = %d, want %d", got, want)
	}

	mustAdd(t, p, makeTx(t, s, 6, 100, 10))
	if got, want := pendingNonces(p)[s.addr], []uint64{5, 6, 7}; !slices.Equal(got, want) {
		t.Errorf("after filling the gap: Pending nonces = %v, want %v", got, want)
	}
	checkStats(t, p, 3, 0)
	if got, want := p.PendingNonce(s.addr), uint64(8); got != want {
		t.Errorf("PendingNonce = %d, want %d", got, want)
	}

	err := p.Add(makeTx(t, s, 4, 100, 10))
	if !errors.Is(err, core.ErrNonceTooLow) {
		t.Fatalf("Add(nonce 4) = %v, want %v", err, core.ErrNonceTooLow)
	}
	if want := "nonce too low: address " + s.addr.Hex() + ", tx: 4 state: 5"; err.Error() != want {
		t.Errorf("error = %q, want %q", err, want)
	}
	// Nonces 5..8 fit a window of MaxPerSender = 4; 9 does not.
	if err := p.Add(makeTx(t, s, 9, 100, 10)); !errors.Is(err, core.ErrNonceTooHigh) {
		t.Errorf("Add(nonce 9) = %v, want %v", err, core.ErrNonceTooHigh)
	}
	mustAdd(t, p, makeTx(t, s, 8, 100, 10))
	checkStats(t, p, 4, 0)

	if got, want := p.PendingNonce(common.Address{1}), uint64(0); got != want {
		t.Errorf("PendingNonce(unknown) = %d, want %d", got, want)
	}
}

func TestPerSenderCap(t *testing.T) {
	s := newSenders(t, 1)[0]
	state := newState()
	state.set(s.addr, 2)
	p := mempool.New(mempool.Config{MaxPerSender: 3, MaxTotal: 100, PriceBump: 10}, state)
	mustAdd(t, p, makeTx(t, s, 2, 100, 10), makeTx(t, s, 3, 100, 10), makeTx(t, s, 4, 100, 10))

	// The nonce window alone keeps a sender within MaxPerSender while its
	// state nonce only grows.
	if err := p.Add(makeTx(t, s, 5, 100, 10)); !errors.Is(err, core.ErrNonceTooHigh) {
		t.Errorf("Add(nonce 5) = %v, want %v", err, core.ErrNonceTooHigh)
	}
	// A state nonce going backwards opens the window over a full account.
	state.set(s.addr, 0)
	p.Update([]common.Address{s.addr})
	if err := p.Add(makeTx(t, s, 0, 100, 10)); !errors.Is(err, txpool.ErrAccountLimitExceeded) {
		t.Errorf("Add(nonce 0) = %v, want %v", err, txpool.ErrAccountLimitExceeded)
	}
	checkStats(t, p, 0, 3)
}

func TestEviction(t *testing.T) {
	type spec struct {
		sender         int
		nonce          uint64
		feeCap, tipCap uint64
	}
	tests := []struct {
		name       string
		states     []uint64 // state nonce per sender
		pool       []spec   // added in order, filling the pool
		in         spec
		wantErr    error
		wantEvict  int // index into pool, or -1
		wantFuture int // future txs afterwards
	}{
		{
			name:      "cheapest tail of another sender",
			pool:      []spec{{0, 0, 100, 10}, {0, 1, 20, 10}, {1, 0, 50, 10}},
			in:        spec{2, 0, 60, 10},
			wantEvict: 1,
		},
		{
			name:      "tip cap breaks fee cap tie",
			pool:      []spec{{0, 0, 50, 20}, {1, 0, 50, 10}},
			in:        spec{2, 0, 50, 11},
			wantEvict: 1,
		},
		{
			name:      "later arrival breaks full tie",
			pool:      []spec{{0, 0, 50, 10}, {1, 0, 50, 10}},
			in:        spec{2, 0, 60, 10},
			wantEvict: 1,
		},
		{
			name:      "future tail before cheaper executable one",
			pool:      []spec{{0, 0, 10, 1}, {1, 0, 100, 10}, {1, 2, 200, 10}},
			in:        spec{2, 0, 300, 10},
			wantEvict: 2,
		},
		{
			name:       "future victim pricier than incoming",
			pool:       []spec{{0, 0, 10, 1}, {1, 0, 100, 10}, {1, 2, 200, 10}},
			in:         spec{2, 0, 150, 10},
			wantErr:    txpool.ErrUnderpriced,
			wantEvict:  -1,
			wantFuture: 1,
		},
		{
			name:      "equal to cheapest",
			pool:      []spec{{0, 0, 100, 10}, {1, 0, 100, 10}},
			in:        spec{2, 0, 100, 10},
			wantErr:   txpool.ErrUnderpriced,
			wantEvict: -1,
		},
		{
			name:      "own tail is no candidate",
			pool:      []spec{{0, 0, 10, 1}, {0, 1, 10, 1}},
			in:        spec{0, 2, 1000, 100},
			wantErr:   txpool.ErrUnderpriced,
			wantEvict: -1,
		},
		{
			name:      "tail eviction leaves no gap",
			pool:      []spec{{0, 0, 10, 1}, {0, 1, 20, 1}, {0, 2, 30, 1}, {1, 0, 500, 1}},
			in:        spec{2, 0, 100, 1},
			wantEvict: 2,
		},
		{
			name:      "state nonce offsets executable",
			states:    []uint64{3, 0},
			pool:      []spec{{0, 3, 10, 1}, {1, 1, 500, 1}},
			in:        spec{2, 0, 600, 1},
			wantEvict: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			senders := newSenders(t, 3)
			state := newState()
			for i, n := range tt.states {
				state.set(senders[i].addr, n)
			}
			p := mempool.New(mempool.Config{MaxPerSender: 16, MaxTotal: len(tt.pool), PriceBump: 10}, state)
			pool := make([]*txn.Tx, len(tt.pool))
			for i, s := range tt.pool {
				pool[i] = makeTx(t, senders[s.sender], s.nonce, s.feeCap, s.tipCap)
				mustAdd(t, p, pool[i])
			}
			before := p.Pending()

			in := makeTx(t, senders[tt.in.sender], tt.in.nonce, tt.in.feeCap, tt.in.tipCap)
			err := p.Add(in)
			if !errors.Is(err, tt.wantErr) || (err == nil) != (tt.wantErr == nil) {
				t.Fatalf("Add = %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				if want := "transaction underpriced: pool full"; err.Error() != want {
					t.Errorf("error = %q, want %q", err, want)
				}
				if after := p.Pending(); !slices.EqualFunc(before, after, slices.Equal) {
					t.Errorf("rejected Add changed Pending: got %d senders, want %d", len(after), len(before))
				}
			}
			if got := p.Has(in.Hash); got != (err == nil) {
				t.Errorf("Has(incoming) = %v, want %v", got, err == nil)
			}
			for i, tx := range pool {
				if got, want := p.Has(tx.Hash), i != tt.wantEvict; got != want {
					t.Errorf("Has(pool[%d]) = %v, want %v", i, got, want)
				}
			}
			checkStats(t, p, len(tt.pool)-tt.wantFuture, tt.wantFuture)
		})
	}
}

func TestUpdate(t *testing.T) {
	ss := newSenders(t, 2)
	a, b := ss[0], ss[1]
	state := newState()
	p := mempool.New(mempool.DefaultConfig(), state)
	a0, a1, a3, a5 := makeTx(t, a, 0, 100, 10), makeTx(t, a, 1, 100, 10), makeTx(t, a, 3, 100, 10), makeTx(t, a, 5, 100, 10)
	b0 := makeTx(t, b, 0, 100, 10)
	mustAdd(t, p, a0, a1, a3, a5, b0)
	checkStats(t, p, 3, 2)

	// The block included a0, a different nonce-1 tx and a nonce-2 tx this
	// pool never saw, so a1 is stale and a3 becomes executable.
	state.set(a.addr, 3)
	for range 2 {
		p.Update([]common.Address{a.addr, {0xde, 0xad}})
		for _, tx := range []*txn.Tx{a0, a1} {
			if p.Has(tx.Hash) {
				t.Errorf("Has(nonce %d) = true after inclusion, want false", tx.Nonce())
			}
		}
		if got, want := pendingNonces(p)[a.addr], []uint64{3}; !slices.Equal(got, want) {
			t.Errorf("Pending nonces = %v, want %v", got, want)
		}
		if got, want := p.PendingNonce(a.addr), uint64(4); got != want {
			t.Errorf("PendingNonce = %d, want %d", got, want)
		}
		checkStats(t, p, 2, 1)
	}

	state.set(a.addr, 6)
	state.set(b.addr, 1)
	p.Update([]common.Address{a.addr, b.addr})
	checkStats(t, p, 0, 0)
	if got, want := p.PendingNonce(a.addr), uint64(6); got != want {
		t.Errorf("PendingNonce after all included = %d, want %d", got, want)
	}
	if err := p.Add(makeTx(t, a, 5, 200, 20)); !errors.Is(err, core.ErrNonceTooLow) {
		t.Errorf("Add(nonce 5) after Update = %v, want %v", err, core.ErrNonceTooLow)
	}
}

func TestPendingOrder(t *testing.T) {
	ss := newSenders(t, 8)
	p := mempool.New(mempool.DefaultConfig(), newState())
	for _, i := range []int{5, 2, 7, 0, 3, 6, 1, 4} {
		mustAdd(t, p, makeTx(t, ss[i], 0, 100, 10), makeTx(t, ss[i], 1, 100, 10))
	}
	// A sender with only future txs has no entry.
	mustAdd(t, p, makeTx(t, newSenders(t, 1)[0], 1, 100, 10))

	pending := p.Pending()
	if len(pending) != len(ss) {
		t.Fatalf("Pending has %d senders, want %d", len(pending), len(ss))
	}
	for i, run := range pending {
		if run[0].Sender != ss[i].addr {
			t.Errorf("Pending[%d] sender = %v, want %v", i, run[0].Sender, ss[i].addr)
		}
		if got, want := nonces(run), []uint64{0, 1}; !slices.Equal(got, want) {
			t.Errorf("Pending[%d] nonces = %v, want %v", i, got, want)
		}
	}
	pending[0][0] = nil
	if p.Pending()[0][0] == nil {
		t.Error("Pending returned the pool's own slice, want a copy")
	}
}

func TestConcurrent(t *testing.T) {
	const senders, perSender = 4, 16
	ss := newSenders(t, senders)
	txs := make([][]*txn.Tx, senders)
	for i, s := range ss {
		for n := range perSender {
			txs[i] = append(txs[i], makeTx(t, s, uint64(n), 100, 10))
		}
	}
	state := newState()
	p := mempool.New(mempool.Config{MaxPerSender: perSender, MaxTotal: senders * perSender / 2, PriceBump: 10}, state)

	var wg sync.WaitGroup
	for i := range ss {
		wg.Go(func() {
			for _, tx := range txs[i] {
				p.Add(tx) // any outcome is fine; only races and invariants matter
			}
		})
	}
	wg.Go(func() {
		for range 50 {
			for _, run := range p.Pending() {
				for j, tx := range run[1:] {
					if tx.Nonce() != run[j].Nonce()+1 {
						t.Errorf("Pending run has gap: %v", nonces(run))
					}
				}
			}
			p.Stats()
		}
	})
	wg.Go(func() {
		for n := range uint64(perSender / 2) {
			for _, s := range ss {
				state.set(s.addr, n)
			}
			p.Update([]common.Address{ss[0].addr, ss[1].addr, ss[2].addr, ss[3].addr})
		}
	})
	wg.Wait()

	pending, future := p.Stats()
	if pending+future != p.Len() || p.Len() > senders*perSender/2 {
		t.Errorf("Stats() = (%d, %d), Len() = %d, want a sum within %d", pending, future, p.Len(), senders*perSender/2)
	}
}

func TestFeeFloor(t *testing.T) {
	s := newSenders(t, 1)[0]
	cfg := mempool.DefaultConfig()
	cfg.MinTipCap = big.NewInt(100)
	p := mempool.New(cfg, newState())
	if err := p.Add(makeTx(t, s, 0, 1000, 99)); !errors.Is(err, txpool.ErrTxGasPriceTooLow) {
		t.Fatalf("tip 99 under floor 100: err = %v, want %v", err, txpool.ErrTxGasPriceTooLow)
	}
	if p.Len() != 0 {
		t.Fatalf("rejected tx left %d txs in the pool", p.Len())
	}
	mustAdd(t, p, makeTx(t, s, 0, 1000, 100))
	if !p.HasNonce(s.addr, 0) || p.HasNonce(s.addr, 1) {
		t.Fatalf("HasNonce(0), HasNonce(1) = %v, %v; want true, false", p.HasNonce(s.addr, 0), p.HasNonce(s.addr, 1))
	}
}

func TestRemoveDropsTheTxAndItsSuccessors(t *testing.T) {
	ss := newSenders(t, 2)
	a, b := ss[0], ss[1]
	p := mempool.New(mempool.DefaultConfig(), newState())
	txs := []*txn.Tx{makeTx(t, a, 0, 100, 1), makeTx(t, a, 1, 100, 1), makeTx(t, a, 2, 100, 1), makeTx(t, a, 5, 100, 1)}
	mustAdd(t, p, txs...)
	mustAdd(t, p, makeTx(t, b, 0, 100, 1))
	p.Remove(txs[1].Hash, common.Hash{0xde, 0xad})
	if got := p.PendingNonce(a.addr); got != 1 {
		t.Fatalf("PendingNonce after removing nonce 1 = %d, want 1", got)
	}
	for i, tx := range txs {
		if want := i == 0; p.Has(tx.Hash) != want {
			t.Fatalf("Has(nonce %d) = %v, want %v", tx.Nonce(), p.Has(tx.Hash), want)
		}
	}
	if pending, future := p.Stats(); pending != 2 || future != 0 || p.Len() != 2 {
		t.Fatalf("Stats = %d pending, %d future, Len %d; want 2, 0, 2", pending, future, p.Len())
	}
	p.Remove(txs[0].Hash)
	if p.HasNonce(a.addr, 0) || p.Len() != 1 {
		t.Fatalf("sender a still pooled after removing its only tx (Len %d)", p.Len())
	}
}

// TestNonceTooHighRereadsState: between a block's execution and the pool's
// Update, a sender's state nonce moves on; a tx that is too far ahead only
// of the stale cached nonce is admitted.
func TestNonceTooHighRereadsState(t *testing.T) {
	s := newSenders(t, 1)[0]
	st := newState()
	cfg := mempool.DefaultConfig()
	cfg.MaxPerSender = 4
	p := mempool.New(cfg, st)
	mustAdd(t, p, makeTx(t, s, 0, 100, 1), makeTx(t, s, 1, 100, 1))
	st.set(s.addr, 2) // executed, Update not yet called
	if err := p.Add(makeTx(t, s, 5, 100, 1)); err != nil {
		t.Fatalf("nonce 5 with state nonce 2 and 4 slots: %v", err)
	}
	if p.Has(makeTx(t, s, 0, 100, 1).Hash) || p.Len() != 1 {
		t.Fatalf("stale txs kept: Len %d, want 1", p.Len())
	}
	if err := p.Add(makeTx(t, s, 6, 100, 1)); !errors.Is(err, core.ErrNonceTooHigh) {
		t.Fatalf("nonce 6 with state nonce 2: err = %v, want %v", err, core.ErrNonceTooHigh)
	}
}
