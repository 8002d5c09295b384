package deploy_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nodeop/nodeop/contracts"
	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/deploy"
	"github.com/nodeop/nodeop/contracts/internal/simtest"
)

var oneEther = big.NewInt(params.Ether)

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), oneEther) }

// env is a simulated L1 with a deployed stake source + registry. Account 0
// deploys and is the stake source's slasher; the others are operators.
type env struct {
	chain  *simtest.Chain
	cfg    deploy.Config
	d      *deploy.Registry
	reg    *bindings.OperatorRegistry
	src    *bindings.NativeStakeSource
	regABI *abi.ABI
	srcABI *abi.ABI
}

func testConfig() deploy.Config {
	return deploy.Config{
		WithdrawalDelayBlocks: 20,
		MinimumStake:          ether(1),
		EpochLengthBlocks:     5,
		MaxOperators:          deploy.MaxOperatorsLimit,
	}
}

func newEnv(t *testing.T, accounts int, adjust func(*deploy.Config)) *env {
	t.Helper()
	c := simtest.New(t, accounts)
	cfg := testConfig()
	cfg.Slasher = c.Addrs[0]
	if adjust != nil {
		adjust(&cfg)
	}
	d, err := deploy.DeployRegistry(context.Background(), c.Client, c.Opts(t, 0), cfg)
	if err != nil {
		t.Fatal(err)
	}
	c.Backend.Commit()
	if err := d.WaitDeployed(boundedCtx(t), c.Client); err != nil {
		t.Fatal(err)
	}
	return &env{
		chain: c, cfg: cfg, d: d, reg: d.Registry, src: d.StakeSource,
		regABI: simtest.ABI(t, bindings.OperatorRegistryMetaData),
		srcABI: simtest.ABI(t, bindings.NativeStakeSourceMetaData),
	}
}

func (e *env) deposit(t *testing.T, i int, wei *big.Int) {
	t.Helper()
	o := e.chain.Opts(t, i)
	o.Value = wei
	tx, err := e.src.Deposit(o)
	e.chain.MustSend(t, e.srcABI, tx, err)
}

func newKey(t *testing.T) *bls.KeyPair {
	t.Helper()
	k, err := bls.GenRandomBlsKeys()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func (e *env) registration(i int, key *bls.KeyPair) deploy.Registration {
	return deploy.NewRegistration(key, e.chain.ChainID, e.d.RegistryAddress, e.chain.Addrs[i])
}

// register sends account i's registration with key and mines it.
func (e *env) register(t *testing.T, i int, key *bls.KeyPair) *types.Receipt {
	t.Helper()
	tx, err := e.registration(i, key).Send(e.chain.Opts(t, i), e.reg)
	return e.chain.MustSend(t, e.regABI, tx, err)
}

// stakeAndRegister deposits stake for account i and registers it with a new key.
func (e *env) stakeAndRegister(t *testing.T, i int, stake *big.Int) *bls.KeyPair {
	t.Helper()
	e.deposit(t, i, stake)
	k := newKey(t)
	e.register(t, i, k)
	return k
}

// advance mines blocks until the current epoch may end, then ends it.
func (e *env) advance(t *testing.T) *types.Receipt {
	t.Helper()
	ready, err := e.reg.NextEpochBlock(nil)
	if err != nil {
		t.Fatal(err)
	}
	// Calls and gas estimates run on the latest block, the transaction in the
	// next one: mine until the latest block is already far enough.
	for e.chain.BlockNumber(t) < ready.Uint64() {
		e.chain.Backend.Commit()
	}
	tx, err := e.reg.AdvanceEpoch(e.chain.Opts(t, 0))
	return e.chain.MustSend(t, e.regABI, tx, err)
}

func (e *env) currentEpoch(t *testing.T) *big.Int {
	t.Helper()
	n, err := e.reg.CurrentEpoch(nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// expectRevert fails unless err is a revert with the named custom error, and
// returns it for argument checks.
func expectRevert(t *testing.T, a *abi.ABI, err error, name string) *contracts.RevertError {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want revert %s", name)
	}
	err = contracts.DecodeRevert(a, err)
	if !errors.Is(err, contracts.Reverted(name)) {
		t.Fatalf("got %v, want revert %s", err, name)
	}
	var re *contracts.RevertError
	errors.As(err, &re)
	return re
}

func sumG1(keys ...*bls.KeyPair) *bls.G1Point {
	s := bls.NewZeroG1Point()
	for _, k := range keys {
		s.Add(k.GetPubKeyG1())
	}
	return s
}

// boundedCtx bounds a wait on the simulated chain: one that never mines
// would otherwise hold the test until the package's timeout.
func boundedCtx(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}
