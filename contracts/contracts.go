// Package contracts holds nodeop's Solidity contracts as compiled artifacts
// (contracts/artifacts, produced from contracts/src by `make contracts`
// with solc-js) and loads them for deployment and calls.
package contracts

import (
	"embed"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

//go:embed artifacts/*.json
var artifacts embed.FS

// Artifact is one compiled contract.
type Artifact struct {
	Name             string
	ABI              abi.ABI
	Bytecode         []byte
	DeployedBytecode []byte
}

type artifactJSON struct {
	ContractName     string          `json:"contractName"`
	ABI              json.RawMessage `json:"abi"`
	Bytecode         hexutil.Bytes   `json:"bytecode"`
	DeployedBytecode hexutil.Bytes   `json:"deployedBytecode"`
}

// Load returns the artifact of the named contract.
func Load(name string) (*Artifact, error) {
	raw, err := artifacts.ReadFile("artifacts/" + name + ".json")
	if err != nil {
		return nil, fmt.Errorf("contracts: no artifact for %s: %w", name, err)
	}
	var a artifactJSON
	if err := json.Unmarshal(raw, &a); err != nil {
		return nil, fmt.Errorf("contracts: parse %s: %w", name, err)
	}
	parsed, err := abi.JSON(strings.NewReader(string(a.ABI)))
	if err != nil {
		return nil, fmt.Errorf("contracts: abi of %s: %w", name, err)
	}
	return &Artifact{Name: a.ContractName, ABI: parsed, Bytecode: a.Bytecode, DeployedBytecode: a.DeployedBytecode}, nil
}

// DeployData is the creation code followed by the ABI-encoded constructor
// arguments: the data of a contract-creation transaction.
func (a *Artifact) DeployData(args ...any) ([]byte, error) {
	enc, err := a.ABI.Pack("", args...)
	if err != nil {
		return nil, fmt.Errorf("contracts: constructor args of %s: %w", a.Name, err)
	}
	return append(append([]byte{}, a.Bytecode...), enc...), nil
}
