package batching

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/nodeop/nodeop/batcher/batches"
)

// errNoState: no state file for the height asked for.
var errNoState = errors.New("batching: no state for the height")

// keepStates is how many recent heights keep a state file: the engine may
// be one height behind the last file written (killed between the two), and
// a couple more cost nothing.
const keepStates = 4

// store keeps the pipeline state, one file per height. A file is written
// to a temporary name, fsynced and renamed, so a file is either whole or
// absent.
type store struct{ dir string }

func openStore(dir string) (*store, error) {
	if dir == "" {
		return nil, errors.New("batching: no state directory")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("batching: %w", err)
	}
	return &store{dir: dir}, nil
}

func (s *store) path(h int64) string {
	return filepath.Join(s.dir, fmt.Sprintf("state-%020d.json", h))
}

func (s *store) load(h int64) (*batches.State, error) {
	b, err := os.ReadFile(s.path(h))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w %d in %s", errNoState, h, s.dir)
	}
	if err != nil {
		return nil, fmt.Errorf("batching: %w", err)
	}
	st, err := batches.Decode(b)
	if err != nil {
		return nil, fmt.Errorf("batching: state of height %d: %w", h, err)
	}
	if st.Height() != h {
		return nil, fmt.Errorf("batching: state file of height %d holds height %d", h, st.Height())
	}
	return st, nil
}

func (s *store) save(st *batches.State) error {
	b, err := st.Encode()
	if err != nil {
		return err
	}
	final := s.path(st.Height())
	tmp := final + ".tmp"
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("batching: %w", err)
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return fmt.Errorf("batching: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("batching: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("batching: %w", err)
	}
	if err := os.Rename(tmp, final); err != nil {
		return fmt.Errorf("batching: %w", err)
	}
	s.prune(st.Height())
	return nil
}

// prune removes state files older than keepStates heights; failures only
// leave files behind.
func (s *store) prune(h int64) {
	entries, err := os.ReadDir(s.dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name, ok := strings.CutPrefix(e.Name(), "state-")
		if !ok {
			continue
		}
		// A temporary file is left only by a write that failed.
		if strings.HasSuffix(name, ".tmp") && !strings.HasPrefix(name, fmt.Sprintf("%020d", h)) {
			os.Remove(filepath.Join(s.dir, e.Name()))
			continue
		}
		n, err := strconv.ParseInt(strings.TrimSuffix(name, ".json"), 10, 64)
		if err == nil && n <= h-keepStates {
			os.Remove(filepath.Join(s.dir, e.Name()))
		}
	}
}
