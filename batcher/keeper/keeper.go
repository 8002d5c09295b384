package keeper

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/nodeop/nodeop/batcher/submit"
	"github.com/nodeop/nodeop/contracts/bindings"
)

// Sender sends the keeper's calls from the operator's account; the
// operator's submit.Submitter is one, sharing its nonces with the commits.
// A call that would revert must not be sent (submit.ErrWouldRevert).
type Sender interface {
	Address() common.Address
	Send(ctx context.Context, to common.Address, data []byte) (*types.Receipt, error)
}

// Config configures a Keeper. The registry is the inbox's.
type Config struct {
	L1    *ethclient.Client
	Inbox common.Address
	// Poll is how often the L1 head is read (0: one second).
	Poll time.Duration
	// Stagger is how many L1 blocks apart operators take their turns (0: 2).
	Stagger uint64
	Logger  *slog.Logger
}

// Keeper is one operator's housekeeper.
type Keeper struct {
	cfg      Config
	log      *slog.Logger
	send     Sender
	registry *bindings.OperatorRegistry
	regAddr  common.Address
	source   *bindings.IStakeSource
	regABI   *abi.ABI

	head uint64 // the last head acted on; only Run's goroutine touches it
}

// New binds the contracts behind cfg.Inbox.
func New(ctx context.Context, cfg Config, s Sender) (*Keeper, error) {
	if cfg.Poll == 0 {
		cfg.Poll = time.Second
	}
	if cfg.Stagger == 0 {
		cfg.Stagger = 2
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	k := &Keeper{cfg: cfg, log: cfg.Logger, send: s}
	call := &bind.CallOpts{Context: ctx}
	inbox, err := bindings.NewBatchInbox(cfg.Inbox, cfg.L1)
	if err != nil {
		return nil, fmt.Errorf("keeper: %w", err)
	}
	if k.regAddr, err = inbox.Registry(call); err != nil {
		return nil, fmt.Errorf("keeper: inbox %s registry: %w", cfg.Inbox, err)
	}
	if k.registry, err = bindings.NewOperatorRegistry(k.regAddr, cfg.L1); err != nil {
		return nil, fmt.Errorf("keeper: %w", err)
	}
	src, err := k.registry.StakeSource(call)
	if err != nil {
		return nil, fmt.Errorf("keeper: registry %s stake source: %w", k.regAddr, err)
	}
	if k.source, err = bindings.NewIStakeSource(src, cfg.L1); err != nil {
		return nil, fmt.Errorf("keeper: %w", err)
	}
	if k.regABI, err = bindings.OperatorRegistryMetaData.GetAbi(); err != nil {
		return nil, fmt.Errorf("keeper: %w", err)
	}
	return k, nil
}

// Run acts on every new L1 head until ctx ends, returning ctx's error.
// Failures are logged; the next head tries again.
func (k *Keeper) Run(ctx context.Context) error {
	t := time.NewTicker(k.cfg.Poll)
	defer t.Stop()
	for {
		if h, err := k.cfg.L1.HeaderByNumber(ctx, nil); err != nil {
			if ctx.Err() == nil {
				k.log.Debug("Cannot read the L1 head", "err", err)
			}
		} else if h.Number.Uint64() != k.head {
			k.head = h.Number.Uint64()
			k.Step(ctx, h)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Step does what is due at head.
func (k *Keeper) Step(ctx context.Context, head *types.Header) {
	call := &bind.CallOpts{Context: ctx, BlockNumber: head.Number}
	if err := k.epoch(ctx, call, head.Number.Uint64()); err != nil {
		k.log.Warn("Epoch advance failed", "err", err)
	}
}

// epoch advances the registry's epoch when it may end, it is this
// operator's turn, and the next set differs. Until the epoch may end it
// reads one number per head.
func (k *Keeper) epoch(ctx context.Context, call *bind.CallOpts, head uint64) error {
	due, err := k.registry.NextEpochBlock(call)
	if err != nil {
		return fmt.Errorf("next epoch block: %w", err)
	}
	// A call sent now lands in head+1 at the earliest.
	if head+1 < due.Uint64() {
		return nil
	}
	cur, err := k.registry.CurrentEpoch(call)
	if err != nil {
		return fmt.Errorf("current epoch: %w", err)
	}
	info, err := k.registry.EpochInfo(call, cur)
	if err != nil {
		return fmt.Errorf("epoch %v: %w", cur, err)
	}
	members := info.Operators
	if head+1 < Turn(due.Uint64(), Rank(members, k.send.Address()), k.cfg.Stagger) {
		return nil
	}
	now := make([]Member, len(members))
	for i, a := range members {
		s, err := k.registry.StakeAt(call, cur, a)
		if err != nil {
			return fmt.Errorf("stake of %s in epoch %v: %w", a, cur, err)
		}
		now[i] = Member{a, s}
	}
	registered, err := k.registry.RegisteredOperators(call)
	if err != nil {
		return fmt.Errorf("registered operators: %w", err)
	}
	stakes := make([]*big.Int, len(registered))
	for i, a := range registered {
		if stakes[i], err = k.source.StakeOf(call, a); err != nil {
			return fmt.Errorf("stake of %s: %w", a, err)
		}
	}
	minimum, err := k.registry.MinimumStake(call)
	if err != nil {
		return fmt.Errorf("minimum stake: %w", err)
	}
	next := NextSet(registered, stakes, minimum)
	if !Changed(now, next) {
		return nil
	}
	data, err := k.regABI.Pack("advanceEpoch")
	if err != nil {
		return err
	}
	r, err := k.send.Send(ctx, k.regAddr, data)
	if errors.Is(err, submit.ErrWouldRevert) {
		k.log.Debug("Epoch advance not needed any more", "epoch", cur, "err", err)
		return nil
	}
	if err != nil {
		return err
	}
	k.log.Info("Advanced the registry's epoch", "from", cur, "members", len(next), "tx", r.TxHash, "block", r.BlockNumber, "gas_used", r.GasUsed)
	return nil
}
