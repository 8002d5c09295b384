package keeper

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

var (
	opA = common.HexToAddress("0xa")
	opB = common.HexToAddress("0xb")
	opC = common.HexToAddress("0xc")
)

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func TestNextSet(t *testing.T) {
	huge := new(big.Int).Lsh(big.NewInt(1), 100)
	for _, tc := range []struct {
		name       string
		registered []common.Address
		stakes     []*big.Int
		want       []Member
	}{
		{"all above minimum", []common.Address{opA, opB}, []*big.Int{eth(32), eth(2)}, []Member{{opA, eth(32)}, {opB, eth(2)}}},
		{"below minimum left out", []common.Address{opA, opB, opC}, []*big.Int{eth(32), big.NewInt(1), eth(1)}, []Member{{opA, eth(32)}, {opC, eth(1)}}},
		{"zero stake (left the set)", []common.Address{opA, opB}, []*big.Int{eth(32), new(big.Int)}, []Member{{opA, eth(32)}}},
		{"capped at 2^96-1", []common.Address{opA}, []*big.Int{huge}, []Member{{opA, maxStake}}},
		{"nobody", nil, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := NextSet(tc.registered, tc.stakes, eth(1))
			if len(got) != len(tc.want) {
				t.Fatalf("NextSet = %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i].Operator != tc.want[i].Operator || got[i].Stake.Cmp(tc.want[i].Stake) != 0 {
					t.Fatalf("NextSet = %v, want %v", got, tc.want)
				}
			}
		})
	}
}

func TestChanged(t *testing.T) {
	cur := []Member{{opA, eth(32)}, {opB, eth(32)}}
	for _, tc := range []struct {
		name string
		next []Member
		want bool
	}{
		{"same", []Member{{opA, eth(32)}, {opB, eth(32)}}, false},
		{"same, other order", []Member{{opB, eth(32)}, {opA, eth(32)}}, false},
		{"slashed", []Member{{opA, eth(16)}, {opB, eth(32)}}, true},
		{"topped up", []Member{{opA, eth(33)}, {opB, eth(32)}}, true},
		{"joined", []Member{{opA, eth(32)}, {opB, eth(32)}, {opC, eth(1)}}, true},
		{"left", []Member{{opA, eth(32)}}, true},
		{"replaced", []Member{{opA, eth(32)}, {opC, eth(32)}}, true},
		{"empty", nil, true},
	} {
		if got := Changed(cur, tc.next); got != tc.want {
			t.Errorf("%s: Changed = %v, want %v", tc.name, got, tc.want)
		}
	}
	if Changed(nil, nil) {
		t.Error("two empty sets differ")
	}
}

func TestRankAndTurn(t *testing.T) {
	members := []common.Address{opB, opA}
	for _, tc := range []struct {
		me   common.Address
		rank uint64
		turn uint64
	}{
		{opB, 0, 100},
		{opA, 1, 102},
		{opC, 2, 104}, // not a member: after every member
	} {
		r := Rank(members, tc.me)
		if r != tc.rank {
			t.Errorf("Rank(%s) = %d, want %d", tc.me, r, tc.rank)
		}
		if got := Turn(100, r, 2); got != tc.turn {
			t.Errorf("Turn(100, %d, 2) = %d, want %d", r, got, tc.turn)
		}
	}
}
