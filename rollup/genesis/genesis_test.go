package genesis

import (
	"errors"
	"math/big"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ethereum-optimism/optimism/op-core/forks"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

const l1Time = 1_700_000_000

// l1Header is a synthetic post-Cancun L1 block, the anchor of the L2 chain.
func l1Header() *types.Header {
	zero := uint64(0)
	beaconRoot := common.HexToHash("0xbeac0b")
	return &types.Header{
		ParentHash:       common.HexToHash("0x01"),
		Number:           big.NewInt(100),
		Time:             l1Time,
		GasLimit:         30_000_000,
		BaseFee:          big.NewInt(params.GWei),
		Difficulty:       new(big.Int),
		ExcessBlobGas:    &zero,
		BlobGasUsed:      &zero,
		ParentBeaconRoot: &beaconRoot,
		WithdrawalsHash:  &types.EmptyWithdrawalsHash,
	}
}

func devAddr(i int) common.Address {
	return common.BytesToAddress(crypto.Keccak256([]byte{byte(i)})[12:])
}

func testConfig() Config {
	alloc := types.GenesisAlloc{}
	for i := range 3 {
		alloc[devAddr(i)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(int64(i+1)), big.NewInt(params.Ether))}
	}
	return Config{
		ChainID:           901,
		L1ChainID:         900,
		BatchInbox:        common.HexToAddress("0xff00000000000000000000000000000000000901"),
		SystemConfig:      common.HexToAddress("0xff00000000000000000000000000000000000901"),
		Batcher:           common.HexToAddress("0xba7c4e7"),
		UnsafeBlockSigner: common.HexToAddress("0x5e9"),
		Alloc:             alloc,
	}
}

func TestBuildDeterministic(t *testing.T) {
	base := testConfig()
	otherAlloc := testConfig()
	otherAlloc.Alloc[devAddr(9)] = types.Account{Balance: big.NewInt(1)}
	otherTime := testConfig()
	otherTime.L2GenesisTime = l1Time + 10

	ref, _, err := Build(base, l1Header())
	if err != nil {
		t.Fatal(err)
	}
	refHash := ref.ToBlock().Hash()

	tests := []struct {
		name     string
		cfg      Config
		wantSame bool
	}{
		{"same input", testConfig(), true},
		{"extra dev account", otherAlloc, false},
		{"later genesis time", otherTime, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			gen, rcfg, err := Build(tc.cfg, l1Header())
			if err != nil {
				t.Fatal(err)
			}
			h := gen.ToBlock().Hash()
			if got := h == refHash; got != tc.wantSame {
				t.Fatalf("genesis hash %s vs reference %s: same=%v, want %v", h, refHash, got, tc.wantSame)
			}
			if rcfg.Genesis.L2.Hash != h {
				t.Fatalf("rollup genesis L2 hash %s != genesis block hash %s", rcfg.Genesis.L2.Hash, h)
			}
		})
	}
}

func TestBuildDoesNotMutateInput(t *testing.T) {
	cfg := testConfig()
	before := len(cfg.Alloc)
	if _, _, err := Build(cfg, l1Header()); err != nil {
		t.Fatal(err)
	}
	if len(cfg.Alloc) != before {
		t.Fatalf("Build changed the caller's alloc: %d -> %d accounts", before, len(cfg.Alloc))
	}
}

