package l1

import (
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"

	hdwallet "github.com/ethereum-optimism/go-ethereum-hdwallet"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// DevMnemonic is the well-known development mnemonic (the one Foundry, Hardhat
// and the OP Stack devnets use), so wallets and scripts already know its keys.
const DevMnemonic = "test test test test test test test test test test test junk"

// devAccountBalance is 1,000,000 ether: enough for any devnet deployment or
// deposit flood, small enough to stay far from uint256 overflow in tooling.
func devAccountBalance() *big.Int {
	return new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
}

// Account is a funded genesis account whose key is derived from DevMnemonic.
type Account struct {
	Index      int // i in m/44'/60'/0'/0/i
	Address    common.Address
	PrivateKey *ecdsa.PrivateKey
}

// PrivateKeyHex is the 0x-prefixed key, the form devnet prints and tools accept.
func (a Account) PrivateKeyHex() string {
	return hexutil.Encode(crypto.FromECDSA(a.PrivateKey))
}

// deriveAccounts derives the first n BIP-44 Ethereum accounts of the mnemonic.
func deriveAccounts(mnemonic string, n int) ([]Account, error) {
	wallet, err := hdwallet.NewFromMnemonic(mnemonic)
	if err != nil {
		return nil, fmt.Errorf("open mnemonic wallet: %w", err)
	}
	out := make([]Account, 0, n)
	for i := range n {
		path, err := hdwallet.ParseDerivationPath(fmt.Sprintf("m/44'/60'/0'/0/%d", i))
		if err != nil {
			return nil, fmt.Errorf("derivation path %d: %w", i, err)
		}
		acc, err := wallet.Derive(path, false)
		if err != nil {
			return nil, fmt.Errorf("derive account %d: %w", i, err)
		}
		key, err := wallet.PrivateKey(acc)
		if err != nil {
			return nil, fmt.Errorf("derive key %d: %w", i, err)
		}
		out = append(out, Account{Index: i, Address: acc.Address, PrivateKey: key})
	}
	return out, nil
}

// newChainConfig is a plain (non-Optimism) L1 that is proof-of-stake from
// block 0 and runs Prague but not Osaka: op-node v1.19.6 and op-geth's
// getPayloadV4/newPayloadV4 path are what the devnet exercises, and Osaka would
// switch blob sidecars to cell proofs that the batcher would then have to send.
func newChainConfig(chainID uint64) *params.ChainConfig {
	zero := func() *big.Int { return new(big.Int) }
	at := func(t uint64) *uint64 { return &t }
	return &params.ChainConfig{
		ChainID:                 new(big.Int).SetUint64(chainID),
		HomesteadBlock:          zero(),
		EIP150Block:             zero(),
		EIP155Block:             zero(),
		EIP158Block:             zero(),
		ByzantiumBlock:          zero(),
		ConstantinopleBlock:     zero(),
		PetersburgBlock:         zero(),
		IstanbulBlock:           zero(),
		MuirGlacierBlock:        zero(),
		BerlinBlock:             zero(),
		LondonBlock:             zero(),
		ArrowGlacierBlock:       zero(),
		GrayGlacierBlock:        zero(),
		MergeNetsplitBlock:      zero(),
		TerminalTotalDifficulty: zero(),
		ShanghaiTime:            at(0),
		CancunTime:              at(0),
		PragueTime:              at(0),
		BlobScheduleConfig: &params.BlobScheduleConfig{
			Cancun: params.DefaultCancunBlobConfig,
			Prague: params.DefaultPragueBlobConfig,
		},
	}
}

// newGenesis builds the genesis for an already defaulted Config. It only
// depends on cfg, so the same Config always yields the same genesis hash.
func newGenesis(cfg Config, accounts []Account) *core.Genesis {
	alloc := types.GenesisAlloc{
		// Prague processes these system contracts in every block; real L1s
		// have them, so contracts and op-node see the same behaviour here.
		params.BeaconRootsAddress:        {Nonce: 1, Code: params.BeaconRootsCode, Balance: new(big.Int)},
		params.HistoryStorageAddress:     {Nonce: 1, Code: params.HistoryStorageCode, Balance: new(big.Int)},
		params.WithdrawalQueueAddress:    {Nonce: 1, Code: params.WithdrawalQueueCode, Balance: new(big.Int)},
		params.ConsolidationQueueAddress: {Nonce: 1, Code: params.ConsolidationQueueCode, Balance: new(big.Int)},
	}
	for _, a := range accounts {
		alloc[a.Address] = types.Account{Balance: devAccountBalance()}
	}
	// Explicit entries win over the defaults: callers use Alloc precisely to
	// place their own contracts or balances.
	for addr, acc := range cfg.Alloc {
		alloc[addr] = acc
	}
	return &core.Genesis{
		Config:     newChainConfig(cfg.ChainID),
		Timestamp:  cfg.GenesisTime,
		GasLimit:   cfg.GasLimit,
		Difficulty: new(big.Int),
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Alloc:      alloc,
	}
}

// chainConfigJSON encodes the chain config the way op-node's
// --rollup.l1-chain-config reads it: a bare params.ChainConfig object decoded
// with unknown fields disallowed, which must carry a blobSchedule.
func chainConfigJSON(cc *params.ChainConfig) ([]byte, error) {
	if cc.BlobScheduleConfig == nil {
		return nil, fmt.Errorf("chain config %v has no blob schedule; op-node rejects it", cc.ChainID)
	}
	out, err := json.MarshalIndent(cc, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode chain config: %w", err)
	}
	return out, nil
}
