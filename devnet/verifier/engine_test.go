package verifier

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nodeop/nodeop/devnet"
	"github.com/nodeop/nodeop/rollup/genesis"
)

// testRollup writes an L2 genesis and rollup.json anchored on a synthetic
// L1 block into dir and returns a manifest naming them (the L1 URLs point
// nowhere).
func testRollup(t *testing.T, dir string) *devnet.Manifest {
	t.Helper()
	zero := uint64(0)
	l1Start := &types.Header{
		Number:           big.NewInt(0),
		Time:             uint64(time.Now().Unix()),
		GasLimit:         30_000_000,
		BaseFee:          big.NewInt(params.GWei),
		Difficulty:       new(big.Int),
		ExcessBlobGas:    &zero,
		BlobGasUsed:      &zero,
		ParentBeaconRoot: &common.Hash{},
		WithdrawalsHash:  &types.EmptyWithdrawalsHash,
	}
	inbox := common.HexToAddress("0xff00000000000000000000000000000000000901")
	gen, rcfg, err := genesis.Build(genesis.Config{
		ChainID: 901, L1ChainID: 900, BatchInbox: inbox, SystemConfig: inbox,
		Batcher: common.HexToAddress("0xba7c4e7"), UnsafeBlockSigner: common.HexToAddress("0x5e9"),
	}, l1Start)
	if err != nil {
		t.Fatal(err)
	}
	m := &devnet.Manifest{
		RollupConfig:  filepath.Join(dir, "rollup.json"),
		L2Genesis:     filepath.Join(dir, "l2-genesis.json"),
		L1ChainConfig: filepath.Join(dir, "l1-chain-config.json"),
		L1:            devnet.L1Info{RPC: "http://127.0.0.1:1", Beacon: "http://127.0.0.1:1", SlotTime: "1s"},
	}
	if err := genesis.WriteRollupJSON(m.RollupConfig, rcfg); err != nil {
		t.Fatal(err)
	}
	if err := genesis.WriteGenesisJSON(m.L2Genesis, gen); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(m.L1ChainConfig, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestEngineAuthEndpoint: the engine serves eth without auth, the engine
// API only with the JWT, and answers op-node's first engine call.
func TestEngineAuthEndpoint(t *testing.T) {
	dir := t.TempDir()
	m := testRollup(t, dir)
	rcfg, err := genesis.ReadRollupJSON(m.RollupConfig)
	if err != nil {
		t.Fatal(err)
	}
	gen, err := genesis.ReadGenesisJSON(m.L2Genesis)
	if err != nil {
		t.Fatal(err)
	}
	jwtPath := filepath.Join(dir, "jwt.hex")
	if err := ensureJWTSecret(jwtPath); err != nil {
		t.Fatal(err)
	}
	e, err := openEngine(filepath.Join(dir, "engine"), gen, rcfg, "127.0.0.1", jwtPath, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer e.close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	pub, err := ethclient.DialContext(ctx, e.httpURL())
	if err != nil {
		t.Fatal(err)
	}
	defer pub.Close()
	g, err := pub.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil || g.Hash() != rcfg.Genesis.L2.Hash {
		t.Fatalf("genesis over the open endpoint: %v (%v), want %s", g, err, rcfg.Genesis.L2.Hash)
	}
	state := engine.ForkchoiceStateV1{HeadBlockHash: g.Hash(), SafeBlockHash: g.Hash(), FinalizedBlockHash: g.Hash()}
	var resp engine.ForkChoiceResponse
	if err := pub.Client().CallContext(ctx, &resp, "engine_forkchoiceUpdatedV3", state, nil); err == nil {
		t.Fatal("the engine API answered on the open endpoint")
	}

	// Without the token the auth endpoint refuses.
	anon, err := rpc.DialContext(ctx, e.authURL())
	if err != nil {
		t.Fatal(err)
	}
	defer anon.Close()
	if err := anon.CallContext(ctx, &resp, "engine_forkchoiceUpdatedV3", state, nil); err == nil {
		t.Fatal("the auth endpoint answered without a JWT")
	}

	secret, err := node.ObtainJWTSecret(jwtPath)
	if err != nil {
		t.Fatal(err)
	}
	var key [32]byte
	copy(key[:], secret)
	authed, err := rpc.DialOptions(ctx, e.authURL(), rpc.WithHTTPAuth(node.NewJWTAuth(key)))
	if err != nil {
		t.Fatal(err)
	}
	defer authed.Close()
	if err := authed.CallContext(ctx, &resp, "engine_forkchoiceUpdatedV3", state, nil); err != nil {
		t.Fatalf("forkchoiceUpdatedV3 with the JWT: %v", err)
	}
	if resp.PayloadStatus.Status != engine.VALID {
		t.Fatalf("forkchoice to genesis: %+v", resp.PayloadStatus)
	}
	// op-node reads blocks through the same authenticated endpoint.
	var head map[string]any
	if err := authed.CallContext(ctx, &head, "eth_getBlockByNumber", "latest", false); err != nil || head["hash"] != g.Hash().Hex() {
		t.Fatalf("eth over the auth endpoint: %v (%v)", head["hash"], err)
	}
}

// TestStartOpNodeExits: an op-node that dies at start fails Start with
// ErrOpNodeExited and its output, and leaves nothing running.
func TestStartOpNodeExits(t *testing.T) {
	dir := t.TempDir()
	m := testRollup(t, dir)
	fake := filepath.Join(dir, "op-node")
	if err := os.WriteFile(fake, []byte("#!/bin/sh\necho \"fake op-node: $*\" >&2\nexit 3\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, err := Start(ctx, Config{Manifest: m, DataDir: filepath.Join(dir, "v"), OpNode: fake})
	if !errors.Is(err, ErrOpNodeExited) {
		t.Fatalf("Start: %v, want ErrOpNodeExited", err)
	}
	for _, want := range []string{"exit status 3", "fake op-node:", "--l2.enginekind=geth", "--syncmode=consensus-layer", "--l2.jwt-secret="} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	// The engine was closed: its datadir can be opened again.
	_, err = Start(ctx, Config{Manifest: m, DataDir: filepath.Join(dir, "v"), OpNode: fake})
	if !errors.Is(err, ErrOpNodeExited) {
		t.Fatalf("second Start: %v, want ErrOpNodeExited (not a locked datadir)", err)
	}
}
