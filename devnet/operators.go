package devnet

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"golang.org/x/sync/errgroup"

	"github.com/nodeop/nodeop/batcher/keys"
	"github.com/nodeop/nodeop/contracts/deploy"
	"github.com/nodeop/nodeop/contracts/eigen"
	"github.com/nodeop/nodeop/devnet/l1"
)

// Operator keys of a devnet node live in its home, encrypted with a
// password kept next to them (so with keys.LightKDF: a costly KDF would
// protect nothing and add seconds to every init and start): a devnet
// convenience only. A real operator
// creates its keys with `nodeop keys new` and keeps the password apart.
const (
	keysDir      = "keys"
	passwordFile = "keys-password"
	devPassword  = "nodeop-devnet"
)

// operatorFunding is what each devnet operator gets on L1 (gas for its
// batch commits), operatorStake what it stakes.
var (
	operatorFunding = new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	operatorStake   = new(big.Int).Mul(big.NewInt(32), big.NewInt(params.Ether))
)

// newOperatorKeys creates node i's operator keys in its home.
func newOperatorKeys(home string) (*keys.Keys, error) {
	k, err := keys.Generate()
	if err != nil {
		return nil, fmt.Errorf("devnet: operator keys: %w", err)
	}
	if err := os.MkdirAll(home, 0o700); err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	if err := k.SaveWith(filepath.Join(home, keysDir), devPassword, keys.LightKDF); err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	if err := os.WriteFile(filepath.Join(home, passwordFile), []byte(devPassword+"\n"), 0o600); err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	return k, nil
}

// onboardOperators does on L1 what each operator does to join: fund its
// L1 account (from dev account 0, as a stand-in for the operator's own
// money), stake (with EigenLayer: receive the LST, deposit it, register as
// an EigenLayer operator, allocate it to nodeop's set; natively: deposit
// ETH), register its BLS key with a proof of possession; then it advances
// the registry's epoch so the set signs from the first batch.
func onboardOperators(ctx context.Context, chain *l1.L1, system *onchain, ops []*keys.Keys) error {
	client, err := ethclient.DialContext(ctx, chain.RPCURL())
	if err != nil {
		return fmt.Errorf("devnet: dial L1: %w", err)
	}
	defer client.Close()
	chainID := chain.ChainConfig().ChainID
	funder := bind.NewKeyedTransactor(chain.Accounts()[0].PrivateKey, chainID)
	funder.Context = ctx
	var pending []*types.Transaction
	// One nonce read, then counted here: the pool's pending nonce can lag
	// a tx just sent, and reusing it would try to replace that tx.
	nonce, err := client.PendingNonceAt(ctx, funder.From)
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	for _, k := range ops {
		tip := big.NewInt(params.GWei)
		tx := types.NewTx(&types.DynamicFeeTx{
			ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: big.NewInt(100 * params.GWei),
			Gas: 21_000, To: ptr(k.Address()), Value: operatorFunding,
		})
		signed, err := funder.Signer(funder.From, tx)
		if err != nil {
			return fmt.Errorf("devnet: sign funding: %w", err)
		}
		if err := client.SendTransaction(ctx, signed); err != nil {
			return fmt.Errorf("devnet: fund operator %s: %w", k.Address(), err)
		}
		pending = append(pending, signed)
		nonce++
		if system.token != nil {
			o := *funder
			o.Nonce = new(big.Int).SetUint64(nonce)
			tx, err := system.token.Transfer(&o, k.Address(), operatorStake)
			if err != nil {
				return fmt.Errorf("devnet: stake tokens to %s: %w", k.Address(), err)
			}
			pending = append(pending, tx)
			nonce++
		}
	}
	if err := waitAll(ctx, client, pending); err != nil {
		return err
	}
	// Each operator's steps depend on each other; operators do not.
	g, gctx := errgroup.WithContext(ctx)
	for _, k := range ops {
		opts := bind.NewKeyedTransactor(k.ECDSA, chainID)
		opts.Context = gctx
		g.Go(func() error {
			if system.avs != nil {
				op := &eigen.Operator{Core: system.core, AVS: system.avs, Backend: client, Opts: opts}
				if err := op.Onboard(gctx, system.core.Strategies[0], operatorStake, k.BLS, ""); err != nil {
					return fmt.Errorf("devnet: operator %s on EigenLayer: %w", k.Address(), err)
				}
				return nil
			}
			stake := *opts
			stake.Value = operatorStake
			tx, err := system.native.Deposit(&stake)
			if err != nil {
				return fmt.Errorf("devnet: stake of %s: %w", k.Address(), err)
			}
			if err := waitAll(gctx, client, []*types.Transaction{tx}); err != nil {
				return err
			}
			reg := deploy.NewRegistration(k.BLS, chainID, system.addrs["registry"], k.Address())
			if tx, err = reg.Send(opts, system.registry); err != nil {
				return fmt.Errorf("devnet: %w", err)
			}
			return waitAll(gctx, client, []*types.Transaction{tx})
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	call := &bind.CallOpts{Context: ctx}
	ready, err := system.registry.NextEpochBlock(call)
	if err != nil {
		return fmt.Errorf("devnet: next epoch block: %w", err)
	}
	for {
		head, err := client.BlockNumber(ctx)
		if err != nil {
			return fmt.Errorf("devnet: %w", err)
		}
		// Gas estimation runs the call at the head's number, so the head
		// itself must have reached the epoch boundary.
		if head >= ready.Uint64() {
			break
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("devnet: waiting for the registry's epoch: %w", ctx.Err())
		case <-time.After(chain.SlotTime() / 2):
		}
	}
	opts := bind.NewKeyedTransactor(chain.Accounts()[0].PrivateKey, chainID)
	opts.Context = ctx
	tx, err := system.registry.AdvanceEpoch(opts)
	if err != nil {
		return fmt.Errorf("devnet: advance epoch: %w", err)
	}
	return waitAll(ctx, client, []*types.Transaction{tx})
}

// waitAll waits for every tx's receipt and fails on a reverted one.
func waitAll(ctx context.Context, client *ethclient.Client, txs []*types.Transaction) error {
	for _, tx := range txs {
		r, err := bind.WaitMined(ctx, client, tx.Hash())
		if err != nil {
			return fmt.Errorf("devnet: wait for %s: %w", tx.Hash(), err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("devnet: tx %s reverted", tx.Hash())
		}
	}
	return nil
}

func ptr[T any](v T) *T { return &v }
