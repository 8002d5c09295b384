package verifier

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/node"

	"github.com/nodeop/nodeop/devnet"
)

func TestStartRejectsBadConfig(t *testing.T) {
	dir := t.TempDir()
	notExec := filepath.Join(dir, "op-node")
	if err := os.WriteFile(notExec, []byte("#!/bin/sh\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	full := &devnet.Manifest{RollupConfig: "r", L2Genesis: "g", L1ChainConfig: "c",
		L1: devnet.L1Info{RPC: "http://l1", Beacon: "http://beacon"}}
	for _, tc := range []struct {
		name string
		cfg  Config
		want string
	}{
		{"empty", Config{}, "missing devnet manifest"},
		{"no data dir", Config{Manifest: full, OpNode: notExec}, "missing data dir"},
		{"no binary", Config{Manifest: full, DataDir: dir}, "missing op-node binary"},
		{"binary absent", Config{Manifest: full, DataDir: dir, OpNode: filepath.Join(dir, "nope")}, "no such file"},
		{"binary not executable", Config{Manifest: full, DataDir: dir, OpNode: notExec}, "not executable"},
		{"manifest without beacon", Config{Manifest: &devnet.Manifest{RollupConfig: "r", L2Genesis: "g", L1ChainConfig: "c",
			L1: devnet.L1Info{RPC: "http://l1"}}, DataDir: dir, OpNode: notExec}, "no l1.beacon"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Start(context.Background(), tc.cfg)
			if !errors.Is(err, ErrInvalidConfig) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want ErrInvalidConfig mentioning %q", err, tc.want)
			}
		})
	}
}

func TestJWTSecret(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "jwt.hex")
	if err := ensureJWTSecret(path); err != nil {
		t.Fatal(err)
	}
	first, err := node.ObtainJWTSecret(path)
	if err != nil || len(first) != 32 {
		t.Fatalf("secret %x: %v", first, err)
	}
	// Kept across restarts.
	if err := ensureJWTSecret(path); err != nil {
		t.Fatal(err)
	}
	if again, _ := node.ObtainJWTSecret(path); string(again) != string(first) {
		t.Fatal("secret changed on the second call")
	}
	if err := os.WriteFile(path, []byte("0x1234"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := ensureJWTSecret(path); err == nil {
		t.Fatal("a short secret was accepted")
	}
}

func TestBuildErrorOffline(t *testing.T) {
	offline := &BuildError{Err: errors.New("exit status 1"), Output: `go: github.com/ethereum-optimism/optimism@v1.19.6: Get "https://proxy.golang.org/...": dial tcp: lookup proxy.golang.org: no such host`}
	if !offline.Offline() {
		t.Error("a proxy lookup failure is not reported as offline")
	}
	broken := &BuildError{Err: errors.New("exit status 1"), Output: "op-node/node.go:12:2: undefined: foo"}
	if broken.Offline() {
		t.Error("a compile error is reported as offline")
	}
}

func TestRepoRoot(t *testing.T) {
	root, err := RepoRoot("")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, BuildScript)); err != nil {
		t.Fatalf("repo root %s has no build script: %v", root, err)
	}
	if _, err := RepoRoot(t.TempDir()); err == nil {
		t.Fatal("a temp dir outside the repo was taken for the repo")
	}
	if got := modulePath([]byte("// comment\nmodule \"example.com/x\"\n\ngo 1.26\n")); got != "example.com/x" {
		t.Fatalf("modulePath = %q", got)
	}
}

func TestLogProblems(t *testing.T) {
	path := filepath.Join(t.TempDir(), "op-node.log")
	log := `t=2026-11-21T09:12:39+0000 lvl=info msg="New L1 safe block" l1_safe=0xed:465
t=2026-11-21T09:12:39+0000 lvl=warn msg="Engine temporary error" err="derivation failed: temp: failed to fetch blobs: get blobs from beacon client: #returned blobs(3) != #requested blobs(1)"
t=2026-11-21T09:12:49+0000 lvl=warn msg="tx in inbox with unauthorized submitter" origin=0x62:120 addr=0xa9 hash=0xd4 err=<nil>
t=2026-11-21T09:12:50+0000 lvl=warn msg="Engine temporary error" err="derivation failed: temp: failed to fetch blobs: get blobs from beacon client: #returned blobs(3) != #requested blobs(1)"
t=2026-11-21T09:12:51+0000 lvl=eror msg="quoted \"inner\" text" err=plain
`
	if err := os.WriteFile(path, []byte(log), 0o644); err != nil {
		t.Fatal(err)
	}
	got := logProblems(path)
	lines := strings.Split(strings.TrimSpace(got), "\n")
	if len(lines) != 3 || !strings.HasPrefix(strings.TrimSpace(lines[0]), "2 ") || !strings.Contains(lines[0], "#returned blobs(3)") {
		t.Fatalf("logProblems:\n%s", got)
	}
	if f := logField(lines[2], "msg"); f != `quoted \"inner\" text` {
		t.Fatalf("msg field %q", f)
	}
	if f := logField(lines[2], "err"); f != "plain" {
		t.Fatalf("err field %q", f)
	}
}
