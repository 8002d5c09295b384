// Package simtest runs contract tests on go-ethereum's simulated backend: a
// real EVM (with the BN254 precompiles) that mines a block per Commit.
package simtest

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nodeop/nodeop/contracts"
)

// Chain is a simulated L1 with funded accounts.
type Chain struct {
	Backend *simulated.Backend
	Client  simulated.Client
	ChainID *big.Int
	Keys    []*ecdsa.PrivateKey
	Addrs   []common.Address
}

// Balance is what every account starts with: 1,000,000 ETH.
var Balance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))

// Option adjusts the simulated node.
type Option = func(*node.Config, *ethconfig.Config)

// Prague runs the chain without Osaka, whose modexp repricing (EIP-7883)
// changes hashToG1's gas: the devnet L1 runs Prague.
func Prague() Option {
	return func(_ *node.Config, ec *ethconfig.Config) {
		cfg := *ec.Genesis.Config
		cfg.OsakaTime = nil
		blobs := *cfg.BlobScheduleConfig
		blobs.Osaka = nil
		cfg.BlobScheduleConfig = &blobs
		ec.Genesis.Config = &cfg
	}
}

// fastRecommit works around a lost wakeup in go-ethereum's simulated
// beacon: Commit waits on the payload's condition variable (WaitFull)
// without checking whether the full block is already built, and with the
// default 2 s recommit the builder broadcasts once per block, so a Commit
// that starts waiting after that broadcast hangs forever (seen in CI-like
// runs). Rebuilding every few milliseconds broadcasts again while Commit
// waits; Commit then resolves the payload, which stops the rebuilding.
func fastRecommit(_ *node.Config, ec *ethconfig.Config) {
	ec.Miner.Recommit = 5 * time.Millisecond
}

// New starts a chain with n funded accounts; it is closed when the test ends.
func New(t testing.TB, n int, opts ...Option) *Chain {
	t.Helper()
	c := &Chain{}
	alloc := types.GenesisAlloc{}
	for i := 0; i < n; i++ {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		a := crypto.PubkeyToAddress(k.PublicKey)
		c.Keys = append(c.Keys, k)
		c.Addrs = append(c.Addrs, a)
		alloc[a] = types.Account{Balance: new(big.Int).Set(Balance)}
	}
	c.Backend = simulated.NewBackend(alloc, append([]Option{fastRecommit}, opts...)...)
	t.Cleanup(func() { _ = c.Backend.Close() })
	c.Client = c.Backend.Client()
	id, err := c.Client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	c.ChainID = id
	return c
}

// Opts returns fresh transact options for account i.
func (c *Chain) Opts(t testing.TB, i int) *bind.TransactOpts {
	t.Helper()
	o, err := bind.NewKeyedTransactorWithChainID(c.Keys[i], c.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	o.Context = context.Background()
	return o
}

// Mine commits a block and returns tx's receipt, failing the test if tx failed.
func (c *Chain) Mine(t testing.TB, tx *types.Transaction) *types.Receipt {
	t.Helper()
	c.Backend.Commit()
	r, err := c.Client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		t.Fatalf("receipt of %s: %v", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("tx %s failed (gas used %d)", tx.Hash(), r.GasUsed)
	}
	return r
}

// MustSend mines the transaction a binding call returned, failing the test
// on a send error (decoded against contractABI, so reverts read by name).
func (c *Chain) MustSend(t testing.TB, contractABI *abi.ABI, tx *types.Transaction, err error) *types.Receipt {
	t.Helper()
	if err != nil {
		t.Fatalf("send: %v", contracts.DecodeRevert(contractABI, err))
	}
	return c.Mine(t, tx)
}

// Blocks mines n empty blocks.
func (c *Chain) Blocks(n int) {
	for i := 0; i < n; i++ {
		c.Backend.Commit()
	}
}

// BlockNumber is the head's number.
func (c *Chain) BlockNumber(t testing.TB) uint64 {
	t.Helper()
	n, err := c.Client.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// ABI parses a binding's ABI (its MetaData).
func ABI(t testing.TB, md *bind.MetaData) *abi.ABI {
	t.Helper()
	a, err := md.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	return a
}
