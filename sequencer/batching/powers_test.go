package batching

import (
	"testing"

	cmtcrypto "github.com/cometbft/cometbft/crypto"
	"github.com/cometbft/cometbft/crypto/ed25519"
	cryptoenc "github.com/cometbft/cometbft/crypto/encoding"

	"github.com/nodeop/nodeop/sequencer"
)

func TestPowerUpdates(t *testing.T) {
	keys := map[string]cmtcrypto.PubKey{}
	for i := range nodes {
		keys[string(valAddr(i))] = ed25519.GenPrivKeyFromSecret([]byte{byte(i)}).PubKey()
	}
	bound := testGenesis().Operators
	gwei := int64(32_000_000_000)
	cases := []struct {
		name     string
		bindings []sequencer.OperatorBinding
		members  []int
		want     map[int]int64 // validator index -> power; nil: no update
		wantErr  bool
	}{
		{name: "every operator a member", bindings: bound, members: []int{0, 1, 2, 3}, want: map[int]int64{0: gwei, 1: gwei, 2: gwei, 3: gwei}},
		{name: "operator left the epoch", bindings: bound, members: []int{0, 1, 2}, want: map[int]int64{0: gwei, 1: gwei, 2: gwei, 3: 0}},
		{name: "unbound validators untouched", bindings: bound[:2], members: []int{0, 1, 2, 3}, want: map[int]int64{0: gwei, 1: gwei}},
		{name: "no bound member: no update", bindings: bound[2:], members: []int{0, 1}, want: nil},
		{name: "bound validator without a key", bindings: append(append([]sequencer.OperatorBinding(nil), bound...), sequencer.OperatorBinding{Validator: make([]byte, 20), Operator: opAddr(9)}), members: []int{0}, wantErr: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ups, err := powerUpdates(tc.bindings, keys, testEpoch(t, tc.members...))
			if tc.wantErr {
				if err == nil {
					t.Fatalf("no error, updates %v", ups)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tc.want == nil {
				if ups != nil {
					t.Fatalf("updates %v, want none", ups)
				}
				return
			}
			if len(ups) != len(tc.want) {
				t.Fatalf("%d updates, want %d", len(ups), len(tc.want))
			}
			for i, u := range ups {
				if i > 0 && ups[i-1].PubKey.Compare(u.PubKey) >= 0 {
					t.Fatal("updates not in key order")
				}
				pk, err := cryptoenc.PubKeyFromProto(u.PubKey)
				if err != nil {
					t.Fatal(err)
				}
				found := false
				for v, power := range tc.want {
					if keys[string(valAddr(v))].Equals(pk) {
						found = true
						if u.Power != power {
							t.Fatalf("validator %d power %d, want %d", v, u.Power, power)
						}
					}
				}
				if !found {
					t.Fatalf("update for an unexpected key %v", pk)
				}
			}
		})
	}
}
