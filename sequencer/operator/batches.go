package operator

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	cmtcrypto "github.com/cometbft/cometbft/crypto"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nodeop/nodeop/batcher/channel"
	"github.com/nodeop/nodeop/batcher/keeper"
	"github.com/nodeop/nodeop/batcher/keys"
	"github.com/nodeop/nodeop/batcher/l1view"
	"github.com/nodeop/nodeop/batcher/protect"
	"github.com/nodeop/nodeop/batcher/submit"
	"github.com/nodeop/nodeop/contracts/deploy"
	"github.com/nodeop/nodeop/rollup/executor"
	"github.com/nodeop/nodeop/sequencer"
	"github.com/nodeop/nodeop/sequencer/batching"
)

// batchParts are the node's batch pipeline and what it owns.
type batchParts struct {
	pipeline  *batching.Pipeline
	l1        *ethclient.Client
	protect   *protect.Store
	submitter *submit.Submitter
	keys      *keys.Keys
}

// openBatches sets up the batch pipeline of a chain whose genesis
// configures batches: its L1 reader, the operator's keys and protection
// store, and its state for the engine's height.
func openBatches(ctx context.Context, cfg Config, chain sequencer.Genesis, validators []cmttypes.GenesisValidator, exec *executor.Executor, log *slog.Logger) (_ *batchParts, err error) {
	bg := chain.Batches
	// Before consensus starts: the KZG setup inside the first sealed batch
	// stalled every node of a 4-process devnet for 4-8 s under load.
	t0 := time.Now()
	if err := channel.Warm(); err != nil {
		return nil, fmt.Errorf("operator: %w", err)
	}
	log.Debug("KZG ready", "took", time.Since(t0).Round(time.Millisecond))
	parts := &batchParts{}
	defer func() {
		if err != nil {
			parts.close()
		}
	}()
	if parts.l1, err = ethclient.DialContext(ctx, cfg.L1RPC); err != nil {
		return nil, fmt.Errorf("operator: dial L1 %s: %w", cfg.L1RPC, err)
	}
	reader, err := l1view.NewReader(parts.l1, bg.Registry, bg.Inbox)
	if err != nil {
		return nil, fmt.Errorf("operator: %w", err)
	}
	pcfg := batching.Config{
		ChainID: chain.ChainID,
		Genesis: *bg,
		Channel: channel.Config{Rollup: exec.Engine().RollupConfig()},
		L1:      reader,
		Chain:   exec.Engine(),
		Dir:     filepath.Join(cfg.Home, "app", "batches"),
		Logger:  log.With("module", "batches"),
		// Voting powers follow the registry's stakes from its first epoch
		// on; the genesis powers are only the start.
		Validators: map[string]cmtcrypto.PubKey{},
	}
	for _, v := range validators {
		pcfg.Validators[string(v.PubKey.Address())] = v.PubKey
	}
	if cfg.KeysDir != "" {
		pw, err := os.ReadFile(cfg.KeysPasswordFile)
		if err != nil {
			return nil, fmt.Errorf("operator: keys password: %w", err)
		}
		password, _, _ := strings.Cut(string(pw), "\n")
		if parts.keys, err = keys.Load(cfg.KeysDir, password); err != nil {
			return nil, fmt.Errorf("operator: %w", err)
		}
		appDir := filepath.Join(cfg.Home, "app")
		if err := os.MkdirAll(appDir, 0o700); err != nil {
			return nil, fmt.Errorf("operator: %w", err)
		}
		if parts.protect, err = protect.Open(filepath.Join(appDir, "slashing-protection.db")); err != nil {
			return nil, fmt.Errorf("operator: %w", err)
		}
		pcfg.Key, pcfg.Protect, pcfg.Operator = parts.keys.BLS, parts.protect, parts.keys.Address()
	}
	height, _ := exec.LastBlock()
	if parts.pipeline, err = batching.Open(pcfg, height); err != nil {
		return nil, fmt.Errorf("operator: %w", err)
	}
	return parts, nil
}

// startSubmitter runs the operator's submitter until ctx ends.
func (b *batchParts) startSubmitter(ctx context.Context, cfg Config, chain sequencer.Genesis, log *slog.Logger) (<-chan struct{}, error) {
	var err error
	b.submitter, err = submit.New(ctx, submit.Config{
		L1RPC:    cfg.L1RPC,
		Inbox:    chain.Batches.Inbox,
		Key:      b.keys.ECDSA,
		Logger:   log.With("module", "submitter"),
		SlotTime: cfg.L1SlotTime.Duration,
	})
	if err != nil {
		return nil, fmt.Errorf("operator: %w", err)
	}
	var kp *keeper.Keeper
	if cfg.Keeper {
		if kp, err = keeper.New(ctx, keeper.Config{L1: b.l1, Inbox: chain.Batches.Inbox, Logger: log.With("module", "keeper")}, b.submitter); err != nil {
			return nil, fmt.Errorf("operator: %w", err)
		}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := b.submitter.Run(ctx, source{b.pipeline}); err != nil && !errors.Is(err, context.Canceled) {
			log.Error("submitter stopped", "err", err)
		}
	}()
	if kp != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := kp.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
				log.Error("keeper stopped", "err", err)
			}
		}()
	}
	go func() {
		wg.Wait()
		close(done)
	}()
	return done, nil
}

func (b *batchParts) close() {
	if b.submitter != nil {
		b.submitter.Close()
	}
	if b.protect != nil {
		b.protect.Close()
	}
	if b.l1 != nil {
		b.l1.Close()
	}
}

// source hands the submitter the pipeline's certified batches.
type source struct{ p *batching.Pipeline }

func (s source) Batch(index uint64) (*submit.Batch, bool) {
	h, c, blobs, err := s.p.Certified(index)
	if err != nil {
		return nil, false
	}
	return &submit.Batch{Header: h.Binding(), Cert: deploy.NewCertificate(c.Bitmap, c.Sigma, c.APKG2), Blobs: blobs}, true
}

// batchAPI is the sequencer_ namespace's batch methods.
type batchAPI struct{ p *batching.Pipeline }

// GetBatch is sequencer_getBatch: a batch's header, certificate and L1
// status; null for an index not sealed yet or pruned.
func (a batchAPI) GetBatch(index rpcUint64) (*batching.BatchView, error) {
	v, ok := a.p.Batch(uint64(index))
	if !ok {
		return nil, nil
	}
	return v, nil
}

func (b *batchParts) apis() []rpc.API {
	return []rpc.API{{Namespace: "sequencer", Service: batchAPI{b.pipeline}}}
}

// rpcUint64 takes a batch index as a JSON number or a 0x hex string.
type rpcUint64 uint64

func (u *rpcUint64) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		var h hexutil.Uint64
		if err := h.UnmarshalJSON(b); err != nil {
			return err
		}
		*u = rpcUint64(h)
		return nil
	}
	v, err := strconv.ParseUint(string(b), 10, 64)
	if err != nil {
		return fmt.Errorf("batch index %s: want a number or 0x hex", b)
	}
	*u = rpcUint64(v)
	return nil
}
