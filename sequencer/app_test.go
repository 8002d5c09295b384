package sequencer

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync"
	"testing"

	dbm "github.com/cometbft/cometbft-db"
	abci "github.com/cometbft/cometbft/abci/types"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/nodeop/nodeop/internal/txn"
	"github.com/nodeop/nodeop/mempool"
	"github.com/nodeop/nodeop/sequencer/blockinfo"
)

// ---------------------------------------------------------------------------
// Fixtures shared by app_test.go and ledger_test.go.

const testChainID = 901

// testGasLimit is the block gas limit of testConfig: room for 47 transfers.
const testGasLimit = 1_000_000

var (
	chainID    = big.NewInt(testChainID)
	testSigner = types.LatestSignerForChainID(chainID)
	recipient  = common.HexToAddress("0x00000000000000000000000000000000000000aa")
)

// names maps test senders' addresses to their seeds, for readable failures.
var names sync.Map // common.Address -> string

// sender is a deterministic test account.
type sender struct {
	name string
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newSender(t testing.TB, seed string) sender {
	t.Helper()
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte(seed)))
	if err != nil {
		t.Fatalf("key for %q: %v", seed, err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	names.Store(addr, seed)
	return sender{name: seed, key: key, addr: addr}
}

// txSpec describes a DynamicFeeTx transfer; zero fields take defaults.
type txSpec struct {
	nonce   uint64
	tip     int64  // gas tip cap in wei; 1 when 0
	feeCap  int64  // gas fee cap in wei; tip + 1 gwei when 0
	gas     uint64 // 21,000 when 0
	data    []byte // makes the tx bigger; gas must then cover it
	chainID int64  // 901 when 0
}

// tx signs spec with s's key and returns the canonical encoding.
func (s sender) tx(t testing.TB, spec txSpec) []byte {
	t.Helper()
	if spec.tip == 0 {
		spec.tip = 1
	}
	if spec.feeCap == 0 {
		spec.feeCap = spec.tip + 1_000_000_000
	}
	if spec.gas == 0 {
		spec.gas = 21_000 + 16*uint64(len(spec.data))
	}
	id := chainID
	if spec.chainID != 0 {
		id = big.NewInt(spec.chainID)
	}
	to := recipient
	signed, err := types.SignNewTx(s.key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID:   id,
		Nonce:     spec.nonce,
		GasTipCap: big.NewInt(spec.tip),
		GasFeeCap: big.NewInt(spec.feeCap),
		Gas:       spec.gas,
		To:        &to,
		Value:     big.NewInt(1),
		Data:      spec.data,
	})
	if err != nil {
		t.Fatalf("sign tx: %v", err)
	}
	return marshal(t, signed)
}

// transfer is a default transfer from s with nonce and tip.
func (s sender) transfer(t testing.TB, nonce uint64, tip int64) []byte {
	t.Helper()
	return s.tx(t, txSpec{nonce: nonce, tip: tip})
}

func marshal(t testing.TB, tx *types.Transaction) []byte {
	t.Helper()
	raw, err := tx.MarshalBinary()
	if err != nil {
		t.Fatalf("marshal tx: %v", err)
	}
	return raw
}

// label names a raw tx "sender/nonce" (or describes why it has no name).
func label(raw []byte) string {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(raw); err != nil {
		return fmt.Sprintf("garbage(%x)", raw[:min(len(raw), 4)])
	}
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		return fmt.Sprintf("unsigned/%d", tx.Nonce())
	}
	name, ok := names.Load(from)
	if !ok {
		name = from.Hex()[:10]
	}
	return fmt.Sprintf("%s/%d", name, tx.Nonce())
}

func labels(raws [][]byte) []string {
	out := make([]string, len(raws))
	for i, raw := range raws {
		out[i] = label(raw)
	}
	return out
}

func testConfig() Config {
	return Config{
		Genesis: Genesis{ChainID: chainID.Uint64(), BlockGasLimit: testGasLimit},
		Mempool: func() mempool.Config {
			c := mempool.DefaultConfig()
			c.MinTipCap = big.NewInt(1)
			return c
		}(),
	}
}

// newApp returns an App over a ledger in a fresh in-memory DB.
func newApp(t testing.TB, mutate ...func(*Config)) *App {
	t.Helper()
	ledger, err := OpenLedger(dbm.NewMemDB())
	if err != nil {
		t.Fatalf("OpenLedger: %v", err)
	}
	return newAppOver(t, ledger, mutate...)
}

func newAppOver(t testing.TB, exec Executor, mutate ...func(*Config)) *App {
	t.Helper()
	cfg := testConfig()
	for _, m := range mutate {
		m(&cfg)
	}
	app, err := New(cfg, exec)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return app
}

func withGasLimit(limit uint64) func(*Config) {
	return func(c *Config) { c.Genesis.BlockGasLimit = limit }
}

// ---------------------------------------------------------------------------
// ABCI drivers.

func checkTx(t testing.TB, app *App, raw []byte, typ abci.CheckTxType) *abci.ResponseCheckTx {
	t.Helper()
	res, err := app.CheckTx(t.Context(), &abci.RequestCheckTx{Tx: raw, Type: typ})
	if err != nil {
		t.Fatalf("CheckTx(%s): %v", label(raw), err)
	}
	return res
}

// mustAdd submits raws as new txs and fails unless each is accepted.
func mustAdd(t testing.TB, app *App, raws ...[]byte) {
	t.Helper()
	for _, raw := range raws {
		if res := checkTx(t, app, raw, abci.CheckTxType_New); !res.IsOK() {
			t.Fatalf("CheckTx(%s) = code %d (%s), want 0", label(raw), res.Code, res.Log)
		}
	}
}

func info(t testing.TB, app *App) *abci.ResponseInfo {
	t.Helper()
	res, err := app.Info(t.Context(), &abci.RequestInfo{})
	if err != nil {
		t.Fatalf("Info: %v", err)
	}
	return res
}

func nextHeight(t testing.TB, app *App) int64 {
	t.Helper()
	return info(t, app).LastBlockHeight + 1
}

// prepare runs PrepareProposal with junk in req.Txs, which must be ignored.
func prepare(t testing.TB, app *App, maxTxBytes int64) [][]byte {
	t.Helper()
	res, err := app.PrepareProposal(t.Context(), &abci.RequestPrepareProposal{
		MaxTxBytes: maxTxBytes,
		Txs:        [][]byte{{0xde, 0xad, 0xbe, 0xef}, {}, bytes.Repeat([]byte{0x02}, 64)},
		Height:     nextHeight(t, app),
	})
	if err != nil {
		t.Fatalf("PrepareProposal: %v", err)
	}
	if len(res.Txs) == 0 {
		t.Fatal("PrepareProposal: no block info")
	}
	if got, err := blockinfo.Decode(res.Txs[0]); err != nil || got != infoFor(t, app) {
		t.Fatalf("PrepareProposal block info = %+v, %v; want %+v", got, err, infoFor(t, app))
	}
	return res.Txs[1:]
}

