package ordering

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/nodeop/nodeop/internal/txn"
)

var chainID = big.NewInt(901)

// mkTx signs and decodes a dynamic-fee tx from sender number `from`. Keys
// are derived from the sender number so that hashes, and thus hash
// tie-breaks and failures, reproduce across runs.
func mkTx(tb testing.TB, from int, nonce uint64, tip, feeCap int64, gas uint64) *txn.Tx {
	tb.Helper()
	key, err := crypto.ToECDSA(common.BigToHash(big.NewInt(int64(from) + 1)).Bytes())
	if err != nil {
		tb.Fatal(err)
	}
	to := common.Address{0xee}
	signed, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(tip), GasFeeCap: big.NewInt(feeCap),
		Gas: gas, To: &to, Value: new(big.Int),
	}), types.LatestSignerForChainID(chainID), key)
	if err != nil {
		tb.Fatal(err)
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		tb.Fatal(err)
	}
	dec, err := txn.NewDecoder(txn.Rules{ChainID: chainID, BlockGasLimit: 30_000_000}, 1024)
	if err != nil {
		tb.Fatal(err)
	}
	tx, err := dec.Decode(raw)
	if err != nil {
		tb.Fatal(err)
	}
	return tx
}

// simple is a 21000-gas tx whose fee cap never binds.
func simple(tb testing.TB, from int, nonce uint64, tip int64) *txn.Tx {
	return mkTx(tb, from, nonce, tip, tip+1000, 21000)
}

func withArrival(tx *txn.Tx, a uint64) *txn.Tx { tx.Arrival = a; return tx }

type nonces map[common.Address]uint64

func (n nonces) Nonce(a common.Address) uint64 { return n[a] }

// names renders txs as "sender/nonce" so failures read at a glance.
func names(txs []*txn.Tx, senders map[common.Address]int) []string {
	out := make([]string, len(txs))
	for i, tx := range txs {
		out[i] = fmt.Sprintf("%d/%d", senders[tx.Sender], tx.Nonce())
	}
	return out
}

func sendersOf(seqs [][]*txn.Tx) map[common.Address]int {
	m := make(map[common.Address]int)
	for _, run := range seqs {
		for _, tx := range run {
			if _, ok := m[tx.Sender]; !ok {
				m[tx.Sender] = len(m)
			}
		}
	}
	return m
}

