package ingress

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

type ethAPI struct{ b Backend }

func (api *ethAPI) ChainId() *hexutil.Big { return (*hexutil.Big)(api.b.ChainID()) }

// SendRawTransaction submits a signed transaction; rejections carry
// go-ethereum's messages ("nonce too low", "already known", ...).
func (api *ethAPI) SendRawTransaction(ctx context.Context, input hexutil.Bytes) (common.Hash, error) {
	return api.b.SendRawTransaction(ctx, input)
}

// GetTransactionCount answers "pending" from the sequencer's pool, which
// the L2 engine never sees, and every other block from the engine's state.
func (api *ethAPI) GetTransactionCount(ctx context.Context, addr common.Address, at rpc.BlockNumberOrHash) (hexutil.Uint64, error) {
	if n, ok := at.Number(); ok && n == rpc.PendingBlockNumber {
		return hexutil.Uint64(api.b.PendingNonce(addr)), nil
	}
	nonce, err := api.b.NonceAt(ctx, addr, at)
	return hexutil.Uint64(nonce), err
}

type netAPI struct{ b Backend }

func (api *netAPI) Version() string { return api.b.ChainID().String() }

type web3API struct{ version string }

func (api *web3API) ClientVersion() string { return api.version }

type sequencerAPI struct{ b Backend }

// Status reports the node's view of the sequencer chain.
func (api *sequencerAPI) Status(ctx context.Context) (*Status, error) { return api.b.Status(ctx) }
