package eigen

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	avsdirectory "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AVSDirectory"
	allocationmanager "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AllocationManager"
	delegationmanager "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/DelegationManager"
	eigenpod "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/EigenPod"
	eigenpodmanager "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/EigenPodManager"
	pauserregistry "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/PauserRegistry"
	permissioncontroller "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/PermissionController"
	rewardscoordinator "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/RewardsCoordinator"
	strategybase "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/StrategyBase"
	strategymanager "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/StrategyManager"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/nodeop/nodeop/contracts/bindings"
)

// Version is the EigenLayer release whose bytecode is deployed, and the
// version string its contracts report (SemVerMixin.version()).
const Version = "v1.4.2"

// MainnetETHPOSDeposit is the beacon-chain deposit contract EigenPods send
// validator deposits to; EigenLayer's local deployment config names it too.
// The devnet has no code there: EigenPods deploy, but cannot stake.
var MainnetETHPOSDeposit = common.HexToAddress("0x00000000219ab540356cBB839Cbe05303d7705Fa")

// EigenPodManagerPausedProofs is the EigenPodManager paused status of
// EigenLayer's local deployment config (30: bits 1-4, credential and
// balance proofs), so pods can be created but nothing depends on beacon
// proofs the devnet cannot produce.
const EigenPodManagerPausedProofs = 30

// CoreConfig parameterizes the EigenLayer core. Names follow EigenLayer's
// deployment config (script/configs/local/deploy_from_scratch.slashing.anvil.config.json);
// durations in blocks are L1 blocks.
type CoreConfig struct {
	// Owner (EigenLayer's "executor multisig") owns every core contract,
	// the ProxyAdmin and the EigenPod beacon, and is the pausers' unpauser.
	// Zero: the deployer.
	Owner common.Address
	// Pausers may pause; zero entries are not allowed. Empty: [Owner].
	Pausers []common.Address
	// StrategyWhitelister (the "operations multisig") whitelists strategies
	// for deposits. Zero: the deployer, which then whitelists the strategies
	// of StrategyTokens itself; any other whitelister must do that.
	StrategyWhitelister common.Address
	// StrategyTokens get one StrategyBase each (behind a proxy), in order.
	StrategyTokens []common.Address

	// MinWithdrawalDelayBlocks (DelegationManager): queued withdrawals stay
	// slashable this long. Note that v1.4.2 reverts slashing while
	// block.number <= MinWithdrawalDelayBlocks + 1 (an unchecked subtraction
	// in its queue lookup), so a young chain cannot slash yet.
	MinWithdrawalDelayBlocks uint32
	// DeallocationDelayBlocks (AllocationManager): deallocated magnitude and
	// deregistered operators stay slashable this long.
	DeallocationDelayBlocks uint32
	// AllocationConfigurationDelayBlocks (AllocationManager): an operator's
	// new allocation delay takes effect this many blocks (plus one) later.
	AllocationConfigurationDelayBlocks uint32

	// RewardsCoordinator. CalculationIntervalSeconds must be a positive
	// multiple of one day (the coordinator's snapshot cadence), and
	// GenesisRewardsTimestamp and MaxRewardsDuration multiples of it.
	CalculationIntervalSeconds uint32
	MaxRewardsDuration         uint32
	MaxRetroactiveLength       uint32
	MaxFutureLength            uint32
	GenesisRewardsTimestamp    uint32
	// RewardsUpdater posts distribution roots; zero: Owner.
	RewardsUpdater common.Address
	// ActivationDelaySeconds between a root's posting and its claims.
	ActivationDelaySeconds uint32
	// DefaultOperatorSplitBips is the operators' share of rewards (the rest
	// goes to their stakers) until an operator sets its own.
	DefaultOperatorSplitBips uint16

	// Initial paused status of each core contract (bit i pauses flag i).
	DelegationPaused, StrategyManagerPaused, AllocationManagerPaused, AVSDirectoryPaused, RewardsCoordinatorPaused, EigenPodManagerPaused uint64

	// ETHPOSDeposit and EigenPodGenesisTime configure the EigenPod
	// implementation (native restaking, unused by nodeop).
	ETHPOSDeposit       common.Address
	EigenPodGenesisTime uint64
}

// DayInSeconds is the RewardsCoordinator's snapshot cadence: calculation
// intervals are multiples of it.
const DayInSeconds = 86_400

