package bench

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Fill is how full the L2 blocks committed in the measurement window were,
// by the two limits an OP block has: gas, and since Jovian the DA footprint
// (each tx's estimated L1 data cost in gas, summed into blobGasUsed, which
// may not exceed the gas limit either). A set that is short of CPU seals
// blocks below both; a chain at its ceiling fills one of them.
type Fill struct {
	Blocks int `json:"blocks"`
	// Gas used and DA footprint as fractions of the gas limit.
	GasAvg float64 `json:"gasAvg"`
	GasMax float64 `json:"gasMax"`
	DAAvg  float64 `json:"daAvg"`
	DAMax  float64 `json:"daMax"`
}

// fillHeader is what Fill needs of a block header.
type fillHeader struct {
	GasLimit    hexutil.Uint64  `json:"gasLimit"`
	GasUsed     hexutil.Uint64  `json:"gasUsed"`
	BlobGasUsed *hexutil.Uint64 `json:"blobGasUsed"`
}

// summarizeFill is the fill of the given headers; pure.
func summarizeFill(hs []fillHeader) Fill {
	f := Fill{Blocks: len(hs)}
	var gas, da float64
	for _, h := range hs {
		if h.GasLimit == 0 {
			continue
		}
		g := float64(h.GasUsed) / float64(h.GasLimit)
		gas += g
		f.GasMax = max(f.GasMax, g)
		if h.BlobGasUsed != nil {
			d := float64(*h.BlobGasUsed) / float64(h.GasLimit)
			da += d
			f.DAMax = max(f.DAMax, d)
		}
	}
	if len(hs) > 0 {
		f.GasAvg, f.DAAvg = gas/float64(len(hs)), da/float64(len(hs))
	}
	return f
}

// blockFill reads the headers of the given L2 block numbers from url.
func blockFill(ctx context.Context, url string, sub *submitter, numbers []int64) (Fill, error) {
	hs := make([]fillHeader, 0, len(numbers))
	for _, n := range numbers {
		body := []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_getBlockByNumber","params":["` + hexutil.EncodeUint64(uint64(n)) + `",false]}`)
		res, rpcErr, err := sub.call(ctx, url, body)
		if err == nil && rpcErr != "" {
			err = errors.New(rpcErr)
		}
		if err != nil {
			return Fill{}, fmt.Errorf("bench: L2 block %d: %w", n, err)
		}
		var h fillHeader
		if err := json.Unmarshal(res, &h); err != nil || h.GasLimit == 0 {
			return Fill{}, fmt.Errorf("bench: L2 block %d: unexpected answer %.200q (%v)", n, res, err)
		}
		hs = append(hs, h)
	}
	return summarizeFill(hs), nil
}

// windowHeights are the numbers of the blocks observed within the
// measurement window, the blocks whose fill the report gives.
func windowHeights(m measurement) []int64 {
	from, to := m.start.Add(m.plan.warmup), m.start.Add(m.plan.warmup+m.plan.duration)
	var out []int64
	for _, b := range m.blocks {
		if !b.seen.Before(from) && b.seen.Before(to) {
			out = append(out, b.height)
		}
	}
	return out
}
