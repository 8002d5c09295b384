package main

import (
	"context"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nodeop/nodeop/batcher/keys"
	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/devnet"
)

func TestParseAmount(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // base units; "" = error
	}{
		{"32", "32000000000000000000"},
		{"0.5", "500000000000000000"},
		{".5", "500000000000000000"},
		{"1.000000000000000001", "1000000000000000001"},
		{"0", ""},
		{"", ""},
		{".", ""},
		{"-1", ""},
		{"1e18", ""},
		{"abc", ""},
		{"1.0000000000000000001", ""}, // 19 decimals
		{"1.2.3", ""},
	} {
		got, err := parseAmount(tc.in)
		switch {
		case tc.want == "" && err == nil:
			t.Errorf("parseAmount(%q) = %v, want an error", tc.in, got)
		case tc.want != "" && (err != nil || got.String() != tc.want):
			t.Errorf("parseAmount(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
}

// TestRegisterCommand: a new operator with its own keys (`nodeop keys new`)
// and funds joins a running devnet's EigenLayer operator set with `nodeop
// register`: refused with a clear error for a bad amount, a missing
// contracts file or more stake than it holds; then deposited, allocated
// and registered on EigenLayer and in the registry; and a second run
// changes nothing.
func TestRegisterCommand(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	if out, err := exec.Command(bin, "init", "--datadir", dir, "--validators", "1", "--base-port", "0").CombinedOutput(); err != nil {
		t.Fatalf("init: %v\n%s", err, out)
	}
	m, err := devnet.LoadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	if m.Stake != devnet.StakeEigenLayer {
		t.Fatalf("devnet stakes %q by default, want %q", m.Stake, devnet.StakeEigenLayer)
	}
	l1p := start(t, nil, bin, "l1", "--datadir", dir, "--log-level", "warn")
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	var client *ethclient.Client
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		if client, err = ethclient.DialContext(ctx, m.L1.RPC); err == nil {
			if _, err = client.BlockNumber(ctx); err == nil {
				break
			}
			client.Close()
		}
		if time.Now().After(deadline) {
			t.Fatalf("L1 not serving: %v\n%s", err, tail(l1p.out.String()))
		}
	}
	defer client.Close()

	// The operator's keys, made as an operator would.
	keysDir := filepath.Join(t.TempDir(), "keys")
	pw := filepath.Join(t.TempDir(), "pw")
	if err := os.WriteFile(pw, []byte("operator secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, "keys", "new", "--dir", keysDir, "--password-file", pw).CombinedOutput(); err != nil {
		t.Fatalf("keys new: %v\n%s", err, out)
	}
	k, err := keys.Load(keysDir, "operator secret")
	if err != nil {
		t.Fatal(err)
	}
	// Its money: ETH for gas and 5 of the LST, from the devnet's account 0.
	funderKey, err := crypto.HexToECDSA(strings.TrimPrefix(m.Accounts[0].PrivateKey, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	chainID := new(big.Int).SetUint64(m.L1.ChainID)
	funder := bind.NewKeyedTransactor(funderKey, chainID)
	funder.Context = ctx
	nonce, err := client.PendingNonceAt(ctx, funder.From)
	if err != nil {
		t.Fatal(err)
	}
	ethTx, err := funder.Signer(funder.From, types.NewTx(&types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
		Gas: 21_000, To: ptrTo(k.Address()), Value: new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether)),
	}))
	if err != nil {
		t.Fatal(err)
	}
	if err := client.SendTransaction(ctx, ethTx); err != nil {
		t.Fatal(err)
	}
	token, err := bindings.NewTestToken(m.Contracts["stakeToken"], client)
	if err != nil {
		t.Fatal(err)
	}
	funder.Nonce = new(big.Int).SetUint64(nonce + 1)
	tokTx, err := token.Transfer(funder, k.Address(), new(big.Int).Mul(big.NewInt(5), big.NewInt(params.Ether)))
	if err != nil {
		t.Fatal(err)
	}
	for _, tx := range []*types.Transaction{ethTx, tokTx} {
		if err := waitOK(ctx, client, tx); err != nil {
			t.Fatal(err)
		}
	}

	manifest := filepath.Join(dir, devnet.ManifestFile)
	register := func(args ...string) (string, error) {
		base := []string{"register", "--keys", keysDir, "--password-file", pw, "--l1-rpc", m.L1.RPC}
		out, err := exec.CommandContext(ctx, bin, append(base, args...)...).CombinedOutput()
		return string(out), err
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--contracts", manifest, "--amount", "five"}, `amount "five"`},
		{[]string{"--contracts", filepath.Join(dir, "missing.json"), "--amount", "5"}, "missing.json"},
		{[]string{"--contracts", manifest}, "usage: nodeop register"},
		{[]string{"--contracts", manifest, "--amount", "6"}, "deposit into strategy"}, // holds 5
	} {
		out, err := register(tc.args...)
		if err == nil || !strings.Contains(out, tc.want) {
			t.Fatalf("register %v: %v\n%s\nwant an error mentioning %q", tc.args, err, out, tc.want)
		}
	}
	out, err := register("--contracts", manifest, "--amount", "5")
	if err != nil || !strings.Contains(out, "registered") {
		t.Fatalf("register: %v\n%s", err, out)
	}
	core, avs, err := m.EigenLayer(client)
	if err != nil {
		t.Fatal(err)
	}
	call := &bind.CallOpts{Context: ctx}
	check := func() {
		t.Helper()
		member, err := core.AllocationManager.IsMemberOfOperatorSet(call, k.Address(), avs.OperatorSet())
		if err != nil || !member {
			t.Fatalf("operator not in the EigenLayer operator set (%v)", err)
		}
		info, err := avs.Registry.OperatorInfo(call, k.Address())
		if err != nil || !info.Registered {
			t.Fatalf("operator not in the registry (%v)", err)
		}
		stake, err := core.AllocationManager.GetAllocatedStake(call, avs.OperatorSet(), []common.Address{k.Address()}, avs.Strategies)
		if err != nil || stake[0][0].Cmp(new(big.Int).Mul(big.NewInt(5), big.NewInt(params.Ether))) != 0 {
			t.Fatalf("allocated stake %v (%v), want 5 tokens", stake, err)
		}
	}
	check()
	before, err := client.PendingNonceAt(ctx, k.Address())
	if err != nil {
		t.Fatal(err)
	}
	if out, err := register("--contracts", manifest, "--amount", "5"); err != nil {
		t.Fatalf("second register: %v\n%s", err, out)
	}
	after, err := client.PendingNonceAt(ctx, k.Address())
	if err != nil || after != before {
		t.Fatalf("second register sent %d transactions (%v), want none", after-before, err)
	}
	check()
}

func ptrTo[T any](v T) *T { return &v }
