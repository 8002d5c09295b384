package l1

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/client"
	opeth "github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum-optimism/optimism/op-service/sources"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/ethclient"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
)

func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelInfo}))
}

func startL1(t *testing.T, cfg Config) *L1 {
	t.Helper()
	l, err := Start(t.Context(), cfg, testLogger(t))
	if err != nil {
		t.Fatalf("start L1: %v", err)
	}
	t.Cleanup(func() {
		if err := l.Close(); err != nil {
			t.Errorf("close L1: %v", err)
		}
	})
	return l
}

func dial(t *testing.T, url string) *ethclient.Client {
	t.Helper()
	c, err := ethclient.DialContext(t.Context(), url)
	if err != nil {
		t.Fatalf("dial %s: %v", url, err)
	}
	t.Cleanup(c.Close)
	return c
}

func waitFor(t *testing.T, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func waitForHeight(t *testing.T, l *L1, n uint64) {
	t.Helper()
	timeout := time.Duration(n+5) * l.SlotTime()
	waitFor(t, fmt.Sprintf("block %d", n), timeout, func() bool { return l.Head().Number.Uint64() >= n })
}

func opNodeBeaconClient(t *testing.T, url string) *sources.L1BeaconClient {
	logger := gethlog.NewLogger(testLogger(t).Handler())
	return sources.NewL1BeaconClient(
		sources.NewBeaconHTTPClient(client.NewBasicHTTPClient(url, logger)),
		sources.L1BeaconClientConfig{})
}

// makeSidecar builds n valid blobs of pseudo-random data with their KZG
// commitments and proofs, as a batcher would before sending a blob tx.
func makeSidecar(t *testing.T, n int, seed uint64) *types.BlobTxSidecar {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, seed))
	var (
		blobs       []kzg4844.Blob
		commitments []kzg4844.Commitment
		proofs      []kzg4844.Proof
	)
	for range n {
		var blob kzg4844.Blob
		for i := range blob {
			if i%32 != 0 { // a zero top byte keeps every field element canonical
				blob[i] = byte(rng.Uint32())
			}
		}
		c, err := kzg4844.BlobToCommitment(&blob)
		if err != nil {
			t.Fatalf("blob commitment: %v", err)
		}
		p, err := kzg4844.ComputeBlobProof(&blob, c)
		if err != nil {
			t.Fatalf("blob proof: %v", err)
		}
		blobs, commitments, proofs = append(blobs, blob), append(commitments, c), append(proofs, p)
	}
	return types.NewBlobTxSidecar(types.BlobSidecarVersion0, blobs, commitments, proofs)
}

// sendBlobTx sends a blob tx from key and returns it once mined successfully.
// signBlobTx signs a blob tx from key carrying sidecar at key's pending nonce.
func signBlobTx(t *testing.T, l *L1, c *ethclient.Client, key *ecdsa.PrivateKey, sidecar *types.BlobTxSidecar) *types.Transaction {
	t.Helper()
	ctx := t.Context()
	from := l.Accounts()[0].Address
	for _, a := range l.Accounts() {
		if a.PrivateKey.Equal(key) {
			from = a.Address
		}
	}
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatalf("nonce: %v", err)
	}
	chainID := l.ChainConfig().ChainID
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.BlobTx{
		ChainID:    uint256.MustFromBig(chainID),
		Nonce:      nonce,
		GasTipCap:  uint256.NewInt(params.GWei),
		GasFeeCap:  uint256.NewInt(10 * params.GWei),
		Gas:        21_000,
		To:         common.HexToAddress("0x00000000000000000000000000000000000b10b5"),
		BlobFeeCap: uint256.NewInt(params.GWei),
		BlobHashes: sidecar.BlobHashes(),
		Sidecar:    sidecar,
	})
	if err != nil {
		t.Fatalf("sign blob tx: %v", err)
	}
	return tx
}

func sendBlobTx(t *testing.T, l *L1, c *ethclient.Client, key *ecdsa.PrivateKey, sidecar *types.BlobTxSidecar) (*types.Transaction, *types.Receipt) {
	t.Helper()
	ctx := t.Context()
	tx := signBlobTx(t, l, c, key, sidecar)
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("send blob tx: %v", err)
	}
	var receipt *types.Receipt
	waitFor(t, "blob tx receipt", 10*l.SlotTime(), func() bool {
		var err error
		receipt, err = c.TransactionReceipt(ctx, tx.Hash())
		return err == nil
	})
	if receipt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("blob tx failed: status %d", receipt.Status)
	}
	return tx, receipt
}

