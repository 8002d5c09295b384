package submit

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nodeop/nodeop/contracts"
)

// backend is the txmgr's view of L1: an ethclient whose gas estimates run
// as the next block and stop a send whose commit would revert.
//
// Why not the plain client: a node estimates on the latest block, whose
// number is one behind the block the transaction lands in, and BatchInbox's
// window rule reads block.number, so at a window's edges a plain estimate
// refuses commits that would succeed and accepts ones that would revert.
// And txmgr retries a failed estimate 30 times, 2 s apart, before giving
// up; a revert is deterministic for the state it ran on, so the send is
// cancelled at once and the revert, decoded, becomes Submit's error.
type backend struct {
	*ethclient.Client
	abis []*abi.ABI // decode reverts: inbox first, then the contracts it calls
	// noOverrides is set once the node has refused block overrides (they
	// are a geth extension); estimates and replays then run as the node
	// runs them, on the latest block's number.
	noOverrides atomic.Bool
}

// attempt is one Submit's link to the backend and the signer, carried in
// the context txmgr passes down to both.
type attempt struct {
	cancel context.CancelFunc

	mu     sync.Mutex
	signed bool  // a transaction has been signed: it may be published
	revert error // the estimate's revert that ended the attempt
}

type attemptKey struct{}

func withAttempt(ctx context.Context, a *attempt) context.Context {
	return context.WithValue(ctx, attemptKey{}, a)
}

func attemptOf(ctx context.Context) *attempt {
	a, _ := ctx.Value(attemptKey{}).(*attempt)
	return a
}

// markSigned records that a transaction exists. From then on a failing
// estimate (txmgr re-estimates when it bumps fees) must not end the send:
// the transaction already published may be mined, and its receipt is what
// Submit has to return.
func (a *attempt) markSigned() {
	a.mu.Lock()
	a.signed = true
	a.mu.Unlock()
}

// abort ends the attempt with err unless a transaction was signed already.
func (a *attempt) abort(err error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.signed || a.revert != nil {
		return
	}
	a.revert = err
	a.cancel()
}

func (a *attempt) reverted() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.revert
}

// EstimateGas estimates msg on the latest block's state with block.number
// set to the next block's (eth_estimateGas with block overrides).
func (b *backend) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	head, err := b.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("head for gas estimate: %w", err)
	}
	var gas hexutil.Uint64
	if b.noOverrides.Load() {
		gas64, perr := b.Client.EstimateGas(ctx, msg)
		gas, err = hexutil.Uint64(gas64), perr
	} else {
		next := ethereum.BlockOverrides{Number: new(big.Int).SetUint64(head + 1)}
		err = b.Client.Client().CallContext(ctx, &gas, "eth_estimateGas", callArgs(msg), hexutil.EncodeUint64(head), nil, next)
		if refusedOverrides(err) {
			b.noOverrides.Store(true)
			return b.EstimateGas(ctx, msg)
		}
	}
	if err == nil {
		return uint64(gas), nil
	}
	if !isRevert(err) {
		return 0, err
	}
	err = b.decode(err)
	if a := attemptOf(ctx); a != nil {
		a.abort(err)
	}
	return 0, err
}

// decode names a revert by the first of the ABIs that declares it.
func (b *backend) decode(err error) error {
	for _, a := range b.abis {
		if d := contracts.DecodeRevert(a, err); d != err {
			return d
		}
	}
	return err
}

// isRevert tells an execution revert (deterministic for the state it ran
// on) from a failure to run the call at all (network, node, funds).
func isRevert(err error) bool {
	if _, ok := contracts.RevertData(err); ok {
		return true
	}
	return strings.Contains(err.Error(), "execution reverted")
}

// refusedOverrides tells whether the node rejected the override
// arguments (JSON-RPC "invalid params") rather than the call.
func refusedOverrides(err error) bool {
	var re rpc.Error
	return errors.As(err, &re) && re.ErrorCode() == -32602
}

// callArgs is msg as the JSON object eth_call and eth_estimateGas take.
func callArgs(msg ethereum.CallMsg) map[string]any {
	arg := map[string]any{"from": msg.From}
	if msg.To != nil {
		arg["to"] = msg.To
	}
	if len(msg.Data) > 0 {
		arg["input"] = hexutil.Bytes(msg.Data)
	}
	if msg.Value != nil {
		arg["value"] = (*hexutil.Big)(msg.Value)
	}
	if msg.Gas != 0 {
		arg["gas"] = hexutil.Uint64(msg.Gas)
	}
	if msg.GasPrice != nil {
		arg["gasPrice"] = (*hexutil.Big)(msg.GasPrice)
	}
	if msg.GasFeeCap != nil {
		arg["maxFeePerGas"] = (*hexutil.Big)(msg.GasFeeCap)
	}
	if msg.GasTipCap != nil {
		arg["maxPriorityFeePerGas"] = (*hexutil.Big)(msg.GasTipCap)
	}
	if msg.AccessList != nil {
		arg["accessList"] = msg.AccessList
	}
	if msg.BlobGasFeeCap != nil {
		arg["maxFeePerBlobGas"] = (*hexutil.Big)(msg.BlobGasFeeCap)
	}
	if msg.BlobHashes != nil {
		arg["blobVersionedHashes"] = msg.BlobHashes
	}
	return arg
}

// replay runs msg on the state after block `number`, as that block, and
// returns its revert decoded (nil if it now succeeds). It explains a commit
// that reverted when mined: the state then includes every transaction of
// the block before it (another operator's commit, typically).
func (b *backend) replay(ctx context.Context, msg ethereum.CallMsg, number uint64) error {
	at := new(big.Int).SetUint64(number)
	var err error
	if b.noOverrides.Load() {
		_, err = b.CallContract(ctx, msg, at)
	} else {
		var out hexutil.Bytes
		err = b.Client.Client().CallContext(ctx, &out, "eth_call", callArgs(msg), hexutil.EncodeBig(at), nil,
			ethereum.BlockOverrides{Number: at})
		if refusedOverrides(err) {
			b.noOverrides.Store(true)
			return b.replay(ctx, msg, number)
		}
	}
	if err == nil {
		return nil
	}
	if !isRevert(err) {
		return fmt.Errorf("replay failed: %w", err)
	}
	return b.decode(err)
}

// errNoCode is returned by New when the inbox address holds no contract.
var errNoCode = errors.New("no contract code")

func (b *backend) requireCode(ctx context.Context, addr common.Address) error {
	code, err := b.CodeAt(ctx, addr, nil)
	if err != nil {
		return fmt.Errorf("code of %s: %w", addr, err)
	}
	if len(code) == 0 {
		return fmt.Errorf("%s: %w", addr, errNoCode)
	}
	return nil
}
