package bench

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// BatchFigures are what a nodeop system's batches cost on L1 over a run:
// every batch committed by the end of the run (including the blocks of
// the warmup and the drain).
type BatchFigures struct {
	Committed int `json:"committed"`
	Txs       int `json:"txs"`
	// L1 gas of one commitBatch transaction: median and largest.
	GasMedian uint64 `json:"l1GasMedian"`
	GasMax    uint64 `json:"l1GasMax"`
	// Bytes per tx: the txs' own encoding, and what they take in the
	// compressed channel the blobs carry.
	TxBytesPerTx      float64 `json:"txBytesPerTx"`
	ChannelBytesPerTx float64 `json:"channelBytesPerTx"`
}

// batchView is the part of sequencer_getBatch the bench reads.
type batchView struct {
	Header struct {
		LastBlock uint64 `json:"last_block"`
	} `json:"header"`
	Txs          int `json:"txs"`
	TxBytes      int `json:"txBytes"`
	ChannelBytes int `json:"channelBytes"`
	Commit       *struct {
		TxHash common.Hash `json:"tx_hash"`
	} `json:"l1Commit"`
}

// batchFigures waits (up to wait) until the batches covering the node's
// blocks up to now are committed on L1, then reads the committed batches
// from the node (sequencer_status, sequencer_getBatch) and their commit
// receipts from L1.
func batchFigures(ctx context.Context, nodeRPC, l1RPC string, wait time.Duration) (*BatchFigures, error) {
	node, err := rpc.DialContext(ctx, nodeRPC)
	if err != nil {
		return nil, fmt.Errorf("bench: dial %s: %w", nodeRPC, err)
	}
	defer node.Close()
	l1, err := rpc.DialContext(ctx, l1RPC)
	if err != nil {
		return nil, fmt.Errorf("bench: dial L1 %s: %w", l1RPC, err)
	}
	defer l1.Close()
	var head hexutil.Uint64
	if err := node.CallContext(ctx, &head, "eth_blockNumber"); err != nil {
		return nil, fmt.Errorf("bench: eth_blockNumber: %w", err)
	}
	var st struct {
		Batches struct {
			LastCommitted *uint64 `json:"lastCommittedBatch"`
		} `json:"batches"`
	}
	for deadline := time.Now().Add(wait); ; {
		if err := node.CallContext(ctx, &st, "sequencer_status"); err != nil {
			return nil, fmt.Errorf("bench: sequencer_status: %w", err)
		}
		if last := st.Batches.LastCommitted; last != nil {
			var v *batchView
			if err := node.CallContext(ctx, &v, "sequencer_getBatch", *last); err != nil {
				return nil, fmt.Errorf("bench: sequencer_getBatch(%d): %w", *last, err)
			}
			if v != nil && v.Header.LastBlock >= uint64(head) {
				break
			}
		}
		if time.Now().After(deadline) {
			break // figures for what is committed by now
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
	f := &BatchFigures{}
	if st.Batches.LastCommitted == nil {
		return f, nil
	}
	var gas []uint64
	var txBytes, chBytes int
	for i := uint64(0); i <= *st.Batches.LastCommitted; i++ {
		var v *batchView
		if err := node.CallContext(ctx, &v, "sequencer_getBatch", i); err != nil {
			return nil, fmt.Errorf("bench: sequencer_getBatch(%d): %w", i, err)
		}
		if v == nil || v.Commit == nil {
			continue // pruned, or not committed
		}
		var r *types.Receipt
		if err := l1.CallContext(ctx, &r, "eth_getTransactionReceipt", v.Commit.TxHash); err != nil || r == nil {
			return nil, fmt.Errorf("bench: receipt of batch %d's commit %s: %v", i, v.Commit.TxHash, err)
		}
		f.Committed++
		f.Txs += v.Txs
		txBytes += v.TxBytes
		chBytes += v.ChannelBytes
		gas = append(gas, r.GasUsed)
	}
	if len(gas) > 0 {
		slices.Sort(gas)
		f.GasMedian, f.GasMax = gas[len(gas)/2], gas[len(gas)-1]
	}
	if f.Txs > 0 {
		f.TxBytesPerTx = float64(txBytes) / float64(f.Txs)
		f.ChannelBytesPerTx = float64(chBytes) / float64(f.Txs)
	}
	return f, nil
}