func getJSON(t *testing.T, url string, out any) int {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: read body: %v", url, err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("GET %s: content type %q, want application/json", url, ct)
	}
	if err := json.Unmarshal(body, out); err != nil {
		t.Fatalf("GET %s: decode %q: %v", url, body, err)
	}
	return resp.StatusCode
}

func TestBlocksOnSlotGrid(t *testing.T) {
	if testing.Short() {
		t.Skip("starts real L1 nodes")
	}
	for _, slotTime := range []time.Duration{time.Second, 2 * time.Second} {
		t.Run(slotTime.String(), func(t *testing.T) {
			t.Parallel()
			l := startL1(t, Config{SlotTime: slotTime})
			c := dial(t, l.RPCURL())
			ws := dial(t, l.WSURL())
			ctx := t.Context()
			slot := uint64(slotTime / time.Second)

			heads := make(chan *types.Header, 16)
			sub, err := ws.SubscribeNewHead(ctx, heads)
			if err != nil {
				t.Fatalf("subscribe to heads over ws: %v", err)
			}
			defer sub.Unsubscribe()

			waitForHeight(t, l, 4)
			genesis, err := c.HeaderByNumber(ctx, big.NewInt(0))
			if err != nil {
				t.Fatal(err)
			}
			if genesis.Hash() != l.GenesisHash() || genesis.Time != l.GenesisTime() {
				t.Fatalf("genesis over rpc %s@%d, L1 says %s@%d", genesis.Hash(), genesis.Time, l.GenesisHash(), l.GenesisTime())
			}
			parent := genesis
			for n := uint64(1); n <= 4; n++ {
				h, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
				if err != nil {
					t.Fatalf("block %d: %v", n, err)
				}
				if h.ParentHash != parent.Hash() {
					t.Fatalf("block %d does not build on block %d", n, n-1)
				}
				if (h.Time-genesis.Time)%slot != 0 {
					t.Errorf("block %d at %d is off the %ds grid from %d", n, h.Time, slot, genesis.Time)
				}
				// The first block lands on the first slot after start; from
				// then on every slot gets a block.
				if n > 1 && h.Time != parent.Time+slot {
					t.Errorf("block %d at %d, parent at %d: want +%d", n, h.Time, parent.Time, slot)
				}
				if want := beaconBlockRoot((parent.Time - genesis.Time) / slot); h.ParentBeaconRoot == nil || *h.ParentBeaconRoot != want {
					t.Errorf("block %d parent beacon root %v, want %s", n, h.ParentBeaconRoot, want)
				}
				if h.Difficulty.Sign() != 0 || h.WithdrawalsHash == nil || h.RequestsHash == nil || h.ExcessBlobGas == nil {
					t.Errorf("block %d is not a Prague proof-of-stake block", n)
				}
				parent = h
			}

			// Instant finality: safe and finalized follow the head.
			finalized, err := c.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
			if err != nil {
				t.Fatal(err)
			}
			if finalized.Number.Uint64() < 4 {
				t.Errorf("finalized block %d, want >= 4", finalized.Number)
			}

			chainID, err := c.ChainID(ctx)
			if err != nil || chainID.Uint64() != DefaultChainID {
				t.Errorf("chain id %v (%v), want %d", chainID, err, DefaultChainID)
			}
			if got := len(l.Accounts()); got != DefaultAccounts {
				t.Fatalf("%d dev accounts, want %d", got, DefaultAccounts)
			}
			for _, a := range l.Accounts() {
				bal, err := c.BalanceAt(ctx, a.Address, nil)
				if err != nil {
					t.Fatal(err)
				}
				if bal.Cmp(devAccountBalance()) != 0 {
					t.Errorf("account %d %s balance %v, want %v", a.Index, a.Address, bal, devAccountBalance())
				}
			}

			select {
			case h := <-heads:
				if h.Number.Sign() <= 0 {
					t.Errorf("ws head %v", h.Number)
				}
			case err := <-sub.Err():
				t.Fatalf("ws subscription: %v", err)
			case <-time.After(3 * slotTime):
				t.Fatal("no new head over ws")
			}
			if err := l.Health(); err != nil {
				t.Errorf("health: %v", err)
			}
		})
	}
}

