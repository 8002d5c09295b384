package bench

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestChild runs shell scripts as children: how each one's exit, or its
// refusal to exit, reaches the bench.
func TestChild(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	for _, tc := range []struct {
		name   string
		script string // prints "up" once its trap is set
		// waitErr is the wait's error, "" to get ready: stopErr is stop's,
		// "" for a clean stop.
		waitErr string
		stopErr string
	}{
		{
			name:   "stops on SIGTERM",
			script: "trap 'exit 0' TERM; echo up; while :; do sleep 0.05; done",
		},
		{
			// The early exit is reported once, by the wait.
			name:    "exits before it is ready",
			script:  "echo the last words; exit 3",
			waitErr: "exit status 3",
		},
		{
			name:    "ignores SIGTERM",
			script:  "trap '' TERM; echo up; while :; do sleep 0.05; done",
			stopErr: "was killed",
		},
		{
			name:    "fails on SIGTERM",
			script:  "trap 'echo cleanup failed; exit 1' TERM; echo up; while :; do sleep 0.05; done",
			stopErr: "exited uncleanly after SIGTERM: exit status 1",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			c, err := startChild("node 7", dir, sh, "-c", tc.script)
			if err != nil {
				t.Fatal(err)
			}
			if c.logPath != filepath.Join(dir, "node-7.log") {
				t.Errorf("log at %s", c.logPath)
			}
			err = c.waitUntil(context.Background(), "ready", func(context.Context) bool {
				out, _ := os.ReadFile(c.logPath)
				return strings.Contains(string(out), "up")
			})
			switch {
			case tc.waitErr == "" && err != nil:
				t.Fatal(err)
			case tc.waitErr != "":
				if err == nil || !strings.Contains(err.Error(), tc.waitErr) || !strings.Contains(err.Error(), "the last words") {
					t.Fatalf("wait: %v, want an error with %q and the log's end", err, tc.waitErr)
				}
			}
			err = c.stop(300 * time.Millisecond)
			if tc.stopErr == "" {
				if err != nil {
					t.Fatalf("stop: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.stopErr) {
				t.Fatalf("stop: %v, want an error with %q", err, tc.stopErr)
			}
			select {
			case <-c.done:
			default:
				t.Fatal("still running after stop")
			}
		})
	}
}

// TestChildNotReady gives up on a child that runs but never gets ready
// when the context ends, and stops it.
func TestChildNotReady(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	c, err := startChild("l1", t.TempDir(), sh, "-c", "echo starting; exec sleep 60")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	err = c.waitUntil(ctx, "JSON-RPC", func(context.Context) bool { return false })
	if err == nil || !strings.Contains(err.Error(), "l1: JSON-RPC") || !strings.Contains(err.Error(), "starting") {
		t.Fatalf("got %v, want the wait's error with the log's end", err)
	}
	// sleep dies of SIGTERM: not a clean exit, but one the bench asked for.
	if err := c.stop(time.Second); err == nil || !strings.Contains(err.Error(), "signal: terminated") {
		t.Fatalf("stop: %v", err)
	}
}

// TestChildEnv keeps the bench's NODEOP_* settings from its children.
func TestChildEnv(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	t.Setenv("NODEOP_RPC_ADDR", "127.0.0.1:1")
	t.Setenv("BENCH_CHILD_SEES", "yes")
	c, err := startChild("env", t.TempDir(), sh, "-c", "env")
	if err != nil {
		t.Fatal(err)
	}
	<-c.done
	out, err := os.ReadFile(c.logPath)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), "NODEOP_") || !strings.Contains(string(out), "BENCH_CHILD_SEES=yes") {
		t.Fatalf("child's environment:\n%s", out)
	}
}