// infoFor is the block info the test ledger proposes for app's next height.
func infoFor(t testing.TB, app *App) blockinfo.Info {
	return blockinfo.Info{Timestamp: uint64(nextHeight(t, app))}
}

// withInfo puts the next height's block info in front of txs, as every
// block carries it; the drivers below take and return user txs only.
func withInfo(t testing.TB, app *App, txs [][]byte) [][]byte {
	return append([][]byte{infoFor(t, app).Encode()}, txs...)
}

func process(t testing.TB, app *App, txs [][]byte) abci.ResponseProcessProposal_ProposalStatus {
	t.Helper()
	res, err := app.ProcessProposal(t.Context(), &abci.RequestProcessProposal{Txs: withInfo(t, app, txs), Height: nextHeight(t, app)})
	if err != nil {
		t.Fatalf("ProcessProposal: %v", err)
	}
	return res.Status
}

func finalize(t testing.TB, app *App, txs [][]byte) *abci.ResponseFinalizeBlock {
	t.Helper()
	h := nextHeight(t, app)
	res, err := app.FinalizeBlock(t.Context(), &abci.RequestFinalizeBlock{Txs: withInfo(t, app, txs), Height: h})
	if err != nil {
		t.Fatalf("FinalizeBlock(height %d): %v", h, err)
	}
	if got, want := len(res.TxResults), len(txs)+1; got != want {
		t.Fatalf("FinalizeBlock(height %d): %d tx results for %d txs and block info", h, got, want)
	}
	if res.TxResults[0].Code != abci.CodeTypeOK {
		t.Fatalf("FinalizeBlock(height %d): block info result code %d", h, res.TxResults[0].Code)
	}
	res.TxResults = res.TxResults[1:]
	return res
}

func commit(t testing.TB, app *App) {
	t.Helper()
	if _, err := app.Commit(t.Context(), &abci.RequestCommit{}); err != nil {
		t.Fatalf("Commit: %v", err)
	}
}

// decide finalizes and commits txs as the next block and returns the
// finalize response.
func decide(t testing.TB, app *App, txs [][]byte) *abci.ResponseFinalizeBlock {
	t.Helper()
	res := finalize(t, app, txs)
	commit(t, app)
	return res
}

// produce runs one round on a single node: propose from the pool, check
// the proposal, finalize and commit it. It returns the block.
func produce(t testing.TB, app *App) [][]byte {
	t.Helper()
	block := prepare(t, app, 1<<30)
	if st := process(t, app, block); st != abci.ResponseProcessProposal_ACCEPT {
		t.Fatalf("own proposal %v rejected", labels(block))
	}
	res := decide(t, app, block)
	for i, r := range res.TxResults {
		if r.Code != abci.CodeTypeOK {
			t.Fatalf("own proposal tx %d (%s): code %d (%s)", i, label(block[i]), r.Code, r.Log)
		}
	}
	return block
}

func query(t testing.TB, app *App, path string) *abci.ResponseQuery {
	t.Helper()
	res, err := app.Query(t.Context(), &abci.RequestQuery{Path: path})
	if err != nil {
		t.Fatalf("Query(%q): %v", path, err)
	}
	return res
}

func account(t testing.TB, app *App, addr common.Address) AccountInfo {
	t.Helper()
	path := "/account/" + addr.Hex()
	res := query(t, app, path)
	if res.Code != abci.CodeTypeOK {
		t.Fatalf("Query(%q) = code %d (%s), want 0", path, res.Code, res.Log)
	}
	var got AccountInfo
	if err := json.Unmarshal(res.Value, &got); err != nil {
		t.Fatalf("Query(%q): decode %s: %v", path, res.Value, err)
	}
	return got
}

func wantNonce(t testing.TB, app *App, s sender, want uint64) {
	t.Helper()
	if got := app.Executor().Nonce(s.addr); got != want {
		t.Errorf("Nonce(%s) = %d, want %d", s.name, got, want)
	}
}

func sameTxs(a, b [][]byte) bool {
	return slices.EqualFunc(a, b, bytes.Equal)
}

// checkNonceRuns fails unless, per sender, block's txs carry consecutive
// nonces starting at the committed nonce.
func checkNonceRuns(t testing.TB, app *App, block [][]byte) {
	t.Helper()
	next := make(map[common.Address]uint64)
	for i, raw := range block {
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(raw); err != nil {
			t.Fatalf("block tx %d does not decode: %v", i, err)
		}
		from, err := types.Sender(testSigner, tx)
		if err != nil {
			t.Fatalf("block tx %d: sender: %v", i, err)
		}
		want, ok := next[from]
		if !ok {
			want = app.Executor().Nonce(from)
		}
		if tx.Nonce() != want {
			t.Fatalf("block %v: tx %d (%s) has nonce %d, want %d", labels(block), i, label(raw), tx.Nonce(), want)
		}
		next[from] = want + 1
	}
}

// ---------------------------------------------------------------------------
// CheckTx

func TestCheckTxAcceptsValidTx(t *testing.T) {
	app := newApp(t)
	alice := newSender(t, "alice")
	raw := alice.tx(t, txSpec{nonce: 0, tip: 2, gas: 30_000})

	res := checkTx(t, app, raw, abci.CheckTxType_New)
	if res.Code != abci.CodeTypeOK {
		t.Fatalf("CheckTx code = %d (%s), want %d", res.Code, res.Log, abci.CodeTypeOK)
	}
	if err := CheckTxError(res); err != nil {
		t.Errorf("CheckTxError = %v, want nil", err)
	}
	if res.GasWanted != 30_000 {
		t.Errorf("GasWanted = %d, want %d", res.GasWanted, 30_000)
	}
	if !app.Pool().Has(crypto.Keccak256Hash(raw)) {
		t.Errorf("pool does not hold the accepted tx")
	}
	if got := account(t, app, alice.addr); got.Nonce != 0 || got.PendingNonce != 1 {
		t.Errorf("account after CheckTx = nonce %d pending %d, want 0 and 1", got.Nonce, got.PendingNonce)
	}
}