func TestOrder(t *testing.T) {
	// Senders are numbered by first appearance in seqs, so "1/0" is the
	// second run's nonce 0.
	byteLimitSeqs := [][]*txn.Tx{{simple(t, 0, 0, 3)}, {simple(t, 1, 0, 2)}, {simple(t, 2, 0, 1)}}
	tests := []struct {
		name    string
		seqs    [][]*txn.Tx
		baseFee *big.Int
		lim     Limits
		want    []string
	}{
		{
			name: "tip across senders",
			seqs: [][]*txn.Tx{{simple(t, 0, 0, 3)}, {simple(t, 1, 0, 5)}, {simple(t, 2, 0, 1)}},
			lim:  Limits{GasLimit: 1e6},
			want: []string{"1/0", "0/0", "2/0"},
		},
		{
			name: "later nonce paying more waits for its predecessor",
			seqs: [][]*txn.Tx{{simple(t, 0, 0, 1), simple(t, 0, 1, 10)}, {simple(t, 1, 0, 5)}},
			lim:  Limits{GasLimit: 1e6},
			want: []string{"1/0", "0/0", "0/1"},
		},
		{
			name: "tie goes to earlier arrival",
			seqs: [][]*txn.Tx{{withArrival(simple(t, 0, 0, 2), 7)}, {withArrival(simple(t, 1, 0, 2), 3)}, {withArrival(simple(t, 2, 0, 2), 5)}},
			lim:  Limits{GasLimit: 1e6},
			want: []string{"1/0", "2/0", "0/0"},
		},
		{
			name: "no base fee pays tip cap",
			seqs: [][]*txn.Tx{{mkTx(t, 0, 0, 10, 100, 21000)}, {mkTx(t, 1, 0, 50, 60, 21000)}},
			lim:  Limits{GasLimit: 1e6},
			want: []string{"1/0", "0/0"},
		},
		{
			name:    "fee cap binds at base fee",
			seqs:    [][]*txn.Tx{{mkTx(t, 0, 0, 10, 100, 21000)}, {mkTx(t, 1, 0, 50, 60, 21000)}},
			baseFee: big.NewInt(55), // 1/0 now tips 60-55 = 5 < 10
			lim:     Limits{GasLimit: 1e6},
			want:    []string{"0/0", "1/0"},
		},
		{
			name: "fee cap below base fee drops the run",
			seqs: [][]*txn.Tx{
				{mkTx(t, 0, 0, 10, 50, 21000), simple(t, 0, 1, 500)},
				{mkTx(t, 1, 0, 1, 200, 21000)},
			},
			baseFee: big.NewInt(100),
			lim:     Limits{GasLimit: 1e6},
			want:    []string{"1/0"},
		},
		{
			name: "gas limit cuts a run, others continue",
			seqs: [][]*txn.Tx{
				{simple(t, 0, 0, 10), mkTx(t, 0, 1, 10, 2000, 100_000), simple(t, 0, 2, 10)},
				{simple(t, 1, 0, 5), simple(t, 1, 1, 4)},
			},
			lim:  Limits{GasLimit: 70_000}, // 0/2 would fit but cannot skip 0/1
			want: []string{"0/0", "1/0", "1/1"},
		},
		{
			name: "gas limit below one transfer",
			seqs: [][]*txn.Tx{{simple(t, 0, 0, 1)}},
			lim:  Limits{GasLimit: 20_999},
			want: []string{},
		},
		{
			name: "byte limit",
			seqs: byteLimitSeqs,
			lim:  Limits{GasLimit: 1e6, MaxBytes: int64(byteLimitSeqs[0][0].Size() + byteLimitSeqs[1][0].Size())},
			want: []string{"0/0", "1/0"},
		},
		{
			name: "empty input",
			lim:  Limits{GasLimit: 1e6},
			want: []string{},
		},
		{
			name: "empty runs",
			seqs: [][]*txn.Tx{{}, nil},
			lim:  Limits{GasLimit: 1e6},
			want: []string{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := Default()
			got := p.Order(tc.seqs, tc.baseFee, tc.lim)
			if g := names(got, sendersOf(tc.seqs)); !slices.Equal(g, tc.want) {
				t.Fatalf("Order() = %v, want %v", g, tc.want)
			}
			if err := CheckBlock(got, nonces{}, tc.lim, p, tc.baseFee); err != nil {
				t.Fatalf("CheckBlock(Order()) = %v, want nil", err)
			}
		})
	}
}

