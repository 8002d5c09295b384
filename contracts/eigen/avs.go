package eigen

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"sort"

	avsdirectory "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AVSDirectory"
	allocationmanager "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AllocationManager"
	delegationmanager "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/DelegationManager"
	eigenpodmanager "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/EigenPodManager"
	pauserregistry "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/PauserRegistry"
	permissioncontroller "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/PermissionController"
	rewardscoordinator "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/RewardsCoordinator"
	strategybase "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/StrategyBase"
	strategymanager "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/StrategyManager"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/deploy"
)

// WAD is 1.0 in EigenLayer's fixed point: a full magnitude (an operator's
// whole stake in a strategy), a slashing proportion of 100%, a strategy
// multiplier of one.
var WAD = big.NewInt(1e18)

// FullMagnitude is WAD as a magnitude: allocating it puts all of an
// operator's stake in a strategy at risk for one operator set.
const FullMagnitude uint64 = 1e18

// MaxStrategies is EigenStakeSource.MAX_STRATEGIES.
const MaxStrategies = 8

// MaxOperatorsLimit caps AVSConfig.MaxOperators below the registry's own
// 256: OperatorRegistry.advanceEpoch calls EigenStakeSource.stakeOf for
// every registered operator, which reads EigenLayer through two proxies.
// Measured on the devnet L1 with one strategy: ~280k gas for the first
// operator and ~86k for each further one (the native stake source: ~58k),
// so 160 operators take ~14M, under Osaka's 2^24 per-transaction gas cap
// with room to spare; 256 would take ~22M. More strategies cost more per
// operator: lower MaxOperators with them.
const MaxOperatorsLimit = 160

// AVSConfig parameterizes nodeop's AVS on EigenLayer.
type AVSConfig struct {
	// OperatorSetID is the id of the sequencer's operator set.
	OperatorSetID uint32
	// MetadataURI is the AVS metadata EigenLayer's AllocationManager emits.
	MetadataURI string
	// Strategies weighed for stake, with Multipliers (WAD = weight one;
	// empty: one each). Empty Strategies: all of the core's strategies.
	// Any order: they are sorted, as EigenLayer wants them ascending.
	Strategies  []common.Address
	Multipliers []*big.Int
	// LookaheadBlocks: stake counts if it stays slashable this many blocks
	// ahead. Zero: EpochLengthBlocks + the Slashing veto delay.
	LookaheadBlocks uint32

	// The OperatorRegistry's parameters (see deploy.Config), MinimumStake
	// in stake units (strategy shares times multiplier / WAD), MaxOperators
	// at most MaxOperatorsLimit.
	MinimumStake      *big.Int
	EpochLengthBlocks uint64
	MaxOperators      uint64

	// Slashing: Registry and StakeSource are filled in. Inbox must be set
	// (the BatchInbox, usually its future address). Treasury may be zero
	// (then the rewards submitter): EigenLayer v1.4.2 burns slashed stake,
	// so the treasury receives nothing through this stake source.
	Slashing deploy.SlashingConfig

	// RewardToken is the ERC-20 rewards are paid in, a WETH9; zero deploys
	// a WrappedEther. RewardPerEpoch is the wei submitted per epoch.
	RewardToken    common.Address
	RewardPerEpoch *big.Int
}

// AVSAddresses are a deployed AVS's contracts.
type AVSAddresses struct {
	// StakeSource is also the AVS's address on EigenLayer.
	StakeSource      common.Address   `json:"stakeSource"`
	Registrar        common.Address   `json:"registrar"`
	Registry         common.Address   `json:"registry"`
	Slashing         common.Address   `json:"slashing"`
	RewardsSubmitter common.Address   `json:"rewardsSubmitter"`
	RewardToken      common.Address   `json:"rewardToken"`
	OperatorSetID    uint32           `json:"operatorSetId"`
	Strategies       []common.Address `json:"strategies"` // ascending
}

// AVS is nodeop's deployed AVS with bindings.
type AVS struct {
	AVSAddresses
	// Gas is what each deployment transaction used (empty for a bound AVS).
	Gas              map[string]uint64
	StakeSource      *bindings.EigenStakeSource
	Registrar        *bindings.EigenAVSRegistrar
	Registry         *bindings.OperatorRegistry
	Slashing         *bindings.Slashing
	RewardsSubmitter *bindings.EigenRewardsSubmitter
	RewardToken      *bindings.WrappedEther
}

// OperatorSet is the AVS's operator set as EigenLayer's bindings take it.
func (a *AVS) OperatorSet() allocationmanager.OperatorSet {
	return allocationmanager.OperatorSet{Avs: a.AVSAddresses.StakeSource, Id: a.OperatorSetID}
}