func TestCheckTxRejectionMapsToCodeAndSentinel(t *testing.T) {
	alice := newSender(t, "alice")
	bob := newSender(t, "bob")

	zeroSig := marshal(t, types.NewTx(&types.DynamicFeeTx{
		ChainID: chainID, Nonce: 0, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2),
		Gas: 21_000, To: &recipient, V: new(big.Int), R: new(big.Int), S: new(big.Int),
	}))
	legacy, err := types.SignTx(types.NewTx(&types.LegacyTx{
		Nonce: 0, GasPrice: big.NewInt(1_000_000_000), Gas: 21_000, To: &recipient,
	}), types.HomesteadSigner{}, alice.key)
	if err != nil {
		t.Fatal(err)
	}
	blob, err := types.SignNewTx(alice.key, testSigner, &types.BlobTx{
		ChainID: uint256.NewInt(testChainID), Nonce: 0, GasTipCap: uint256.NewInt(1),
		GasFeeCap: uint256.NewInt(1_000_000_000), Gas: 21_000, To: recipient,
		BlobFeeCap: uint256.NewInt(1), BlobHashes: []common.Hash{{0x01}},
	})
	if err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name     string
		config   func(*Config)
		setup    func(t *testing.T, app *App)
		raw      []byte
		wantCode uint32
		wantErr  error
	}{
		{
			name:     "malformed bytes",
			raw:      []byte{0x02, 0xde, 0xad, 0xbe, 0xef},
			wantCode: 2, wantErr: txn.ErrMalformed,
		},
		{
			name:     "empty bytes",
			raw:      []byte{},
			wantCode: 2, wantErr: txn.ErrMalformed,
		},
		{
			name:     "oversized",
			raw:      alice.tx(t, txSpec{data: make([]byte, txn.DefaultMaxSize), gas: 3_000_000}),
			wantCode: 3, wantErr: txpool.ErrOversizedData,
		},
		{
			name:     "wrong chain id",
			raw:      alice.tx(t, txSpec{chainID: 902}),
			wantCode: 4, wantErr: types.ErrInvalidChainId,
		},
		{
			name:     "invalid sender",
			raw:      zeroSig,
			wantCode: 5, wantErr: txpool.ErrInvalidSender,
		},
		{
			name: "nonce too low after a committed block",
			setup: func(t *testing.T, app *App) {
				mustAdd(t, app, alice.transfer(t, 0, 1))
				produce(t, app)
			},
			raw:      alice.transfer(t, 0, 50),
			wantCode: 6, wantErr: core.ErrNonceTooLow,
		},
		{
			name:     "nonce too far ahead",
			raw:      alice.transfer(t, uint64(mempool.DefaultConfig().MaxPerSender), 1),
			wantCode: 7, wantErr: core.ErrNonceTooHigh,
		},
		{
			name:     "already known",
			setup:    func(t *testing.T, app *App) { mustAdd(t, app, alice.transfer(t, 0, 1)) },
			raw:      alice.transfer(t, 0, 1),
			wantCode: 8, wantErr: txpool.ErrAlreadyKnown,
		},
		{
			name:     "replacement underpriced: same fees",
			setup:    func(t *testing.T, app *App) { mustAdd(t, app, alice.tx(t, txSpec{tip: 100, feeCap: 1000})) },
			raw:      alice.tx(t, txSpec{tip: 100, feeCap: 1000, gas: 21_001}),
			wantCode: 9, wantErr: txpool.ErrReplaceUnderpriced,
		},
		{
			name:     "replacement underpriced: bump below 10%",
			setup:    func(t *testing.T, app *App) { mustAdd(t, app, alice.tx(t, txSpec{tip: 100, feeCap: 1000})) },
			raw:      alice.tx(t, txSpec{tip: 105, feeCap: 1050}),
			wantCode: 9, wantErr: txpool.ErrReplaceUnderpriced,
		},
		{
			name:     "pool full and not paying more",
			config:   func(c *Config) { c.Mempool.MaxTotal = 1 },
			setup:    func(t *testing.T, app *App) { mustAdd(t, app, bob.transfer(t, 0, 100)) },
			raw:      alice.transfer(t, 0, 1),
			wantCode: 10, wantErr: txpool.ErrUnderpriced,
		},
		{
			name:     "gas above block limit",
			raw:      alice.tx(t, txSpec{gas: testGasLimit + 1}),
			wantCode: 12, wantErr: txpool.ErrGasLimit,
		},
		{
			name:     "gas below intrinsic",
			raw:      alice.tx(t, txSpec{gas: 20_999}),
			wantCode: 13, wantErr: core.ErrIntrinsicGas,
		},
		{
			name:     "tip below the minimum",
			config:   func(c *Config) { c.Mempool.MinTipCap = big.NewInt(10) },
			raw:      alice.transfer(t, 0, 9),
			wantCode: 14, wantErr: txpool.ErrTxGasPriceTooLow,
		},
		{
			name:     "tip above fee cap",
			raw:      alice.tx(t, txSpec{tip: 10, feeCap: 9}),
			wantCode: 15, wantErr: core.ErrTipAboveFeeCap,
		},
		{
			name:     "blob tx type",
			raw:      marshal(t, blob),
			wantCode: 16, wantErr: types.ErrTxTypeNotSupported,
		},
		{
			name:     "legacy tx without replay protection",
			raw:      marshal(t, legacy),
			wantCode: 17, wantErr: txn.ErrUnprotected,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var mutate []func(*Config)
			if tt.config != nil {
				mutate = append(mutate, tt.config)
			}
			app := newApp(t, mutate...)
			if tt.setup != nil {
				tt.setup(t, app)
			}
			before := app.Pool().Len()

			res := checkTx(t, app, tt.raw, abci.CheckTxType_New)
			if res.Code != tt.wantCode {
				t.Fatalf("code = %d (%s), want %d", res.Code, res.Log, tt.wantCode)
			}
			if res.Codespace != Codespace {
				t.Errorf("codespace = %q, want %q", res.Codespace, Codespace)
			}
			err := CheckTxError(res)
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("CheckTxError = %v, want errors.Is %v", err, tt.wantErr)
			}
			if err == nil || err.Error() != res.Log {
				t.Errorf("CheckTxError message = %v, want the log %q", err, res.Log)
			}
			if !strings.Contains(res.Log, tt.wantErr.Error()) {
				t.Errorf("log = %q, want it to contain %q", res.Log, tt.wantErr.Error())
			}
			if after := app.Pool().Len(); after != before {
				t.Errorf("pool size = %d after a rejection, want %d", after, before)
			}
		})
	}
}

func TestCheckTxErrorOfOKResponseIsNil(t *testing.T) {
	if err := CheckTxError(&abci.ResponseCheckTx{Code: abci.CodeTypeOK}); err != nil {
		t.Fatalf("CheckTxError(code 0) = %v, want nil", err)
	}
	// A code without a sentinel still yields an error, just not a wrapped one.
	err := CheckTxError(&abci.ResponseCheckTx{Code: CodeInternal, Log: "boom"})
	if err == nil || err.Error() != "boom" || errors.Unwrap(err) != nil {
		t.Fatalf("CheckTxError(code %d) = %v (unwraps to %v), want \"boom\" wrapping nothing", CodeInternal, err, errors.Unwrap(err))
	}
}