func TestCheckBlock(t *testing.T) {
	a0, a1, a2 := simple(t, 0, 0, 5), simple(t, 0, 1, 5), simple(t, 0, 2, 5)
	b0, b1 := simple(t, 1, 0, 5), simple(t, 1, 1, 5)
	cheap, rich := simple(t, 2, 0, 1), simple(t, 3, 0, 9)
	heavy := mkTx(t, 4, 0, 5, 1000, 1_000_000)
	sz := int64(a0.Size() + b0.Size())
	lim := Limits{GasLimit: 30_000_000}
	tests := []struct {
		name  string
		block []*txn.Tx
		state nonces
		lim   Limits
		want  error
	}{
		{"valid", []*txn.Tx{rich, a0, b0, a1, b1, a2, cheap}, nil, lim, nil},
		{"empty", nil, nil, lim, nil},
		{"equal tips in any order", []*txn.Tx{b0, a0, b1, a1}, nil, lim, nil},
		{"starts at state nonce", []*txn.Tx{a1, a2}, nonces{a1.Sender: 1}, lim, nil},
		{"exact limits", []*txn.Tx{a0, b0}, nil, Limits{GasLimit: 42_000, MaxBytes: sz}, nil},
		{"duplicate", []*txn.Tx{a0, a0}, nil, lim, ErrDuplicate},
		{"nonce gap", []*txn.Tx{a0, a2}, nil, lim, ErrNonceOrder},
		{"nonce above state", []*txn.Tx{a1}, nil, lim, ErrNonceOrder},
		{"nonce below state", []*txn.Tx{a0, a1}, nonces{a0.Sender: 1}, lim, ErrNonceOrder},
		{"swapped nonces", []*txn.Tx{a1, a0}, nil, lim, ErrNonceOrder},
		{"over gas", []*txn.Tx{a0, b0}, nil, Limits{GasLimit: 41_999}, ErrGasLimit},
		{"single tx over gas", []*txn.Tx{heavy}, nil, Limits{GasLimit: 999_999}, ErrGasLimit},
		{"over bytes", []*txn.Tx{a0, b0}, nil, Limits{GasLimit: 1e6, MaxBytes: sz - 1}, ErrBlockBytes},
		{"lower tip first", []*txn.Tx{cheap, rich}, nil, lim, ErrPolicy},
		{"low head passed over for its sender's later nonce", []*txn.Tx{simple(t, 5, 0, 1), simple(t, 5, 1, 10), b0}, nil, lim, ErrPolicy},
		{"violation late in block", []*txn.Tx{rich, a0, cheap, b0}, nil, lim, ErrPolicy},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := CheckBlock(tc.block, tc.state, tc.lim, Default(), nil); !errors.Is(err, tc.want) {
				t.Fatalf("CheckBlock() = %v, want %v", err, tc.want)
			}
		})
	}
}

// randomSeqs builds runs for senders, each starting at a random state nonce
// that it records in state.
func randomSeqs(tb testing.TB, r *rand.Rand, senders, maxRun int, state nonces) [][]*txn.Tx {
	var seqs [][]*txn.Tx
	for s := range senders {
		start := r.Uint64N(5)
		run := make([]*txn.Tx, r.IntN(maxRun+1))
		for n := range run {
			tip := r.Int64N(20) // narrow, so ties are common
			gas := uint64(21000)
			if r.IntN(4) == 0 {
				gas += r.Uint64N(300_000)
			}
			run[n] = mkTx(tb, s, start+uint64(n), tip, tip+r.Int64N(30), gas)
			// Independent of nonce order, as gossip may deliver it.
			run[n].Arrival = r.Uint64N(1000)
		}
		if len(run) > 0 {
			state[run[0].Sender] = start
			seqs = append(seqs, run)
		}
	}
	return seqs
}

// verifyQuadratic states the nonce-tip rule literally, as the reference for
// the heap-based Verify.
func verifyQuadratic(block []*txn.Tx, baseFee *big.Int) bool {
	for i, tx := range block {
		seen := map[common.Address]bool{tx.Sender: true}
		for _, other := range block[i+1:] {
			if !seen[other.Sender] && other.EffectiveTip(baseFee).Cmp(tx.EffectiveTip(baseFee)) > 0 {
				return false
			}
			seen[other.Sender] = true
		}
	}
	return true
}

