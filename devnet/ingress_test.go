package devnet

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nodeop/nodeop/sequencer/ingress"
)

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

type rpcResponse struct {
	Result json.RawMessage `json:"result"`
	Error  *rpcError       `json:"error"`
}

// post sends body as-is and returns the HTTP status and raw response.
func post(t *testing.T, url string, body []byte) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("post: %v", err)
	}
	defer res.Body.Close()
	out, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, out
}

func call(method string, params ...any) []byte {
	b, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	if err != nil {
		panic(err)
	}
	return b
}

func rawHex(t *testing.T, tx *types.Transaction) string {
	t.Helper()
	b, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return hexutil.Encode(b)
}

// TestIngressRejectsBadInput is acceptance 3: every kind of bad input over
// JSON-RPC gets its own clear error, and none of them changes the pool or
// any nonce.
func TestIngressRejectsBadInput(t *testing.T) {
	d := startDevnet(t, 4)
	url := d.Manifest.Nodes[1].RPC
	chainID := new(big.Int).SetUint64(d.Manifest.ChainID)
	signer := types.LatestSignerForChainID(chainID)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	client := ethClient(t, d, 1)
	key := testKey(60)
	from := crypto.PubkeyToAddress(key.PublicKey)

	// Nonce 0 commits (to replay it); nonce 5 waits in the future queue (to
	// resend and to underprice a replacement of).
	included := transfer(t, chainID, key, 0, 5)
	if err := client.SendTransaction(ctx, included); err != nil {
		t.Fatalf("send nonce 0: %v", err)
	}
	waitFor(t, 30*time.Second, "nonce 0 to commit", func() bool {
		n, err := client.NonceAt(ctx, from, nil)
		return err == nil && n == 1
	})
	pooled := transfer(t, chainID, key, 5, 100)
	if err := client.SendTransaction(ctx, pooled); err != nil {
		t.Fatalf("send nonce 5: %v", err)
	}
	waitFor(t, 10*time.Second, "nonce-5 tx to reach every pool", func() bool {
		for i := range d.Len() {
			if _, future := d.Node(i).App().Pool().Stats(); future != 1 {
				return false
			}
		}
		return true
	})

	to := common.HexToAddress("0xdead")
	sign := func(inner types.TxData, s types.Signer) *types.Transaction {
		tx, err := types.SignNewTx(key, s, inner)
		if err != nil {
			t.Fatal(err)
		}
		return tx
	}
	dyn := func(nonce, gas uint64, data []byte) *types.DynamicFeeTx {
		return &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(5), GasFeeCap: big.NewInt(2e9), Gas: gas, To: &to, Data: data}
	}
	badSig := func() *types.Transaction {
		tx := types.NewTx(dyn(1, 21_000, nil))
		sig := make([]byte, 65)
		sig[63] = 1 // r = 0 is outside [1, n): no key signs that
		tx, err := tx.WithSignature(signer, sig)
		if err != nil {
			t.Fatal(err)
		}
		return tx
	}()
	bigBatch := func() []byte {
		var reqs []json.RawMessage
		for range 1000 {
			reqs = append(reqs, call("eth_chainId"))
		}
		b, _ := json.Marshal(reqs)
		return b
	}()
	replacement := transfer(t, chainID, key, 5, 105) // +5% tip: below the 10% bump

	cases := []struct {
		name       string
		body       []byte
		wantStatus int
		wantCode   int
		wantMsg    string
	}{
		{"garbage hex", []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_sendRawTransaction","params":["0xzz"]}`), 200, -32602, "invalid argument 0"},
		{"garbage rlp", call("eth_sendRawTransaction", "0xdeadbeef"), 200, -32000, "malformed transaction"},
		{"empty body", nil, 400, -32700, "empty request body"},
		{"malformed json", []byte(`{"jsonrpc":"2.0","id":1,"method":`), 200, -32700, "parse error"},
		{"missing params", call("eth_sendRawTransaction"), 200, -32602, "missing value"},
		{"wrong param type", call("eth_getTransactionCount", 42, "latest"), 200, -32602, "invalid argument 0"},
		{"unknown method", call("eth_mine"), 200, -32601, "does not exist"},
		{"1 MiB body", bytes.Repeat([]byte("a"), 1<<20), 413, 0, "content length too large"},
		{"batch of 1000", bigBatch, 200, -32600, "batch too large"},
		{"replay of included tx", call("eth_sendRawTransaction", rawHex(t, included)), 200, -32000, "nonce too low"},
		{"already known", call("eth_sendRawTransaction", rawHex(t, pooled)), 200, -32000, "already known"},
		{"underpriced replacement", call("eth_sendRawTransaction", rawHex(t, replacement)), 200, -32000, "replacement transaction underpriced"},
		{"oversized data", call("eth_sendRawTransaction", rawHex(t, sign(dyn(1, 5_000_000, make([]byte, 130*1024)), signer))), 200, -32000, "oversized data"},
		{"invalid sender", call("eth_sendRawTransaction", rawHex(t, badSig)), 200, -32000, "invalid sender"},
		{"invalid chain id", call("eth_sendRawTransaction", rawHex(t, sign(&types.DynamicFeeTx{ChainID: big.NewInt(1), Nonce: 1, GasTipCap: big.NewInt(5), GasFeeCap: big.NewInt(2e9), Gas: 21_000, To: &to}, types.LatestSignerForChainID(big.NewInt(1))))), 200, -32000, "invalid chain id"},
		{"gas above block limit", call("eth_sendRawTransaction", rawHex(t, sign(dyn(1, 61_000_000, nil), signer))), 200, -32000, "exceeds block gas limit"},
		{"intrinsic gas too low", call("eth_sendRawTransaction", rawHex(t, sign(dyn(1, 20_999, nil), signer))), 200, -32000, "intrinsic gas too low"},
		{"unprotected legacy", call("eth_sendRawTransaction", rawHex(t, sign(&types.LegacyTx{Nonce: 1, GasPrice: big.NewInt(2e9), Gas: 21_000, To: &to}, types.HomesteadSigner{}))), 200, -32000, "replay-protected"},
		{"nonce too far ahead", call("eth_sendRawTransaction", rawHex(t, sign(dyn(1_000, 21_000, nil), signer))), 200, -32000, "nonce too high"},
	}

	type snapshot struct {
		nonce, pending   uint64
		pendingN, future int
	}
	snap := func() snapshot {
		var st ingress.Status
		_, body := post(t, url, call("sequencer_status"))
		var res rpcResponse
		if err := json.Unmarshal(body, &res); err != nil || res.Error != nil {
			t.Fatalf("sequencer_status: %s", body)
		}
		if err := json.Unmarshal(res.Result, &st); err != nil {
			t.Fatal(err)
		}
		n, err := client.NonceAt(ctx, from, nil)
		if err != nil {
			t.Fatal(err)
		}
		p, err := client.PendingNonceAt(ctx, from)
		if err != nil {
			t.Fatal(err)
		}
		return snapshot{n, p, st.Mempool.Pending, st.Mempool.Future}
	}
	before := snap()
	if before.nonce != 1 || before.pending != 1 || before.future != 1 {
		t.Fatalf("before: %+v, want nonce 1, pending nonce 1, one future tx", before)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			status, body := post(t, url, tc.body)
			if status != tc.wantStatus {
				t.Fatalf("HTTP status %d, want %d (body %.200s)", status, tc.wantStatus, body)
			}
			if tc.wantCode == 0 {
				if !strings.Contains(string(body), tc.wantMsg) {
					t.Fatalf("body %.200q, want it to contain %q", body, tc.wantMsg)
				}
				return
			}
			var res rpcResponse
			if body[0] == '[' {
				var batch []rpcResponse
				if err := json.Unmarshal(body, &batch); err != nil || len(batch) == 0 {
					t.Fatalf("decode batch response %.200s: %v", body, err)
				}
				res = batch[0]
			} else if err := json.Unmarshal(body, &res); err != nil {
				t.Fatalf("decode response %.200s: %v", body, err)
			}
			if res.Error == nil {
				t.Fatalf("got result %s, want error %d %q", res.Result, tc.wantCode, tc.wantMsg)
			}
			if res.Error.Code != tc.wantCode || !strings.Contains(res.Error.Message, tc.wantMsg) {
				t.Fatalf("error %d %q, want %d containing %q", res.Error.Code, res.Error.Message, tc.wantCode, tc.wantMsg)
			}
			if after := snap(); after != before {
				t.Fatalf("state changed: before %+v after %+v", before, after)
			}
		})
	}

	// The same port speaks WebSocket, with the same answers.
	ws, err := rpc.DialContext(ctx, d.Manifest.Nodes[1].WS)
	if err != nil {
		t.Fatalf("dial websocket: %v", err)
	}
	defer ws.Close()
	var id hexutil.Big
	if err := ws.CallContext(ctx, &id, "eth_chainId"); err != nil || id.ToInt().Cmp(chainID) != 0 {
		t.Fatalf("eth_chainId over ws = %v, %v; want %v", id.ToInt(), err, chainID)
	}
	var hash common.Hash
	err = ws.CallContext(ctx, &hash, "eth_sendRawTransaction", rawHex(t, included))
	if err == nil || !strings.Contains(err.Error(), "nonce too low") {
		t.Fatalf("replay over ws: %v, want nonce too low", err)
	}
	if after := snap(); after != before {
		t.Fatalf("state changed: before %+v after %+v", before, after)
	}
}
