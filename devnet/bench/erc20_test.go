package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nodeop/nodeop/contracts"
)

// TestTokenBalanceSlot checks the derived slot of balanceOf[holder]
// against the contract itself: its constructor credits the deployer, and
// that credit must sit where tokenBalanceSlot says.
func TestTokenBalanceSlot(t *testing.T) {
	art, err := contracts.Load("TestToken")
	if err != nil {
		t.Fatal(err)
	}
	deployer := common.HexToAddress("0x00000000000000000000000000000000000000d1")
	supply := big.NewInt(123_456_789)
	deploy, err := art.DeployData(supply)
	if err != nil {
		t.Fatal(err)
	}
	st, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		t.Fatal(err)
	}
	_, addr, _, err := runtime.Create(deploy, &runtime.Config{Origin: deployer, State: st})
	if err != nil {
		t.Fatal(err)
	}
	if got := st.GetState(addr, tokenBalanceSlot(deployer)).Big(); got.Cmp(supply) != 0 {
		t.Fatalf("slot %s holds %v, want the supply %v", tokenBalanceSlot(deployer), got, supply)
	}
}

// TestTokenGenesis builds an in-memory chain from the ERC-20 load's
// genesis alloc, executes a signed ERC-20 load on it in one block, and
// reads the token back through its own code: every transfer succeeds
// within its gas limit, and balanceOf and totalSupply add up.
func TestTokenGenesis(t *testing.T) {
	const senders = 3
	// Every recipient paid at least twice: the first transfer to a
	// recipient writes a new slot, later ones an existing one.
	total := 2*tokenRecipientCount + 5
	cfg := DefaultConfig()
	cfg.Senders = senders
	cfg.Load = LoadERC20
	alloc, err := cfg.genesisAlloc()
	if err != nil {
		t.Fatal(err)
	}
	// Every fork through Osaka, as the devnet's L2 (Karst) runs; a copy,
	// as the chain may write to its config.
	chainCfg := *params.MergedTestChainConfig
	gen := &core.Genesis{
		Config:   &chainCfg,
		Alloc:    alloc,
		GasLimit: 60_000_000,
		BaseFee:  big.NewInt(params.InitialBaseFee),
	}
	keys, err := senderKeys(senders)
	if err != nil {
		t.Fatal(err)
	}
	set, err := signAll(context.Background(), chainCfg.ChainID, keys, total, LoadERC20)
	if err != nil {
		t.Fatal(err)
	}
	engine := beacon.New(ethash.NewFaker())
	_, blocks, receipts := core.GenerateChainWithGenesis(gen, engine, 1, func(_ int, b *core.BlockGen) {
		for i := range total {
			tx := new(types.Transaction)
			if err := tx.UnmarshalBinary(set.bySender[i%senders][i/senders].raw); err != nil {
				t.Fatal(err)
			}
			b.AddTx(tx)
		}
	})
	// Imported by a fresh chain, which re-executes and checks the block.
	chain, err := core.NewBlockChain(rawdb.NewMemoryDatabase(), gen, engine, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Stop()
	if n, err := chain.InsertChain(blocks); err != nil {
		t.Fatalf("insert block %d: %v", n, err)
	}
	var most, least uint64 = 0, tokenTransferGas
	for i, r := range receipts[0] {
		if r.Status != types.ReceiptStatusSuccessful || len(r.Logs) != 1 {
			t.Fatalf("tx %d: status %d, %d logs", i, r.Status, len(r.Logs))
		}
		most, least = max(most, r.GasUsed), min(least, r.GasUsed)
	}
	t.Logf("ERC-20 transfer gas: %d to %d (limit %d)", least, most, tokenTransferGas)
	// Gas costs change between forks; keep some in hand.
	if most+10_000 > tokenTransferGas {
		t.Errorf("a transfer used %d gas, too close to the limit %d", most, tokenTransferGas)
	}

	st, err := chain.State()
	if err != nil {
		t.Fatal(err)
	}
	art, err := contracts.Load("TestToken")
	if err != nil {
		t.Fatal(err)
	}
	call := func(from common.Address, method string, args ...any) (*big.Int, error) {
		t.Helper()
		data, err := art.ABI.Pack(method, args...)
		if err != nil {
			t.Fatal(err)
		}
		out, _, err := runtime.Call(tokenAddress, data, &runtime.Config{ChainConfig: &chainCfg, State: st, Origin: from, BlockNumber: big.NewInt(2), Time: blocks[0].Time()})
		if err != nil {
			return nil, err
		}
		return decodeUint256([]byte(`"` + hexutil.Encode(out) + `"`))
	}
	got := new(big.Int)
	for j, r := range tokenRecipients() {
		bal, err := call(common.Address{}, "balanceOf", r)
		if err != nil {
			t.Fatal(err)
		}
		// Tx i pays recipient i mod the recipient count.
		if want := (total - j + tokenRecipientCount - 1) / tokenRecipientCount * tokenAmount; bal.Cmp(big.NewInt(int64(want))) != 0 {
			t.Fatalf("recipient %d holds %v, want %d", j, bal, want)
		}
		got.Add(got, bal)
	}
	if n, err := transfersIn(got); err != nil || n != total {
		t.Fatalf("recipients' balances imply %d transfers (%v), want %d", n, err, total)
	}
	addrs, _ := SenderAddresses(senders)
	for s, a := range addrs {
		bal, err := call(common.Address{}, "balanceOf", a)
		if err != nil {
			t.Fatal(err)
		}
		want := new(big.Int).SetUint64(senderTokens - uint64(jobsOf(total, senders, s)*tokenAmount))
		if bal.Cmp(want) != 0 {
			t.Fatalf("sender %d holds %v, want %v", s, bal, want)
		}
	}
	if supply, err := call(common.Address{}, "totalSupply"); err != nil || supply.Cmp(new(big.Int).Mul(big.NewInt(senders), new(big.Int).SetUint64(senderTokens))) != 0 {
		t.Fatalf("totalSupply %v (%v), want every sender's holding", supply, err)
	}
	// A sender cannot move more than the genesis gave it: the balance is
	// what the contract enforces, not just what it reports.
	if _, err := call(addrs[0], "transfer", tokenRecipients()[0], new(big.Int).SetUint64(senderTokens)); err == nil {
		t.Fatal("a transfer over the sender's balance succeeded")
	}
}

func TestGenesisAllocByLoad(t *testing.T) {
	for _, tc := range []struct {
		load      string
		accounts  int
		withToken bool
	}{
		{LoadETH, 5, false},
		{LoadERC20, 6, true},
	} {
		t.Run(tc.load, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.Senders = 5
			cfg.Load = tc.load
			alloc, err := cfg.genesisAlloc()
			if err != nil {
				t.Fatal(err)
			}
			tok, ok := alloc[tokenAddress]
			if len(alloc) != tc.accounts || ok != tc.withToken {
				t.Fatalf("%d accounts, token %v; want %d, %v", len(alloc), ok, tc.accounts, tc.withToken)
			}
			addrs, _ := SenderAddresses(cfg.Senders)
			for _, a := range addrs {
				if alloc[a].Balance.Cmp(senderFunds) != 0 {
					t.Fatalf("sender %s has %v wei", a, alloc[a].Balance)
				}
				if tc.withToken && tok.Storage[tokenBalanceSlot(a)].Big().Uint64() != senderTokens {
					t.Fatalf("sender %s has no tokens", a)
				}
			}
			if tc.withToken && len(tok.Storage) != cfg.Senders {
				t.Fatalf("token storage has %d slots, want one per sender", len(tok.Storage))
			}
		})
	}
}

