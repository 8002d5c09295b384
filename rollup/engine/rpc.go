package engine

import (
	"context"
	"encoding/json"
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// ErrTxSubmission answers every tx-submitting eth_ method on the engine's endpoints.
var ErrTxSubmission = errors.New("the L2 engine does not accept transactions: submit them to the nodeop node's JSON-RPC ingress")

// txSubmissionRefuser replaces op-geth's tx-submitting eth_ methods. Txs enter L2 blocks
// only through consensus; op-geth itself (pool admission disabled) would report success
// for a tx it then silently discards, and a wallet pointed here would wait forever.
type txSubmissionRefuser struct{}

// SendRawTransaction replaces eth_sendRawTransaction.
func (txSubmissionRefuser) SendRawTransaction(context.Context, hexutil.Bytes) (common.Hash, error) {
	return common.Hash{}, ErrTxSubmission
}

// SendRawTransactionSync replaces eth_sendRawTransactionSync (EIP-7966).
func (txSubmissionRefuser) SendRawTransactionSync(context.Context, hexutil.Bytes, *uint64) (map[string]any, error) {
	return nil, ErrTxSubmission
}

// SendTransaction replaces eth_sendTransaction (no accounts here anyway).
func (txSubmissionRefuser) SendTransaction(context.Context, json.RawMessage) (common.Hash, error) {
	return common.Hash{}, ErrTxSubmission
}