// BindAVS binds to a deployed AVS.
func BindAVS(addrs AVSAddresses, backend bind.ContractBackend) (*AVS, error) {
	a := &AVS{AVSAddresses: addrs}
	var err error
	if a.StakeSource, err = bindings.NewEigenStakeSource(addrs.StakeSource, backend); err != nil {
		return nil, fmt.Errorf("bind EigenStakeSource: %w", err)
	}
	if a.Registrar, err = bindings.NewEigenAVSRegistrar(addrs.Registrar, backend); err != nil {
		return nil, fmt.Errorf("bind EigenAVSRegistrar: %w", err)
	}
	if a.Registry, err = bindings.NewOperatorRegistry(addrs.Registry, backend); err != nil {
		return nil, fmt.Errorf("bind OperatorRegistry: %w", err)
	}
	if a.Slashing, err = bindings.NewSlashing(addrs.Slashing, backend); err != nil {
		return nil, fmt.Errorf("bind Slashing: %w", err)
	}
	if a.RewardsSubmitter, err = bindings.NewEigenRewardsSubmitter(addrs.RewardsSubmitter, backend); err != nil {
		return nil, fmt.Errorf("bind EigenRewardsSubmitter: %w", err)
	}
	if a.RewardToken, err = bindings.NewWrappedEther(addrs.RewardToken, backend); err != nil {
		return nil, fmt.Errorf("bind reward token: %w", err)
	}
	return a, nil
}

var maxUint96 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))

// weights returns the strategies ascending with their multipliers.
func (c AVSConfig) weights(core *Core) ([]common.Address, []*big.Int, error) {
	strategies := c.Strategies
	if len(strategies) == 0 {
		strategies = core.Strategies
	}
	if len(strategies) == 0 || len(strategies) > MaxStrategies {
		return nil, nil, fmt.Errorf("%d strategies, want 1..%d", len(strategies), MaxStrategies)
	}
	if len(c.Multipliers) != 0 && len(c.Multipliers) != len(strategies) {
		return nil, nil, fmt.Errorf("%d multipliers for %d strategies", len(c.Multipliers), len(strategies))
	}
	type weighted struct {
		s common.Address
		m *big.Int
	}
	ws := make([]weighted, len(strategies))
	for i, s := range strategies {
		m := WAD
		if len(c.Multipliers) != 0 {
			m = c.Multipliers[i]
		}
		if m == nil || m.Sign() <= 0 || m.Cmp(maxUint96) > 0 {
			return nil, nil, fmt.Errorf("multiplier %v of strategy %s not in 1..2^96-1", m, s)
		}
		ws[i] = weighted{s, new(big.Int).Set(m)}
	}
	sort.Slice(ws, func(i, j int) bool { return ws[i].s.Cmp(ws[j].s) < 0 })
	outS, outM := make([]common.Address, len(ws)), make([]*big.Int, len(ws))
	for i, w := range ws {
		if i > 0 && w.s == ws[i-1].s {
			return nil, nil, fmt.Errorf("strategy %s listed twice", w.s)
		}
		outS[i], outM[i] = w.s, w.m
	}
	return outS, outM, nil
}

// validate checks the configuration against the core's delays as deployed:
// stake that signed in an epoch must stay slashable until a slash for it
// has gone through the veto window, whether the operator deallocates,
// deregisters or queues a withdrawal right after the epoch's snapshot.
func (c AVSConfig) validate(deallocationDelay, minWithdrawalDelay uint32) error {
	atRisk := c.EpochLengthBlocks + c.Slashing.VetoDelayBlocks
	switch {
	case c.EpochLengthBlocks == 0 || c.EpochLengthBlocks > math.MaxUint32:
		return fmt.Errorf("epoch length %d blocks not in 1..2^32-1", c.EpochLengthBlocks)
	case c.MaxOperators == 0 || c.MaxOperators > MaxOperatorsLimit:
		return fmt.Errorf("max operators %d not in 1..%d", c.MaxOperators, MaxOperatorsLimit)
	case c.MinimumStake == nil || c.MinimumStake.Sign() < 0:
		return errors.New("minimum stake must be set and non-negative")
	case c.RewardPerEpoch == nil || c.RewardPerEpoch.Sign() <= 0:
		return errors.New("reward per epoch must be positive")
	case c.Slashing.Inbox == (common.Address{}):
		return errors.New("slashing inbox must be set")
	case uint64(deallocationDelay) <= atRisk:
		return fmt.Errorf("EigenLayer deallocation delay %d blocks must exceed epoch length %d + veto delay %d",
			deallocationDelay, c.EpochLengthBlocks, c.Slashing.VetoDelayBlocks)
	case uint64(minWithdrawalDelay) <= atRisk:
		return fmt.Errorf("EigenLayer min withdrawal delay %d blocks must exceed epoch length %d + veto delay %d",
			minWithdrawalDelay, c.EpochLengthBlocks, c.Slashing.VetoDelayBlocks)
	case c.LookaheadBlocks == 0 && atRisk > math.MaxUint32:
		return errors.New("epoch length + veto delay above 2^32-1 blocks")
	}
	return nil
}