func TestBlobsServedToOpNode(t *testing.T) {
	if testing.Short() {
		t.Skip("starts real L1 nodes")
	}
	t.Parallel()
	l := startL1(t, Config{SlotTime: time.Second})
	c := dial(t, l.RPCURL())
	ctx := t.Context()

	sidecar := makeSidecar(t, 2, 1)
	tx, receipt := sendBlobTx(t, l, c, l.Accounts()[1].PrivateKey, sidecar)
	if receipt.BlobGasUsed != 2*params.BlobTxBlobGasPerBlob {
		t.Errorf("receipt blob gas used %d, want %d", receipt.BlobGasUsed, 2*params.BlobTxBlobGasPerBlob)
	}
	header, err := c.HeaderByHash(ctx, receipt.BlockHash)
	if err != nil {
		t.Fatal(err)
	}
	if header.BlobGasUsed == nil || *header.BlobGasUsed == 0 {
		t.Fatalf("block %d has no blob gas used", header.Number)
	}
	hashes := tx.BlobHashes()

	// op-node's own client, exactly as the derivation pipeline calls it.
	beacon := opNodeBeaconClient(t, l.BeaconURL())
	for name, order := range map[string][]int{"block order": {0, 1}, "reversed": {1, 0}} {
		want := make([]common.Hash, len(order))
		for i, j := range order {
			want[i] = hashes[j]
		}
		blobs, err := beacon.GetBlobsByHash(ctx, header.Time, want)
		if err != nil {
			t.Fatalf("%s: op-node GetBlobsByHash: %v", name, err)
		}
		for i, j := range order {
			if !bytes.Equal(blobs[i][:], sidecar.Blobs[j][:]) {
				t.Errorf("%s: blob %d differs from what was sent", name, i)
			}
		}
	}

	slot := (header.Time - l.GenesisTime()) / uint64(l.SlotTime()/time.Second)
	var sidecars opeth.APIGetBlobSidecarsResponse
	if code := getJSON(t, fmt.Sprintf("%s/eth/v1/beacon/blob_sidecars/%d", l.BeaconURL(), slot), &sidecars); code != http.StatusOK {
		t.Fatalf("blob_sidecars: status %d", code)
	}
	if len(sidecars.Data) != 2 {
		t.Fatalf("blob_sidecars: %d sidecars, want 2", len(sidecars.Data))
	}
	for i, sc := range sidecars.Data {
		if uint64(sc.Index) != uint64(i) {
			t.Errorf("sidecar %d has index %d", i, sc.Index)
		}
		if got := opeth.KZGToVersionedHash(kzg4844.Commitment(sc.KZGCommitment)); got != hashes[i] {
			t.Errorf("sidecar %d commitment hashes to %s, tx has %s", i, got, hashes[i])
		}
		if !bytes.Equal(sc.Blob[:], sidecar.Blobs[i][:]) {
			t.Errorf("sidecar %d blob differs from what was sent", i)
		}
		if err := opeth.VerifyBlobProof(&sc.Blob, kzg4844.Commitment(sc.KZGCommitment), kzg4844.Proof(sc.KZGProof)); err != nil {
			t.Errorf("sidecar %d proof: %v", i, err)
		}
		if uint64(sc.SignedBlockHeader.Message.Slot) != slot {
			t.Errorf("sidecar %d header slot %d, want %d", i, sc.SignedBlockHeader.Message.Slot, slot)
		}
	}

	var one opeth.APIGetBlobSidecarsResponse
	if code := getJSON(t, fmt.Sprintf("%s/eth/v1/beacon/blob_sidecars/%d?indices=1", l.BeaconURL(), slot), &one); code != http.StatusOK {
		t.Fatalf("blob_sidecars?indices=1: status %d", code)
	}
	if len(one.Data) != 1 || one.Data[0].Index != 1 {
		t.Errorf("blob_sidecars?indices=1 returned %d sidecars", len(one.Data))
	}
	var all opeth.APIBeaconBlobsResponse
	if code := getJSON(t, fmt.Sprintf("%s/eth/v1/beacon/blobs/%d", l.BeaconURL(), slot), &all); code != http.StatusOK || len(all.Data) != 2 {
		t.Errorf("blobs without versioned_hashes: status %d, %d blobs, want all 2", code, len(all.Data))
	}
}

