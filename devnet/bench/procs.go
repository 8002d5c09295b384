package bench

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/nodeop/nodeop/devnet"
)

const (
	// readyWait bounds a child's start: the L1 or a node opening its
	// databases, or the baseline building its genesis, on a busy machine.
	readyWait = 2 * time.Minute
	// stopWait is how long a child may take to exit after SIGTERM before
	// it is killed: a node stops CometBFT, op-geth and its batcher.
	stopWait = 30 * time.Second
	// logTailBytes is how much of a failed child's log an error quotes.
	logTailBytes = 3000
)

// child is one OS process of a system under test, its output in a log
// file of the system's folder.
type child struct {
	name    string
	logPath string
	cmd     *exec.Cmd
	done    chan struct{} // closed once Wait returned
	waitErr error         // Wait's result, set before done closes
	// signalled is set once the bench asked the child to stop: an exit
	// after it is expected.
	signalled bool
	// reported is set once the child's early exit went into an error, so
	// that stop does not repeat it.
	reported bool
}

// startChild runs bin with args, its stdout and stderr appended to
// dir/<name>.log. Settings reach a child through its flags and config
// files only: NODEOP_* variables meant for the bench (NODEOP_RATE, ...)
// would otherwise set the same-named flags of `nodeop node`.
func startChild(name, dir, bin string, args ...string) (*child, error) {
	logPath := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".log")
	f, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("bench: %s log: %w", name, err)
	}
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = f, f
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NODEOP_") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.SysProcAttr = childAttr()
	err = cmd.Start()
	// The child holds its own descriptor of the file.
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("bench: start %s (%s): %w", name, bin, err)
	}
	c := &child{name: name, logPath: logPath, cmd: cmd, done: make(chan struct{})}
	go func() {
		c.waitErr = cmd.Wait()
		close(c.done)
	}()
	return c, nil
}

// exitErr reports a child that exited while it should run, with the end
// of its log; nil while it runs.
func (c *child) exitErr() error {
	select {
	case <-c.done:
	default:
		return nil
	}
	c.reported = true
	status := "exited"
	if c.waitErr != nil {
		status += ": " + c.waitErr.Error()
	}
	return fmt.Errorf("bench: %s %s; end of %s:\n%s", c.name, status, c.logPath, logTail(c.logPath))
}

// stop asks the child to exit (SIGTERM, on which `nodeop node`, `nodeop l1`
// and the baseline stop cleanly), waits up to timeout and then kills it.
// An unclean exit is an error, unless an earlier error reported it.
func (c *child) stop(timeout time.Duration) error {
	select {
	case <-c.done:
		if c.reported || c.signalled {
			return nil
		}
		return c.exitErr()
	default:
	}
	c.signalled = true
	if err := c.cmd.Process.Signal(syscall.SIGTERM); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return fmt.Errorf("bench: stop %s: %w", c.name, err)
	}
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case <-c.done:
		if c.waitErr != nil {
			return fmt.Errorf("bench: %s exited uncleanly after SIGTERM: %w; end of %s:\n%s", c.name, c.waitErr, c.logPath, logTail(c.logPath))
		}
		return nil
	case <-t.C:
		c.cmd.Process.Kill()
		<-c.done
		return fmt.Errorf("bench: %s did not exit within %v of SIGTERM and was killed; end of %s:\n%s", c.name, timeout, c.logPath, logTail(c.logPath))
	}
}

// logTail is the end of the file at path, or why it cannot be read.
func logTail(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return err.Error()
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Size() > logTailBytes {
		if _, err := f.Seek(-logTailBytes, io.SeekEnd); err != nil {
			return err.Error()
		}
	}
	b, err := io.ReadAll(f)
	if err != nil {
		return err.Error()
	}
	if len(b) == 0 {
		return "(empty)"
	}
	return string(b)
}

// waitUntil polls ready until it says yes, c exits, ctx ends or readyWait
// passes; the last two and an exit are errors quoting c's log.
func (c *child) waitUntil(ctx context.Context, what string, ready func(context.Context) bool) error {
	ctx, cancel := context.WithTimeout(ctx, readyWait)
	defer cancel()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		if ready(ctx) {
			return nil
		}
		if err := c.exitErr(); err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			c.reported = true
			return fmt.Errorf("bench: %s: %s: %w; end of %s:\n%s", c.name, what, ctx.Err(), c.logPath, logTail(c.logPath))
		case <-tick.C:
		}
	}
}

