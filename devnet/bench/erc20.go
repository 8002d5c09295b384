package bench

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/nodeop/nodeop/contracts"
)

// The loads the bench can offer (Config.Load).
const (
	// LoadETH is 1-wei ETH transfers to one address: the cheapest tx.
	LoadETH = "eth"
	// LoadERC20 is transfer(recipient, 1) calls on an ERC-20 every sender
	// holds: storage reads and writes and a log per tx, as most L2 traffic.
	LoadERC20 = "erc20"
)

const (
	// tokenTransferGas is the gas limit of a load ERC-20 transfer. One
	// uses about 52k when it is a recipient's first unit (a new storage
	// slot) and about 35k after (TestTokenTransfer measures both); the
	// rest is headroom. nodeop's ordering fills a block by gas limits, not
	// gas used, so this also bounds how many fit a block.
	tokenTransferGas = 65_000
	// tokenRecipientCount is how many fixed addresses the ERC-20 load pays
	// in turn: enough that a block writes many slots, few enough to read
	// all their balances back after a run.
	tokenRecipientCount = 256
	// tokenAmount is what each load transfer moves, in token units.
	tokenAmount = 1
	// senderTokens is each sender's token balance at genesis: one token
	// of 18 decimals, far more units than the maxTxs transfers of
	// tokenAmount a sender can be asked for.
	senderTokens = 1_000_000_000_000_000_000
)

// tokenAddress is where the ERC-20 lives in every bench genesis, outside
// the OP predeploy range.
var tokenAddress = common.HexToAddress("0x00000000000000000000000000000000000E2c20")

// validLoad reports whether kind names a load.
func validLoad(kind string) bool { return kind == LoadETH || kind == LoadERC20 }

// txGas is the gas limit of each tx of the configured load.
func (c Config) txGas() uint64 {
	if c.Load == LoadERC20 {
		return tokenTransferGas
	}
	return transferGas
}

// describeLoad says in words what a load's txs do, for the report.
func describeLoad(kind string) string {
	switch kind {
	case LoadERC20:
		return fmt.Sprintf("ERC-20 transfer(recipient, %d) calls to %d recipients", tokenAmount, tokenRecipientCount)
	case LoadETH, "": // reports from before Load existed
		return "1-wei ETH transfers"
	default:
		return kind
	}
}

// tokenRecipients are the addresses the ERC-20 load pays, none a sender's:
// hashes, so no one holds their keys.
func tokenRecipients() []common.Address {
	out := make([]common.Address, tokenRecipientCount)
	for i := range out {
		h := crypto.Keccak256(binary.BigEndian.AppendUint64([]byte("nodeop-bench-token-recipient"), uint64(i)))
		out[i] = common.BytesToAddress(h)
	}
	return out
}

// tokenBalanceSlot is the storage slot of TestToken's balanceOf[holder]:
// balanceOf is the contract's first state variable (its constants and the
// immutable totalSupply take none), so slot 0, and a mapping keeps key k
// at keccak256(pad32(k) ++ pad32(slot)).
func tokenBalanceSlot(holder common.Address) common.Hash {
	var buf [64]byte
	copy(buf[12:32], holder[:])
	return crypto.Keccak256Hash(buf[:])
}

// tokenAccount is TestToken as a genesis account in which every holder
// has senderTokens. Its runtime code is what the constructor returns for
// their total supply, run here in an in-memory EVM: the immutable
// totalSupply lives in the code, and the artifact's runtime code holds
// zeros in its place. The constructor's own storage (the whole supply to
// the deployer) is dropped for the holders' balances.
func tokenAccount(holders []common.Address) (types.Account, error) {
	art, err := contracts.Load("TestToken")
	if err != nil {
		return types.Account{}, fmt.Errorf("bench: %w", err)
	}
	supply := new(big.Int).Mul(big.NewInt(int64(len(holders))), new(big.Int).SetUint64(senderTokens))
	deploy, err := art.DeployData(supply)
	if err != nil {
		return types.Account{}, fmt.Errorf("bench: %w", err)
	}
	code, _, _, err := runtime.Create(deploy, &runtime.Config{})
	if err != nil {
		return types.Account{}, fmt.Errorf("bench: run the token's constructor: %w", err)
	}
	if len(code) != len(art.DeployedBytecode) {
		return types.Account{}, fmt.Errorf("bench: token constructor returned %d bytes of code, the artifact has %d", len(code), len(art.DeployedBytecode))
	}
	balance := common.BigToHash(new(big.Int).SetUint64(senderTokens))
	storage := make(map[common.Hash]common.Hash, len(holders))
	for _, h := range holders {
		storage[tokenBalanceSlot(h)] = balance
	}
	// Nonce 1, as a contract created after EIP-161 has.
	return types.Account{Code: code, Storage: storage, Balance: new(big.Int), Nonce: 1}, nil
}

// txCall is what a load tx does besides paying its fees.
type txCall struct {
	to    common.Address
	value *big.Int
	data  []byte
	gas   uint64
}