// DeployAVS deploys nodeop's AVS over a deployed core from opts.From and
// waits for it, in two rounds with consecutive nonces:
//
//  1. the reward token (unless given), the OperatorRegistry, the
//     EigenAVSRegistrar, the Slashing contract and the
//     EigenRewardsSubmitter, each told the EigenStakeSource's future address;
//  2. the EigenStakeSource, whose constructor makes it the AVS: metadata,
//     the operator set with its strategies, the registrar (which must
//     exist by then, hence the second round), and the rewards submitter's
//     appointment.
func DeployAVS(ctx context.Context, backend Backend, opts *bind.TransactOpts, core *Core, cfg AVSConfig) (*AVS, error) {
	fail := func(err error) (*AVS, error) { return nil, fmt.Errorf("deploy AVS: %w", err) }
	call := &bind.CallOpts{Context: ctx}
	dealloc, err := core.AllocationManager.DEALLOCATIONDELAY(call)
	if err != nil {
		return fail(fmt.Errorf("read deallocation delay: %w", err))
	}
	minWithdrawal, err := core.DelegationManager.MinWithdrawalDelayBlocks(call)
	if err != nil {
		return fail(fmt.Errorf("read min withdrawal delay: %w", err))
	}
	if err := cfg.validate(dealloc, minWithdrawal); err != nil {
		return fail(err)
	}
	strategies, multipliers, err := cfg.weights(core)
	if err != nil {
		return fail(err)
	}
	lookahead := cfg.LookaheadBlocks
	if lookahead == 0 {
		lookahead = uint32(cfg.EpochLengthBlocks + cfg.Slashing.VetoDelayBlocks)
	}

	s, err := newSender(ctx, backend, opts)
	if err != nil {
		return fail(err)
	}
	var k uint64 // creations before the registry
	a := AVSAddresses{OperatorSetID: cfg.OperatorSetID, Strategies: strategies, RewardToken: cfg.RewardToken}
	if a.RewardToken == (common.Address{}) {
		a.RewardToken = s.next(0)
		k = 1
	}
	a.Registry, a.Registrar, a.Slashing, a.RewardsSubmitter, a.StakeSource = s.next(k), s.next(k+1), s.next(k+2), s.next(k+3), s.next(k+4)
	scfg := cfg.Slashing
	scfg.Registry, scfg.StakeSource = a.Registry, a.StakeSource
	if scfg.Treasury == (common.Address{}) {
		scfg.Treasury = a.RewardsSubmitter
	}
	if err := scfg.Validate(); err != nil {
		return fail(err)
	}

	// Round 1.
	if k == 1 {
		if _, err := s.deploy("WrappedEther", bindings.WrappedEtherMetaData); err != nil {
			return fail(err)
		}
	}
	if _, err := s.deploy("OperatorRegistry", bindings.OperatorRegistryMetaData, a.StakeSource, new(big.Int).Set(cfg.MinimumStake),
		new(big.Int).SetUint64(cfg.EpochLengthBlocks), new(big.Int).SetUint64(cfg.MaxOperators)); err != nil {
		return fail(err)
	}
	if _, err := s.deploy("EigenAVSRegistrar", bindings.EigenAVSRegistrarMetaData, core.CoreAddresses.AllocationManager,
		a.StakeSource, cfg.OperatorSetID, a.Registry); err != nil {
		return fail(err)
	}
	sl, err := deploy.DeploySlashing(ctx, backend, s.txOpts(0), scfg)
	if err != nil {
		return fail(err)
	}
	s.sent("Slashing", sl.Tx, true)
	if _, err := s.deploy("EigenRewardsSubmitter", bindings.EigenRewardsSubmitterMetaData, a.Registry,
		core.CoreAddresses.RewardsCoordinator, a.StakeSource, cfg.OperatorSetID, a.RewardToken,
		new(big.Int).Set(cfg.RewardPerEpoch), strategies, multipliers); err != nil {
		return fail(err)
	}
	if err := s.wait(); err != nil {
		return fail(err)
	}

	// Round 2.
	src, err := s.deploy("EigenStakeSource", bindings.EigenStakeSourceMetaData, bindings.EigenStakeSourceParams{
		AllocationManager:    core.CoreAddresses.AllocationManager,
		PermissionController: core.CoreAddresses.PermissionController,
		RewardsCoordinator:   core.CoreAddresses.RewardsCoordinator,
		RewardsSubmitter:     a.RewardsSubmitter,
		Registrar:            a.Registrar,
		Slasher:              a.Slashing,
		OperatorSetId:        cfg.OperatorSetID,
		LookaheadBlocks:      lookahead,
		Strategies:           strategies,
		Multipliers:          multipliers,
		MetadataURI:          cfg.MetadataURI,
	})
	if err != nil {
		return fail(err)
	}
	if src != a.StakeSource {
		// Another transaction from the deployer took a nonce of the plan:
		// the other contracts point at an address without the AVS.
		return fail(fmt.Errorf("EigenStakeSource at %s, the others were told %s", src, a.StakeSource))
	}
	if err := s.wait(); err != nil {
		return fail(err)
	}
	avs, err := BindAVS(a, backend)
	if err != nil {
		return fail(err)
	}
	avs.Gas = s.gasUsed()
	return avs, nil
}