func TestForksActiveAtGenesis(t *testing.T) {
	gen, rcfg, err := Build(testConfig(), l1Header())
	if err != nil {
		t.Fatal(err)
	}
	cc := gen.Config
	ts := gen.Timestamp
	if ts != l1Time {
		t.Fatalf("genesis time %d, want the L1 start time %d", ts, l1Time)
	}
	chainForks := []struct {
		name   string
		active bool
	}{
		{"Regolith", cc.IsOptimismRegolith(ts)},
		{"Canyon", cc.IsOptimismCanyon(ts)},
		{"Ecotone", cc.IsOptimismEcotone(ts)},
		{"Fjord", cc.IsOptimismFjord(ts)},
		{"Granite", cc.IsOptimismGranite(ts)},
		{"Holocene", cc.IsOptimismHolocene(ts)},
		{"Isthmus", cc.IsOptimismIsthmus(ts)},
		{"Jovian", cc.IsOptimismJovian(ts)},
		{"Karst", cc.IsOptimismKarst(ts)},
		{"Shanghai", cc.IsShanghai(common.Big0, ts)},
		{"Cancun", cc.IsCancun(common.Big0, ts)},
		{"Prague", cc.IsPrague(common.Big0, ts)},
		{"Osaka", cc.IsOsaka(common.Big0, ts)},
	}
	for _, f := range chainForks {
		if !f.active {
			t.Errorf("chain config: %s not active at genesis", f.name)
		}
	}
	if cc.LagoonTime != nil || cc.IsLagoon(ts+1_000_000) {
		t.Errorf("Lagoon (interop) must stay unscheduled, got %v", cc.LagoonTime)
	}
	if cc.OsakaTime == nil || cc.KarstTime == nil || *cc.OsakaTime != *cc.KarstTime {
		t.Errorf("OsakaTime %v must equal KarstTime %v", cc.OsakaTime, cc.KarstTime)
	}
	if cc.BlobScheduleConfig != nil {
		t.Errorf("OP chains must not carry a blob schedule")
	}

	for _, f := range forks.All {
		if f == forks.Bedrock || f == forks.Delta {
			continue // block-based / no activation time field of its own in this sense
		}
		want := f != forks.Lagoon
		if got := rcfg.IsForkActive(f, rcfg.Genesis.L2Time); got != want {
			t.Errorf("rollup config: fork %s active=%v, want %v", f, got, want)
		}
	}
	if !rcfg.IsDelta(rcfg.Genesis.L2Time) {
		t.Errorf("rollup config: Delta not active")
	}
	if rcfg.IsInterop(rcfg.Genesis.L2Time) {
		t.Errorf("rollup config: interop active")
	}
}

func TestRollupConfig(t *testing.T) {
	cfg := testConfig()
	gen, rcfg, err := Build(cfg, l1Header())
	if err != nil {
		t.Fatal(err)
	}
	if err := rcfg.Check(); err != nil {
		t.Fatalf("rollup config does not validate: %v", err)
	}
	l1 := l1Header()
	checks := []struct {
		name      string
		got, want any
	}{
		{"L1 genesis hash", rcfg.Genesis.L1.Hash, l1.Hash()},
		{"L1 genesis number", rcfg.Genesis.L1.Number, l1.Number.Uint64()},
		{"L2 genesis hash", rcfg.Genesis.L2.Hash, gen.ToBlock().Hash()},
		{"L2 genesis number", rcfg.Genesis.L2.Number, uint64(0)},
		{"L2 time", rcfg.Genesis.L2Time, gen.Timestamp},
		{"block time", rcfg.BlockTime, uint64(DefaultBlockTime)},
		{"gas limit", rcfg.Genesis.SystemConfig.GasLimit, uint64(DefaultGasLimit)},
		{"genesis block gas limit", gen.GasLimit, uint64(DefaultGasLimit)},
		{"batcher", rcfg.Genesis.SystemConfig.BatcherAddr, cfg.Batcher},
		{"batch inbox", rcfg.BatchInboxAddress, cfg.BatchInbox},
		{"system config", rcfg.L1SystemConfigAddress, cfg.SystemConfig},
		{"deposit contract", rcfg.DepositContractAddress, NoDepositContract},
		{"L1 chain id", rcfg.L1ChainID.Uint64(), cfg.L1ChainID},
		{"L2 chain id", rcfg.L2ChainID.Uint64(), cfg.ChainID},
		{"chain config id", gen.Config.ChainID.Uint64(), cfg.ChainID},
		{"seq window", rcfg.SeqWindowSize, uint64(DefaultSequencerWindowSize)},
		{"elasticity", gen.Config.Optimism.EIP1559Elasticity, uint64(DefaultEIP1559Elasticity)},
		{"denominator canyon", *gen.Config.Optimism.EIP1559DenominatorCanyon, uint64(DefaultEIP1559DenominatorCanyon)},
		{"coinbase", gen.Coinbase, common.HexToAddress("0x4200000000000000000000000000000000000011")},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, c.got, c.want)
		}
	}

	// op-node reads the file with its own parser; the round trip must be lossless.
	path := filepath.Join(t.TempDir(), "rollup.json")
	if err := WriteRollupJSON(path, rcfg); err != nil {
		t.Fatal(err)
	}
	back, err := ReadRollupJSON(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, rcfg) {
		t.Fatalf("rollup.json round trip differs:\n got %+v\nwant %+v", back, rcfg)
	}
}

