package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/nodeop/nodeop/batcher/keys"
	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/deploy"
	"github.com/nodeop/nodeop/contracts/eigen"
	"github.com/nodeop/nodeop/devnet"
	"github.com/nodeop/nodeop/sequencer/operator"
)

const registerUsage = `usage: nodeop register --contracts FILE --amount N (--config NODE_TOML | --keys DIR --password-file F --l1-rpc URL)

Stakes and registers an operator for the sequencer set, from its own L1
account (the keys' ECDSA key, which pays the gas) with its BLS key. With
EigenLayer (the contracts file says "stake": "eigenlayer") the account must
hold N of the strategy's token: it deposits until N are deposited, registers
as an EigenLayer operator, allocates all of it to nodeop's operator set and
joins the set and the OperatorRegistry. Natively it deposits ETH until N
are staked and registers. Steps already done are skipped, so the command
can be run again after a failure. The stake counts from the registry's
next epoch.

--contracts is a JSON file with "stake" and "contracts" as in a devnet's
devnet.json (which works as is).`

// contractsFile is the part of a devnet manifest, or of a deployment's
// published addresses, that registration needs.
type contractsFile struct {
	Stake     string                    `json:"stake"`
	Contracts map[string]common.Address `json:"contracts"`
}

func runRegister(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("register", flag.ContinueOnError)
	cfgPath := fs.String("config", "", "the operator node's nodeop.toml: keys_dir, keys_password_file and l1_rpc come from it")
	keysDir := fs.String("keys", "", "folder holding the operator's ecdsa.json and bls.json (overrides --config)")
	pwFile := fs.String("password-file", "", "file whose first line is the keys' password (overrides --config)")
	l1RPC := fs.String("l1-rpc", "", "L1 JSON-RPC URL (overrides --config)")
	contractsPath := fs.String("contracts", "", "JSON file with the deployment's stake source and contract addresses (a devnet.json works)")
	amountStr := fs.String("amount", "", "stake, in whole tokens (EigenLayer: the strategy's token; native: ETH), decimals allowed")
	metadata := fs.String("metadata-uri", "", "EigenLayer operator metadata URI")
	timeout := fs.Duration("timeout", 5*time.Minute, "give up after this long")
	fs.Usage = func() { fmt.Fprintln(fs.Output(), registerUsage); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := applyEnv(fs); err != nil {
		return err
	}
	if *cfgPath != "" {
		cfg, err := operator.LoadConfig(*cfgPath)
		if err != nil {
			return err
		}
		*keysDir = cmp.Or(*keysDir, cfg.KeysDir)
		*pwFile = cmp.Or(*pwFile, cfg.KeysPasswordFile)
		*l1RPC = cmp.Or(*l1RPC, cfg.L1RPC)
	}
	if *keysDir == "" || *pwFile == "" || *l1RPC == "" || *contractsPath == "" || *amountStr == "" {
		return errors.New(registerUsage)
	}
	amount, err := parseAmount(*amountStr)
	if err != nil {
		return err
	}
	cf, err := readContracts(*contractsPath)
	if err != nil {
		return err
	}
	raw, err := os.ReadFile(*pwFile)
	if err != nil {
		return fmt.Errorf("password: %w", err)
	}
	password, _, _ := strings.Cut(string(raw), "\n")
	k, err := keys.Load(*keysDir, password)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	client, err := ethclient.DialContext(ctx, *l1RPC)
	if err != nil {
		return fmt.Errorf("dial L1 %s: %w", *l1RPC, err)
	}
	defer client.Close()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("L1 chain id: %w", err)
	}
	opts := bind.NewKeyedTransactor(k.ECDSA, chainID)
	opts.Context = ctx
	registry, err := bindings.NewOperatorRegistry(cf.Contracts["registry"], client)
	if err != nil {
		return err
	}
	switch cf.Stake {
	case devnet.StakeEigenLayer:
		m := &devnet.Manifest{Stake: cf.Stake, Contracts: cf.Contracts}
		core, avs, err := m.EigenLayer(client)
		if err != nil {
			return err
		}
		op := &eigen.Operator{Core: core, AVS: avs, Backend: client, Opts: opts}
		if err := op.Onboard(ctx, avs.Strategies[0], amount, k.BLS, *metadata); err != nil {
			return fmt.Errorf("register %s on EigenLayer: %w", k.Address(), err)
		}
	case devnet.StakeNative:
		if err := registerNative(ctx, client, chainID, opts, cf, registry, k, amount); err != nil {
			return fmt.Errorf("register %s: %w", k.Address(), err)
		}
	default:
		return fmt.Errorf("%s: stake %q: want %q or %q", *contractsPath, cf.Stake, devnet.StakeEigenLayer, devnet.StakeNative)
	}
	call := &bind.CallOpts{Context: ctx}
	next, err := registry.NextEpochBlock(call)
	if err != nil {
		return fmt.Errorf("registry's next epoch: %w", err)
	}
	fmt.Printf("operator %s registered with BLS key %s; its stake counts from the registry epoch starting at L1 block %v or later\n",
		k.Address(), k.BLS.GetPubKeyG1().String(), next)
	return nil
}

