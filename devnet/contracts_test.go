package devnet

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/rollup/genesis"
)

// TestDevnetDeploysContracts: the devnet's L1 carries nodeop's contracts,
// wired to each other, and the rollup config names the BatchInbox as both
// the batch inbox and the system config, as op-node will read them.
func TestDevnetDeploysContracts(t *testing.T) {
	d := startDevnet(t, 4)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	l1c, err := ethclient.DialContext(ctx, d.Manifest.L1.RPC)
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	for name, addr := range d.Manifest.Contracts {
		code, err := l1c.CodeAt(ctx, addr, nil)
		if err != nil || len(code) == 0 {
			t.Fatalf("%s at %s: %d bytes of code (%v)", name, addr, len(code), err)
		}
	}
	inboxAddr := d.Manifest.Contracts["batchInbox"]
	inbox, err := bindings.NewBatchInbox(inboxAddr, l1c)
	if err != nil {
		t.Fatal(err)
	}
	call := &bind.CallOpts{Context: ctx}
	if id, err := inbox.ChainId(call); err != nil || id != d.Manifest.ChainID {
		t.Fatalf("inbox chain id %d (%v), want %d", id, err, d.Manifest.ChainID)
	}
	if reg, err := inbox.Registry(call); err != nil || reg != d.Manifest.Contracts["registry"] {
		t.Fatalf("inbox registry %s (%v), want %s", reg, err, d.Manifest.Contracts["registry"])
	}
	rc, err := genesis.ReadRollupJSON(d.Manifest.RollupConfig)
	if err != nil {
		t.Fatal(err)
	}
	if rc.BatchInboxAddress != inboxAddr || rc.L1SystemConfigAddress != inboxAddr {
		t.Fatalf("rollup.json: batch inbox %s, system config %s; want both %s", rc.BatchInboxAddress, rc.L1SystemConfigAddress, inboxAddr)
	}
}