// TestDuplicateBlobServedOncePerRequest: two txs of one block carry the
// same blob (racing nodeop submitters do); op-node asks for its hash once
// and must get exactly one blob back, or it stalls on the block.
func TestDuplicateBlobServedOncePerRequest(t *testing.T) {
	if testing.Short() {
		t.Skip("starts real L1 nodes")
	}
	t.Parallel()
	l := startL1(t, Config{SlotTime: time.Second})
	c := dial(t, l.RPCURL())
	ctx := t.Context()
	sidecar := makeSidecar(t, 1, 7)
	var header *types.Header
	for attempt := 0; header == nil; attempt++ {
		if attempt == 5 {
			t.Fatal("the two blob txs never landed in one block")
		}
		a := signBlobTx(t, l, c, l.Accounts()[2].PrivateKey, sidecar)
		b := signBlobTx(t, l, c, l.Accounts()[3].PrivateKey, sidecar)
		for _, tx := range []*types.Transaction{a, b} {
			if err := c.SendTransaction(ctx, tx); err != nil {
				t.Fatalf("send blob tx: %v", err)
			}
		}
		var ra, rb *types.Receipt
		waitFor(t, "both receipts", 10*l.SlotTime(), func() bool {
			var errA, errB error
			ra, errA = c.TransactionReceipt(ctx, a.Hash())
			rb, errB = c.TransactionReceipt(ctx, b.Hash())
			return errA == nil && errB == nil
		})
		if ra.BlockHash == rb.BlockHash {
			h, err := c.HeaderByHash(ctx, ra.BlockHash)
			if err != nil {
				t.Fatal(err)
			}
			header = h
		}
	}
	beacon := opNodeBeaconClient(t, l.BeaconURL())
	hash := sidecar.BlobHashes()[0]
	for _, n := range []int{1, 2} {
		want := make([]common.Hash, n)
		for i := range want {
			want[i] = hash
		}
		blobs, err := beacon.GetBlobsByHash(ctx, header.Time, want)
		if err != nil {
			t.Fatalf("asking for the hash %d time(s): %v", n, err)
		}
		for i, b := range blobs {
			if !bytes.Equal(b[:], sidecar.Blobs[0][:]) {
				t.Fatalf("blob %d differs from what was sent", i)
			}
		}
	}
}

