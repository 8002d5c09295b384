package devnet

import (
	"cmp"
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/deploy"
	"github.com/nodeop/nodeop/contracts/eigen"
	"github.com/nodeop/nodeop/devnet/l1"
)

// Stake sources of Options.Stake.
const (
	// StakeEigenLayer: EigenLayer v1.4.2's core runs on the devnet L1 with
	// one strategy over a test LST; operators deposit into it, allocate
	// all of it to nodeop's operator set, and their stake is what
	// EigenLayer holds slashable for the set.
	StakeEigenLayer = "eigenlayer"
	// StakeNative: operators deposit ETH in nodeop's NativeStakeSource.
	StakeNative = "native"
)

// Devnet registry parameters, for either stake source.
const (
	// epochLengthBlocks is short, so that init can freeze the first set
	// quickly.
	epochLengthBlocks = 4
	maxOperators      = 64
	defaultVetoDelay  = 150
	// withdrawalMargin is how many blocks beyond epoch length plus veto
	// delay stake stays slashable after it stops counting: a slash for
	// what an operator signed must still find the stake when it executes.
	withdrawalMargin = 16
	// operatorSetID is nodeop's operator set on the devnet's EigenLayer.
	operatorSetID = 1
)

// stakeTokenSupply is the test LST's supply, all minted to the deployer.
var stakeTokenSupply = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))

// onchain is nodeop's deployment on the devnet L1, for either stake
// source.
type onchain struct {
	addrs    map[string]common.Address
	registry *bindings.OperatorRegistry
	// With StakeNative.
	native *bindings.NativeStakeSource
	// With StakeEigenLayer: the core, the AVS, and the token operators
	// restake (dev account 0 holds its supply).
	core  *eigen.Core
	avs   *eigen.AVS
	token *bindings.TestToken
}

