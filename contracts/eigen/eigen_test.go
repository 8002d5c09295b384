package eigen_test

import (
	"bytes"
	"errors"
	"math/big"
	"sort"
	"testing"

	allocationmanager "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AllocationManager"
	delegationmanager "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/DelegationManager"
	rewardscoordinator "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/RewardsCoordinator"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/sync/errgroup"

	"github.com/nodeop/nodeop/contracts"
	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/blsabi"
	"github.com/nodeop/nodeop/contracts/deploy"
	"github.com/nodeop/nodeop/contracts/eigen"
)

// Accounts of the flow test.
const (
	accDeployer = 0
	accA        = 1 // allocates, registers, equivocates
	accB        = 2 // allocates, registers, deregisters, equivocates after leaving
	accC        = 3 // deposits and registers as operator, never allocates
)

// TestEigenLayerFlow runs the whole restaking path on a real devnet L1:
// the core deploys and initializes, operators deposit, register, allocate
// and join the set through our registrar, the registry's next epoch counts
// their slashable stake, an operator without allocation is refused,
// deregistration takes effect at the next epoch, an equivocation slash
// executes through AllocationManager.slashOperator after the veto delay and
// lowers the slashable stake, and an epoch's rewards are accepted by the
// RewardsCoordinator. The steps share one chain, so each runs only if the
// ones before passed.
func TestEigenLayerFlow(t *testing.T) {
	e := newEnv(t)
	keys := map[int]*bls.KeyPair{}
	for _, i := range []int{accA, accB, accC} {
		k, err := bls.GenRandomBlsKeys()
		if err != nil {
			t.Fatal(err)
		}
		keys[i] = k
	}
	step := func(name string, f func(t *testing.T)) {
		if !t.Run(name, f) {
			t.FailNow()
		}
	}
	for what, gas := range e.core.Gas {
		t.Logf("gas: core %-28s %9d", what, gas)
	}
	for what, gas := range e.avs.Gas {
		t.Logf("gas: AVS  %-28s %9d", what, gas)
	}

	step("core deployed and initialized", func(t *testing.T) { checkCore(t, e) })
	step("AVS registered on EigenLayer", func(t *testing.T) { checkAVS(t, e) })

	stake := ether(testOperatorTokens)
	step("operators deposit and register as EigenLayer operators", func(t *testing.T) {
		// Tokens to the operators, then each operator's steps in parallel.
		var txs []*types.Transaction
		for _, i := range []int{accA, accB, accC} {
			tx, err := e.token.Transfer(e.opts(accDeployer), e.accts[i].Address, stake)
			if err != nil {
				t.Fatal(err)
			}
			txs = append(txs, tx)
		}
		e.mined(txs...)
		var g errgroup.Group
		for _, i := range []int{accA, accB, accC} {
			op := e.operator(i) // not in the goroutine: it may fail the test
			g.Go(func() error {
				r, err := op.Deposit(e.ctx, e.core.Strategies[0], stake)
				if err != nil {
					return err
				}
				if i == accA {
					t.Logf("gas: depositIntoStrategy %d", r.GasUsed)
				}
				// Allocation delay 0: an allocation is slashable (and
				// counts) from the block it is made in.
				r, err = op.RegisterAsOperator(e.ctx, 0, "https://nodeop.example/operator.json")
				if i == accA && err == nil {
					t.Logf("gas: registerAsOperator %d", r.GasUsed)
				}
				return err
			})
		}
		if err := g.Wait(); err != nil {
			t.Fatal(err)
		}
		for _, i := range []int{accA, accB, accC} {
			ok, err := e.core.DelegationManager.IsOperator(e.call(), e.accts[i].Address)
			if err != nil || !ok {
				t.Fatalf("account %d is no operator (%v)", i, err)
			}
			shares, err := e.core.DelegationManager.GetOperatorShares(e.call(), e.accts[i].Address, e.core.Strategies)
			if err != nil {
				t.Fatal(err)
			}
			if shares[0].Cmp(stake) != 0 {
				t.Fatalf("operator %d delegated shares %v, want %v", i, shares[0], stake)
			}
		}
	})

	step("allocation delay takes effect, operators allocate", func(t *testing.T) {
		// registerAsOperator set a delay that takes effect
		// ALLOCATION_CONFIGURATION_DELAY + 1 blocks later (whether it has
		// yet depends on how fast this test runs, so it is not checked);
		// setting it again restarts that wait.
		r, err := e.operator(accA).SetAllocationDelay(e.ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		e.waitBlock(r.BlockNumber.Uint64() + 2) // ALLOCATION_CONFIGURATION_DELAY (1) + 1
		var g errgroup.Group
		for _, i := range []int{accA, accB} {
			op := e.operator(i)
			g.Go(func() error {
				set, delay, err := op.AllocationDelay(e.ctx)
				if err != nil {
					return err
				}
				if !set || delay != 0 {
					t.Errorf("operator %d: allocation delay set %v delay %d", i, set, delay)
				}
				r, err := op.Allocate(e.ctx, eigen.FullMagnitude)
				if i == accA && err == nil {
					t.Logf("gas: modifyAllocations %d", r.GasUsed)
				}
				return err
			})
		}
		if err := g.Wait(); err != nil {
			t.Fatal(err)
		}
		alloc, err := e.core.AllocationManager.GetAllocation(e.call(), e.accts[accA].Address, e.avs.OperatorSet(), e.core.Strategies[0])
		if err != nil {
			t.Fatal(err)
		}
		if alloc.CurrentMagnitude != eigen.FullMagnitude {
			t.Fatalf("allocated magnitude %d, want %d", alloc.CurrentMagnitude, eigen.FullMagnitude)
		}
	})

	step("operator without allocation is refused", func(t *testing.T) {
		opC := e.operator(accC)
		_, err := opC.RegisterForOperatorSet(e.ctx, keys[accC])
		if !errors.Is(err, contracts.Reverted("InsufficientStake")) {
			t.Fatalf("register without allocation: %v, want the registrar's InsufficientStake", err)
		}
		_, err = opC.RegisterWithRegistry(e.ctx, keys[accC])
		if !errors.Is(err, contracts.Reverted("InsufficientStake")) {
			t.Fatalf("registry registration without allocation: %v, want InsufficientStake", err)
		}
	})

	step("registrar checks the proof of possession", func(t *testing.T) {
		opA := e.operator(accA)
		reg, err := opA.Registration(e.ctx, keys[accA])
		if err != nil {
			t.Fatal(err)
		}
		// The key's proof over another operator's message: a replayed proof.
		other := deploy.NewRegistration(keys[accA], e.chain.ChainConfig().ChainID, e.avs.AVSAddresses.Registry, e.accts[accB].Address)
		reg.Signature = other.Signature
		if err := tryRegister(e, opA, reg); !errors.Is(err, contracts.Reverted("InvalidProofOfPossession")) {
			t.Fatalf("replayed proof: %v, want InvalidProofOfPossession", err)
		}
		// G2 of another key.
		reg, _ = opA.Registration(e.ctx, keys[accA])
		reg.PubkeyG2 = blsabi.G2(keys[accB].GetPubKeyG2())
		if err := tryRegister(e, opA, reg); !errors.Is(err, contracts.Reverted("KeyMismatch")) {
			t.Fatalf("mismatched G2: %v, want KeyMismatch", err)
		}
	})

	var epoch1 uint64
	step("operators join the set and the next epoch counts their slashable stake", func(t *testing.T) {
		for _, i := range []int{accA, accB} {
			r, err := e.operator(i).RegisterForOperatorSet(e.ctx, keys[i])
			if err != nil {
				t.Fatal(err)
			}
			if i == accA {
				t.Logf("gas: registerForOperatorSets (registrar: BLS proof of possession) %d", r.GasUsed)
			}
		}
		// Once the epoch may end, advanceEpoch's estimate with 0, 1 and 2
		// registered operators gives what each operator adds to it.
		next, err := e.avs.Registry.NextEpochBlock(e.call())
		if err != nil {
			t.Fatal(err)
		}
		e.waitBlock(next.Uint64())
		advanceGas := []uint64{estimateAdvance(t, e)}
		for _, i := range []int{accA, accB} {
			// The registry's registration needs the set membership made above.
			r, err := e.operator(i).RegisterWithRegistry(e.ctx, keys[i])
			if err != nil {
				t.Fatal(err)
			}
			if i == accA {
				t.Logf("gas: OperatorRegistry.register over EigenStakeSource %d", r.GasUsed)
			}
			advanceGas = append(advanceGas, estimateAdvance(t, e))
		}
		t.Logf("gas: advanceEpoch estimate with 0/1/2 operators %v: first operator +%d, next +%d",
			advanceGas, advanceGas[1]-advanceGas[0], advanceGas[2]-advanceGas[1])
		rec, err := e.avs.Registrar.OperatorKey(e.call(), e.accts[accA].Address)
		if err != nil {
			t.Fatal(err)
		}
		want := blsabi.G1(keys[accA].GetPubKeyG1())
		if !rec.Registered || rec.PubkeyG1.X.Cmp(want.X) != 0 || rec.PubkeyG1.Y.Cmp(want.Y) != 0 || rec.PubkeyHash == ([32]byte{}) {
			t.Fatalf("registrar's record of A: %+v", rec)
		}
		for _, i := range []int{accA, accB} {
			got, err := e.avs.StakeSource.StakeOf(e.call(), e.accts[i].Address)
			if err != nil {
				t.Fatal(err)
			}
			if got.Cmp(stake) != 0 {
				t.Fatalf("stakeOf(%d) = %v, want all %v allocated", i, got, stake)
			}
			// The same figure straight from EigenLayer.
			if eig := slashableOnEigenLayer(t, e, i); eig.Cmp(got) != 0 {
				t.Fatalf("AllocationManager says %v slashable, the stake source %v", eig, got)
			}
		}
		// Changes apply at the next epoch: the current one has nobody.
		cur := currentEpoch(t, e)
		if members := epochMembers(t, e, cur); len(members) != 0 {
			t.Fatalf("epoch %d members %v before the advance", cur, members)
		}
		logStakeOfGas(t, e, accA)
		r := advanceEpoch(t, e)
		t.Logf("gas: advanceEpoch with 2 EigenLayer-staked operators %d", r.GasUsed)
		epoch1 = currentEpoch(t, e)
		members := epochMembers(t, e, epoch1)
		if len(members) != 2 {
			t.Fatalf("epoch %d members %v, want A and B", epoch1, members)
		}
		for _, i := range []int{accA, accB} {
			s, err := e.avs.Registry.StakeAt(e.call(), new(big.Int).SetUint64(epoch1), e.accts[i].Address)
			if err != nil {
				t.Fatal(err)
			}
			if s.Cmp(stake) != 0 {
				t.Fatalf("epoch %d stake of %d: %v, want %v", epoch1, i, s, stake)
			}
		}
	})

	step("deregistration takes effect at the next epoch", func(t *testing.T) {
		opB := e.operator(accB)
		// Only EigenLayer's deregistration: B stays in the registry's list,
		// so what keeps it out of the next epoch is the stake source.
		if _, err := opB.DeregisterFromOperatorSet(e.ctx); err != nil {
			t.Fatal(err)
		}
		got, err := e.avs.StakeSource.StakeOf(e.call(), e.accts[accB].Address)
		if err != nil {
			t.Fatal(err)
		}
		if got.Sign() != 0 {
			t.Fatalf("stakeOf(B) after leaving the set = %v, want 0", got)
		}
		rec, err := e.avs.Registrar.OperatorKey(e.call(), e.accts[accB].Address)
		if err != nil || rec.Registered {
			t.Fatalf("registrar still lists B (%v)", err)
		}
		// The current epoch keeps B: it signs, and answers for, its batches.
		if ok, err := e.avs.Registry.IsMember(e.call(), new(big.Int).SetUint64(epoch1), e.accts[accB].Address); err != nil || !ok {
			t.Fatalf("B left epoch %d early (%v)", epoch1, err)
		}
		r := advanceEpoch(t, e)
		next := currentEpoch(t, e)
		members := epochMembers(t, e, next)
		if len(members) != 1 || members[0] != e.accts[accA].Address {
			t.Fatalf("epoch %d members %v, want only A", next, members)
		}
		below := false
		for _, l := range r.Logs {
			if ev, err := e.avs.Registry.ParseOperatorBelowMinimum(*l); err == nil && ev.Operator == e.accts[accB].Address {
				below = ev.Stake.Sign() == 0
			}
		}
		if !below {
			t.Fatal("no OperatorBelowMinimum(B, 0) in the advance")
		}
		// Leaving the registry too frees B's place there.
		if _, err := opB.DeregisterFromRegistry(e.ctx); err != nil {
			t.Fatal(err)
		}
		regs, err := e.avs.Registry.RegisteredOperators(e.call())
		if err != nil || len(regs) != 1 || regs[0] != e.accts[accA].Address {
			t.Fatalf("registered operators %v (%v), want only A", regs, err)
		}
		// EigenLayer keeps B slashable through the deallocation delay.
		ok, err := e.core.AllocationManager.IsOperatorSlashable(e.call(), e.accts[accB].Address, e.avs.OperatorSet())
		if err != nil || !ok {
			t.Fatalf("B not slashable right after leaving (%v)", err)
		}
	})

	step("equivocation slash lowers slashable stake on EigenLayer after the veto delay", func(t *testing.T) {
		before := map[int]*big.Int{}
		ids := map[int][32]byte{}
		for _, i := range []int{accA, accB} {
			s, err := e.avs.StakeSource.SlashableStake(e.call(), e.accts[i].Address)
			if err != nil {
				t.Fatal(err)
			}
			before[i] = s
			ids[i] = proveEquivocation(t, e, i, keys[i], epoch1)
		}
		// Inside the veto window the slash cannot execute: B's as of the
		// block its proof landed in (a fixed block, however slow the test).
		pendingB, err := e.avs.Slashing.GetSlash(e.call(), ids[accB])
		if err != nil {
			t.Fatal(err)
		}
		slashingABI, err := bindings.SlashingMetaData.GetAbi()
		if err != nil {
			t.Fatal(err)
		}
		data, err := slashingABI.Pack("executeSlash", ids[accB])
		if err != nil {
			t.Fatal(err)
		}
		to := e.avs.AVSAddresses.Slashing
		queuedAt := new(big.Int).SetUint64(pendingB.ExecutableAt - testVetoDelay)
		_, err = e.client.CallContract(e.ctx, ethereum.CallMsg{From: e.accts[accDeployer].Address, To: &to, Data: data}, queuedAt)
		if !errors.Is(contracts.DecodeRevert(eigen.ErrorABI(), err), contracts.Reverted("VetoWindowOpen")) {
			t.Fatalf("execute inside the veto window: %v, want VetoWindowOpen", err)
		}
		e.waitBlock(pendingB.ExecutableAt)
		for _, i := range []int{accA, accB} {
			r, err := sendExecute(e, ids[i])
			if err != nil {
				t.Fatal(err)
			}
			if i == accA {
				t.Logf("gas: Slashing.executeSlash -> EigenStakeSource.slash -> AllocationManager.slashOperator %d", r.GasUsed)
			}
			checkSlashLogs(t, e, r, i)
			after, err := e.avs.StakeSource.SlashableStake(e.call(), e.accts[i].Address)
			if err != nil {
				t.Fatal(err)
			}
			// Half of the stake at risk (the epoch snapshot, all of it).
			want := new(big.Int).Div(before[i], big.NewInt(2))
			if diff := new(big.Int).Sub(after, want); diff.CmpAbs(big.NewInt(1e9)) > 0 {
				t.Fatalf("operator %d slashable stake %v -> %v, want about %v", i, before[i], after, want)
			}
			maxMag, err := e.core.AllocationManager.GetMaxMagnitude(e.call(), e.accts[i].Address, e.core.Strategies[0])
			if err != nil {
				t.Fatal(err)
			}
			if maxMag != eigen.FullMagnitude/2 {
				t.Fatalf("operator %d max magnitude %d, want half of %d", i, maxMag, eigen.FullMagnitude)
			}
		}
		// A is still a member: its voting power is what is left.
		got, err := e.avs.StakeSource.StakeOf(e.call(), e.accts[accA].Address)
		if err != nil {
			t.Fatal(err)
		}
		if eig := slashableOnEigenLayer(t, e, accA); got.Cmp(eig) != 0 || got.Cmp(before[accA]) >= 0 {
			t.Fatalf("stakeOf(A) after slash %v, EigenLayer says %v, before %v", got, eig, before[accA])
		}
	})

	step("epoch rewards submission accepted by the RewardsCoordinator", func(t *testing.T) {
		fund := e.opts(accDeployer)
		fund.Value = ether(2)
		tx, err := e.avs.RewardsSubmitter.Fund(fund)
		if err != nil {
			t.Fatal(err)
		}
		e.mined(tx)
		from, to, err := e.avs.EpochTimes(e.ctx, e.client, epoch1)
		if err != nil {
			t.Fatal(err)
		}
		interval, err := e.core.RewardsCoordinator.CALCULATIONINTERVALSECONDS(e.call())
		if err != nil {
			t.Fatal(err)
		}
		period, err := eigen.EpochRewardsPeriod(from, to, interval)
		if err != nil {
			t.Fatal(err)
		}
		head, err := e.client.HeaderByNumber(e.ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if head.Time <= period.End() {
			// The day covering the epoch has not ended (unless the test
			// ran across midnight): operator-directed rewards are
			// retroactive only.
			_, err = e.avs.SubmitEpochRewards(e.ctx, e.client, e.opts(accDeployer), epoch1, period)
			if !errors.Is(err, contracts.Reverted("SubmissionNotRetroactive")) {
				t.Fatalf("submission for the running day: %v, want SubmissionNotRetroactive", err)
			}
			// A keeper would wait for the day to end; the test pays the
			// epoch's rewards into the previous day, which has.
			period.Start -= interval
			period.Duration = interval
		}
		r, err := e.avs.SubmitEpochRewards(e.ctx, e.client, e.opts(accDeployer), epoch1, period)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("gas: EigenRewardsSubmitter.submitEpoch (2 operators) %d", r.GasUsed)
		checkRewardsLogs(t, e, r, period)
		if _, err := e.avs.SubmitEpochRewards(e.ctx, e.client, e.opts(accDeployer), epoch1, period); !errors.Is(err, contracts.Reverted("AlreadySubmitted")) {
			t.Fatalf("second submission: %v, want AlreadySubmitted", err)
		}
		cur := currentEpoch(t, e)
		if _, err := e.avs.SubmitEpochRewards(e.ctx, e.client, e.opts(accDeployer), cur, period); !errors.Is(err, contracts.Reverted("EpochNotOver")) {
			t.Fatalf("submission for the running epoch: %v, want EpochNotOver", err)
		}
	})
}

// checkCore reads back what DeployCore set: versions, owners, paused
// flags, proxy implementations, pausers, parameters, the strategy.
func checkCore(t *testing.T, e *env) {
	c, call, owner := e.core, e.call(), e.accts[accDeployer].Address
	versions := map[string]func(*bind.CallOpts) (string, error){
		"DelegationManager":    c.DelegationManager.Version,
		"StrategyManager":      c.StrategyManager.Version,
		"AllocationManager":    c.AllocationManager.Version,
		"AVSDirectory":         c.AVSDirectory.Version,
		"RewardsCoordinator":   c.RewardsCoordinator.Version,
		"PermissionController": c.PermissionController.Version,
		"EigenPodManager":      c.EigenPodManager.Version,
	}
	for name, v := range versions {
		got, err := v(call)
		if err != nil {
			t.Fatalf("%s.version: %v", name, err)
		}
		if got != eigen.Version {
			t.Errorf("%s.version = %q, want %q", name, got, eigen.Version)
		}
	}
	owners := map[string]func(*bind.CallOpts) (common.Address, error){
		"DelegationManager":  c.DelegationManager.Owner,
		"StrategyManager":    c.StrategyManager.Owner,
		"AllocationManager":  c.AllocationManager.Owner,
		"AVSDirectory":       c.AVSDirectory.Owner,
		"RewardsCoordinator": c.RewardsCoordinator.Owner,
		"EigenPodManager":    c.EigenPodManager.Owner,
		"ProxyAdmin":         c.ProxyAdmin.Owner,
	}
	for name, o := range owners {
		got, err := o(call)
		if err != nil {
			t.Fatalf("%s.owner: %v", name, err)
		}
		if got != owner {
			t.Errorf("%s.owner = %s, want %s", name, got, owner)
		}
	}
	paused := map[string]struct {
		f    func(*bind.CallOpts) (*big.Int, error)
		want int64
	}{
		"DelegationManager":  {c.DelegationManager.Paused0, 0},
		"StrategyManager":    {c.StrategyManager.Paused0, 0},
		"AllocationManager":  {c.AllocationManager.Paused0, 0},
		"AVSDirectory":       {c.AVSDirectory.Paused0, 0},
		"RewardsCoordinator": {c.RewardsCoordinator.Paused0, 0},
		"EigenPodManager":    {c.EigenPodManager.Paused0, eigen.EigenPodManagerPausedProofs},
	}
	for name, p := range paused {
		got, err := p.f(call)
		if err != nil {
			t.Fatalf("%s.paused: %v", name, err)
		}
		if got.Int64() != p.want {
			t.Errorf("%s.paused() = %v, want %d", name, got, p.want)
		}
	}
	proxies := map[string]common.Address{
		"DelegationManager": c.CoreAddresses.DelegationManager, "StrategyManager": c.CoreAddresses.StrategyManager,
		"AllocationManager": c.CoreAddresses.AllocationManager, "AVSDirectory": c.CoreAddresses.AVSDirectory,
		"RewardsCoordinator": c.CoreAddresses.RewardsCoordinator, "PermissionController": c.CoreAddresses.PermissionController,
		"EigenPodManager": c.CoreAddresses.EigenPodManager, "StrategyBase": c.Strategies[0],
	}
	for name, proxy := range proxies {
		impl, err := c.ProxyAdmin.GetProxyImplementation(call, proxy)
		if err != nil {
			t.Fatalf("implementation of %s: %v", name, err)
		}
		if impl != c.Implementations[name] {
			t.Errorf("%s proxy points at %s, want %s", name, impl, c.Implementations[name])
		}
	}
	// Implementations cannot be initialized by anyone (their constructors
	// disabled it): only the proxies hold state.
	dmImpl, err := delegationmanager.NewDelegationManager(c.Implementations["DelegationManager"], e.client)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := dmImpl.Initialize(e.opts(accC), e.accts[accC].Address, big.NewInt(0)); err == nil {
		t.Error("the DelegationManager implementation accepted initialize")
	}
	if ok, err := c.PauserRegistry.IsPauser(call, owner); err != nil || !ok {
		t.Errorf("owner is no pauser (%v)", err)
	}
	if u, err := c.PauserRegistry.Unpauser(call); err != nil || u != owner {
		t.Errorf("unpauser %s (%v), want %s", u, err, owner)
	}
	if d, err := c.AllocationManager.DEALLOCATIONDELAY(call); err != nil || d != testDeallocDelay {
		t.Errorf("deallocation delay %d (%v), want %d", d, err, testDeallocDelay)
	}
	if d, err := c.DelegationManager.MinWithdrawalDelayBlocks(call); err != nil || d != testWithdrawalDelay {
		t.Errorf("min withdrawal delay %d (%v), want %d", d, err, testWithdrawalDelay)
	}
	if iv, err := c.RewardsCoordinator.CALCULATIONINTERVALSECONDS(call); err != nil || iv != eigen.DayInSeconds {
		t.Errorf("calculation interval %d (%v)", iv, err)
	}
	if u, err := c.RewardsCoordinator.RewardsUpdater(call); err != nil || u != owner {
		t.Errorf("rewards updater %s (%v)", u, err)
	}
	if w, err := c.StrategyManager.StrategyWhitelister(call); err != nil || w != owner {
		t.Errorf("strategy whitelister %s (%v)", w, err)
	}
	if ok, err := c.StrategyManager.StrategyIsWhitelistedForDeposit(call, c.Strategies[0]); err != nil || !ok {
		t.Errorf("strategy not whitelisted (%v)", err)
	}
	s, err := c.Strategy(c.Strategies[0], e.client)
	if err != nil {
		t.Fatal(err)
	}
	if tok, err := s.UnderlyingToken(call); err != nil || tok != e.tokenA {
		t.Errorf("strategy token %s (%v), want %s", tok, err, e.tokenA)
	}
	if v, err := s.Version(call); err != nil || v != eigen.Version {
		t.Errorf("strategy version %q (%v)", v, err)
	}
}

// checkAVS reads back what the EigenStakeSource's constructor registered.
func checkAVS(t *testing.T, e *env) {
	c, a, call := e.core, e.avs, e.call()
	if r, err := c.AllocationManager.GetAVSRegistrar(call, a.AVSAddresses.StakeSource); err != nil || r != a.AVSAddresses.Registrar {
		t.Errorf("AVS registrar %s (%v), want %s", r, err, a.AVSAddresses.Registrar)
	}
	if ok, err := c.AllocationManager.IsOperatorSet(call, a.OperatorSet()); err != nil || !ok {
		t.Errorf("operator set missing (%v)", err)
	}
	strategies, err := c.AllocationManager.GetStrategiesInOperatorSet(call, a.OperatorSet())
	if err != nil || len(strategies) != 1 || strategies[0] != c.Strategies[0] {
		t.Errorf("set strategies %v (%v), want %v", strategies, err, c.Strategies)
	}
	rcABI, err := rewardscoordinator.RewardsCoordinatorMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	sel := [4]byte(rcABI.Methods["createOperatorDirectedOperatorSetRewardsSubmission"].ID)
	appointees, err := c.PermissionController.GetAppointees(call, a.AVSAddresses.StakeSource, c.CoreAddresses.RewardsCoordinator, sel)
	if err != nil || len(appointees) != 1 || appointees[0] != a.AVSAddresses.RewardsSubmitter {
		t.Errorf("rewards appointees %v (%v), want the submitter %s", appointees, err, a.AVSAddresses.RewardsSubmitter)
	}
	// No admin: only the AVS contract itself acts for the AVS.
	admins, err := c.PermissionController.GetAdmins(call, a.AVSAddresses.StakeSource)
	if err != nil || len(admins) != 1 || admins[0] != a.AVSAddresses.StakeSource {
		t.Errorf("AVS admins %v (%v)", admins, err)
	}
	if s, err := a.StakeSource.Slasher(call); err != nil || s != a.AVSAddresses.Slashing {
		t.Errorf("stake source slasher %s (%v), want Slashing %s", s, err, a.AVSAddresses.Slashing)
	}
	if s, err := a.Slashing.StakeSource(call); err != nil || s != a.AVSAddresses.StakeSource {
		t.Errorf("Slashing's stake source %s (%v)", s, err)
	}
	if s, err := a.Registry.StakeSource(call); err != nil || s != a.AVSAddresses.StakeSource {
		t.Errorf("registry's stake source %s (%v)", s, err)
	}
	// Only the AllocationManager may call the registrar.
	_, err = a.Registrar.RegisterOperator(e.opts(accC), e.accts[accC].Address, a.AVSAddresses.StakeSource, []uint32{testSetID}, nil)
	if !errors.Is(contracts.DecodeRevert(eigen.ErrorABI(), err), contracts.Reverted("NotAllocationManager")) {
		t.Errorf("direct registrar call: %v, want NotAllocationManager", err)
	}
}

// slashableOnEigenLayer is AllocationManager.getMinimumSlashableStake for
// the operator at the stake source's lookahead.
func slashableOnEigenLayer(t *testing.T, e *env, i int) *big.Int {
	t.Helper()
	look, err := e.avs.StakeSource.LookaheadBlocks(e.call())
	if err != nil {
		t.Fatal(err)
	}
	s, err := e.core.AllocationManager.GetMinimumSlashableStake(e.call(), e.avs.OperatorSet(),
		[]common.Address{e.accts[i].Address}, e.core.Strategies, uint32(e.head())+look)
	if err != nil {
		t.Fatal(err)
	}
	return s[0][0]
}

// estimateAdvance estimates advanceEpoch's gas now.
func estimateAdvance(t *testing.T, e *env) uint64 {
	t.Helper()
	o := e.opts(accDeployer)
	o.NoSend = true
	tx, err := e.avs.Registry.AdvanceEpoch(o)
	if err != nil {
		t.Fatalf("estimate advanceEpoch: %v", contracts.DecodeRevert(eigen.ErrorABI(), err))
	}
	return tx.Gas()
}

// logStakeOfGas logs what one EigenStakeSource.stakeOf costs: the registry
// pays it once per registered operator in advanceEpoch, so it bounds the
// set size.
func logStakeOfGas(t *testing.T, e *env, i int) {
	t.Helper()
	srcABI, err := bindings.EigenStakeSourceMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	data, err := srcABI.Pack("stakeOf", e.accts[i].Address)
	if err != nil {
		t.Fatal(err)
	}
	to := e.avs.AVSAddresses.StakeSource
	gas, err := e.client.EstimateGas(e.ctx, ethereum.CallMsg{From: e.accts[accDeployer].Address, To: &to, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	// Less the transaction's base cost and calldata (36 bytes, mostly zeros).
	t.Logf("gas: EigenStakeSource.stakeOf about %d (a call's %d less 21000 and calldata)", gas-21000-36*8, gas)
}

func currentEpoch(t *testing.T, e *env) uint64 {
	t.Helper()
	n, err := e.avs.Registry.CurrentEpoch(e.call())
	if err != nil {
		t.Fatal(err)
	}
	return n.Uint64()
}

func epochMembers(t *testing.T, e *env, epoch uint64) []common.Address {
	t.Helper()
	info, err := e.avs.Registry.EpochInfo(e.call(), new(big.Int).SetUint64(epoch))
	if err != nil {
		t.Fatal(err)
	}
	return info.Operators
}

// advanceEpoch waits until the registry's epoch may end and ends it.
func advanceEpoch(t *testing.T, e *env) *types.Receipt {
	t.Helper()
	next, err := e.avs.Registry.NextEpochBlock(e.call())
	if err != nil {
		t.Fatal(err)
	}
	e.waitBlock(next.Uint64())
	tx, err := e.avs.Registry.AdvanceEpoch(e.opts(accDeployer))
	if err != nil {
		t.Fatalf("advance epoch: %v", contracts.DecodeRevert(eigen.ErrorABI(), err))
	}
	return e.mined(tx)[0]
}

// tryRegister estimates registerForOperatorSets with a given registration,
// returning the decoded revert (nil if it would pass).
func tryRegister(e *env, op *eigen.Operator, reg deploy.Registration) error {
	data, err := eigen.RegistrationData(reg)
	if err != nil {
		return err
	}
	o := e.opts(accA)
	o.NoSend = true
	_, err = e.core.AllocationManager.RegisterForOperatorSets(o, op.Address(), allocationmanager.IAllocationManagerTypesRegisterParams{
		Avs: e.avs.AVSAddresses.StakeSource, OperatorSetIds: []uint32{testSetID}, Data: data,
	})
	return contracts.DecodeRevert(eigen.ErrorABI(), err)
}

// proveEquivocation has operator i sign two headers for one batch of epoch
// and submits the proof; it returns the slash id.
func proveEquivocation(t *testing.T, e *env, i int, k *bls.KeyPair, epoch uint64) [32]byte {
	t.Helper()
	h := bindings.BatchHeader{
		ChainId: 901, BatchIndex: uint64(100 + i), FirstBlock: 1, LastBlock: 2,
		ParentHash: crypto.Keccak256Hash([]byte("parent")), OutputRoot: crypto.Keccak256Hash([]byte("A")),
		BlobHashes: [][32]byte{}, Epoch: epoch, Submitter: e.accts[i].Address, Fallbacks: []common.Address{},
		WindowStart: 1, WindowEnd: 2,
	}
	h2 := h
	h2.OutputRoot = crypto.Keccak256Hash([]byte("B"))
	sig := func(h bindings.BatchHeader) bindings.BN254G1Point {
		return blsabi.Signature(k.SignMessage(deploy.HeaderHash(h)))
	}
	tx, err := e.avs.Slashing.ProveEquivocation(e.opts(accDeployer), e.accts[i].Address, h, sig(h), h2, sig(h2))
	if err != nil {
		t.Fatalf("prove equivocation of %d: %v", i, contracts.DecodeRevert(eigen.ErrorABI(), err))
	}
	e.mined(tx)
	return deploy.EquivocationSlashID(e.accts[i].Address, h.ChainId, h.BatchIndex)
}

func sendExecute(e *env, id [32]byte) (*types.Receipt, error) {
	tx, err := e.avs.Slashing.ExecuteSlash(e.opts(accDeployer), id)
	if err != nil {
		return nil, contracts.DecodeRevert(eigen.ErrorABI(), err)
	}
	return e.mined(tx)[0], nil
}

// checkSlashLogs finds the AllocationManager's OperatorSlashed for the
// operator in our set and the stake source's Slashed (to the burn address)
// in an executeSlash receipt.
func checkSlashLogs(t *testing.T, e *env, r *types.Receipt, i int) {
	t.Helper()
	var amSlashed, srcSlashed bool
	for _, l := range r.Logs {
		if ev, err := e.core.AllocationManager.ParseOperatorSlashed(*l); err == nil {
			amSlashed = ev.Operator == e.accts[i].Address && ev.OperatorSet == e.avs.OperatorSet() &&
				len(ev.WadSlashed) == 1 && ev.WadSlashed[0].Sign() > 0
		}
		if ev, err := e.avs.StakeSource.ParseSlashed(*l); err == nil {
			burn, _ := e.avs.StakeSource.BURNADDRESS(e.call())
			srcSlashed = ev.Operator == e.accts[i].Address && ev.Recipient == burn && ev.Amount.Sign() > 0
		}
	}
	if !amSlashed || !srcSlashed {
		t.Fatalf("executeSlash of %d: OperatorSlashed %v, Slashed %v", i, amSlashed, srcSlashed)
	}
}

// checkRewardsLogs finds the coordinator's submission event and checks it
// pays A and B (equal stake in epoch 1) half of the epoch's reward each,
// ascending by address, in WETH, for period.
func checkRewardsLogs(t *testing.T, e *env, r *types.Receipt, period eigen.RewardsPeriod) {
	t.Helper()
	var ev *rewardscoordinator.RewardsCoordinatorOperatorDirectedOperatorSetRewardsSubmissionCreated
	for _, l := range r.Logs {
		if x, err := e.core.RewardsCoordinator.ParseOperatorDirectedOperatorSetRewardsSubmissionCreated(*l); err == nil {
			ev = x
		}
	}
	if ev == nil {
		t.Fatal("no OperatorDirectedOperatorSetRewardsSubmissionCreated")
	}
	sub := ev.OperatorDirectedRewardsSubmission
	if ev.OperatorSet.Avs != e.avs.AVSAddresses.StakeSource || ev.OperatorSet.Id != testSetID || ev.Caller != e.avs.AVSAddresses.RewardsSubmitter {
		t.Errorf("submission for set %v by %s", ev.OperatorSet, ev.Caller)
	}
	if sub.Token != e.avs.AVSAddresses.RewardToken || sub.StartTimestamp != period.Start || sub.Duration != period.Duration {
		t.Errorf("submission token %s period %d+%d", sub.Token, sub.StartTimestamp, sub.Duration)
	}
	want := []common.Address{e.accts[accA].Address, e.accts[accB].Address}
	sort.Slice(want, func(i, j int) bool { return bytes.Compare(want[i][:], want[j][:]) < 0 })
	if len(sub.OperatorRewards) != 2 {
		t.Fatalf("operator rewards %v", sub.OperatorRewards)
	}
	half := new(big.Int).Div(ether(1), big.NewInt(2))
	for j, or := range sub.OperatorRewards {
		if or.Operator != want[j] || or.Amount.Cmp(half) != 0 {
			t.Errorf("reward %d: %s %v, want %s %v", j, or.Operator, or.Amount, want[j], half)
		}
	}
	bal, err := e.avs.RewardToken.BalanceOf(e.call(), e.core.CoreAddresses.RewardsCoordinator)
	if err != nil || bal.Cmp(ether(1)) != 0 {
		t.Errorf("coordinator holds %v WETH (%v), want 1 ether", bal, err)
	}
}
