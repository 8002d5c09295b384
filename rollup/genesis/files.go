package genesis

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum/go-ethereum/core"
)

// WriteRollupJSON writes cfg as the rollup.json that op-node's --rollup.config reads.
// The write is atomic (temp file + rename) so a crash never leaves half a config that
// a verifier would then fail to parse.
func WriteRollupJSON(path string, cfg *rollup.Config) error {
	if cfg == nil {
		return fmt.Errorf("write rollup config %s: nil config", path)
	}
	return writeJSON(path, cfg)
}

// ReadRollupJSON reads a rollup.json with op-node's own parser and checks it.
func ReadRollupJSON(path string) (*rollup.Config, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read rollup config: %w", err)
	}
	var cfg rollup.Config
	if err := cfg.ParseRollupConfig(bytes.NewReader(raw)); err != nil {
		return nil, fmt.Errorf("parse rollup config %s: %w", path, err)
	}
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("rollup config %s: %w", path, err)
	}
	return &cfg, nil
}

// WriteGenesisJSON writes the L2 genesis in the format `geth init` (op-geth) reads, so a
// verifier op-geth starts from exactly our genesis block.
func WriteGenesisJSON(path string, gen *core.Genesis) error {
	if gen == nil {
		return fmt.Errorf("write genesis %s: nil genesis", path)
	}
	return writeJSON(path, gen)
}

// ReadGenesisJSON reads a genesis written by WriteGenesisJSON.
func ReadGenesisJSON(path string) (*core.Genesis, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read genesis: %w", err)
	}
	var gen core.Genesis
	if err := json.Unmarshal(raw, &gen); err != nil {
		return nil, fmt.Errorf("parse genesis %s: %w", path, err)
	}
	return &gen, nil
}

func writeJSON(path string, v any) error {
	raw, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("encode %s: %w", path, err)
	}
	raw = append(raw, '\n')
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	// On any failure below, remove the temp file; after a successful rename it no longer exists.
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(raw); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("sync %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("close %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("rename into %s: %w", path, err)
	}
	return nil
}
