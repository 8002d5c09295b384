package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestNewPlan(t *testing.T) {
	for _, tc := range []struct {
		name             string
		rate             float64
		warmup, duration time.Duration
		first, total     int
		err              string
	}{
		{"defaults", 1000, 3 * time.Second, 20 * time.Second, 3000, 23000, ""},
		{"no warm-up", 100, 0, 3 * time.Second, 0, 300, ""},
		{"fractional rate", 3, 500 * time.Millisecond, time.Second, 2, 5, ""},
		{"slow rate", 0.5, 0, 5 * time.Second, 0, 3, ""},
		{"odd rate", 2500, time.Second, 20 * time.Second, 2500, 52500, ""},
		{"zero rate", 0, 0, time.Second, 0, 0, "rate must be positive"},
		{"negative duration", 10, 0, -time.Second, 0, 0, "duration > 0"},
		{"empty window", 0.1, time.Second, time.Second, 0, 0, "no tx falls"},
		{"too many", 1e6, 0, 10 * time.Second, 0, 0, "over the bound"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := newPlan(tc.rate, tc.warmup, tc.duration)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err %v, want one containing %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if p.first != tc.first || p.total != tc.total {
				t.Fatalf("first %d total %d, want %d %d", p.first, p.total, tc.first, tc.total)
			}
			// Every tx before first is in the warm-up, every later one in
			// the window, and offsets never decrease.
			for i := range p.total {
				off := p.offset(i)
				if i > 0 && off < p.offset(i-1) {
					t.Fatalf("offset(%d) = %v < offset(%d)", i, off, i-1)
				}
				inWarm := off < tc.warmup
				if inWarm != (i < p.first) || p.inWindow(i) == inWarm {
					t.Fatalf("tx %d at %v misplaced (first %d)", i, off, p.first)
				}
			}
			if p.offset(p.total) < tc.warmup+tc.duration {
				t.Fatalf("tx %d at %v still in the run", p.total, p.offset(p.total))
			}
		})
	}
}

func TestJobsAndWorkers(t *testing.T) {
	for _, tc := range []struct{ total, senders, workers int }{
		{23000, 200, 32}, {7, 3, 2}, {2, 5, 8}, {1, 1, 1}, {100, 7, 7},
	} {
		sum := 0
		for s := range tc.senders {
			n := jobsOf(tc.total, tc.senders, s)
			want := 0
			for i := range tc.total {
				if i%tc.senders == s {
					want++
				}
			}
			if n != want {
				t.Fatalf("%+v: jobsOf(sender %d) = %d, want %d", tc, s, n, want)
			}
			sum += n
			if w := workerOf(s, min(tc.workers, tc.senders)); w < 0 || w >= min(tc.workers, tc.senders) {
				t.Fatalf("%+v: sender %d to worker %d", tc, s, w)
			}
		}
		if sum != tc.total {
			t.Fatalf("%+v: jobs sum to %d", tc, sum)
		}
	}
}

