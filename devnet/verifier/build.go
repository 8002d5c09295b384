package verifier

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// BuildScript is the op-node build script's path inside the repository.
const BuildScript = "scripts/build-op-node.sh"

// BuildError is a failed op-node build with the script's output.
type BuildError struct {
	Err    error
	Output string // the script's stderr (go's messages)
}

func (e *BuildError) Error() string {
	return fmt.Sprintf("build op-node: %v\n%s", e.Err, e.Output)
}

func (e *BuildError) Unwrap() error { return e.Err }

// Offline reports whether the build failed for lack of network (the module
// proxy unreachable), as opposed to a broken build.
func (e *BuildError) Offline() bool {
	for _, s := range []string{
		"dial tcp", "no such host", "connection refused", "network is unreachable",
		"i/o timeout", "TLS handshake timeout", "Temporary failure in name resolution",
		"GOPROXY=off", "module lookup disabled", "unexpected EOF",
	} {
		if strings.Contains(e.Output, s) {
			return true
		}
	}
	return false
}

// BuildOpNode runs scripts/build-op-node.sh of the repository at repoDir
// and returns the op-node binary's path. The script reuses a cached binary
// whose inputs match, so this is cheap after the first build (a few minutes).
// progress, if not nil, receives the script's stderr as it runs. A failure
// is a *BuildError.
func BuildOpNode(ctx context.Context, repoDir string, progress io.Writer) (string, error) {
	script := filepath.Join(repoDir, BuildScript)
	if _, err := os.Stat(script); err != nil {
		return "", &BuildError{Err: err}
	}
	cmd := exec.CommandContext(ctx, "bash", script)
	cmd.Dir = repoDir
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	if progress != nil {
		cmd.Stderr = io.MultiWriter(&stderr, progress)
	}
	if err := cmd.Run(); err != nil {
		return "", &BuildError{Err: err, Output: stderr.String()}
	}
	// The path is the last line of stdout.
	var path string
	sc := bufio.NewScanner(&stdout)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			path = l
		}
	}
	if path == "" {
		return "", &BuildError{Err: errors.New("the script printed no path"), Output: stderr.String()}
	}
	if _, err := os.Stat(path); err != nil {
		return "", &BuildError{Err: err, Output: stderr.String()}
	}
	return path, nil
}

// RepoRoot finds the nodeop repository that holds dir (or the working
// directory when dir is ""): the nearest ancestor with a go.mod declaring
// module github.com/nodeop/nodeop.
func RepoRoot(dir string) (string, error) {
	if dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			return "", err
		}
		dir = wd
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && modulePath(data) == "github.com/nodeop/nodeop" {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("verifier: not inside the nodeop repository")
		}
		dir = parent
	}
}

// modulePath is the module directive's path in a go.mod.
func modulePath(gomod []byte) string {
	for _, line := range strings.Split(string(gomod), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "module" {
			return strings.Trim(f[1], `"`)
		}
	}
	return ""
}