func TestGenesisJSONRoundTrip(t *testing.T) {
	gen, _, err := Build(testConfig(), l1Header())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "genesis.json")
	if err := WriteGenesisJSON(path, gen); err != nil {
		t.Fatal(err)
	}
	back, err := ReadGenesisJSON(path)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := back.ToBlock().Hash(), gen.ToBlock().Hash(); got != want {
		t.Fatalf("genesis.json round trip changes the hash: %s != %s", got, want)
	}
	if back.Config.OsakaTime == nil {
		t.Fatalf("osakaTime lost in genesis.json")
	}
}

func TestDevAccountsFunded(t *testing.T) {
	cfg := testConfig()
	gen, _, err := Build(cfg, l1Header())
	if err != nil {
		t.Fatal(err)
	}
	for addr, want := range cfg.Alloc {
		got, ok := gen.Alloc[addr]
		if !ok {
			t.Errorf("dev account %s missing from genesis", addr)
			continue
		}
		if got.Balance.Cmp(want.Balance) != 0 {
			t.Errorf("dev account %s balance %s, want %s", addr, got.Balance, want.Balance)
		}
	}
	// Isthmus at genesis deploys the EIP-2935 history contract; it must survive the merge.
	if _, ok := gen.Alloc[params.HistoryStorageAddress]; !ok {
		t.Errorf("EIP-2935 history storage contract missing")
	}
}

func TestBuildRejects(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*Config)
		l1     *types.Header
	}{
		{"no chain id", func(c *Config) { c.ChainID = 0 }, l1Header()},
		{"no L1 chain id", func(c *Config) { c.L1ChainID = 0 }, l1Header()},
		{"same chain ids", func(c *Config) { c.L1ChainID = c.ChainID }, l1Header()},
		{"no batch inbox", func(c *Config) { c.BatchInbox = common.Address{} }, l1Header()},
		{"no system config", func(c *Config) { c.SystemConfig = common.Address{} }, l1Header()},
		{"no batcher", func(c *Config) { c.Batcher = common.Address{} }, l1Header()},
		{"no unsafe signer", func(c *Config) { c.UnsafeBlockSigner = common.Address{} }, l1Header()},
		{"tiny gas limit", func(c *Config) { c.GasLimit = 10_000_000 }, l1Header()},
		{"seq window 1", func(c *Config) { c.SequencerWindowSize = 1 }, l1Header()},
		{"genesis before L1 start", func(c *Config) { c.L2GenesisTime = l1Time - 1 }, l1Header()},
		{"alloc collides with system account", func(c *Config) {
			c.Alloc[params.HistoryStorageAddress] = types.Account{Balance: big.NewInt(1)}
		}, l1Header()},
		{"no L1 header", func(*Config) {}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testConfig()
			tc.mutate(&cfg)
			_, _, err := Build(cfg, tc.l1)
			if !errors.Is(err, ErrInvalidConfig) {
				t.Fatalf("got %v, want ErrInvalidConfig", err)
			}
		})
	}
}