func TestRecheck(t *testing.T) {
	alice := newSender(t, "alice")
	bob := newSender(t, "bob")

	t.Run("accepts a tx while pooled", func(t *testing.T) {
		app := newApp(t)
		raw := alice.transfer(t, 0, 1)
		mustAdd(t, app, raw)
		if res := checkTx(t, app, raw, abci.CheckTxType_Recheck); res.Code != abci.CodeTypeOK {
			t.Fatalf("recheck code = %d (%s), want 0", res.Code, res.Log)
		}
	})

	t.Run("rejects a tx never pooled", func(t *testing.T) {
		app := newApp(t)
		if res := checkTx(t, app, alice.transfer(t, 0, 1), abci.CheckTxType_Recheck); res.IsOK() {
			t.Fatalf("recheck of an unknown tx = code 0, want non-zero")
		}
	})

	t.Run("rejects a tx after it was included and committed", func(t *testing.T) {
		app := newApp(t)
		included, other := alice.transfer(t, 0, 1), bob.transfer(t, 0, 1)
		mustAdd(t, app, included)
		block := produce(t, app)
		if !sameTxs(block, [][]byte{included}) {
			t.Fatalf("block = %v, want [%s]", labels(block), label(included))
		}
		mustAdd(t, app, other)
		res := checkTx(t, app, included, abci.CheckTxType_Recheck)
		if res.IsOK() {
			t.Fatalf("recheck of an included tx = code 0, want non-zero")
		}
		if res.Log == "" || res.Codespace != Codespace {
			t.Errorf("recheck rejection log %q codespace %q, want a message in %q", res.Log, res.Codespace, Codespace)
		}
		if res := checkTx(t, app, other, abci.CheckTxType_Recheck); !res.IsOK() {
			t.Errorf("recheck of a still pooled tx = code %d (%s), want 0", res.Code, res.Log)
		}
	})

	t.Run("rejects a pooled tx whose nonce another node's tx took", func(t *testing.T) {
		app := newApp(t)
		mine, theirs := alice.transfer(t, 0, 1), alice.transfer(t, 0, 5)
		mustAdd(t, app, mine)
		decide(t, app, [][]byte{theirs}) // decided from another proposer's pool
		if res := checkTx(t, app, mine, abci.CheckTxType_Recheck); res.IsOK() {
			t.Errorf("recheck of a tx whose nonce was taken = code 0, want non-zero")
		}
		if app.Pool().Len() != 0 {
			t.Errorf("pool holds %d txs, want 0", app.Pool().Len())
		}
		if err := app.Known(mine); !errors.Is(err, core.ErrNonceTooLow) {
			t.Errorf("Known(taken nonce) = %v, want %v", err, core.ErrNonceTooLow)
		}
	})

	t.Run("rejects a replaced tx and accepts its replacement", func(t *testing.T) {
		app := newApp(t)
		old, replacement := alice.tx(t, txSpec{tip: 100, feeCap: 1000}), alice.tx(t, txSpec{tip: 200, feeCap: 2000})
		mustAdd(t, app, old, replacement)
		if res := checkTx(t, app, old, abci.CheckTxType_Recheck); res.IsOK() {
			t.Errorf("recheck of the replaced tx = code 0, want non-zero")
		}
		if res := checkTx(t, app, replacement, abci.CheckTxType_Recheck); !res.IsOK() {
			t.Errorf("recheck of the replacement = code %d (%s), want 0", res.Code, res.Log)
		}
	})
}

// ---------------------------------------------------------------------------
// PrepareProposal

func TestPrepareProposalOrdersPoolByTipAndIgnoresRequestTxs(t *testing.T) {
	app := newApp(t)
	alice, bob, carol, dave := newSender(t, "alice"), newSender(t, "bob"), newSender(t, "carol"), newSender(t, "dave")
	a0, a1, a2 := alice.transfer(t, 0, 5), alice.transfer(t, 1, 3), alice.transfer(t, 2, 8)
	b0, b1 := bob.transfer(t, 0, 10), bob.transfer(t, 1, 1)
	c0 := carol.transfer(t, 0, 7)
	d1 := dave.transfer(t, 1, 1000) // gapped: dave has no nonce 0
	mustAdd(t, app, a0, a1, a2, b0, b1, c0, d1)

	got := prepare(t, app, 1<<30)
	// Heads merge by tip: b0(10) c0(7) a0(5) a1(3) a2(8) b1(1).
	want := [][]byte{b0, c0, a0, a1, a2, b1}
	if !sameTxs(got, want) {
		t.Fatalf("proposal = %v, want %v", labels(got), labels(want))
	}
	if st := process(t, app, got); st != abci.ResponseProcessProposal_ACCEPT {
		t.Errorf("own proposal status = %v, want ACCEPT", st)
	}
}

func TestPrepareProposalOmitsFutureTxs(t *testing.T) {
	app := newApp(t)
	alice := newSender(t, "alice")
	a0, a2, a3 := alice.transfer(t, 0, 1), alice.transfer(t, 2, 1), alice.transfer(t, 3, 1)
	mustAdd(t, app, a2, a3)
	if got := prepare(t, app, 1<<30); len(got) != 0 {
		t.Fatalf("proposal with only gapped txs = %v, want empty", labels(got))
	}
	mustAdd(t, app, a0)
	if got, want := prepare(t, app, 1<<30), [][]byte{a0}; !sameTxs(got, want) {
		t.Fatalf("proposal = %v, want %v (nonce 1 still missing)", labels(got), labels(want))
	}
}

func TestPrepareProposalRespectsBlockGasLimit(t *testing.T) {
	app := newApp(t, withGasLimit(100_000))
	alice, bob, carol := newSender(t, "alice"), newSender(t, "bob"), newSender(t, "carol")
	a0 := alice.tx(t, txSpec{nonce: 0, tip: 10, gas: 60_000})
	b0 := bob.tx(t, txSpec{nonce: 0, tip: 9, gas: 50_000})
	b1 := bob.tx(t, txSpec{nonce: 1, tip: 9})
	c0 := carol.tx(t, txSpec{nonce: 0, tip: 1})
	mustAdd(t, app, a0, b0, b1, c0)

	got := prepare(t, app, 1<<30)
	// b0 does not fit after a0, and b1 cannot go without it.
	if want := [][]byte{a0, c0}; !sameTxs(got, want) {
		t.Fatalf("proposal = %v, want %v", labels(got), labels(want))
	}
}