// procSet is a system's child processes, in start order.
type procSet struct {
	children []*child
}

// usageProcs lists the processes to sample, the load generator (this
// process) last; none for an in-process system (a nil set).
func (s *procSet) usageProcs() []usageProc {
	if s == nil || len(s.children) == 0 {
		return nil
	}
	out := make([]usageProc, 0, len(s.children)+1)
	for _, c := range s.children {
		out = append(out, usageProc{name: c.name, pid: c.cmd.Process.Pid})
	}
	return append(out, usageProc{name: loadGenProcName, pid: os.Getpid()})
}

// alive is an error for the first child that exited.
func (s *procSet) alive() error {
	if s == nil {
		return nil
	}
	for _, c := range s.children {
		if err := c.exitErr(); err != nil {
			return err
		}
	}
	return nil
}

// stopTiers stops tiers of children in reverse start order, each tier
// (the nodes, then the L1) concurrently, so that nodes never lose their L1
// while they shut down.
func stopTiers(tiers ...[]*child) error {
	var errs []error
	for i := len(tiers) - 1; i >= 0; i-- {
		var (
			wg sync.WaitGroup
			mu sync.Mutex
		)
		for _, c := range tiers[i] {
			wg.Go(func() {
				err := c.stop(stopWait)
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			})
		}
		wg.Wait()
	}
	return errors.Join(errs...)
}

// startDevnet runs the devnet laid out in dir: in this process, or with
// cfg.NodeBinary its L1 as `nodeop l1` and each validator as `nodeop node`
// (as TestNodeCommandRunsSeparateOperators runs them), each ready once its
// JSON-RPC answers. The returned stop stops everything started, also on
// error; procs is nil in process.
func startDevnet(ctx context.Context, cfg Config, dir string, m *devnet.Manifest, nodeLog *slog.Logger) (procs *procSet, stop func() error, err error) {
	if cfg.NodeBinary == "" {
		d, err := devnet.Start(dir, nodeLog)
		if err != nil {
			return nil, nil, err
		}
		return nil, d.Stop, nil
	}
	procs = &procSet{}
	var l1, nodes []*child
	stop = func() error { return stopTiers(l1, nodes) }
	defer func() {
		if err != nil {
			err = errors.Join(err, stop())
		}
	}()
	c, err := startChild(l1ProcName, dir, cfg.NodeBinary, "l1", "--datadir", dir, "--log-level", cfg.NodeLogLevel)
	if err != nil {
		return nil, nil, err
	}
	l1 = append(l1, c)
	if err := c.waitUntil(ctx, "L1 JSON-RPC at "+m.L1.RPC, rpcAnswers(m.L1.RPC)); err != nil {
		return nil, nil, err
	}
	// The nodes find each other as persistent peers, so they start
	// together and become ready in any order.
	for _, n := range m.Nodes {
		c, err := startChild(n.Name, dir, cfg.NodeBinary, "node", "--config", n.Config, "--log-level", cfg.NodeLogLevel)
		if err != nil {
			return nil, nil, err
		}
		nodes = append(nodes, c)
	}
	for i, n := range m.Nodes {
		if err := nodes[i].waitUntil(ctx, "JSON-RPC at "+n.RPC, rpcAnswers(n.RPC)); err != nil {
			return nil, nil, err
		}
	}
	// The nodes first in the usage table, as in the manifest.
	procs.children = append(slices.Clone(nodes), l1...)
	return procs, stop, nil
}

// rpcAnswers is a readiness check: url answers eth_chainId.
func rpcAnswers(url string) func(context.Context) bool {
	body := []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`)
	return func(ctx context.Context) bool {
		ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		defer cancel()
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
		if err != nil {
			return false
		}
		req.Header.Set("Content-Type", "application/json")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			return false
		}
		defer res.Body.Close()
		out, err := io.ReadAll(io.LimitReader(res.Body, 1<<10))
		return err == nil && res.StatusCode == http.StatusOK && bytes.Contains(out, []byte(`"result"`))
	}
}
