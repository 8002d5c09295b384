package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"log/slog"
	"math/big"
	"os"
	"testing"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// startDevnet initialises and starts an n-validator devnet in a temp dir
// on free loopback ports, stopped when the test ends.
func startDevnet(t *testing.T, n int, tweak ...func(*Options)) *Devnet {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end: starts real CometBFT nodes")
	}
	opts := DefaultOptions()
	opts.Validators = n
	opts.BasePort = 0
	opts.L1SlotTime = time.Second
	opts.L2Alloc = types.GenesisAlloc{}
	funds := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	for i := range fundedKeys {
		opts.L2Alloc[addressOf(i)] = types.Account{Balance: funds}
	}
	for _, f := range tweak {
		f(&opts)
	}
	dir := t.TempDir()
	start := time.Now()
	if _, err := Init(dir, opts); err != nil {
		t.Fatalf("init devnet: %v", err)
	}
	t.Logf("devnet init (%d validators, stake %s) took %v", n, opts.Stake, time.Since(start).Round(time.Millisecond))
	level := slog.LevelWarn
	if os.Getenv("NODEOP_TEST_DEBUG") != "" {
		level = slog.LevelDebug
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	d, err := Start(dir, log)
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

func ethClient(t *testing.T, d *Devnet, i int) *ethclient.Client {
	t.Helper()
	c, err := ethclient.Dial(d.Manifest.Nodes[i].RPC)
	if err != nil {
		t.Fatalf("dial node %d: %v", i, err)
	}
	t.Cleanup(c.Close)
	return c
}

func cometClient(t *testing.T, d *Devnet, i int) *rpchttp.HTTP {
	t.Helper()
	c, err := rpchttp.New(d.Manifest.Nodes[i].CometRPC, "/websocket")
	if err != nil {
		t.Fatalf("cometbft client %d: %v", i, err)
	}
	return c
}

// height is node i's last committed height as its CometBFT RPC reports it.
func height(ctx context.Context, c *rpchttp.HTTP) (int64, error) {
	st, err := c.Status(ctx)
	if err != nil {
		return 0, err
	}
	return st.SyncInfo.LatestBlockHeight, nil
}

// waitFor polls cond until it holds or timeout passes.
func waitFor(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitHeight waits until client c has committed at least h.
func waitHeight(t *testing.T, c *rpchttp.HTTP, h int64, timeout time.Duration) {
	t.Helper()
	waitFor(t, timeout, "height", func() bool {
		got, err := height(context.Background(), c)
		return err == nil && got >= h
	})
}

// fundedKeys is how many of the test keys the L2 genesis funds; keys from
// fundedKeys on are empty.
const fundedKeys = 64

// testKey is the deterministic key of sender i.
func testKey(i int) *ecdsa.PrivateKey {
	seed := crypto.Keccak256(binary.BigEndian.AppendUint64([]byte("nodeop-test-sender"), uint64(i)))
	k, err := crypto.ToECDSA(seed)
	if err != nil {
		panic(err)
	}
	return k
}

// transfer signs a 1-wei transfer from key with the given nonce and tip.
func transfer(t *testing.T, chainID *big.Int, key *ecdsa.PrivateKey, nonce uint64, tip int64) *types.Transaction {
	t.Helper()
	to := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID:   chainID,
		Nonce:     nonce,
		GasTipCap: big.NewInt(tip),
		GasFeeCap: big.NewInt(tip + 10_000_000_000),
		Gas:       21_000,
		To:        &to,
		Value:     big.NewInt(1),
	})
	if err != nil {
		t.Fatalf("sign: %v", err)
	}
	return tx
}

func addressOf(i int) common.Address { return crypto.PubkeyToAddress(testKey(i).PublicKey) }