func TestPrepareProposalRespectsMaxTxBytesWithProtoFraming(t *testing.T) {
	alice, bob, carol := newSender(t, "alice"), newSender(t, "bob"), newSender(t, "carol")
	var pool [][]byte
	for n := range uint64(4) {
		pool = append(pool, alice.tx(t, txSpec{nonce: n, tip: 5, data: make([]byte, 10*n)}))
	}
	for n := range uint64(3) {
		pool = append(pool, bob.tx(t, txSpec{nonce: n, tip: 7 - int64(n)}))
	}
	for n := range uint64(2) {
		// Over 127 bytes, so CometBFT frames them with a 2-byte length.
		pool = append(pool, carol.tx(t, txSpec{nonce: n, tip: 6, data: make([]byte, 150)}))
	}
	app := newApp(t)
	peer := newApp(t)
	mustAdd(t, app, pool...)
	mustAdd(t, peer, pool...)

	full := prepare(t, app, 1<<30)
	if len(full) != len(pool) {
		t.Fatalf("unbounded proposal has %d txs %v, want all %d", len(full), labels(full), len(pool))
	}
	// Every proposal also carries the block info record, counted in MaxTxBytes.
	framed := func(txs [][]byte) int64 {
		return cmttypes.ComputeProtoSizeForTxs(cmttypes.ToTxs(withInfo(t, app, txs)))
	}
	fullSize := framed(full)
	var rawSize int64
	for _, raw := range withInfo(t, app, full) {
		rawSize += int64(len(raw))
	}
	if fullSize <= rawSize {
		t.Fatalf("framed size %d <= raw size %d; the test needs framing overhead", fullSize, rawSize)
	}

	for maxBytes := int64(1); maxBytes <= fullSize+4; maxBytes++ {
		got := prepare(t, app, maxBytes)
		if size := framed(got); size > maxBytes && len(got) > 0 {
			t.Fatalf("MaxTxBytes %d: proposal %v has framed size %d", maxBytes, labels(got), size)
		}
		checkNonceRuns(t, app, got)
		if st := process(t, peer, got); st != abci.ResponseProcessProposal_ACCEPT {
			t.Fatalf("MaxTxBytes %d: peer rejected proposal %v", maxBytes, labels(got))
		}
		switch {
		case maxBytes >= fullSize && len(got) != len(full):
			t.Fatalf("MaxTxBytes %d >= framed size %d: proposal has %d txs, want %d", maxBytes, fullSize, len(got), len(full))
		case maxBytes == rawSize && len(got) == len(full):
			t.Fatalf("MaxTxBytes %d = raw size: all %d txs proposed, framed size %d exceeds it", maxBytes, len(got), fullSize)
		}
	}
}

// ---------------------------------------------------------------------------
// ProcessProposal

func TestProcessProposalAcceptsPeerProposalFromSamePool(t *testing.T) {
	alice, bob, carol := newSender(t, "alice"), newSender(t, "bob"), newSender(t, "carol")
	pool := [][]byte{
		alice.transfer(t, 0, 5), alice.transfer(t, 1, 5), alice.transfer(t, 2, 9),
		bob.transfer(t, 0, 5), bob.transfer(t, 1, 6),
		carol.transfer(t, 0, 5), carol.transfer(t, 1, 2),
		carol.transfer(t, 5, 100), // future
	}
	a, b := newApp(t), newApp(t)
	mustAdd(t, a, pool...)
	reversed := slices.Clone(pool)
	slices.Reverse(reversed) // different arrival order: ties break differently
	mustAdd(t, b, reversed...)

	for round := range 2 {
		pa, pb := prepare(t, a, 1<<30), prepare(t, b, 1<<30)
		if len(pa) == 0 {
			t.Fatalf("round %d: empty proposal", round)
		}
		if st := process(t, b, pa); st != abci.ResponseProcessProposal_ACCEPT {
			t.Fatalf("round %d: b rejected a's proposal %v", round, labels(pa))
		}
		if st := process(t, a, pb); st != abci.ResponseProcessProposal_ACCEPT {
			t.Fatalf("round %d: a rejected b's proposal %v", round, labels(pb))
		}
		ra, rb := decide(t, a, pa), decide(t, b, pa)
		if !bytes.Equal(ra.AppHash, rb.AppHash) {
			t.Fatalf("round %d: app hashes differ: %x vs %x", round, ra.AppHash, rb.AppHash)
		}
		// Fill carol's gap so the next round has her future tx too.
		fill := [][]byte{carol.transfer(t, 2, 1), carol.transfer(t, 3, 1), carol.transfer(t, 4, 1)}
		if round == 0 {
			mustAdd(t, a, fill...)
			mustAdd(t, b, fill...)
		}
	}
	if a.Pool().Len() != 0 || b.Pool().Len() != 0 {
		t.Errorf("pools hold %d and %d txs after two rounds, want 0", a.Pool().Len(), b.Pool().Len())
	}
}

func TestProcessProposalRejectsInvalidBlocks(t *testing.T) {
	const gasLimit = 100_000
	alice, bob, carol := newSender(t, "alice"), newSender(t, "bob"), newSender(t, "carol")
	app := newApp(t, withGasLimit(gasLimit))
	// Commit alice's nonce 0 so the state is not all zeros.
	mustAdd(t, app, alice.transfer(t, 0, 1))
	produce(t, app)

	a0 := alice.transfer(t, 0, 3)
	a1, a2, a3 := alice.transfer(t, 1, 3), alice.transfer(t, 2, 3), alice.transfer(t, 3, 3)
	b0, b1 := bob.transfer(t, 0, 10), bob.transfer(t, 1, 10)
	c0 := carol.transfer(t, 0, 1)

	tests := []struct {
		name  string
		block [][]byte
		want  abci.ResponseProcessProposal_ProposalStatus
	}{
		{"empty block", nil, abci.ResponseProcessProposal_ACCEPT},
		{"valid block", [][]byte{b0, b1, a1, c0}, abci.ResponseProcessProposal_ACCEPT},
		{"equal tips, first sender first", [][]byte{a1, a2, carol.transfer(t, 0, 3)}, abci.ResponseProcessProposal_ACCEPT},
		{"equal tips, second sender first", [][]byte{carol.transfer(t, 0, 3), a1, a2}, abci.ResponseProcessProposal_ACCEPT},
		{"garbage bytes", [][]byte{b0, {0xde, 0xad, 0xbe, 0xef}}, abci.ResponseProcessProposal_REJECT},
		{"empty tx", [][]byte{{}}, abci.ResponseProcessProposal_REJECT},
		{"duplicate tx", [][]byte{b0, b0}, abci.ResponseProcessProposal_REJECT},
		{"nonce gap", [][]byte{a1, a3}, abci.ResponseProcessProposal_REJECT},
		{"run starting above the state nonce", [][]byte{a2}, abci.ResponseProcessProposal_REJECT},
		{"swapped nonces", [][]byte{a2, a1}, abci.ResponseProcessProposal_REJECT},
		{"nonce already committed", [][]byte{a0}, abci.ResponseProcessProposal_REJECT},
		{"over the block gas limit", [][]byte{
			bob.tx(t, txSpec{nonce: 0, tip: 5, gas: 60_000}),
			carol.tx(t, txSpec{nonce: 0, tip: 5, gas: 60_000}),
		}, abci.ResponseProcessProposal_REJECT},
		{"tip order violated", [][]byte{c0, b0}, abci.ResponseProcessProposal_REJECT},
		{"tip order violated by a later head", [][]byte{a1, b0}, abci.ResponseProcessProposal_REJECT},
		{"wrong chain id", [][]byte{bob.tx(t, txSpec{nonce: 0, tip: 10, chainID: 902})}, abci.ResponseProcessProposal_REJECT},
		{"gas above the block limit", [][]byte{bob.tx(t, txSpec{nonce: 0, tip: 10, gas: gasLimit + 1})}, abci.ResponseProcessProposal_REJECT},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := process(t, app, tt.block); got != tt.want {
				t.Fatalf("ProcessProposal(%v) = %v, want %v", labels(tt.block), got, tt.want)
			}
		})
	}
	if got := info(t, app).LastBlockHeight; got != 1 {
		t.Errorf("height after ProcessProposal calls = %d, want 1 (ProcessProposal must not execute)", got)
	}
}

