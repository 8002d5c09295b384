package deploy

import (
	"fmt"
	"math/big"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/blsabi"
)

// RegistrationDomain is OperatorRegistry.REGISTRATION_DOMAIN:
// keccak256("nodeop.OperatorRegistry.registration.v1").
var RegistrationDomain = crypto.Keccak256Hash([]byte("nodeop.OperatorRegistry.registration.v1"))

// RegistrationMessage is the 32-byte message an operator's BLS key signs to
// prove possession, as OperatorRegistry.registrationMessage computes it:
// keccak256(domain || chainID (32 bytes) || registry (20) || operator (20) || pk.x (32) || pk.y (32)).
func RegistrationMessage(chainID *big.Int, registry, operator common.Address, pk *bls.G1Point) [32]byte {
	g1 := blsabi.G1(pk)
	return crypto.Keccak256Hash(
		RegistrationDomain[:],
		math.U256Bytes(new(big.Int).Set(chainID)),
		registry[:],
		operator[:],
		math.U256Bytes(g1.X),
		math.U256Bytes(g1.Y),
	)
}

// Registration holds the arguments of OperatorRegistry.register.
type Registration struct {
	PubkeyG1  bindings.BN254G1Point
	PubkeyG2  bindings.BN254G2Point
	Signature bindings.BN254G1Point // proof of possession
}

// NewRegistration builds operator's registration with key: both public keys
// and the key's signature over RegistrationMessage (eigensdk-go SignMessage,
// i.e. sk * MapToCurve(message)). The proof is bound to chainID, registry and
// operator, so it is only valid when operator itself sends it.
func NewRegistration(key *bls.KeyPair, chainID *big.Int, registry, operator common.Address) Registration {
	msg := RegistrationMessage(chainID, registry, operator, key.GetPubKeyG1())
	return Registration{
		PubkeyG1:  blsabi.G1(key.GetPubKeyG1()),
		PubkeyG2:  blsabi.G2(key.GetPubKeyG2()),
		Signature: blsabi.Signature(key.SignMessage(msg)),
	}
}

// Send submits the registration; opts.From must be the operator it was built for.
func (r Registration) Send(opts *bind.TransactOpts, registry *bindings.OperatorRegistry) (*types.Transaction, error) {
	tx, err := registry.Register(opts, r.PubkeyG1, r.PubkeyG2, r.Signature)
	if err != nil {
		return nil, fmt.Errorf("register operator %s: %w", opts.From, err)
	}
	return tx, nil
}