// DevnetCoreConfig is a core for the devnet L1: EigenLayer's local
// deployment values where time does not matter (rewards bounds, genesis
// rewards timestamp, operator split, paused flags), short delays where it
// does, still above the epoch length plus veto delay of the devnet's
// registry and Slashing (4 + 150 blocks) so signed stake stays slashable.
// The caller sets StrategyTokens (and an owner other than the deployer if
// it wants one).
func DevnetCoreConfig() CoreConfig {
	return CoreConfig{
		MinWithdrawalDelayBlocks:           200,
		DeallocationDelayBlocks:            200,
		AllocationConfigurationDelayBlocks: 1,
		CalculationIntervalSeconds:         DayInSeconds,
		MaxRewardsDuration:                 6_048_000, // 70 days
		MaxRetroactiveLength:               7_776_000, // 90 days
		MaxFutureLength:                    2_592_000, // 30 days
		GenesisRewardsTimestamp:            1_710_979_200,
		ActivationDelaySeconds:             60,
		DefaultOperatorSplitBips:           1000,
		EigenPodManagerPaused:              EigenPodManagerPausedProofs,
		ETHPOSDeposit:                      MainnetETHPOSDeposit,
	}
}

// withDefaults fills the zero addresses from the deployer.
func (c CoreConfig) withDefaults(deployer common.Address) CoreConfig {
	if c.Owner == (common.Address{}) {
		c.Owner = deployer
	}
	if len(c.Pausers) == 0 {
		c.Pausers = []common.Address{c.Owner}
	}
	if c.StrategyWhitelister == (common.Address{}) {
		c.StrategyWhitelister = deployer
	}
	if c.RewardsUpdater == (common.Address{}) {
		c.RewardsUpdater = c.Owner
	}
	if c.ETHPOSDeposit == (common.Address{}) {
		c.ETHPOSDeposit = MainnetETHPOSDeposit
	}
	return c
}

// Validate reports a configuration the core's constructors would reject, or
// strategies nobody could deposit into.
func (c CoreConfig) Validate(deployer common.Address) error {
	c = c.withDefaults(deployer)
	day := uint32(DayInSeconds)
	switch {
	case c.CalculationIntervalSeconds == 0 || c.CalculationIntervalSeconds%day != 0:
		return fmt.Errorf("calculation interval %d s: must be a positive multiple of %d", c.CalculationIntervalSeconds, day)
	case c.GenesisRewardsTimestamp%c.CalculationIntervalSeconds != 0:
		return fmt.Errorf("genesis rewards timestamp %d: not a multiple of the calculation interval %d", c.GenesisRewardsTimestamp, c.CalculationIntervalSeconds)
	case c.MaxRewardsDuration < c.CalculationIntervalSeconds:
		return fmt.Errorf("max rewards duration %d s below one calculation interval", c.MaxRewardsDuration)
	case c.DefaultOperatorSplitBips > 10_000:
		return fmt.Errorf("operator split %d bips above 10000", c.DefaultOperatorSplitBips)
	case len(c.StrategyTokens) > 0 && c.StrategyWhitelister != deployer:
		return fmt.Errorf("strategies need whitelisting by %s, who is not the deployer %s", c.StrategyWhitelister, deployer)
	}
	for _, p := range c.Pausers {
		if p == (common.Address{}) {
			return errors.New("zero pauser")
		}
	}
	for _, t := range c.StrategyTokens {
		if t == (common.Address{}) {
			return errors.New("zero strategy token")
		}
	}
	return nil
}

// CoreAddresses are a deployed core's contracts: the proxies callers use,
// and what sits behind them.
type CoreAddresses struct {
	ProxyAdmin           common.Address `json:"proxyAdmin"`
	PauserRegistry       common.Address `json:"pauserRegistry"`
	DelegationManager    common.Address `json:"delegationManager"`
	StrategyManager      common.Address `json:"strategyManager"`
	AllocationManager    common.Address `json:"allocationManager"`
	AVSDirectory         common.Address `json:"avsDirectory"`
	RewardsCoordinator   common.Address `json:"rewardsCoordinator"`
	PermissionController common.Address `json:"permissionController"`
	EigenPodManager      common.Address `json:"eigenPodManager"`
	EigenPodBeacon       common.Address `json:"eigenPodBeacon"`
	// Strategies are the StrategyBase proxies, one per StrategyTokens entry.
	Strategies []common.Address `json:"strategies"`
	// Implementations behind the proxies (and the beacon), by contract name.
	Implementations map[string]common.Address `json:"implementations"`
}

