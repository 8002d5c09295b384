package eigen

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/nodeop/nodeop/contracts/deploy"
)

func TestEpochRewardsPeriod(t *testing.T) {
	const day = DayInSeconds
	for _, tc := range []struct {
		name          string
		from, to      uint64
		start, length uint32
	}{
		{"inside one day", 10*day + 5, 10*day + 500, 10 * day, day},
		{"across midnight", 10*day + 80_000, 11*day + 10, 10 * day, 2 * day},
		{"ends on midnight", 10*day + 1, 11 * day, 10 * day, day},
		{"one instant on midnight", 10 * day, 10 * day, 10 * day, day},
	} {
		p, err := EpochRewardsPeriod(tc.from, tc.to, day)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if p.Start != tc.start || p.Duration != tc.length {
			t.Errorf("%s: period %+v, want start %d duration %d", tc.name, p, tc.start, tc.length)
		}
		if p.Start%day != 0 || p.Duration%day != 0 || uint64(p.Start) > tc.from || p.End() < tc.to {
			t.Errorf("%s: period %+v does not cover [%d, %d) on day boundaries", tc.name, p, tc.from, tc.to)
		}
	}
	if _, err := EpochRewardsPeriod(5, 4, day); err == nil {
		t.Error("reversed times accepted")
	}
	if _, err := EpochRewardsPeriod(1, 2, 0); err == nil {
		t.Error("zero interval accepted")
	}
	if _, err := EpochRewardsPeriod(1<<32-10, 1<<32-5, day); err == nil {
		t.Error("period past 2^32 accepted")
	}
}

func TestCoreConfigValidate(t *testing.T) {
	deployer := common.HexToAddress("0xd0")
	if err := DevnetCoreConfig().Validate(deployer); err != nil {
		t.Fatalf("devnet config: %v", err)
	}
	for _, tc := range []struct {
		name   string
		adjust func(*CoreConfig)
		want   string
	}{
		{"interval not whole days", func(c *CoreConfig) { c.CalculationIntervalSeconds = 3600 }, "multiple of 86400"},
		{"genesis off the interval", func(c *CoreConfig) { c.GenesisRewardsTimestamp += 1 }, "genesis rewards timestamp"},
		{"split above 100%", func(c *CoreConfig) { c.DefaultOperatorSplitBips = 10_001 }, "split"},
		{"zero pauser", func(c *CoreConfig) { c.Pausers = []common.Address{{}} }, "zero pauser"},
		{"strategy without whitelister", func(c *CoreConfig) {
			c.StrategyTokens = []common.Address{common.HexToAddress("0x70")}
			c.StrategyWhitelister = common.HexToAddress("0x99")
		}, "whitelisting"},
	} {
		c := DevnetCoreConfig()
		tc.adjust(&c)
		err := c.Validate(deployer)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error containing %q", tc.name, err, tc.want)
		}
	}
}

func TestAVSConfigValidate(t *testing.T) {
	good := func() AVSConfig {
		return AVSConfig{
			MinimumStake:      big.NewInt(1),
			EpochLengthBlocks: 4,
			MaxOperators:      64,
			Slashing:          deploy.SlashingConfig{Inbox: common.HexToAddress("0x1b"), VetoDelayBlocks: 150},
			RewardPerEpoch:    big.NewInt(1),
		}
	}
	// The devnet core's delays cover the devnet registry and Slashing.
	dev := DevnetCoreConfig()
	if err := good().validate(dev.DeallocationDelayBlocks, dev.MinWithdrawalDelayBlocks); err != nil {
		t.Fatalf("devnet AVS: %v", err)
	}
	for _, tc := range []struct {
		name                 string
		adjust               func(*AVSConfig)
		dealloc, minWithdraw uint32
		want                 string
	}{
		{"deallocation delay too short", nil, 154, 200, "deallocation delay"},
		{"withdrawal delay too short", nil, 200, 154, "min withdrawal delay"},
		{"no epoch length", func(c *AVSConfig) { c.EpochLengthBlocks = 0 }, 200, 200, "epoch length"},
		{"too many operators", func(c *AVSConfig) { c.MaxOperators = MaxOperatorsLimit + 1 }, 200, 200, "max operators"},
		{"no reward", func(c *AVSConfig) { c.RewardPerEpoch = nil }, 200, 200, "reward per epoch"},
		{"no inbox", func(c *AVSConfig) { c.Slashing.Inbox = common.Address{} }, 200, 200, "inbox"},
	} {
		c := good()
		if tc.adjust != nil {
			tc.adjust(&c)
		}
		err := c.validate(tc.dealloc, tc.minWithdraw)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error containing %q", tc.name, err, tc.want)
		}
	}
}

func TestAVSWeightsSorted(t *testing.T) {
	a, b := common.HexToAddress("0xbb"), common.HexToAddress("0xaa")
	c := AVSConfig{Strategies: []common.Address{a, b}, Multipliers: []*big.Int{big.NewInt(2), big.NewInt(3)}}
	s, m, err := c.weights(&Core{})
	if err != nil {
		t.Fatal(err)
	}
	if s[0] != b || s[1] != a || m[0].Int64() != 3 || m[1].Int64() != 2 {
		t.Fatalf("weights %v %v: want ascending strategies with their multipliers", s, m)
	}
	// Defaults: the core's strategies, weight one each.
	s, m, err = AVSConfig{}.weights(&Core{CoreAddresses: CoreAddresses{Strategies: []common.Address{a}}})
	if err != nil || len(s) != 1 || m[0].Cmp(WAD) != 0 {
		t.Fatalf("default weights %v %v (%v)", s, m, err)
	}
	for name, bad := range map[string]AVSConfig{
		"duplicate":       {Strategies: []common.Address{a, a}},
		"zero multiplier": {Strategies: []common.Address{a}, Multipliers: []*big.Int{big.NewInt(0)}},
		"wide multiplier": {Strategies: []common.Address{a}, Multipliers: []*big.Int{new(big.Int).Lsh(big.NewInt(1), 96)}},
		"count mismatch":  {Strategies: []common.Address{a, b}, Multipliers: []*big.Int{big.NewInt(1)}},
		"none":            {},
	} {
		if _, _, err := bad.weights(&Core{}); err == nil {
			t.Errorf("%s weights accepted", name)
		}
	}
}
