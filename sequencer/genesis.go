package sequencer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	cmtbytes "github.com/cometbft/cometbft/libs/bytes"
	"github.com/ethereum/go-ethereum/common"

	"github.com/nodeop/nodeop/batcher/batches"
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
	// Batches configures sealing, signing and posting batches to L1; a
	// chain without it orders and executes but never batches.
	Batches *BatchGenesis `json:"batches,omitempty"`
}

// BatchGenesis is what every operator must agree on to produce the same
// batches: the sealing and window rules, the L1 contracts whose state
// consensus reads (pinned to agreed L1 block hashes), and which CometBFT
// validator speaks for which L1 operator.
type BatchGenesis struct {
	batches.Params
	// Registry is the OperatorRegistry whose epochs sign; Inbox the
	// rollup's BatchInbox.
	Registry common.Address `json:"registry"`
	Inbox    common.Address `json:"inbox"`
	// Operators binds validators to the L1 operators whose BLS keys sign
	// in their vote extensions and whose uptime their precommits show.
	Operators []OperatorBinding `json:"operators"`
}

// OperatorBinding names the L1 operator of one CometBFT validator.
type OperatorBinding struct {
	Validator cmtbytes.HexBytes `json:"validator"`
	Operator  common.Address    `json:"operator"`
}

// Validate reports an unusable batch configuration.
func (b *BatchGenesis) Validate() error {
	if err := b.Params.Validate(); err != nil {
		return err
	}
	if b.Registry == (common.Address{}) || b.Inbox == (common.Address{}) {
		return errors.New("sequencer: genesis batches need registry and inbox addresses")
	}
	vals := map[string]bool{}
	ops := map[common.Address]bool{}
	for _, o := range b.Operators {
		if len(o.Validator) != 20 {
			return fmt.Errorf("sequencer: genesis operator %s: validator address of %d bytes", o.Operator, len(o.Validator))
		}
		if vals[o.Validator.String()] || ops[o.Operator] {
			return fmt.Errorf("sequencer: genesis operator %s (validator %s) bound twice", o.Operator, o.Validator)
		}
		vals[o.Validator.String()], ops[o.Operator] = true, true
	}
	return nil
}

// Equal reports whether g and o are the same parameters.
func (g Genesis) Equal(o Genesis) bool { return bytes.Equal(g.JSON(), o.JSON()) }

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
	if g.Batches != nil {
		return g.Batches.Validate()
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