// loadCalls returns, for the given load kind and sender count, what the
// tx with sender s's nonce n does. ERC-20 tx i (sender i mod senders,
// nonce i / senders) pays recipient i mod tokenRecipientCount.
func loadCalls(kind string, senders int) (func(s, n int) txCall, error) {
	switch kind {
	case LoadETH:
		sink := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
		return func(int, int) txCall {
			return txCall{to: sink, value: big.NewInt(1), gas: transferGas}
		}, nil
	case LoadERC20:
		art, err := contracts.Load("TestToken")
		if err != nil {
			return nil, fmt.Errorf("bench: %w", err)
		}
		// One calldata per recipient, shared read-only by every signer
		// goroutine (signing copies it into the tx).
		data := make([][]byte, tokenRecipientCount)
		for i, to := range tokenRecipients() {
			if data[i], err = art.ABI.Pack("transfer", to, big.NewInt(tokenAmount)); err != nil {
				return nil, fmt.Errorf("bench: encode transfer: %w", err)
			}
		}
		return func(s, n int) txCall {
			return txCall{to: tokenAddress, value: new(big.Int), data: data[(n*senders+s)%tokenRecipientCount], gas: tokenTransferGas}
		}, nil
	default:
		return nil, fmt.Errorf("bench: unknown load %q: want %s or %s", kind, LoadETH, LoadERC20)
	}
}

// chainTokenTransfers is how many load transfers the chain executed, read
// from state: the recipients' token balances over tokenAmount. Together
// with chainTxs (the senders' nonces, which a reverted call also
// consumes) it shows whether every ERC-20 tx took effect.
func chainTokenTransfers(ctx context.Context, url string, sub *submitter) (int, error) {
	art, err := contracts.Load("TestToken")
	if err != nil {
		return 0, fmt.Errorf("bench: %w", err)
	}
	total := new(big.Int)
	for _, r := range tokenRecipients() {
		data, err := art.ABI.Pack("balanceOf", r)
		if err != nil {
			return 0, fmt.Errorf("bench: encode balanceOf: %w", err)
		}
		body := []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_call","params":[{"to":"` + tokenAddress.Hex() + `","data":"` + hexutil.Encode(data) + `"},"latest"]}`)
		res, rpcErr, err := sub.call(ctx, url, body)
		if err == nil && rpcErr != "" {
			err = errors.New(rpcErr)
		}
		if err != nil {
			return 0, fmt.Errorf("bench: token balance of %s: %w", r, err)
		}
		bal, err := decodeUint256(res)
		if err != nil {
			return 0, fmt.Errorf("bench: token balance of %s: %w", r, err)
		}
		total.Add(total, bal)
	}
	return transfersIn(total)
}

// decodeUint256 reads an eth_call result that is one ABI uint256.
func decodeUint256(res []byte) (*big.Int, error) {
	var out hexutil.Bytes
	if err := out.UnmarshalJSON(res); err != nil {
		return nil, fmt.Errorf("%q: %w", res, err)
	}
	if len(out) != 32 {
		return nil, fmt.Errorf("%d bytes returned, want a 32-byte word", len(out))
	}
	return new(big.Int).SetBytes(out), nil
}

// transfersIn is how many load transfers of tokenAmount the recipients'
// total balance amounts to.
func transfersIn(total *big.Int) (int, error) {
	q, r := new(big.Int).QuoRem(total, big.NewInt(tokenAmount), new(big.Int))
	if r.Sign() != 0 || !q.IsInt64() || q.Int64() > maxTxs {
		return 0, fmt.Errorf("bench: recipients hold %v token units, not a count of %d-unit load transfers", total, tokenAmount)
	}
	return int(q.Int64()), nil
}

// tokenWarnings flags an ERC-20 run whose transfers did not all take
// effect: txs that consumed their nonce but reverted, or ran out of gas.
func tokenWarnings(s System, kind string) []string {
	if kind != LoadERC20 || s.ChainTokenTransfers == s.ChainTxs {
		return nil
	}
	return []string{fmt.Sprintf("the recipients' token balances show %d transfers but the senders' nonces %d txs: %d ERC-20 txs did not take effect (reverted or out of gas)",
		s.ChainTokenTransfers, s.ChainTxs, s.ChainTxs-s.ChainTokenTransfers)}
}

// tokenLines sum up, for an ERC-20 report, each system's transfers on
// chain against its txs.
func tokenLines(r *Report) []string {
	if r.Params.Load != LoadERC20 {
		return nil
	}
	out := make([]string, 0, len(r.Systems))
	for _, s := range r.Systems {
		verdict := "all took effect"
		if s.ChainTokenTransfers != s.ChainTxs {
			verdict = "MISMATCH"
		}
		out = append(out, fmt.Sprintf("%s: %d transfers in the recipients' balances, %d txs by the senders' nonces, %d committed as observed: %s",
			s.Name, s.ChainTokenTransfers, s.ChainTxs, s.TotalCommitted, verdict))
	}
	return out
}