func TestRestartResumesChain(t *testing.T) {
	if testing.Short() {
		t.Skip("starts real L1 nodes")
	}
	t.Parallel()
	cfg := Config{DataDir: t.TempDir(), SlotTime: time.Second}

	first, err := Start(t.Context(), cfg, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	c := dial(t, first.RPCURL())
	sidecar := makeSidecar(t, 1, 2)
	tx, receipt := sendBlobTx(t, first, c, first.Accounts()[2].PrivateKey, sidecar)
	blobHeader, err := c.HeaderByHash(t.Context(), receipt.BlockHash)
	if err != nil {
		t.Fatal(err)
	}
	waitForHeight(t, first, blobHeader.Number.Uint64()+1)
	genesisHash, genesisTime := first.GenesisHash(), first.GenesisTime()
	if err := first.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	stopped := first.Head()
	if err := first.Health(); err == nil {
		t.Error("health is nil after Close")
	}

	// Downtime long enough that slots are missed and must stay missed.
	time.Sleep(2500 * time.Millisecond)

	second := startL1(t, cfg)
	if second.GenesisHash() != genesisHash || second.GenesisTime() != genesisTime {
		t.Fatalf("restart changed genesis: %s@%d -> %s@%d", genesisHash, genesisTime, second.GenesisHash(), second.GenesisTime())
	}
	if got := second.Head(); got.Number.Uint64() < stopped.Number.Uint64() {
		t.Fatalf("restart lost blocks: head %d, was %d", got.Number, stopped.Number)
	}
	waitForHeight(t, second, stopped.Number.Uint64()+2)

	c2 := dial(t, second.RPCURL())
	ctx := t.Context()
	resumed, err := c2.HeaderByNumber(ctx, new(big.Int).Add(stopped.Number, common.Big1))
	if err != nil {
		t.Fatal(err)
	}
	if resumed.ParentHash != stopped.Hash() {
		t.Fatalf("block after restart does not build on the old head")
	}
	slotSecs := uint64(cfg.SlotTime / time.Second)
	if (resumed.Time-genesisTime)%slotSecs != 0 || resumed.Time <= stopped.Time+slotSecs {
		t.Errorf("first block after restart at %d, old head at %d: want a later slot on the grid", resumed.Time, stopped.Time)
	}
	if nonce, err := c2.NonceAt(ctx, second.Accounts()[2].Address, nil); err != nil || nonce != 1 {
		t.Errorf("nonce after restart %d (%v), want 1", nonce, err)
	}

	beacon := opNodeBeaconClient(t, second.BeaconURL())
	blobs, err := beacon.GetBlobsByHash(ctx, blobHeader.Time, tx.BlobHashes())
	if err != nil {
		t.Fatalf("old blob after restart: %v", err)
	}
	if !bytes.Equal(blobs[0][:], sidecar.Blobs[0][:]) {
		t.Error("old blob after restart differs from what was sent")
	}

	missed := (stopped.Time-genesisTime)/slotSecs + 1
	var e apiError
	if code := getJSON(t, fmt.Sprintf("%s/eth/v1/beacon/blob_sidecars/%d", second.BeaconURL(), missed), &e); code != http.StatusNotFound {
		t.Errorf("missed slot %d: status %d, want 404", missed, code)
	}
	if err := second.Close(); err != nil {
		t.Fatal(err)
	}

	// A datadir must not silently turn into a different chain.
	for name, change := range map[string]func(*Config){
		"chain id": func(c *Config) { c.ChainID = 901 },
		"accounts": func(c *Config) { c.Accounts = 3 },
	} {
		other := cfg
		change(&other)
		if l, err := Start(ctx, other, testLogger(t)); err == nil {
			l.Close()
			t.Errorf("%s: started a different chain on an existing datadir", name)
		} else if !strings.Contains(err.Error(), "genesis") {
			t.Errorf("%s: mismatching datadir error does not mention the genesis: %v", name, err)
		}
	}
}

func TestBeaconAPIErrors(t *testing.T) {
	if testing.Short() {
		t.Skip("starts real L1 nodes")
	}
	t.Parallel()
	l := startL1(t, Config{SlotTime: time.Second})
	waitForHeight(t, l, 2)
	base := l.BeaconURL()
	// A slot that holds a block: under load the driver may miss slot 1.
	b1, err := dial(t, l.RPCURL()).HeaderByNumber(t.Context(), big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	slot := strconv.FormatUint((b1.Time-l.GenesisTime())/uint64(l.SlotTime()/time.Second), 10)
	absent := "0x01" + strings.Repeat("ab", 31)

	for _, tc := range []struct {
		name, path string
		code       int
	}{
		{"unknown slot sidecars", "/eth/v1/beacon/blob_sidecars/99999999", http.StatusNotFound},
		{"unknown slot blobs", "/eth/v1/beacon/blobs/99999999", http.StatusNotFound},
		{"slot beyond uint64", "/eth/v1/beacon/blobs/99999999999999999999", http.StatusBadRequest},
		{"non-numeric sidecars", "/eth/v1/beacon/blob_sidecars/abc", http.StatusBadRequest},
		{"non-numeric blobs", "/eth/v1/beacon/blobs/abc", http.StatusBadRequest},
		{"negative slot", "/eth/v1/beacon/blob_sidecars/-1", http.StatusBadRequest},
		{"block root", "/eth/v1/beacon/blobs/0x" + strings.Repeat("00", 32), http.StatusBadRequest},
		{"short versioned hash", "/eth/v1/beacon/blobs/" + slot + "?versioned_hashes=0x1234", http.StatusBadRequest},
		{"non-hex versioned hash", "/eth/v1/beacon/blobs/" + slot + "?versioned_hashes=hello", http.StatusBadRequest},
		{"one bad hash in list", "/eth/v1/beacon/blobs/" + slot + "?versioned_hashes=" + absent + ",0xzz", http.StatusBadRequest},
		{"bad index", "/eth/v1/beacon/blob_sidecars/" + slot + "?indices=one", http.StatusBadRequest},
		{"unknown endpoint", "/eth/v1/beacon/headers/head", http.StatusNotFound},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var e apiError
			code := getJSON(t, base+tc.path, &e)
			if code != tc.code || e.Code != tc.code || e.Message == "" {
				t.Errorf("status %d, body %+v: want %d with a message", code, e, tc.code)
			}
		})
	}

	for _, path := range []string{
		"/eth/v1/beacon/blob_sidecars/" + slot,
		"/eth/v1/beacon/blob_sidecars/head",
		"/eth/v1/beacon/blob_sidecars/genesis",
		"/eth/v1/beacon/blobs/" + slot,
		"/eth/v1/beacon/blobs/" + slot + "?versioned_hashes=" + absent,
	} {
		var resp struct {
			Finalized bool             `json:"finalized"`
			Data      *json.RawMessage `json:"data"`
		}
		if code := getJSON(t, base+path, &resp); code != http.StatusOK || resp.Data == nil || string(*resp.Data) != "[]" || !resp.Finalized {
			t.Errorf("%s: status %d, data %s: want 200 with an empty list", path, code, ptrString(resp.Data))
		}
	}

	var genesis opeth.APIGenesisResponse
	if code := getJSON(t, base+"/eth/v1/beacon/genesis", &genesis); code != http.StatusOK || uint64(genesis.Data.GenesisTime) != l.GenesisTime() {
		t.Errorf("genesis: status %d, time %d, want %d", code, genesis.Data.GenesisTime, l.GenesisTime())
	}
	var spec opeth.APIConfigResponse
	if code := getJSON(t, base+"/eth/v1/config/spec", &spec); code != http.StatusOK || spec.Data.SecondsPerSlot != 1 {
		t.Errorf("spec: status %d, SECONDS_PER_SLOT %d, want 1", code, spec.Data.SecondsPerSlot)
	}
}

