package operator

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/cometbft/cometbft/blocksync"
	cs "github.com/cometbft/cometbft/consensus"
	mempl "github.com/cometbft/cometbft/mempool"
	cmtnode "github.com/cometbft/cometbft/node"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/proxy"
	sm "github.com/cometbft/cometbft/state"
	"github.com/cometbft/cometbft/statesync"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// defaultRegistererMu serialises the one place that points the Prometheus
// library's global DefaultRegisterer at a node's own registry (see
// cometMetrics). It guards a library global, not state of ours.
var defaultRegistererMu sync.Mutex

// cometMetrics returns a CometBFT metrics provider that registers on reg.
// CometBFT's metrics register themselves on Prometheus' global registerer
// (through go-kit) as they are built, so a second node in the same process
// (the devnet runs four) would panic on duplicate names. Pointing the
// global at this node's registry while its metrics are built gives each
// node its own set without copying CometBFT's metric definitions.
func cometMetrics(reg *prometheus.Registry, namespace string) cmtnode.MetricsProvider {
	return func(chainID string) (*cs.Metrics, *p2p.Metrics, *mempl.Metrics, *sm.Metrics, *proxy.Metrics, *blocksync.Metrics, *statesync.Metrics) {
		defaultRegistererMu.Lock()
		defer defaultRegistererMu.Unlock()
		prev := prometheus.DefaultRegisterer
		prometheus.DefaultRegisterer = reg
		defer func() { prometheus.DefaultRegisterer = prev }()
		return cs.PrometheusMetrics(namespace, "chain_id", chainID),
			p2p.PrometheusMetrics(namespace, "chain_id", chainID),
			mempl.PrometheusMetrics(namespace, "chain_id", chainID),
			sm.PrometheusMetrics(namespace, "chain_id", chainID),
			proxy.PrometheusMetrics(namespace, "chain_id", chainID),
			blocksync.PrometheusMetrics(namespace, "chain_id", chainID),
			statesync.PrometheusMetrics(namespace, "chain_id", chainID)
	}
}

// newRegistry is a node's registry with the Go runtime's collectors.
func newRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg
}

// metricsServer serves reg on addr at /metrics.
type metricsServer struct {
	srv *http.Server
	ln  net.Listener
}

func serveMetrics(addr string, reg *prometheus.Registry, log *slog.Logger) (*metricsServer, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("operator: metrics listen: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	m := &metricsServer{srv: &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}, ln: ln}
	go func() {
		if err := m.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("metrics server stopped", "err", err)
		}
	}()
	return m, nil
}
