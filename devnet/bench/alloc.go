package bench

import (
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// senderFunds is each sender's L2 balance at genesis.
var senderFunds = new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))

// genesisAlloc is the L2 state every system under test starts from, the
// baseline and each nodeop set alike: every sender funded, as a wallet user
// would be, and for the ERC-20 load the token, in which every sender holds
// a balance.
func (c Config) genesisAlloc() (types.GenesisAlloc, error) {
	senders, err := SenderAddresses(c.Senders)
	if err != nil {
		return nil, err
	}
	alloc := make(types.GenesisAlloc, len(senders)+1)
	for _, a := range senders {
		alloc[a] = types.Account{Balance: new(big.Int).Set(senderFunds)}
	}
	if c.Load == LoadERC20 {
		if alloc[tokenAddress], err = tokenAccount(senders); err != nil {
			return nil, err
		}
	}
	return alloc, nil
}
