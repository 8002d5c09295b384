package batching

import (
	"fmt"
	"math/big"
	"sort"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtcrypto "github.com/cometbft/cometbft/crypto"
	cryptoenc "github.com/cometbft/cometbft/crypto/encoding"

	"github.com/nodeop/nodeop/batcher/l1view"
	"github.com/nodeop/nodeop/sequencer"
)

// maxPower bounds one validator's voting power (1e15 gwei = 1M ETH) so
// that the set's total stays far below CometBFT's MaxTotalVotingPower.
const maxPower = 1_000_000_000_000_000

// powerUpdates makes every bound validator's voting power its operator's
// stake in ep, in gwei, and zero (out of the set) for an operator that is
// not a member: voting power follows the stake the registry froze for the
// epoch, which is what the inbox counts for certificates too. Validators
// not bound to an operator keep their power. It returns no update when
// the result would leave no bound validator with power, since CometBFT
// halts on an empty set and a registry without members is a devnet's
// first minutes, not a reason to stop.
func powerUpdates(bindings []sequencer.OperatorBinding, keys map[string]cmtcrypto.PubKey, ep *l1view.Epoch) ([]abci.ValidatorUpdate, error) {
	gwei := big.NewInt(1_000_000_000)
	var ups []abci.ValidatorUpdate
	total := int64(0)
	for _, b := range bindings {
		pk, ok := keys[string(b.Validator)]
		if !ok {
			return nil, fmt.Errorf("bound validator %s is not in the genesis validator set", b.Validator)
		}
		power := int64(0)
		if i, ok := ep.Index(b.Operator); ok {
			g := new(big.Int).Quo(ep.Members[i].Stake, gwei)
			power = maxPower
			if g.IsInt64() && g.Int64() < maxPower {
				power = g.Int64()
			}
		}
		proto, err := cryptoenc.PubKeyToProto(pk)
		if err != nil {
			return nil, fmt.Errorf("validator %s key: %w", b.Validator, err)
		}
		ups = append(ups, abci.ValidatorUpdate{PubKey: proto, Power: power})
		total += power
	}
	if total == 0 {
		return nil, nil
	}
	// CometBFT takes updates in any order; a fixed one keeps the response
	// bytes (and so LastResultsHash) the same on every node.
	sort.Slice(ups, func(i, j int) bool { return ups[i].PubKey.Compare(ups[j].PubKey) < 0 })
	return ups, nil
}
