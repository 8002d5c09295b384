package devnet

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// TestViemClient is acceptance 2 of the devnet issue: a real wallet library
// (viem, run by Node.js) sends a transfer through a node's JSON-RPC, waits
// for the receipt and reads the balance.
func TestViemClient(t *testing.T) {
	if _, err := os.Stat(filepath.Join("..", "node_modules", "viem")); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("viem is not installed (%v): .ci/run must run make test, which runs npm ci", err)
		}
		t.Skip("viem not installed: run npm ci (make test does)")
	}
	d := startDevnet(t, 4)
	to := common.HexToAddress("0x000000000000000000000000000000000000beef")
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", filepath.Join("testdata", "viem-transfer.mjs"), d.Manifest.Nodes[3].RPC, d.Manifest.Accounts[0].PrivateKey, to.Hex())
	out, err := cmd.Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		t.Fatalf("viem script: %v\n%s\n%s", err, out, stderr)
	}
	var res struct {
		Hash          common.Hash
		Status        string
		BlockNumber   string
		Before, After string
		Value         string
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("viem script printed %q: %v", out, err)
	}
	before, _ := new(big.Int).SetString(res.Before, 10)
	after, _ := new(big.Int).SetString(res.After, 10)
	value, _ := new(big.Int).SetString(res.Value, 10)
	if res.Status != "success" || new(big.Int).Sub(after, before).Cmp(value) != 0 {
		t.Fatalf("viem saw status %q, balance %s -> %s for a %s wei transfer", res.Status, res.Before, res.After, res.Value)
	}
	// The receipt viem waited for is the one every node has.
	r, err := ethClient(t, d, 0).TransactionReceipt(ctx, res.Hash)
	if err != nil || r.BlockNumber.String() != res.BlockNumber {
		t.Fatalf("node 0 receipt for %s: %v (err %v), viem saw block %s", res.Hash, r, err, res.BlockNumber)
	}
	t.Logf("viem: %s in block %s, balance %s -> %s", res.Hash, res.BlockNumber, res.Before, res.After)
}
