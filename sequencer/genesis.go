package sequencer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/nodeop/nodeop/internal/txn"
)

// Genesis is the app_state of the CometBFT genesis: the chain parameters
// every validator must share because blocks are judged by them. Keeping
// them in the one file all validators already agree on (its hash is part
// of the chain's identity) rules out a node whose own config disagrees.
type Genesis struct {
	ChainID       uint64 `json:"chain_id"`
	BlockGasLimit uint64 `json:"block_gas_limit"`
	// L2GenesisHash pins the rollup's files every operator loads: its L2
	// genesis, and through it the rollup config.
	L2GenesisHash common.Hash `json:"l2_genesis_hash"`
}

// ParseGenesis decodes and checks an app_state.
func ParseGenesis(appState []byte) (Genesis, error) {
	var g Genesis
	dec := json.NewDecoder(bytes.NewReader(appState))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		return g, fmt.Errorf("sequencer: genesis app_state: %w", err)
	}
	return g, g.Validate()
}

// Validate reports an unusable parameter.
func (g Genesis) Validate() error {
	switch {
	case g.ChainID == 0:
		return errors.New("sequencer: genesis chain_id must be positive")
	case g.BlockGasLimit < 21_000:
		return fmt.Errorf("sequencer: genesis block_gas_limit %d cannot hold a transfer", g.BlockGasLimit)
	}
	return nil
}

// Rules are the consensus rules the parameters imply.
func (g Genesis) Rules() txn.Rules {
	return txn.Rules{ChainID: new(big.Int).SetUint64(g.ChainID), BlockGasLimit: g.BlockGasLimit}
}

// JSON is the app_state encoding of g.
func (g Genesis) JSON() json.RawMessage {
	b, err := json.Marshal(g)
	if err != nil {
		panic(err) // fixed-size fields always encode
	}
	return b
}
