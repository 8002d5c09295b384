package deploy

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/internal/simtest"
)

// TestDeploySystemWiresTheContracts: one call deploys the set, every
// contract knows the others' real addresses, and Slashing is the stake
// source's slasher.
func TestDeploySystemWiresTheContracts(t *testing.T) {
	c := simtest.New(t, 2, simtest.Prague())
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cfg := SystemConfig{
		Registry: Config{WithdrawalDelayBlocks: 100, MinimumStake: big.NewInt(1e18), EpochLengthBlocks: 10, MaxOperators: 16},
		Slashing: SlashingConfig{VetoCommittee: []common.Address{c.Addrs[1]}, VetoThreshold: 1, VetoDelayBlocks: 20, EquivocationSlashBps: 5000, MissedWindowPenalty: big.NewInt(1e16)},
		Rewards:  RewardsConfig{SubmissionFee: big.NewInt(1e15), SignerRewardPerBatch: big.NewInt(1e16)},
		Inbox:    InboxConfig{ChainID: 901, SubWindow: 10, Batcher: common.Address{0xb}, UnsafeBlockSigner: common.Address{0x5}},
	}
	s, err := DeploySystem(ctx, c.Client, c.Opts(t, 0), cfg)
	if err != nil {
		t.Fatalf("DeploySystem: %v", err)
	}
	// All five land in one block, in nonce order: the inbox's constructor
	// finds the registry it checks for.
	c.Backend.Commit()
	if err := s.WaitDeployed(ctx, c.Client); err != nil {
		t.Fatalf("WaitDeployed: %v", err)
	}
	call := &bind.CallOpts{Context: ctx}
	inbox, err := bindings.NewBatchInbox(s.Inbox.Address, c.Client)
	if err != nil {
		t.Fatal(err)
	}
	check := func(what string, got common.Address, err error, want common.Address) {
		t.Helper()
		if err != nil || got != want {
			t.Fatalf("%s = %s (%v), want %s", what, got, err, want)
		}
	}
	got, err := inbox.Registry(call)
	check("inbox.registry", got, err, s.Registry.RegistryAddress)
	got, err = inbox.MissedWindowSink(call)
	check("inbox.missedWindowSink", got, err, s.Slashing.Address)
	got, err = inbox.Rewards(call)
	check("inbox.rewards", got, err, s.Rewards.Address)
	rewards, err := bindings.NewRewards(s.Rewards.Address, c.Client)
	if err != nil {
		t.Fatal(err)
	}
	got, err = rewards.Inbox(call)
	check("rewards.inbox", got, err, s.Inbox.Address)
	stake, err := bindings.NewNativeStakeSource(s.Registry.StakeSourceAddress, c.Client)
	if err != nil {
		t.Fatal(err)
	}
	got, err = stake.Slasher(call)
	check("stakeSource.slasher", got, err, s.Slashing.Address)
	if len(s.Addresses()) != 5 {
		t.Fatalf("Addresses lists %d contracts, want 5", len(s.Addresses()))
	}
}