// registerNative stakes ETH in the NativeStakeSource until amount is
// staked, then registers the BLS key unless the registry has it.
func registerNative(ctx context.Context, client *ethclient.Client, chainID *big.Int, opts *bind.TransactOpts, cf *contractsFile, registry *bindings.OperatorRegistry, k *keys.Keys, amount *big.Int) error {
	call := &bind.CallOpts{Context: ctx}
	src, err := bindings.NewNativeStakeSource(cf.Contracts["stakeSource"], client)
	if err != nil {
		return err
	}
	have, err := src.StakeOf(call, k.Address())
	if err != nil {
		return fmt.Errorf("stake: %w", err)
	}
	if missing := new(big.Int).Sub(amount, have); missing.Sign() > 0 {
		o := *opts
		o.Value = missing
		tx, err := src.Deposit(&o)
		if err != nil {
			return fmt.Errorf("deposit: %w", err)
		}
		if err := waitOK(ctx, client, tx); err != nil {
			return fmt.Errorf("deposit: %w", err)
		}
	}
	info, err := registry.OperatorInfo(call, k.Address())
	if err != nil {
		return fmt.Errorf("registry entry: %w", err)
	}
	if info.Registered {
		return nil
	}
	tx, err := deploy.NewRegistration(k.BLS, chainID, cf.Contracts["registry"], k.Address()).Send(opts, registry)
	if err != nil {
		return err
	}
	return waitOK(ctx, client, tx)
}

func waitOK(ctx context.Context, client *ethclient.Client, tx *types.Transaction) error {
	r, err := bind.WaitMined(ctx, client, tx.Hash())
	if err != nil {
		return fmt.Errorf("wait for %s: %w", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("tx %s reverted", tx.Hash())
	}
	return nil
}

func readContracts(path string) (*contractsFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("contracts: %w", err)
	}
	cf := new(contractsFile)
	if err := json.Unmarshal(data, cf); err != nil {
		return nil, fmt.Errorf("contracts %s: %w", path, err)
	}
	need := []string{"registry", "stakeSource"}
	if cf.Stake == devnet.StakeEigenLayer {
		need = append(need, "allocationManager", "delegationManager", "strategyManager", "strategy", "registrar")
	}
	for _, name := range need {
		if cf.Contracts[name] == (common.Address{}) {
			return nil, fmt.Errorf("contracts %s: no address for %q", path, name)
		}
	}
	return cf, nil
}

// parseAmount reads a decimal number of whole tokens (18 decimals) as
// base units: "32", "0.5", "1.000000000000000001".
func parseAmount(s string) (*big.Int, error) {
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" && frac == "" || len(frac) > 18 || strings.ContainsAny(s, "+-eE ") {
		return nil, fmt.Errorf("amount %q: want a positive decimal with at most 18 decimals", s)
	}
	n, ok := new(big.Int).SetString(cmp.Or(whole, "0")+frac+strings.Repeat("0", 18-len(frac)), 10)
	if !ok || n.Sign() <= 0 {
		return nil, fmt.Errorf("amount %q: want a positive decimal with at most 18 decimals", s)
	}
	return n, nil
}
