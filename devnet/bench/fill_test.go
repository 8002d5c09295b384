package bench

import (
	"context"
	"encoding/json"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

func TestSummarizeFill(t *testing.T) {
	u := func(v uint64) *hexutil.Uint64 { x := hexutil.Uint64(v); return &x }
	tests := []struct {
		name string
		hs   []fillHeader
		want Fill
	}{
		{"none", nil, Fill{}},
		{"one half full by gas, quarter by DA", []fillHeader{{GasLimit: 100, GasUsed: 50, BlobGasUsed: u(25)}},
			Fill{Blocks: 1, GasAvg: 0.5, GasMax: 0.5, DAAvg: 0.25, DAMax: 0.25}},
		{"DA bound", []fillHeader{{GasLimit: 100, GasUsed: 30, BlobGasUsed: u(100)}, {GasLimit: 100, GasUsed: 10, BlobGasUsed: u(20)}},
			Fill{Blocks: 2, GasAvg: 0.2, GasMax: 0.3, DAAvg: 0.6, DAMax: 1}},
		{"pre-Jovian header without blobGasUsed", []fillHeader{{GasLimit: 200, GasUsed: 200}},
			Fill{Blocks: 1, GasAvg: 1, GasMax: 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := summarizeFill(tc.hs)
			near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
			if got.Blocks != tc.want.Blocks || !near(got.GasAvg, tc.want.GasAvg) || !near(got.GasMax, tc.want.GasMax) ||
				!near(got.DAAvg, tc.want.DAAvg) || !near(got.DAMax, tc.want.DAMax) {
				t.Fatalf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestBlockFillReadsHeaders(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var req struct {
			Method string            `json:"method"`
			Params []json.RawMessage `json:"params"`
		}
		_ = json.Unmarshal(body, &req)
		switch {
		case req.Method != "eth_getBlockByNumber":
			io.WriteString(w, `{"jsonrpc":"2.0","id":1,"error":{"code":-32601,"message":"no such method"}}`)
		case string(req.Params[0]) == `"0x9"`:
			io.WriteString(w, `{"jsonrpc":"2.0","id":1,"result":null}`)
		default:
			io.WriteString(w, `{"jsonrpc":"2.0","id":1,"result":{"gasLimit":"0x64","gasUsed":"0x32","blobGasUsed":"0x4b"}}`)
		}
	}))
	defer srv.Close()
	sub := newSubmitter(1)
	defer sub.close()
	ctx := context.Background()

	f, err := blockFill(ctx, srv.URL, sub, []int64{1, 2})
	if err != nil {
		t.Fatal(err)
	}
	if f.Blocks != 2 || f.GasAvg != 0.5 || f.DAMax != 0.75 {
		t.Fatalf("fill %+v", f)
	}
	// A block the node does not have is an error, not an empty block.
	if _, err := blockFill(ctx, srv.URL, sub, []int64{1, 9}); err == nil || !strings.Contains(err.Error(), "L2 block 9") {
		t.Fatalf("missing block: %v", err)
	}
}

func TestWindowHeights(t *testing.T) {
	start := time.Unix(1000, 0)
	p := plan{rate: 10, warmup: time.Second, duration: 2 * time.Second}
	m := measurement{plan: p, start: start, blocks: []blockObs{
		{height: 1, seen: start.Add(500 * time.Millisecond)},
		{height: 2, seen: start.Add(time.Second)},
		{height: 3, seen: start.Add(2999 * time.Millisecond)},
		{height: 4, seen: start.Add(3 * time.Second)},
	}}
	got := windowHeights(m)
	if len(got) != 2 || got[0] != 2 || got[1] != 3 {
		t.Fatalf("heights %v, want [2 3]", got)
	}
}

func TestWarnsAtDAFootprintLimit(t *testing.T) {
	var s System
	s.Fill = Fill{Blocks: 3, DAAvg: 0.9, DAMax: 0.99}
	got := strings.Join(warnings(s, 60_000_000, 21_000), "\n")
	if !strings.Contains(got, "DA-footprint limit") {
		t.Fatalf("no DA-footprint warning in %q", got)
	}
	s.Fill.DAMax = 0.5
	if got := strings.Join(warnings(s, 60_000_000, 21_000), "\n"); strings.Contains(got, "DA-footprint") {
		t.Fatalf("DA-footprint warning at half fill: %q", got)
	}
}
