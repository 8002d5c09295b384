package devnet

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	rewardscoordinator "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/RewardsCoordinator"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nodeop/nodeop/batcher/keys"
	"github.com/nodeop/nodeop/contracts"
	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/eigen"
)

// TestVotingPowerIsRestakedStake runs the devnet on EigenLayer (its
// default) and checks what restaking means for the sequencer set:
//
//   - every validator's CometBFT voting power is its operator's stake
//     allocated to nodeop's operator set, as EigenLayer's AllocationManager
//     reports it, in gwei;
//   - an account that deposited and registered as an EigenLayer operator
//     but allocated nothing cannot join the set;
//   - an operator that leaves stays in the epoch in force; the operators'
//     keepers end the epoch on their own, and its validator drops out of
//     the CometBFT set while the chain goes on;
//   - fees paid into the vault reach the EigenRewardsSubmitter as batches
//     commit, and the ended epoch's operator-directed rewards submission is
//     accepted by EigenLayer's RewardsCoordinator, pro rata to the epoch's
//     stake.
func TestVotingPowerIsRestakedStake(t *testing.T) {
	d := startDevnet(t, 4)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	l1c, err := ethclient.DialContext(ctx, d.Manifest.L1.RPC)
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	core, avs, err := d.Manifest.EigenLayer(l1c)
	if err != nil {
		t.Fatal(err)
	}
	call := &bind.CallOpts{Context: ctx}
	comet := cometClient(t, d, 0)
	chainID := d.L1().ChainConfig().ChainID
	opts := func(i int) *bind.TransactOpts {
		o := bind.NewKeyedTransactor(d.L1().Accounts()[i].PrivateKey, chainID)
		o.Context = ctx
		return o
	}
	powers := func() map[string]int64 {
		vals, err := comet.Validators(ctx, nil, nil, nil)
		if err != nil {
			return nil
		}
		m := map[string]int64{}
		for _, v := range vals.Validators {
			m[v.Address.String()] = v.VotingPower
		}
		return m
	}

	// 1. Power = allocated stake in gwei.
	var allocated []*big.Int
	for _, n := range d.Manifest.Nodes {
		st, err := core.AllocationManager.GetAllocatedStake(call, avs.OperatorSet(), []common.Address{n.Operator}, avs.Strategies)
		if err != nil {
			t.Fatal(err)
		}
		if st[0][0].Sign() == 0 {
			t.Fatalf("operator %s has no stake allocated on EigenLayer", n.Operator)
		}
		allocated = append(allocated, st[0][0])
	}
	gwei := big.NewInt(params.GWei)
	waitFor(t, 60*time.Second, "voting powers to equal allocated stake", func() bool {
		p := powers()
		for i, n := range d.Manifest.Nodes {
			if p[n.ValidatorAddress] != new(big.Int).Div(allocated[i], gwei).Int64() {
				return false
			}
		}
		return true
	})
	t.Logf("voting power %d = %v allocated on EigenLayer / 1 gwei", powers()[d.Manifest.Nodes[0].ValidatorAddress], allocated[0])

	// 2. No allocation, no membership: dev account 6 gets the LST,
	// deposits it and registers as an operator, and is refused.
	token, err := bindings.NewTestToken(d.Manifest.Contracts["stakeToken"], l1c)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := token.Transfer(opts(0), d.L1().Accounts()[6].Address, operatorStake)
	if err != nil {
		t.Fatal(err)
	}
	mined(t, ctx, l1c, tx)
	idle := &eigen.Operator{Core: core, AVS: avs, Backend: l1c, Opts: opts(6)}
	if _, err := idle.Deposit(ctx, avs.Strategies[0], operatorStake); err != nil {
		t.Fatal(err)
	}
	if _, err := idle.RegisterAsOperator(ctx, 0, ""); err != nil {
		t.Fatal(err)
	}
	key, err := bls.GenRandomBlsKeys()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := idle.RegisterForOperatorSet(ctx, key); !errors.Is(err, contracts.Reverted("InsufficientStake")) {
		t.Fatalf("joining without allocation: %v, want the registrar's InsufficientStake", err)
	}
	if _, err := idle.RegisterWithRegistry(ctx, key); !errors.Is(err, contracts.Reverted("InsufficientStake")) {
		t.Fatalf("registry registration without allocation: %v, want InsufficientStake", err)
	}

	// 3. Fees paid into the vault reach the rewards submitter: each
	// committed batch credits it the signers' share, and anyone (a keeper)
	// moves the credit over with claimFor.
	vault, err := bindings.NewRewards(d.Manifest.Contracts["rewards"], l1c)
	if err != nil {
		t.Fatal(err)
	}
	fund := opts(0)
	fund.Value = new(big.Int).Mul(big.NewInt(2), big.NewInt(params.Ether))
	if tx, err = vault.Fund(fund); err != nil {
		t.Fatal(err)
	}
	mined(t, ctx, l1c, tx)
	waitFor(t, 90*time.Second, "a batch commit to credit the rewards submitter", func() bool {
		owed, err := vault.Accrued(call, avs.AVSAddresses.RewardsSubmitter)
		return err == nil && owed.Sign() > 0
	})
	if tx, err = vault.ClaimFor(opts(5), avs.AVSAddresses.RewardsSubmitter); err != nil {
		t.Fatal(err)
	}
	mined(t, ctx, l1c, tx)
	pot, err := l1c.BalanceAt(ctx, avs.AVSAddresses.RewardsSubmitter, nil)
	if err != nil || pot.Sign() == 0 {
		t.Fatalf("rewards submitter holds %v (%v) after claimFor", pot, err)
	}

	// 4. Node 3's operator stops its node and leaves. The epoch in force
	// keeps it; nobody
	// calls advanceEpoch: the operators' keepers see that the next set
	// differs and one of them ends the epoch.
	ended, err := avs.Registry.CurrentEpoch(call)
	if err != nil {
		t.Fatal(err)
	}
	const leaving = 3
	// The operator stops its node first: the node's submitter and keeper
	// send from the same account, and two senders would race for nonces.
	if err := d.StopNode(leaving); err != nil {
		t.Fatal(err)
	}
	home := filepath.Dir(d.Manifest.Nodes[leaving].Config)
	opKeys, err := keys.Load(filepath.Join(home, keysDir), devPassword)
	if err != nil {
		t.Fatal(err)
	}
	leaver := &eigen.Operator{Core: core, AVS: avs, Backend: l1c, Opts: bind.NewKeyedTransactor(opKeys.ECDSA, chainID)}
	leaver.Opts.Context = ctx
	if err := leaver.Leave(ctx); err != nil {
		t.Fatal(err)
	}
	if in, err := avs.Registry.IsMember(call, ended, opKeys.Address()); err != nil || !in {
		t.Fatalf("leaving took the operator out of the epoch in force (member %v, %v)", in, err)
	}
	leftVal := d.Manifest.Nodes[leaving].ValidatorAddress
	waitFor(t, 60*time.Second, "a keeper to end the epoch", func() bool {
		e, err := avs.Registry.CurrentEpoch(call)
		return err == nil && e.Cmp(ended) > 0
	})
	info, err := avs.Registry.EpochInfo(call, new(big.Int).Add(ended, big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range info.Operators {
		if a == opKeys.Address() {
			t.Fatalf("operator %s still in the epoch after leaving", a)
		}
	}
	waitFor(t, 60*time.Second, "the leaving operator's validator to drop out", func() bool {
		p := powers()
		if p == nil || p[leftVal] != 0 || len(p) != len(d.Manifest.Nodes)-1 {
			return false
		}
		for i, n := range d.Manifest.Nodes {
			if i != leaving && p[n.ValidatorAddress] != new(big.Int).Div(allocated[i], gwei).Int64() {
				return false
			}
		}
		return true
	})
	c0 := ethClient(t, d, 0)
	h0, _ := c0.BlockNumber(ctx)
	waitFor(t, 30*time.Second, "the chain to go on with three validators", func() bool {
		h, err := c0.BlockNumber(ctx)
		return err == nil && h > h0+3
	})

	// 5. The ended epoch's rewards, from what the vault passed on.
	from, to, err := avs.EpochTimes(ctx, l1c, ended.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	interval, err := core.RewardsCoordinator.CALCULATIONINTERVALSECONDS(call)
	if err != nil {
		t.Fatal(err)
	}
	period, err := eigen.EpochRewardsPeriod(from, to, interval)
	if err != nil {
		t.Fatal(err)
	}
	head, err := l1c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if head.Time <= period.End() {
		// Operator-directed rewards are retroactive: a keeper waits for
		// the day that covers the epoch to end. The test pays into the
		// day before, which has.
		period.Start -= interval
		period.Duration = interval
	}
	r, err := avs.SubmitEpochRewards(ctx, l1c, opts(5), ended.Uint64(), period)
	if err != nil {
		t.Fatal(err)
	}
	var ev *rewardscoordinator.RewardsCoordinatorOperatorDirectedOperatorSetRewardsSubmissionCreated
	for _, l := range r.Logs {
		if x, err := core.RewardsCoordinator.ParseOperatorDirectedOperatorSetRewardsSubmissionCreated(*l); err == nil {
			ev = x
		}
	}
	if ev == nil {
		t.Fatal("RewardsCoordinator emitted no operator-directed submission")
	}
	sub := ev.OperatorDirectedRewardsSubmission
	if ev.OperatorSet.Avs != avs.AVSAddresses.StakeSource || ev.Caller != avs.AVSAddresses.RewardsSubmitter || sub.Token != avs.AVSAddresses.RewardToken {
		t.Fatalf("submission for set %+v by %s in %s", ev.OperatorSet, ev.Caller, sub.Token)
	}
	if len(sub.OperatorRewards) != len(d.Manifest.Nodes) {
		t.Fatalf("%d operator rewards for an epoch of %d operators", len(sub.OperatorRewards), len(d.Manifest.Nodes))
	}
	for _, or := range sub.OperatorRewards {
		// Equal stake, equal share.
		if or.Amount.Cmp(sub.OperatorRewards[0].Amount) != 0 || or.Amount.Sign() == 0 {
			t.Fatalf("operator rewards %+v: want equal, non-zero amounts", sub.OperatorRewards)
		}
	}
	t.Logf("epoch %v rewards: %v wei to each of %d operators for [%d, +%d s), %d gas", ended, sub.OperatorRewards[0].Amount, len(sub.OperatorRewards), period.Start, period.Duration, r.GasUsed)
}