// RewardsPeriod is a RewardsCoordinator reward period: it starts at Start
// (unix seconds) and lasts Duration seconds, both multiples of the
// coordinator's calculation interval.
type RewardsPeriod struct {
	Start, Duration uint32
}

// End is the first second after the period.
func (p RewardsPeriod) End() uint64 { return uint64(p.Start) + uint64(p.Duration) }

// EpochRewardsPeriod is the shortest period aligned to interval that covers
// [from, to): the times of an epoch's first block and of the next epoch's
// first block. The coordinator accepts it once the period has ended.
func EpochRewardsPeriod(from, to uint64, interval uint32) (RewardsPeriod, error) {
	if interval == 0 || to < from {
		return RewardsPeriod{}, fmt.Errorf("rewards period of [%d, %d) with interval %d", from, to, interval)
	}
	iv := uint64(interval)
	start := from / iv * iv
	end := (to + iv - 1) / iv * iv
	if end == start {
		end += iv // an epoch within one instant still needs a whole interval
	}
	if end > math.MaxUint32 {
		return RewardsPeriod{}, fmt.Errorf("rewards period end %d past 2^32-1", end)
	}
	return RewardsPeriod{Start: uint32(start), Duration: uint32(end - start)}, nil
}

// EpochTimes returns the timestamps of an ended epoch's first block and of
// the next epoch's first block.
func (a *AVS) EpochTimes(ctx context.Context, backend Backend, epoch uint64) (from, to uint64, err error) {
	call := &bind.CallOpts{Context: ctx}
	e := new(big.Int).SetUint64(epoch)
	startBlock, err := a.Registry.EpochStartBlock(call, e)
	if err != nil {
		return 0, 0, fmt.Errorf("start of epoch %d: %w", epoch, decodeRevert(err))
	}
	endBlock, err := a.Registry.EpochStartBlock(call, new(big.Int).Add(e, big.NewInt(1)))
	if err != nil {
		return 0, 0, fmt.Errorf("epoch %d has not ended: %w", epoch, decodeRevert(err))
	}
	first, err := backend.HeaderByNumber(ctx, startBlock)
	if err != nil {
		return 0, 0, fmt.Errorf("block %v: %w", startBlock, err)
	}
	next, err := backend.HeaderByNumber(ctx, endBlock)
	if err != nil {
		return 0, 0, fmt.Errorf("block %v: %w", endBlock, err)
	}
	return first.Time, next.Time, nil
}

// SubmitEpochRewards submits an ended epoch's rewards for period through the
// EigenRewardsSubmitter (anyone may send it) and waits for the receipt.
func (a *AVS) SubmitEpochRewards(ctx context.Context, backend Backend, opts *bind.TransactOpts, epoch uint64, period RewardsPeriod) (*types.Receipt, error) {
	return sendAndWait(ctx, backend, opts, fmt.Sprintf("submit rewards of epoch %d", epoch), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.RewardsSubmitter.SubmitEpoch(o, new(big.Int).SetUint64(epoch), period.Start, period.Duration)
	})
}

// errorSources are the bindings whose custom errors errorABI decodes.
func errorSources() []*bind.MetaData {
	return []*bind.MetaData{
		allocationmanager.AllocationManagerMetaData,
		delegationmanager.DelegationManagerMetaData,
		strategymanager.StrategyManagerMetaData,
		rewardscoordinator.RewardsCoordinatorMetaData,
		permissioncontroller.PermissionControllerMetaData,
		avsdirectory.AVSDirectoryMetaData,
		eigenpodmanager.EigenPodManagerMetaData,
		pauserregistry.PauserRegistryMetaData,
		strategybase.StrategyBaseMetaData,
		bindings.EigenStakeSourceMetaData,
		bindings.EigenAVSRegistrarMetaData,
		bindings.EigenRewardsSubmitterMetaData,
		bindings.WrappedEtherMetaData,
		bindings.OperatorRegistryMetaData,
		bindings.SlashingMetaData,
		bindings.TestTokenMetaData,
	}
}
