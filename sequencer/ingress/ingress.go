// Package ingress is the JSON-RPC front door of an operator node: wallets
// and dapps send standard Ethereum calls over HTTP or WebSocket on one port,
// and transactions go on to the sequencer through a narrow Backend.
package ingress

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// Backend is what the RPC needs from the node.
type Backend interface {
	ChainID() *big.Int
	// SendRawTransaction hands raw to the sequencer and returns its hash
	// once the local mempool has accepted it.
	SendRawTransaction(ctx context.Context, raw []byte) (common.Hash, error)
	// NonceAt is the nonce in the state at a block (the L2 engine's
	// answer); PendingNonce counts the pool's txs too.
	NonceAt(ctx context.Context, addr common.Address, at rpc.BlockNumberOrHash) (uint64, error)
	PendingNonce(addr common.Address) uint64
	Status(ctx context.Context) (*Status, error)
}

// Status is the answer to sequencer_status.
type Status struct {
	ChainID       hexutil.Uint64 `json:"chainId"`
	CometChainID  string         `json:"cometChainId"`
	NodeID        string         `json:"nodeId"`
	Height        hexutil.Uint64 `json:"height"`
	LastBlockHash hexutil.Bytes  `json:"lastBlockHash"`
	AppHash       hexutil.Bytes  `json:"appHash"`
	CatchingUp    bool           `json:"catchingUp"`
	Peers         int            `json:"peers"`
	Validators    []Validator    `json:"validators"`
	Mempool       MempoolStatus  `json:"mempool"`
	// Batches is the batch pipeline's progress and the operators' trust
	// (absent on a chain without batches).
	Batches any `json:"batches,omitempty"`
}

// Validator is one member of the current validator set.
type Validator struct {
	Address hexutil.Bytes `json:"address"`
	PubKey  hexutil.Bytes `json:"pubKey"`
	Power   int64         `json:"power"`
}

// MempoolStatus counts the app pool: executable and gapped txs.
type MempoolStatus struct {
	Pending int `json:"pending"`
	Future  int `json:"future"`
}

// Config configures the server.
type Config struct {
	// Addr is host:port to listen on; port 0 picks a free one.
	Addr string
	// MaxBodyBytes bounds an HTTP request body. The default leaves room for
	// one maximum-size transaction in hex.
	MaxBodyBytes int
	// BatchItems and BatchResponseBytes bound JSON-RPC batches.
	BatchItems         int
	BatchResponseBytes int
	ClientVersion      string
	// Extra are services served beside the ingress's own (the L2 engine's
	// eth namespace); a method of the ingress replaces an extra one of the
	// same name.
	Extra []rpc.API
}

func (c *Config) setDefaults() {
	if c.MaxBodyBytes == 0 {
		c.MaxBodyBytes = 512 * 1024
	}
	if c.BatchItems == 0 {
		c.BatchItems = 100
	}
	if c.BatchResponseBytes == 0 {
		c.BatchResponseBytes = 10 * 1024 * 1024
	}
	if c.ClientVersion == "" {
		c.ClientVersion = "nodeop/v0.1.0"
	}
}

// Server serves the JSON-RPC API.
type Server struct {
	log  *slog.Logger
	rpc  *rpc.Server
	http *http.Server
	ln   net.Listener
}

// New registers the API over backend; Start begins serving.
func New(cfg Config, backend Backend, log *slog.Logger) (*Server, error) {
	cfg.setDefaults()
	srv := rpc.NewServer()
	srv.SetBatchLimits(cfg.BatchItems, cfg.BatchResponseBytes)
	srv.SetHTTPBodyLimit(cfg.MaxBodyBytes)
	srv.SetWebsocketReadLimit(int64(cfg.MaxBodyBytes))
	// The registry keeps the last registration of a method name: extras
	// first, so the ingress's own methods win.
	apis := append([]rpc.API{}, cfg.Extra...)
	apis = append(apis,
		rpc.API{Namespace: "eth", Service: &ethAPI{b: backend}},
		rpc.API{Namespace: "net", Service: &netAPI{b: backend}},
		rpc.API{Namespace: "web3", Service: &web3API{version: cfg.ClientVersion}},
		rpc.API{Namespace: "sequencer", Service: &sequencerAPI{b: backend}},
	)
	for _, api := range apis {
		if err := srv.RegisterName(api.Namespace, api.Service); err != nil {
			return nil, fmt.Errorf("ingress: register %s: %w", api.Namespace, err)
		}
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return nil, fmt.Errorf("ingress: listen: %w", err)
	}
	s := &Server{log: log, rpc: srv, ln: ln}
	ws := srv.WebsocketHandler([]string{"*"})
	s.http = &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			switch {
			case isWebsocket(r):
				ws.ServeHTTP(w, r)
			case r.Method == http.MethodPost && r.ContentLength == 0:
				// go-ethereum answers an empty POST with an empty 200,
				// which leaves a client guessing; say what is wrong.
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(http.StatusBadRequest)
				io.WriteString(w, emptyBodyResponse)
			default:
				srv.ServeHTTP(w, r)
			}
		}),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	return s, nil
}

// Start serves until Close.
func (s *Server) Start() {
	go func() {
		if err := s.http.Serve(s.ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("ingress stopped", "err", err)
		}
	}()
}

// Addr is the address the server listens on.
func (s *Server) Addr() net.Addr { return s.ln.Addr() }

// Close stops accepting requests and waits for running ones until ctx ends.
func (s *Server) Close(ctx context.Context) error {
	err := s.http.Shutdown(ctx)
	s.rpc.Stop()
	return err
}

const emptyBodyResponse = `{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"parse error: empty request body"}}` + "\n"

func isWebsocket(r *http.Request) bool {
	return strings.EqualFold(r.Header.Get("Upgrade"), "websocket") &&
		strings.Contains(strings.ToLower(r.Header.Get("Connection")), "upgrade")
}