func TestPaceReleasesInOrderOnSchedule(t *testing.T) {
	p, err := newPlan(2000, 0, 100*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	var got []int
	var late []time.Duration
	n := pace(context.Background(), start, p, time.Millisecond, func(i int) {
		got = append(got, i)
		if d := time.Since(start) - p.offset(i); d < 0 {
			t.Errorf("tx %d released %v early", i, -d)
		} else {
			late = append(late, d)
		}
	})
	if n != p.total || len(got) != p.total {
		t.Fatalf("released %d/%d of %d", n, len(got), p.total)
	}
	for i, v := range got {
		if v != i {
			t.Fatalf("release %d was tx %d", i, v)
		}
	}
	if el := time.Since(start); el < p.offset(p.total-1) {
		t.Fatalf("done after %v, before the last tx fell due", el)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if n := pace(ctx, time.Now().Add(time.Hour), p, time.Millisecond, func(int) { t.Fatal("released after cancel") }); n != 0 {
		t.Fatalf("released %d after cancel", n)
	}
}

func TestAppendSendRaw(t *testing.T) {
	body := appendSendRaw([]byte("junk"), []byte{0x02, 0xab, 0xff})[len("junk"):]
	var req struct {
		Method string   `json:"method"`
		Params []string `json:"params"`
	}
	if err := json.Unmarshal(body, &req); err != nil {
		t.Fatalf("%s: %v", body, err)
	}
	if req.Method != "eth_sendRawTransaction" || len(req.Params) != 1 || req.Params[0] != "0x02abff" {
		t.Fatalf("got %+v", req)
	}
}

func TestSenderKeys(t *testing.T) {
	a, err := senderKey(0)
	if err != nil {
		t.Fatal(err)
	}
	a2, _ := senderKey(0)
	b, _ := senderKey(1)
	if !a.Equal(a2) || a.Equal(b) {
		t.Fatal("sender keys must be deterministic and distinct")
	}
	addrs, err := SenderAddresses(2)
	if err != nil {
		t.Fatal(err)
	}
	if addrs[0] != crypto.PubkeyToAddress(a.PublicKey) || addrs[1] != crypto.PubkeyToAddress(b.PublicKey) {
		t.Fatalf("addresses %v do not match the keys", addrs)
	}
}

func TestCheckLoopback(t *testing.T) {
	for _, tc := range []struct {
		url string
		ok  bool
	}{
		{"http://127.0.0.1:8545", true},
		{"ws://127.0.0.1:1", true},
		{"http://[::1]:80", true},
		{"http://10.0.0.1:8545", false},
		{"http://localhost:8545", false}, // names are not resolved: an IP is required
		{"http://example.com", false},
	} {
		if err := checkLoopback(tc.url); (err == nil) != tc.ok {
			t.Errorf("checkLoopback(%q) = %v, want ok=%v", tc.url, err, tc.ok)
		}
	}
}

func TestSignAll(t *testing.T) {
	keys, err := senderKeys(3)
	if err != nil {
		t.Fatal(err)
	}
	chainID := big.NewInt(901)
	signer := types.LatestSignerForChainID(chainID)
	for _, load := range []string{LoadETH, LoadERC20} {
		t.Run(load, func(t *testing.T) {
			set, err := signAll(context.Background(), chainID, keys, 8, load)
			if err != nil {
				t.Fatal(err)
			}
			if len(set.known) != 8 {
				t.Fatalf("%d known hashes, want 8", len(set.known))
			}
			callOf, err := loadCalls(load, len(keys))
			if err != nil {
				t.Fatal(err)
			}
			for s, want := range []int{3, 3, 2} {
				txs := set.bySender[s]
				if len(txs) != want {
					t.Fatalf("sender %d has %d txs, want %d", s, len(txs), want)
				}
				for n, st := range txs {
					tx := new(types.Transaction)
					if err := tx.UnmarshalBinary(st.raw); err != nil {
						t.Fatal(err)
					}
					from, err := types.Sender(signer, tx)
					if err != nil {
						t.Fatal(err)
					}
					if from != crypto.PubkeyToAddress(keys[s].PublicKey) || tx.Nonce() != uint64(n) || tx.Hash() != st.hash {
						t.Fatalf("sender %d tx %d: from %v nonce %d", s, n, from, tx.Nonce())
					}
					c := callOf(s, n)
					if *tx.To() != c.to || tx.Value().Cmp(c.value) != 0 || !bytes.Equal(tx.Data(), c.data) || tx.Gas() != c.gas {
						t.Fatalf("sender %d tx %d: to %s value %v gas %d data %x, want %+v", s, n, tx.To(), tx.Value(), tx.Gas(), tx.Data(), c)
					}
					if crypto.Keccak256Hash(st.raw) != st.hash {
						t.Fatalf("hash of raw bytes differs from the tx hash")
					}
				}
			}
			again, err := signAll(context.Background(), chainID, keys, 8, load)
			if err != nil {
				t.Fatal(err)
			}
			if again.bySender[2][1].hash != set.bySender[2][1].hash {
				t.Fatal("signing is not deterministic")
			}
		})
	}
}
