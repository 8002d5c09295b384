package sequencer

import (
	"bytes"
	"math/big"
	"strings"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
)

// TestFeeFloorIsNotAValidityRule: operators may run different fee floors;
// a block with a tx below one node's floor is still accepted and executed
// identically by that node, or the set would fork on a local setting.
func TestFeeFloorIsNotAValidityRule(t *testing.T) {
	alice := newSender(t, "alice")
	lax := newApp(t, func(c *Config) { c.Mempool.MinTipCap = big.NewInt(1) })
	strict := newApp(t, func(c *Config) { c.Mempool.MinTipCap = big.NewInt(10) })
	block := [][]byte{alice.transfer(t, 0, 5)}

	if res := checkTx(t, strict, block[0], abci.CheckTxType_New); res.Code == abci.CodeTypeOK {
		t.Fatal("strict node admitted a tx below its floor into its own pool")
	}
	for name, app := range map[string]*App{"lax": lax, "strict": strict} {
		if st := process(t, app, block); st != abci.ResponseProcessProposal_ACCEPT {
			t.Fatalf("%s node: ProcessProposal = %v, want ACCEPT", name, st)
		}
	}
	rl, rs := decide(t, lax, block), decide(t, strict, block)
	if !bytes.Equal(rl.AppHash, rs.AppHash) {
		t.Fatalf("app hashes differ: lax %x, strict %x", rl.AppHash, rs.AppHash)
	}
	if rl.TxResults[0].Code != abci.CodeTypeOK || rs.TxResults[0].Code != abci.CodeTypeOK {
		t.Fatalf("tx results: lax %d, strict %d; want both applied", rl.TxResults[0].Code, rs.TxResults[0].Code)
	}
}

func TestInitChainChecksGenesis(t *testing.T) {
	app := newApp(t)
	good := testConfig().Genesis
	tests := []struct {
		name    string
		state   []byte
		initial int64
		wantErr string
	}{
		{name: "same parameters", state: good.JSON(), initial: 1},
		{name: "other chain id", state: Genesis{ChainID: good.ChainID + 1, BlockGasLimit: good.BlockGasLimit}.JSON(), initial: 1, wantErr: "differs"},
		{name: "other gas limit", state: Genesis{ChainID: good.ChainID, BlockGasLimit: good.BlockGasLimit + 1}.JSON(), initial: 1, wantErr: "differs"},
		{name: "unknown field", state: []byte(`{"chain_id":901,"block_gas_limit":30000000,"extra":1}`), initial: 1, wantErr: "unknown field"},
		{name: "not json", state: []byte(`{`), initial: 1, wantErr: "app_state"},
		{name: "zero chain id", state: []byte(`{"chain_id":0,"block_gas_limit":30000000}`), initial: 1, wantErr: "chain_id"},
		{name: "initial height above 1", state: good.JSON(), initial: 5, wantErr: "initial height"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := app.InitChain(t.Context(), &abci.RequestInitChain{AppStateBytes: tc.state, InitialHeight: tc.initial})
			switch {
			case tc.wantErr == "" && err != nil:
				t.Fatalf("InitChain: %v", err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Fatalf("InitChain err = %v, want one containing %q", err, tc.wantErr)
			}
		})
	}
}