// deployContracts deploys nodeop's contracts (and with StakeEigenLayer,
// EigenLayer's core and a test LST strategy first) on the devnet's L1 from
// the first dev account, with devnet-sized parameters, and waits for them.
func deployContracts(ctx context.Context, chain *l1.L1, opts Options) (*onchain, error) {
	client, err := ethclient.DialContext(ctx, chain.RPCURL())
	if err != nil {
		return nil, fmt.Errorf("devnet: dial L1: %w", err)
	}
	defer client.Close()
	accts := chain.Accounts()
	if len(accts) < 4 {
		return nil, fmt.Errorf("devnet: %d dev accounts, need 4 (deployer and veto committee)", len(accts))
	}
	txOpts := bind.NewKeyedTransactor(accts[0].PrivateKey, chain.ChainConfig().ChainID)
	txOpts.Context = ctx
	eth := big.NewInt(params.Ether)
	vetoDelay := cmp.Or(opts.VetoDelayBlocks, defaultVetoDelay)
	slashing := deploy.SlashingConfig{
		VetoCommittee:        []common.Address{accts[1].Address, accts[2].Address, accts[3].Address},
		VetoThreshold:        2,
		VetoDelayBlocks:      vetoDelay,
		EquivocationSlashBps: 5000,
		MissedWindowPenalty:  new(big.Int).Div(eth, big.NewInt(100)),
	}
	rewards := deploy.RewardsConfig{
		SubmissionFee:        new(big.Int).Div(eth, big.NewInt(1000)),
		SignerRewardPerBatch: new(big.Int).Div(eth, big.NewInt(100)),
	}
	inbox := deploy.InboxConfig{
		ChainID:           opts.ChainID,
		SubWindow:         opts.Batches.SubWindow,
		Batcher:           batcher,
		UnsafeBlockSigner: unsafeBlockSigner,
	}
	if opts.Stake == StakeNative {
		system, err := deploy.DeploySystem(ctx, client, txOpts, deploy.SystemConfig{
			Registry: deploy.Config{
				WithdrawalDelayBlocks: 600, // > epoch + veto delay: stake that signed stays slashable
				MinimumStake:          new(big.Int).Set(eth),
				EpochLengthBlocks:     epochLengthBlocks,
				MaxOperators:          maxOperators,
			},
			Slashing: slashing,
			Rewards:  rewards,
			Inbox:    inbox,
		})
		if err != nil {
			return nil, fmt.Errorf("devnet: %w", err)
		}
		if err := system.WaitDeployed(ctx, client); err != nil {
			return nil, fmt.Errorf("devnet: %w", err)
		}
		return &onchain{addrs: system.Addresses(), registry: system.Registry.Registry, native: system.Registry.StakeSource}, nil
	}

	tokenAddr, tx, token, err := bindings.DeployTestToken(txOpts, client, stakeTokenSupply)
	if err != nil {
		return nil, fmt.Errorf("devnet: deploy stake token: %w", err)
	}
	if err := waitAll(ctx, client, []*types.Transaction{tx}); err != nil {
		return nil, err
	}
	coreCfg := eigen.DevnetCoreConfig()
	// Stake that stopped counting stays slashable past the epoch it
	// signed in and the slash's veto delay; no longer, so that a test's
	// short veto delay also means an early first slash (v1.4.2 cannot
	// slash before block MinWithdrawalDelayBlocks + 2).
	delay := uint32(epochLengthBlocks + vetoDelay + withdrawalMargin)
	coreCfg.MinWithdrawalDelayBlocks, coreCfg.DeallocationDelayBlocks = delay, delay
	coreCfg.StrategyTokens = []common.Address{tokenAddr}
	coreCfg.EigenPodGenesisTime = chain.GenesisTime()
	core, err := eigen.DeployCore(ctx, client, txOpts, coreCfg)
	if err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	rollup, err := eigen.DeployRollup(ctx, client, txOpts, core, eigen.AVSConfig{
		OperatorSetID:     operatorSetID,
		MetadataURI:       "https://nodeop.example/devnet-avs.json",
		MinimumStake:      new(big.Int).Set(eth),
		EpochLengthBlocks: epochLengthBlocks,
		MaxOperators:      maxOperators,
		Slashing:          slashing,
		RewardPerEpoch:    new(big.Int).Div(eth, big.NewInt(10)),
	}, rewards, inbox)
	if err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	addrs := rollup.Addresses()
	c := core.CoreAddresses
	for name, a := range map[string]common.Address{
		"delegationManager":    c.DelegationManager,
		"strategyManager":      c.StrategyManager,
		"allocationManager":    c.AllocationManager,
		"avsDirectory":         c.AVSDirectory,
		"rewardsCoordinator":   c.RewardsCoordinator,
		"permissionController": c.PermissionController,
		"eigenPodManager":      c.EigenPodManager,
		"eigenLayerProxyAdmin": c.ProxyAdmin,
		"pauserRegistry":       c.PauserRegistry,
		"strategy":             c.Strategies[0],
		"stakeToken":           tokenAddr,
	} {
		addrs[name] = a
	}
	return &onchain{addrs: addrs, registry: rollup.AVS.Registry, core: core, avs: rollup.AVS, token: token}, nil
}

// EigenLayer binds a devnet's EigenLayer core and nodeop's AVS on it, from
// the manifest's addresses; an error if the devnet stakes natively.
func (m *Manifest) EigenLayer(backend eigen.Backend) (*eigen.Core, *eigen.AVS, error) {
	if m.Stake != StakeEigenLayer {
		return nil, nil, fmt.Errorf("devnet: stake source is %q, not %q", m.Stake, StakeEigenLayer)
	}
	c := m.Contracts
	core, err := eigen.BindCore(eigen.CoreAddresses{
		ProxyAdmin:           c["eigenLayerProxyAdmin"],
		PauserRegistry:       c["pauserRegistry"],
		DelegationManager:    c["delegationManager"],
		StrategyManager:      c["strategyManager"],
		AllocationManager:    c["allocationManager"],
		AVSDirectory:         c["avsDirectory"],
		RewardsCoordinator:   c["rewardsCoordinator"],
		PermissionController: c["permissionController"],
		EigenPodManager:      c["eigenPodManager"],
		Strategies:           []common.Address{c["strategy"]},
	}, backend)
	if err != nil {
		return nil, nil, fmt.Errorf("devnet: %w", err)
	}
	avs, err := eigen.BindAVS(eigen.AVSAddresses{
		StakeSource:      c["stakeSource"],
		Registrar:        c["registrar"],
		Registry:         c["registry"],
		Slashing:         c["slashing"],
		RewardsSubmitter: c["rewardsSubmitter"],
		RewardToken:      c["rewardToken"],
		OperatorSetID:    operatorSetID,
		Strategies:       []common.Address{c["strategy"]},
	}, backend)
	if err != nil {
		return nil, nil, fmt.Errorf("devnet: %w", err)
	}
	return core, avs, nil
}
