package sequencer

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the app's Prometheus metrics. A nil *Metrics records nothing,
// so tests and tools can run the app without a registry.
type Metrics struct {
	checkTx  *prometheus.CounterVec
	build    prometheus.Histogram
	execute  prometheus.Histogram
	blockTxs prometheus.Histogram
	height   prometheus.Gauge
}

// NewMetrics registers the app's metrics on reg; pool sizes are read from
// the app when scraped.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		checkTx: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "nodeop", Subsystem: "mempool", Name: "checktx_total",
			Help: "Transactions checked for admission, by result (accepted or the rejection reason).",
		}, []string{"result"}),
		build: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: "nodeop", Subsystem: "block", Name: "build_seconds",
			Help:    "Time to build a proposal from the pool (PrepareProposal).",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14),
		}),
		execute: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: "nodeop", Subsystem: "block", Name: "execution_seconds",
			Help:    "Time to execute a decided block (FinalizeBlock).",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14),
		}),
		blockTxs: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: "nodeop", Subsystem: "block", Name: "txs",
			Help:    "Transactions per decided block.",
			Buckets: prometheus.ExponentialBuckets(1, 2, 14),
		}),
		height: prometheus.NewGauge(prometheus.GaugeOpts{
			Namespace: "nodeop", Subsystem: "chain", Name: "height",
			Help: "Last committed height (the L2 head).",
		}),
	}
	reg.MustRegister(m.checkTx, m.build, m.execute, m.blockTxs, m.height)
	return m
}

// RegisterPool exposes the pool's sizes on reg, read at scrape time.
func (a *App) RegisterPool(reg prometheus.Registerer) {
	for _, state := range []string{"pending", "future"} {
		reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Namespace: "nodeop", Subsystem: "mempool", Name: "txs",
			Help:        "Transactions in the app pool, by state.",
			ConstLabels: prometheus.Labels{"state": state},
		}, func() float64 {
			pending, future := a.pool.Stats()
			if state == "pending" {
				return float64(pending)
			}
			return float64(future)
		}))
	}
}

func (m *Metrics) checked(err error) {
	if m == nil {
		return
	}
	result := "accepted"
	if err != nil {
		result = reasonOf(err)
	}
	m.checkTx.WithLabelValues(result).Inc()
}

func (m *Metrics) built(d time.Duration) {
	if m != nil {
		m.build.Observe(d.Seconds())
	}
}

func (m *Metrics) executed(d time.Duration, txs int) {
	if m != nil {
		m.execute.Observe(d.Seconds())
		m.blockTxs.Observe(float64(txs))
	}
}

func (m *Metrics) committed(height int64) {
	if m != nil {
		m.height.Set(float64(height))
	}
}