// ---------------------------------------------------------------------------
// FinalizeBlock, Commit, Info

func TestFinalizeBlockAdvancesNoncesOnlyAfterCommit(t *testing.T) {
	app := newApp(t)
	alice, bob := newSender(t, "alice"), newSender(t, "bob")
	a0, a1, a2, b0 := alice.transfer(t, 0, 1), alice.transfer(t, 1, 1), alice.transfer(t, 2, 1), bob.transfer(t, 0, 1)
	mustAdd(t, app, a0, a1, a2, b0)

	block := [][]byte{a0, a1, b0}
	res := finalize(t, app, block)
	for i, r := range res.TxResults {
		if r.Code != abci.CodeTypeOK {
			t.Errorf("tx %d (%s): code %d (%s), want 0", i, label(block[i]), r.Code, r.Log)
		}
		if r.GasWanted != 21_000 {
			t.Errorf("tx %d (%s): GasWanted %d, want 21000", i, label(block[i]), r.GasWanted)
		}
	}
	if len(res.AppHash) != 32 {
		t.Errorf("AppHash = %x, want 32 bytes", res.AppHash)
	}
	// Nothing is visible before Commit.
	wantNonce(t, app, alice, 0)
	if got := info(t, app); got.LastBlockHeight != 0 || len(got.LastBlockAppHash) != 0 {
		t.Errorf("Info before Commit = height %d hash %x, want 0 and empty", got.LastBlockHeight, got.LastBlockAppHash)
	}

	commit(t, app)
	wantNonce(t, app, alice, 2)
	wantNonce(t, app, bob, 1)
	if got := info(t, app); got.LastBlockHeight != 1 || !bytes.Equal(got.LastBlockAppHash, res.AppHash) {
		t.Errorf("Info after Commit = height %d hash %x, want 1 and %x", got.LastBlockHeight, got.LastBlockAppHash, res.AppHash)
	}
	if got := info(t, app).AppVersion; got != AppVersion {
		t.Errorf("AppVersion = %d, want %d", got, AppVersion)
	}
	// The pool dropped what was included; a2 is now executable.
	if got, want := app.Pool().Len(), 1; got != want {
		t.Errorf("pool holds %d txs after Commit, want %d", got, want)
	}
	if got, want := prepare(t, app, 1<<30), [][]byte{a2}; !sameTxs(got, want) {
		t.Errorf("next proposal = %v, want %v", labels(got), labels(want))
	}
}

func TestAppHashIdenticalAcrossIndependentApps(t *testing.T) {
	alice, bob, carol := newSender(t, "alice"), newSender(t, "bob"), newSender(t, "carol")
	a, b := newApp(t), newApp(t)

	// Each round gossips txs to both pools; a proposes, b checks, both execute.
	rounds := [][][]byte{
		{alice.transfer(t, 0, 3), bob.transfer(t, 0, 4)},
		{},
		{alice.transfer(t, 1, 2), alice.transfer(t, 2, 2), carol.transfer(t, 0, 9), carol.transfer(t, 2, 9)},
		{carol.transfer(t, 1, 1), bob.transfer(t, 1, 1)},
		{},
	}
	seen := make(map[string]int64)
	for i, gossip := range rounds {
		mustAdd(t, a, gossip...)
		mustAdd(t, b, gossip...)
		block := prepare(t, a, 1<<30)
		if st := process(t, b, block); st != abci.ResponseProcessProposal_ACCEPT {
			t.Fatalf("round %d: b rejected %v", i, labels(block))
		}
		h := nextHeight(t, a)
		ra, rb := decide(t, a, block), decide(t, b, block)
		if !bytes.Equal(ra.AppHash, rb.AppHash) {
			t.Fatalf("height %d: app hash %x on a, %x on b", h, ra.AppHash, rb.AppHash)
		}
		if prev, dup := seen[string(ra.AppHash)]; dup {
			t.Errorf("height %d repeats the app hash of height %d", h, prev)
		}
		seen[string(ra.AppHash)] = h
		for _, app := range []*App{a, b} {
			if got := info(t, app); got.LastBlockHeight != h || !bytes.Equal(got.LastBlockAppHash, ra.AppHash) {
				t.Errorf("Info = height %d hash %x, want %d and %x", got.LastBlockHeight, got.LastBlockAppHash, h, ra.AppHash)
			}
		}
	}
	for _, app := range []*App{a, b} {
		wantNonce(t, app, alice, 3)
		wantNonce(t, app, bob, 2)
		wantNonce(t, app, carol, 3)
	}
}

func TestAppHashDependsOnBlockContent(t *testing.T) {
	alice, bob := newSender(t, "alice"), newSender(t, "bob")
	a0, b0 := alice.transfer(t, 0, 1), bob.transfer(t, 0, 1)
	blocks := map[string][][]byte{
		"empty":    nil,
		"a0":       {a0},
		"b0":       {b0},
		"a0 b0":    {a0, b0},
		"b0 a0":    {b0, a0},
		"a0 again": {alice.transfer(t, 0, 2)},
	}
	hashes := make(map[string]string)
	for name, block := range blocks {
		h := string(finalize(t, newApp(t), block).AppHash)
		if other, dup := hashes[h]; dup {
			t.Errorf("blocks %q and %q yield the same app hash %x", name, other, h)
		}
		hashes[h] = name
	}
}