func TestStopEndsProduction(t *testing.T) {
	if testing.Short() {
		t.Skip("starts real L1 nodes")
	}
	for name, stop := range map[string]func(*L1, context.CancelFunc){
		"Stop":       func(l *L1, _ context.CancelFunc) { l.Stop() },
		"ctx cancel": func(_ *L1, cancel context.CancelFunc) { cancel() },
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			ctx, cancel := context.WithCancel(t.Context())
			defer cancel()
			l, err := Start(ctx, Config{SlotTime: time.Second}, testLogger(t))
			if err != nil {
				t.Fatal(err)
			}
			defer l.Close()
			waitForHeight(t, l, 1)
			stop(l, cancel)
			waitFor(t, "health to report the stop", 2*time.Second, func() bool { return errors.Is(l.Health(), ErrStopped) })
			stoppedAt := l.Head().Number.Uint64()
			time.Sleep(2 * l.SlotTime())
			if got := l.Head().Number.Uint64(); got != stoppedAt {
				t.Errorf("head moved from %d to %d after the stop", stoppedAt, got)
			}
			// The node keeps serving its chain until Close.
			if _, err := dial(t, l.RPCURL()).BlockNumber(t.Context()); err != nil {
				t.Errorf("rpc after stop: %v", err)
			}
		})
	}
}

func ptrString(m *json.RawMessage) string {
	if m == nil {
		return "<missing>"
	}
	return string(*m)
}

// TestChainConfigForOpNode checks the config both ways op-node sees it: the
// fork schedule it assumes of the L1, and the JSON of --rollup.l1-chain-config.
func TestChainConfigForOpNode(t *testing.T) {
	cc := newChainConfig(DefaultChainID)
	for _, tc := range []struct {
		fork   string
		active bool
	}{
		{"london", cc.IsLondon(common.Big0)},
		{"merged", cc.TerminalTotalDifficulty != nil && cc.TerminalTotalDifficulty.Sign() == 0},
		{"shanghai", cc.IsShanghai(common.Big0, 0)},
		{"cancun", cc.IsCancun(common.Big0, 0)},
		{"prague", cc.IsPrague(common.Big0, 0)},
		{"osaka", !cc.IsOsaka(common.Big0, 1<<40)}, // must stay inactive
		{"not optimism", !cc.IsOptimism()},
	} {
		if !tc.active {
			t.Errorf("%s: wrong activation", tc.fork)
		}
	}

	data, err := chainConfigJSON(cc)
	if err != nil {
		t.Fatal(err)
	}
	// op-node decodes the file strictly into params.ChainConfig.
	var decoded params.ChainConfig
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&decoded); err != nil {
		t.Fatalf("op-node could not decode %s: %v", data, err)
	}
	if decoded.ChainID.Uint64() != DefaultChainID || decoded.BlobScheduleConfig == nil ||
		*decoded.BlobScheduleConfig.Cancun != *params.DefaultCancunBlobConfig ||
		*decoded.BlobScheduleConfig.Prague != *params.DefaultPragueBlobConfig {
		t.Errorf("decoded chain config lost data: %s", data)
	}
}

