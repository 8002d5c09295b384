// Package verifier runs an unmodified op-node, with its own op-geth, against
// a devnet's L1: the rollup's independent check that what nodeop's operators
// post to the BatchInbox derives, by OP-Stack rules alone, the same L2 chain
// the sequencer set built.
//
// The op-geth is embedded (a library in L2 mode, engine API behind a JWT on
// its own port); op-node is the binary scripts/build-op-node.sh builds from
// the optimism module pinned in go.mod, run as a subprocess in verifier mode
// with consensus-layer sync, P2P off and the devnet's L1 RPC and beacon API.
package verifier

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nodeop/nodeop/devnet"
	"github.com/nodeop/nodeop/rollup/genesis"
)

// Config configures a verifier for one devnet.
type Config struct {
	// Manifest is the devnet's (devnet.LoadManifest): the L1 RPC and beacon
	// URLs, the L1 slot time, rollup.json, the L2 genesis and the L1 chain
	// config.
	Manifest *devnet.Manifest
	// DataDir holds the verifier's state: the engine's chain (engine/), the
	// JWT secret (jwt.hex) and op-node's log (op-node.log). A restart on the
	// same DataDir resumes the chain derived so far.
	DataDir string
	// OpNode is the op-node binary (BuildOpNode, scripts/build-op-node.sh).
	OpNode string
	// Host is the loopback address everything binds (default 127.0.0.1).
	Host string
	// LogLevel is op-node's --log.level (default "info").
	LogLevel string
	// ExtraArgs are appended to op-node's command line (they win over the
	// defaults for flags given twice).
	ExtraArgs []string
	// OpNodeOutput, if set, receives a copy of op-node's log.
	OpNodeOutput io.Writer
	// Log receives the verifier's and the embedded op-geth's logs (nil:
	// discarded).
	Log *slog.Logger
}

// Errors callers can test with errors.Is.
var (
	ErrInvalidConfig = errors.New("verifier: invalid config")
	// ErrOpNodeExited: op-node stopped on its own (its log says why).
	ErrOpNodeExited = errors.New("verifier: op-node exited")
)

// Verifier is a running op-node + op-geth pair.
type Verifier struct {
	cfg       Config
	log       *slog.Logger
	engine    *l2Engine
	rollupCfg *rollup.Config
	jwtPath   string
	logPath   string
	rpcPort   int
	client    *rpc.Client

	mu      sync.Mutex
	proc    *opNodeProc // nil while op-node is stopped
	stopped bool        // Stop was called
}

// opNodeProc is one run of the op-node binary.
type opNodeProc struct {
	cmd     *exec.Cmd
	logFile *os.File
	done    chan struct{} // closed when the process has exited
	err     error         // Wait's result, valid after done
}

// readyTimeout bounds how long op-node may take to answer its RPC.
const readyTimeout = 60 * time.Second

func (c *Config) check() error {
	var errs []error
	if c.Manifest == nil {
		errs = append(errs, errors.New("missing devnet manifest"))
	} else {
		m := c.Manifest
		for name, v := range map[string]string{"l1.rpc": m.L1.RPC, "l1.beacon": m.L1.Beacon,
			"rollupConfig": m.RollupConfig, "l2Genesis": m.L2Genesis, "l1ChainConfig": m.L1ChainConfig} {
			if v == "" {
				errs = append(errs, fmt.Errorf("manifest has no %s", name))
			}
		}
	}
	if c.DataDir == "" {
		errs = append(errs, errors.New("missing data dir"))
	}
	if c.OpNode == "" {
		errs = append(errs, errors.New("missing op-node binary path"))
	} else if fi, err := os.Stat(c.OpNode); err != nil {
		errs = append(errs, fmt.Errorf("op-node binary: %w", err))
	} else if fi.IsDir() || fi.Mode()&0o111 == 0 {
		errs = append(errs, fmt.Errorf("op-node binary %s is not executable", c.OpNode))
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w: %w", ErrInvalidConfig, errors.Join(errs...))
	}
	return nil
}

