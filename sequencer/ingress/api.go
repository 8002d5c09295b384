package ingress

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// errHistoricalState answers nonce queries for past blocks: the sequencer
// keeps only the latest state until the L2 engine serves history.
var errHistoricalState = errors.New("historical state not available")

type ethAPI struct{ b Backend }

func (api *ethAPI) ChainId() *hexutil.Big { return (*hexutil.Big)(api.b.ChainID()) }

func (api *ethAPI) BlockNumber() hexutil.Uint64 { return hexutil.Uint64(api.b.Height()) }

// SendRawTransaction submits a signed transaction; rejections carry
// go-ethereum's messages ("nonce too low", "already known", ...).
func (api *ethAPI) SendRawTransaction(ctx context.Context, input hexutil.Bytes) (common.Hash, error) {
	return api.b.SendRawTransaction(ctx, input)
}

func (api *ethAPI) GetTransactionCount(_ context.Context, addr common.Address, at rpc.BlockNumberOrHash) (hexutil.Uint64, error) {
	if n, ok := at.Number(); ok {
		switch n {
		case rpc.PendingBlockNumber:
			return hexutil.Uint64(api.b.PendingNonce(addr)), nil
		case rpc.LatestBlockNumber, rpc.SafeBlockNumber, rpc.FinalizedBlockNumber:
			return hexutil.Uint64(api.b.Nonce(addr)), nil
		}
		if n >= 0 && uint64(n) == api.b.Height() {
			return hexutil.Uint64(api.b.Nonce(addr)), nil
		}
	}
	return 0, fmt.Errorf("%w: block %s", errHistoricalState, at.String())
}

type netAPI struct{ b Backend }

func (api *netAPI) Version() string { return api.b.ChainID().String() }

type web3API struct{ version string }

func (api *web3API) ClientVersion() string { return api.version }

type sequencerAPI struct{ b Backend }

// Status reports the node's view of the sequencer chain.
func (api *sequencerAPI) Status(ctx context.Context) (*Status, error) { return api.b.Status(ctx) }