func TestFinalizeBlockReportsUndecidableTxsIdenticallyOnEveryApp(t *testing.T) {
	alice, bob := newSender(t, "alice"), newSender(t, "bob")
	a0, a1, b0 := alice.transfer(t, 0, 1), alice.transfer(t, 1, 1), bob.transfer(t, 0, 1)
	// A block decided by others that this node's ProcessProposal would have
	// refused: garbage, a wrong-chain tx, a gapped nonce and a duplicate.
	block := [][]byte{
		a0,
		{0xde, 0xad, 0xbe, 0xef},
		bob.tx(t, txSpec{nonce: 0, chainID: 902}),
		a1,
		bob.transfer(t, 5, 1),
		a0,
		b0,
	}
	wantCodes := []uint32{0, 2, 4, 0, 7, 6, 0}

	a, b := newApp(t), newApp(t)
	mustAdd(t, a, a0, a1) // a has some of the txs pooled, b none
	ra, rb := decide(t, a, block), decide(t, b, block)
	for _, r := range []*abci.ResponseFinalizeBlock{ra, rb} {
		for i, res := range r.TxResults {
			if res.Code != wantCodes[i] {
				t.Errorf("tx %d (%s): code %d (%s), want %d", i, label(block[i]), res.Code, res.Log, wantCodes[i])
			}
			if res.Code != abci.CodeTypeOK && (res.Log == "" || res.Codespace != Codespace) {
				t.Errorf("tx %d (%s): log %q codespace %q, want a message in %q", i, label(block[i]), res.Log, res.Codespace, Codespace)
			}
		}
	}
	if !bytes.Equal(ra.AppHash, rb.AppHash) {
		t.Fatalf("app hash %x on a, %x on b", ra.AppHash, rb.AppHash)
	}
	for _, app := range []*App{a, b} {
		wantNonce(t, app, alice, 2)
		wantNonce(t, app, bob, 1)
		if app.Pool().Len() != 0 {
			t.Errorf("pool holds %d txs after they were included, want 0", app.Pool().Len())
		}
	}
}

func TestFinalizeBlockAtWrongHeightErrors(t *testing.T) {
	app := newApp(t)
	alice := newSender(t, "alice")
	for _, h := range []int64{0, 2, 5} {
		if _, err := app.FinalizeBlock(t.Context(), &abci.RequestFinalizeBlock{Height: h, Txs: [][]byte{alice.transfer(t, 0, 1)}}); err == nil {
			t.Errorf("FinalizeBlock(height %d) on a fresh app: nil error, want one", h)
		}
	}
	decide(t, app, nil)
	if _, err := app.FinalizeBlock(t.Context(), &abci.RequestFinalizeBlock{Height: 1}); err == nil {
		t.Errorf("FinalizeBlock(height 1) after height 1 committed: nil error, want one")
	}
	if got := info(t, app).LastBlockHeight; got != 1 {
		t.Errorf("height = %d after failed FinalizeBlock calls, want 1", got)
	}
}

func TestCommitWithoutFinalizeBlockErrors(t *testing.T) {
	app := newApp(t)
	if _, err := app.Commit(t.Context(), &abci.RequestCommit{}); err == nil {
		t.Fatalf("Commit before any FinalizeBlock: nil error, want one")
	}
	decide(t, app, nil)
	if _, err := app.Commit(t.Context(), &abci.RequestCommit{}); err == nil {
		t.Fatalf("second Commit of one block: nil error, want one")
	}
}

func TestInfoOfFreshApp(t *testing.T) {
	got := info(t, newApp(t))
	if got.LastBlockHeight != 0 || len(got.LastBlockAppHash) != 0 {
		t.Fatalf("Info = height %d hash %x, want 0 and empty", got.LastBlockHeight, got.LastBlockAppHash)
	}
}

// ---------------------------------------------------------------------------
// Crash and restart

// diskApp opens (or reopens) the goleveldb ledger in dir.
func diskApp(t *testing.T, dir string) *App {
	t.Helper()
	db, err := dbm.NewGoLevelDB("state", dir)
	if err != nil {
		t.Fatalf("open goleveldb: %v", err)
	}
	ledger, err := OpenLedger(db)
	if err != nil {
		db.Close()
		t.Fatalf("OpenLedger: %v", err)
	}
	return newAppOver(t, ledger)
}

func closeApp(t *testing.T, app *App) {
	t.Helper()
	if err := app.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
}

func TestRestartKeepsCommittedState(t *testing.T) {
	alice, bob := newSender(t, "alice"), newSender(t, "bob")
	blocks := [][][]byte{
		{alice.transfer(t, 0, 1), bob.transfer(t, 0, 1)},
		{alice.transfer(t, 1, 1)},
		{},
		{alice.transfer(t, 2, 1), bob.transfer(t, 1, 1), bob.transfer(t, 2, 1)},
	}
	dir := t.TempDir()
	app := diskApp(t, dir)
	for _, block := range blocks {
		decide(t, app, block)
	}
	before := info(t, app)
	closeApp(t, app)

	app = diskApp(t, dir)
	defer closeApp(t, app)
	after := info(t, app)
	if after.LastBlockHeight != before.LastBlockHeight || !bytes.Equal(after.LastBlockAppHash, before.LastBlockAppHash) {
		t.Fatalf("Info after reopen = height %d hash %x, want %d and %x",
			after.LastBlockHeight, after.LastBlockAppHash, before.LastBlockHeight, before.LastBlockAppHash)
	}
	wantNonce(t, app, alice, 3)
	wantNonce(t, app, bob, 3)
	if got := account(t, app, bob.addr); got.Nonce != 3 || got.PendingNonce != 3 {
		t.Errorf("bob after reopen = nonce %d pending %d, want 3 and 3", got.Nonce, got.PendingNonce)
	}
	// The reopened app keeps following the chain.
	mustAdd(t, app, alice.transfer(t, 3, 1))
	if got := checkTx(t, app, alice.transfer(t, 2, 9), abci.CheckTxType_New); !errors.Is(CheckTxError(got), core.ErrNonceTooLow) {
		t.Errorf("CheckTx of a nonce committed before restart = %v, want %v", CheckTxError(got), core.ErrNonceTooLow)
	}
	produce(t, app)
	wantNonce(t, app, alice, 4)
}