// Start opens the engine on cfg.DataDir, then starts op-node and waits until
// its RPC answers. ctx bounds only the start; Stop ends the verifier.
func Start(ctx context.Context, cfg Config) (*Verifier, error) {
	if err := cfg.check(); err != nil {
		return nil, err
	}
	if cfg.Host == "" {
		cfg.Host = "127.0.0.1"
	}
	if cfg.LogLevel == "" {
		cfg.LogLevel = "info"
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	// op-node runs in DataDir: every path it is given must be absolute
	// (a devnet made with a relative --datadir has relative paths).
	if err := absPaths(&cfg); err != nil {
		return nil, fmt.Errorf("verifier: %w", err)
	}
	m := cfg.Manifest
	rollupCfg, err := genesis.ReadRollupJSON(m.RollupConfig)
	if err != nil {
		return nil, fmt.Errorf("verifier: %w", err)
	}
	gen, err := genesis.ReadGenesisJSON(m.L2Genesis)
	if err != nil {
		return nil, fmt.Errorf("verifier: %w", err)
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("verifier: %w", err)
	}
	v := &Verifier{
		cfg:       cfg,
		log:       log,
		rollupCfg: rollupCfg,
		jwtPath:   filepath.Join(cfg.DataDir, "jwt.hex"),
		logPath:   filepath.Join(cfg.DataDir, "op-node.log"),
	}
	if err := ensureJWTSecret(v.jwtPath); err != nil {
		return nil, err
	}
	if v.engine, err = openEngine(filepath.Join(cfg.DataDir, "engine"), gen, rollupCfg, cfg.Host, v.jwtPath,
		log.With("component", "verifier-geth")); err != nil {
		return nil, err
	}
	if v.rpcPort, err = freePort(cfg.Host); err != nil {
		return nil, errors.Join(err, v.engine.close())
	}
	if v.client, err = rpc.DialContext(ctx, v.RPC()); err != nil {
		return nil, errors.Join(fmt.Errorf("verifier: dial op-node: %w", err), v.engine.close())
	}
	if err := v.StartOpNode(ctx); err != nil {
		v.client.Close()
		return nil, errors.Join(err, v.engine.close())
	}
	log.Info("verifier started", "op_node_rpc", v.RPC(), "engine_rpc", v.EngineRPC(), "engine_auth", v.engine.authURL(),
		"log", v.logPath)
	return v, nil
}

// absPaths makes cfg's data dir and op-node binary and the manifest's
// rollup files absolute, on a copy of the manifest.
func absPaths(cfg *Config) error {
	m := *cfg.Manifest
	for _, p := range []*string{&cfg.DataDir, &cfg.OpNode, &m.RollupConfig, &m.L2Genesis, &m.L1ChainConfig} {
		abs, err := filepath.Abs(*p)
		if err != nil {
			return err
		}
		*p = abs
	}
	cfg.Manifest = &m
	return nil
}

// args is op-node's command line.
func (v *Verifier) args() []string {
	m := v.cfg.Manifest
	// op-node polls an HTTP L1 for new heads and for safe/finalized changes;
	// its defaults (12 s, 384 s) suit mainnet, not a 1-2 s devnet slot.
	poll := 2 * time.Second
	if d, err := time.ParseDuration(m.L1.SlotTime); err == nil && d > 0 {
		poll = d
	}
	args := []string{
		"--l1=" + m.L1.RPC,
		"--l1.beacon=" + m.L1.Beacon,
		"--l1.rpckind=standard",
		"--l1.trustrpc",
		"--l1.http-poll-interval=" + poll.String(),
		"--l1.epoch-poll-interval=" + (4 * poll).String(),
		"--l2=" + v.engine.authURL(),
		"--l2.jwt-secret=" + v.jwtPath,
		"--l2.enginekind=geth",
		"--rollup.config=" + m.RollupConfig,
		"--rollup.l1-chain-config=" + m.L1ChainConfig,
		"--p2p.disable",
		"--rpc.addr=" + v.cfg.Host,
		"--rpc.port=" + strconv.Itoa(v.rpcPort),
		"--syncmode=consensus-layer",
		"--sequencer.enabled=false",
		"--log.level=" + v.cfg.LogLevel,
		"--log.format=logfmt",
		"--log.color=false",
	}
	return append(args, v.cfg.ExtraArgs...)
}

// StartOpNode starts op-node if it is stopped and waits until its RPC
// answers.
func (v *Verifier) StartOpNode(ctx context.Context) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.stopped {
		return errors.New("verifier: stopped")
	}
	if v.proc != nil {
		select {
		case <-v.proc.done: // exited on its own: start a new one
			v.proc = nil
		default:
			return errors.New("verifier: op-node is running")
		}
	}
	logFile, err := os.OpenFile(v.logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("verifier: op-node log: %w", err)
	}
	var out io.Writer = logFile
	if v.cfg.OpNodeOutput != nil {
		out = io.MultiWriter(logFile, v.cfg.OpNodeOutput)
	}
	fmt.Fprintf(logFile, "# %s: %s %s\n", time.Now().Format(time.RFC3339), v.cfg.OpNode, strings.Join(v.args(), " "))
	cmd := exec.Command(v.cfg.OpNode, v.args()...)
	cmd.Dir = v.cfg.DataDir
	cmd.Env = opNodeEnv()
	cmd.Stdout, cmd.Stderr = out, out
	cmd.SysProcAttr = sysProcAttr()
	if err := cmd.Start(); err != nil {
		logFile.Close()
		return fmt.Errorf("verifier: start op-node: %w", err)
	}
	p := &opNodeProc{cmd: cmd, logFile: logFile, done: make(chan struct{})}
	go func() {
		p.err = cmd.Wait()
		logFile.Close()
		close(p.done)
	}()
	v.proc = p
	v.log.Info("op-node started", "pid", cmd.Process.Pid, "rpc", v.RPC())

	ctx, cancel := context.WithTimeout(ctx, readyTimeout)
	defer cancel()
	for {
		cctx, ccancel := context.WithTimeout(ctx, 2*time.Second)
		_, err := v.syncStatus(cctx)
		ccancel()
		if err == nil {
			return nil
		}
		select {
		case <-p.done:
			v.proc = nil
			return fmt.Errorf("%w during start (%v); log %s:\n%s", ErrOpNodeExited, p.err, v.logPath, v.LogTail(40))
		case <-ctx.Done():
			v.stopLocked()
			return fmt.Errorf("verifier: op-node RPC not ready: %w (last: %v); log %s:\n%s", ctx.Err(), err, v.logPath, v.LogTail(40))
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// StopOpNode stops op-node (SIGTERM, SIGKILL after 15 s), keeping the
// engine running. It is a no-op while op-node is stopped.
func (v *Verifier) StopOpNode() error {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.stopLocked()
}

func (v *Verifier) stopLocked() error {
	p := v.proc
	if p == nil {
		return nil
	}
	v.proc = nil
	select {
	case <-p.done:
		return nil // it had exited already
	default:
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(15 * time.Second):
		v.log.Warn("op-node ignored SIGTERM, killing it", "pid", p.cmd.Process.Pid)
		_ = p.cmd.Process.Kill()
		<-p.done
	}
	v.log.Info("op-node stopped", "pid", p.cmd.Process.Pid)
	return nil
}

// Restart stops and starts op-node (the engine keeps running and keeps the
// derived chain).
func (v *Verifier) Restart(ctx context.Context) error {
	if err := v.StopOpNode(); err != nil {
		return err
	}
	return v.StartOpNode(ctx)
}

// Running reports whether op-node is running; after it exited on its own,
// the error says how.
func (v *Verifier) Running() (bool, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.proc == nil {
		return false, nil
	}
	select {
	case <-v.proc.done:
		return false, fmt.Errorf("%w: %v", ErrOpNodeExited, v.proc.err)
	default:
		return true, nil
	}
}

// Stop stops op-node, then the engine. Later calls do nothing.
func (v *Verifier) Stop() error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.stopped {
		return nil
	}
	v.stopped = true
	err := v.stopLocked()
	v.client.Close()
	return errors.Join(err, v.engine.close())
}

// RPC is op-node's JSON-RPC URL (optimism_syncStatus, optimism_outputAtBlock,
// ...).
func (v *Verifier) RPC() string {
	return "http://" + net.JoinHostPort(v.cfg.Host, strconv.Itoa(v.rpcPort))
}

// EngineRPC is the verifier's op-geth eth/net/web3 endpoint (HTTP and WS).
func (v *Verifier) EngineRPC() string { return v.engine.httpURL() }

// EngineAuthRPC is the JWT-authenticated engine endpoint op-node drives.
func (v *Verifier) EngineAuthRPC() string { return v.engine.authURL() }

// JWTSecretPath is the engine API secret's file.
func (v *Verifier) JWTSecretPath() string { return v.jwtPath }

// LogPath is op-node's log file (all runs, appended).
func (v *Verifier) LogPath() string { return v.logPath }

// RollupConfig is the rollup config op-node runs with.
func (v *Verifier) RollupConfig() *rollup.Config { return v.rollupCfg }

// SyncStatus is op-node's optimism_syncStatus: its L1 view and the
// unsafe, safe and finalized L2 heads.
func (v *Verifier) SyncStatus(ctx context.Context) (*eth.SyncStatus, error) {
	if ok, err := v.Running(); !ok {
		if err != nil {
			return nil, err
		}
		return nil, errors.New("verifier: op-node is stopped")
	}
	return v.syncStatus(ctx)
}

func (v *Verifier) syncStatus(ctx context.Context) (*eth.SyncStatus, error) {
	var st eth.SyncStatus
	if err := v.client.CallContext(ctx, &st, "optimism_syncStatus"); err != nil {
		return nil, fmt.Errorf("verifier: optimism_syncStatus: %w", err)
	}
	return &st, nil
}

// LogTail returns the last n lines of op-node's log.
func (v *Verifier) LogTail(n int) string {
	data, err := os.ReadFile(v.logPath)
	if err != nil {
		return fmt.Sprintf("(no log: %v)", err)
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// opNodeEnv is this process's environment without OP_NODE_* variables, so
// that only the command line configures op-node.
func opNodeEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "OP_NODE_") {
			env = append(env, kv)
		}
	}
	return env
}

// freePort asks the kernel for a free TCP port on host.
func freePort(host string) (int, error) {
	l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return 0, fmt.Errorf("verifier: pick a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
