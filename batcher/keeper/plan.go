// Package keeper does the L1 housekeeping of a sequencer set that no single
// party is paid to do, from each operator's node: it ends the registry's
// epoch when it is due and the next one would differ (a registration, a
// departure, a stake change or a slash waiting to take effect), so that
// such changes reach the set's voting power without anyone's manual call.
//
// Every operator runs one; they take turns by their rank in the current
// epoch, a few L1 blocks apart, so that normally one sends and the others
// find the work done (a call that would revert is never sent). This file
// is the pure part: what is due, and whose turn it is.
package keeper

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Member is one operator's stake in an epoch.
type Member struct {
	Operator common.Address
	Stake    *big.Int
}

// maxStake is the registry's cap on a member's stake (it stores uint96).
var maxStake = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))

// NextSet is the set OperatorRegistry.advanceEpoch would freeze now from
// the registered operators and their stakes (stakes[i] is registered[i]'s):
// operators below minimum left out, stakes capped at 2^96-1, in
// registration order.
func NextSet(registered []common.Address, stakes []*big.Int, minimum *big.Int) []Member {
	var out []Member
	for i, a := range registered {
		s := stakes[i]
		if s == nil || s.Cmp(minimum) < 0 {
			continue
		}
		if s.Cmp(maxStake) > 0 {
			s = maxStake
		}
		out = append(out, Member{Operator: a, Stake: s})
	}
	return out
}

// Changed reports whether next differs from cur as a set of operators with
// their stakes. Order does not count: an epoch with the same members and
// stakes in another order signs and weighs the same.
func Changed(cur, next []Member) bool {
	if len(cur) != len(next) {
		return true
	}
	stake := make(map[common.Address]*big.Int, len(cur))
	for _, m := range cur {
		stake[m.Operator] = m.Stake
	}
	for _, m := range next {
		s, ok := stake[m.Operator]
		if !ok || s.Cmp(m.Stake) != 0 {
			return true
		}
	}
	return false
}

// Rank is me's position among members, len(members) if it is not one:
// members go first, in the epoch's order.
func Rank(members []common.Address, me common.Address) uint64 {
	for i, a := range members {
		if a == me {
			return uint64(i)
		}
	}
	return uint64(len(members))
}

// Turn is the first L1 block in which the operator of rank acts on work
// due from block due: ranks are stagger blocks apart.
func Turn(due, rank, stagger uint64) uint64 {
	return due + rank*stagger
}
