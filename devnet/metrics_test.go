package devnet

import (
	"context"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/prometheus/common/expfmt"
)

// scrape returns the metric families node i serves at its metrics URL.
func scrape(t *testing.T, d *Devnet, i int) map[string]float64 {
	t.Helper()
	res, err := http.Get(d.Manifest.Nodes[i].Metrics)
	if err != nil {
		t.Fatalf("scrape node %d: %v", i, err)
	}
	defer res.Body.Close()
	var parser expfmt.TextParser
	fams, err := parser.TextToMetricFamilies(res.Body)
	if err != nil {
		t.Fatalf("parse node %d metrics: %v", i, err)
	}
	out := make(map[string]float64)
	for name, fam := range fams {
		for _, m := range fam.GetMetric() {
			key := name
			for _, l := range m.GetLabel() {
				if l.GetName() == "result" || l.GetName() == "state" {
					key += "{" + l.GetValue() + "}"
				}
			}
			switch {
			case m.Counter != nil:
				out[key] += m.Counter.GetValue()
			case m.Gauge != nil:
				out[key] += m.Gauge.GetValue()
			case m.Histogram != nil:
				out[key+"_count"] += float64(m.Histogram.GetSampleCount())
			}
		}
	}
	return out
}

// TestEveryNodeServesItsMetrics: each node of an in-process devnet serves
// CometBFT's metrics and nodeop's at the URL in devnet.json, counting its
// own traffic (a per-node registry, not the process's global one).
func TestEveryNodeServesItsMetrics(t *testing.T) {
	d := startDevnet(t, 4)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	chainID := new(big.Int).SetUint64(d.Manifest.ChainID)
	c1 := ethClient(t, d, 1)
	tx := transfer(t, chainID, testKey(61), 0, 3)
	if err := c1.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 30*time.Second, "the transfer to commit", func() bool {
		n, err := c1.NonceAt(ctx, addressOf(61), nil)
		return err == nil && n == 1
	})
	if err := c1.SendTransaction(ctx, tx); err == nil {
		t.Fatal("replay accepted")
	}

	for i := range d.Len() {
		waitHeight(t, cometClient(t, d, i), 2, 30*time.Second)
		m := scrape(t, d, i)
		for _, name := range []string{"cometbft_consensus_height", "nodeop_chain_height", "nodeop_block_execution_seconds_count", "nodeop_block_txs_count", "go_goroutines"} {
			if m[name] <= 0 {
				t.Errorf("node %d: %s = %v, want > 0", i, name, m[name])
			}
		}
		if _, ok := m["nodeop_mempool_txs{pending}"]; !ok {
			t.Errorf("node %d: no nodeop_mempool_txs{state=pending}", i)
		}
	}
	m1 := scrape(t, d, 1)
	if m1["nodeop_mempool_checktx_total{accepted}"] < 1 {
		t.Errorf("node 1 accepted = %v, want >= 1", m1["nodeop_mempool_checktx_total{accepted}"])
	}
	if m1["nodeop_mempool_checktx_total{nonce too low}"] < 1 {
		t.Errorf("node 1 rejections for nonce too low = %v, want >= 1 (metrics: %v)", m1["nodeop_mempool_checktx_total{nonce too low}"], m1)
	}
	if m0 := scrape(t, d, 0); m0["nodeop_mempool_checktx_total{nonce too low}"] != 0 {
		t.Errorf("node 0 counts node 1's rejection: registries are shared")
	}
}
