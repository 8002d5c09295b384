// Package genesis builds the L2 genesis block and the op-node rollup config of one
// nodeop rollup.
//
// It drives op-chain-ops' DeployConfig without forge artifacts: the predeploy alloc is
// empty, so the L1-info deposit calls an address without code (a no-op) and L1 data
// fees read as zero. Dev accounts are added on top. The result is what both our
// embedded engine and an unmodified op-node + op-geth verifier start from, so every
// value here is part of consensus: same Config and L1 start header give the same
// genesis hash on every machine.
package genesis

import (
	"errors"
	"fmt"
	"maps"
	"math/big"

	opgenesis "github.com/ethereum-optimism/optimism/op-chain-ops/genesis"
	"github.com/ethereum-optimism/optimism/op-core/forks"
	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// LatestFork is the newest OP hardfork that both op-geth v1.101702.3-rc.7 and op-node
// v1.19.6 implement; it and every fork before it are active from the genesis block.
// Lagoon (interop) is known to both but still experimental: op-node's attributes
// builder panics without an interop dependency set once Lagoon is scheduled.
const LatestFork = forks.Karst

// Defaults applied by Build to zero-valued Config fields.
const (
	DefaultBlockTime = 1          // seconds; DESIGN: one CometBFT height per L2 block
	DefaultGasLimit  = 60_000_000 // per L2 block
	// DefaultSequencerWindowSize is in L1 blocks: ~10 minutes of 2 s devnet slots for a
	// batch to reach L1 before op-node force-includes deposit-only blocks.
	DefaultSequencerWindowSize = 300
	// DefaultMaxSequencerDrift equals op-node's post-Fjord constant (1800 s), which
	// overrides the configured value anyway; we write the effective value.
	DefaultMaxSequencerDrift = 1800
	// DefaultChannelTimeout is the post-Granite constant (50 L1 blocks) that op-node
	// uses regardless of the configured pre-Granite value.
	DefaultChannelTimeout = 50
	// OP mainnet EIP-1559 parameters. Elasticity 6 puts the gas target at 1/6 of the
	// limit; the Canyon denominator bounds base-fee moves to ~2% per 1 s block.
	DefaultEIP1559Elasticity        = 6
	DefaultEIP1559Denominator       = 50
	DefaultEIP1559DenominatorCanyon = 250
	// Ecotone fee scalars carried in the L1-info deposit. They do not change fees here
	// (the L1Block predeploy has no code), but op-node's rollup.Config.Check rejects a
	// zero scalar word, and a verifier must see the same values.
	DefaultBaseFeeScalar     = 1368
	DefaultBlobBaseFeeScalar = 810949
	// DefaultFinalizationPeriod only feeds DeployConfig checks; it has no L2 effect.
	DefaultFinalizationPeriod = 12
)

// ErrInvalidConfig is wrapped by every validation error of Build.
var ErrInvalidConfig = errors.New("invalid L2 genesis config")

// Config describes one rollup's L2 genesis. Zero values get the defaults above.
type Config struct {
	ChainID   uint64 // L2 chain id
	L1ChainID uint64
	BlockTime uint64 // seconds between L2 blocks; default 1
	GasLimit  uint64 // L2 block gas limit; default 60M

	// BatchInbox receives batch data on L1. In nodeop it is also the SystemConfig.
	BatchInbox common.Address
	// SystemConfig is the L1 address op-node watches for ConfigUpdate events.
	SystemConfig common.Address
	// Batcher is the genesis batch sender that op-node accepts.
	Batcher common.Address
	// UnsafeBlockSigner is the genesis p2p sequencer key (op-node reads it from L1 later).
	UnsafeBlockSigner common.Address
	// DepositContract is where op-node looks for TransactionDeposited logs. Zero selects
	// NoDepositContract, an address no contract lives at, i.e. "no L1 deposits".
	DepositContract common.Address

	// Alloc holds funded dev accounts (and any contracts a feature needs). It must not
	// collide with accounts the OP genesis itself creates.
	Alloc types.GenesisAlloc
	// L2GenesisTime is the L2 genesis timestamp; 0 means the L1 start block's time.
	L2GenesisTime uint64

	SequencerWindowSize uint64 // L1 blocks; default 300
	MaxSequencerDrift   uint64 // seconds; default 1800
	ChannelTimeout      uint64 // L1 blocks (pre-Granite value); default 50

	EIP1559Elasticity        uint64 // default 6
	EIP1559Denominator       uint64 // pre-Canyon; default 50
	EIP1559DenominatorCanyon uint64 // default 250
	MinBaseFee               uint64 // Jovian minimum base fee in wei; default 0
	// DAFootprintGasScalar multiplies each tx's estimated DA size into "DA gas" that must
	// fit the block gas limit (Jovian). 0 = op-node's default of 400, which caps a 60M
	// block near 1,500 plain transfers.
	DAFootprintGasScalar uint16

	BaseFeeScalar     uint32 // Ecotone; default 1368
	BlobBaseFeeScalar uint32 // Ecotone; default 810949
}

// NoDepositContract is the deposit contract address used when Config.DepositContract is
// zero: keccak256("nodeop: no L1 deposit contract")[12:], so no contract is deployed there
// and op-node derives no user deposits. rollup.json cannot carry the zero address.
var NoDepositContract = common.BytesToAddress(crypto.Keccak256([]byte("nodeop: no L1 deposit contract"))[12:])

// withDefaults returns a copy of c with zero fields replaced by defaults.
func (c Config) withDefaults() Config {
	setDefault(&c.BlockTime, DefaultBlockTime)
	setDefault(&c.GasLimit, DefaultGasLimit)
	setDefault(&c.SequencerWindowSize, DefaultSequencerWindowSize)
	setDefault(&c.MaxSequencerDrift, DefaultMaxSequencerDrift)
	setDefault(&c.ChannelTimeout, DefaultChannelTimeout)
	setDefault(&c.EIP1559Elasticity, DefaultEIP1559Elasticity)
	setDefault(&c.EIP1559Denominator, DefaultEIP1559Denominator)
	setDefault(&c.EIP1559DenominatorCanyon, DefaultEIP1559DenominatorCanyon)
	setDefault(&c.BaseFeeScalar, DefaultBaseFeeScalar)
	setDefault(&c.BlobBaseFeeScalar, DefaultBlobBaseFeeScalar)
	if c.DepositContract == (common.Address{}) {
		c.DepositContract = NoDepositContract
	}
	return c
}

func setDefault[T comparable](v *T, def T) {
	var zero T
	if *v == zero {
		*v = def
	}
}

func (c Config) validate(l1Start *types.Header) error {
	var errs []error
	check := func(bad bool, msg string) {
		if bad {
			errs = append(errs, errors.New(msg))
		}
	}
	check(l1Start == nil, "missing L1 start header")
	check(c.ChainID == 0, "ChainID is 0")
	check(c.L1ChainID == 0, "L1ChainID is 0")
	check(c.ChainID == c.L1ChainID, "ChainID equals L1ChainID")
	check(c.BatchInbox == (common.Address{}), "BatchInbox is the zero address")
	check(c.SystemConfig == (common.Address{}), "SystemConfig is the zero address")
	check(c.Batcher == (common.Address{}), "Batcher is the zero address")
	check(c.UnsafeBlockSigner == (common.Address{}), "UnsafeBlockSigner is the zero address")
	check(c.SequencerWindowSize < 2, "SequencerWindowSize must be >= 2")
	// Deposits (the L1-info tx alone takes 1M gas) must leave room for user txs.
	check(c.GasLimit < opgenesis.MaxResourceLimit+opgenesis.SystemTxMaxGas, "GasLimit below 21M (deposit resource limit + system tx gas)")
	// eip1559 encodes both as uint32 in the block header's extraData.
	check(c.EIP1559Elasticity > 1<<32-1 || c.EIP1559DenominatorCanyon > 1<<32-1, "EIP-1559 parameters exceed uint32")
	if l1Start != nil {
		check(c.L2GenesisTime != 0 && c.L2GenesisTime < l1Start.Time, "L2GenesisTime before the L1 start block")
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w: %w", ErrInvalidConfig, errors.Join(errs...))
	}
	return nil
}

// DeployConfig returns the op-chain-ops deploy config that Build feeds to NewL2Genesis
// and RollupConfig, after defaults are applied. Exposed so tools can dump it.
func (c Config) DeployConfig() *opgenesis.DeployConfig {
	c = c.withDefaults()
	d := &opgenesis.DeployConfig{}
	d.L1ChainID = c.L1ChainID
	d.L2ChainID = c.ChainID
	d.L2BlockTime = c.BlockTime
	d.FinalizationPeriodSeconds = DefaultFinalizationPeriod
	d.MaxSequencerDrift = c.MaxSequencerDrift
	d.SequencerWindowSize = c.SequencerWindowSize
	d.ChannelTimeoutBedrock = c.ChannelTimeout
	d.BatchInboxAddress = c.BatchInbox
	d.BatchSenderAddress = c.Batcher
	d.P2PSequencerAddress = c.UnsafeBlockSigner
	d.SystemConfigProxy = c.SystemConfig
	d.OptimismPortalProxy = c.DepositContract

	d.L2GenesisBlockGasLimit = hexutil.Uint64(c.GasLimit)
	d.L2GenesisBlockBaseFeePerGas = (*hexutil.Big)(new(big.Int).SetUint64(params.InitialBaseFee))
	if c.L2GenesisTime != 0 {
		t := hexutil.Uint64(c.L2GenesisTime)
		d.L2GenesisBlockTimestamp = &t
	}

	d.EIP1559Elasticity = c.EIP1559Elasticity
	d.EIP1559Denominator = c.EIP1559Denominator
	d.EIP1559DenominatorCanyon = c.EIP1559DenominatorCanyon
	d.MinBaseFee = c.MinBaseFee
	d.DAFootprintGasScalar = c.DAFootprintGasScalar
	d.GasPriceOracleBaseFeeScalar = c.BaseFeeScalar
	d.GasPriceOracleBlobBaseFeeScalar = c.BlobBaseFeeScalar

	// Regolith .. LatestFork at offset 0, later forks unscheduled.
	d.ActivateForkAtGenesis(LatestFork)
	return d
}

// Build returns the L2 genesis and the op-node rollup config anchored at l1Start.
// Pure function of its inputs: no clock, no randomness, no I/O.
func Build(cfg Config, l1Start *types.Header) (*core.Genesis, *rollup.Config, error) {
	cfg = cfg.withDefaults()
	if err := cfg.validate(l1Start); err != nil {
		return nil, nil, err
	}
	dc := cfg.DeployConfig()
	l1Ref := &eth.BlockRef{
		Hash:       l1Start.Hash(),
		Number:     l1Start.Number.Uint64(),
		ParentHash: l1Start.ParentHash,
		Time:       l1Start.Time,
	}

	gen, err := opgenesis.NewL2Genesis(dc, l1Ref)
	if err != nil {
		return nil, nil, fmt.Errorf("op-chain-ops NewL2Genesis: %w", err)
	}
	cc := gen.Config

	// op-node asks for getPayloadV5 from Karst on, and op-geth serves V5 only for Osaka
	// payloads, but NewL2Genesis does not map Karst to Osaka (it does map Canyon,
	// Ecotone, Isthmus to Shanghai, Cancun, Prague). Without this, block building at
	// Karst fails with "Unsupported fork".
	if cc.KarstTime != nil {
		osaka := *cc.KarstTime
		cc.OsakaTime = &osaka
	}

	// NewL2Genesis hard-codes the Jovian extraData to (250, 6, minBaseFee 0). Block 1's
	// base fee is computed from these parent values, so encode the configured ones.
	if cc.IsJovian(gen.Timestamp) {
		gen.ExtraData = eip1559.EncodeJovianExtraData(cfg.EIP1559DenominatorCanyon, cfg.EIP1559Elasticity, cfg.MinBaseFee)
	}

	if err := cc.CheckConfigForkOrder(); err != nil {
		return nil, nil, fmt.Errorf("L2 chain config fork order: %w", err)
	}
	if err := cc.CheckOptimismValidity(); err != nil {
		return nil, nil, fmt.Errorf("L2 chain config: %w", err)
	}

	alloc := maps.Clone(gen.Alloc)
	for addr, acct := range cfg.Alloc {
		if _, taken := alloc[addr]; taken {
			return nil, nil, fmt.Errorf("%w: alloc account %s collides with an OP genesis account", ErrInvalidConfig, addr)
		}
		alloc[addr] = acct
	}
	gen.Alloc = alloc

	genesisHash := gen.ToBlock().Hash()
	rollupCfg, err := dc.RollupConfig(l1Ref, genesisHash, gen.Number)
	if err != nil {
		return nil, nil, fmt.Errorf("op-chain-ops RollupConfig: %w", err)
	}
	if err := rollupCfg.Check(); err != nil {
		return nil, nil, fmt.Errorf("rollup config: %w", err)
	}
	return gen, rollupCfg, nil
}