func TestLoadCalls(t *testing.T) {
	art, err := contracts.Load("TestToken")
	if err != nil {
		t.Fatal(err)
	}
	recipients := tokenRecipients()
	for _, tc := range []struct {
		load    string
		s, n    int
		to      common.Address
		value   int64
		gas     uint64
		payee   int // recipient index of an ERC-20 transfer
		wantErr bool
	}{
		{load: LoadETH, s: 2, n: 7, to: common.HexToAddress("0xdEaD"), value: 1, gas: transferGas},
		{load: LoadERC20, s: 0, n: 0, to: tokenAddress, gas: tokenTransferGas, payee: 0},
		{load: LoadERC20, s: 3, n: 2, to: tokenAddress, gas: tokenTransferGas, payee: 2*10 + 3},
		{load: LoadERC20, s: 9, n: 30, to: tokenAddress, gas: tokenTransferGas, payee: (30*10 + 9) % tokenRecipientCount},
		{load: "usdc", wantErr: true},
	} {
		t.Run(fmt.Sprintf("%s/%d/%d", tc.load, tc.s, tc.n), func(t *testing.T) {
			callOf, err := loadCalls(tc.load, 10)
			if tc.wantErr {
				if err == nil {
					t.Fatal("unknown load accepted")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			c := callOf(tc.s, tc.n)
			if c.to != tc.to || c.value.Cmp(big.NewInt(tc.value)) != 0 || c.gas != tc.gas {
				t.Fatalf("call %+v, want to %s value %d gas %d", c, tc.to, tc.value, tc.gas)
			}
			if tc.load == LoadETH {
				if len(c.data) != 0 {
					t.Fatalf("ETH transfer with data %x", c.data)
				}
				return
			}
			want, _ := art.ABI.Pack("transfer", recipients[tc.payee], big.NewInt(tokenAmount))
			if string(c.data) != string(want) {
				t.Fatalf("data %x, want transfer to recipient %d", c.data, tc.payee)
			}
		})
	}
	if len(recipients) != tokenRecipientCount || recipients[0] == recipients[1] {
		t.Fatal("recipients are not distinct")
	}
	senders, _ := SenderAddresses(tokenRecipientCount)
	for _, s := range senders {
		for _, r := range recipients {
			if s == r {
				t.Fatalf("recipient %s is a sender", r)
			}
		}
	}
}

func TestValidateLoad(t *testing.T) {
	for _, tc := range []struct {
		name     string
		load     string
		gasLimit uint64
		err      string
	}{
		{"eth", LoadETH, 60_000_000, ""},
		{"erc20", LoadERC20, 60_000_000, ""},
		{"eth in one tx's gas", LoadETH, transferGas, ""},
		{"erc20 in one tx's gas", LoadERC20, tokenTransferGas, ""},
		{"erc20 too little gas", LoadERC20, tokenTransferGas - 1, "cannot hold one erc20 tx"},
		{"empty", "", 60_000_000, `load ""`},
		{"unknown", "nft", 60_000_000, `load "nft"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := ShortConfig()
			cfg.Load, cfg.BlockGasLimit = tc.load, tc.gasLimit
			err := cfg.Validate()
			if tc.err == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("err %v, want one containing %q", err, tc.err)
			}
		})
	}
}

func TestTransfersIn(t *testing.T) {
	for _, tc := range []struct {
		total *big.Int
		want  int
		ok    bool
	}{
		{big.NewInt(0), 0, true},
		{big.NewInt(300 * tokenAmount), 300, true},
		{big.NewInt(maxTxs * tokenAmount), maxTxs, true},
		{big.NewInt((maxTxs + 1) * tokenAmount), 0, false},
		{new(big.Int).Lsh(big.NewInt(1), 200), 0, false},
	} {
		got, err := transfersIn(tc.total)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("transfersIn(%v) = %d, %v; want %d, ok %v", tc.total, got, err, tc.want, tc.ok)
		}
	}
}

func TestDecodeUint256(t *testing.T) {
	word := `"0x` + strings.Repeat("0", 62) + `2a"`
	for _, tc := range []struct {
		res  string
		want int64
		ok   bool
	}{
		{word, 42, true},
		{`"0x2a"`, 0, false},
		{`"0x"`, 0, false},
		{`42`, 0, false},
	} {
		got, err := decodeUint256([]byte(tc.res))
		if (err == nil) != tc.ok || (tc.ok && got.Int64() != tc.want) {
			t.Errorf("decodeUint256(%s) = %v, %v; want %d, ok %v", tc.res, got, err, tc.want, tc.ok)
		}
	}
}

// TestChainTokenTransfers reads the recipients' balances from a JSON-RPC
// endpoint that answers eth_call as a node would.
func TestChainTokenTransfers(t *testing.T) {
	art, err := contracts.Load("TestToken")
	if err != nil {
		t.Fatal(err)
	}
	balance := map[string]int64{}
	for i, r := range tokenRecipients() {
		data, _ := art.ABI.Pack("balanceOf", r)
		balance[hexutil.Encode(data)] = int64(i%3) * tokenAmount // 0, 1, 2, 0, ...
	}
	want := 0
	for i := range tokenRecipientCount {
		want += i % 3
	}
	for _, tc := range []struct {
		name   string
		answer func(to, data string) string
		want   int
		err    string
	}{
		{"balances", func(to, data string) string {
			if !strings.EqualFold(to, tokenAddress.Hex()) {
				return `"error":{"code":-32000,"message":"call to ` + to + `"}`
			}
			return `"result":"` + hexutil.Encode(common.BigToHash(big.NewInt(balance[data])).Bytes()) + `"`
		}, want, ""},
		{"reverted", func(string, string) string {
			return `"error":{"code":3,"message":"execution reverted"}`
		}, 0, "execution reverted"},
		{"short result", func(string, string) string { return `"result":"0x01"` }, 0, "32-byte word"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				body, _ := io.ReadAll(r.Body)
				var req struct {
					Method string            `json:"method"`
					Params []json.RawMessage `json:"params"`
				}
				var call struct{ To, Data string }
				if json.Unmarshal(body, &req) != nil || req.Method != "eth_call" || len(req.Params) != 2 || json.Unmarshal(req.Params[0], &call) != nil || string(req.Params[1]) != `"latest"` {
					http.Error(w, "bad request "+string(body), http.StatusBadRequest)
					return
				}
				fmt.Fprintf(w, `{"jsonrpc":"2.0","id":1,%s}`, tc.answer(call.To, call.Data))
			}))
			defer srv.Close()
			sub := newSubmitter(1)
			defer sub.close()
			got, err := chainTokenTransfers(context.Background(), srv.URL, sub)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err %v, want one containing %q", err, tc.err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("got %d (%v), want %d", got, err, tc.want)
			}
		})
	}
}

func TestTokenWarningsAndLines(t *testing.T) {
	for _, tc := range []struct {
		name     string
		load     string
		tokens   int
		warn     string // substring of the one warning, "" for none
		verdict  string
		maxBlock int
		gasWarn  bool
	}{
		{"eth ignores tokens", LoadETH, 0, "", "", 900, false},
		{"all executed", LoadERC20, 500, "", "all took effect", 900, false},
		{"some reverted", LoadERC20, 480, "20 ERC-20 txs did not take effect", "MISMATCH", 900, false},
		// 924 transfers of 65k gas pass 60M where 924 ETH transfers do not.
		{"full blocks of token txs", LoadERC20, 500, "", "all took effect", 923, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := System{Name: "sys", ChainTxs: 500, TotalCommitted: 500, ChainTokenTransfers: tc.tokens, MaxTxsPerBlock: tc.maxBlock}
			w := tokenWarnings(s, tc.load)
			if (tc.warn == "") != (len(w) == 0) || (tc.warn != "" && (len(w) != 1 || !strings.Contains(w[0], tc.warn))) {
				t.Fatalf("warnings %q, want %q", w, tc.warn)
			}
			r := &Report{Params: Params{Load: tc.load}, Systems: []System{s}}
			lines := tokenLines(r)
			if (tc.verdict == "") != (len(lines) == 0) || (tc.verdict != "" && !strings.HasSuffix(lines[0], tc.verdict)) {
				t.Fatalf("lines %q, want verdict %q", lines, tc.verdict)
			}
			cfg := Config{Load: tc.load}
			gw := warnings(s, 60_000_000, cfg.txGas())
			if got := len(gw) == 1 && strings.Contains(gw[0], "gas limit"); got != tc.gasWarn {
				t.Fatalf("gas limit warnings %q, want one: %v", gw, tc.gasWarn)
			}
		})
	}
}

func TestDescribeLoad(t *testing.T) {
	for load, want := range map[string]string{
		LoadETH: "1-wei ETH transfers", "": "1-wei ETH transfers", LoadERC20: "ERC-20 transfer(recipient, 1) calls to 256 recipients",
	} {
		if got := describeLoad(load); got != want {
			t.Errorf("describeLoad(%q) = %q, want %q", load, got, want)
		}
	}
}