// Core is a deployed EigenLayer core with bindings to its proxies.
type Core struct {
	CoreAddresses
	// Gas is what each deployment transaction used, by what it did (empty
	// for a bound core).
	Gas                  map[string]uint64
	DelegationManager    *delegationmanager.DelegationManager
	StrategyManager      *strategymanager.StrategyManager
	AllocationManager    *allocationmanager.AllocationManager
	AVSDirectory         *avsdirectory.AVSDirectory
	RewardsCoordinator   *rewardscoordinator.RewardsCoordinator
	PermissionController *permissioncontroller.PermissionController
	EigenPodManager      *eigenpodmanager.EigenPodManager
	PauserRegistry       *pauserregistry.PauserRegistry
	ProxyAdmin           *bindings.ProxyAdmin
}

// BindCore binds to a deployed core.
func BindCore(addrs CoreAddresses, backend bind.ContractBackend) (*Core, error) {
	c := &Core{CoreAddresses: addrs}
	var err error
	bindOne := func(name string, f func() error) {
		if err == nil {
			if e := f(); e != nil {
				err = fmt.Errorf("bind %s: %w", name, e)
			}
		}
	}
	bindOne("DelegationManager", func() (e error) {
		c.DelegationManager, e = delegationmanager.NewDelegationManager(addrs.DelegationManager, backend)
		return
	})
	bindOne("StrategyManager", func() (e error) {
		c.StrategyManager, e = strategymanager.NewStrategyManager(addrs.StrategyManager, backend)
		return
	})
	bindOne("AllocationManager", func() (e error) {
		c.AllocationManager, e = allocationmanager.NewAllocationManager(addrs.AllocationManager, backend)
		return
	})
	bindOne("AVSDirectory", func() (e error) {
		c.AVSDirectory, e = avsdirectory.NewAVSDirectory(addrs.AVSDirectory, backend)
		return
	})
	bindOne("RewardsCoordinator", func() (e error) {
		c.RewardsCoordinator, e = rewardscoordinator.NewRewardsCoordinator(addrs.RewardsCoordinator, backend)
		return
	})
	bindOne("PermissionController", func() (e error) {
		c.PermissionController, e = permissioncontroller.NewPermissionController(addrs.PermissionController, backend)
		return
	})
	bindOne("EigenPodManager", func() (e error) {
		c.EigenPodManager, e = eigenpodmanager.NewEigenPodManager(addrs.EigenPodManager, backend)
		return
	})
	bindOne("PauserRegistry", func() (e error) {
		c.PauserRegistry, e = pauserregistry.NewPauserRegistry(addrs.PauserRegistry, backend)
		return
	})
	bindOne("ProxyAdmin", func() (e error) {
		c.ProxyAdmin, e = bindings.NewProxyAdmin(addrs.ProxyAdmin, backend)
		return
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Strategy binds a StrategyBase proxy.
func (c *Core) Strategy(addr common.Address, backend bind.ContractBackend) (*strategybase.StrategyBase, error) {
	s, err := strategybase.NewStrategyBase(addr, backend)
	if err != nil {
		return nil, fmt.Errorf("bind strategy %s: %w", addr, err)
	}
	return s, nil
}

// DeployCore deploys and initializes EigenLayer's core from opts.From and
// waits for it, in three rounds of transactions with consecutive nonces:
//
//  1. the PauserRegistry, the ProxyAdmin and every implementation, each
//     constructed with the addresses its proxies will have;
//  2. the EigenPod beacon and the TransparentUpgradeableProxy of each
//     contract, created with its implementation and the initialize call
//     EigenLayer's deployment script makes through ProxyAdmin.upgradeAndCall
//     (same owner, paused status and parameters; the PermissionController
//     has no initializer), and a StrategyBase proxy per strategy token;
//  3. whitelisting the strategies for deposits, and handing the ProxyAdmin
//     and the beacon to the owner if the deployer is not the owner.
//
// Creating each proxy with its final implementation, instead of the
// script's empty placeholder that is upgraded later, saves a transaction
// per contract and leaves no window in which a proxy is uninitialized.
func DeployCore(ctx context.Context, backend Backend, opts *bind.TransactOpts, cfg CoreConfig) (*Core, error) {
	if err := cfg.Validate(opts.From); err != nil {
		return nil, fmt.Errorf("deploy EigenLayer core: %w", err)
	}
	cfg = cfg.withDefaults(opts.From)
	// A strategy's initializer reads its token's decimals: a token that is
	// not there would fail the whole second round.
	for _, t := range cfg.StrategyTokens {
		code, err := backend.CodeAt(ctx, t, nil)
		if err != nil {
			return nil, fmt.Errorf("deploy EigenLayer core: code of strategy token %s: %w", t, err)
		}
		if len(code) == 0 {
			return nil, fmt.Errorf("deploy EigenLayer core: strategy token %s has no code", t)
		}
	}
	s, err := newSender(ctx, backend, opts)
	if err != nil {
		return nil, fmt.Errorf("deploy EigenLayer core: %w", err)
	}
	addrs, err := deployCore(s, cfg)
	if err != nil {
		return nil, fmt.Errorf("deploy EigenLayer core: %w", err)
	}
	c, err := BindCore(*addrs, backend)
	if err != nil {
		return nil, fmt.Errorf("deploy EigenLayer core: %w", err)
	}
	c.Gas = s.gasUsed()
	return c, nil
}

// implementations in the order round 1 deploys them, after the
// PauserRegistry and the ProxyAdmin.
var implementations = []string{
	"DelegationManager", "StrategyManager", "AllocationManager", "AVSDirectory", "RewardsCoordinator",
	"PermissionController", "EigenPodManager", "EigenPod", "StrategyBase",
}

// proxied are the contracts behind a TransparentUpgradeableProxy, in the
// order round 2 creates the proxies, after the beacon.
var proxied = []string{
	"DelegationManager", "StrategyManager", "AllocationManager", "AVSDirectory", "RewardsCoordinator",
	"PermissionController", "EigenPodManager",
}

func deployCore(s *sender, cfg CoreConfig) (*CoreAddresses, error) {
	// Every address is fixed by the nonce plan before anything is sent.
	n0 := uint64(2 + len(implementations)) // round 1
	a := &CoreAddresses{
		PauserRegistry:  s.next(0),
		ProxyAdmin:      s.next(1),
		EigenPodBeacon:  s.next(n0),
		Implementations: map[string]common.Address{},
	}
	for i, name := range implementations {
		a.Implementations[name] = s.next(2 + uint64(i))
	}
	proxy := map[string]common.Address{}
	for i, name := range proxied {
		proxy[name] = s.next(n0 + 1 + uint64(i))
	}
	a.DelegationManager, a.StrategyManager, a.AllocationManager = proxy["DelegationManager"], proxy["StrategyManager"], proxy["AllocationManager"]
	a.AVSDirectory, a.RewardsCoordinator = proxy["AVSDirectory"], proxy["RewardsCoordinator"]
	a.PermissionController, a.EigenPodManager = proxy["PermissionController"], proxy["EigenPodManager"]
	for i := range cfg.StrategyTokens {
		a.Strategies = append(a.Strategies, s.next(n0+1+uint64(len(proxied))+uint64(i)))
	}

	// Round 1.
	type creation struct {
		name string
		md   *bind.MetaData
		args []any
	}
	round1 := []creation{
		{"PauserRegistry", pauserregistry.PauserRegistryMetaData, []any{cfg.Pausers, cfg.Owner}},
		{"ProxyAdmin", bindings.ProxyAdminMetaData, nil},
		{"DelegationManager", delegationmanager.DelegationManagerMetaData, []any{a.StrategyManager, a.EigenPodManager,
			a.AllocationManager, a.PauserRegistry, a.PermissionController, cfg.MinWithdrawalDelayBlocks, Version}},
		{"StrategyManager", strategymanager.StrategyManagerMetaData, []any{a.DelegationManager, a.PauserRegistry, Version}},
		{"AllocationManager", allocationmanager.AllocationManagerMetaData, []any{a.DelegationManager, a.PauserRegistry,
			a.PermissionController, cfg.DeallocationDelayBlocks, cfg.AllocationConfigurationDelayBlocks, Version}},
		{"AVSDirectory", avsdirectory.AVSDirectoryMetaData, []any{a.DelegationManager, a.PauserRegistry, Version}},
		{"RewardsCoordinator", rewardscoordinator.RewardsCoordinatorMetaData, []any{
			rewardscoordinator.IRewardsCoordinatorTypesRewardsCoordinatorConstructorParams{
				DelegationManager:          a.DelegationManager,
				StrategyManager:            a.StrategyManager,
				AllocationManager:          a.AllocationManager,
				PauserRegistry:             a.PauserRegistry,
				PermissionController:       a.PermissionController,
				CALCULATIONINTERVALSECONDS: cfg.CalculationIntervalSeconds,
				MAXREWARDSDURATION:         cfg.MaxRewardsDuration,
				MAXRETROACTIVELENGTH:       cfg.MaxRetroactiveLength,
				MAXFUTURELENGTH:            cfg.MaxFutureLength,
				GENESISREWARDSTIMESTAMP:    cfg.GenesisRewardsTimestamp,
				Version:                    Version,
			}}},
		{"PermissionController", permissioncontroller.PermissionControllerMetaData, []any{Version}},
		{"EigenPodManager", eigenpodmanager.EigenPodManagerMetaData, []any{cfg.ETHPOSDeposit, a.EigenPodBeacon,
			a.DelegationManager, a.PauserRegistry, Version}},
		{"EigenPod", eigenpod.EigenPodMetaData, []any{cfg.ETHPOSDeposit, a.EigenPodManager, cfg.EigenPodGenesisTime, Version}},
		{"StrategyBase", strategybase.StrategyBaseMetaData, []any{a.StrategyManager, a.PauserRegistry, Version}},
	}
	for _, c := range round1 {
		if _, err := s.deploy(c.name, c.md, c.args...); err != nil {
			return nil, err
		}
	}
	if err := s.wait(); err != nil {
		return nil, err
	}

	// Round 2: initializers packed from the implementations' own ABIs.
	inits := map[string][]byte{}
	pack := func(name string, md *bind.MetaData, args ...any) error {
		parsed, err := md.GetAbi()
		if err != nil {
			return err
		}
		data, err := parsed.Pack("initialize", args...)
		if err != nil {
			return fmt.Errorf("initialize %s: %w", name, err)
		}
		inits[name] = data
		return nil
	}
	u := func(v uint64) any { return new(big.Int).SetUint64(v) }
	for _, err := range []error{
		pack("DelegationManager", delegationmanager.DelegationManagerMetaData, cfg.Owner, u(cfg.DelegationPaused)),
		pack("StrategyManager", strategymanager.StrategyManagerMetaData, cfg.Owner, cfg.StrategyWhitelister, u(cfg.StrategyManagerPaused)),
		pack("AllocationManager", allocationmanager.AllocationManagerMetaData, cfg.Owner, u(cfg.AllocationManagerPaused)),
		pack("AVSDirectory", avsdirectory.AVSDirectoryMetaData, cfg.Owner, u(cfg.AVSDirectoryPaused)),
		pack("RewardsCoordinator", rewardscoordinator.RewardsCoordinatorMetaData, cfg.Owner, u(cfg.RewardsCoordinatorPaused),
			cfg.RewardsUpdater, cfg.ActivationDelaySeconds, cfg.DefaultOperatorSplitBips),
		pack("EigenPodManager", eigenpodmanager.EigenPodManagerMetaData, cfg.Owner, u(cfg.EigenPodManagerPaused)),
	} {
		if err != nil {
			return nil, err
		}
	}
	if _, err := s.deploy("EigenPod beacon", bindings.UpgradeableBeaconMetaData, a.Implementations["EigenPod"]); err != nil {
		return nil, err
	}
	for _, name := range proxied {
		// The PermissionController has no initializer (nil data: the proxy
		// only points at its implementation).
		if _, err := s.deploy(name+" proxy", bindings.TransparentUpgradeableProxyMetaData,
			a.Implementations[name], a.ProxyAdmin, inits[name]); err != nil {
			return nil, err
		}
	}
	for i, token := range cfg.StrategyTokens {
		if err := pack("StrategyBase", strategybase.StrategyBaseMetaData, token); err != nil {
			return nil, err
		}
		if _, err := s.deploy(fmt.Sprintf("strategy %d proxy", i), bindings.TransparentUpgradeableProxyMetaData,
			a.Implementations["StrategyBase"], a.ProxyAdmin, inits["StrategyBase"]); err != nil {
			return nil, err
		}
	}
	if err := s.wait(); err != nil {
		return nil, err
	}

	// Round 3.
	if len(a.Strategies) > 0 {
		if err := s.call("whitelist strategies", strategymanager.StrategyManagerMetaData, a.StrategyManager,
			"addStrategiesToDepositWhitelist", a.Strategies); err != nil {
			return nil, err
		}
	}
	if cfg.Owner != s.opts.From {
		if err := s.call("hand over ProxyAdmin", bindings.ProxyAdminMetaData, a.ProxyAdmin, "transferOwnership", cfg.Owner); err != nil {
			return nil, err
		}
		if err := s.call("hand over EigenPod beacon", bindings.UpgradeableBeaconMetaData, a.EigenPodBeacon, "transferOwnership", cfg.Owner); err != nil {
			return nil, err
		}
	}
	if err := s.wait(); err != nil {
		return nil, err
	}
	return a, nil
}