func TestCrashBetweenFinalizeAndCommitReplaysToSameAppHash(t *testing.T) {
	alice, bob := newSender(t, "alice"), newSender(t, "bob")
	blocks := [][][]byte{
		{alice.transfer(t, 0, 1)},
		{alice.transfer(t, 1, 1), bob.transfer(t, 0, 1)},
		{bob.transfer(t, 1, 1), alice.transfer(t, 2, 1)}, // finalized, then the node dies
		{bob.transfer(t, 2, 1)},
	}

	// reference never crashes.
	reference := newApp(t)
	var refHashes [][]byte
	for _, block := range blocks {
		refHashes = append(refHashes, decide(t, reference, block).AppHash)
	}

	dir := t.TempDir()
	app := diskApp(t, dir)
	decide(t, app, blocks[0])
	decide(t, app, blocks[1])
	committed := info(t, app)
	crashed := finalize(t, app, blocks[2])
	if !bytes.Equal(crashed.AppHash, refHashes[2]) {
		t.Fatalf("height 3 app hash %x, reference %x", crashed.AppHash, refHashes[2])
	}
	closeApp(t, app) // no Commit: the process dies here

	app = diskApp(t, dir)
	defer closeApp(t, app)
	got := info(t, app)
	if got.LastBlockHeight != 2 || !bytes.Equal(got.LastBlockAppHash, committed.LastBlockAppHash) {
		t.Fatalf("Info after crash = height %d hash %x, want 2 and %x", got.LastBlockHeight, got.LastBlockAppHash, committed.LastBlockAppHash)
	}
	wantNonce(t, app, alice, 2)
	wantNonce(t, app, bob, 1)
	if _, err := app.Commit(t.Context(), &abci.RequestCommit{}); err == nil {
		t.Fatalf("Commit after reopen without FinalizeBlock: nil error, want one")
	}

	// CometBFT's handshake replays the uncommitted block, then the chain goes on.
	for i := 2; i < len(blocks); i++ {
		res := decide(t, app, blocks[i])
		if !bytes.Equal(res.AppHash, refHashes[i]) {
			t.Fatalf("replayed height %d app hash %x, reference %x", i+1, res.AppHash, refHashes[i])
		}
	}
	wantNonce(t, app, alice, 3)
	wantNonce(t, app, bob, 3)
}

// ---------------------------------------------------------------------------
// Query and Known

func TestQueryAccountReportsCommittedAndPendingNonces(t *testing.T) {
	app := newApp(t)
	alice, bob := newSender(t, "alice"), newSender(t, "bob")
	mustAdd(t, app, alice.transfer(t, 0, 1))
	produce(t, app)
	mustAdd(t, app, alice.transfer(t, 1, 1), alice.transfer(t, 2, 1), alice.transfer(t, 4, 1)) // 4 is gapped

	res := query(t, app, "/account/"+alice.addr.Hex())
	if res.Code != abci.CodeTypeOK {
		t.Fatalf("code = %d (%s), want 0", res.Code, res.Log)
	}
	if !bytes.Equal(res.Key, alice.addr[:]) || res.Height != 1 {
		t.Errorf("key %x height %d, want %x and 1", res.Key, res.Height, alice.addr[:])
	}
	var fields map[string]any
	if err := json.Unmarshal(res.Value, &fields); err != nil {
		t.Fatalf("value %s is not JSON: %v", res.Value, err)
	}
	for _, k := range []string{"address", "nonce", "pending_nonce"} {
		if _, ok := fields[k]; !ok {
			t.Errorf("value %s has no %q field", res.Value, k)
		}
	}
	tests := []struct {
		name        string
		path        string
		addr        common.Address
		nonce, pend uint64
	}{
		{"with pooled txs", "/account/" + alice.addr.Hex(), alice.addr, 1, 3},
		{"lower-case hex", "/account/" + strings.ToLower(alice.addr.Hex()), alice.addr, 1, 3},
		{"unknown account", "/account/" + bob.addr.Hex(), bob.addr, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := query(t, app, tt.path)
			var got AccountInfo
			if err := json.Unmarshal(res.Value, &got); err != nil {
				t.Fatalf("decode %s: %v", res.Value, err)
			}
			want := AccountInfo{Address: tt.addr, Nonce: tt.nonce, PendingNonce: tt.pend}
			if got != want {
				t.Errorf("Query(%q) = %+v, want %+v", tt.path, got, want)
			}
		})
	}
}

func TestQueryRejectsUnknownPaths(t *testing.T) {
	app := newApp(t)
	for _, path := range []string{"", "/", "/store", "/account", "/account/", "/account/0x1234", "/account/nothex", "/accounts/0x00000000000000000000000000000000000000aa"} {
		res := query(t, app, path)
		if res.Code == abci.CodeTypeOK {
			t.Errorf("Query(%q) = code 0 (%s), want non-zero", path, res.Value)
		}
		if res.Log == "" {
			t.Errorf("Query(%q): empty log, want the reason", path)
		}
	}
}

func TestKnownExplainsCachedTxs(t *testing.T) {
	app := newApp(t)
	alice := newSender(t, "alice")
	included, pooled := alice.transfer(t, 0, 1), alice.transfer(t, 1, 1)
	mustAdd(t, app, included)
	produce(t, app)
	mustAdd(t, app, pooled)

	tests := []struct {
		name string
		raw  []byte
		want error
	}{
		{"included tx", included, core.ErrNonceTooLow},
		{"pooled tx", pooled, txpool.ErrAlreadyKnown},
		{"garbage", []byte{0xde, 0xad}, txn.ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := app.Known(tt.raw); !errors.Is(err, tt.want) {
				t.Fatalf("Known(%s) = %v, want %v", label(tt.raw), err, tt.want)
			}
		})
	}
}

// ---------------------------------------------------------------------------
// Concurrency: the mempool and query connections run beside consensus.

func TestConcurrentCheckTxQueryAndConsensus(t *testing.T) {
	app := newApp(t)
	const senders, perSender = 8, 10
	accounts := make([]sender, senders)
	txs := make([][][]byte, senders)
	for i := range accounts {
		accounts[i] = newSender(t, fmt.Sprintf("load-%d", i))
		for n := range uint64(perSender) {
			txs[i] = append(txs[i], accounts[i].transfer(t, n, int64(1+i)))
		}
	}

	var wg sync.WaitGroup
	for i := range accounts {
		wg.Go(func() {
			for _, raw := range txs[i] {
				// Blocks commit meanwhile: an included nonce is "too low".
				res, err := app.CheckTx(t.Context(), &abci.RequestCheckTx{Tx: raw})
				if err != nil {
					t.Errorf("CheckTx: %v", err)
					return
				}
				if err := CheckTxError(res); err != nil && !errors.Is(err, core.ErrNonceTooLow) {
					t.Errorf("CheckTx(%s): %v", label(raw), err)
				}
				app.Query(t.Context(), &abci.RequestQuery{Path: "/account/" + accounts[i].addr.Hex()})
				app.Info(t.Context(), &abci.RequestInfo{})
			}
		})
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	for finished := false; !finished; {
		select {
		case <-done:
			finished = true
		default:
		}
		produce(t, app)
	}
	for app.Pool().Len() > 0 {
		produce(t, app)
	}
	for _, s := range accounts {
		wantNonce(t, app, s, perSender)
	}
}
