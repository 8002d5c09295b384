package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/nodeop/nodeop/batcher/protect"
	"github.com/nodeop/nodeop/devnet"
	"github.com/nodeop/nodeop/devnet/verifier"
)

// buildBinary compiles nodeop once per test into a temp dir.
func buildBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end: builds and runs the nodeop binary")
	}
	bin := filepath.Join(t.TempDir(), "nodeop")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

type proc struct {
	cmd *exec.Cmd
	out *lockedBuffer
}

// lockedBuffer collects a child's output while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func start(t *testing.T, env []string, bin string, args ...string) *proc {
	t.Helper()
	return startIn(t, "", env, bin, args...)
}

// startIn starts bin in the working directory dir ("": this one).
func startIn(t *testing.T, dir string, env []string, bin string, args ...string) *proc {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	out := new(lockedBuffer)
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %v: %v", args, err)
	}
	p := &proc{cmd, out}
	t.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			p.cmd.Process.Kill()
			p.cmd.Wait()
		}
	})
	return p
}

// stop sends sig and expects a clean exit within 20s.
func (p *proc) stop(t *testing.T, sig os.Signal) {
	t.Helper()
	p.cmd.Process.Signal(sig)
	done := make(chan error, 1)
	go func() { done <- p.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("exit after %v: %v\n%s", sig, err, tail(p.out.String()))
		}
	case <-time.After(20 * time.Second):
		p.cmd.Process.Kill()
		t.Fatalf("no exit within 20s of %v\n%s", sig, tail(p.out.String()))
	}
}

func tail(s string) string {
	if len(s) > 3000 {
		return s[len(s)-3000:]
	}
	return s
}