// TestOrderPassesCheckBlock is the property ProcessProposal relies on: a
// block the proposer orders honestly is never rejected, however runs get cut.
func TestOrderPassesCheckBlock(t *testing.T) {
	for seed := range uint64(8) {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(seed, 0))
			state := nonces{}
			seqs := randomSeqs(t, r, 40, 8, state)
			var totalGas, totalBytes uint64
			for _, run := range seqs {
				for _, tx := range run {
					totalGas += tx.Gas()
					totalBytes += uint64(tx.Size())
				}
			}
			var baseFee *big.Int
			if seed%2 == 1 {
				baseFee = big.NewInt(r.Int64N(15))
			}
			lim := Limits{GasLimit: r.Uint64N(totalGas)}
			if seed%3 == 0 {
				lim.MaxBytes = r.Int64N(int64(totalBytes))
			}
			p := Default()
			block := p.Order(seqs, baseFee, lim)
			if err := CheckBlock(block, state, lim, p, baseFee); err != nil {
				t.Fatalf("CheckBlock(Order()) = %v, want nil (%d txs, limits %+v, base fee %v)", err, len(block), lim, baseFee)
			}

			// The heads' total order makes the result independent of how
			// the caller happened to list the runs.
			shuffled := slices.Clone(seqs)
			r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			if again := p.Order(shuffled, baseFee, lim); !slices.Equal(again, block) {
				t.Fatalf("Order(shuffled runs) gave %d txs, differing from %d txs before", len(again), len(block))
			}

			// Disturbed blocks must be judged as the literal rule judges them.
			for range 50 {
				bad := slices.Clone(block)
				if len(bad) < 2 {
					break
				}
				i := r.IntN(len(bad) - 1)
				j := i + 1 + r.IntN(min(3, len(bad)-i-1))
				bad[i], bad[j] = bad[j], bad[i]
				want := verifyQuadratic(bad, baseFee)
				if err := p.Verify(bad, baseFee); (err == nil) != want {
					t.Fatalf("Verify(block with %d and %d swapped) = %v, want ok=%v", i, j, err, want)
				}
			}
		})
	}
}

// benchSeqs is 3,000 txs from 500 senders, all from nonce 0.
func benchSeqs(b *testing.B) [][]*txn.Tx {
	r := rand.New(rand.NewPCG(1, 2))
	var seqs [][]*txn.Tx
	for s := range 500 {
		run := make([]*txn.Tx, 6)
		for n := range run {
			run[n] = simple(b, s, uint64(n), r.Int64N(1000))
			run[n].Arrival = r.Uint64N(1 << 20)
		}
		seqs = append(seqs, run)
	}
	return seqs
}

func BenchmarkOrder(b *testing.B) {
	seqs := benchSeqs(b)
	lim := Limits{GasLimit: 3000 * 21000}
	p := Default()
	b.ReportAllocs()
	for b.Loop() {
		if got := p.Order(seqs, big.NewInt(1), lim); len(got) != 3000 {
			b.Fatalf("Order() = %d txs, want 3000", len(got))
		}
	}
}

func BenchmarkCheckBlock(b *testing.B) {
	seqs := benchSeqs(b)
	lim := Limits{GasLimit: 3000 * 21000}
	p := Default()
	block := p.Order(seqs, big.NewInt(1), lim)
	b.ReportAllocs()
	for b.Loop() {
		if err := CheckBlock(block, nonces{}, lim, p, big.NewInt(1)); err != nil {
			b.Fatalf("CheckBlock() = %v, want nil", err)
		}
	}
}

// TestOrderBudgetsDAFootprint: with a DA footprint per tx, Order stops where
// the footprint, not the gas, fills the block; CheckBlock does not judge it.
func TestOrderBudgetsDAFootprint(t *testing.T) {
	var seqs [][]*txn.Tx
	for s := range 5 {
		seqs = append(seqs, []*txn.Tx{mkTx(t, s, 0, int64(10+s), 1e9, 21_000)})
	}
	lim := Limits{GasLimit: 250_000, DAFootprint: func(*txn.Tx) uint64 { return 100_000 }}
	got := Default().Order(seqs, nil, lim)
	if len(got) != 2 {
		t.Fatalf("Order packed %d txs, want 2 (DA 2 x 100,000 of 250,000; gas would allow 11)", len(got))
	}
	if got[0].Sender != seqs[4][0].Sender || got[1].Sender != seqs[3][0].Sender {
		t.Fatalf("Order kept the wrong txs: want the two best tips")
	}
	all := Default().Order(seqs, nil, Limits{GasLimit: 250_000})
	if err := CheckBlock(all, zeroNonces{}, lim, Default(), nil); err != nil {
		t.Fatalf("CheckBlock judged the DA footprint: %v", err)
	}
}

type zeroNonces struct{}

func (zeroNonces) Nonce(common.Address) uint64 { return 0 }