func TestGenesisDeterministic(t *testing.T) {
	accounts, err := deriveAccounts(DevMnemonic, DefaultAccounts)
	if err != nil {
		t.Fatal(err)
	}
	hash := func(t *testing.T, cfg Config) common.Hash {
		cfg, err := cfg.withDefaults()
		if err != nil {
			t.Fatal(err)
		}
		return newGenesis(cfg, accounts[:cfg.Accounts]).ToBlock().Hash()
	}
	// The chain ID is not part of the genesis block, so it is absent here;
	// prepareGenesis compares stored configs for that.
	base := Config{GenesisTime: 1_700_000_000}
	want := hash(t, base)
	if again := hash(t, base); again != want {
		t.Fatalf("same config, different genesis: %s vs %s", want, again)
	}
	for _, tc := range []struct {
		name string
		cfg  Config
	}{
		{"genesis time", Config{GenesisTime: base.GenesisTime + 1}},
		{"accounts", Config{GenesisTime: base.GenesisTime, Accounts: 3}},
		{"gas limit", Config{GenesisTime: base.GenesisTime, GasLimit: 60_000_000}},
		{"alloc", Config{GenesisTime: base.GenesisTime, Alloc: types.GenesisAlloc{
			common.HexToAddress("0x1234"): {Balance: big.NewInt(1)},
		}}},
	} {
		if hash(t, tc.cfg) == want {
			t.Errorf("%s does not change the genesis", tc.name)
		}
	}
}

// TestDevAccounts pins the well-known keys of DevMnemonic, which wallets and
// scripts already hard-code.
func TestDevAccounts(t *testing.T) {
	accounts, err := deriveAccounts(DevMnemonic, 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		index int
		addr  string
		key   string
	}{
		{0, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"},
		{1, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"},
		{9, "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720", "0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6"},
	} {
		a := accounts[tc.index]
		if a.Address != common.HexToAddress(tc.addr) || a.PrivateKeyHex() != tc.key {
			t.Errorf("account %d: %s %s, want %s %s", tc.index, a.Address, a.PrivateKeyHex(), tc.addr, tc.key)
		}
	}
}

func TestNextSlot(t *testing.T) {
	d := &driver{clock: slotClock{genesis: 1000, seconds: 2}}
	at := func(sec int64, nsec int64) time.Time { return time.Unix(sec, nsec) }
	for _, tc := range []struct {
		name     string
		headTime uint64
		now      time.Time
		want     uint64
	}{
		{"genesis in the future", 1000, at(990, 0), 1},
		{"right at genesis", 1000, at(1000, 0), 1},
		{"steady state: just sealed slot 5", 1010, at(1010, 5e6), 6},
		{"late: slot 6 already began", 1010, at(1012, 1), 7},
		{"exactly at a slot start", 1010, at(1014, 0), 7},
		{"restart after downtime", 1010, at(1101, 0), 51},
		{"clock behind head", 1010, at(1005, 0), 6},
	} {
		if got := d.nextSlot(&types.Header{Time: tc.headTime}, tc.now); got != tc.want {
			t.Errorf("%s: next slot %d, want %d", tc.name, got, tc.want)
		}
	}
}

func TestConfigRejectsFractionalSlots(t *testing.T) {
	for _, slot := range []time.Duration{1500 * time.Millisecond, 500 * time.Millisecond, -time.Second} {
		if _, err := (Config{SlotTime: slot}).withDefaults(); err == nil {
			t.Errorf("slot time %v accepted", slot)
		}
	}
	if cfg, err := (Config{}).withDefaults(); err != nil || !slices.Equal(
		[]any{cfg.ChainID, cfg.SlotTime, cfg.Accounts, cfg.GasLimit, cfg.Host},
		[]any{uint64(DefaultChainID), DefaultSlotTime, DefaultAccounts, uint64(DefaultGasLimit), DefaultHost}) {
		t.Errorf("defaults %+v (%v)", cfg, err)
	}
}