// blockNumber asks url's JSON-RPC for eth_blockNumber; -1 if it does not answer.
func blockNumber(url string) int64 {
	res, err := http.Post(url, "application/json", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`))
	if err != nil {
		return -1
	}
	defer res.Body.Close()
	var out struct{ Result string }
	if json.NewDecoder(res.Body).Decode(&out) != nil || out.Result == "" {
		return -1
	}
	n, err := strconv.ParseInt(strings.TrimPrefix(out.Result, "0x"), 16, 64)
	if err != nil {
		return -1
	}
	return n
}

func waitBlock(t *testing.T, url string, atLeast int64, timeout time.Duration, p *proc) int64 {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		if n := blockNumber(url); n >= atLeast {
			return n
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s did not reach block %d within %v\n%s", url, atLeast, timeout, tail(p.out.String()))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestDevnetCommandResumes runs `nodeop devnet`, stops it with Ctrl-C and
// runs it again on the same datadir: the chain continues from its height.
func TestDevnetCommandResumes(t *testing.T) {
	bin := buildBinary(t)
	dir := filepath.Join(t.TempDir(), "dn")
	args := []string{"devnet", "--datadir", dir, "--validators", "4", "--base-port", "0", "--block-time", "200ms", "--log-level", "warn"}

	first := start(t, nil, bin, args...)
	var m *devnet.Manifest
	deadline := time.Now().Add(2 * time.Minute)
	for m == nil {
		m, _ = devnet.LoadManifest(dir)
		if time.Now().After(deadline) {
			t.Fatalf("no manifest\n%s", tail(first.out.String()))
		}
		time.Sleep(100 * time.Millisecond)
	}
	if len(m.Nodes) != 4 {
		t.Fatalf("manifest lists %d nodes, want 4", len(m.Nodes))
	}
	reached := waitBlock(t, m.Nodes[3].RPC, 5, 30*time.Second, first)
	first.stop(t, os.Interrupt)
	if !strings.Contains(first.out.String(), "created "+dir+"): 4 validators") {
		t.Fatalf("banner missing from output:\n%s", tail(first.out.String()))
	}

	second := start(t, nil, bin, args...)
	// Right after the restart every node reports the height it stopped at;
	// then it moves on from there.
	resumed := waitBlock(t, m.Nodes[0].RPC, reached, 30*time.Second, second)
	waitBlock(t, m.Nodes[0].RPC, resumed+3, 30*time.Second, second)
	// The banner follows the last node's start; node 0 serves before that.
	for deadline := time.Now().Add(30 * time.Second); !strings.Contains(second.out.String(), "nodeop devnet (resumed "+dir); {
		if time.Now().After(deadline) {
			t.Fatalf("second run did not resume:\n%s", tail(second.out.String()))
		}
		time.Sleep(100 * time.Millisecond)
	}
	second.stop(t, syscall.SIGTERM)
}

// TestNodeCommandRunsSeparateOperators lays a devnet out with `nodeop init`
// and runs each operator as its own `nodeop node` process, as operators on
// separate machines would, with one setting overridden by environment and
// one by flag.
func TestNodeCommandRunsSeparateOperators(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	out, err := exec.Command(bin, "init", "--datadir", dir, "--validators", "4", "--base-port", "0", "--block-time", "200ms").CombinedOutput()
	if err != nil {
		t.Fatalf("init: %v\n%s", err, out)
	}
	m, err := devnet.LoadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	flagAddr := l.Addr().String()
	l.Close()

	// The operators share the devnet's L1, run as its own process.
	l1 := start(t, nil, bin, "l1", "--datadir", dir, "--log-level", "warn")
	procs := make([]*proc, len(m.Nodes))
	for i, n := range m.Nodes {
		env := []string{"NODEOP_LOG_LEVEL=warn"}
		args := []string{"node", "--config", n.Config}
		if i == 0 {
			// NODEOP_RPC_ADDR must lose to the flag.
			env = append(env, "NODEOP_RPC_ADDR=127.0.0.1:1")
			args = append(args, "--rpc-addr", flagAddr)
		}
		procs[i] = start(t, env, bin, args...)
	}
	waitBlock(t, "http://"+flagAddr, 4, 45*time.Second, procs[0])
	for i := 1; i < len(m.Nodes); i++ {
		waitBlock(t, m.Nodes[i].RPC, 4, 30*time.Second, procs[i])
	}
	// All four agree on block 3.
	var ref string
	for i, n := range m.Nodes {
		res, err := http.Get(n.CometRPC + "/block?height=3")
		if err != nil {
			t.Fatal(err)
		}
		var b struct {
			Result struct {
				BlockID struct{ Hash string } `json:"block_id"`
			}
		}
		err = json.NewDecoder(res.Body).Decode(&b)
		res.Body.Close()
		if err != nil || b.Result.BlockID.Hash == "" {
			t.Fatalf("node %d block 3: %v", i, err)
		}
		if i == 0 {
			ref = b.Result.BlockID.Hash
		} else if b.Result.BlockID.Hash != ref {
			t.Fatalf("block 3: node %d %s, node 0 %s", i, b.Result.BlockID.Hash, ref)
		}
	}
	for _, p := range procs {
		p.stop(t, syscall.SIGTERM)
	}
	l1.stop(t, syscall.SIGTERM)
}

// TestKeysCommand creates an operator's keys, shows them again with the
// password, and refuses a wrong password and an overwrite.
func TestKeysCommand(t *testing.T) {
	bin := buildBinary(t)
	dir := filepath.Join(t.TempDir(), "op1")
	pw := filepath.Join(t.TempDir(), "pw")
	if err := os.WriteFile(pw, []byte("correct horse\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	created, err := exec.Command(bin, "keys", "new", "--dir", dir, "--password-file", pw).Output()
	if err != nil {
		t.Fatalf("keys new: %v", err)
	}
	var pub struct {
		Address, BlsG1, BlsG2, OperatorID string
	}
	if err := json.Unmarshal(created, &pub); err != nil || !strings.HasPrefix(pub.Address, "0x") || len(pub.BlsG2) != 2+256 {
		t.Fatalf("keys new printed %s (%v)", created, err)
	}
	shown, err := exec.Command(bin, "keys", "show", "--dir", dir, "--password-file", pw).Output()
	if err != nil || string(shown) != string(created) {
		t.Fatalf("keys show = %s (%v), want %s", shown, err, created)
	}
	if err := exec.Command(bin, "keys", "new", "--dir", dir, "--password-file", pw).Run(); err == nil {
		t.Fatal("keys new replaced existing keys")
	}
	bad := filepath.Join(t.TempDir(), "bad")
	os.WriteFile(bad, []byte("wrong"), 0o600)
	if out, err := exec.Command(bin, "keys", "show", "--dir", dir, "--password-file", bad).CombinedOutput(); err == nil {
		t.Fatalf("keys show with a wrong password printed %s", out)
	}
}

// TestKillDuringSigningNeverEquivocates SIGKILLs one operator process again
// and again while batches are being signed, restarting it each time. The
// restarted node reloads its batch state for its engine's height and goes
// on signing; its protection store never holds a header other than the one
// the set certified for the same batch, and neither does any other node's.
func TestKillDuringSigningNeverEquivocates(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	out, err := exec.Command(bin, "init", "--datadir", dir, "--validators", "4", "--base-port", "0", "--block-time", "200ms").CombinedOutput()
	if err != nil {
		t.Fatalf("init: %v\n%s", err, out)
	}
	m, err := devnet.LoadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	l1 := start(t, nil, bin, "l1", "--datadir", dir, "--log-level", "warn")
	env := []string{"NODEOP_LOG_LEVEL=warn"}
	procs := make([]*proc, len(m.Nodes))
	for i, n := range m.Nodes {
		procs[i] = start(t, env, bin, "node", "--config", n.Config)
	}
	const victim = 2
	waitBatch(t, m.Nodes[0].RPC, 1, 120*time.Second, procs[0])
	for round := range 5 {
		// Kill at a different point of the ~1 s height each round.
		time.Sleep(time.Duration(700+round*370) * time.Millisecond)
		procs[victim].cmd.Process.Kill()
		procs[victim].cmd.Wait()
		procs[victim] = start(t, env, bin, "node", "--config", m.Nodes[victim].Config)
		waitBlock(t, m.Nodes[victim].RPC, blockNumber(m.Nodes[0].RPC), 60*time.Second, procs[victim])
	}
	// The victim signs again: a batch certified after the last restart
	// carries its signature.
	from := uint64(lastCertified(t, m.Nodes[0].RPC) + 1)
	var last uint64
	victimOp := m.Nodes[victim].Operator.Hex()
	deadline := time.Now().Add(120 * time.Second)
	for signedAgain := false; !signedAgain; {
		if time.Now().After(deadline) {
			t.Fatalf("no batch from %d on carries the restarted operator's signature\n%s", from, tail(procs[victim].out.String()))
		}
		last = waitBatch(t, m.Nodes[0].RPC, int64(max(from, last+1)), 60*time.Second, procs[0])
		for i := from; i <= last && !signedAgain; i++ {
			signedAgain = slices.ContainsFunc(getBatchHTTP(t, m.Nodes[0].RPC, i).Signers, func(s string) bool { return strings.EqualFold(s, victimOp) })
		}
	}
	certified := map[uint64]string{}
	for i := uint64(0); i <= last; i++ {
		certified[i] = getBatchHTTP(t, m.Nodes[0].RPC, i).Hash
	}
	for _, p := range procs {
		p.stop(t, syscall.SIGTERM)
	}
	l1.stop(t, syscall.SIGTERM)
	for i, n := range m.Nodes {
		store, err := protect.Open(filepath.Join(filepath.Dir(n.Config), "app", "slashing-protection.db"))
		if err != nil {
			t.Fatal(err)
		}
		for idx, hash := range certified {
			got, ok := store.Signed(m.ChainID, idx)
			if ok && got.Hex() != hash {
				t.Fatalf("node %d signed %s for batch %d; the set certified %s", i, got.Hex(), idx, hash)
			}
		}
		store.Close()
	}
}

// batchView is the part of sequencer_getBatch this test reads.
type batchView struct {
	Hash    string   `json:"hash"`
	Status  string   `json:"status"`
	Signers []string `json:"signers"`
}

func rpcCall(url, method string, params ...any) (json.RawMessage, error) {
	body, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	res, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var out struct {
		Result json.RawMessage
		Error  *struct{ Message string }
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return nil, err
	}
	if out.Error != nil {
		return nil, errors.New(out.Error.Message)
	}
	return out.Result, nil
}

func getBatchHTTP(t *testing.T, url string, index uint64) batchView {
	t.Helper()
	raw, err := rpcCall(url, "sequencer_getBatch", index)
	if err != nil {
		t.Fatalf("sequencer_getBatch(%d): %v", index, err)
	}
	var v batchView
	if err := json.Unmarshal(raw, &v); err != nil || v.Hash == "" {
		t.Fatalf("sequencer_getBatch(%d) = %s: %v", index, raw, err)
	}
	return v
}

// lastCertified is the node's highest certified batch index, or -1.
func lastCertified(t *testing.T, url string) int64 {
	t.Helper()
	raw, err := rpcCall(url, "sequencer_status")
	if err != nil {
		return -1
	}
	var st struct {
		Batches struct {
			LastCertified *uint64 `json:"lastCertifiedBatch"`
		} `json:"batches"`
	}
	if json.Unmarshal(raw, &st) != nil || st.Batches.LastCertified == nil {
		return -1
	}
	return int64(*st.Batches.LastCertified)
}

// waitBatch waits until batch index atLeast is certified and returns the
// highest certified index.
func waitBatch(t *testing.T, url string, atLeast int64, timeout time.Duration, p *proc) uint64 {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		if n := lastCertified(t, url); n >= atLeast {
			return uint64(n)
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s did not certify batch %d within %v\n%s", url, atLeast, timeout, tail(p.out.String()))
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// TestDevnetCommandVerifier runs `nodeop devnet --verifier`: the devnet
// starts, then an op-node with its own op-geth whose RPCs devnet.json
// lists; op-node's safe head moves onto the sequencer's chain; Ctrl-C stops
// both and takes the entry out of the manifest. It runs outside the
// repository with a relative --datadir, so op-node comes from --op-node.
func TestDevnetCommandVerifier(t *testing.T) {
	bin := buildBinary(t)
	// Build (or find cached) op-node; only a build without network skips.
	root, err := verifier.RepoRoot("")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	opNode, err := verifier.BuildOpNode(ctx, root, nil)
	if be := (*verifier.BuildError)(nil); errors.As(err, &be) && be.Offline() {
		t.Skipf("op-node cannot be built without network: %v", err)
	}
	if err != nil {
		t.Fatalf("build op-node: %v", err)
	}
	wd := t.TempDir()
	dir := filepath.Join(wd, "dn")
	p := startIn(t, wd, nil, bin, "devnet", "--datadir", "dn", "--validators", "4", "--base-port", "0",
		"--block-time", "200ms", "--log-level", "warn", "--verifier", "--op-node", opNode)
	// Generous deadlines: `make test` runs this beside other packages'
	// devnets on the same cores.
	var m *devnet.Manifest
	deadline := time.Now().Add(3 * time.Minute)
	for m == nil || m.Verifier == nil {
		m, _ = devnet.LoadManifest(dir)
		if time.Now().After(deadline) {
			t.Fatalf("no verifier in the manifest\n%s", tail(p.out.String()))
		}
		if strings.Contains(p.out.String(), "nodeop devnet: ") { // main's error line: it exited
			t.Fatalf("nodeop failed\n%s", tail(p.out.String()))
		}
		time.Sleep(200 * time.Millisecond)
	}
	if !strings.Contains(p.out.String(), "verifier  op-node rpc "+m.Verifier.OpNodeRPC) {
		t.Fatalf("verifier line missing from the output:\n%s", tail(p.out.String()))
	}
	if _, err := os.Stat(m.Verifier.Log); err != nil || filepath.Dir(m.Verifier.Log) != filepath.Join(dir, "verifier") {
		t.Fatalf("op-node log %q: %v", m.Verifier.Log, err)
	}
	// op-node derives the first batches: its safe head is node 0's block.
	deadline = time.Now().Add(4 * time.Minute)
	for {
		raw, err := rpcCall(m.Verifier.OpNodeRPC, "optimism_syncStatus")
		var st struct {
			Safe struct {
				Hash   string `json:"hash"`
				Number uint64 `json:"number"`
			} `json:"safe_l2"`
		}
		if err == nil && json.Unmarshal(raw, &st) == nil && st.Safe.Number > 0 {
			raw, err := rpcCall(m.Nodes[0].RPC, "eth_getBlockByNumber", fmt.Sprintf("0x%x", st.Safe.Number), false)
			var b struct{ Hash string }
			if err != nil || json.Unmarshal(raw, &b) != nil || b.Hash != st.Safe.Hash {
				t.Fatalf("op-node safe head %d %s, node 0's block %s (%v)", st.Safe.Number, st.Safe.Hash, raw, err)
			}
			// The verifier's engine serves the same block.
			raw, err = rpcCall(m.Verifier.EngineRPC, "eth_getBlockByNumber", fmt.Sprintf("0x%x", st.Safe.Number), false)
			if err != nil || json.Unmarshal(raw, &b) != nil || b.Hash != st.Safe.Hash {
				t.Fatalf("verifier engine block %d: %s (%v), want %s", st.Safe.Number, raw, err, st.Safe.Hash)
			}
			t.Logf("op-node safe head %d = node 0's block %s", st.Safe.Number, st.Safe.Hash)
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("op-node's safe head did not move (last %s, %v)\n%s", raw, err, tail(p.out.String()))
		}
		time.Sleep(500 * time.Millisecond)
	}
	opNodeRPC := m.Verifier.OpNodeRPC
	p.stop(t, os.Interrupt)
	if m, err = devnet.LoadManifest(dir); err != nil || m.Verifier != nil {
		t.Fatalf("after Ctrl-C the manifest still lists a verifier: %+v (%v)", m, err)
	}
	if _, err := rpcCall(opNodeRPC, "optimism_syncStatus"); err == nil {
		t.Fatal("op-node still answers after Ctrl-C")
	}
}
