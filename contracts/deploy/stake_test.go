package deploy_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/nodeop/nodeop/contracts/deploy"
)

func (e *env) stakeOf(t *testing.T, i int) *big.Int {
	t.Helper()
	s, err := e.src.StakeOf(nil, e.chain.Addrs[i])
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func (e *env) balance(t *testing.T, a common.Address) *big.Int {
	t.Helper()
	b, err := e.chain.Client.BalanceAt(context.Background(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestStakeDeposit(t *testing.T) {
	e := newEnv(t, 2, nil)
	e.deposit(t, 1, ether(2))
	e.deposit(t, 1, ether(3))
	if s := e.stakeOf(t, 1); s.Cmp(ether(5)) != 0 {
		t.Fatalf("stake after two deposits: got %v, want 5 ether", s)
	}
	o := e.chain.Opts(t, 1)
	o.Value = new(big.Int)
	_, err := e.src.Deposit(o)
	expectRevert(t, e.srcABI, err, "ZeroAmount")
}

func TestStakeWithdrawalDelay(t *testing.T) {
	e := newEnv(t, 2, nil)
	e.deposit(t, 1, ether(5))
	_, err := e.src.RequestWithdrawal(e.chain.Opts(t, 1), ether(6))
	expectRevert(t, e.srcABI, err, "AmountExceedsStake")

	tx, err := e.src.RequestWithdrawal(e.chain.Opts(t, 1), ether(2))
	r := e.chain.MustSend(t, e.srcABI, tx, err)
	// Requested stake stops counting at once.
	if s := e.stakeOf(t, 1); s.Cmp(ether(3)) != 0 {
		t.Fatalf("stake after requesting 2 of 5 ether: got %v, want 3 ether", s)
	}
	unlock := r.BlockNumber.Uint64() + e.cfg.WithdrawalDelayBlocks

	_, err = e.src.ClaimWithdrawal(e.chain.Opts(t, 1))
	re := expectRevert(t, e.srcABI, err, "WithdrawalLocked")
	if got := re.Args[0].(*big.Int); got.Uint64() != unlock {
		t.Fatalf("WithdrawalLocked unlock block: got %v, want %d", got, unlock)
	}
	// One block short of the delay is still too early.
	for e.chain.BlockNumber(t) < unlock-1 {
		e.chain.Backend.Commit()
	}
	_, err = e.src.ClaimWithdrawal(e.chain.Opts(t, 1))
	expectRevert(t, e.srcABI, err, "WithdrawalLocked")

	e.chain.Backend.Commit()
	before := e.balance(t, e.chain.Addrs[1])
	tx, err = e.src.ClaimWithdrawal(e.chain.Opts(t, 1))
	r = e.chain.MustSend(t, e.srcABI, tx, err)
	fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	want := new(big.Int).Sub(new(big.Int).Add(before, ether(2)), fee)
	if got := e.balance(t, e.chain.Addrs[1]); got.Cmp(want) != 0 {
		t.Fatalf("balance after claim: got %v, want %v", got, want)
	}
	_, err = e.src.ClaimWithdrawal(e.chain.Opts(t, 1))
	expectRevert(t, e.srcABI, err, "NoPendingWithdrawal")
	if s := e.stakeOf(t, 1); s.Cmp(ether(3)) != 0 {
		t.Fatalf("stake after claim: got %v, want 3 ether", s)
	}
}

func TestStakeSlashOnlyBySlasher(t *testing.T) {
	e := newEnv(t, 3, nil)
	e.deposit(t, 1, ether(4))
	recipient := e.chain.Addrs[2]

	_, err := e.src.Slash(e.chain.Opts(t, 2), e.chain.Addrs[1], ether(1), recipient)
	re := expectRevert(t, e.srcABI, err, "NotSlasher")
	if re.Args[0].(common.Address) != e.chain.Addrs[2] {
		t.Fatalf("NotSlasher caller: got %v", re.Args[0])
	}
	_, err = e.src.Slash(e.chain.Opts(t, 0), e.chain.Addrs[1], ether(1), common.Address{})
	expectRevert(t, e.srcABI, err, "ZeroRecipient")

	// Pending withdrawals stay slashable: take 3 of 4 into pending, then
	// slash 2 (1 from active, 1 from pending).
	tx, err := e.src.RequestWithdrawal(e.chain.Opts(t, 1), ether(3))
	e.chain.MustSend(t, e.srcABI, tx, err)
	before := e.balance(t, recipient)
	tx, err = e.src.Slash(e.chain.Opts(t, 0), e.chain.Addrs[1], ether(2), recipient)
	r := e.chain.MustSend(t, e.srcABI, tx, err)
	acct, err := e.src.AccountOf(nil, e.chain.Addrs[1])
	if err != nil {
		t.Fatal(err)
	}
	if acct.Active.Sign() != 0 || acct.Pending.Cmp(ether(2)) != 0 {
		t.Fatalf("account after slashing 2 ether: active %v, pending %v; want 0 and 2 ether", acct.Active, acct.Pending)
	}
	if got := new(big.Int).Sub(e.balance(t, recipient), before); got.Cmp(ether(2)) != 0 {
		t.Fatalf("recipient received %v, want 2 ether", got)
	}
	ev, err := e.src.ParseSlashed(*r.Logs[0])
	if err != nil || ev.Amount.Cmp(ether(2)) != 0 || ev.Operator != e.chain.Addrs[1] {
		t.Fatalf("Slashed event: %+v (%v)", ev, err)
	}

	// Asking for more than is left takes what is left and does not revert.
	tx, err = e.src.Slash(e.chain.Opts(t, 0), e.chain.Addrs[1], ether(100), recipient)
	r = e.chain.MustSend(t, e.srcABI, tx, err)
	ev, err = e.src.ParseSlashed(*r.Logs[0])
	if err != nil || ev.Amount.Cmp(ether(2)) != 0 {
		t.Fatalf("over-slash: Slashed %+v (%v), want 2 ether", ev, err)
	}
	_, err = e.src.ClaimWithdrawal(e.chain.Opts(t, 1))
	expectRevert(t, e.srcABI, err, "NoPendingWithdrawal")
}

func TestDeployConfigValidation(t *testing.T) {
	ok := testConfig()
	if err := ok.Validate(); err != nil {
		t.Fatalf("test config rejected: %v", err)
	}
	for name, mutate := range map[string]func(*deploy.Config){
		"zero epoch length":           func(c *deploy.Config) { c.EpochLengthBlocks = 0 },
		"delay not above epoch":       func(c *deploy.Config) { c.WithdrawalDelayBlocks = c.EpochLengthBlocks },
		"zero max operators":          func(c *deploy.Config) { c.MaxOperators = 0 },
		"max operators above the cap": func(c *deploy.Config) { c.MaxOperators = deploy.MaxOperatorsLimit + 1 },
		"no minimum stake":            func(c *deploy.Config) { c.MinimumStake = nil },
	} {
		c := testConfig()
		mutate(&c)
		if err := c.Validate(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// The Slashing contract is deployed after the stake source; the source can
// name it in advance by its CREATE address.
func TestSlasherByFutureAddress(t *testing.T) {
	e := newEnv(t, 2, func(c *deploy.Config) {})
	nonce, err := e.chain.Client.PendingNonceAt(context.Background(), e.chain.Addrs[0])
	if err != nil {
		t.Fatal(err)
	}
	future := crypto.CreateAddress(e.chain.Addrs[0], nonce+2)
	cfg := testConfig()
	cfg.Slasher = future
	d, err := deploy.DeployRegistry(context.Background(), e.chain.Client, e.chain.Opts(t, 0), cfg)
	if err != nil {
		t.Fatal(err)
	}
	e.chain.Backend.Commit()
	if err := d.WaitDeployed(boundedCtx(t), e.chain.Client); err != nil {
		t.Fatal(err)
	}
	got, err := d.StakeSource.Slasher(nil)
	if err != nil || got != future {
		t.Fatalf("slasher: got %s (%v), want %s", got, err, future)
	}
}
