// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"errors"
	"math/big"
	"strings"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
)

// BN254G1Point is an auto generated low-level Go binding around an user-defined struct.
type BN254G1Point struct {
	X *big.Int
	Y *big.Int
}

// BN254G2Point is an auto generated low-level Go binding around an user-defined struct.
type BN254G2Point struct {
	XIm *big.Int
	XRe *big.Int
	YIm *big.Int
	YRe *big.Int
}

// BatchHeader is an auto generated low-level Go binding around an user-defined struct.
type BatchHeader struct {
	ChainId        uint64
	BatchIndex     uint64
	FirstBlock     uint64
	LastBlock      uint64
	ParentHash     [32]byte
	OutputRoot     [32]byte
	BlobHashes     [][32]byte
	L1OriginNumber uint64
	L1OriginHash   [32]byte
	Epoch          uint64
	Submitter      common.Address
	Fallbacks      []common.Address
	WindowStart    uint64
	WindowEnd      uint64
}

// Certificate is an auto generated low-level Go binding around an user-defined struct.
type Certificate struct {
	SignerBitmap *big.Int
	SigmaX       *big.Int
	SigmaY       *big.Int
	ApkG2XIm     *big.Int
	ApkG2XRe     *big.Int
	ApkG2YIm     *big.Int
	ApkG2YRe     *big.Int
}

// EigenOperatorSet is an auto generated low-level Go binding around an user-defined struct.
type EigenOperatorSet struct {
	Avs common.Address
	Id  uint32
}

// EigenStakeSourceParams is an auto generated low-level Go binding around an user-defined struct.
type EigenStakeSourceParams struct {
	AllocationManager    common.Address
	PermissionController common.Address
	RewardsCoordinator   common.Address
	RewardsSubmitter     common.Address
	Registrar            common.Address
	Slasher              common.Address
	OperatorSetId        uint32
	LookaheadBlocks      uint32
	Strategies           []common.Address
	Multipliers          []*big.Int
	MetadataURI          string
}

// IEigenAllocationManagerAllocation is an auto generated low-level Go binding around an user-defined struct.
type IEigenAllocationManagerAllocation struct {
	CurrentMagnitude uint64
	PendingDiff      *big.Int
	EffectBlock      uint32
}

// IEigenAllocationManagerCreateSetParams is an auto generated low-level Go binding around an user-defined struct.
type IEigenAllocationManagerCreateSetParams struct {
	OperatorSetId uint32
	Strategies    []common.Address
}

// IEigenAllocationManagerSlashingParams is an auto generated low-level Go binding around an user-defined struct.
type IEigenAllocationManagerSlashingParams struct {
	Operator      common.Address
	OperatorSetId uint32
	Strategies    []common.Address
	WadsToSlash   []*big.Int
	Description   string
}

// IEigenRewardsCoordinatorOperatorDirectedRewardsSubmission is an auto generated low-level Go binding around an user-defined struct.
type IEigenRewardsCoordinatorOperatorDirectedRewardsSubmission struct {
	StrategiesAndMultipliers []IEigenRewardsCoordinatorStrategyAndMultiplier
	Token                    common.Address
	OperatorRewards          []IEigenRewardsCoordinatorOperatorReward
	StartTimestamp           uint32
	Duration                 uint32
	Description              string
}

// IEigenRewardsCoordinatorOperatorReward is an auto generated low-level Go binding around an user-defined struct.
type IEigenRewardsCoordinatorOperatorReward struct {
	Operator common.Address
	Amount   *big.Int
}

// IEigenRewardsCoordinatorStrategyAndMultiplier is an auto generated low-level Go binding around an user-defined struct.
type IEigenRewardsCoordinatorStrategyAndMultiplier struct {
	Strategy   common.Address
	Multiplier *big.Int
}

// SlashingPendingSlash is an auto generated low-level Go binding around an user-defined struct.
type SlashingPendingSlash struct {
	Operator     common.Address
	Kind         uint8
	Status       uint8
	ExecutableAt uint64
	Vetoes       uint16
	ChainId      uint64
	BatchIndex   uint64
	Amount       *big.Int
}

// BN254HarnessMetaData contains all meta data concerning the BN254Harness contract.
var BN254HarnessMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"CoordinateNotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"G1AddFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"G1MulFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModExpFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PairingInputInvalid\",\"type\":\"error\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"add\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"g2Generator\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"xIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"xRe\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yRe\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"message\",\"type\":\"bytes32\"}],\"name\":\"hashToG1\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"messages\",\"type\":\"bytes32[]\"}],\"name\":\"hashToG1Many\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point[]\",\"name\":\"points\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"s\",\"type\":\"uint256\"}],\"name\":\"mul\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"negG2Generator\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"xIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"xRe\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yRe\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"negate\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"a1\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"xIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"xRe\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yRe\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"a2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"b1\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"xIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"xRe\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yRe\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"b2\",\"type\":\"tuple\"}],\"name\":\"pairing2\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"msgHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"apk\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"xIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"xRe\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yRe\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"apkG2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"msgHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"apk\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"xIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"xRe\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yRe\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"apkG2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"}],\"name\":\"verifyGas\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b50610d8d8061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061009b575f3560e01c806382d23b8a1161006357806382d23b8a1461015c578063a97b3db31461016f578063ad2e596414610177578063af90322a1461019a578063fb6b9e9a146101ad575f5ffd5b806306b1ccb61461009f57806312296bbb146100ce578063178dd948146100ee5780634107d3fc1461010157806364d69ef414610121575b5f5ffd5b6100b26100ad366004610b14565b6101c0565b6040805192151583526020830191909152015b60405180910390f35b6100e16100dc366004610b62565b6101eb565b6040516100c59190610b8b565b6100e16100fc366004610ba2565b610211565b61011461010f366004610bb9565b61022d565b6040516100c59190610c2a565b6101296102e6565b6040516100c591908151815260208083015190820152604080830151908201526060918201519181019190915260800190565b6100e161016a366004610c81565b61031a565b610129610337565b61018a610185366004610b14565b610366565b60405190151581526020016100c5565b61018a6101a8366004610cb4565b61037c565b6100e16101bb366004610d00565b610389565b5f5f5f5a90506101d2878787876103a5565b92505a6101df9082610d1a565b91505094509492505050565b604080518082019091525f808252602082015261020883836104dc565b90505b92915050565b604080518082019091525f808252602082015261020b82610532565b60608167ffffffffffffffff81111561024857610248610a3a565b60405190808252806020026020018201604052801561028c57816020015b604080518082019091525f80825260208201528152602001906001900390816102665790505b5090505f5b828110156102df576102ba8484838181106102ae576102ae610d39565b90506020020135610532565b8282815181106102cc576102cc610d39565b6020908102919091010152600101610291565b5092915050565b61030d60405180608001604052805f81526020015f81526020015f81526020015f81525090565b6103156105ec565b905090565b604080518082019091525f808252602082015261020883836106b9565b61035e60405180608001604052805f81526020015f81526020015f81526020015f81525090565b61031561071a565b5f610373858585856103a5565b95945050505050565b5f610373858585856107e7565b604080518082019091525f808252602082015261020b82610891565b5f5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000186865f01518760200151875f0151886020015189604001518a606001518a5f01518b6020015160405160200161044099989796959493929190988952602089019790975260408801959095526060870193909352608086019190915260a085015260c084015260e08301526101008201526101200190565b604051602081830303815290604052805190602001205f1c6104629190610d4d565b90505f6104788461047388856104dc565b6106b9565b90505f6104bb61048789610532565b6104736104b56040805180820182525f80825260209182015281518083019092526001825260029082015290565b866104dc565b90506104d0826104c96105ec565b83896107e7565b98975050505050505050565b604080518082019091525f80825260208201525f604051845181526020850151602082015283604082015260408360608360075afa915050806102df576040516320b873d560e21b815260040160405180910390fd5b604080518082019091525f80825260208201525f61055d5f516020610d6d5f395f51905f5284610d4d565b90505b5f5f516020610d6d5f395f51905f5260035f516020610d6d5f395f51905f52845f516020610d6d5f395f51905f52868709090890505f61059f8261099c565b9050815f516020610d6d5f395f51905f52828309036105d1576040805180820190915292835260208301525092915050565b5f516020610d6d5f395f51905f526001840892505050610560565b61061360405180608001604052805f81526020015f81526020015f81526020015f81525090565b60405180608001604052807f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c281526020017f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed81526020017f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec81526020017f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d815250905090565b604080518082019091525f80825260208201525f6040518451815260208501516020820152835160408201526020840151606082015260408360808360065afa915050806102df5760405163d6cc76eb60e01b815260040160405180910390fd5b61074160405180608001604052805f81526020015f81526020015f81526020015f81525090565b60405180608001604052807f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c281526020017f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed81526020017f090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b81526020017f12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa815250905090565b5f5f6040518651815260208701516020820152855160408201526020860151606082015260408601516080820152606086015160a0820152845160c0820152602085015160e082015283516101008201526020840151610120820152604084015161014082015260608401516101608201526020816101808360085afa90519250905080610888576040516331ac232160e01b815260040160405180910390fd5b50949350505050565b604080518082019091525f80825260208201526108ad82610a25565b156108ca575050604080518082019091525f808252602082015290565b5f516020610d6d5f395f51905f5282602001511061090c578160200151604051634b296f9960e11b815260040161090391815260200190565b60405180910390fd5b81515f516020610d6d5f395f51905f5211610940578151604051634b296f9960e11b81526004810191909152602401610903565b81602001515f03610963575060408051808201909152905181525f602082015290565b6040518060400160405280835f0151815260200183602001515f516020610d6d5f395f51905f526109949190610d1a565b905292915050565b5f5f60405160208152602080820152602060408201528360608201527f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5260808201525f516020610d6d5f395f51905f5260a082015260208160c08360055afa90519250905080610a1f576040516301f7ec5f60e41b815260040160405180910390fd5b50919050565b80515f9015801561020b575050602001511590565b634e487b7160e01b5f52604160045260245ffd5b5f60408284031215610a5e575f5ffd5b6040805190810167ffffffffffffffff81118282101715610a8d57634e487b7160e01b5f52604160045260245ffd5b604052823581526020928301359281019290925250919050565b5f60808284031215610ab7575f5ffd5b6040516080810167ffffffffffffffff81118282101715610ae657634e487b7160e01b5f52604160045260245ffd5b6040908152833582526020808501359083015283810135908201526060928301359281019290925250919050565b5f5f5f5f6101208587031215610b28575f5ffd5b84359350610b398660208701610a4e565b9250610b488660608701610aa7565b9150610b578660e08701610a4e565b905092959194509250565b5f5f60608385031215610b73575f5ffd5b610b7d8484610a4e565b946040939093013593505050565b81518152602080830151908201526040810161020b565b5f60208284031215610bb2575f5ffd5b5035919050565b5f5f60208385031215610bca575f5ffd5b823567ffffffffffffffff811115610be0575f5ffd5b8301601f81018513610bf0575f5ffd5b803567ffffffffffffffff811115610c06575f5ffd5b8560208260051b8401011115610c1a575f5ffd5b6020919091019590945092505050565b602080825282518282018190525f918401906040840190835b81811015610c7657610c6083855180518252602090810151910152565b6020939093019260409290920191600101610c43565b509095945050505050565b5f5f60808385031215610c92575f5ffd5b610c9c8484610a4e565b9150610cab8460408501610a4e565b90509250929050565b5f5f5f5f6101808587031215610cc8575f5ffd5b610cd28686610a4e565b9350610ce18660408701610aa7565b9250610cf08660c08701610a4e565b9150610b57866101008701610aa7565b5f60408284031215610d10575f5ffd5b6102088383610a4e565b8181038181111561020b57634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f82610d6757634e487b7160e01b5f52601260045260245ffd5b50069056fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47",
}

// BN254HarnessABI is the input ABI used to generate the binding from.
// Deprecated: Use BN254HarnessMetaData.ABI instead.
var BN254HarnessABI = BN254HarnessMetaData.ABI

// BN254HarnessBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use BN254HarnessMetaData.Bin instead.
var BN254HarnessBin = BN254HarnessMetaData.Bin

// DeployBN254Harness deploys a new Ethereum contract, binding an instance of BN254Harness to it.
func DeployBN254Harness(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *BN254Harness, error) {
	parsed, err := BN254HarnessMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(BN254HarnessBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &BN254Harness{BN254HarnessCaller: BN254HarnessCaller{contract: contract}, BN254HarnessTransactor: BN254HarnessTransactor{contract: contract}, BN254HarnessFilterer: BN254HarnessFilterer{contract: contract}}, nil
}

// BN254Harness is an auto generated Go binding around an Ethereum contract.
type BN254Harness struct {
	BN254HarnessCaller     // Read-only binding to the contract
	BN254HarnessTransactor // Write-only binding to the contract
	BN254HarnessFilterer   // Log filterer for contract events
}

// BN254HarnessCaller is an auto generated read-only Go binding around an Ethereum contract.
type BN254HarnessCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BN254HarnessTransactor is an auto generated write-only Go binding around an Ethereum contract.
type BN254HarnessTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BN254HarnessFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type BN254HarnessFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BN254HarnessSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type BN254HarnessSession struct {
	Contract     *BN254Harness     // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// BN254HarnessCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type BN254HarnessCallerSession struct {
	Contract *BN254HarnessCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts       // Call options to use throughout this session
}

// BN254HarnessTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type BN254HarnessTransactorSession struct {
	Contract     *BN254HarnessTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts       // Transaction auth options to use throughout this session
}

// BN254HarnessRaw is an auto generated low-level Go binding around an Ethereum contract.
type BN254HarnessRaw struct {
	Contract *BN254Harness // Generic contract binding to access the raw methods on
}

// BN254HarnessCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type BN254HarnessCallerRaw struct {
	Contract *BN254HarnessCaller // Generic read-only contract binding to access the raw methods on
}

// BN254HarnessTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type BN254HarnessTransactorRaw struct {
	Contract *BN254HarnessTransactor // Generic write-only contract binding to access the raw methods on
}

// NewBN254Harness creates a new instance of BN254Harness, bound to a specific deployed contract.
func NewBN254Harness(address common.Address, backend bind.ContractBackend) (*BN254Harness, error) {
	contract, err := bindBN254Harness(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &BN254Harness{BN254HarnessCaller: BN254HarnessCaller{contract: contract}, BN254HarnessTransactor: BN254HarnessTransactor{contract: contract}, BN254HarnessFilterer: BN254HarnessFilterer{contract: contract}}, nil
}

// NewBN254HarnessCaller creates a new read-only instance of BN254Harness, bound to a specific deployed contract.
func NewBN254HarnessCaller(address common.Address, caller bind.ContractCaller) (*BN254HarnessCaller, error) {
	contract, err := bindBN254Harness(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &BN254HarnessCaller{contract: contract}, nil
}

// NewBN254HarnessTransactor creates a new write-only instance of BN254Harness, bound to a specific deployed contract.
func NewBN254HarnessTransactor(address common.Address, transactor bind.ContractTransactor) (*BN254HarnessTransactor, error) {
	contract, err := bindBN254Harness(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &BN254HarnessTransactor{contract: contract}, nil
}

// NewBN254HarnessFilterer creates a new log filterer instance of BN254Harness, bound to a specific deployed contract.
func NewBN254HarnessFilterer(address common.Address, filterer bind.ContractFilterer) (*BN254HarnessFilterer, error) {
	contract, err := bindBN254Harness(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &BN254HarnessFilterer{contract: contract}, nil
}

// bindBN254Harness binds a generic wrapper to an already deployed contract.
func bindBN254Harness(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := BN254HarnessMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BN254Harness *BN254HarnessRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BN254Harness.Contract.BN254HarnessCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BN254Harness *BN254HarnessRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BN254Harness.Contract.BN254HarnessTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BN254Harness *BN254HarnessRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BN254Harness.Contract.BN254HarnessTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BN254Harness *BN254HarnessCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BN254Harness.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BN254Harness *BN254HarnessTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BN254Harness.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BN254Harness *BN254HarnessTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BN254Harness.Contract.contract.Transact(opts, method, params...)
}

// Add is a free data retrieval call binding the contract method 0x82d23b8a.
//
// Solidity: function add((uint256,uint256) a, (uint256,uint256) b) view returns((uint256,uint256))
func (_BN254Harness *BN254HarnessCaller) Add(opts *bind.CallOpts, a BN254G1Point, b BN254G1Point) (BN254G1Point, error) {
	var out []interface{}
	err := _BN254Harness.contract.Call(opts, &out, "add", a, b)

	if err != nil {
		return *new(BN254G1Point), err
	}

	out0 := *abi.ConvertType(out[0], new(BN254G1Point)).(*BN254G1Point)

	return out0, err

}

// Add is a free data retrieval call binding the contract method 0x82d23b8a.
//
// Solidity: function add((uint256,uint256) a, (uint256,uint256) b) view returns((uint256,uint256))
func (_BN254Harness *BN254HarnessSession) Add(a BN254G1Point, b BN254G1Point) (BN254G1Point, error) {
	return _BN254Harness.Contract.Add(&_BN254Harness.CallOpts, a, b)
}

// Add is a free data retrieval call binding the contract method 0x82d23b8a.
//
// Solidity: function add((uint256,uint256) a, (uint256,uint256) b) view returns((uint256,uint256))
func (_BN254Harness *BN254HarnessCallerSession) Add(a BN254G1Point, b BN254G1Point) (BN254G1Point, error) {
	return _BN254Harness.Contract.Add(&_BN254Harness.CallOpts, a, b)
}

// G2Generator is a free data retrieval call binding the contract method 0xa97b3db3.
//
// Solidity: function g2Generator() pure returns((uint256,uint256,uint256,uint256))
func (_BN254Harness *BN254HarnessCaller) G2Generator(opts *bind.CallOpts) (BN254G2Point, error) {
	var out []interface{}
	err := _BN254Harness.contract.Call(opts, &out, "g2Generator")

	if err != nil {
		return *new(BN254G2Point), err
	}

	out0 := *abi.ConvertType(out[0], new(BN254G2Point)).(*BN254G2Point)

	return out0, err

}

// G2Generator is a free data retrieval call binding the contract method 0xa97b3db3.
//
// Solidity: function g2Generator() pure returns((uint256,uint256,uint256,uint256))
func (_BN254Harness *BN254HarnessSession) G2Generator() (BN254G2Point, error) {
	return _BN254Harness.Contract.G2Generator(&_BN254Harness.CallOpts)
}

// G2Generator is a free data retrieval call binding the contract method 0xa97b3db3.
//
// Solidity: function g2Generator() pure returns((uint256,uint256,uint256,uint256))
func (_BN254Harness *BN254HarnessCallerSession) G2Generator() (BN254G2Point, error) {
	return _BN254Harness.Contract.G2Generator(&_BN254Harness.CallOpts)
}

// HashToG1 is a free data retrieval call binding the contract method 0x178dd948.
//
// Solidity: function hashToG1(bytes32 message) view returns((uint256,uint256))
func (_BN254Harness *BN254HarnessCaller) HashToG1(opts *bind.CallOpts, message [32]byte) (BN254G1Point, error) {
	var out []interface{}
	err := _BN254Harness.contract.Call(opts, &out, "hashToG1", message)

	if err != nil {
		return *new(BN254G1Point), err
	}

	out0 := *abi.ConvertType(out[0], new(BN254G1Point)).(*BN254G1Point)

	return out0, err

}

// HashToG1 is a free data retrieval call binding the contract method 0x178dd948.
//
// Solidity: function hashToG1(bytes32 message) view returns((uint256,uint256))
func (_BN254Harness *BN254HarnessSession) HashToG1(message [32]byte) (BN254G1Point, error) {
	return _BN254Harness.Contract.HashToG1(&_BN254Harness.CallOpts, message)
}

// HashToG1 is a free data retrieval call binding the contract method 0x178dd948.
//
// Solidity: function hashToG1(bytes32 message) view returns((uint256,uint256))
func (_BN254Harness *BN254HarnessCallerSession) HashToG1(message [32]byte) (BN254G1Point, error) {
	return _BN254Harness.Contract.HashToG1(&_BN254Harness.CallOpts, message)
}

// HashToG1Many is a free data retrieval call binding the contract method 0x4107d3fc.
//
// Solidity: function hashToG1Many(bytes32[] messages) view returns((uint256,uint256)[] points)
func (_BN254Harness *BN254HarnessCaller) HashToG1Many(opts *bind.CallOpts, messages [][32]byte) ([]BN254G1Point, error) {
	var out []interface{}
	err := _BN254Harness.contract.Call(opts, &out, "hashToG1Many", messages)

	if err != nil {
		return *new([]BN254G1Point), err
	}

	out0 := *abi.ConvertType(out[0], new([]BN254G1Point)).(*[]BN254G1Point)

	return out0, err

}

// HashToG1Many is a free data retrieval call binding the contract method 0x4107d3fc.
//
// Solidity: function hashToG1Many(bytes32[] messages) view returns((uint256,uint256)[] points)
func (_BN254Harness *BN254HarnessSession) HashToG1Many(messages [][32]byte) ([]BN254G1Point, error) {
	return _BN254Harness.Contract.HashToG1Many(&_BN254Harness.CallOpts, messages)
}

// HashToG1Many is a free data retrieval call binding the contract method 0x4107d3fc.
//
// Solidity: function hashToG1Many(bytes32[] messages) view returns((uint256,uint256)[] points)
func (_BN254Harness *BN254HarnessCallerSession) HashToG1Many(messages [][32]byte) ([]BN254G1Point, error) {
	return _BN254Harness.Contract.HashToG1Many(&_BN254Harness.CallOpts, messages)
}

// Mul is a free data retrieval call binding the contract method 0x12296bbb.
//
// Solidity: function mul((uint256,uint256) p, uint256 s) view returns((uint256,uint256))
func (_BN254Harness *BN254HarnessCaller) Mul(opts *bind.CallOpts, p BN254G1Point, s *big.Int) (BN254G1Point, error) {
	var out []interface{}
	err := _BN254Harness.contract.Call(opts, &out, "mul", p, s)

	if err != nil {
		return *new(BN254G1Point), err
	}

	out0 := *abi.ConvertType(out[0], new(BN254G1Point)).(*BN254G1Point)

	return out0, err

}

// Mul is a free data retrieval call binding the contract method 0x12296bbb.
//
// Solidity: function mul((uint256,uint256) p, uint256 s) view returns((uint256,uint256))
func (_BN254Harness *BN254HarnessSession) Mul(p BN254G1Point, s *big.Int) (BN254G1Point, error) {
	return _BN254Harness.Contract.Mul(&_BN254Harness.CallOpts, p, s)
}

// Mul is a free data retrieval call binding the contract method 0x12296bbb.
//
// Solidity: function mul((uint256,uint256) p, uint256 s) view returns((uint256,uint256))
func (_BN254Harness *BN254HarnessCallerSession) Mul(p BN254G1Point, s *big.Int) (BN254G1Point, error) {
	return _BN254Harness.Contract.Mul(&_BN254Harness.CallOpts, p, s)
}

// NegG2Generator is a free data retrieval call binding the contract method 0x64d69ef4.
//
// Solidity: function negG2Generator() pure returns((uint256,uint256,uint256,uint256))
func (_BN254Harness *BN254HarnessCaller) NegG2Generator(opts *bind.CallOpts) (BN254G2Point, error) {
	var out []interface{}
	err := _BN254Harness.contract.Call(opts, &out, "negG2Generator")

	if err != nil {
		return *new(BN254G2Point), err
	}

	out0 := *abi.ConvertType(out[0], new(BN254G2Point)).(*BN254G2Point)

	return out0, err

}

// NegG2Generator is a free data retrieval call binding the contract method 0x64d69ef4.
//
// Solidity: function negG2Generator() pure returns((uint256,uint256,uint256,uint256))
func (_BN254Harness *BN254HarnessSession) NegG2Generator() (BN254G2Point, error) {
	return _BN254Harness.Contract.NegG2Generator(&_BN254Harness.CallOpts)
}

// NegG2Generator is a free data retrieval call binding the contract method 0x64d69ef4.
//
// Solidity: function negG2Generator() pure returns((uint256,uint256,uint256,uint256))
func (_BN254Harness *BN254HarnessCallerSession) NegG2Generator() (BN254G2Point, error) {
	return _BN254Harness.Contract.NegG2Generator(&_BN254Harness.CallOpts)
}

// Negate is a free data retrieval call binding the contract method 0xfb6b9e9a.
//
// Solidity: function negate((uint256,uint256) p) pure returns((uint256,uint256))
func (_BN254Harness *BN254HarnessCaller) Negate(opts *bind.CallOpts, p BN254G1Point) (BN254G1Point, error) {
	var out []interface{}
	err := _BN254Harness.contract.Call(opts, &out, "negate", p)

	if err != nil {
		return *new(BN254G1Point), err
	}

	out0 := *abi.ConvertType(out[0], new(BN254G1Point)).(*BN254G1Point)

	return out0, err

}

// Negate is a free data retrieval call binding the contract method 0xfb6b9e9a.
//
// Solidity: function negate((uint256,uint256) p) pure returns((uint256,uint256))
func (_BN254Harness *BN254HarnessSession) Negate(p BN254G1Point) (BN254G1Point, error) {
	return _BN254Harness.Contract.Negate(&_BN254Harness.CallOpts, p)
}

// Negate is a free data retrieval call binding the contract method 0xfb6b9e9a.
//
// Solidity: function negate((uint256,uint256) p) pure returns((uint256,uint256))
func (_BN254Harness *BN254HarnessCallerSession) Negate(p BN254G1Point) (BN254G1Point, error) {
	return _BN254Harness.Contract.Negate(&_BN254Harness.CallOpts, p)
}

// Pairing2 is a free data retrieval call binding the contract method 0xaf90322a.
//
// Solidity: function pairing2((uint256,uint256) a1, (uint256,uint256,uint256,uint256) a2, (uint256,uint256) b1, (uint256,uint256,uint256,uint256) b2) view returns(bool)
func (_BN254Harness *BN254HarnessCaller) Pairing2(opts *bind.CallOpts, a1 BN254G1Point, a2 BN254G2Point, b1 BN254G1Point, b2 BN254G2Point) (bool, error) {
	var out []interface{}
	err := _BN254Harness.contract.Call(opts, &out, "pairing2", a1, a2, b1, b2)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Pairing2 is a free data retrieval call binding the contract method 0xaf90322a.
//
// Solidity: function pairing2((uint256,uint256) a1, (uint256,uint256,uint256,uint256) a2, (uint256,uint256) b1, (uint256,uint256,uint256,uint256) b2) view returns(bool)
func (_BN254Harness *BN254HarnessSession) Pairing2(a1 BN254G1Point, a2 BN254G2Point, b1 BN254G1Point, b2 BN254G2Point) (bool, error) {
	return _BN254Harness.Contract.Pairing2(&_BN254Harness.CallOpts, a1, a2, b1, b2)
}

// Pairing2 is a free data retrieval call binding the contract method 0xaf90322a.
//
// Solidity: function pairing2((uint256,uint256) a1, (uint256,uint256,uint256,uint256) a2, (uint256,uint256) b1, (uint256,uint256,uint256,uint256) b2) view returns(bool)
func (_BN254Harness *BN254HarnessCallerSession) Pairing2(a1 BN254G1Point, a2 BN254G2Point, b1 BN254G1Point, b2 BN254G2Point) (bool, error) {
	return _BN254Harness.Contract.Pairing2(&_BN254Harness.CallOpts, a1, a2, b1, b2)
}

// Verify is a free data retrieval call binding the contract method 0xad2e5964.
//
// Solidity: function verify(bytes32 msgHash, (uint256,uint256) apk, (uint256,uint256,uint256,uint256) apkG2, (uint256,uint256) sigma) view returns(bool)
func (_BN254Harness *BN254HarnessCaller) Verify(opts *bind.CallOpts, msgHash [32]byte, apk BN254G1Point, apkG2 BN254G2Point, sigma BN254G1Point) (bool, error) {
	var out []interface{}
	err := _BN254Harness.contract.Call(opts, &out, "verify", msgHash, apk, apkG2, sigma)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Verify is a free data retrieval call binding the contract method 0xad2e5964.
//
// Solidity: function verify(bytes32 msgHash, (uint256,uint256) apk, (uint256,uint256,uint256,uint256) apkG2, (uint256,uint256) sigma) view returns(bool)
func (_BN254Harness *BN254HarnessSession) Verify(msgHash [32]byte, apk BN254G1Point, apkG2 BN254G2Point, sigma BN254G1Point) (bool, error) {
	return _BN254Harness.Contract.Verify(&_BN254Harness.CallOpts, msgHash, apk, apkG2, sigma)
}

// Verify is a free data retrieval call binding the contract method 0xad2e5964.
//
// Solidity: function verify(bytes32 msgHash, (uint256,uint256) apk, (uint256,uint256,uint256,uint256) apkG2, (uint256,uint256) sigma) view returns(bool)
func (_BN254Harness *BN254HarnessCallerSession) Verify(msgHash [32]byte, apk BN254G1Point, apkG2 BN254G2Point, sigma BN254G1Point) (bool, error) {
	return _BN254Harness.Contract.Verify(&_BN254Harness.CallOpts, msgHash, apk, apkG2, sigma)
}

// VerifyGas is a free data retrieval call binding the contract method 0x06b1ccb6.
//
// Solidity: function verifyGas(bytes32 msgHash, (uint256,uint256) apk, (uint256,uint256,uint256,uint256) apkG2, (uint256,uint256) sigma) view returns(bool ok, uint256 gasUsed)
func (_BN254Harness *BN254HarnessCaller) VerifyGas(opts *bind.CallOpts, msgHash [32]byte, apk BN254G1Point, apkG2 BN254G2Point, sigma BN254G1Point) (struct {
	Ok      bool
	GasUsed *big.Int
}, error) {
	var out []interface{}
	err := _BN254Harness.contract.Call(opts, &out, "verifyGas", msgHash, apk, apkG2, sigma)

	outstruct := new(struct {
		Ok      bool
		GasUsed *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Ok = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.GasUsed = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// VerifyGas is a free data retrieval call binding the contract method 0x06b1ccb6.
//
// Solidity: function verifyGas(bytes32 msgHash, (uint256,uint256) apk, (uint256,uint256,uint256,uint256) apkG2, (uint256,uint256) sigma) view returns(bool ok, uint256 gasUsed)
func (_BN254Harness *BN254HarnessSession) VerifyGas(msgHash [32]byte, apk BN254G1Point, apkG2 BN254G2Point, sigma BN254G1Point) (struct {
	Ok      bool
	GasUsed *big.Int
}, error) {
	return _BN254Harness.Contract.VerifyGas(&_BN254Harness.CallOpts, msgHash, apk, apkG2, sigma)
}

// VerifyGas is a free data retrieval call binding the contract method 0x06b1ccb6.
//
// Solidity: function verifyGas(bytes32 msgHash, (uint256,uint256) apk, (uint256,uint256,uint256,uint256) apkG2, (uint256,uint256) sigma) view returns(bool ok, uint256 gasUsed)
func (_BN254Harness *BN254HarnessCallerSession) VerifyGas(msgHash [32]byte, apk BN254G1Point, apkG2 BN254G2Point, sigma BN254G1Point) (struct {
	Ok      bool
	GasUsed *big.Int
}, error) {
	return _BN254Harness.Contract.VerifyGas(&_BN254Harness.CallOpts, msgHash, apk, apkG2, sigma)
}

// BatchInboxMetaData contains all meta data concerning the BatchInbox contract.
var BatchInboxMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractOperatorRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractIMissedWindowSink\",\"name\":\"missedWindowSink_\",\"type\":\"address\"},{\"internalType\":\"contractIBatchRewards\",\"name\":\"rewards_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"chainId_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"subWindowLength_\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"initialBatcher_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"unsafeBlockSigner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"committedHash\",\"type\":\"bytes32\"}],\"name\":\"BatchAlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nextBatchIndex\",\"type\":\"uint64\"}],\"name\":\"BatchIndexGap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"batcher\",\"type\":\"address\"}],\"name\":\"BatcherTakenThisBlock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signerBitmap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"epochSize\",\"type\":\"uint256\"}],\"name\":\"BitmapOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"actual\",\"type\":\"bytes32\"}],\"name\":\"BlobHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"CoordinateNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"EmptyEpoch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ExtraBlob\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"G1AddFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"G1MulFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hook\",\"type\":\"address\"}],\"name\":\"HookNotDeployed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signedStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"totalStake\",\"type\":\"uint256\"}],\"name\":\"InsufficientQuorum\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"MissingBlob\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModExpFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBlobs\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"allowed\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"untilBlock\",\"type\":\"uint256\"}],\"name\":\"NotYourWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PairingInputInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currentEpoch\",\"type\":\"uint256\"}],\"name\":\"StaleEpoch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"windowStart\",\"type\":\"uint64\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"UnknownEpoch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"}],\"name\":\"WrongChainId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lastHeaderHash\",\"type\":\"bytes32\"}],\"name\":\"WrongParent\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"signerBitmap\",\"type\":\"uint256\"}],\"name\":\"BatchCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"updateType\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"ConfigUpdate\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CONFIG_VERSION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_EPOCH_LAG\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UNSAFE_BLOCK_SIGNER_SLOT\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPDATE_TYPE_BATCHER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batcher\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"chainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"blobHashes\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64\",\"name\":\"l1OriginNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1OriginHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"fallbacks\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"windowStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"}],\"internalType\":\"structBatchHeader\",\"name\":\"header\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"signerBitmap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigmaX\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigmaY\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"apkG2XIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"apkG2XRe\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"apkG2YIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"apkG2YRe\",\"type\":\"uint256\"}],\"internalType\":\"structCertificate\",\"name\":\"cert\",\"type\":\"tuple\"}],\"name\":\"commitBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"blobHashes\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64\",\"name\":\"l1OriginNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1OriginHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"fallbacks\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"windowStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"}],\"internalType\":\"structBatchHeader\",\"name\":\"header\",\"type\":\"tuple\"}],\"name\":\"hashHeader\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"headerHashOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastHeaderHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"missedWindowSink\",\"outputs\":[{\"internalType\":\"contractIMissedWindowSink\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextBatchIndex\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractOperatorRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewards\",\"outputs\":[{\"internalType\":\"contractIBatchRewards\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"subWindowLength\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unsafeBlockSigner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"blobHashes\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64\",\"name\":\"l1OriginNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1OriginHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"fallbacks\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"windowStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"}],\"internalType\":\"structBatchHeader\",\"name\":\"header\",\"type\":\"tuple\"}],\"name\":\"whoMaySubmit\",\"outputs\":[{\"internalType\":\"enumBatchInbox.WindowPhase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"allowed\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"untilBlock\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x610120604052348015610010575f5ffd5b506040516124bb3803806124bb83398101604081905261002f91610119565b6001600160a01b0387163b158061004d57506001600160401b038416155b8061005f57506001600160401b038316155b1561007d576040516306b7c75960e31b815260040160405180910390fd5b6001600160a01b0396871660805294861660a05292851660c0526001600160401b0391821660e0521661010052600180546001600160a01b03191691909316179091557f65a7ed542fb37fe237fdfbdd70b31598523fe5b32879e307bae27a0bd9581c08556101a9565b6001600160a01b03811681146100fb575f5ffd5b50565b80516001600160401b0381168114610114575f5ffd5b919050565b5f5f5f5f5f5f5f60e0888a03121561012f575f5ffd5b875161013a816100e7565b602089015190975061014b816100e7565b604089015190965061015c816100e7565b945061016a606089016100fe565b9350610178608089016100fe565b925060a0880151610188816100e7565b60c0890151909250610199816100e7565b8091505092959891949750929550565b60805160a05160c05160e0516101005161225e61025d5f395f818161018b0152818161103301526110bf01525f8181610257015281816104f8015281816106be015281816107a50152818161088801526108ef01525f818161027e0152818161071e01528181610750015261077e01525f81816102ad015281816105f60152818161062b015261065901525f818161022001528181610ac601528181610dc50152818161114a01526112df015261225e5ff3fe608060405234801561000f575f5ffd5b5060043610610106575f3560e01c80637b1039991161009e578063ba47ae2a1161006e578063ba47ae2a146102a0578063d52f0f29146102a8578063d5bad802146102cf578063d5e50ca3146102e8578063dbf5ed911461030a575f5ffd5b80637b1039991461021b5780637e4fa700146102425780639a8a0592146102525780639ec5a89414610279575f5ffd5b806330da920b116100d957806330da920b1461018657806334e30097146101c55780634f16540b146101cc5780636b5b338d146101f3575f5ffd5b8063025a3a291461010a5780630505d534146101345780631dfa1e271461014a5780631fd19ee11461015f575b5f5ffd5b6001546001600160a01b03165b6040516001600160a01b0390911681526020015b60405180910390f35b61013c61031d565b60405190815260200161012b565b61015d6101583660046119d0565b610361565b005b7f65a7ed542fb37fe237fdfbdd70b31598523fe5b32879e307bae27a0bd9581c0854610117565b6101ad7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b03909116815260200161012b565b61013c5f81565b61013c7f65a7ed542fb37fe237fdfbdd70b31598523fe5b32879e307bae27a0bd9581c0881565b61013c610201366004611a41565b6001600160401b03165f9081526002602052604090205490565b6101177f000000000000000000000000000000000000000000000000000000000000000081565b5f546001600160401b03166101ad565b6101ad7f000000000000000000000000000000000000000000000000000000000000000081565b6101177f000000000000000000000000000000000000000000000000000000000000000081565b61013c600181565b6101177f000000000000000000000000000000000000000000000000000000000000000081565b6102d65f81565b60405160ff909116815260200161012b565b6102fb6102f6366004611a61565b610851565b60405161012b93929190611aae565b61013c610318366004611a61565b61086b565b5f80546001600160401b031680156103595760025f61033d600184611aff565b6001600160401b031681526020019081526020015f205461035b565b5f5b91505090565b604080518082019091525f546001600160401b03808216808452600160401b90920416602083015261039490849061087e565b61039d83610a41565b60015460208201516001600160a01b03909116906001600160401b0316431480156103d15750336001600160a01b03821614155b156103ff5760405163adb0c81f60e01b81526001600160a01b03821660048201526024015b60405180910390fd5b61041461040f60c0860186611b1e565b610bcf565b5f61042661042186611ce6565b610cb4565b90506104448161043e61014088016101208901611a41565b86610d05565b5f6104556040870160208801611a41565b6001600160401b0381165f9081526002602052604090819020849055805180820190915290915080610488836001611e15565b6001600160401b03908116825243811660209283015282515f805494909301518216600160401b026fffffffffffffffffffffffffffffffff19909416908216179290921790553390839083167f8c58506479036731022d5b3272ca7fae4187d34617d3b71dc76401792a5cf57d7f00000000000000000000000000000000000000000000000000000000000000006105296101408c016101208d01611a41565b604080516001600160401b0393841681529290911660208301528a359082015260600160405180910390a4336001600160a01b038416146105cf57600180546001600160a01b031916339081179091556040805160208101929092525f9182917f1d2b0bda21d56b8bd12d4f94ebacffdfb35f5e226f84b461103bb8beab6353be910160408051601f19818403018152908290526105c691611e34565b60405180910390a35b6105e16101c087016101a08801611a41565b6001600160401b0316431015801561062157507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031615155b1561071c5761064f7f0000000000000000000000000000000000000000000000000000000000000000610f71565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166301cc825e61069061016089016101408a01611e69565b6040516001600160e01b031960e084901b1681526001600160a01b0390911660048201526001600160401b037f000000000000000000000000000000000000000000000000000000000000000081166024830152841660448201526064015f604051808303815f87803b158015610705575f5ffd5b505af1158015610717573d5f5f3e3d5ffd5b505050505b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031615610849576107747f0000000000000000000000000000000000000000000000000000000000000000610f71565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016633bc4bd4a7f0000000000000000000000000000000000000000000000000000000000000000836107d76101408b016101208c01611a41565b6040516001600160e01b031960e086901b1681526001600160401b039384166004820152918316602483015290911660448201523360648201528735608482015260a4015f604051808303815f87803b158015610832575f5ffd5b505af1158015610844573d5f5f3e3d5ffd5b505050505b505050505050565b5f5f5f61085d84610fa9565b9250925092505b9193909250565b5f61087861042183611ce6565b92915050565b6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166108b56020840184611a41565b6001600160401b03161461091e576108d06020830183611a41565b60405163302c201560e01b81526001600160401b0391821660048201527f000000000000000000000000000000000000000000000000000000000000000090911660248201526044016103f6565b5f61092f6040840160208501611a41565b9050816001600160401b0316816001600160401b03161015610986576001600160401b0381165f8181526002602052604090819020549051634309e4bd60e11b8152600481019290925260248201526044016103f6565b816001600160401b0316816001600160401b031611156109cc57604051632820188f60e11b81526001600160401b038083166004830152831660248201526044016103f6565b5f6001600160401b03831615610a065760025f6109ea600186611aff565b6001600160401b031681526020019081526020015f2054610a08565b5f5b905080846080013514610a3b57604051637c5f784160e11b815260808501356004820152602481018290526044016103f6565b50505050565b5f5f5f610a4d84610fa9565b919450925090505f836003811115610a6757610a67611a9a565b03610aa357610a7e6101a085016101808601611a41565b60405163d606d83f60e01b81526001600160401b0390911660048201526024016103f6565b6003836003811115610ab757610ab7611a9a565b03610b94576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016637d9e10f5610afd61014087016101208801611a41565b6040516001600160e01b031960e084901b1681526001600160401b039091166004820152336024820152604401602060405180830381865afa158015610b45573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b699190611e84565b610b8f576040516389447f5160e01b81525f6004820152602481018290526044016103f6565b610a3b565b336001600160a01b03831614610a3b576040516389447f5160e01b81526001600160a01b0383166004820152602481018290526044016103f6565b805f819003610bf15760405163fdac229f60e01b815260040160405180910390fd5b5f5b81811015610c8b578049848483818110610c0f57610c0f611ea3565b905060200201358114610c825780610c3d57604051634af69d9960e11b8152600481018390526024016103f6565b81858584818110610c5057610c50611ea3565b6040516339fe9a7b60e11b815260048101949094526020029190910135602483015250604481018290526064016103f6565b50600101610bf3565b50804915610caf5760405163b96ba33760e01b8152600481018290526024016103f6565b505050565b5f7f2374700f4444956615093f545e3578bca8445b2b312a82c11758b5c3fe7d2c6b82604051602001610ce8929190611f2a565b604051602081830303815290604052805190602001209050919050565b5f610d0f8361111e565b60408101519091508235906001600160401b031681901c15610d5c5760408083015190516382a85a2b60e01b8152600481018390526001600160401b0390911660248201526044016103f6565b604080518082019091525f80825260208201819052805b84604001516001600160401b0316811015610e56576001811b84165f03610e4e5760405163d0fb813b60e01b81526001600160401b0388166004820152602481018290525f9081906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063d0fb813b90604401608060405180830381865afa158015610e0a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e2e91906120bc565b9250925050610e3d85826113fe565b9450610e4982856120f9565b935050505b600101610d73565b505f610e6d855f0151610e6885611466565b6113fe565b90505f604051806040016040528088602001358152602001886040013581525090505f604051806080016040528089606001358152602001896080013581526020018960a0013581526020018960c001358152509050610ecf8a848385611568565b610eec57604051638baa579f60e01b815260040160405180910390fd5b5f8488602001516001600160801b0316610f06919061210c565b905087602001516001600160801b03166002610f22919061211f565b610f2d82600361211f565b1015610f6457602088015160405163350f733d60e11b8152600481018390526001600160801b0390911660248201526044016103f6565b5050505050505050505050565b806001600160a01b03163b5f03610fa6576040516309c3f29d60e31b81526001600160a01b03821660048201526024016103f6565b50565b5f808080610fbf6101a086016101808701611a41565b6001600160401b031690505f610fdd6101c087016101a08801611a41565b6001600160401b0316905081431015610ffe57505f93508392509050610864565b8043101561102857600161101a61016088016101408901611e69565b829450945094505050610864565b5f6001600160401b037f00000000000000000000000000000000000000000000000000000000000000001661105d834361210c565b611067919061214a565b9050611077610160880188611b1e565b905081101561110c576002611090610160890189611b1e565b838181106110a0576110a0611ea3565b90506020020160208101906110b59190611e69565b6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166110ea8460016120f9565b6110f4919061211f565b6110fe90856120f9565b955095509550505050610864565b506003965f96505f1995509350505050565b6040805160a0810182525f6060820181815260808301829052825260208201819052918101919091525f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663766718086040518163ffffffff1660e01b8152600401602060405180830381865afa1580156111a4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111c8919061215d565b905080836001600160401b031611156111ff576040516380cfe51760e01b81526001600160401b03841660048201526024016103f6565b8061121460016001600160401b0386166120f9565b10156112455760405163110c3f5d60e11b81526001600160401b0384166004820152602481018290526044016103f6565b6001600160401b038084165f90815260036020908152604091829020825160a0810184528154606082019081526001830154608083015281526002909101546001600160801b038116928201839052600160801b900490931691830191909152909250156112b35750919050565b604051631c4a114760e11b81526001600160401b03841660048201525f90819081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690633894228e906024015f60405180830381865afa158015611323573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261134a9190810190612174565b925092509250815f0361137b576040516310ba293760e21b81526001600160401b03871660048201526024016103f6565b604080516060810182529384526001600160801b03928316602080860191825292516001600160401b039081168684019081529881165f908152600385529290922085518051825590930151600184015551600290920180549751909116600160801b026001600160c01b03199097169190921617949094179093555090919050565b604080518082019091525f80825260208201525f6040518451815260208501516020820152835160408201526020840151606082015260408360808360065afa9150508061145f5760405163d6cc76eb60e01b815260040160405180910390fd5b5092915050565b604080518082019091525f80825260208201526114828261169a565b1561149f575050604080518082019091525f808252602082015290565b5f51602061223e5f395f51905f528260200151106114d8578160200151604051634b296f9960e11b81526004016103f691815260200190565b81515f51602061223e5f395f51905f521161150c578151604051634b296f9960e11b815260048101919091526024016103f6565b81602001515f0361152f575060408051808201909152905181525f602082015290565b6040518060400160405280835f0151815260200183602001515f51602061223e5f395f51905f52611560919061210c565b905292915050565b5f5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000186865f01518760200151875f0151886020015189604001518a606001518a5f01518b6020015160405160200161160399989796959493929190988952602089019790975260408801959095526060870193909352608086019190915260a085015260c084015260e08301526101008201526101200190565b604051602081830303815290604052805190602001205f1c611625919061222a565b90505f61163684610e6888856116af565b90505f61167961164589611705565b610e686116736040805180820182525f80825260209182015281518083019092526001825260029082015290565b866116af565b905061168e826116876117bf565b838961188c565b98975050505050505050565b80515f90158015610878575050602001511590565b604080518082019091525f80825260208201525f604051845181526020850151602082015283604082015260408360608360075afa9150508061145f576040516320b873d560e21b815260040160405180910390fd5b604080518082019091525f80825260208201525f6117305f51602061223e5f395f51905f528461222a565b90505b5f5f51602061223e5f395f51905f5260035f51602061223e5f395f51905f52845f51602061223e5f395f51905f52868709090890505f61177282611936565b9050815f51602061223e5f395f51905f52828309036117a4576040805180820190915292835260208301525092915050565b5f51602061223e5f395f51905f526001840892505050611733565b6117e660405180608001604052805f81526020015f81526020015f81526020015f81525090565b60405180608001604052807f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c281526020017f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed81526020017f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec81526020017f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d815250905090565b5f5f6040518651815260208701516020820152855160408201526020860151606082015260408601516080820152606086015160a0820152845160c0820152602085015160e082015283516101008201526020840151610120820152604084015161014082015260608401516101608201526020816101808360085afa9051925090508061192d576040516331ac232160e01b815260040160405180910390fd5b50949350505050565b5f5f60405160208152602080820152602060408201528360608201527f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5260808201525f51602061223e5f395f51905f5260a082015260208160c08360055afa905192509050806119b9576040516301f7ec5f60e41b815260040160405180910390fd5b50919050565b5f6101c082840312156119b9575f5ffd5b5f5f8284036101008112156119e3575f5ffd5b83356001600160401b038111156119f8575f5ffd5b611a04868287016119bf565b93505060e0601f1982011215611a18575f5ffd5b506020830190509250929050565b80356001600160401b0381168114611a3c575f5ffd5b919050565b5f60208284031215611a51575f5ffd5b611a5a82611a26565b9392505050565b5f60208284031215611a71575f5ffd5b81356001600160401b03811115611a86575f5ffd5b611a92848285016119bf565b949350505050565b634e487b7160e01b5f52602160045260245ffd5b6060810160048510611ace57634e487b7160e01b5f52602160045260245ffd5b9381526001600160a01b0392909216602083015260409091015290565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03828116828216039081111561087857610878611aeb565b5f5f8335601e19843603018112611b33575f5ffd5b8301803591506001600160401b03821115611b4c575f5ffd5b6020019150600581901b3603821315611b63575f5ffd5b9250929050565b634e487b7160e01b5f52604160045260245ffd5b6040516101c081016001600160401b0381118282101715611ba157611ba1611b6a565b60405290565b604051601f8201601f191681016001600160401b0381118282101715611bcf57611bcf611b6a565b604052919050565b5f6001600160401b03821115611bef57611bef611b6a565b5060051b60200190565b5f82601f830112611c08575f5ffd5b8135611c1b611c1682611bd7565b611ba7565b8082825260208201915060208360051b860101925085831115611c3c575f5ffd5b602085015b83811015611c59578035835260209283019201611c41565b5095945050505050565b6001600160a01b0381168114610fa6575f5ffd5b8035611a3c81611c63565b5f82601f830112611c91575f5ffd5b8135611c9f611c1682611bd7565b8082825260208201915060208360051b860101925085831115611cc0575f5ffd5b602085015b83811015611c59578035611cd881611c63565b835260209283019201611cc5565b5f6101c08236031215611cf7575f5ffd5b611cff611b7e565b611d0883611a26565b8152611d1660208401611a26565b6020820152611d2760408401611a26565b6040820152611d3860608401611a26565b60608201526080838101359082015260a0808401359082015260c08301356001600160401b03811115611d69575f5ffd5b611d7536828601611bf9565b60c083015250611d8760e08401611a26565b60e08201526101008381013590820152611da46101208401611a26565b610120820152611db76101408401611c77565b6101408201526101608301356001600160401b03811115611dd6575f5ffd5b611de236828601611c82565b61016083015250611df66101808401611a26565b610180820152611e096101a08401611a26565b6101a082015292915050565b6001600160401b03818116838216019081111561087857610878611aeb565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f60208284031215611e79575f5ffd5b8135611a5a81611c63565b5f60208284031215611e94575f5ffd5b81518015158114611a5a575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b5f8151808452602084019350602083015f5b82811015611ee7578151865260209586019590910190600101611ec9565b5093949350505050565b5f8151808452602084019350602083015f5b82811015611ee75781516001600160a01b0316865260209586019590910190600101611f03565b82815260406020820152611f4a6040820183516001600160401b03169052565b5f6020830151611f6560608401826001600160401b03169052565b5060408301516001600160401b03811660808401525060608301516001600160401b03811660a084015250608083015160c083015260a083015160e083015260c08301516101c0610100840152611fc0610200840182611eb7565b905060e0840151611fdd6101208501826001600160401b03169052565b506101008401516101408401526101208401516001600160401b038116610160850152506101408401516001600160a01b03811661018085015250610160840151838203603f19016101a08501526120358282611ef1565b9150506101808401516120546101c08501826001600160401b03169052565b506101a08401516001600160401b0381166101e085015261192d565b5f60408284031215612080575f5ffd5b604080519081016001600160401b03811182821017156120a2576120a2611b6a565b604052825181526020928301519281019290925250919050565b5f5f5f608084860312156120ce575f5ffd5b83516120d981611c63565b602085015190935091506120f08560408601612070565b90509250925092565b8082018082111561087857610878611aeb565b8181038181111561087857610878611aeb565b808202811582820484141761087857610878611aeb565b634e487b7160e01b5f52601260045260245ffd5b5f8261215857612158612136565b500490565b5f6020828403121561216d575f5ffd5b5051919050565b5f5f5f60808486031215612186575f5ffd5b6121908585612070565b6040850151606086015191945092506001600160401b038111156121b2575f5ffd5b8401601f810186136121c2575f5ffd5b80516121d0611c1682611bd7565b8082825260208201915060208360051b8501019250888311156121f1575f5ffd5b6020840193505b8284101561221c57835161220b81611c63565b8252602093840193909101906121f8565b809450505050509250925092565b5f8261223857612238612136565b50069056fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47",
}

// BatchInboxABI is the input ABI used to generate the binding from.
// Deprecated: Use BatchInboxMetaData.ABI instead.
var BatchInboxABI = BatchInboxMetaData.ABI

// BatchInboxBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use BatchInboxMetaData.Bin instead.
var BatchInboxBin = BatchInboxMetaData.Bin

// DeployBatchInbox deploys a new Ethereum contract, binding an instance of BatchInbox to it.
func DeployBatchInbox(auth *bind.TransactOpts, backend bind.ContractBackend, registry_ common.Address, missedWindowSink_ common.Address, rewards_ common.Address, chainId_ uint64, subWindowLength_ uint64, initialBatcher_ common.Address, unsafeBlockSigner_ common.Address) (common.Address, *types.Transaction, *BatchInbox, error) {
	parsed, err := BatchInboxMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(BatchInboxBin), backend, registry_, missedWindowSink_, rewards_, chainId_, subWindowLength_, initialBatcher_, unsafeBlockSigner_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &BatchInbox{BatchInboxCaller: BatchInboxCaller{contract: contract}, BatchInboxTransactor: BatchInboxTransactor{contract: contract}, BatchInboxFilterer: BatchInboxFilterer{contract: contract}}, nil
}

// BatchInbox is an auto generated Go binding around an Ethereum contract.
type BatchInbox struct {
	BatchInboxCaller     // Read-only binding to the contract
	BatchInboxTransactor // Write-only binding to the contract
	BatchInboxFilterer   // Log filterer for contract events
}

// BatchInboxCaller is an auto generated read-only Go binding around an Ethereum contract.
type BatchInboxCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BatchInboxTransactor is an auto generated write-only Go binding around an Ethereum contract.
type BatchInboxTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BatchInboxFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type BatchInboxFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BatchInboxSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type BatchInboxSession struct {
	Contract     *BatchInbox       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// BatchInboxCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type BatchInboxCallerSession struct {
	Contract *BatchInboxCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// BatchInboxTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type BatchInboxTransactorSession struct {
	Contract     *BatchInboxTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// BatchInboxRaw is an auto generated low-level Go binding around an Ethereum contract.
type BatchInboxRaw struct {
	Contract *BatchInbox // Generic contract binding to access the raw methods on
}

// BatchInboxCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type BatchInboxCallerRaw struct {
	Contract *BatchInboxCaller // Generic read-only contract binding to access the raw methods on
}

// BatchInboxTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type BatchInboxTransactorRaw struct {
	Contract *BatchInboxTransactor // Generic write-only contract binding to access the raw methods on
}

// NewBatchInbox creates a new instance of BatchInbox, bound to a specific deployed contract.
func NewBatchInbox(address common.Address, backend bind.ContractBackend) (*BatchInbox, error) {
	contract, err := bindBatchInbox(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &BatchInbox{BatchInboxCaller: BatchInboxCaller{contract: contract}, BatchInboxTransactor: BatchInboxTransactor{contract: contract}, BatchInboxFilterer: BatchInboxFilterer{contract: contract}}, nil
}

// NewBatchInboxCaller creates a new read-only instance of BatchInbox, bound to a specific deployed contract.
func NewBatchInboxCaller(address common.Address, caller bind.ContractCaller) (*BatchInboxCaller, error) {
	contract, err := bindBatchInbox(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &BatchInboxCaller{contract: contract}, nil
}

// NewBatchInboxTransactor creates a new write-only instance of BatchInbox, bound to a specific deployed contract.
func NewBatchInboxTransactor(address common.Address, transactor bind.ContractTransactor) (*BatchInboxTransactor, error) {
	contract, err := bindBatchInbox(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &BatchInboxTransactor{contract: contract}, nil
}

// NewBatchInboxFilterer creates a new log filterer instance of BatchInbox, bound to a specific deployed contract.
func NewBatchInboxFilterer(address common.Address, filterer bind.ContractFilterer) (*BatchInboxFilterer, error) {
	contract, err := bindBatchInbox(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &BatchInboxFilterer{contract: contract}, nil
}

// bindBatchInbox binds a generic wrapper to an already deployed contract.
func bindBatchInbox(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := BatchInboxMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BatchInbox *BatchInboxRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BatchInbox.Contract.BatchInboxCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BatchInbox *BatchInboxRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BatchInbox.Contract.BatchInboxTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BatchInbox *BatchInboxRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BatchInbox.Contract.BatchInboxTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BatchInbox *BatchInboxCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BatchInbox.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BatchInbox *BatchInboxTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BatchInbox.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BatchInbox *BatchInboxTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BatchInbox.Contract.contract.Transact(opts, method, params...)
}

// CONFIGVERSION is a free data retrieval call binding the contract method 0x34e30097.
//
// Solidity: function CONFIG_VERSION() view returns(uint256)
func (_BatchInbox *BatchInboxCaller) CONFIGVERSION(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _BatchInbox.contract.Call(opts, &out, "CONFIG_VERSION")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CONFIGVERSION is a free data retrieval call binding the contract method 0x34e30097.
//
// Solidity: function CONFIG_VERSION() view returns(uint256)
func (_BatchInbox *BatchInboxSession) CONFIGVERSION() (*big.Int, error) {
	return _BatchInbox.Contract.CONFIGVERSION(&_BatchInbox.CallOpts)
}

// CONFIGVERSION is a free data retrieval call binding the contract method 0x34e30097.
//
// Solidity: function CONFIG_VERSION() view returns(uint256)
func (_BatchInbox *BatchInboxCallerSession) CONFIGVERSION() (*big.Int, error) {
	return _BatchInbox.Contract.CONFIGVERSION(&_BatchInbox.CallOpts)
}

// MAXEPOCHLAG is a free data retrieval call binding the contract method 0xba47ae2a.
//
// Solidity: function MAX_EPOCH_LAG() view returns(uint256)
func (_BatchInbox *BatchInboxCaller) MAXEPOCHLAG(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _BatchInbox.contract.Call(opts, &out, "MAX_EPOCH_LAG")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXEPOCHLAG is a free data retrieval call binding the contract method 0xba47ae2a.
//
// Solidity: function MAX_EPOCH_LAG() view returns(uint256)
func (_BatchInbox *BatchInboxSession) MAXEPOCHLAG() (*big.Int, error) {
	return _BatchInbox.Contract.MAXEPOCHLAG(&_BatchInbox.CallOpts)
}

// MAXEPOCHLAG is a free data retrieval call binding the contract method 0xba47ae2a.
//
// Solidity: function MAX_EPOCH_LAG() view returns(uint256)
func (_BatchInbox *BatchInboxCallerSession) MAXEPOCHLAG() (*big.Int, error) {
	return _BatchInbox.Contract.MAXEPOCHLAG(&_BatchInbox.CallOpts)
}

// UNSAFEBLOCKSIGNERSLOT is a free data retrieval call binding the contract method 0x4f16540b.
//
// Solidity: function UNSAFE_BLOCK_SIGNER_SLOT() view returns(bytes32)
func (_BatchInbox *BatchInboxCaller) UNSAFEBLOCKSIGNERSLOT(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _BatchInbox.contract.Call(opts, &out, "UNSAFE_BLOCK_SIGNER_SLOT")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// UNSAFEBLOCKSIGNERSLOT is a free data retrieval call binding the contract method 0x4f16540b.
//
// Solidity: function UNSAFE_BLOCK_SIGNER_SLOT() view returns(bytes32)
func (_BatchInbox *BatchInboxSession) UNSAFEBLOCKSIGNERSLOT() ([32]byte, error) {
	return _BatchInbox.Contract.UNSAFEBLOCKSIGNERSLOT(&_BatchInbox.CallOpts)
}

// UNSAFEBLOCKSIGNERSLOT is a free data retrieval call binding the contract method 0x4f16540b.
//
// Solidity: function UNSAFE_BLOCK_SIGNER_SLOT() view returns(bytes32)
func (_BatchInbox *BatchInboxCallerSession) UNSAFEBLOCKSIGNERSLOT() ([32]byte, error) {
	return _BatchInbox.Contract.UNSAFEBLOCKSIGNERSLOT(&_BatchInbox.CallOpts)
}

// UPDATETYPEBATCHER is a free data retrieval call binding the contract method 0xd5bad802.
//
// Solidity: function UPDATE_TYPE_BATCHER() view returns(uint8)
func (_BatchInbox *BatchInboxCaller) UPDATETYPEBATCHER(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _BatchInbox.contract.Call(opts, &out, "UPDATE_TYPE_BATCHER")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// UPDATETYPEBATCHER is a free data retrieval call binding the contract method 0xd5bad802.
//
// Solidity: function UPDATE_TYPE_BATCHER() view returns(uint8)
func (_BatchInbox *BatchInboxSession) UPDATETYPEBATCHER() (uint8, error) {
	return _BatchInbox.Contract.UPDATETYPEBATCHER(&_BatchInbox.CallOpts)
}

// UPDATETYPEBATCHER is a free data retrieval call binding the contract method 0xd5bad802.
//
// Solidity: function UPDATE_TYPE_BATCHER() view returns(uint8)
func (_BatchInbox *BatchInboxCallerSession) UPDATETYPEBATCHER() (uint8, error) {
	return _BatchInbox.Contract.UPDATETYPEBATCHER(&_BatchInbox.CallOpts)
}

// Batcher is a free data retrieval call binding the contract method 0x025a3a29.
//
// Solidity: function batcher() view returns(address)
func (_BatchInbox *BatchInboxCaller) Batcher(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _BatchInbox.contract.Call(opts, &out, "batcher")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Batcher is a free data retrieval call binding the contract method 0x025a3a29.
//
// Solidity: function batcher() view returns(address)
func (_BatchInbox *BatchInboxSession) Batcher() (common.Address, error) {
	return _BatchInbox.Contract.Batcher(&_BatchInbox.CallOpts)
}

// Batcher is a free data retrieval call binding the contract method 0x025a3a29.
//
// Solidity: function batcher() view returns(address)
func (_BatchInbox *BatchInboxCallerSession) Batcher() (common.Address, error) {
	return _BatchInbox.Contract.Batcher(&_BatchInbox.CallOpts)
}

// ChainId is a free data retrieval call binding the contract method 0x9a8a0592.
//
// Solidity: function chainId() view returns(uint64)
func (_BatchInbox *BatchInboxCaller) ChainId(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _BatchInbox.contract.Call(opts, &out, "chainId")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// ChainId is a free data retrieval call binding the contract method 0x9a8a0592.
//
// Solidity: function chainId() view returns(uint64)
func (_BatchInbox *BatchInboxSession) ChainId() (uint64, error) {
	return _BatchInbox.Contract.ChainId(&_BatchInbox.CallOpts)
}

// ChainId is a free data retrieval call binding the contract method 0x9a8a0592.
//
// Solidity: function chainId() view returns(uint64)
func (_BatchInbox *BatchInboxCallerSession) ChainId() (uint64, error) {
	return _BatchInbox.Contract.ChainId(&_BatchInbox.CallOpts)
}

// HashHeader is a free data retrieval call binding the contract method 0xdbf5ed91.
//
// Solidity: function hashHeader((uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32[],uint64,bytes32,uint64,address,address[],uint64,uint64) header) pure returns(bytes32)
func (_BatchInbox *BatchInboxCaller) HashHeader(opts *bind.CallOpts, header BatchHeader) ([32]byte, error) {
	var out []interface{}
	err := _BatchInbox.contract.Call(opts, &out, "hashHeader", header)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// HashHeader is a free data retrieval call binding the contract method 0xdbf5ed91.
//
// Solidity: function hashHeader((uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32[],uint64,bytes32,uint64,address,address[],uint64,uint64) header) pure returns(bytes32)
func (_BatchInbox *BatchInboxSession) HashHeader(header BatchHeader) ([32]byte, error) {
	return _BatchInbox.Contract.HashHeader(&_BatchInbox.CallOpts, header)
}

// HashHeader is a free data retrieval call binding the contract method 0xdbf5ed91.
//
// Solidity: function hashHeader((uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32[],uint64,bytes32,uint64,address,address[],uint64,uint64) header) pure returns(bytes32)
func (_BatchInbox *BatchInboxCallerSession) HashHeader(header BatchHeader) ([32]byte, error) {
	return _BatchInbox.Contract.HashHeader(&_BatchInbox.CallOpts, header)
}

// HeaderHashOf is a free data retrieval call binding the contract method 0x6b5b338d.
//
// Solidity: function headerHashOf(uint64 index) view returns(bytes32)
func (_BatchInbox *BatchInboxCaller) HeaderHashOf(opts *bind.CallOpts, index uint64) ([32]byte, error) {
	var out []interface{}
	err := _BatchInbox.contract.Call(opts, &out, "headerHashOf", index)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// HeaderHashOf is a free data retrieval call binding the contract method 0x6b5b338d.
//
// Solidity: function headerHashOf(uint64 index) view returns(bytes32)
func (_BatchInbox *BatchInboxSession) HeaderHashOf(index uint64) ([32]byte, error) {
	return _BatchInbox.Contract.HeaderHashOf(&_BatchInbox.CallOpts, index)
}

// HeaderHashOf is a free data retrieval call binding the contract method 0x6b5b338d.
//
// Solidity: function headerHashOf(uint64 index) view returns(bytes32)
func (_BatchInbox *BatchInboxCallerSession) HeaderHashOf(index uint64) ([32]byte, error) {
	return _BatchInbox.Contract.HeaderHashOf(&_BatchInbox.CallOpts, index)
}

// LastHeaderHash is a free data retrieval call binding the contract method 0x0505d534.
//
// Solidity: function lastHeaderHash() view returns(bytes32)
func (_BatchInbox *BatchInboxCaller) LastHeaderHash(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _BatchInbox.contract.Call(opts, &out, "lastHeaderHash")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// LastHeaderHash is a free data retrieval call binding the contract method 0x0505d534.
//
// Solidity: function lastHeaderHash() view returns(bytes32)
func (_BatchInbox *BatchInboxSession) LastHeaderHash() ([32]byte, error) {
	return _BatchInbox.Contract.LastHeaderHash(&_BatchInbox.CallOpts)
}

// LastHeaderHash is a free data retrieval call binding the contract method 0x0505d534.
//
// Solidity: function lastHeaderHash() view returns(bytes32)
func (_BatchInbox *BatchInboxCallerSession) LastHeaderHash() ([32]byte, error) {
	return _BatchInbox.Contract.LastHeaderHash(&_BatchInbox.CallOpts)
}

// MissedWindowSink is a free data retrieval call binding the contract method 0xd52f0f29.
//
// Solidity: function missedWindowSink() view returns(address)
func (_BatchInbox *BatchInboxCaller) MissedWindowSink(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _BatchInbox.contract.Call(opts, &out, "missedWindowSink")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// MissedWindowSink is a free data retrieval call binding the contract method 0xd52f0f29.
//
// Solidity: function missedWindowSink() view returns(address)
func (_BatchInbox *BatchInboxSession) MissedWindowSink() (common.Address, error) {
	return _BatchInbox.Contract.MissedWindowSink(&_BatchInbox.CallOpts)
}

// MissedWindowSink is a free data retrieval call binding the contract method 0xd52f0f29.
//
// Solidity: function missedWindowSink() view returns(address)
func (_BatchInbox *BatchInboxCallerSession) MissedWindowSink() (common.Address, error) {
	return _BatchInbox.Contract.MissedWindowSink(&_BatchInbox.CallOpts)
}

// NextBatchIndex is a free data retrieval call binding the contract method 0x7e4fa700.
//
// Solidity: function nextBatchIndex() view returns(uint64)
func (_BatchInbox *BatchInboxCaller) NextBatchIndex(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _BatchInbox.contract.Call(opts, &out, "nextBatchIndex")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// NextBatchIndex is a free data retrieval call binding the contract method 0x7e4fa700.
//
// Solidity: function nextBatchIndex() view returns(uint64)
func (_BatchInbox *BatchInboxSession) NextBatchIndex() (uint64, error) {
	return _BatchInbox.Contract.NextBatchIndex(&_BatchInbox.CallOpts)
}

// NextBatchIndex is a free data retrieval call binding the contract method 0x7e4fa700.
//
// Solidity: function nextBatchIndex() view returns(uint64)
func (_BatchInbox *BatchInboxCallerSession) NextBatchIndex() (uint64, error) {
	return _BatchInbox.Contract.NextBatchIndex(&_BatchInbox.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_BatchInbox *BatchInboxCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _BatchInbox.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_BatchInbox *BatchInboxSession) Registry() (common.Address, error) {
	return _BatchInbox.Contract.Registry(&_BatchInbox.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_BatchInbox *BatchInboxCallerSession) Registry() (common.Address, error) {
	return _BatchInbox.Contract.Registry(&_BatchInbox.CallOpts)
}

// Rewards is a free data retrieval call binding the contract method 0x9ec5a894.
//
// Solidity: function rewards() view returns(address)
func (_BatchInbox *BatchInboxCaller) Rewards(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _BatchInbox.contract.Call(opts, &out, "rewards")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Rewards is a free data retrieval call binding the contract method 0x9ec5a894.
//
// Solidity: function rewards() view returns(address)
func (_BatchInbox *BatchInboxSession) Rewards() (common.Address, error) {
	return _BatchInbox.Contract.Rewards(&_BatchInbox.CallOpts)
}

// Rewards is a free data retrieval call binding the contract method 0x9ec5a894.
//
// Solidity: function rewards() view returns(address)
func (_BatchInbox *BatchInboxCallerSession) Rewards() (common.Address, error) {
	return _BatchInbox.Contract.Rewards(&_BatchInbox.CallOpts)
}

// SubWindowLength is a free data retrieval call binding the contract method 0x30da920b.
//
// Solidity: function subWindowLength() view returns(uint64)
func (_BatchInbox *BatchInboxCaller) SubWindowLength(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _BatchInbox.contract.Call(opts, &out, "subWindowLength")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// SubWindowLength is a free data retrieval call binding the contract method 0x30da920b.
//
// Solidity: function subWindowLength() view returns(uint64)
func (_BatchInbox *BatchInboxSession) SubWindowLength() (uint64, error) {
	return _BatchInbox.Contract.SubWindowLength(&_BatchInbox.CallOpts)
}

// SubWindowLength is a free data retrieval call binding the contract method 0x30da920b.
//
// Solidity: function subWindowLength() view returns(uint64)
func (_BatchInbox *BatchInboxCallerSession) SubWindowLength() (uint64, error) {
	return _BatchInbox.Contract.SubWindowLength(&_BatchInbox.CallOpts)
}

// UnsafeBlockSigner is a free data retrieval call binding the contract method 0x1fd19ee1.
//
// Solidity: function unsafeBlockSigner() view returns(address signer)
func (_BatchInbox *BatchInboxCaller) UnsafeBlockSigner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _BatchInbox.contract.Call(opts, &out, "unsafeBlockSigner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// UnsafeBlockSigner is a free data retrieval call binding the contract method 0x1fd19ee1.
//
// Solidity: function unsafeBlockSigner() view returns(address signer)
func (_BatchInbox *BatchInboxSession) UnsafeBlockSigner() (common.Address, error) {
	return _BatchInbox.Contract.UnsafeBlockSigner(&_BatchInbox.CallOpts)
}

// UnsafeBlockSigner is a free data retrieval call binding the contract method 0x1fd19ee1.
//
// Solidity: function unsafeBlockSigner() view returns(address signer)
func (_BatchInbox *BatchInboxCallerSession) UnsafeBlockSigner() (common.Address, error) {
	return _BatchInbox.Contract.UnsafeBlockSigner(&_BatchInbox.CallOpts)
}

// WhoMaySubmit is a free data retrieval call binding the contract method 0xd5e50ca3.
//
// Solidity: function whoMaySubmit((uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32[],uint64,bytes32,uint64,address,address[],uint64,uint64) header) view returns(uint8 phase, address allowed, uint256 untilBlock)
func (_BatchInbox *BatchInboxCaller) WhoMaySubmit(opts *bind.CallOpts, header BatchHeader) (struct {
	Phase      uint8
	Allowed    common.Address
	UntilBlock *big.Int
}, error) {
	var out []interface{}
	err := _BatchInbox.contract.Call(opts, &out, "whoMaySubmit", header)

	outstruct := new(struct {
		Phase      uint8
		Allowed    common.Address
		UntilBlock *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Phase = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Allowed = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.UntilBlock = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// WhoMaySubmit is a free data retrieval call binding the contract method 0xd5e50ca3.
//
// Solidity: function whoMaySubmit((uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32[],uint64,bytes32,uint64,address,address[],uint64,uint64) header) view returns(uint8 phase, address allowed, uint256 untilBlock)
func (_BatchInbox *BatchInboxSession) WhoMaySubmit(header BatchHeader) (struct {
	Phase      uint8
	Allowed    common.Address
	UntilBlock *big.Int
}, error) {
	return _BatchInbox.Contract.WhoMaySubmit(&_BatchInbox.CallOpts, header)
}

// WhoMaySubmit is a free data retrieval call binding the contract method 0xd5e50ca3.
//
// Solidity: function whoMaySubmit((uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32[],uint64,bytes32,uint64,address,address[],uint64,uint64) header) view returns(uint8 phase, address allowed, uint256 untilBlock)
func (_BatchInbox *BatchInboxCallerSession) WhoMaySubmit(header BatchHeader) (struct {
	Phase      uint8
	Allowed    common.Address
	UntilBlock *big.Int
}, error) {
	return _BatchInbox.Contract.WhoMaySubmit(&_BatchInbox.CallOpts, header)
}

// CommitBatch is a paid mutator transaction binding the contract method 0x1dfa1e27.
//
// Solidity: function commitBatch((uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32[],uint64,bytes32,uint64,address,address[],uint64,uint64) header, (uint256,uint256,uint256,uint256,uint256,uint256,uint256) cert) returns()
func (_BatchInbox *BatchInboxTransactor) CommitBatch(opts *bind.TransactOpts, header BatchHeader, cert Certificate) (*types.Transaction, error) {
	return _BatchInbox.contract.Transact(opts, "commitBatch", header, cert)
}

// CommitBatch is a paid mutator transaction binding the contract method 0x1dfa1e27.
//
// Solidity: function commitBatch((uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32[],uint64,bytes32,uint64,address,address[],uint64,uint64) header, (uint256,uint256,uint256,uint256,uint256,uint256,uint256) cert) returns()
func (_BatchInbox *BatchInboxSession) CommitBatch(header BatchHeader, cert Certificate) (*types.Transaction, error) {
	return _BatchInbox.Contract.CommitBatch(&_BatchInbox.TransactOpts, header, cert)
}

// CommitBatch is a paid mutator transaction binding the contract method 0x1dfa1e27.
//
// Solidity: function commitBatch((uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32[],uint64,bytes32,uint64,address,address[],uint64,uint64) header, (uint256,uint256,uint256,uint256,uint256,uint256,uint256) cert) returns()
func (_BatchInbox *BatchInboxTransactorSession) CommitBatch(header BatchHeader, cert Certificate) (*types.Transaction, error) {
	return _BatchInbox.Contract.CommitBatch(&_BatchInbox.TransactOpts, header, cert)
}

// BatchInboxBatchCommittedIterator is returned from FilterBatchCommitted and is used to iterate over the raw logs and unpacked data for BatchCommitted events raised by the BatchInbox contract.
type BatchInboxBatchCommittedIterator struct {
	Event *BatchInboxBatchCommitted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BatchInboxBatchCommittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BatchInboxBatchCommitted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BatchInboxBatchCommitted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BatchInboxBatchCommittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BatchInboxBatchCommittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BatchInboxBatchCommitted represents a BatchCommitted event raised by the BatchInbox contract.
type BatchInboxBatchCommitted struct {
	ChainId      uint64
	BatchIndex   uint64
	HeaderHash   [32]byte
	Submitter    common.Address
	Epoch        uint64
	SignerBitmap *big.Int
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterBatchCommitted is a free log retrieval operation binding the contract event 0x8c58506479036731022d5b3272ca7fae4187d34617d3b71dc76401792a5cf57d.
//
// Solidity: event BatchCommitted(uint64 chainId, uint64 indexed batchIndex, bytes32 indexed headerHash, address indexed submitter, uint64 epoch, uint256 signerBitmap)
func (_BatchInbox *BatchInboxFilterer) FilterBatchCommitted(opts *bind.FilterOpts, batchIndex []uint64, headerHash [][32]byte, submitter []common.Address) (*BatchInboxBatchCommittedIterator, error) {

	var batchIndexRule []interface{}
	for _, batchIndexItem := range batchIndex {
		batchIndexRule = append(batchIndexRule, batchIndexItem)
	}
	var headerHashRule []interface{}
	for _, headerHashItem := range headerHash {
		headerHashRule = append(headerHashRule, headerHashItem)
	}
	var submitterRule []interface{}
	for _, submitterItem := range submitter {
		submitterRule = append(submitterRule, submitterItem)
	}

	logs, sub, err := _BatchInbox.contract.FilterLogs(opts, "BatchCommitted", batchIndexRule, headerHashRule, submitterRule)
	if err != nil {
		return nil, err
	}
	return &BatchInboxBatchCommittedIterator{contract: _BatchInbox.contract, event: "BatchCommitted", logs: logs, sub: sub}, nil
}

// WatchBatchCommitted is a free log subscription operation binding the contract event 0x8c58506479036731022d5b3272ca7fae4187d34617d3b71dc76401792a5cf57d.
//
// Solidity: event BatchCommitted(uint64 chainId, uint64 indexed batchIndex, bytes32 indexed headerHash, address indexed submitter, uint64 epoch, uint256 signerBitmap)
func (_BatchInbox *BatchInboxFilterer) WatchBatchCommitted(opts *bind.WatchOpts, sink chan<- *BatchInboxBatchCommitted, batchIndex []uint64, headerHash [][32]byte, submitter []common.Address) (event.Subscription, error) {

	var batchIndexRule []interface{}
	for _, batchIndexItem := range batchIndex {
		batchIndexRule = append(batchIndexRule, batchIndexItem)
	}
	var headerHashRule []interface{}
	for _, headerHashItem := range headerHash {
		headerHashRule = append(headerHashRule, headerHashItem)
	}
	var submitterRule []interface{}
	for _, submitterItem := range submitter {
		submitterRule = append(submitterRule, submitterItem)
	}

	logs, sub, err := _BatchInbox.contract.WatchLogs(opts, "BatchCommitted", batchIndexRule, headerHashRule, submitterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BatchInboxBatchCommitted)
				if err := _BatchInbox.contract.UnpackLog(event, "BatchCommitted", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBatchCommitted is a log parse operation binding the contract event 0x8c58506479036731022d5b3272ca7fae4187d34617d3b71dc76401792a5cf57d.
//
// Solidity: event BatchCommitted(uint64 chainId, uint64 indexed batchIndex, bytes32 indexed headerHash, address indexed submitter, uint64 epoch, uint256 signerBitmap)
func (_BatchInbox *BatchInboxFilterer) ParseBatchCommitted(log types.Log) (*BatchInboxBatchCommitted, error) {
	event := new(BatchInboxBatchCommitted)
	if err := _BatchInbox.contract.UnpackLog(event, "BatchCommitted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BatchInboxConfigUpdateIterator is returned from FilterConfigUpdate and is used to iterate over the raw logs and unpacked data for ConfigUpdate events raised by the BatchInbox contract.
type BatchInboxConfigUpdateIterator struct {
	Event *BatchInboxConfigUpdate // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BatchInboxConfigUpdateIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BatchInboxConfigUpdate)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BatchInboxConfigUpdate)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BatchInboxConfigUpdateIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BatchInboxConfigUpdateIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BatchInboxConfigUpdate represents a ConfigUpdate event raised by the BatchInbox contract.
type BatchInboxConfigUpdate struct {
	Version    *big.Int
	UpdateType uint8
	Data       []byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterConfigUpdate is a free log retrieval operation binding the contract event 0x1d2b0bda21d56b8bd12d4f94ebacffdfb35f5e226f84b461103bb8beab6353be.
//
// Solidity: event ConfigUpdate(uint256 indexed version, uint8 indexed updateType, bytes data)
func (_BatchInbox *BatchInboxFilterer) FilterConfigUpdate(opts *bind.FilterOpts, version []*big.Int, updateType []uint8) (*BatchInboxConfigUpdateIterator, error) {

	var versionRule []interface{}
	for _, versionItem := range version {
		versionRule = append(versionRule, versionItem)
	}
	var updateTypeRule []interface{}
	for _, updateTypeItem := range updateType {
		updateTypeRule = append(updateTypeRule, updateTypeItem)
	}

	logs, sub, err := _BatchInbox.contract.FilterLogs(opts, "ConfigUpdate", versionRule, updateTypeRule)
	if err != nil {
		return nil, err
	}
	return &BatchInboxConfigUpdateIterator{contract: _BatchInbox.contract, event: "ConfigUpdate", logs: logs, sub: sub}, nil
}

// WatchConfigUpdate is a free log subscription operation binding the contract event 0x1d2b0bda21d56b8bd12d4f94ebacffdfb35f5e226f84b461103bb8beab6353be.
//
// Solidity: event ConfigUpdate(uint256 indexed version, uint8 indexed updateType, bytes data)
func (_BatchInbox *BatchInboxFilterer) WatchConfigUpdate(opts *bind.WatchOpts, sink chan<- *BatchInboxConfigUpdate, version []*big.Int, updateType []uint8) (event.Subscription, error) {

	var versionRule []interface{}
	for _, versionItem := range version {
		versionRule = append(versionRule, versionItem)
	}
	var updateTypeRule []interface{}
	for _, updateTypeItem := range updateType {
		updateTypeRule = append(updateTypeRule, updateTypeItem)
	}

	logs, sub, err := _BatchInbox.contract.WatchLogs(opts, "ConfigUpdate", versionRule, updateTypeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BatchInboxConfigUpdate)
				if err := _BatchInbox.contract.UnpackLog(event, "ConfigUpdate", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseConfigUpdate is a log parse operation binding the contract event 0x1d2b0bda21d56b8bd12d4f94ebacffdfb35f5e226f84b461103bb8beab6353be.
//
// Solidity: event ConfigUpdate(uint256 indexed version, uint8 indexed updateType, bytes data)
func (_BatchInbox *BatchInboxFilterer) ParseConfigUpdate(log types.Log) (*BatchInboxConfigUpdate, error) {
	event := new(BatchInboxConfigUpdate)
	if err := _BatchInbox.contract.UnpackLog(event, "ConfigUpdate", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EigenAVSRegistrarMetaData contains all meta data concerning the EigenAVSRegistrar contract.
var EigenAVSRegistrarMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"allocationManager_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"avs_\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"operatorSetId_\",\"type\":\"uint32\"},{\"internalType\":\"contractOperatorRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"G1AddFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"G1MulFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProofOfPossession\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPublicKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"boundPubkeyHash\",\"type\":\"bytes32\"}],\"name\":\"KeyChangeNotAllowed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"KeyMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModExpFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAllocationManager\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PairingInputInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubkeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"PubkeyAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"avs\",\"type\":\"address\"}],\"name\":\"UnsupportedAVS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32[]\",\"name\":\"operatorSetIds\",\"type\":\"uint32[]\"}],\"name\":\"UnsupportedOperatorSets\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"pubkeyHash\",\"type\":\"bytes32\"}],\"name\":\"OperatorKeyDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"pubkeyHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structBN254.G1Point\",\"name\":\"pubkeyG1\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"xIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"xRe\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yRe\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structBN254.G2Point\",\"name\":\"pubkeyG2\",\"type\":\"tuple\"}],\"name\":\"OperatorKeyRegistered\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"allocationManager\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"avs\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint32[]\",\"name\":\"\",\"type\":\"uint32[]\"}],\"name\":\"deregisterOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"keyOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"operatorKey\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"pubkeyG1\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"xIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"xRe\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yRe\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"pubkeyG2\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"pubkeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorSetId\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"avs_\",\"type\":\"address\"},{\"internalType\":\"uint32[]\",\"name\":\"operatorSetIds\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"registerOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"pubkeyG1\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"xIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"xRe\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yRe\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"pubkeyG2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"signature\",\"type\":\"tuple\"}],\"name\":\"registrationData\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractOperatorRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"avs_\",\"type\":\"address\"}],\"name\":\"supportsAVS\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x610100604052348015610010575f5ffd5b506040516115d03803806115d083398101604081905261002f916100b9565b6001600160a01b038416158061004c57506001600160a01b038316155b8061005e57506001600160a01b038116155b1561007c576040516306b7c75960e31b815260040160405180910390fd5b6001600160a01b0393841660805291831660a05263ffffffff1660c0521660e05261011d565b6001600160a01b03811681146100b6575f5ffd5b50565b5f5f5f5f608085870312156100cc575f5ffd5b84516100d7816100a2565b60208601519094506100e8816100a2565b604086015190935063ffffffff81168114610101575f5ffd5b6060860151909250610112816100a2565b939692955090935050565b60805160a05160c05160e0516114506101805f395f818160fe0152818161054d015261090601525f81816101f901526103f401525f8181610153015281816101d20152818161038701526105f901525f81816101ab01526107cd01526114505ff3fe608060405234801561000f575f5ffd5b506004361061009b575f3560e01c8063c63fd50211610063578063c63fd50214610193578063ca8aa7c7146101a6578063de1164bb146101cd578063e1ebfc37146101f4578063e728951a14610230575f5ffd5b8063303ca9561461009f578063353ae2b4146100b45780637b103999146100f9578063b18125be14610120578063b526578714610143575b5f5ffd5b6100b26100ad366004610f91565b610250565b005b6100dc6100c2366004610fee565b60016020525f90815260409020546001600160a01b031681565b6040516001600160a01b0390911681526020015b60405180910390f35b6100dc7f000000000000000000000000000000000000000000000000000000000000000081565b61013361012e366004611005565b6102cd565b6040516100f0949392919061101e565b610183610151366004611005565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b60405190151581526020016100f0565b6100b26101a1366004611076565b61037d565b6100dc7f000000000000000000000000000000000000000000000000000000000000000081565b6100dc7f000000000000000000000000000000000000000000000000000000000000000081565b61021b7f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff90911681526020016100f0565b61024361023e366004611144565b610792565b6040516100f09190611192565b6102586107c2565b6001600160a01b0384165f908152602081905260409020600781015460ff1661028157506102c7565b60078101805460ff1916905560068101546040516001600160a01b038716907f8681c180ba7da7fcbbcd4b60e0df10a9dc861be342c25d385447a4fec864f74c905f90a3505b50505050565b604080518082019091525f808252602082015261030760405180608001604052805f81526020015f81526020015f81526020015f81525090565b50506001600160a01b0381165f908152602081815260409182902060068101546007820154845180860186528354815260018401548186015285516080810187526002850154815260038501549581019590955260048401549585019590955260059092015460608401529060ff169193509193565b6103856107c2565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316856001600160a01b0316146103e75760405163ad55448760e01b81526001600160a01b03861660048201526024015b60405180910390fd5b60018314158061044957507f000000000000000000000000000000000000000000000000000000000000000063ffffffff1684845f81811061042b5761042b6111c7565b905060200201602081019061044091906111ee565b63ffffffff1614155b1561046b578383604051632628662960e11b81526004016103de929190611207565b5f808061047a848601866112a7565b6001600160a01b038c165f90815260208190526040812093965091945092506104a28561080f565b6006830154909150158015906104bc575080826006015414155b156104e257816006015460405163f98faf4f60e01b81526004016103de91815260200190565b5f818152600160205260409020546001600160a01b0316801580159061051a57508b6001600160a01b0316816001600160a01b031614155b1561054a576040516333b0be2f60e01b8152600481018390526001600160a01b03821660248201526044016103de565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663ec5ffac26040518163ffffffff1660e01b8152600401602060405180830381865afa1580156105a7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105cb9190611342565b9050805f036105d8575060015b604051630213119b60e51b81526001600160a01b038e811660048301525f917f000000000000000000000000000000000000000000000000000000000000000090911690634262336090602401602060405180830381865afa158015610640573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106649190611342565b905081811015610691576040516322df051360e11b815260048101829052602481018390526044016103de565b61069d8e898989610850565b87855f015f820151815f01556020820151816001015590505086856002015f820151815f01556020820151816001015560408201518160020155606082015181600301559050508385600601819055506001856007015f6101000a81548160ff0219169083151502179055508d60015f8681526020019081526020015f205f6101000a8154816001600160a01b0302191690836001600160a01b03160217905550838e6001600160a01b03167f159181fb6a070a5393e5722be8a77fff46f9abdf1de85646e0cd5e67bd6856b58a8a60405161077a929190611359565b60405180910390a35050505050505050505050505050565b60608383836040516020016107a993929190611399565b60405160208183030381529060405290505b9392505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461080d576040516322752f3160e21b81523360048201526024016103de565b565b5f815f01518260200151604051602001610833929190918252602082015260400190565b604051602081830303815290604052805190602001209050919050565b610859836109a1565b8061086a5750610868836109ba565b155b80610879575061087982610a4c565b156108975760405163145a1fdd60e31b815260040160405180910390fd5b6108ce836108a3610a7d565b6040805180820182525f80825260209182015281518083019092526001825260029082015285610b4a565b6108eb5760405163839e2ccd60e01b815260040160405180910390fd5b604051630364777b60e61b8152610984906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063d91ddec09061093d90889088906004016113e9565b602060405180830381865afa158015610958573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061097c9190611342565b848484610bf4565b6102c7576040516392536faf60e01b815260040160405180910390fd5b80515f901580156109b457506020820151155b92915050565b5f5f5160206114305f395f51905f52825f01511015806109eb57505f5160206114305f395f51905f52826020015110155b156109f757505f919050565b5f5f5160206114305f395f51905f5260035f5160206114305f395f51905f5285515f5160206114305f395f51905f528751800909089050805f5160206114305f395f51905f5260208501518009149392505050565b80515f90158015610a5f57506020820151155b8015610a6d57506040820151155b80156109b4575050606001511590565b610aa460405180608001604052805f81526020015f81526020015f81526020015f81525090565b60405180608001604052807f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c281526020017f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed81526020017f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec81526020017f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d815250905090565b5f5f6040518651815260208701516020820152855160408201526020860151606082015260408601516080820152606086015160a0820152845160c0820152602085015160e082015283516101008201526020840151610120820152604084015161014082015260608401516101608201526020816101808360085afa90519250905080610beb576040516331ac232160e01b815260040160405180910390fd5b50949350505050565b5f5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000186865f01518760200151875f0151886020015189604001518a606001518a5f01518b60200151604051602001610c8f99989796959493929190988952602089019790975260408801959095526060870193909352608086019190915260a085015260c084015260e08301526101008201526101200190565b604051602081830303815290604052805190602001205f1c610cb19190611410565b90505f610cc784610cc28885610d2d565b610d8a565b90505f610d0a610cd689610deb565b610cc2610d046040805180820182525f80825260209182015281518083019092526001825260029082015290565b86610d2d565b9050610d1f82610d18610a7d565b8389610b4a565b93505050505b949350505050565b604080518082019091525f80825260208201525f604051845181526020850151602082015283604082015260408360608360075afa91505080610d83576040516320b873d560e21b815260040160405180910390fd5b5092915050565b604080518082019091525f80825260208201525f6040518451815260208501516020820152835160408201526020840151606082015260408360808360065afa91505080610d835760405163d6cc76eb60e01b815260040160405180910390fd5b604080518082019091525f80825260208201525f610e165f5160206114305f395f51905f5284611410565b90505b5f5f5160206114305f395f51905f5260035f5160206114305f395f51905f52845f5160206114305f395f51905f52868709090890505f610e5882610ea5565b9050815f5160206114305f395f51905f5282830903610e8a576040805180820190915292835260208301525092915050565b5f5160206114305f395f51905f526001840892505050610e19565b5f5f60405160208152602080820152602060408201528360608201527f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5260808201525f5160206114305f395f51905f5260a082015260208160c08360055afa90519250905080610f28576040516301f7ec5f60e41b815260040160405180910390fd5b50919050565b80356001600160a01b0381168114610f44575f5ffd5b919050565b5f5f83601f840112610f59575f5ffd5b50813567ffffffffffffffff811115610f70575f5ffd5b6020830191508360208260051b8501011115610f8a575f5ffd5b9250929050565b5f5f5f5f60608587031215610fa4575f5ffd5b610fad85610f2e565b9350610fbb60208601610f2e565b9250604085013567ffffffffffffffff811115610fd6575f5ffd5b610fe287828801610f49565b95989497509550505050565b5f60208284031215610ffe575f5ffd5b5035919050565b5f60208284031215611015575f5ffd5b6107bb82610f2e565b8451815260208086015190820152610100810161105f6040830186805182526020810151602083015260408101516040830152606081015160608301525050565b8360c083015282151560e083015295945050505050565b5f5f5f5f5f5f6080878903121561108b575f5ffd5b61109487610f2e565b95506110a260208801610f2e565b9450604087013567ffffffffffffffff8111156110bd575f5ffd5b6110c989828a01610f49565b909550935050606087013567ffffffffffffffff8111156110e8575f5ffd5b8701601f810189136110f8575f5ffd5b803567ffffffffffffffff81111561110e575f5ffd5b89602082840101111561111f575f5ffd5b60208201935080925050509295509295509295565b5f60408284031215610f28575f5ffd5b5f5f5f838503610100811215611158575f5ffd5b6111628686611134565b93506080603f1982011215611175575f5ffd5b506040840191506111898560c08601611134565b90509250925092565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b634e487b7160e01b5f52603260045260245ffd5b803563ffffffff81168114610f44575f5ffd5b5f602082840312156111fe575f5ffd5b6107bb826111db565b602080825281018290525f8360408301825b858110156112445763ffffffff61122f846111db565b16825260209283019290910190600101611219565b5095945050505050565b5f6040828403121561125e575f5ffd5b6040805190810167ffffffffffffffff8111828210171561128d57634e487b7160e01b5f52604160045260245ffd5b604052823581526020928301359281019290925250919050565b5f5f5f8385036101008112156112bb575f5ffd5b6112c5868661124e565b93506080603f19820112156112d8575f5ffd5b506040516080810167ffffffffffffffff8111828210171561130857634e487b7160e01b5f52604160045260245ffd5b6040908152858101358252606080870135602084015260808701359183019190915260a08601359082015291506111898560c0860161124e565b5f60208284031215611352575f5ffd5b5051919050565b825181526020808401519082015260c081016107bb6040830184805182526020810151602083015260408101516040830152606081015160608301525050565b833581526020808501358183015283356040808401919091528482013560608085019190915290850135608084015284013560a0830152823560c083015282013560e08201526101008101610d25565b6001600160a01b0383168152606081016107bb602083018480518252602090810151910152565b5f8261142a57634e487b7160e01b5f52601260045260245ffd5b50069056fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47",
}

// EigenAVSRegistrarABI is the input ABI used to generate the binding from.
// Deprecated: Use EigenAVSRegistrarMetaData.ABI instead.
var EigenAVSRegistrarABI = EigenAVSRegistrarMetaData.ABI

// EigenAVSRegistrarBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use EigenAVSRegistrarMetaData.Bin instead.
var EigenAVSRegistrarBin = EigenAVSRegistrarMetaData.Bin

// DeployEigenAVSRegistrar deploys a new Ethereum contract, binding an instance of EigenAVSRegistrar to it.
func DeployEigenAVSRegistrar(auth *bind.TransactOpts, backend bind.ContractBackend, allocationManager_ common.Address, avs_ common.Address, operatorSetId_ uint32, registry_ common.Address) (common.Address, *types.Transaction, *EigenAVSRegistrar, error) {
	parsed, err := EigenAVSRegistrarMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(EigenAVSRegistrarBin), backend, allocationManager_, avs_, operatorSetId_, registry_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &EigenAVSRegistrar{EigenAVSRegistrarCaller: EigenAVSRegistrarCaller{contract: contract}, EigenAVSRegistrarTransactor: EigenAVSRegistrarTransactor{contract: contract}, EigenAVSRegistrarFilterer: EigenAVSRegistrarFilterer{contract: contract}}, nil
}

// EigenAVSRegistrar is an auto generated Go binding around an Ethereum contract.
type EigenAVSRegistrar struct {
	EigenAVSRegistrarCaller     // Read-only binding to the contract
	EigenAVSRegistrarTransactor // Write-only binding to the contract
	EigenAVSRegistrarFilterer   // Log filterer for contract events
}

// EigenAVSRegistrarCaller is an auto generated read-only Go binding around an Ethereum contract.
type EigenAVSRegistrarCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EigenAVSRegistrarTransactor is an auto generated write-only Go binding around an Ethereum contract.
type EigenAVSRegistrarTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EigenAVSRegistrarFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type EigenAVSRegistrarFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EigenAVSRegistrarSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type EigenAVSRegistrarSession struct {
	Contract     *EigenAVSRegistrar // Generic contract binding to set the session for
	CallOpts     bind.CallOpts      // Call options to use throughout this session
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// EigenAVSRegistrarCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type EigenAVSRegistrarCallerSession struct {
	Contract *EigenAVSRegistrarCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts            // Call options to use throughout this session
}

// EigenAVSRegistrarTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type EigenAVSRegistrarTransactorSession struct {
	Contract     *EigenAVSRegistrarTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// EigenAVSRegistrarRaw is an auto generated low-level Go binding around an Ethereum contract.
type EigenAVSRegistrarRaw struct {
	Contract *EigenAVSRegistrar // Generic contract binding to access the raw methods on
}

// EigenAVSRegistrarCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type EigenAVSRegistrarCallerRaw struct {
	Contract *EigenAVSRegistrarCaller // Generic read-only contract binding to access the raw methods on
}

// EigenAVSRegistrarTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type EigenAVSRegistrarTransactorRaw struct {
	Contract *EigenAVSRegistrarTransactor // Generic write-only contract binding to access the raw methods on
}

// NewEigenAVSRegistrar creates a new instance of EigenAVSRegistrar, bound to a specific deployed contract.
func NewEigenAVSRegistrar(address common.Address, backend bind.ContractBackend) (*EigenAVSRegistrar, error) {
	contract, err := bindEigenAVSRegistrar(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &EigenAVSRegistrar{EigenAVSRegistrarCaller: EigenAVSRegistrarCaller{contract: contract}, EigenAVSRegistrarTransactor: EigenAVSRegistrarTransactor{contract: contract}, EigenAVSRegistrarFilterer: EigenAVSRegistrarFilterer{contract: contract}}, nil
}

// NewEigenAVSRegistrarCaller creates a new read-only instance of EigenAVSRegistrar, bound to a specific deployed contract.
func NewEigenAVSRegistrarCaller(address common.Address, caller bind.ContractCaller) (*EigenAVSRegistrarCaller, error) {
	contract, err := bindEigenAVSRegistrar(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &EigenAVSRegistrarCaller{contract: contract}, nil
}

// NewEigenAVSRegistrarTransactor creates a new write-only instance of EigenAVSRegistrar, bound to a specific deployed contract.
func NewEigenAVSRegistrarTransactor(address common.Address, transactor bind.ContractTransactor) (*EigenAVSRegistrarTransactor, error) {
	contract, err := bindEigenAVSRegistrar(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &EigenAVSRegistrarTransactor{contract: contract}, nil
}

// NewEigenAVSRegistrarFilterer creates a new log filterer instance of EigenAVSRegistrar, bound to a specific deployed contract.
func NewEigenAVSRegistrarFilterer(address common.Address, filterer bind.ContractFilterer) (*EigenAVSRegistrarFilterer, error) {
	contract, err := bindEigenAVSRegistrar(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &EigenAVSRegistrarFilterer{contract: contract}, nil
}

// bindEigenAVSRegistrar binds a generic wrapper to an already deployed contract.
func bindEigenAVSRegistrar(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := EigenAVSRegistrarMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_EigenAVSRegistrar *EigenAVSRegistrarRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _EigenAVSRegistrar.Contract.EigenAVSRegistrarCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_EigenAVSRegistrar *EigenAVSRegistrarRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _EigenAVSRegistrar.Contract.EigenAVSRegistrarTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_EigenAVSRegistrar *EigenAVSRegistrarRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _EigenAVSRegistrar.Contract.EigenAVSRegistrarTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_EigenAVSRegistrar *EigenAVSRegistrarCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _EigenAVSRegistrar.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_EigenAVSRegistrar *EigenAVSRegistrarTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _EigenAVSRegistrar.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_EigenAVSRegistrar *EigenAVSRegistrarTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _EigenAVSRegistrar.Contract.contract.Transact(opts, method, params...)
}

// AllocationManager is a free data retrieval call binding the contract method 0xca8aa7c7.
//
// Solidity: function allocationManager() view returns(address)
func (_EigenAVSRegistrar *EigenAVSRegistrarCaller) AllocationManager(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EigenAVSRegistrar.contract.Call(opts, &out, "allocationManager")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// AllocationManager is a free data retrieval call binding the contract method 0xca8aa7c7.
//
// Solidity: function allocationManager() view returns(address)
func (_EigenAVSRegistrar *EigenAVSRegistrarSession) AllocationManager() (common.Address, error) {
	return _EigenAVSRegistrar.Contract.AllocationManager(&_EigenAVSRegistrar.CallOpts)
}

// AllocationManager is a free data retrieval call binding the contract method 0xca8aa7c7.
//
// Solidity: function allocationManager() view returns(address)
func (_EigenAVSRegistrar *EigenAVSRegistrarCallerSession) AllocationManager() (common.Address, error) {
	return _EigenAVSRegistrar.Contract.AllocationManager(&_EigenAVSRegistrar.CallOpts)
}

// Avs is a free data retrieval call binding the contract method 0xde1164bb.
//
// Solidity: function avs() view returns(address)
func (_EigenAVSRegistrar *EigenAVSRegistrarCaller) Avs(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EigenAVSRegistrar.contract.Call(opts, &out, "avs")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Avs is a free data retrieval call binding the contract method 0xde1164bb.
//
// Solidity: function avs() view returns(address)
func (_EigenAVSRegistrar *EigenAVSRegistrarSession) Avs() (common.Address, error) {
	return _EigenAVSRegistrar.Contract.Avs(&_EigenAVSRegistrar.CallOpts)
}

// Avs is a free data retrieval call binding the contract method 0xde1164bb.
//
// Solidity: function avs() view returns(address)
func (_EigenAVSRegistrar *EigenAVSRegistrarCallerSession) Avs() (common.Address, error) {
	return _EigenAVSRegistrar.Contract.Avs(&_EigenAVSRegistrar.CallOpts)
}

// KeyOwner is a free data retrieval call binding the contract method 0x353ae2b4.
//
// Solidity: function keyOwner(bytes32 ) view returns(address)
func (_EigenAVSRegistrar *EigenAVSRegistrarCaller) KeyOwner(opts *bind.CallOpts, arg0 [32]byte) (common.Address, error) {
	var out []interface{}
	err := _EigenAVSRegistrar.contract.Call(opts, &out, "keyOwner", arg0)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// KeyOwner is a free data retrieval call binding the contract method 0x353ae2b4.
//
// Solidity: function keyOwner(bytes32 ) view returns(address)
func (_EigenAVSRegistrar *EigenAVSRegistrarSession) KeyOwner(arg0 [32]byte) (common.Address, error) {
	return _EigenAVSRegistrar.Contract.KeyOwner(&_EigenAVSRegistrar.CallOpts, arg0)
}

// KeyOwner is a free data retrieval call binding the contract method 0x353ae2b4.
//
// Solidity: function keyOwner(bytes32 ) view returns(address)
func (_EigenAVSRegistrar *EigenAVSRegistrarCallerSession) KeyOwner(arg0 [32]byte) (common.Address, error) {
	return _EigenAVSRegistrar.Contract.KeyOwner(&_EigenAVSRegistrar.CallOpts, arg0)
}

// OperatorKey is a free data retrieval call binding the contract method 0xb18125be.
//
// Solidity: function operatorKey(address operator) view returns((uint256,uint256) pubkeyG1, (uint256,uint256,uint256,uint256) pubkeyG2, bytes32 pubkeyHash, bool registered)
func (_EigenAVSRegistrar *EigenAVSRegistrarCaller) OperatorKey(opts *bind.CallOpts, operator common.Address) (struct {
	PubkeyG1   BN254G1Point
	PubkeyG2   BN254G2Point
	PubkeyHash [32]byte
	Registered bool
}, error) {
	var out []interface{}
	err := _EigenAVSRegistrar.contract.Call(opts, &out, "operatorKey", operator)

	outstruct := new(struct {
		PubkeyG1   BN254G1Point
		PubkeyG2   BN254G2Point
		PubkeyHash [32]byte
		Registered bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.PubkeyG1 = *abi.ConvertType(out[0], new(BN254G1Point)).(*BN254G1Point)
	outstruct.PubkeyG2 = *abi.ConvertType(out[1], new(BN254G2Point)).(*BN254G2Point)
	outstruct.PubkeyHash = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	outstruct.Registered = *abi.ConvertType(out[3], new(bool)).(*bool)

	return *outstruct, err

}

// OperatorKey is a free data retrieval call binding the contract method 0xb18125be.
//
// Solidity: function operatorKey(address operator) view returns((uint256,uint256) pubkeyG1, (uint256,uint256,uint256,uint256) pubkeyG2, bytes32 pubkeyHash, bool registered)
func (_EigenAVSRegistrar *EigenAVSRegistrarSession) OperatorKey(operator common.Address) (struct {
	PubkeyG1   BN254G1Point
	PubkeyG2   BN254G2Point
	PubkeyHash [32]byte
	Registered bool
}, error) {
	return _EigenAVSRegistrar.Contract.OperatorKey(&_EigenAVSRegistrar.CallOpts, operator)
}

// OperatorKey is a free data retrieval call binding the contract method 0xb18125be.
//
// Solidity: function operatorKey(address operator) view returns((uint256,uint256) pubkeyG1, (uint256,uint256,uint256,uint256) pubkeyG2, bytes32 pubkeyHash, bool registered)
func (_EigenAVSRegistrar *EigenAVSRegistrarCallerSession) OperatorKey(operator common.Address) (struct {
	PubkeyG1   BN254G1Point
	PubkeyG2   BN254G2Point
	PubkeyHash [32]byte
	Registered bool
}, error) {
	return _EigenAVSRegistrar.Contract.OperatorKey(&_EigenAVSRegistrar.CallOpts, operator)
}

// OperatorSetId is a free data retrieval call binding the contract method 0xe1ebfc37.
//
// Solidity: function operatorSetId() view returns(uint32)
func (_EigenAVSRegistrar *EigenAVSRegistrarCaller) OperatorSetId(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _EigenAVSRegistrar.contract.Call(opts, &out, "operatorSetId")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// OperatorSetId is a free data retrieval call binding the contract method 0xe1ebfc37.
//
// Solidity: function operatorSetId() view returns(uint32)
func (_EigenAVSRegistrar *EigenAVSRegistrarSession) OperatorSetId() (uint32, error) {
	return _EigenAVSRegistrar.Contract.OperatorSetId(&_EigenAVSRegistrar.CallOpts)
}

// OperatorSetId is a free data retrieval call binding the contract method 0xe1ebfc37.
//
// Solidity: function operatorSetId() view returns(uint32)
func (_EigenAVSRegistrar *EigenAVSRegistrarCallerSession) OperatorSetId() (uint32, error) {
	return _EigenAVSRegistrar.Contract.OperatorSetId(&_EigenAVSRegistrar.CallOpts)
}

// RegistrationData is a free data retrieval call binding the contract method 0xe728951a.
//
// Solidity: function registrationData((uint256,uint256) pubkeyG1, (uint256,uint256,uint256,uint256) pubkeyG2, (uint256,uint256) signature) pure returns(bytes)
func (_EigenAVSRegistrar *EigenAVSRegistrarCaller) RegistrationData(opts *bind.CallOpts, pubkeyG1 BN254G1Point, pubkeyG2 BN254G2Point, signature BN254G1Point) ([]byte, error) {
	var out []interface{}
	err := _EigenAVSRegistrar.contract.Call(opts, &out, "registrationData", pubkeyG1, pubkeyG2, signature)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// RegistrationData is a free data retrieval call binding the contract method 0xe728951a.
//
// Solidity: function registrationData((uint256,uint256) pubkeyG1, (uint256,uint256,uint256,uint256) pubkeyG2, (uint256,uint256) signature) pure returns(bytes)
func (_EigenAVSRegistrar *EigenAVSRegistrarSession) RegistrationData(pubkeyG1 BN254G1Point, pubkeyG2 BN254G2Point, signature BN254G1Point) ([]byte, error) {
	return _EigenAVSRegistrar.Contract.RegistrationData(&_EigenAVSRegistrar.CallOpts, pubkeyG1, pubkeyG2, signature)
}

// RegistrationData is a free data retrieval call binding the contract method 0xe728951a.
//
// Solidity: function registrationData((uint256,uint256) pubkeyG1, (uint256,uint256,uint256,uint256) pubkeyG2, (uint256,uint256) signature) pure returns(bytes)
func (_EigenAVSRegistrar *EigenAVSRegistrarCallerSession) RegistrationData(pubkeyG1 BN254G1Point, pubkeyG2 BN254G2Point, signature BN254G1Point) ([]byte, error) {
	return _EigenAVSRegistrar.Contract.RegistrationData(&_EigenAVSRegistrar.CallOpts, pubkeyG1, pubkeyG2, signature)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_EigenAVSRegistrar *EigenAVSRegistrarCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EigenAVSRegistrar.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_EigenAVSRegistrar *EigenAVSRegistrarSession) Registry() (common.Address, error) {
	return _EigenAVSRegistrar.Contract.Registry(&_EigenAVSRegistrar.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_EigenAVSRegistrar *EigenAVSRegistrarCallerSession) Registry() (common.Address, error) {
	return _EigenAVSRegistrar.Contract.Registry(&_EigenAVSRegistrar.CallOpts)
}

// SupportsAVS is a free data retrieval call binding the contract method 0xb5265787.
//
// Solidity: function supportsAVS(address avs_) view returns(bool)
func (_EigenAVSRegistrar *EigenAVSRegistrarCaller) SupportsAVS(opts *bind.CallOpts, avs_ common.Address) (bool, error) {
	var out []interface{}
	err := _EigenAVSRegistrar.contract.Call(opts, &out, "supportsAVS", avs_)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsAVS is a free data retrieval call binding the contract method 0xb5265787.
//
// Solidity: function supportsAVS(address avs_) view returns(bool)
func (_EigenAVSRegistrar *EigenAVSRegistrarSession) SupportsAVS(avs_ common.Address) (bool, error) {
	return _EigenAVSRegistrar.Contract.SupportsAVS(&_EigenAVSRegistrar.CallOpts, avs_)
}

// SupportsAVS is a free data retrieval call binding the contract method 0xb5265787.
//
// Solidity: function supportsAVS(address avs_) view returns(bool)
func (_EigenAVSRegistrar *EigenAVSRegistrarCallerSession) SupportsAVS(avs_ common.Address) (bool, error) {
	return _EigenAVSRegistrar.Contract.SupportsAVS(&_EigenAVSRegistrar.CallOpts, avs_)
}

// DeregisterOperator is a paid mutator transaction binding the contract method 0x303ca956.
//
// Solidity: function deregisterOperator(address operator, address , uint32[] ) returns()
func (_EigenAVSRegistrar *EigenAVSRegistrarTransactor) DeregisterOperator(opts *bind.TransactOpts, operator common.Address, arg1 common.Address, arg2 []uint32) (*types.Transaction, error) {
	return _EigenAVSRegistrar.contract.Transact(opts, "deregisterOperator", operator, arg1, arg2)
}

// DeregisterOperator is a paid mutator transaction binding the contract method 0x303ca956.
//
// Solidity: function deregisterOperator(address operator, address , uint32[] ) returns()
func (_EigenAVSRegistrar *EigenAVSRegistrarSession) DeregisterOperator(operator common.Address, arg1 common.Address, arg2 []uint32) (*types.Transaction, error) {
	return _EigenAVSRegistrar.Contract.DeregisterOperator(&_EigenAVSRegistrar.TransactOpts, operator, arg1, arg2)
}

// DeregisterOperator is a paid mutator transaction binding the contract method 0x303ca956.
//
// Solidity: function deregisterOperator(address operator, address , uint32[] ) returns()
func (_EigenAVSRegistrar *EigenAVSRegistrarTransactorSession) DeregisterOperator(operator common.Address, arg1 common.Address, arg2 []uint32) (*types.Transaction, error) {
	return _EigenAVSRegistrar.Contract.DeregisterOperator(&_EigenAVSRegistrar.TransactOpts, operator, arg1, arg2)
}

// RegisterOperator is a paid mutator transaction binding the contract method 0xc63fd502.
//
// Solidity: function registerOperator(address operator, address avs_, uint32[] operatorSetIds, bytes data) returns()
func (_EigenAVSRegistrar *EigenAVSRegistrarTransactor) RegisterOperator(opts *bind.TransactOpts, operator common.Address, avs_ common.Address, operatorSetIds []uint32, data []byte) (*types.Transaction, error) {
	return _EigenAVSRegistrar.contract.Transact(opts, "registerOperator", operator, avs_, operatorSetIds, data)
}

// RegisterOperator is a paid mutator transaction binding the contract method 0xc63fd502.
//
// Solidity: function registerOperator(address operator, address avs_, uint32[] operatorSetIds, bytes data) returns()
func (_EigenAVSRegistrar *EigenAVSRegistrarSession) RegisterOperator(operator common.Address, avs_ common.Address, operatorSetIds []uint32, data []byte) (*types.Transaction, error) {
	return _EigenAVSRegistrar.Contract.RegisterOperator(&_EigenAVSRegistrar.TransactOpts, operator, avs_, operatorSetIds, data)
}

// RegisterOperator is a paid mutator transaction binding the contract method 0xc63fd502.
//
// Solidity: function registerOperator(address operator, address avs_, uint32[] operatorSetIds, bytes data) returns()
func (_EigenAVSRegistrar *EigenAVSRegistrarTransactorSession) RegisterOperator(operator common.Address, avs_ common.Address, operatorSetIds []uint32, data []byte) (*types.Transaction, error) {
	return _EigenAVSRegistrar.Contract.RegisterOperator(&_EigenAVSRegistrar.TransactOpts, operator, avs_, operatorSetIds, data)
}

// EigenAVSRegistrarOperatorKeyDeregisteredIterator is returned from FilterOperatorKeyDeregistered and is used to iterate over the raw logs and unpacked data for OperatorKeyDeregistered events raised by the EigenAVSRegistrar contract.
type EigenAVSRegistrarOperatorKeyDeregisteredIterator struct {
	Event *EigenAVSRegistrarOperatorKeyDeregistered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EigenAVSRegistrarOperatorKeyDeregisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EigenAVSRegistrarOperatorKeyDeregistered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EigenAVSRegistrarOperatorKeyDeregistered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EigenAVSRegistrarOperatorKeyDeregisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EigenAVSRegistrarOperatorKeyDeregisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EigenAVSRegistrarOperatorKeyDeregistered represents a OperatorKeyDeregistered event raised by the EigenAVSRegistrar contract.
type EigenAVSRegistrarOperatorKeyDeregistered struct {
	Operator   common.Address
	PubkeyHash [32]byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterOperatorKeyDeregistered is a free log retrieval operation binding the contract event 0x8681c180ba7da7fcbbcd4b60e0df10a9dc861be342c25d385447a4fec864f74c.
//
// Solidity: event OperatorKeyDeregistered(address indexed operator, bytes32 indexed pubkeyHash)
func (_EigenAVSRegistrar *EigenAVSRegistrarFilterer) FilterOperatorKeyDeregistered(opts *bind.FilterOpts, operator []common.Address, pubkeyHash [][32]byte) (*EigenAVSRegistrarOperatorKeyDeregisteredIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var pubkeyHashRule []interface{}
	for _, pubkeyHashItem := range pubkeyHash {
		pubkeyHashRule = append(pubkeyHashRule, pubkeyHashItem)
	}

	logs, sub, err := _EigenAVSRegistrar.contract.FilterLogs(opts, "OperatorKeyDeregistered", operatorRule, pubkeyHashRule)
	if err != nil {
		return nil, err
	}
	return &EigenAVSRegistrarOperatorKeyDeregisteredIterator{contract: _EigenAVSRegistrar.contract, event: "OperatorKeyDeregistered", logs: logs, sub: sub}, nil
}

// WatchOperatorKeyDeregistered is a free log subscription operation binding the contract event 0x8681c180ba7da7fcbbcd4b60e0df10a9dc861be342c25d385447a4fec864f74c.
//
// Solidity: event OperatorKeyDeregistered(address indexed operator, bytes32 indexed pubkeyHash)
func (_EigenAVSRegistrar *EigenAVSRegistrarFilterer) WatchOperatorKeyDeregistered(opts *bind.WatchOpts, sink chan<- *EigenAVSRegistrarOperatorKeyDeregistered, operator []common.Address, pubkeyHash [][32]byte) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var pubkeyHashRule []interface{}
	for _, pubkeyHashItem := range pubkeyHash {
		pubkeyHashRule = append(pubkeyHashRule, pubkeyHashItem)
	}

	logs, sub, err := _EigenAVSRegistrar.contract.WatchLogs(opts, "OperatorKeyDeregistered", operatorRule, pubkeyHashRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EigenAVSRegistrarOperatorKeyDeregistered)
				if err := _EigenAVSRegistrar.contract.UnpackLog(event, "OperatorKeyDeregistered", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOperatorKeyDeregistered is a log parse operation binding the contract event 0x8681c180ba7da7fcbbcd4b60e0df10a9dc861be342c25d385447a4fec864f74c.
//
// Solidity: event OperatorKeyDeregistered(address indexed operator, bytes32 indexed pubkeyHash)
func (_EigenAVSRegistrar *EigenAVSRegistrarFilterer) ParseOperatorKeyDeregistered(log types.Log) (*EigenAVSRegistrarOperatorKeyDeregistered, error) {
	event := new(EigenAVSRegistrarOperatorKeyDeregistered)
	if err := _EigenAVSRegistrar.contract.UnpackLog(event, "OperatorKeyDeregistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EigenAVSRegistrarOperatorKeyRegisteredIterator is returned from FilterOperatorKeyRegistered and is used to iterate over the raw logs and unpacked data for OperatorKeyRegistered events raised by the EigenAVSRegistrar contract.
type EigenAVSRegistrarOperatorKeyRegisteredIterator struct {
	Event *EigenAVSRegistrarOperatorKeyRegistered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EigenAVSRegistrarOperatorKeyRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EigenAVSRegistrarOperatorKeyRegistered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EigenAVSRegistrarOperatorKeyRegistered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EigenAVSRegistrarOperatorKeyRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EigenAVSRegistrarOperatorKeyRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EigenAVSRegistrarOperatorKeyRegistered represents a OperatorKeyRegistered event raised by the EigenAVSRegistrar contract.
type EigenAVSRegistrarOperatorKeyRegistered struct {
	Operator   common.Address
	PubkeyHash [32]byte
	PubkeyG1   BN254G1Point
	PubkeyG2   BN254G2Point
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterOperatorKeyRegistered is a free log retrieval operation binding the contract event 0x159181fb6a070a5393e5722be8a77fff46f9abdf1de85646e0cd5e67bd6856b5.
//
// Solidity: event OperatorKeyRegistered(address indexed operator, bytes32 indexed pubkeyHash, (uint256,uint256) pubkeyG1, (uint256,uint256,uint256,uint256) pubkeyG2)
func (_EigenAVSRegistrar *EigenAVSRegistrarFilterer) FilterOperatorKeyRegistered(opts *bind.FilterOpts, operator []common.Address, pubkeyHash [][32]byte) (*EigenAVSRegistrarOperatorKeyRegisteredIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var pubkeyHashRule []interface{}
	for _, pubkeyHashItem := range pubkeyHash {
		pubkeyHashRule = append(pubkeyHashRule, pubkeyHashItem)
	}

	logs, sub, err := _EigenAVSRegistrar.contract.FilterLogs(opts, "OperatorKeyRegistered", operatorRule, pubkeyHashRule)
	if err != nil {
		return nil, err
	}
	return &EigenAVSRegistrarOperatorKeyRegisteredIterator{contract: _EigenAVSRegistrar.contract, event: "OperatorKeyRegistered", logs: logs, sub: sub}, nil
}

// WatchOperatorKeyRegistered is a free log subscription operation binding the contract event 0x159181fb6a070a5393e5722be8a77fff46f9abdf1de85646e0cd5e67bd6856b5.
//
// Solidity: event OperatorKeyRegistered(address indexed operator, bytes32 indexed pubkeyHash, (uint256,uint256) pubkeyG1, (uint256,uint256,uint256,uint256) pubkeyG2)
func (_EigenAVSRegistrar *EigenAVSRegistrarFilterer) WatchOperatorKeyRegistered(opts *bind.WatchOpts, sink chan<- *EigenAVSRegistrarOperatorKeyRegistered, operator []common.Address, pubkeyHash [][32]byte) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var pubkeyHashRule []interface{}
	for _, pubkeyHashItem := range pubkeyHash {
		pubkeyHashRule = append(pubkeyHashRule, pubkeyHashItem)
	}

	logs, sub, err := _EigenAVSRegistrar.contract.WatchLogs(opts, "OperatorKeyRegistered", operatorRule, pubkeyHashRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EigenAVSRegistrarOperatorKeyRegistered)
				if err := _EigenAVSRegistrar.contract.UnpackLog(event, "OperatorKeyRegistered", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOperatorKeyRegistered is a log parse operation binding the contract event 0x159181fb6a070a5393e5722be8a77fff46f9abdf1de85646e0cd5e67bd6856b5.
//
// Solidity: event OperatorKeyRegistered(address indexed operator, bytes32 indexed pubkeyHash, (uint256,uint256) pubkeyG1, (uint256,uint256,uint256,uint256) pubkeyG2)
func (_EigenAVSRegistrar *EigenAVSRegistrarFilterer) ParseOperatorKeyRegistered(log types.Log) (*EigenAVSRegistrarOperatorKeyRegistered, error) {
	event := new(EigenAVSRegistrarOperatorKeyRegistered)
	if err := _EigenAVSRegistrar.contract.UnpackLog(event, "OperatorKeyRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EigenRewardsSubmitterMetaData contains all meta data concerning the EigenRewardsSubmitter contract.
var EigenRewardsSubmitterMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractOperatorRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractIEigenRewardsCoordinator\",\"name\":\"rewardsCoordinator_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"avs_\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"operatorSetId_\",\"type\":\"uint32\"},{\"internalType\":\"contractWrappedEther\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"rewardPerEpoch_\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"strategies_\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"multipliers_\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"AlreadySubmitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currentEpoch\",\"type\":\"uint256\"}],\"name\":\"EpochNotOver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"NothingToSubmit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"startTimestamp\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"duration\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"operatorCount\",\"type\":\"uint256\"}],\"name\":\"EpochRewardsSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Funded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"avs\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fund\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorSetId\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractOperatorRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardPerEpoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardsCoordinator\",\"outputs\":[{\"internalType\":\"contractIEigenRewardsCoordinator\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"strategies\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"strategy\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"multiplier\",\"type\":\"uint96\"}],\"internalType\":\"structIEigenRewardsCoordinator.StrategyAndMultiplier[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"startTimestamp\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"duration\",\"type\":\"uint32\"}],\"name\":\"submitEpoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"submitted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractWrappedEther\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x610140604052348015610010575f5ffd5b506040516116e43803806116e483398101604081905261002f916103db565b6001600160a01b038816158061004c57506001600160a01b038716155b8061005e57506001600160a01b038616155b8061007057506001600160a01b038416155b80610079575082155b15610097576040516306b7c75960e31b815260040160405180910390fd5b81518015806100a7575080825114155b156100c5576040516306b7c75960e31b815260040160405180910390fd5b5f5b81811015610249575f8111801561012c5750836100e56001836104ae565b815181106100f5576100f56104d3565b60200260200101516001600160a01b0316848281518110610118576101186104d3565b60200260200101516001600160a01b031611155b1561014a576040516306b7c75960e31b815260040160405180910390fd5b82818151811061015c5761015c6104d3565b60200260200101515f148061019257506001600160601b038016838281518110610188576101886104d3565b6020026020010151115b156101b0576040516306b7c75960e31b815260040160405180910390fd5b5f60405180604001604052808684815181106101ce576101ce6104d3565b60200260200101516001600160a01b031681526020018584815181106101f6576101f66104d3565b6020908102919091018101516001600160601b039081169092528354600181810186555f9586529482902084519490920151909216600160a01b026001600160a01b0390931692909217910155016100c7565b5050506001600160a01b039687166080525093851660a05291841660c05263ffffffff1660e05290911661010052610120526104e7565b6001600160a01b0381168114610294575f5ffd5b50565b80516102a281610280565b919050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156102e3576102e36102a7565b604052919050565b5f6001600160401b03821115610303576103036102a7565b5060051b60200190565b5f82601f83011261031c575f5ffd5b815161032f61032a826102eb565b6102bb565b8082825260208201915060208360051b860101925085831115610350575f5ffd5b602085015b8381101561037657805161036881610280565b835260209283019201610355565b5095945050505050565b5f82601f83011261038f575f5ffd5b815161039d61032a826102eb565b8082825260208201915060208360051b8601019250858311156103be575f5ffd5b602085015b838110156103765780518352602092830192016103c3565b5f5f5f5f5f5f5f5f610100898b0312156103f3575f5ffd5b88516103fe81610280565b60208a015190985061040f81610280565b60408a015190975061042081610280565b60608a015190965063ffffffff81168114610439575f5ffd5b945061044760808a01610297565b60a08a015160c08b015191955093506001600160401b03811115610469575f5ffd5b6104758b828c0161030d565b60e08b015190935090506001600160401b03811115610492575f5ffd5b61049e8b828c01610380565b9150509295985092959890939650565b818103818111156104cd57634e487b7160e01b5f52601160045260245ffd5b92915050565b634e487b7160e01b5f52603260045260245ffd5b60805160a05160c05160e05161010051610120516111636105815f395f81816101440152818161049c01526104c801525f818161027b015281816108010152818161089b015261094c01525f81816102330152610a2601525f818161020001526109f701525f81816101850152818161091d01526109bd01525f818160f90152818161030201528181610420015261058801526111635ff3fe608060405260043610610092575f3560e01c8063c6f8bb6f11610057578063c6f8bb6f146101af578063d9f9027f146101ce578063de1164bb146101ef578063e1ebfc3714610222578063fc0c546a1461026a575f5ffd5b806335233dab146100a55780637b103999146100e857806384449a9d146101335780638a2fc4e314610174578063b60d4288146101a7575f5ffd5b366100a15761009f61029d565b005b5f5ffd5b3480156100b0575f5ffd5b506100d36100bf366004610c69565b60016020525f908152604090205460ff1681565b60405190151581526020015b60405180910390f35b3480156100f3575f5ffd5b5061011b7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100df565b34801561013e575f5ffd5b506101667f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020016100df565b34801561017f575f5ffd5b5061011b7f000000000000000000000000000000000000000000000000000000000000000081565b61009f6102f4565b3480156101ba575f5ffd5b506101666101c9366004610c98565b6102fe565b3480156101d9575f5ffd5b506101e2610af8565b6040516100df9190610cd1565b3480156101fa575f5ffd5b5061011b7f000000000000000000000000000000000000000000000000000000000000000081565b34801561022d575f5ffd5b506102557f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff90911681526020016100df565b348015610275575f5ffd5b5061011b7f000000000000000000000000000000000000000000000000000000000000000081565b345f036102bd57604051631f2a200560e01b815260040160405180910390fd5b60405134815233907f5af8184bef8e4b45eb9f6ed7734d04da38ced226495548f46e0c8ff8d7d9a5249060200160405180910390a2565b6102fc61029d565b565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663766718086040518163ffffffff1660e01b8152600401602060405180830381865afa15801561035c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103809190610d31565b905084158061038f5750808510155b156103bc5760405163f562b22b60e01b815260048101869052602481018290526044015b60405180910390fd5b5f8581526001602052604090205460ff16156103ee57604051636ec6d7ed60e01b8152600481018690526024016103b3565b5f858152600160208190526040808320805460ff191690921790915551631c4a114760e11b81526004810187905281907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633894228e906024015f60405180830381865afa15801561046c573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526104939190810190610db6565b92509250505f477f0000000000000000000000000000000000000000000000000000000000000000106104c657476104e8565b7f00000000000000000000000000000000000000000000000000000000000000005b90508015806104f5575082155b15610516576040516310a41c5f60e11b8152600481018990526024016103b3565b5f825167ffffffffffffffff81111561053157610531610d48565b60405190808252806020026020018201604052801561057557816020015b604080518082019091525f808252602082015281526020019060019003908161054f5790505b5090505f805b84518110156106d7575f867f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316637c5e5db08e8986815181106105c8576105c8610ead565b60200260200101516040518363ffffffff1660e01b81526004016105ff9291909182526001600160a01b0316602082015260400190565b602060405180830381865afa15801561061a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061063e9190610d31565b6106489087610ed5565b6106529190610ef2565b9050805f0361066157506106cf565b604051806040016040528087848151811061067e5761067e610ead565b60200260200101516001600160a01b03168152602001828152508484806106a490610f11565b9550815181106106b6576106b6610ead565b60209081029190910101526106cb818a610f29565b9850505b60010161057b565b50865f036106fb576040516310a41c5f60e11b8152600481018b90526024016103b3565b80825261070782610b71565b6040805160018082528183019092525f91816020015b6107686040518060c00160405280606081526020015f6001600160a01b03168152602001606081526020015f63ffffffff1681526020015f63ffffffff168152602001606081525090565b81526020019060019003908161071d5790505090506040518060c001604052805f805480602002602001604051908101604052809291908181526020015f905b828210156107f6575f84815260209081902060408051808201909152908401546001600160a01b0381168252600160a01b90046001600160601b0316818301528252600190920191016107a8565b5050505081526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020018481526020018b63ffffffff1681526020018a63ffffffff168152602001604051806040016040528060148152602001736e6f64656f702065706f6368207265776172647360601b815250815250815f8151811061088e5761088e610ead565b60200260200101819052507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d0e30db0896040518263ffffffff1660e01b81526004015f604051808303818588803b1580156108f2575f5ffd5b505af1158015610904573d5f5f3e3d5ffd5b505060405163095ea7b360e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166004830152602482018d90527f000000000000000000000000000000000000000000000000000000000000000016935063095ea7b3925060440190506020604051808303815f875af1158015610996573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109ba9190610f3c565b507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316630ca2989960405180604001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff16815250836040518363ffffffff1660e01b8152600401610a6c929190610fdf565b5f604051808303815f87803b158015610a83575f5ffd5b505af1158015610a95573d5f5f3e3d5ffd5b50506040805163ffffffff808f1682528d1660208201529081018b9052606081018590528d92507fbbe0735e044ff675f0fcfe8046dd41cabf4f370458575d7bc4b612bc0fea24af915060800160405180910390a2505050505050509392505050565b60605f805480602002602001604051908101604052809291908181526020015f905b82821015610b68575f84815260209081902060408051808201909152908401546001600160a01b0381168252600160a01b90046001600160601b031681830152825260019092019101610b1a565b50505050905090565b60015b8151811015610c65575f828281518110610b9057610b90610ead565b602002602001015190505f8290505b5f81118015610be6575081516001600160a01b031684610bc060018461113b565b81518110610bd057610bd0610ead565b60200260200101515f01516001600160a01b0316115b15610c3d5783610bf760018361113b565b81518110610c0757610c07610ead565b6020026020010151848281518110610c2157610c21610ead565b602002602001018190525080610c369061114e565b9050610b9f565b81848281518110610c5057610c50610ead565b60209081029190910101525050600101610b74565b5050565b5f60208284031215610c79575f5ffd5b5035919050565b803563ffffffff81168114610c93575f5ffd5b919050565b5f5f5f60608486031215610caa575f5ffd5b83359250610cba60208501610c80565b9150610cc860408501610c80565b90509250925092565b602080825282518282018190525f918401906040840190835b81811015610d2657835180516001600160a01b031684526020908101516001600160601b03168185015290930192604090920191600101610cea565b509095945050505050565b5f60208284031215610d41575f5ffd5b5051919050565b634e487b7160e01b5f52604160045260245ffd5b6040805190810167ffffffffffffffff81118282101715610d7f57610d7f610d48565b60405290565b604051601f8201601f1916810167ffffffffffffffff81118282101715610dae57610dae610d48565b604052919050565b5f5f5f8385036080811215610dc9575f5ffd5b6040811215610dd6575f5ffd5b50610ddf610d5c565b845181526020808601519082015260408501516060860151919450925067ffffffffffffffff811115610e10575f5ffd5b8401601f81018613610e20575f5ffd5b805167ffffffffffffffff811115610e3a57610e3a610d48565b8060051b610e4a60208201610d85565b91825260208184018101929081019089841115610e65575f5ffd5b6020850194505b83851015610e9e57845192506001600160a01b0383168314610e8c575f5ffd5b82825260209485019490910190610e6c565b80955050505050509250925092565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417610eec57610eec610ec1565b92915050565b5f82610f0c57634e487b7160e01b5f52601260045260245ffd5b500490565b5f60018201610f2257610f22610ec1565b5060010190565b80820180821115610eec57610eec610ec1565b5f60208284031215610f4c575f5ffd5b81518015158114610f5b575f5ffd5b9392505050565b5f8151808452602084019350602083015f5b82811015610fa757815180516001600160a01b031687526020908101518188015260409096019590910190600101610f74565b5093949350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b82516001600160a01b0316815260208084015163ffffffff168183015260606040830181905283519083018190525f916080600583901b8501810192908501918601845b8281101561112e57868503607f190184528151805160c080885281519088018190526020909101905f9060e08901905b8083101561109457835180516001600160a01b031683526020908101516001600160601b031690830152604082019150602084019350600183019250611053565b50602084015192506110b160208a01846001600160a01b03169052565b6040840151925088810360408a01526110ca8184610f62565b9250505060608201516110e5606089018263ffffffff169052565b5060808201516110fd608089018263ffffffff169052565b5060a0820151915086810360a08801526111178183610fb1565b965050506020938401939190910190600101611023565b5092979650505050505050565b81810381811115610eec57610eec610ec1565b5f8161115c5761115c610ec1565b505f19019056",
}

// EigenRewardsSubmitterABI is the input ABI used to generate the binding from.
// Deprecated: Use EigenRewardsSubmitterMetaData.ABI instead.
var EigenRewardsSubmitterABI = EigenRewardsSubmitterMetaData.ABI

// EigenRewardsSubmitterBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use EigenRewardsSubmitterMetaData.Bin instead.
var EigenRewardsSubmitterBin = EigenRewardsSubmitterMetaData.Bin

// DeployEigenRewardsSubmitter deploys a new Ethereum contract, binding an instance of EigenRewardsSubmitter to it.
func DeployEigenRewardsSubmitter(auth *bind.TransactOpts, backend bind.ContractBackend, registry_ common.Address, rewardsCoordinator_ common.Address, avs_ common.Address, operatorSetId_ uint32, token_ common.Address, rewardPerEpoch_ *big.Int, strategies_ []common.Address, multipliers_ []*big.Int) (common.Address, *types.Transaction, *EigenRewardsSubmitter, error) {
	parsed, err := EigenRewardsSubmitterMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(EigenRewardsSubmitterBin), backend, registry_, rewardsCoordinator_, avs_, operatorSetId_, token_, rewardPerEpoch_, strategies_, multipliers_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &EigenRewardsSubmitter{EigenRewardsSubmitterCaller: EigenRewardsSubmitterCaller{contract: contract}, EigenRewardsSubmitterTransactor: EigenRewardsSubmitterTransactor{contract: contract}, EigenRewardsSubmitterFilterer: EigenRewardsSubmitterFilterer{contract: contract}}, nil
}

// EigenRewardsSubmitter is an auto generated Go binding around an Ethereum contract.
type EigenRewardsSubmitter struct {
	EigenRewardsSubmitterCaller     // Read-only binding to the contract
	EigenRewardsSubmitterTransactor // Write-only binding to the contract
	EigenRewardsSubmitterFilterer   // Log filterer for contract events
}

// EigenRewardsSubmitterCaller is an auto generated read-only Go binding around an Ethereum contract.
type EigenRewardsSubmitterCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EigenRewardsSubmitterTransactor is an auto generated write-only Go binding around an Ethereum contract.
type EigenRewardsSubmitterTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EigenRewardsSubmitterFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type EigenRewardsSubmitterFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EigenRewardsSubmitterSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type EigenRewardsSubmitterSession struct {
	Contract     *EigenRewardsSubmitter // Generic contract binding to set the session for
	CallOpts     bind.CallOpts          // Call options to use throughout this session
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// EigenRewardsSubmitterCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type EigenRewardsSubmitterCallerSession struct {
	Contract *EigenRewardsSubmitterCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts                // Call options to use throughout this session
}

// EigenRewardsSubmitterTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type EigenRewardsSubmitterTransactorSession struct {
	Contract     *EigenRewardsSubmitterTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts                // Transaction auth options to use throughout this session
}

// EigenRewardsSubmitterRaw is an auto generated low-level Go binding around an Ethereum contract.
type EigenRewardsSubmitterRaw struct {
	Contract *EigenRewardsSubmitter // Generic contract binding to access the raw methods on
}

// EigenRewardsSubmitterCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type EigenRewardsSubmitterCallerRaw struct {
	Contract *EigenRewardsSubmitterCaller // Generic read-only contract binding to access the raw methods on
}

// EigenRewardsSubmitterTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type EigenRewardsSubmitterTransactorRaw struct {
	Contract *EigenRewardsSubmitterTransactor // Generic write-only contract binding to access the raw methods on
}

// NewEigenRewardsSubmitter creates a new instance of EigenRewardsSubmitter, bound to a specific deployed contract.
func NewEigenRewardsSubmitter(address common.Address, backend bind.ContractBackend) (*EigenRewardsSubmitter, error) {
	contract, err := bindEigenRewardsSubmitter(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &EigenRewardsSubmitter{EigenRewardsSubmitterCaller: EigenRewardsSubmitterCaller{contract: contract}, EigenRewardsSubmitterTransactor: EigenRewardsSubmitterTransactor{contract: contract}, EigenRewardsSubmitterFilterer: EigenRewardsSubmitterFilterer{contract: contract}}, nil
}

// NewEigenRewardsSubmitterCaller creates a new read-only instance of EigenRewardsSubmitter, bound to a specific deployed contract.
func NewEigenRewardsSubmitterCaller(address common.Address, caller bind.ContractCaller) (*EigenRewardsSubmitterCaller, error) {
	contract, err := bindEigenRewardsSubmitter(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &EigenRewardsSubmitterCaller{contract: contract}, nil
}

// NewEigenRewardsSubmitterTransactor creates a new write-only instance of EigenRewardsSubmitter, bound to a specific deployed contract.
func NewEigenRewardsSubmitterTransactor(address common.Address, transactor bind.ContractTransactor) (*EigenRewardsSubmitterTransactor, error) {
	contract, err := bindEigenRewardsSubmitter(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &EigenRewardsSubmitterTransactor{contract: contract}, nil
}

// NewEigenRewardsSubmitterFilterer creates a new log filterer instance of EigenRewardsSubmitter, bound to a specific deployed contract.
func NewEigenRewardsSubmitterFilterer(address common.Address, filterer bind.ContractFilterer) (*EigenRewardsSubmitterFilterer, error) {
	contract, err := bindEigenRewardsSubmitter(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &EigenRewardsSubmitterFilterer{contract: contract}, nil
}

// bindEigenRewardsSubmitter binds a generic wrapper to an already deployed contract.
func bindEigenRewardsSubmitter(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := EigenRewardsSubmitterMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_EigenRewardsSubmitter *EigenRewardsSubmitterRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _EigenRewardsSubmitter.Contract.EigenRewardsSubmitterCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_EigenRewardsSubmitter *EigenRewardsSubmitterRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _EigenRewardsSubmitter.Contract.EigenRewardsSubmitterTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_EigenRewardsSubmitter *EigenRewardsSubmitterRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _EigenRewardsSubmitter.Contract.EigenRewardsSubmitterTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_EigenRewardsSubmitter *EigenRewardsSubmitterCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _EigenRewardsSubmitter.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_EigenRewardsSubmitter *EigenRewardsSubmitterTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _EigenRewardsSubmitter.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_EigenRewardsSubmitter *EigenRewardsSubmitterTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _EigenRewardsSubmitter.Contract.contract.Transact(opts, method, params...)
}

// Avs is a free data retrieval call binding the contract method 0xde1164bb.
//
// Solidity: function avs() view returns(address)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterCaller) Avs(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EigenRewardsSubmitter.contract.Call(opts, &out, "avs")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Avs is a free data retrieval call binding the contract method 0xde1164bb.
//
// Solidity: function avs() view returns(address)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterSession) Avs() (common.Address, error) {
	return _EigenRewardsSubmitter.Contract.Avs(&_EigenRewardsSubmitter.CallOpts)
}

// Avs is a free data retrieval call binding the contract method 0xde1164bb.
//
// Solidity: function avs() view returns(address)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterCallerSession) Avs() (common.Address, error) {
	return _EigenRewardsSubmitter.Contract.Avs(&_EigenRewardsSubmitter.CallOpts)
}

// OperatorSetId is a free data retrieval call binding the contract method 0xe1ebfc37.
//
// Solidity: function operatorSetId() view returns(uint32)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterCaller) OperatorSetId(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _EigenRewardsSubmitter.contract.Call(opts, &out, "operatorSetId")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// OperatorSetId is a free data retrieval call binding the contract method 0xe1ebfc37.
//
// Solidity: function operatorSetId() view returns(uint32)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterSession) OperatorSetId() (uint32, error) {
	return _EigenRewardsSubmitter.Contract.OperatorSetId(&_EigenRewardsSubmitter.CallOpts)
}

// OperatorSetId is a free data retrieval call binding the contract method 0xe1ebfc37.
//
// Solidity: function operatorSetId() view returns(uint32)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterCallerSession) OperatorSetId() (uint32, error) {
	return _EigenRewardsSubmitter.Contract.OperatorSetId(&_EigenRewardsSubmitter.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EigenRewardsSubmitter.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterSession) Registry() (common.Address, error) {
	return _EigenRewardsSubmitter.Contract.Registry(&_EigenRewardsSubmitter.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterCallerSession) Registry() (common.Address, error) {
	return _EigenRewardsSubmitter.Contract.Registry(&_EigenRewardsSubmitter.CallOpts)
}

// RewardPerEpoch is a free data retrieval call binding the contract method 0x84449a9d.
//
// Solidity: function rewardPerEpoch() view returns(uint256)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterCaller) RewardPerEpoch(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _EigenRewardsSubmitter.contract.Call(opts, &out, "rewardPerEpoch")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RewardPerEpoch is a free data retrieval call binding the contract method 0x84449a9d.
//
// Solidity: function rewardPerEpoch() view returns(uint256)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterSession) RewardPerEpoch() (*big.Int, error) {
	return _EigenRewardsSubmitter.Contract.RewardPerEpoch(&_EigenRewardsSubmitter.CallOpts)
}

// RewardPerEpoch is a free data retrieval call binding the contract method 0x84449a9d.
//
// Solidity: function rewardPerEpoch() view returns(uint256)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterCallerSession) RewardPerEpoch() (*big.Int, error) {
	return _EigenRewardsSubmitter.Contract.RewardPerEpoch(&_EigenRewardsSubmitter.CallOpts)
}

// RewardsCoordinator is a free data retrieval call binding the contract method 0x8a2fc4e3.
//
// Solidity: function rewardsCoordinator() view returns(address)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterCaller) RewardsCoordinator(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EigenRewardsSubmitter.contract.Call(opts, &out, "rewardsCoordinator")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// RewardsCoordinator is a free data retrieval call binding the contract method 0x8a2fc4e3.
//
// Solidity: function rewardsCoordinator() view returns(address)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterSession) RewardsCoordinator() (common.Address, error) {
	return _EigenRewardsSubmitter.Contract.RewardsCoordinator(&_EigenRewardsSubmitter.CallOpts)
}

// RewardsCoordinator is a free data retrieval call binding the contract method 0x8a2fc4e3.
//
// Solidity: function rewardsCoordinator() view returns(address)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterCallerSession) RewardsCoordinator() (common.Address, error) {
	return _EigenRewardsSubmitter.Contract.RewardsCoordinator(&_EigenRewardsSubmitter.CallOpts)
}

// Strategies is a free data retrieval call binding the contract method 0xd9f9027f.
//
// Solidity: function strategies() view returns((address,uint96)[])
func (_EigenRewardsSubmitter *EigenRewardsSubmitterCaller) Strategies(opts *bind.CallOpts) ([]IEigenRewardsCoordinatorStrategyAndMultiplier, error) {
	var out []interface{}
	err := _EigenRewardsSubmitter.contract.Call(opts, &out, "strategies")

	if err != nil {
		return *new([]IEigenRewardsCoordinatorStrategyAndMultiplier), err
	}

	out0 := *abi.ConvertType(out[0], new([]IEigenRewardsCoordinatorStrategyAndMultiplier)).(*[]IEigenRewardsCoordinatorStrategyAndMultiplier)

	return out0, err

}

// Strategies is a free data retrieval call binding the contract method 0xd9f9027f.
//
// Solidity: function strategies() view returns((address,uint96)[])
func (_EigenRewardsSubmitter *EigenRewardsSubmitterSession) Strategies() ([]IEigenRewardsCoordinatorStrategyAndMultiplier, error) {
	return _EigenRewardsSubmitter.Contract.Strategies(&_EigenRewardsSubmitter.CallOpts)
}

// Strategies is a free data retrieval call binding the contract method 0xd9f9027f.
//
// Solidity: function strategies() view returns((address,uint96)[])
func (_EigenRewardsSubmitter *EigenRewardsSubmitterCallerSession) Strategies() ([]IEigenRewardsCoordinatorStrategyAndMultiplier, error) {
	return _EigenRewardsSubmitter.Contract.Strategies(&_EigenRewardsSubmitter.CallOpts)
}

// Submitted is a free data retrieval call binding the contract method 0x35233dab.
//
// Solidity: function submitted(uint256 ) view returns(bool)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterCaller) Submitted(opts *bind.CallOpts, arg0 *big.Int) (bool, error) {
	var out []interface{}
	err := _EigenRewardsSubmitter.contract.Call(opts, &out, "submitted", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Submitted is a free data retrieval call binding the contract method 0x35233dab.
//
// Solidity: function submitted(uint256 ) view returns(bool)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterSession) Submitted(arg0 *big.Int) (bool, error) {
	return _EigenRewardsSubmitter.Contract.Submitted(&_EigenRewardsSubmitter.CallOpts, arg0)
}

// Submitted is a free data retrieval call binding the contract method 0x35233dab.
//
// Solidity: function submitted(uint256 ) view returns(bool)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterCallerSession) Submitted(arg0 *big.Int) (bool, error) {
	return _EigenRewardsSubmitter.Contract.Submitted(&_EigenRewardsSubmitter.CallOpts, arg0)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EigenRewardsSubmitter.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterSession) Token() (common.Address, error) {
	return _EigenRewardsSubmitter.Contract.Token(&_EigenRewardsSubmitter.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterCallerSession) Token() (common.Address, error) {
	return _EigenRewardsSubmitter.Contract.Token(&_EigenRewardsSubmitter.CallOpts)
}

// Fund is a paid mutator transaction binding the contract method 0xb60d4288.
//
// Solidity: function fund() payable returns()
func (_EigenRewardsSubmitter *EigenRewardsSubmitterTransactor) Fund(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _EigenRewardsSubmitter.contract.Transact(opts, "fund")
}

// Fund is a paid mutator transaction binding the contract method 0xb60d4288.
//
// Solidity: function fund() payable returns()
func (_EigenRewardsSubmitter *EigenRewardsSubmitterSession) Fund() (*types.Transaction, error) {
	return _EigenRewardsSubmitter.Contract.Fund(&_EigenRewardsSubmitter.TransactOpts)
}

// Fund is a paid mutator transaction binding the contract method 0xb60d4288.
//
// Solidity: function fund() payable returns()
func (_EigenRewardsSubmitter *EigenRewardsSubmitterTransactorSession) Fund() (*types.Transaction, error) {
	return _EigenRewardsSubmitter.Contract.Fund(&_EigenRewardsSubmitter.TransactOpts)
}

// SubmitEpoch is a paid mutator transaction binding the contract method 0xc6f8bb6f.
//
// Solidity: function submitEpoch(uint256 epoch, uint32 startTimestamp, uint32 duration) returns(uint256 amount)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterTransactor) SubmitEpoch(opts *bind.TransactOpts, epoch *big.Int, startTimestamp uint32, duration uint32) (*types.Transaction, error) {
	return _EigenRewardsSubmitter.contract.Transact(opts, "submitEpoch", epoch, startTimestamp, duration)
}

// SubmitEpoch is a paid mutator transaction binding the contract method 0xc6f8bb6f.
//
// Solidity: function submitEpoch(uint256 epoch, uint32 startTimestamp, uint32 duration) returns(uint256 amount)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterSession) SubmitEpoch(epoch *big.Int, startTimestamp uint32, duration uint32) (*types.Transaction, error) {
	return _EigenRewardsSubmitter.Contract.SubmitEpoch(&_EigenRewardsSubmitter.TransactOpts, epoch, startTimestamp, duration)
}

// SubmitEpoch is a paid mutator transaction binding the contract method 0xc6f8bb6f.
//
// Solidity: function submitEpoch(uint256 epoch, uint32 startTimestamp, uint32 duration) returns(uint256 amount)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterTransactorSession) SubmitEpoch(epoch *big.Int, startTimestamp uint32, duration uint32) (*types.Transaction, error) {
	return _EigenRewardsSubmitter.Contract.SubmitEpoch(&_EigenRewardsSubmitter.TransactOpts, epoch, startTimestamp, duration)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_EigenRewardsSubmitter *EigenRewardsSubmitterTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _EigenRewardsSubmitter.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_EigenRewardsSubmitter *EigenRewardsSubmitterSession) Receive() (*types.Transaction, error) {
	return _EigenRewardsSubmitter.Contract.Receive(&_EigenRewardsSubmitter.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_EigenRewardsSubmitter *EigenRewardsSubmitterTransactorSession) Receive() (*types.Transaction, error) {
	return _EigenRewardsSubmitter.Contract.Receive(&_EigenRewardsSubmitter.TransactOpts)
}

// EigenRewardsSubmitterEpochRewardsSubmittedIterator is returned from FilterEpochRewardsSubmitted and is used to iterate over the raw logs and unpacked data for EpochRewardsSubmitted events raised by the EigenRewardsSubmitter contract.
type EigenRewardsSubmitterEpochRewardsSubmittedIterator struct {
	Event *EigenRewardsSubmitterEpochRewardsSubmitted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EigenRewardsSubmitterEpochRewardsSubmittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EigenRewardsSubmitterEpochRewardsSubmitted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EigenRewardsSubmitterEpochRewardsSubmitted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EigenRewardsSubmitterEpochRewardsSubmittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EigenRewardsSubmitterEpochRewardsSubmittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EigenRewardsSubmitterEpochRewardsSubmitted represents a EpochRewardsSubmitted event raised by the EigenRewardsSubmitter contract.
type EigenRewardsSubmitterEpochRewardsSubmitted struct {
	Epoch          *big.Int
	StartTimestamp uint32
	Duration       uint32
	Amount         *big.Int
	OperatorCount  *big.Int
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterEpochRewardsSubmitted is a free log retrieval operation binding the contract event 0xbbe0735e044ff675f0fcfe8046dd41cabf4f370458575d7bc4b612bc0fea24af.
//
// Solidity: event EpochRewardsSubmitted(uint256 indexed epoch, uint32 startTimestamp, uint32 duration, uint256 amount, uint256 operatorCount)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterFilterer) FilterEpochRewardsSubmitted(opts *bind.FilterOpts, epoch []*big.Int) (*EigenRewardsSubmitterEpochRewardsSubmittedIterator, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _EigenRewardsSubmitter.contract.FilterLogs(opts, "EpochRewardsSubmitted", epochRule)
	if err != nil {
		return nil, err
	}
	return &EigenRewardsSubmitterEpochRewardsSubmittedIterator{contract: _EigenRewardsSubmitter.contract, event: "EpochRewardsSubmitted", logs: logs, sub: sub}, nil
}

// WatchEpochRewardsSubmitted is a free log subscription operation binding the contract event 0xbbe0735e044ff675f0fcfe8046dd41cabf4f370458575d7bc4b612bc0fea24af.
//
// Solidity: event EpochRewardsSubmitted(uint256 indexed epoch, uint32 startTimestamp, uint32 duration, uint256 amount, uint256 operatorCount)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterFilterer) WatchEpochRewardsSubmitted(opts *bind.WatchOpts, sink chan<- *EigenRewardsSubmitterEpochRewardsSubmitted, epoch []*big.Int) (event.Subscription, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _EigenRewardsSubmitter.contract.WatchLogs(opts, "EpochRewardsSubmitted", epochRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EigenRewardsSubmitterEpochRewardsSubmitted)
				if err := _EigenRewardsSubmitter.contract.UnpackLog(event, "EpochRewardsSubmitted", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEpochRewardsSubmitted is a log parse operation binding the contract event 0xbbe0735e044ff675f0fcfe8046dd41cabf4f370458575d7bc4b612bc0fea24af.
//
// Solidity: event EpochRewardsSubmitted(uint256 indexed epoch, uint32 startTimestamp, uint32 duration, uint256 amount, uint256 operatorCount)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterFilterer) ParseEpochRewardsSubmitted(log types.Log) (*EigenRewardsSubmitterEpochRewardsSubmitted, error) {
	event := new(EigenRewardsSubmitterEpochRewardsSubmitted)
	if err := _EigenRewardsSubmitter.contract.UnpackLog(event, "EpochRewardsSubmitted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EigenRewardsSubmitterFundedIterator is returned from FilterFunded and is used to iterate over the raw logs and unpacked data for Funded events raised by the EigenRewardsSubmitter contract.
type EigenRewardsSubmitterFundedIterator struct {
	Event *EigenRewardsSubmitterFunded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EigenRewardsSubmitterFundedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EigenRewardsSubmitterFunded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EigenRewardsSubmitterFunded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EigenRewardsSubmitterFundedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EigenRewardsSubmitterFundedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EigenRewardsSubmitterFunded represents a Funded event raised by the EigenRewardsSubmitter contract.
type EigenRewardsSubmitterFunded struct {
	From   common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterFunded is a free log retrieval operation binding the contract event 0x5af8184bef8e4b45eb9f6ed7734d04da38ced226495548f46e0c8ff8d7d9a524.
//
// Solidity: event Funded(address indexed from, uint256 amount)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterFilterer) FilterFunded(opts *bind.FilterOpts, from []common.Address) (*EigenRewardsSubmitterFundedIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _EigenRewardsSubmitter.contract.FilterLogs(opts, "Funded", fromRule)
	if err != nil {
		return nil, err
	}
	return &EigenRewardsSubmitterFundedIterator{contract: _EigenRewardsSubmitter.contract, event: "Funded", logs: logs, sub: sub}, nil
}

// WatchFunded is a free log subscription operation binding the contract event 0x5af8184bef8e4b45eb9f6ed7734d04da38ced226495548f46e0c8ff8d7d9a524.
//
// Solidity: event Funded(address indexed from, uint256 amount)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterFilterer) WatchFunded(opts *bind.WatchOpts, sink chan<- *EigenRewardsSubmitterFunded, from []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _EigenRewardsSubmitter.contract.WatchLogs(opts, "Funded", fromRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EigenRewardsSubmitterFunded)
				if err := _EigenRewardsSubmitter.contract.UnpackLog(event, "Funded", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseFunded is a log parse operation binding the contract event 0x5af8184bef8e4b45eb9f6ed7734d04da38ced226495548f46e0c8ff8d7d9a524.
//
// Solidity: event Funded(address indexed from, uint256 amount)
func (_EigenRewardsSubmitter *EigenRewardsSubmitterFilterer) ParseFunded(log types.Log) (*EigenRewardsSubmitterFunded, error) {
	event := new(EigenRewardsSubmitterFunded)
	if err := _EigenRewardsSubmitter.contract.UnpackLog(event, "Funded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EigenStakeSourceMetaData contains all meta data concerning the EigenStakeSource contract.
var EigenStakeSourceMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"contractIEigenAllocationManager\",\"name\":\"allocationManager\",\"type\":\"address\"},{\"internalType\":\"contractIEigenPermissionController\",\"name\":\"permissionController\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rewardsCoordinator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rewardsSubmitter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"slasher\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"lookaheadBlocks\",\"type\":\"uint32\"},{\"internalType\":\"address[]\",\"name\":\"strategies\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"multipliers\",\"type\":\"uint256[]\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"internalType\":\"structEigenStakeSource.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSlasher\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BURN_ADDRESS\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_STRATEGIES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"allocationManager\",\"outputs\":[{\"internalType\":\"contractIEigenAllocationManager\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"delegationManager\",\"outputs\":[{\"internalType\":\"contractIEigenDelegationManager\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lookaheadBlocks\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorSet\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"avs\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"}],\"internalType\":\"structEigenOperatorSet\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorSetId\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registrar\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"slash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"slashableStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slasher\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"strategies\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x610140604052348015610010575f5ffd5b5060405161202838038061202883398101604081905261002f9161074f565b80516001600160a01b03161580610051575060208101516001600160a01b0316155b80610067575060808101516001600160a01b0316155b8061007d575060a08101516001600160a01b0316155b806100aa575060608101516001600160a01b0316158015906100aa575060408101516001600160a01b0316155b156100c8576040516306b7c75960e31b815260040160405180910390fd5b610100810151518015806100dc5750600881115b806100ed5750808261012001515114155b1561010b576040516306b7c75960e31b815260040160405180910390fd5b5f5b81811015610212575f8111801561017c575061010083015161013060018361089c565b81518110610140576101406108c1565b60200260200101516001600160a01b03168361010001518281518110610168576101686108c1565b60200260200101516001600160a01b031611155b1561019a576040516306b7c75960e31b815260040160405180910390fd5b82610120015181815181106101b1576101b16108c1565b60200260200101515f14806101ec57506001600160601b03801683610120015182815181106101e2576101e26108c1565b6020026020010151115b1561020a576040516306b7c75960e31b815260040160405180910390fd5b60010161010d565b50815f01516001600160a01b03166080816001600160a01b031681525050815f01516001600160a01b031663df5cf7236040518163ffffffff1660e01b8152600401602060405180830381865afa15801561026f573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061029391906108d5565b6001600160a01b0390811660a0908152830151811660c0908152608084015190911660e09081529083015163ffffffff9081166101009081529184015116610120528201515f906102e4908261092b565b506101208201516001906102f890826109a0565b50815161014083015160405163a982182160e01b81526001600160a01b039092169163a98218219161032f91309190600401610a0c565b5f604051808303815f87803b158015610346575f5ffd5b505af1158015610358573d5f5f3e3d5ffd5b505f9250600191506103679050565b6040519080825280602002602001820160405280156103ac57816020015b604080518082019091525f8152606060208201528152602001906001900390816103855790505b50905060405180604001604052808460c0015163ffffffff168152602001846101000151815250815f815181106103e5576103e56108c1565b60209081029190910101528251604051630130fc2760e51b81526001600160a01b039091169063261f84e0906104219030908590600401610a50565b5f604051808303815f87803b158015610438575f5ffd5b505af115801561044a573d5f5f3e3d5ffd5b5050845160808601516040516334f65bfd60e21b81523060048201526001600160a01b0391821660248201529116925063d3d96ff491506044015f604051808303815f87803b15801561049b575f5ffd5b505af11580156104ad573d5f5f3e3d5ffd5b5050505060608301516001600160a01b03161561054557602083015160608401516040808601519051634a86c03760e11b81523060048201526001600160a01b0392831660248201529082166044820152630ca2989960e01b606482015291169063950d806e906084015f604051808303815f87803b15801561052e575f5ffd5b505af1158015610540573d5f5f3e3d5ffd5b505050505b505050610b12565b634e487b7160e01b5f52604160045260245ffd5b60405161016081016001600160401b03811182821017156105845761058461054d565b60405290565b604051601f8201601f191681016001600160401b03811182821017156105b2576105b261054d565b604052919050565b6001600160a01b03811681146105ce575f5ffd5b50565b80516105dc816105ba565b919050565b805163ffffffff811681146105dc575f5ffd5b5f6001600160401b0382111561060c5761060c61054d565b5060051b60200190565b5f82601f830112610625575f5ffd5b8151610638610633826105f4565b61058a565b8082825260208201915060208360051b860101925085831115610659575f5ffd5b602085015b8381101561067f578051610671816105ba565b83526020928301920161065e565b5095945050505050565b5f82601f830112610698575f5ffd5b81516106a6610633826105f4565b8082825260208201915060208360051b8601019250858311156106c7575f5ffd5b602085015b8381101561067f5780518352602092830192016106cc565b5f82601f8301126106f3575f5ffd5b81516001600160401b0381111561070c5761070c61054d565b61071f601f8201601f191660200161058a565b818152846020838601011115610733575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f6020828403121561075f575f5ffd5b81516001600160401b03811115610774575f5ffd5b82016101608185031215610786575f5ffd5b61078e610561565b610797826105d1565b81526107a5602083016105d1565b60208201526107b6604083016105d1565b60408201526107c7606083016105d1565b60608201526107d8608083016105d1565b60808201526107e960a083016105d1565b60a08201526107fa60c083016105e1565b60c082015261080b60e083016105e1565b60e08201526101008201516001600160401b03811115610829575f5ffd5b61083586828501610616565b610100830152506101208201516001600160401b03811115610855575f5ffd5b61086186828501610689565b610120830152506101408201516001600160401b03811115610881575f5ffd5b61088d868285016106e4565b61014083015250949350505050565b818103818111156108bb57634e487b7160e01b5f52601160045260245ffd5b92915050565b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156108e5575f5ffd5b81516108f0816105ba565b9392505050565b8183101561092657805f528260205f20018383035f5b81811015610922575f8382015560010161090d565b5050505b505050565b81516001600160401b038111156109445761094461054d565b6801000000000000000081111561095d5761095d61054d565b815481835561096d8282856108f7565b5060208301825f5260205f205f5b838110156109225782516001600160a01b03168282015560209092019160010161097b565b81516001600160401b038111156109b9576109b961054d565b680100000000000000008111156109d2576109d261054d565b81548183556109e28282856108f7565b5060208301825f5260205f205f5b83811015610922578251828201556020909201916001016109f0565b60018060a01b0383168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b5f6040820160018060a01b03851683526040602084015280845180835260608501915060608160051b8601019250602086015f5b82811015610b0557868503605f190184528151805163ffffffff168652602090810151604082880181905281519088018190529101905f9060608801905b80831015610aed5783516001600160a01b031682526020938401936001939093019290910190610ac2565b50965050506020938401939190910190600101610a84565b5092979650505050505050565b60805160a05160c05160e051610100516101205161147b610bad5f395f81816101660152610cd201525f818161023001528181610a940152610c9a01525f61011401525f81816101b901526108dc01525f81816102570152818161039801526105b601525f81816101f3015281816102bc01528181610435015281816104f801528181610743015281816108130152610a4a015261147b5ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c8063bfac599011610088578063e1ebfc3711610063578063e1ebfc371461022b578063ea4d3c9b14610252578063fa2c481214610279578063fccc28131461028e575f5ffd5b8063bfac5990146101db578063ca8aa7c7146101ee578063d9f9027f14610215575f5ffd5b80634c914bce116100c35780634c914bce146101615780636a1460241461019d578063767f06ae146101ac578063b1344271146101b4575f5ffd5b8063275ff98d146100e95780632b20e3971461010f578063426233601461014e575b5f5ffd5b6100fc6100f7366004610de3565b610298565b6040519081526020015b60405180910390f35b6101367f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610106565b6100fc61015c366004610de3565b61071f565b6101887f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff9091168152602001610106565b6100fc670de0b6b3a764000081565b6100fc600881565b6101367f000000000000000000000000000000000000000000000000000000000000000081565b6100fc6101e9366004610dfc565b6108d0565b6101367f000000000000000000000000000000000000000000000000000000000000000081565b61021d610bc2565b604051610106929190610e78565b6101887f000000000000000000000000000000000000000000000000000000000000000081565b6101367f000000000000000000000000000000000000000000000000000000000000000081565b610281610c7a565b6040516101069190610ed0565b610136620e16e481565b5f5f6102a2610c7a565b6040516309a961f360e11b81529091506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690631352c3e6906102f39086908590600401610ef6565b602060405180830381865afa15801561030e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103329190610f33565b61033e57505f92915050565b5f80546040805160208084028201810190925282815291839183018282801561038e57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610370575b505050505090505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316639004134786846040518363ffffffff1660e01b81526004016103e4929190610f52565b5f60405180830381865afa1580156103fe573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610425919081019061104f565b90505f5b8251811015610716575f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166310e1b9b8888787868151811061047657610476611081565b60200260200101516040518463ffffffff1660e01b815260040161049c93929190611095565b606060405180830381865afa1580156104b7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104db91906110fb565b51905067ffffffffffffffff81165f036104f5575061070e565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a9333ec88987868151811061053857610538611081565b60200260200101516040518363ffffffff1660e01b81526004016105729291906001600160a01b0392831681529116602082015260400190565b602060405180830381865afa15801561058d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105b19190611178565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636e1744488a8887815181106105f6576105f6611081565b60200260200101516040518363ffffffff1660e01b81526004016106309291906001600160a01b0392831681529116602082015260400190565b602060405180830381865afa15801561064b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061066f9190611191565b90505f8267ffffffffffffffff168467ffffffffffffffff168388888151811061069b5761069b611081565b60200260200101516106ad91906111bc565b6106b791906111cf565b6106c191906111e6565b9050670de0b6b3a7640000600186815481106106df576106df611081565b905f5260205f200154826106f391906111cf565b6106fd91906111e6565b610707908a6111bc565b9850505050505b600101610429565b50505050919050565b5f5f610729610c7a565b6040516333869dd160e11b81529091506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063670d3ba29061077a9086908590600401610ef6565b602060405180830381865afa158015610795573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107b99190610f33565b6107c557505f92915050565b6040805160018082528183019092525f916020808301908036833701905050905083815f815181106107f9576107f9611081565b6001600160a01b0392831660209182029290920101525f907f000000000000000000000000000000000000000000000000000000000000000016632bab2c4a848484610843610cc6565b6040518563ffffffff1660e01b81526004016108629493929190611205565b5f60405180830381865afa15801561087c573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526108a39190810190611295565b90506108c7815f815181106108ba576108ba611081565b6020026020010151610d17565b95945050505050565b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610920576040516325e066bb60e11b815233600482015260240160405180910390fd5b5f83156109355761093085610298565b610937565b5f5b90508015610b77575f818510156109685761096361095d670de0b6b3a7640000876111cf565b83610d90565b610972565b670de0b6b3a76400005b90505f5f8054806020026020016040519081016040528092919081815260200182805480156109c857602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116109aa575b505050505090505f815167ffffffffffffffff8111156109ea576109ea610f7d565b604051908082528060200260200182016040528015610a13578160200160208202803683370190505b5090505f5b8151811015610a475783828281518110610a3457610a34611081565b6020908102919091010152600101610a18565b507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166336352057306040518060a001604052808c6001600160a01b031681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020018681526020018581526020016040518060400160405280601c81526020017f6e6f64656f7020536c617368696e672e65786563757465536c617368000000008152508152506040518363ffffffff1660e01b8152600401610b209291906113a4565b5f604051808303815f87803b158015610b37575f5ffd5b505af1158015610b49573d5f5f3e3d5ffd5b505050505f610b5789610298565b9050808511610b66575f610b70565b610b708186611468565b9550505050505b604051828152620e16e4906001600160a01b038716907fd87c3348a79019696e9b472cb0efe979015741dd3a1c95f43cc26dd1ace903c09060200160405180910390a3509392505050565b6060805f600181805480602002602001604051908101604052809291908181526020018280548015610c1b57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610bfd575b5050505050915080805480602002602001604051908101604052809291908181526020018280548015610c6b57602002820191905f5260205f20905b815481526020019060010190808311610c57575b50505050509050915091509091565b6040805180820182525f80825260209182015281518083019092523082527f000000000000000000000000000000000000000000000000000000000000000063ffffffff169082015290565b5f80610cf863ffffffff7f000000000000000000000000000000000000000000000000000000000000000016436111bc565b905063ffffffff8111610d0b5780610d11565b63ffffffff5b91505090565b5f805b8251811015610d8a57670de0b6b3a764000060018281548110610d3f57610d3f611081565b905f5260205f200154848381518110610d5a57610d5a611081565b6020026020010151610d6c91906111cf565b610d7691906111e6565b610d8090836111bc565b9150600101610d1a565b50919050565b5f8215610dbd5781610da3600185611468565b610dad91906111e6565b610db89060016111bc565b610dbf565b5f5b90505b92915050565b80356001600160a01b0381168114610dde575f5ffd5b919050565b5f60208284031215610df3575f5ffd5b610dbf82610dc8565b5f5f5f60608486031215610e0e575f5ffd5b610e1784610dc8565b925060208401359150610e2c60408501610dc8565b90509250925092565b5f8151808452602084019350602083015f5b82811015610e6e5781516001600160a01b0316865260209586019590910190600101610e47565b5093949350505050565b604081525f610e8a6040830185610e35565b82810360208401528084518083526020830191506020860192505f5b81811015610ec4578351835260209384019390920191600101610ea6565b50909695505050505050565b81516001600160a01b0316815260208083015163ffffffff169082015260408101610dc2565b6001600160a01b038316815260608101610f2c602083018480516001600160a01b0316825260209081015163ffffffff16910152565b9392505050565b5f60208284031215610f43575f5ffd5b81518015158114610f2c575f5ffd5b6001600160a01b03831681526040602082018190525f90610f7590830184610e35565b949350505050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f1916810167ffffffffffffffff81118282101715610fba57610fba610f7d565b604052919050565b5f67ffffffffffffffff821115610fdb57610fdb610f7d565b5060051b60200190565b5f82601f830112610ff4575f5ffd5b815161100761100282610fc2565b610f91565b8082825260208201915060208360051b860101925085831115611028575f5ffd5b602085015b8381101561104557805183526020928301920161102d565b5095945050505050565b5f6020828403121561105f575f5ffd5b815167ffffffffffffffff811115611075575f5ffd5b610f7584828501610fe5565b634e487b7160e01b5f52603260045260245ffd5b6001600160a01b0384168152608081016110cb602083018580516001600160a01b0316825260209081015163ffffffff16910152565b6001600160a01b03929092166060919091015292915050565b805167ffffffffffffffff81168114610dde575f5ffd5b5f606082840312801561110c575f5ffd5b506040516060810167ffffffffffffffff8111828210171561113057611130610f7d565b60405261113c836110e4565b8152602083015180600f0b8114611151575f5ffd5b6020820152604083015163ffffffff8116811461116c575f5ffd5b60408201529392505050565b5f60208284031215611188575f5ffd5b610dbf826110e4565b5f602082840312156111a1575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610dc257610dc26111a8565b8082028115828204841417610dc257610dc26111a8565b5f8261120057634e487b7160e01b5f52601260045260245ffd5b500490565b84516001600160a01b0316815260208086015163ffffffff169082015260a060408201525f61123760a0830186610e35565b828103606084015284548082525f8681526020808220930191905b818110156112795783546001600160a01b0316835260019384019360209093019201611252565b5050809250505063ffffffff8316608083015295945050505050565b5f602082840312156112a5575f5ffd5b815167ffffffffffffffff8111156112bb575f5ffd5b8201601f810184136112cb575f5ffd5b80516112d961100282610fc2565b8082825260208201915060208360051b8501019250868311156112fa575f5ffd5b602084015b8381101561133b57805167ffffffffffffffff81111561131d575f5ffd5b61132c89602083890101610fe5565b845250602092830192016112ff565b509695505050505050565b5f8151808452602084019350602083015f5b82811015610e6e578151865260209586019590910190600101611358565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6001600160a01b038381168252604060208084018290528451909216818401528382015163ffffffff16606084015283015160a06080840152805160e084018190525f92919091019082906101008501905b808310156114215783516001600160a01b0316825260209384019360019390930192909101906113f6565b506060860151858203603f190160a0870152925061143f8184611346565b925050506080840151603f198483030160c085015261145e8282611376565b9695505050505050565b81810381811115610dc257610dc26111a856",
}

// EigenStakeSourceABI is the input ABI used to generate the binding from.
// Deprecated: Use EigenStakeSourceMetaData.ABI instead.
var EigenStakeSourceABI = EigenStakeSourceMetaData.ABI

// EigenStakeSourceBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use EigenStakeSourceMetaData.Bin instead.
var EigenStakeSourceBin = EigenStakeSourceMetaData.Bin

// DeployEigenStakeSource deploys a new Ethereum contract, binding an instance of EigenStakeSource to it.
func DeployEigenStakeSource(auth *bind.TransactOpts, backend bind.ContractBackend, p EigenStakeSourceParams) (common.Address, *types.Transaction, *EigenStakeSource, error) {
	parsed, err := EigenStakeSourceMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(EigenStakeSourceBin), backend, p)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &EigenStakeSource{EigenStakeSourceCaller: EigenStakeSourceCaller{contract: contract}, EigenStakeSourceTransactor: EigenStakeSourceTransactor{contract: contract}, EigenStakeSourceFilterer: EigenStakeSourceFilterer{contract: contract}}, nil
}

// EigenStakeSource is an auto generated Go binding around an Ethereum contract.
type EigenStakeSource struct {
	EigenStakeSourceCaller     // Read-only binding to the contract
	EigenStakeSourceTransactor // Write-only binding to the contract
	EigenStakeSourceFilterer   // Log filterer for contract events
}

// EigenStakeSourceCaller is an auto generated read-only Go binding around an Ethereum contract.
type EigenStakeSourceCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EigenStakeSourceTransactor is an auto generated write-only Go binding around an Ethereum contract.
type EigenStakeSourceTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EigenStakeSourceFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type EigenStakeSourceFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EigenStakeSourceSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type EigenStakeSourceSession struct {
	Contract     *EigenStakeSource // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// EigenStakeSourceCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type EigenStakeSourceCallerSession struct {
	Contract *EigenStakeSourceCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// EigenStakeSourceTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type EigenStakeSourceTransactorSession struct {
	Contract     *EigenStakeSourceTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// EigenStakeSourceRaw is an auto generated low-level Go binding around an Ethereum contract.
type EigenStakeSourceRaw struct {
	Contract *EigenStakeSource // Generic contract binding to access the raw methods on
}

// EigenStakeSourceCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type EigenStakeSourceCallerRaw struct {
	Contract *EigenStakeSourceCaller // Generic read-only contract binding to access the raw methods on
}

// EigenStakeSourceTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type EigenStakeSourceTransactorRaw struct {
	Contract *EigenStakeSourceTransactor // Generic write-only contract binding to access the raw methods on
}

// NewEigenStakeSource creates a new instance of EigenStakeSource, bound to a specific deployed contract.
func NewEigenStakeSource(address common.Address, backend bind.ContractBackend) (*EigenStakeSource, error) {
	contract, err := bindEigenStakeSource(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &EigenStakeSource{EigenStakeSourceCaller: EigenStakeSourceCaller{contract: contract}, EigenStakeSourceTransactor: EigenStakeSourceTransactor{contract: contract}, EigenStakeSourceFilterer: EigenStakeSourceFilterer{contract: contract}}, nil
}

// NewEigenStakeSourceCaller creates a new read-only instance of EigenStakeSource, bound to a specific deployed contract.
func NewEigenStakeSourceCaller(address common.Address, caller bind.ContractCaller) (*EigenStakeSourceCaller, error) {
	contract, err := bindEigenStakeSource(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &EigenStakeSourceCaller{contract: contract}, nil
}

// NewEigenStakeSourceTransactor creates a new write-only instance of EigenStakeSource, bound to a specific deployed contract.
func NewEigenStakeSourceTransactor(address common.Address, transactor bind.ContractTransactor) (*EigenStakeSourceTransactor, error) {
	contract, err := bindEigenStakeSource(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &EigenStakeSourceTransactor{contract: contract}, nil
}

// NewEigenStakeSourceFilterer creates a new log filterer instance of EigenStakeSource, bound to a specific deployed contract.
func NewEigenStakeSourceFilterer(address common.Address, filterer bind.ContractFilterer) (*EigenStakeSourceFilterer, error) {
	contract, err := bindEigenStakeSource(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &EigenStakeSourceFilterer{contract: contract}, nil
}

// bindEigenStakeSource binds a generic wrapper to an already deployed contract.
func bindEigenStakeSource(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := EigenStakeSourceMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_EigenStakeSource *EigenStakeSourceRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _EigenStakeSource.Contract.EigenStakeSourceCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_EigenStakeSource *EigenStakeSourceRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _EigenStakeSource.Contract.EigenStakeSourceTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_EigenStakeSource *EigenStakeSourceRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _EigenStakeSource.Contract.EigenStakeSourceTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_EigenStakeSource *EigenStakeSourceCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _EigenStakeSource.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_EigenStakeSource *EigenStakeSourceTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _EigenStakeSource.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_EigenStakeSource *EigenStakeSourceTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _EigenStakeSource.Contract.contract.Transact(opts, method, params...)
}

// BURNADDRESS is a free data retrieval call binding the contract method 0xfccc2813.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (_EigenStakeSource *EigenStakeSourceCaller) BURNADDRESS(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EigenStakeSource.contract.Call(opts, &out, "BURN_ADDRESS")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// BURNADDRESS is a free data retrieval call binding the contract method 0xfccc2813.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (_EigenStakeSource *EigenStakeSourceSession) BURNADDRESS() (common.Address, error) {
	return _EigenStakeSource.Contract.BURNADDRESS(&_EigenStakeSource.CallOpts)
}

// BURNADDRESS is a free data retrieval call binding the contract method 0xfccc2813.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (_EigenStakeSource *EigenStakeSourceCallerSession) BURNADDRESS() (common.Address, error) {
	return _EigenStakeSource.Contract.BURNADDRESS(&_EigenStakeSource.CallOpts)
}

// MAXSTRATEGIES is a free data retrieval call binding the contract method 0x767f06ae.
//
// Solidity: function MAX_STRATEGIES() view returns(uint256)
func (_EigenStakeSource *EigenStakeSourceCaller) MAXSTRATEGIES(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _EigenStakeSource.contract.Call(opts, &out, "MAX_STRATEGIES")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXSTRATEGIES is a free data retrieval call binding the contract method 0x767f06ae.
//
// Solidity: function MAX_STRATEGIES() view returns(uint256)
func (_EigenStakeSource *EigenStakeSourceSession) MAXSTRATEGIES() (*big.Int, error) {
	return _EigenStakeSource.Contract.MAXSTRATEGIES(&_EigenStakeSource.CallOpts)
}

// MAXSTRATEGIES is a free data retrieval call binding the contract method 0x767f06ae.
//
// Solidity: function MAX_STRATEGIES() view returns(uint256)
func (_EigenStakeSource *EigenStakeSourceCallerSession) MAXSTRATEGIES() (*big.Int, error) {
	return _EigenStakeSource.Contract.MAXSTRATEGIES(&_EigenStakeSource.CallOpts)
}

// WAD is a free data retrieval call binding the contract method 0x6a146024.
//
// Solidity: function WAD() view returns(uint256)
func (_EigenStakeSource *EigenStakeSourceCaller) WAD(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _EigenStakeSource.contract.Call(opts, &out, "WAD")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// WAD is a free data retrieval call binding the contract method 0x6a146024.
//
// Solidity: function WAD() view returns(uint256)
func (_EigenStakeSource *EigenStakeSourceSession) WAD() (*big.Int, error) {
	return _EigenStakeSource.Contract.WAD(&_EigenStakeSource.CallOpts)
}

// WAD is a free data retrieval call binding the contract method 0x6a146024.
//
// Solidity: function WAD() view returns(uint256)
func (_EigenStakeSource *EigenStakeSourceCallerSession) WAD() (*big.Int, error) {
	return _EigenStakeSource.Contract.WAD(&_EigenStakeSource.CallOpts)
}

// AllocationManager is a free data retrieval call binding the contract method 0xca8aa7c7.
//
// Solidity: function allocationManager() view returns(address)
func (_EigenStakeSource *EigenStakeSourceCaller) AllocationManager(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EigenStakeSource.contract.Call(opts, &out, "allocationManager")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// AllocationManager is a free data retrieval call binding the contract method 0xca8aa7c7.
//
// Solidity: function allocationManager() view returns(address)
func (_EigenStakeSource *EigenStakeSourceSession) AllocationManager() (common.Address, error) {
	return _EigenStakeSource.Contract.AllocationManager(&_EigenStakeSource.CallOpts)
}

// AllocationManager is a free data retrieval call binding the contract method 0xca8aa7c7.
//
// Solidity: function allocationManager() view returns(address)
func (_EigenStakeSource *EigenStakeSourceCallerSession) AllocationManager() (common.Address, error) {
	return _EigenStakeSource.Contract.AllocationManager(&_EigenStakeSource.CallOpts)
}

// DelegationManager is a free data retrieval call binding the contract method 0xea4d3c9b.
//
// Solidity: function delegationManager() view returns(address)
func (_EigenStakeSource *EigenStakeSourceCaller) DelegationManager(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EigenStakeSource.contract.Call(opts, &out, "delegationManager")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// DelegationManager is a free data retrieval call binding the contract method 0xea4d3c9b.
//
// Solidity: function delegationManager() view returns(address)
func (_EigenStakeSource *EigenStakeSourceSession) DelegationManager() (common.Address, error) {
	return _EigenStakeSource.Contract.DelegationManager(&_EigenStakeSource.CallOpts)
}

// DelegationManager is a free data retrieval call binding the contract method 0xea4d3c9b.
//
// Solidity: function delegationManager() view returns(address)
func (_EigenStakeSource *EigenStakeSourceCallerSession) DelegationManager() (common.Address, error) {
	return _EigenStakeSource.Contract.DelegationManager(&_EigenStakeSource.CallOpts)
}

// LookaheadBlocks is a free data retrieval call binding the contract method 0x4c914bce.
//
// Solidity: function lookaheadBlocks() view returns(uint32)
func (_EigenStakeSource *EigenStakeSourceCaller) LookaheadBlocks(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _EigenStakeSource.contract.Call(opts, &out, "lookaheadBlocks")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// LookaheadBlocks is a free data retrieval call binding the contract method 0x4c914bce.
//
// Solidity: function lookaheadBlocks() view returns(uint32)
func (_EigenStakeSource *EigenStakeSourceSession) LookaheadBlocks() (uint32, error) {
	return _EigenStakeSource.Contract.LookaheadBlocks(&_EigenStakeSource.CallOpts)
}

// LookaheadBlocks is a free data retrieval call binding the contract method 0x4c914bce.
//
// Solidity: function lookaheadBlocks() view returns(uint32)
func (_EigenStakeSource *EigenStakeSourceCallerSession) LookaheadBlocks() (uint32, error) {
	return _EigenStakeSource.Contract.LookaheadBlocks(&_EigenStakeSource.CallOpts)
}

// OperatorSet is a free data retrieval call binding the contract method 0xfa2c4812.
//
// Solidity: function operatorSet() view returns((address,uint32))
func (_EigenStakeSource *EigenStakeSourceCaller) OperatorSet(opts *bind.CallOpts) (EigenOperatorSet, error) {
	var out []interface{}
	err := _EigenStakeSource.contract.Call(opts, &out, "operatorSet")

	if err != nil {
		return *new(EigenOperatorSet), err
	}

	out0 := *abi.ConvertType(out[0], new(EigenOperatorSet)).(*EigenOperatorSet)

	return out0, err

}

// OperatorSet is a free data retrieval call binding the contract method 0xfa2c4812.
//
// Solidity: function operatorSet() view returns((address,uint32))
func (_EigenStakeSource *EigenStakeSourceSession) OperatorSet() (EigenOperatorSet, error) {
	return _EigenStakeSource.Contract.OperatorSet(&_EigenStakeSource.CallOpts)
}

// OperatorSet is a free data retrieval call binding the contract method 0xfa2c4812.
//
// Solidity: function operatorSet() view returns((address,uint32))
func (_EigenStakeSource *EigenStakeSourceCallerSession) OperatorSet() (EigenOperatorSet, error) {
	return _EigenStakeSource.Contract.OperatorSet(&_EigenStakeSource.CallOpts)
}

// OperatorSetId is a free data retrieval call binding the contract method 0xe1ebfc37.
//
// Solidity: function operatorSetId() view returns(uint32)
func (_EigenStakeSource *EigenStakeSourceCaller) OperatorSetId(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _EigenStakeSource.contract.Call(opts, &out, "operatorSetId")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// OperatorSetId is a free data retrieval call binding the contract method 0xe1ebfc37.
//
// Solidity: function operatorSetId() view returns(uint32)
func (_EigenStakeSource *EigenStakeSourceSession) OperatorSetId() (uint32, error) {
	return _EigenStakeSource.Contract.OperatorSetId(&_EigenStakeSource.CallOpts)
}

// OperatorSetId is a free data retrieval call binding the contract method 0xe1ebfc37.
//
// Solidity: function operatorSetId() view returns(uint32)
func (_EigenStakeSource *EigenStakeSourceCallerSession) OperatorSetId() (uint32, error) {
	return _EigenStakeSource.Contract.OperatorSetId(&_EigenStakeSource.CallOpts)
}

// Registrar is a free data retrieval call binding the contract method 0x2b20e397.
//
// Solidity: function registrar() view returns(address)
func (_EigenStakeSource *EigenStakeSourceCaller) Registrar(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EigenStakeSource.contract.Call(opts, &out, "registrar")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registrar is a free data retrieval call binding the contract method 0x2b20e397.
//
// Solidity: function registrar() view returns(address)
func (_EigenStakeSource *EigenStakeSourceSession) Registrar() (common.Address, error) {
	return _EigenStakeSource.Contract.Registrar(&_EigenStakeSource.CallOpts)
}

// Registrar is a free data retrieval call binding the contract method 0x2b20e397.
//
// Solidity: function registrar() view returns(address)
func (_EigenStakeSource *EigenStakeSourceCallerSession) Registrar() (common.Address, error) {
	return _EigenStakeSource.Contract.Registrar(&_EigenStakeSource.CallOpts)
}

// SlashableStake is a free data retrieval call binding the contract method 0x275ff98d.
//
// Solidity: function slashableStake(address operator) view returns(uint256 total)
func (_EigenStakeSource *EigenStakeSourceCaller) SlashableStake(opts *bind.CallOpts, operator common.Address) (*big.Int, error) {
	var out []interface{}
	err := _EigenStakeSource.contract.Call(opts, &out, "slashableStake", operator)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SlashableStake is a free data retrieval call binding the contract method 0x275ff98d.
//
// Solidity: function slashableStake(address operator) view returns(uint256 total)
func (_EigenStakeSource *EigenStakeSourceSession) SlashableStake(operator common.Address) (*big.Int, error) {
	return _EigenStakeSource.Contract.SlashableStake(&_EigenStakeSource.CallOpts, operator)
}

// SlashableStake is a free data retrieval call binding the contract method 0x275ff98d.
//
// Solidity: function slashableStake(address operator) view returns(uint256 total)
func (_EigenStakeSource *EigenStakeSourceCallerSession) SlashableStake(operator common.Address) (*big.Int, error) {
	return _EigenStakeSource.Contract.SlashableStake(&_EigenStakeSource.CallOpts, operator)
}

// Slasher is a free data retrieval call binding the contract method 0xb1344271.
//
// Solidity: function slasher() view returns(address)
func (_EigenStakeSource *EigenStakeSourceCaller) Slasher(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EigenStakeSource.contract.Call(opts, &out, "slasher")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Slasher is a free data retrieval call binding the contract method 0xb1344271.
//
// Solidity: function slasher() view returns(address)
func (_EigenStakeSource *EigenStakeSourceSession) Slasher() (common.Address, error) {
	return _EigenStakeSource.Contract.Slasher(&_EigenStakeSource.CallOpts)
}

// Slasher is a free data retrieval call binding the contract method 0xb1344271.
//
// Solidity: function slasher() view returns(address)
func (_EigenStakeSource *EigenStakeSourceCallerSession) Slasher() (common.Address, error) {
	return _EigenStakeSource.Contract.Slasher(&_EigenStakeSource.CallOpts)
}

// StakeOf is a free data retrieval call binding the contract method 0x42623360.
//
// Solidity: function stakeOf(address operator) view returns(uint256)
func (_EigenStakeSource *EigenStakeSourceCaller) StakeOf(opts *bind.CallOpts, operator common.Address) (*big.Int, error) {
	var out []interface{}
	err := _EigenStakeSource.contract.Call(opts, &out, "stakeOf", operator)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// StakeOf is a free data retrieval call binding the contract method 0x42623360.
//
// Solidity: function stakeOf(address operator) view returns(uint256)
func (_EigenStakeSource *EigenStakeSourceSession) StakeOf(operator common.Address) (*big.Int, error) {
	return _EigenStakeSource.Contract.StakeOf(&_EigenStakeSource.CallOpts, operator)
}

// StakeOf is a free data retrieval call binding the contract method 0x42623360.
//
// Solidity: function stakeOf(address operator) view returns(uint256)
func (_EigenStakeSource *EigenStakeSourceCallerSession) StakeOf(operator common.Address) (*big.Int, error) {
	return _EigenStakeSource.Contract.StakeOf(&_EigenStakeSource.CallOpts, operator)
}

// Strategies is a free data retrieval call binding the contract method 0xd9f9027f.
//
// Solidity: function strategies() view returns(address[], uint256[])
func (_EigenStakeSource *EigenStakeSourceCaller) Strategies(opts *bind.CallOpts) ([]common.Address, []*big.Int, error) {
	var out []interface{}
	err := _EigenStakeSource.contract.Call(opts, &out, "strategies")

	if err != nil {
		return *new([]common.Address), *new([]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	out1 := *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)

	return out0, out1, err

}

// Strategies is a free data retrieval call binding the contract method 0xd9f9027f.
//
// Solidity: function strategies() view returns(address[], uint256[])
func (_EigenStakeSource *EigenStakeSourceSession) Strategies() ([]common.Address, []*big.Int, error) {
	return _EigenStakeSource.Contract.Strategies(&_EigenStakeSource.CallOpts)
}

// Strategies is a free data retrieval call binding the contract method 0xd9f9027f.
//
// Solidity: function strategies() view returns(address[], uint256[])
func (_EigenStakeSource *EigenStakeSourceCallerSession) Strategies() ([]common.Address, []*big.Int, error) {
	return _EigenStakeSource.Contract.Strategies(&_EigenStakeSource.CallOpts)
}

// Slash is a paid mutator transaction binding the contract method 0xbfac5990.
//
// Solidity: function slash(address operator, uint256 amount, address ) returns(uint256 slashed)
func (_EigenStakeSource *EigenStakeSourceTransactor) Slash(opts *bind.TransactOpts, operator common.Address, amount *big.Int, arg2 common.Address) (*types.Transaction, error) {
	return _EigenStakeSource.contract.Transact(opts, "slash", operator, amount, arg2)
}

// Slash is a paid mutator transaction binding the contract method 0xbfac5990.
//
// Solidity: function slash(address operator, uint256 amount, address ) returns(uint256 slashed)
func (_EigenStakeSource *EigenStakeSourceSession) Slash(operator common.Address, amount *big.Int, arg2 common.Address) (*types.Transaction, error) {
	return _EigenStakeSource.Contract.Slash(&_EigenStakeSource.TransactOpts, operator, amount, arg2)
}

// Slash is a paid mutator transaction binding the contract method 0xbfac5990.
//
// Solidity: function slash(address operator, uint256 amount, address ) returns(uint256 slashed)
func (_EigenStakeSource *EigenStakeSourceTransactorSession) Slash(operator common.Address, amount *big.Int, arg2 common.Address) (*types.Transaction, error) {
	return _EigenStakeSource.Contract.Slash(&_EigenStakeSource.TransactOpts, operator, amount, arg2)
}

// EigenStakeSourceSlashedIterator is returned from FilterSlashed and is used to iterate over the raw logs and unpacked data for Slashed events raised by the EigenStakeSource contract.
type EigenStakeSourceSlashedIterator struct {
	Event *EigenStakeSourceSlashed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EigenStakeSourceSlashedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EigenStakeSourceSlashed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EigenStakeSourceSlashed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EigenStakeSourceSlashedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EigenStakeSourceSlashedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EigenStakeSourceSlashed represents a Slashed event raised by the EigenStakeSource contract.
type EigenStakeSourceSlashed struct {
	Operator  common.Address
	Amount    *big.Int
	Recipient common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterSlashed is a free log retrieval operation binding the contract event 0xd87c3348a79019696e9b472cb0efe979015741dd3a1c95f43cc26dd1ace903c0.
//
// Solidity: event Slashed(address indexed operator, uint256 amount, address indexed recipient)
func (_EigenStakeSource *EigenStakeSourceFilterer) FilterSlashed(opts *bind.FilterOpts, operator []common.Address, recipient []common.Address) (*EigenStakeSourceSlashedIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _EigenStakeSource.contract.FilterLogs(opts, "Slashed", operatorRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return &EigenStakeSourceSlashedIterator{contract: _EigenStakeSource.contract, event: "Slashed", logs: logs, sub: sub}, nil
}

// WatchSlashed is a free log subscription operation binding the contract event 0xd87c3348a79019696e9b472cb0efe979015741dd3a1c95f43cc26dd1ace903c0.
//
// Solidity: event Slashed(address indexed operator, uint256 amount, address indexed recipient)
func (_EigenStakeSource *EigenStakeSourceFilterer) WatchSlashed(opts *bind.WatchOpts, sink chan<- *EigenStakeSourceSlashed, operator []common.Address, recipient []common.Address) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _EigenStakeSource.contract.WatchLogs(opts, "Slashed", operatorRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EigenStakeSourceSlashed)
				if err := _EigenStakeSource.contract.UnpackLog(event, "Slashed", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSlashed is a log parse operation binding the contract event 0xd87c3348a79019696e9b472cb0efe979015741dd3a1c95f43cc26dd1ace903c0.
//
// Solidity: event Slashed(address indexed operator, uint256 amount, address indexed recipient)
func (_EigenStakeSource *EigenStakeSourceFilterer) ParseSlashed(log types.Log) (*EigenStakeSourceSlashed, error) {
	event := new(EigenStakeSourceSlashed)
	if err := _EigenStakeSource.contract.UnpackLog(event, "Slashed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IAVSRegistrarMetaData contains all meta data concerning the IAVSRegistrar contract.
var IAVSRegistrarMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"avs\",\"type\":\"address\"},{\"internalType\":\"uint32[]\",\"name\":\"operatorSetIds\",\"type\":\"uint32[]\"}],\"name\":\"deregisterOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"avs\",\"type\":\"address\"},{\"internalType\":\"uint32[]\",\"name\":\"operatorSetIds\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"registerOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"avs\",\"type\":\"address\"}],\"name\":\"supportsAVS\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
}

// IAVSRegistrarABI is the input ABI used to generate the binding from.
// Deprecated: Use IAVSRegistrarMetaData.ABI instead.
var IAVSRegistrarABI = IAVSRegistrarMetaData.ABI

// IAVSRegistrar is an auto generated Go binding around an Ethereum contract.
type IAVSRegistrar struct {
	IAVSRegistrarCaller     // Read-only binding to the contract
	IAVSRegistrarTransactor // Write-only binding to the contract
	IAVSRegistrarFilterer   // Log filterer for contract events
}

// IAVSRegistrarCaller is an auto generated read-only Go binding around an Ethereum contract.
type IAVSRegistrarCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IAVSRegistrarTransactor is an auto generated write-only Go binding around an Ethereum contract.
type IAVSRegistrarTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IAVSRegistrarFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type IAVSRegistrarFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IAVSRegistrarSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type IAVSRegistrarSession struct {
	Contract     *IAVSRegistrar    // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// IAVSRegistrarCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type IAVSRegistrarCallerSession struct {
	Contract *IAVSRegistrarCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts        // Call options to use throughout this session
}

// IAVSRegistrarTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type IAVSRegistrarTransactorSession struct {
	Contract     *IAVSRegistrarTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// IAVSRegistrarRaw is an auto generated low-level Go binding around an Ethereum contract.
type IAVSRegistrarRaw struct {
	Contract *IAVSRegistrar // Generic contract binding to access the raw methods on
}

// IAVSRegistrarCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type IAVSRegistrarCallerRaw struct {
	Contract *IAVSRegistrarCaller // Generic read-only contract binding to access the raw methods on
}

// IAVSRegistrarTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type IAVSRegistrarTransactorRaw struct {
	Contract *IAVSRegistrarTransactor // Generic write-only contract binding to access the raw methods on
}

// NewIAVSRegistrar creates a new instance of IAVSRegistrar, bound to a specific deployed contract.
func NewIAVSRegistrar(address common.Address, backend bind.ContractBackend) (*IAVSRegistrar, error) {
	contract, err := bindIAVSRegistrar(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &IAVSRegistrar{IAVSRegistrarCaller: IAVSRegistrarCaller{contract: contract}, IAVSRegistrarTransactor: IAVSRegistrarTransactor{contract: contract}, IAVSRegistrarFilterer: IAVSRegistrarFilterer{contract: contract}}, nil
}

// NewIAVSRegistrarCaller creates a new read-only instance of IAVSRegistrar, bound to a specific deployed contract.
func NewIAVSRegistrarCaller(address common.Address, caller bind.ContractCaller) (*IAVSRegistrarCaller, error) {
	contract, err := bindIAVSRegistrar(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &IAVSRegistrarCaller{contract: contract}, nil
}

// NewIAVSRegistrarTransactor creates a new write-only instance of IAVSRegistrar, bound to a specific deployed contract.
func NewIAVSRegistrarTransactor(address common.Address, transactor bind.ContractTransactor) (*IAVSRegistrarTransactor, error) {
	contract, err := bindIAVSRegistrar(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &IAVSRegistrarTransactor{contract: contract}, nil
}

// NewIAVSRegistrarFilterer creates a new log filterer instance of IAVSRegistrar, bound to a specific deployed contract.
func NewIAVSRegistrarFilterer(address common.Address, filterer bind.ContractFilterer) (*IAVSRegistrarFilterer, error) {
	contract, err := bindIAVSRegistrar(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &IAVSRegistrarFilterer{contract: contract}, nil
}

// bindIAVSRegistrar binds a generic wrapper to an already deployed contract.
func bindIAVSRegistrar(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := IAVSRegistrarMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IAVSRegistrar *IAVSRegistrarRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IAVSRegistrar.Contract.IAVSRegistrarCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IAVSRegistrar *IAVSRegistrarRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IAVSRegistrar.Contract.IAVSRegistrarTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IAVSRegistrar *IAVSRegistrarRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IAVSRegistrar.Contract.IAVSRegistrarTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IAVSRegistrar *IAVSRegistrarCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IAVSRegistrar.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IAVSRegistrar *IAVSRegistrarTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IAVSRegistrar.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IAVSRegistrar *IAVSRegistrarTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IAVSRegistrar.Contract.contract.Transact(opts, method, params...)
}

// SupportsAVS is a free data retrieval call binding the contract method 0xb5265787.
//
// Solidity: function supportsAVS(address avs) view returns(bool)
func (_IAVSRegistrar *IAVSRegistrarCaller) SupportsAVS(opts *bind.CallOpts, avs common.Address) (bool, error) {
	var out []interface{}
	err := _IAVSRegistrar.contract.Call(opts, &out, "supportsAVS", avs)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsAVS is a free data retrieval call binding the contract method 0xb5265787.
//
// Solidity: function supportsAVS(address avs) view returns(bool)
func (_IAVSRegistrar *IAVSRegistrarSession) SupportsAVS(avs common.Address) (bool, error) {
	return _IAVSRegistrar.Contract.SupportsAVS(&_IAVSRegistrar.CallOpts, avs)
}

// SupportsAVS is a free data retrieval call binding the contract method 0xb5265787.
//
// Solidity: function supportsAVS(address avs) view returns(bool)
func (_IAVSRegistrar *IAVSRegistrarCallerSession) SupportsAVS(avs common.Address) (bool, error) {
	return _IAVSRegistrar.Contract.SupportsAVS(&_IAVSRegistrar.CallOpts, avs)
}

// DeregisterOperator is a paid mutator transaction binding the contract method 0x303ca956.
//
// Solidity: function deregisterOperator(address operator, address avs, uint32[] operatorSetIds) returns()
func (_IAVSRegistrar *IAVSRegistrarTransactor) DeregisterOperator(opts *bind.TransactOpts, operator common.Address, avs common.Address, operatorSetIds []uint32) (*types.Transaction, error) {
	return _IAVSRegistrar.contract.Transact(opts, "deregisterOperator", operator, avs, operatorSetIds)
}

// DeregisterOperator is a paid mutator transaction binding the contract method 0x303ca956.
//
// Solidity: function deregisterOperator(address operator, address avs, uint32[] operatorSetIds) returns()
func (_IAVSRegistrar *IAVSRegistrarSession) DeregisterOperator(operator common.Address, avs common.Address, operatorSetIds []uint32) (*types.Transaction, error) {
	return _IAVSRegistrar.Contract.DeregisterOperator(&_IAVSRegistrar.TransactOpts, operator, avs, operatorSetIds)
}

// DeregisterOperator is a paid mutator transaction binding the contract method 0x303ca956.
//
// Solidity: function deregisterOperator(address operator, address avs, uint32[] operatorSetIds) returns()
func (_IAVSRegistrar *IAVSRegistrarTransactorSession) DeregisterOperator(operator common.Address, avs common.Address, operatorSetIds []uint32) (*types.Transaction, error) {
	return _IAVSRegistrar.Contract.DeregisterOperator(&_IAVSRegistrar.TransactOpts, operator, avs, operatorSetIds)
}

// RegisterOperator is a paid mutator transaction binding the contract method 0xc63fd502.
//
// Solidity: function registerOperator(address operator, address avs, uint32[] operatorSetIds, bytes data) returns()
func (_IAVSRegistrar *IAVSRegistrarTransactor) RegisterOperator(opts *bind.TransactOpts, operator common.Address, avs common.Address, operatorSetIds []uint32, data []byte) (*types.Transaction, error) {
	return _IAVSRegistrar.contract.Transact(opts, "registerOperator", operator, avs, operatorSetIds, data)
}

// RegisterOperator is a paid mutator transaction binding the contract method 0xc63fd502.
//
// Solidity: function registerOperator(address operator, address avs, uint32[] operatorSetIds, bytes data) returns()
func (_IAVSRegistrar *IAVSRegistrarSession) RegisterOperator(operator common.Address, avs common.Address, operatorSetIds []uint32, data []byte) (*types.Transaction, error) {
	return _IAVSRegistrar.Contract.RegisterOperator(&_IAVSRegistrar.TransactOpts, operator, avs, operatorSetIds, data)
}

// RegisterOperator is a paid mutator transaction binding the contract method 0xc63fd502.
//
// Solidity: function registerOperator(address operator, address avs, uint32[] operatorSetIds, bytes data) returns()
func (_IAVSRegistrar *IAVSRegistrarTransactorSession) RegisterOperator(operator common.Address, avs common.Address, operatorSetIds []uint32, data []byte) (*types.Transaction, error) {
	return _IAVSRegistrar.Contract.RegisterOperator(&_IAVSRegistrar.TransactOpts, operator, avs, operatorSetIds, data)
}

// IBatchRewardsMetaData contains all meta data concerning the IBatchRewards contract.
var IBatchRewardsMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"signerBitmap\",\"type\":\"uint256\"}],\"name\":\"onBatchCommitted\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
}

// IBatchRewardsABI is the input ABI used to generate the binding from.
// Deprecated: Use IBatchRewardsMetaData.ABI instead.
var IBatchRewardsABI = IBatchRewardsMetaData.ABI

// IBatchRewards is an auto generated Go binding around an Ethereum contract.
type IBatchRewards struct {
	IBatchRewardsCaller     // Read-only binding to the contract
	IBatchRewardsTransactor // Write-only binding to the contract
	IBatchRewardsFilterer   // Log filterer for contract events
}

// IBatchRewardsCaller is an auto generated read-only Go binding around an Ethereum contract.
type IBatchRewardsCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IBatchRewardsTransactor is an auto generated write-only Go binding around an Ethereum contract.
type IBatchRewardsTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IBatchRewardsFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type IBatchRewardsFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IBatchRewardsSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type IBatchRewardsSession struct {
	Contract     *IBatchRewards    // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// IBatchRewardsCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type IBatchRewardsCallerSession struct {
	Contract *IBatchRewardsCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts        // Call options to use throughout this session
}

// IBatchRewardsTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type IBatchRewardsTransactorSession struct {
	Contract     *IBatchRewardsTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// IBatchRewardsRaw is an auto generated low-level Go binding around an Ethereum contract.
type IBatchRewardsRaw struct {
	Contract *IBatchRewards // Generic contract binding to access the raw methods on
}

// IBatchRewardsCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type IBatchRewardsCallerRaw struct {
	Contract *IBatchRewardsCaller // Generic read-only contract binding to access the raw methods on
}

// IBatchRewardsTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type IBatchRewardsTransactorRaw struct {
	Contract *IBatchRewardsTransactor // Generic write-only contract binding to access the raw methods on
}

// NewIBatchRewards creates a new instance of IBatchRewards, bound to a specific deployed contract.
func NewIBatchRewards(address common.Address, backend bind.ContractBackend) (*IBatchRewards, error) {
	contract, err := bindIBatchRewards(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &IBatchRewards{IBatchRewardsCaller: IBatchRewardsCaller{contract: contract}, IBatchRewardsTransactor: IBatchRewardsTransactor{contract: contract}, IBatchRewardsFilterer: IBatchRewardsFilterer{contract: contract}}, nil
}

// NewIBatchRewardsCaller creates a new read-only instance of IBatchRewards, bound to a specific deployed contract.
func NewIBatchRewardsCaller(address common.Address, caller bind.ContractCaller) (*IBatchRewardsCaller, error) {
	contract, err := bindIBatchRewards(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &IBatchRewardsCaller{contract: contract}, nil
}

// NewIBatchRewardsTransactor creates a new write-only instance of IBatchRewards, bound to a specific deployed contract.
func NewIBatchRewardsTransactor(address common.Address, transactor bind.ContractTransactor) (*IBatchRewardsTransactor, error) {
	contract, err := bindIBatchRewards(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &IBatchRewardsTransactor{contract: contract}, nil
}

// NewIBatchRewardsFilterer creates a new log filterer instance of IBatchRewards, bound to a specific deployed contract.
func NewIBatchRewardsFilterer(address common.Address, filterer bind.ContractFilterer) (*IBatchRewardsFilterer, error) {
	contract, err := bindIBatchRewards(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &IBatchRewardsFilterer{contract: contract}, nil
}

// bindIBatchRewards binds a generic wrapper to an already deployed contract.
func bindIBatchRewards(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := IBatchRewardsMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IBatchRewards *IBatchRewardsRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IBatchRewards.Contract.IBatchRewardsCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IBatchRewards *IBatchRewardsRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IBatchRewards.Contract.IBatchRewardsTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IBatchRewards *IBatchRewardsRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IBatchRewards.Contract.IBatchRewardsTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IBatchRewards *IBatchRewardsCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IBatchRewards.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IBatchRewards *IBatchRewardsTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IBatchRewards.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IBatchRewards *IBatchRewardsTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IBatchRewards.Contract.contract.Transact(opts, method, params...)
}

// OnBatchCommitted is a paid mutator transaction binding the contract method 0x3bc4bd4a.
//
// Solidity: function onBatchCommitted(uint64 chainId, uint64 batchIndex, uint64 epoch, address submitter, uint256 signerBitmap) returns()
func (_IBatchRewards *IBatchRewardsTransactor) OnBatchCommitted(opts *bind.TransactOpts, chainId uint64, batchIndex uint64, epoch uint64, submitter common.Address, signerBitmap *big.Int) (*types.Transaction, error) {
	return _IBatchRewards.contract.Transact(opts, "onBatchCommitted", chainId, batchIndex, epoch, submitter, signerBitmap)
}

// OnBatchCommitted is a paid mutator transaction binding the contract method 0x3bc4bd4a.
//
// Solidity: function onBatchCommitted(uint64 chainId, uint64 batchIndex, uint64 epoch, address submitter, uint256 signerBitmap) returns()
func (_IBatchRewards *IBatchRewardsSession) OnBatchCommitted(chainId uint64, batchIndex uint64, epoch uint64, submitter common.Address, signerBitmap *big.Int) (*types.Transaction, error) {
	return _IBatchRewards.Contract.OnBatchCommitted(&_IBatchRewards.TransactOpts, chainId, batchIndex, epoch, submitter, signerBitmap)
}

// OnBatchCommitted is a paid mutator transaction binding the contract method 0x3bc4bd4a.
//
// Solidity: function onBatchCommitted(uint64 chainId, uint64 batchIndex, uint64 epoch, address submitter, uint256 signerBitmap) returns()
func (_IBatchRewards *IBatchRewardsTransactorSession) OnBatchCommitted(chainId uint64, batchIndex uint64, epoch uint64, submitter common.Address, signerBitmap *big.Int) (*types.Transaction, error) {
	return _IBatchRewards.Contract.OnBatchCommitted(&_IBatchRewards.TransactOpts, chainId, batchIndex, epoch, submitter, signerBitmap)
}

// IEigenAllocationManagerMetaData contains all meta data concerning the IEigenAllocationManager contract.
var IEigenAllocationManagerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"DEALLOCATION_DELAY\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"avs\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"internalType\":\"address[]\",\"name\":\"strategies\",\"type\":\"address[]\"}],\"internalType\":\"structIEigenAllocationManager.CreateSetParams[]\",\"name\":\"params\",\"type\":\"tuple[]\"}],\"name\":\"createOperatorSets\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"delegation\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"avs\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"}],\"internalType\":\"structEigenOperatorSet\",\"name\":\"operatorSet\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"strategy\",\"type\":\"address\"}],\"name\":\"getAllocation\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"currentMagnitude\",\"type\":\"uint64\"},{\"internalType\":\"int128\",\"name\":\"pendingDiff\",\"type\":\"int128\"},{\"internalType\":\"uint32\",\"name\":\"effectBlock\",\"type\":\"uint32\"}],\"internalType\":\"structIEigenAllocationManager.Allocation\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"strategy\",\"type\":\"address\"}],\"name\":\"getMaxMagnitude\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"avs\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"}],\"internalType\":\"structEigenOperatorSet\",\"name\":\"operatorSet\",\"type\":\"tuple\"},{\"internalType\":\"address[]\",\"name\":\"operators\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"strategies\",\"type\":\"address[]\"},{\"internalType\":\"uint32\",\"name\":\"futureBlock\",\"type\":\"uint32\"}],\"name\":\"getMinimumSlashableStake\",\"outputs\":[{\"internalType\":\"uint256[][]\",\"name\":\"slashableStake\",\"type\":\"uint256[][]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"avs\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"}],\"internalType\":\"structEigenOperatorSet\",\"name\":\"operatorSet\",\"type\":\"tuple\"}],\"name\":\"isMemberOfOperatorSet\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"avs\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"}],\"internalType\":\"structEigenOperatorSet\",\"name\":\"operatorSet\",\"type\":\"tuple\"}],\"name\":\"isOperatorSlashable\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"avs\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"}],\"name\":\"setAVSRegistrar\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"avs\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"operatorSetId\",\"type\":\"uint32\"},{\"internalType\":\"address[]\",\"name\":\"strategies\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"wadsToSlash\",\"type\":\"uint256[]\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"internalType\":\"structIEigenAllocationManager.SlashingParams\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"slashOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"avs\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"name\":\"updateAVSMetadataURI\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
}

// IEigenAllocationManagerABI is the input ABI used to generate the binding from.
// Deprecated: Use IEigenAllocationManagerMetaData.ABI instead.
var IEigenAllocationManagerABI = IEigenAllocationManagerMetaData.ABI

// IEigenAllocationManager is an auto generated Go binding around an Ethereum contract.
type IEigenAllocationManager struct {
	IEigenAllocationManagerCaller     // Read-only binding to the contract
	IEigenAllocationManagerTransactor // Write-only binding to the contract
	IEigenAllocationManagerFilterer   // Log filterer for contract events
}

// IEigenAllocationManagerCaller is an auto generated read-only Go binding around an Ethereum contract.
type IEigenAllocationManagerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IEigenAllocationManagerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type IEigenAllocationManagerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IEigenAllocationManagerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type IEigenAllocationManagerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IEigenAllocationManagerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type IEigenAllocationManagerSession struct {
	Contract     *IEigenAllocationManager // Generic contract binding to set the session for
	CallOpts     bind.CallOpts            // Call options to use throughout this session
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// IEigenAllocationManagerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type IEigenAllocationManagerCallerSession struct {
	Contract *IEigenAllocationManagerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts                  // Call options to use throughout this session
}

// IEigenAllocationManagerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type IEigenAllocationManagerTransactorSession struct {
	Contract     *IEigenAllocationManagerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts                  // Transaction auth options to use throughout this session
}

// IEigenAllocationManagerRaw is an auto generated low-level Go binding around an Ethereum contract.
type IEigenAllocationManagerRaw struct {
	Contract *IEigenAllocationManager // Generic contract binding to access the raw methods on
}

// IEigenAllocationManagerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type IEigenAllocationManagerCallerRaw struct {
	Contract *IEigenAllocationManagerCaller // Generic read-only contract binding to access the raw methods on
}

// IEigenAllocationManagerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type IEigenAllocationManagerTransactorRaw struct {
	Contract *IEigenAllocationManagerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewIEigenAllocationManager creates a new instance of IEigenAllocationManager, bound to a specific deployed contract.
func NewIEigenAllocationManager(address common.Address, backend bind.ContractBackend) (*IEigenAllocationManager, error) {
	contract, err := bindIEigenAllocationManager(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &IEigenAllocationManager{IEigenAllocationManagerCaller: IEigenAllocationManagerCaller{contract: contract}, IEigenAllocationManagerTransactor: IEigenAllocationManagerTransactor{contract: contract}, IEigenAllocationManagerFilterer: IEigenAllocationManagerFilterer{contract: contract}}, nil
}

// NewIEigenAllocationManagerCaller creates a new read-only instance of IEigenAllocationManager, bound to a specific deployed contract.
func NewIEigenAllocationManagerCaller(address common.Address, caller bind.ContractCaller) (*IEigenAllocationManagerCaller, error) {
	contract, err := bindIEigenAllocationManager(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &IEigenAllocationManagerCaller{contract: contract}, nil
}

// NewIEigenAllocationManagerTransactor creates a new write-only instance of IEigenAllocationManager, bound to a specific deployed contract.
func NewIEigenAllocationManagerTransactor(address common.Address, transactor bind.ContractTransactor) (*IEigenAllocationManagerTransactor, error) {
	contract, err := bindIEigenAllocationManager(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &IEigenAllocationManagerTransactor{contract: contract}, nil
}

// NewIEigenAllocationManagerFilterer creates a new log filterer instance of IEigenAllocationManager, bound to a specific deployed contract.
func NewIEigenAllocationManagerFilterer(address common.Address, filterer bind.ContractFilterer) (*IEigenAllocationManagerFilterer, error) {
	contract, err := bindIEigenAllocationManager(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &IEigenAllocationManagerFilterer{contract: contract}, nil
}

// bindIEigenAllocationManager binds a generic wrapper to an already deployed contract.
func bindIEigenAllocationManager(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := IEigenAllocationManagerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IEigenAllocationManager *IEigenAllocationManagerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IEigenAllocationManager.Contract.IEigenAllocationManagerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IEigenAllocationManager *IEigenAllocationManagerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IEigenAllocationManager.Contract.IEigenAllocationManagerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IEigenAllocationManager *IEigenAllocationManagerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IEigenAllocationManager.Contract.IEigenAllocationManagerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IEigenAllocationManager *IEigenAllocationManagerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IEigenAllocationManager.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IEigenAllocationManager *IEigenAllocationManagerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IEigenAllocationManager.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IEigenAllocationManager *IEigenAllocationManagerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IEigenAllocationManager.Contract.contract.Transact(opts, method, params...)
}

// DEALLOCATIONDELAY is a free data retrieval call binding the contract method 0x2981eb77.
//
// Solidity: function DEALLOCATION_DELAY() view returns(uint32)
func (_IEigenAllocationManager *IEigenAllocationManagerCaller) DEALLOCATIONDELAY(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _IEigenAllocationManager.contract.Call(opts, &out, "DEALLOCATION_DELAY")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// DEALLOCATIONDELAY is a free data retrieval call binding the contract method 0x2981eb77.
//
// Solidity: function DEALLOCATION_DELAY() view returns(uint32)
func (_IEigenAllocationManager *IEigenAllocationManagerSession) DEALLOCATIONDELAY() (uint32, error) {
	return _IEigenAllocationManager.Contract.DEALLOCATIONDELAY(&_IEigenAllocationManager.CallOpts)
}

// DEALLOCATIONDELAY is a free data retrieval call binding the contract method 0x2981eb77.
//
// Solidity: function DEALLOCATION_DELAY() view returns(uint32)
func (_IEigenAllocationManager *IEigenAllocationManagerCallerSession) DEALLOCATIONDELAY() (uint32, error) {
	return _IEigenAllocationManager.Contract.DEALLOCATIONDELAY(&_IEigenAllocationManager.CallOpts)
}

// Delegation is a free data retrieval call binding the contract method 0xdf5cf723.
//
// Solidity: function delegation() view returns(address)
func (_IEigenAllocationManager *IEigenAllocationManagerCaller) Delegation(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _IEigenAllocationManager.contract.Call(opts, &out, "delegation")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Delegation is a free data retrieval call binding the contract method 0xdf5cf723.
//
// Solidity: function delegation() view returns(address)
func (_IEigenAllocationManager *IEigenAllocationManagerSession) Delegation() (common.Address, error) {
	return _IEigenAllocationManager.Contract.Delegation(&_IEigenAllocationManager.CallOpts)
}

// Delegation is a free data retrieval call binding the contract method 0xdf5cf723.
//
// Solidity: function delegation() view returns(address)
func (_IEigenAllocationManager *IEigenAllocationManagerCallerSession) Delegation() (common.Address, error) {
	return _IEigenAllocationManager.Contract.Delegation(&_IEigenAllocationManager.CallOpts)
}

// GetAllocation is a free data retrieval call binding the contract method 0x10e1b9b8.
//
// Solidity: function getAllocation(address operator, (address,uint32) operatorSet, address strategy) view returns((uint64,int128,uint32))
func (_IEigenAllocationManager *IEigenAllocationManagerCaller) GetAllocation(opts *bind.CallOpts, operator common.Address, operatorSet EigenOperatorSet, strategy common.Address) (IEigenAllocationManagerAllocation, error) {
	var out []interface{}
	err := _IEigenAllocationManager.contract.Call(opts, &out, "getAllocation", operator, operatorSet, strategy)

	if err != nil {
		return *new(IEigenAllocationManagerAllocation), err
	}

	out0 := *abi.ConvertType(out[0], new(IEigenAllocationManagerAllocation)).(*IEigenAllocationManagerAllocation)

	return out0, err

}

// GetAllocation is a free data retrieval call binding the contract method 0x10e1b9b8.
//
// Solidity: function getAllocation(address operator, (address,uint32) operatorSet, address strategy) view returns((uint64,int128,uint32))
func (_IEigenAllocationManager *IEigenAllocationManagerSession) GetAllocation(operator common.Address, operatorSet EigenOperatorSet, strategy common.Address) (IEigenAllocationManagerAllocation, error) {
	return _IEigenAllocationManager.Contract.GetAllocation(&_IEigenAllocationManager.CallOpts, operator, operatorSet, strategy)
}

// GetAllocation is a free data retrieval call binding the contract method 0x10e1b9b8.
//
// Solidity: function getAllocation(address operator, (address,uint32) operatorSet, address strategy) view returns((uint64,int128,uint32))
func (_IEigenAllocationManager *IEigenAllocationManagerCallerSession) GetAllocation(operator common.Address, operatorSet EigenOperatorSet, strategy common.Address) (IEigenAllocationManagerAllocation, error) {
	return _IEigenAllocationManager.Contract.GetAllocation(&_IEigenAllocationManager.CallOpts, operator, operatorSet, strategy)
}

// GetMaxMagnitude is a free data retrieval call binding the contract method 0xa9333ec8.
//
// Solidity: function getMaxMagnitude(address operator, address strategy) view returns(uint64)
func (_IEigenAllocationManager *IEigenAllocationManagerCaller) GetMaxMagnitude(opts *bind.CallOpts, operator common.Address, strategy common.Address) (uint64, error) {
	var out []interface{}
	err := _IEigenAllocationManager.contract.Call(opts, &out, "getMaxMagnitude", operator, strategy)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// GetMaxMagnitude is a free data retrieval call binding the contract method 0xa9333ec8.
//
// Solidity: function getMaxMagnitude(address operator, address strategy) view returns(uint64)
func (_IEigenAllocationManager *IEigenAllocationManagerSession) GetMaxMagnitude(operator common.Address, strategy common.Address) (uint64, error) {
	return _IEigenAllocationManager.Contract.GetMaxMagnitude(&_IEigenAllocationManager.CallOpts, operator, strategy)
}

// GetMaxMagnitude is a free data retrieval call binding the contract method 0xa9333ec8.
//
// Solidity: function getMaxMagnitude(address operator, address strategy) view returns(uint64)
func (_IEigenAllocationManager *IEigenAllocationManagerCallerSession) GetMaxMagnitude(operator common.Address, strategy common.Address) (uint64, error) {
	return _IEigenAllocationManager.Contract.GetMaxMagnitude(&_IEigenAllocationManager.CallOpts, operator, strategy)
}

// GetMinimumSlashableStake is a free data retrieval call binding the contract method 0x2bab2c4a.
//
// Solidity: function getMinimumSlashableStake((address,uint32) operatorSet, address[] operators, address[] strategies, uint32 futureBlock) view returns(uint256[][] slashableStake)
func (_IEigenAllocationManager *IEigenAllocationManagerCaller) GetMinimumSlashableStake(opts *bind.CallOpts, operatorSet EigenOperatorSet, operators []common.Address, strategies []common.Address, futureBlock uint32) ([][]*big.Int, error) {
	var out []interface{}
	err := _IEigenAllocationManager.contract.Call(opts, &out, "getMinimumSlashableStake", operatorSet, operators, strategies, futureBlock)

	if err != nil {
		return *new([][]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([][]*big.Int)).(*[][]*big.Int)

	return out0, err

}

// GetMinimumSlashableStake is a free data retrieval call binding the contract method 0x2bab2c4a.
//
// Solidity: function getMinimumSlashableStake((address,uint32) operatorSet, address[] operators, address[] strategies, uint32 futureBlock) view returns(uint256[][] slashableStake)
func (_IEigenAllocationManager *IEigenAllocationManagerSession) GetMinimumSlashableStake(operatorSet EigenOperatorSet, operators []common.Address, strategies []common.Address, futureBlock uint32) ([][]*big.Int, error) {
	return _IEigenAllocationManager.Contract.GetMinimumSlashableStake(&_IEigenAllocationManager.CallOpts, operatorSet, operators, strategies, futureBlock)
}

// GetMinimumSlashableStake is a free data retrieval call binding the contract method 0x2bab2c4a.
//
// Solidity: function getMinimumSlashableStake((address,uint32) operatorSet, address[] operators, address[] strategies, uint32 futureBlock) view returns(uint256[][] slashableStake)
func (_IEigenAllocationManager *IEigenAllocationManagerCallerSession) GetMinimumSlashableStake(operatorSet EigenOperatorSet, operators []common.Address, strategies []common.Address, futureBlock uint32) ([][]*big.Int, error) {
	return _IEigenAllocationManager.Contract.GetMinimumSlashableStake(&_IEigenAllocationManager.CallOpts, operatorSet, operators, strategies, futureBlock)
}

// IsMemberOfOperatorSet is a free data retrieval call binding the contract method 0x670d3ba2.
//
// Solidity: function isMemberOfOperatorSet(address operator, (address,uint32) operatorSet) view returns(bool)
func (_IEigenAllocationManager *IEigenAllocationManagerCaller) IsMemberOfOperatorSet(opts *bind.CallOpts, operator common.Address, operatorSet EigenOperatorSet) (bool, error) {
	var out []interface{}
	err := _IEigenAllocationManager.contract.Call(opts, &out, "isMemberOfOperatorSet", operator, operatorSet)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsMemberOfOperatorSet is a free data retrieval call binding the contract method 0x670d3ba2.
//
// Solidity: function isMemberOfOperatorSet(address operator, (address,uint32) operatorSet) view returns(bool)
func (_IEigenAllocationManager *IEigenAllocationManagerSession) IsMemberOfOperatorSet(operator common.Address, operatorSet EigenOperatorSet) (bool, error) {
	return _IEigenAllocationManager.Contract.IsMemberOfOperatorSet(&_IEigenAllocationManager.CallOpts, operator, operatorSet)
}

// IsMemberOfOperatorSet is a free data retrieval call binding the contract method 0x670d3ba2.
//
// Solidity: function isMemberOfOperatorSet(address operator, (address,uint32) operatorSet) view returns(bool)
func (_IEigenAllocationManager *IEigenAllocationManagerCallerSession) IsMemberOfOperatorSet(operator common.Address, operatorSet EigenOperatorSet) (bool, error) {
	return _IEigenAllocationManager.Contract.IsMemberOfOperatorSet(&_IEigenAllocationManager.CallOpts, operator, operatorSet)
}

// IsOperatorSlashable is a free data retrieval call binding the contract method 0x1352c3e6.
//
// Solidity: function isOperatorSlashable(address operator, (address,uint32) operatorSet) view returns(bool)
func (_IEigenAllocationManager *IEigenAllocationManagerCaller) IsOperatorSlashable(opts *bind.CallOpts, operator common.Address, operatorSet EigenOperatorSet) (bool, error) {
	var out []interface{}
	err := _IEigenAllocationManager.contract.Call(opts, &out, "isOperatorSlashable", operator, operatorSet)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsOperatorSlashable is a free data retrieval call binding the contract method 0x1352c3e6.
//
// Solidity: function isOperatorSlashable(address operator, (address,uint32) operatorSet) view returns(bool)
func (_IEigenAllocationManager *IEigenAllocationManagerSession) IsOperatorSlashable(operator common.Address, operatorSet EigenOperatorSet) (bool, error) {
	return _IEigenAllocationManager.Contract.IsOperatorSlashable(&_IEigenAllocationManager.CallOpts, operator, operatorSet)
}

// IsOperatorSlashable is a free data retrieval call binding the contract method 0x1352c3e6.
//
// Solidity: function isOperatorSlashable(address operator, (address,uint32) operatorSet) view returns(bool)
func (_IEigenAllocationManager *IEigenAllocationManagerCallerSession) IsOperatorSlashable(operator common.Address, operatorSet EigenOperatorSet) (bool, error) {
	return _IEigenAllocationManager.Contract.IsOperatorSlashable(&_IEigenAllocationManager.CallOpts, operator, operatorSet)
}

// CreateOperatorSets is a paid mutator transaction binding the contract method 0x261f84e0.
//
// Solidity: function createOperatorSets(address avs, (uint32,address[])[] params) returns()
func (_IEigenAllocationManager *IEigenAllocationManagerTransactor) CreateOperatorSets(opts *bind.TransactOpts, avs common.Address, params []IEigenAllocationManagerCreateSetParams) (*types.Transaction, error) {
	return _IEigenAllocationManager.contract.Transact(opts, "createOperatorSets", avs, params)
}

// CreateOperatorSets is a paid mutator transaction binding the contract method 0x261f84e0.
//
// Solidity: function createOperatorSets(address avs, (uint32,address[])[] params) returns()
func (_IEigenAllocationManager *IEigenAllocationManagerSession) CreateOperatorSets(avs common.Address, params []IEigenAllocationManagerCreateSetParams) (*types.Transaction, error) {
	return _IEigenAllocationManager.Contract.CreateOperatorSets(&_IEigenAllocationManager.TransactOpts, avs, params)
}

// CreateOperatorSets is a paid mutator transaction binding the contract method 0x261f84e0.
//
// Solidity: function createOperatorSets(address avs, (uint32,address[])[] params) returns()
func (_IEigenAllocationManager *IEigenAllocationManagerTransactorSession) CreateOperatorSets(avs common.Address, params []IEigenAllocationManagerCreateSetParams) (*types.Transaction, error) {
	return _IEigenAllocationManager.Contract.CreateOperatorSets(&_IEigenAllocationManager.TransactOpts, avs, params)
}

// SetAVSRegistrar is a paid mutator transaction binding the contract method 0xd3d96ff4.
//
// Solidity: function setAVSRegistrar(address avs, address registrar) returns()
func (_IEigenAllocationManager *IEigenAllocationManagerTransactor) SetAVSRegistrar(opts *bind.TransactOpts, avs common.Address, registrar common.Address) (*types.Transaction, error) {
	return _IEigenAllocationManager.contract.Transact(opts, "setAVSRegistrar", avs, registrar)
}

// SetAVSRegistrar is a paid mutator transaction binding the contract method 0xd3d96ff4.
//
// Solidity: function setAVSRegistrar(address avs, address registrar) returns()
func (_IEigenAllocationManager *IEigenAllocationManagerSession) SetAVSRegistrar(avs common.Address, registrar common.Address) (*types.Transaction, error) {
	return _IEigenAllocationManager.Contract.SetAVSRegistrar(&_IEigenAllocationManager.TransactOpts, avs, registrar)
}

// SetAVSRegistrar is a paid mutator transaction binding the contract method 0xd3d96ff4.
//
// Solidity: function setAVSRegistrar(address avs, address registrar) returns()
func (_IEigenAllocationManager *IEigenAllocationManagerTransactorSession) SetAVSRegistrar(avs common.Address, registrar common.Address) (*types.Transaction, error) {
	return _IEigenAllocationManager.Contract.SetAVSRegistrar(&_IEigenAllocationManager.TransactOpts, avs, registrar)
}

// SlashOperator is a paid mutator transaction binding the contract method 0x36352057.
//
// Solidity: function slashOperator(address avs, (address,uint32,address[],uint256[],string) params) returns()
func (_IEigenAllocationManager *IEigenAllocationManagerTransactor) SlashOperator(opts *bind.TransactOpts, avs common.Address, params IEigenAllocationManagerSlashingParams) (*types.Transaction, error) {
	return _IEigenAllocationManager.contract.Transact(opts, "slashOperator", avs, params)
}

// SlashOperator is a paid mutator transaction binding the contract method 0x36352057.
//
// Solidity: function slashOperator(address avs, (address,uint32,address[],uint256[],string) params) returns()
func (_IEigenAllocationManager *IEigenAllocationManagerSession) SlashOperator(avs common.Address, params IEigenAllocationManagerSlashingParams) (*types.Transaction, error) {
	return _IEigenAllocationManager.Contract.SlashOperator(&_IEigenAllocationManager.TransactOpts, avs, params)
}

// SlashOperator is a paid mutator transaction binding the contract method 0x36352057.
//
// Solidity: function slashOperator(address avs, (address,uint32,address[],uint256[],string) params) returns()
func (_IEigenAllocationManager *IEigenAllocationManagerTransactorSession) SlashOperator(avs common.Address, params IEigenAllocationManagerSlashingParams) (*types.Transaction, error) {
	return _IEigenAllocationManager.Contract.SlashOperator(&_IEigenAllocationManager.TransactOpts, avs, params)
}

// UpdateAVSMetadataURI is a paid mutator transaction binding the contract method 0xa9821821.
//
// Solidity: function updateAVSMetadataURI(address avs, string metadataURI) returns()
func (_IEigenAllocationManager *IEigenAllocationManagerTransactor) UpdateAVSMetadataURI(opts *bind.TransactOpts, avs common.Address, metadataURI string) (*types.Transaction, error) {
	return _IEigenAllocationManager.contract.Transact(opts, "updateAVSMetadataURI", avs, metadataURI)
}

// UpdateAVSMetadataURI is a paid mutator transaction binding the contract method 0xa9821821.
//
// Solidity: function updateAVSMetadataURI(address avs, string metadataURI) returns()
func (_IEigenAllocationManager *IEigenAllocationManagerSession) UpdateAVSMetadataURI(avs common.Address, metadataURI string) (*types.Transaction, error) {
	return _IEigenAllocationManager.Contract.UpdateAVSMetadataURI(&_IEigenAllocationManager.TransactOpts, avs, metadataURI)
}

// UpdateAVSMetadataURI is a paid mutator transaction binding the contract method 0xa9821821.
//
// Solidity: function updateAVSMetadataURI(address avs, string metadataURI) returns()
func (_IEigenAllocationManager *IEigenAllocationManagerTransactorSession) UpdateAVSMetadataURI(avs common.Address, metadataURI string) (*types.Transaction, error) {
	return _IEigenAllocationManager.Contract.UpdateAVSMetadataURI(&_IEigenAllocationManager.TransactOpts, avs, metadataURI)
}

// IEigenDelegationManagerMetaData contains all meta data concerning the IEigenDelegationManager contract.
var IEigenDelegationManagerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"strategies\",\"type\":\"address[]\"}],\"name\":\"getOperatorShares\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"strategy\",\"type\":\"address\"}],\"name\":\"getSlashableSharesInQueue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
}

// IEigenDelegationManagerABI is the input ABI used to generate the binding from.
// Deprecated: Use IEigenDelegationManagerMetaData.ABI instead.
var IEigenDelegationManagerABI = IEigenDelegationManagerMetaData.ABI

// IEigenDelegationManager is an auto generated Go binding around an Ethereum contract.
type IEigenDelegationManager struct {
	IEigenDelegationManagerCaller     // Read-only binding to the contract
	IEigenDelegationManagerTransactor // Write-only binding to the contract
	IEigenDelegationManagerFilterer   // Log filterer for contract events
}

// IEigenDelegationManagerCaller is an auto generated read-only Go binding around an Ethereum contract.
type IEigenDelegationManagerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IEigenDelegationManagerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type IEigenDelegationManagerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IEigenDelegationManagerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type IEigenDelegationManagerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IEigenDelegationManagerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type IEigenDelegationManagerSession struct {
	Contract     *IEigenDelegationManager // Generic contract binding to set the session for
	CallOpts     bind.CallOpts            // Call options to use throughout this session
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// IEigenDelegationManagerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type IEigenDelegationManagerCallerSession struct {
	Contract *IEigenDelegationManagerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts                  // Call options to use throughout this session
}

// IEigenDelegationManagerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type IEigenDelegationManagerTransactorSession struct {
	Contract     *IEigenDelegationManagerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts                  // Transaction auth options to use throughout this session
}

// IEigenDelegationManagerRaw is an auto generated low-level Go binding around an Ethereum contract.
type IEigenDelegationManagerRaw struct {
	Contract *IEigenDelegationManager // Generic contract binding to access the raw methods on
}

// IEigenDelegationManagerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type IEigenDelegationManagerCallerRaw struct {
	Contract *IEigenDelegationManagerCaller // Generic read-only contract binding to access the raw methods on
}

// IEigenDelegationManagerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type IEigenDelegationManagerTransactorRaw struct {
	Contract *IEigenDelegationManagerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewIEigenDelegationManager creates a new instance of IEigenDelegationManager, bound to a specific deployed contract.
func NewIEigenDelegationManager(address common.Address, backend bind.ContractBackend) (*IEigenDelegationManager, error) {
	contract, err := bindIEigenDelegationManager(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &IEigenDelegationManager{IEigenDelegationManagerCaller: IEigenDelegationManagerCaller{contract: contract}, IEigenDelegationManagerTransactor: IEigenDelegationManagerTransactor{contract: contract}, IEigenDelegationManagerFilterer: IEigenDelegationManagerFilterer{contract: contract}}, nil
}

// NewIEigenDelegationManagerCaller creates a new read-only instance of IEigenDelegationManager, bound to a specific deployed contract.
func NewIEigenDelegationManagerCaller(address common.Address, caller bind.ContractCaller) (*IEigenDelegationManagerCaller, error) {
	contract, err := bindIEigenDelegationManager(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &IEigenDelegationManagerCaller{contract: contract}, nil
}

// NewIEigenDelegationManagerTransactor creates a new write-only instance of IEigenDelegationManager, bound to a specific deployed contract.
func NewIEigenDelegationManagerTransactor(address common.Address, transactor bind.ContractTransactor) (*IEigenDelegationManagerTransactor, error) {
	contract, err := bindIEigenDelegationManager(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &IEigenDelegationManagerTransactor{contract: contract}, nil
}

// NewIEigenDelegationManagerFilterer creates a new log filterer instance of IEigenDelegationManager, bound to a specific deployed contract.
func NewIEigenDelegationManagerFilterer(address common.Address, filterer bind.ContractFilterer) (*IEigenDelegationManagerFilterer, error) {
	contract, err := bindIEigenDelegationManager(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &IEigenDelegationManagerFilterer{contract: contract}, nil
}

// bindIEigenDelegationManager binds a generic wrapper to an already deployed contract.
func bindIEigenDelegationManager(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := IEigenDelegationManagerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IEigenDelegationManager *IEigenDelegationManagerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IEigenDelegationManager.Contract.IEigenDelegationManagerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IEigenDelegationManager *IEigenDelegationManagerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IEigenDelegationManager.Contract.IEigenDelegationManagerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IEigenDelegationManager *IEigenDelegationManagerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IEigenDelegationManager.Contract.IEigenDelegationManagerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IEigenDelegationManager *IEigenDelegationManagerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IEigenDelegationManager.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IEigenDelegationManager *IEigenDelegationManagerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IEigenDelegationManager.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IEigenDelegationManager *IEigenDelegationManagerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IEigenDelegationManager.Contract.contract.Transact(opts, method, params...)
}

// GetOperatorShares is a free data retrieval call binding the contract method 0x90041347.
//
// Solidity: function getOperatorShares(address operator, address[] strategies) view returns(uint256[])
func (_IEigenDelegationManager *IEigenDelegationManagerCaller) GetOperatorShares(opts *bind.CallOpts, operator common.Address, strategies []common.Address) ([]*big.Int, error) {
	var out []interface{}
	err := _IEigenDelegationManager.contract.Call(opts, &out, "getOperatorShares", operator, strategies)

	if err != nil {
		return *new([]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)

	return out0, err

}

// GetOperatorShares is a free data retrieval call binding the contract method 0x90041347.
//
// Solidity: function getOperatorShares(address operator, address[] strategies) view returns(uint256[])
func (_IEigenDelegationManager *IEigenDelegationManagerSession) GetOperatorShares(operator common.Address, strategies []common.Address) ([]*big.Int, error) {
	return _IEigenDelegationManager.Contract.GetOperatorShares(&_IEigenDelegationManager.CallOpts, operator, strategies)
}

// GetOperatorShares is a free data retrieval call binding the contract method 0x90041347.
//
// Solidity: function getOperatorShares(address operator, address[] strategies) view returns(uint256[])
func (_IEigenDelegationManager *IEigenDelegationManagerCallerSession) GetOperatorShares(operator common.Address, strategies []common.Address) ([]*big.Int, error) {
	return _IEigenDelegationManager.Contract.GetOperatorShares(&_IEigenDelegationManager.CallOpts, operator, strategies)
}

// GetSlashableSharesInQueue is a free data retrieval call binding the contract method 0x6e174448.
//
// Solidity: function getSlashableSharesInQueue(address operator, address strategy) view returns(uint256)
func (_IEigenDelegationManager *IEigenDelegationManagerCaller) GetSlashableSharesInQueue(opts *bind.CallOpts, operator common.Address, strategy common.Address) (*big.Int, error) {
	var out []interface{}
	err := _IEigenDelegationManager.contract.Call(opts, &out, "getSlashableSharesInQueue", operator, strategy)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetSlashableSharesInQueue is a free data retrieval call binding the contract method 0x6e174448.
//
// Solidity: function getSlashableSharesInQueue(address operator, address strategy) view returns(uint256)
func (_IEigenDelegationManager *IEigenDelegationManagerSession) GetSlashableSharesInQueue(operator common.Address, strategy common.Address) (*big.Int, error) {
	return _IEigenDelegationManager.Contract.GetSlashableSharesInQueue(&_IEigenDelegationManager.CallOpts, operator, strategy)
}

// GetSlashableSharesInQueue is a free data retrieval call binding the contract method 0x6e174448.
//
// Solidity: function getSlashableSharesInQueue(address operator, address strategy) view returns(uint256)
func (_IEigenDelegationManager *IEigenDelegationManagerCallerSession) GetSlashableSharesInQueue(operator common.Address, strategy common.Address) (*big.Int, error) {
	return _IEigenDelegationManager.Contract.GetSlashableSharesInQueue(&_IEigenDelegationManager.CallOpts, operator, strategy)
}

// IEigenPermissionControllerMetaData contains all meta data concerning the IEigenPermissionController contract.
var IEigenPermissionControllerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"appointee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"}],\"name\":\"setAppointee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
}

// IEigenPermissionControllerABI is the input ABI used to generate the binding from.
// Deprecated: Use IEigenPermissionControllerMetaData.ABI instead.
var IEigenPermissionControllerABI = IEigenPermissionControllerMetaData.ABI

// IEigenPermissionController is an auto generated Go binding around an Ethereum contract.
type IEigenPermissionController struct {
	IEigenPermissionControllerCaller     // Read-only binding to the contract
	IEigenPermissionControllerTransactor // Write-only binding to the contract
	IEigenPermissionControllerFilterer   // Log filterer for contract events
}

// IEigenPermissionControllerCaller is an auto generated read-only Go binding around an Ethereum contract.
type IEigenPermissionControllerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IEigenPermissionControllerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type IEigenPermissionControllerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IEigenPermissionControllerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type IEigenPermissionControllerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IEigenPermissionControllerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type IEigenPermissionControllerSession struct {
	Contract     *IEigenPermissionController // Generic contract binding to set the session for
	CallOpts     bind.CallOpts               // Call options to use throughout this session
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// IEigenPermissionControllerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type IEigenPermissionControllerCallerSession struct {
	Contract *IEigenPermissionControllerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts                     // Call options to use throughout this session
}

// IEigenPermissionControllerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type IEigenPermissionControllerTransactorSession struct {
	Contract     *IEigenPermissionControllerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts                     // Transaction auth options to use throughout this session
}

// IEigenPermissionControllerRaw is an auto generated low-level Go binding around an Ethereum contract.
type IEigenPermissionControllerRaw struct {
	Contract *IEigenPermissionController // Generic contract binding to access the raw methods on
}

// IEigenPermissionControllerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type IEigenPermissionControllerCallerRaw struct {
	Contract *IEigenPermissionControllerCaller // Generic read-only contract binding to access the raw methods on
}

// IEigenPermissionControllerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type IEigenPermissionControllerTransactorRaw struct {
	Contract *IEigenPermissionControllerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewIEigenPermissionController creates a new instance of IEigenPermissionController, bound to a specific deployed contract.
func NewIEigenPermissionController(address common.Address, backend bind.ContractBackend) (*IEigenPermissionController, error) {
	contract, err := bindIEigenPermissionController(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &IEigenPermissionController{IEigenPermissionControllerCaller: IEigenPermissionControllerCaller{contract: contract}, IEigenPermissionControllerTransactor: IEigenPermissionControllerTransactor{contract: contract}, IEigenPermissionControllerFilterer: IEigenPermissionControllerFilterer{contract: contract}}, nil
}

// NewIEigenPermissionControllerCaller creates a new read-only instance of IEigenPermissionController, bound to a specific deployed contract.
func NewIEigenPermissionControllerCaller(address common.Address, caller bind.ContractCaller) (*IEigenPermissionControllerCaller, error) {
	contract, err := bindIEigenPermissionController(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &IEigenPermissionControllerCaller{contract: contract}, nil
}

// NewIEigenPermissionControllerTransactor creates a new write-only instance of IEigenPermissionController, bound to a specific deployed contract.
func NewIEigenPermissionControllerTransactor(address common.Address, transactor bind.ContractTransactor) (*IEigenPermissionControllerTransactor, error) {
	contract, err := bindIEigenPermissionController(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &IEigenPermissionControllerTransactor{contract: contract}, nil
}

// NewIEigenPermissionControllerFilterer creates a new log filterer instance of IEigenPermissionController, bound to a specific deployed contract.
func NewIEigenPermissionControllerFilterer(address common.Address, filterer bind.ContractFilterer) (*IEigenPermissionControllerFilterer, error) {
	contract, err := bindIEigenPermissionController(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &IEigenPermissionControllerFilterer{contract: contract}, nil
}

// bindIEigenPermissionController binds a generic wrapper to an already deployed contract.
func bindIEigenPermissionController(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := IEigenPermissionControllerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IEigenPermissionController *IEigenPermissionControllerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IEigenPermissionController.Contract.IEigenPermissionControllerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IEigenPermissionController *IEigenPermissionControllerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IEigenPermissionController.Contract.IEigenPermissionControllerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IEigenPermissionController *IEigenPermissionControllerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IEigenPermissionController.Contract.IEigenPermissionControllerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IEigenPermissionController *IEigenPermissionControllerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IEigenPermissionController.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IEigenPermissionController *IEigenPermissionControllerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IEigenPermissionController.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IEigenPermissionController *IEigenPermissionControllerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IEigenPermissionController.Contract.contract.Transact(opts, method, params...)
}

// SetAppointee is a paid mutator transaction binding the contract method 0x950d806e.
//
// Solidity: function setAppointee(address account, address appointee, address target, bytes4 selector) returns()
func (_IEigenPermissionController *IEigenPermissionControllerTransactor) SetAppointee(opts *bind.TransactOpts, account common.Address, appointee common.Address, target common.Address, selector [4]byte) (*types.Transaction, error) {
	return _IEigenPermissionController.contract.Transact(opts, "setAppointee", account, appointee, target, selector)
}

// SetAppointee is a paid mutator transaction binding the contract method 0x950d806e.
//
// Solidity: function setAppointee(address account, address appointee, address target, bytes4 selector) returns()
func (_IEigenPermissionController *IEigenPermissionControllerSession) SetAppointee(account common.Address, appointee common.Address, target common.Address, selector [4]byte) (*types.Transaction, error) {
	return _IEigenPermissionController.Contract.SetAppointee(&_IEigenPermissionController.TransactOpts, account, appointee, target, selector)
}

// SetAppointee is a paid mutator transaction binding the contract method 0x950d806e.
//
// Solidity: function setAppointee(address account, address appointee, address target, bytes4 selector) returns()
func (_IEigenPermissionController *IEigenPermissionControllerTransactorSession) SetAppointee(account common.Address, appointee common.Address, target common.Address, selector [4]byte) (*types.Transaction, error) {
	return _IEigenPermissionController.Contract.SetAppointee(&_IEigenPermissionController.TransactOpts, account, appointee, target, selector)
}

// IEigenRewardsCoordinatorMetaData contains all meta data concerning the IEigenRewardsCoordinator contract.
var IEigenRewardsCoordinatorMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"avs\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"}],\"internalType\":\"structEigenOperatorSet\",\"name\":\"operatorSet\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"strategy\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"multiplier\",\"type\":\"uint96\"}],\"internalType\":\"structIEigenRewardsCoordinator.StrategyAndMultiplier[]\",\"name\":\"strategiesAndMultipliers\",\"type\":\"tuple[]\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structIEigenRewardsCoordinator.OperatorReward[]\",\"name\":\"operatorRewards\",\"type\":\"tuple[]\"},{\"internalType\":\"uint32\",\"name\":\"startTimestamp\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"duration\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"internalType\":\"structIEigenRewardsCoordinator.OperatorDirectedRewardsSubmission[]\",\"name\":\"submissions\",\"type\":\"tuple[]\"}],\"name\":\"createOperatorDirectedOperatorSetRewardsSubmission\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
}

// IEigenRewardsCoordinatorABI is the input ABI used to generate the binding from.
// Deprecated: Use IEigenRewardsCoordinatorMetaData.ABI instead.
var IEigenRewardsCoordinatorABI = IEigenRewardsCoordinatorMetaData.ABI

// IEigenRewardsCoordinator is an auto generated Go binding around an Ethereum contract.
type IEigenRewardsCoordinator struct {
	IEigenRewardsCoordinatorCaller     // Read-only binding to the contract
	IEigenRewardsCoordinatorTransactor // Write-only binding to the contract
	IEigenRewardsCoordinatorFilterer   // Log filterer for contract events
}

// IEigenRewardsCoordinatorCaller is an auto generated read-only Go binding around an Ethereum contract.
type IEigenRewardsCoordinatorCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IEigenRewardsCoordinatorTransactor is an auto generated write-only Go binding around an Ethereum contract.
type IEigenRewardsCoordinatorTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IEigenRewardsCoordinatorFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type IEigenRewardsCoordinatorFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IEigenRewardsCoordinatorSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type IEigenRewardsCoordinatorSession struct {
	Contract     *IEigenRewardsCoordinator // Generic contract binding to set the session for
	CallOpts     bind.CallOpts             // Call options to use throughout this session
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// IEigenRewardsCoordinatorCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type IEigenRewardsCoordinatorCallerSession struct {
	Contract *IEigenRewardsCoordinatorCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts                   // Call options to use throughout this session
}

// IEigenRewardsCoordinatorTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type IEigenRewardsCoordinatorTransactorSession struct {
	Contract     *IEigenRewardsCoordinatorTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts                   // Transaction auth options to use throughout this session
}

// IEigenRewardsCoordinatorRaw is an auto generated low-level Go binding around an Ethereum contract.
type IEigenRewardsCoordinatorRaw struct {
	Contract *IEigenRewardsCoordinator // Generic contract binding to access the raw methods on
}

// IEigenRewardsCoordinatorCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type IEigenRewardsCoordinatorCallerRaw struct {
	Contract *IEigenRewardsCoordinatorCaller // Generic read-only contract binding to access the raw methods on
}

// IEigenRewardsCoordinatorTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type IEigenRewardsCoordinatorTransactorRaw struct {
	Contract *IEigenRewardsCoordinatorTransactor // Generic write-only contract binding to access the raw methods on
}

// NewIEigenRewardsCoordinator creates a new instance of IEigenRewardsCoordinator, bound to a specific deployed contract.
func NewIEigenRewardsCoordinator(address common.Address, backend bind.ContractBackend) (*IEigenRewardsCoordinator, error) {
	contract, err := bindIEigenRewardsCoordinator(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &IEigenRewardsCoordinator{IEigenRewardsCoordinatorCaller: IEigenRewardsCoordinatorCaller{contract: contract}, IEigenRewardsCoordinatorTransactor: IEigenRewardsCoordinatorTransactor{contract: contract}, IEigenRewardsCoordinatorFilterer: IEigenRewardsCoordinatorFilterer{contract: contract}}, nil
}

// NewIEigenRewardsCoordinatorCaller creates a new read-only instance of IEigenRewardsCoordinator, bound to a specific deployed contract.
func NewIEigenRewardsCoordinatorCaller(address common.Address, caller bind.ContractCaller) (*IEigenRewardsCoordinatorCaller, error) {
	contract, err := bindIEigenRewardsCoordinator(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &IEigenRewardsCoordinatorCaller{contract: contract}, nil
}

// NewIEigenRewardsCoordinatorTransactor creates a new write-only instance of IEigenRewardsCoordinator, bound to a specific deployed contract.
func NewIEigenRewardsCoordinatorTransactor(address common.Address, transactor bind.ContractTransactor) (*IEigenRewardsCoordinatorTransactor, error) {
	contract, err := bindIEigenRewardsCoordinator(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &IEigenRewardsCoordinatorTransactor{contract: contract}, nil
}

// NewIEigenRewardsCoordinatorFilterer creates a new log filterer instance of IEigenRewardsCoordinator, bound to a specific deployed contract.
func NewIEigenRewardsCoordinatorFilterer(address common.Address, filterer bind.ContractFilterer) (*IEigenRewardsCoordinatorFilterer, error) {
	contract, err := bindIEigenRewardsCoordinator(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &IEigenRewardsCoordinatorFilterer{contract: contract}, nil
}

// bindIEigenRewardsCoordinator binds a generic wrapper to an already deployed contract.
func bindIEigenRewardsCoordinator(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := IEigenRewardsCoordinatorMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IEigenRewardsCoordinator *IEigenRewardsCoordinatorRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IEigenRewardsCoordinator.Contract.IEigenRewardsCoordinatorCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IEigenRewardsCoordinator *IEigenRewardsCoordinatorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IEigenRewardsCoordinator.Contract.IEigenRewardsCoordinatorTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IEigenRewardsCoordinator *IEigenRewardsCoordinatorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IEigenRewardsCoordinator.Contract.IEigenRewardsCoordinatorTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IEigenRewardsCoordinator *IEigenRewardsCoordinatorCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IEigenRewardsCoordinator.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IEigenRewardsCoordinator *IEigenRewardsCoordinatorTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IEigenRewardsCoordinator.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IEigenRewardsCoordinator *IEigenRewardsCoordinatorTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IEigenRewardsCoordinator.Contract.contract.Transact(opts, method, params...)
}

// CreateOperatorDirectedOperatorSetRewardsSubmission is a paid mutator transaction binding the contract method 0x0ca29899.
//
// Solidity: function createOperatorDirectedOperatorSetRewardsSubmission((address,uint32) operatorSet, ((address,uint96)[],address,(address,uint256)[],uint32,uint32,string)[] submissions) returns()
func (_IEigenRewardsCoordinator *IEigenRewardsCoordinatorTransactor) CreateOperatorDirectedOperatorSetRewardsSubmission(opts *bind.TransactOpts, operatorSet EigenOperatorSet, submissions []IEigenRewardsCoordinatorOperatorDirectedRewardsSubmission) (*types.Transaction, error) {
	return _IEigenRewardsCoordinator.contract.Transact(opts, "createOperatorDirectedOperatorSetRewardsSubmission", operatorSet, submissions)
}

// CreateOperatorDirectedOperatorSetRewardsSubmission is a paid mutator transaction binding the contract method 0x0ca29899.
//
// Solidity: function createOperatorDirectedOperatorSetRewardsSubmission((address,uint32) operatorSet, ((address,uint96)[],address,(address,uint256)[],uint32,uint32,string)[] submissions) returns()
func (_IEigenRewardsCoordinator *IEigenRewardsCoordinatorSession) CreateOperatorDirectedOperatorSetRewardsSubmission(operatorSet EigenOperatorSet, submissions []IEigenRewardsCoordinatorOperatorDirectedRewardsSubmission) (*types.Transaction, error) {
	return _IEigenRewardsCoordinator.Contract.CreateOperatorDirectedOperatorSetRewardsSubmission(&_IEigenRewardsCoordinator.TransactOpts, operatorSet, submissions)
}

// CreateOperatorDirectedOperatorSetRewardsSubmission is a paid mutator transaction binding the contract method 0x0ca29899.
//
// Solidity: function createOperatorDirectedOperatorSetRewardsSubmission((address,uint32) operatorSet, ((address,uint96)[],address,(address,uint256)[],uint32,uint32,string)[] submissions) returns()
func (_IEigenRewardsCoordinator *IEigenRewardsCoordinatorTransactorSession) CreateOperatorDirectedOperatorSetRewardsSubmission(operatorSet EigenOperatorSet, submissions []IEigenRewardsCoordinatorOperatorDirectedRewardsSubmission) (*types.Transaction, error) {
	return _IEigenRewardsCoordinator.Contract.CreateOperatorDirectedOperatorSetRewardsSubmission(&_IEigenRewardsCoordinator.TransactOpts, operatorSet, submissions)
}

// IMissedWindowSinkMetaData contains all meta data concerning the IMissedWindowSink contract.
var IMissedWindowSinkMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"}],\"name\":\"recordMissedWindow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
}

// IMissedWindowSinkABI is the input ABI used to generate the binding from.
// Deprecated: Use IMissedWindowSinkMetaData.ABI instead.
var IMissedWindowSinkABI = IMissedWindowSinkMetaData.ABI

// IMissedWindowSink is an auto generated Go binding around an Ethereum contract.
type IMissedWindowSink struct {
	IMissedWindowSinkCaller     // Read-only binding to the contract
	IMissedWindowSinkTransactor // Write-only binding to the contract
	IMissedWindowSinkFilterer   // Log filterer for contract events
}

// IMissedWindowSinkCaller is an auto generated read-only Go binding around an Ethereum contract.
type IMissedWindowSinkCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IMissedWindowSinkTransactor is an auto generated write-only Go binding around an Ethereum contract.
type IMissedWindowSinkTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IMissedWindowSinkFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type IMissedWindowSinkFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IMissedWindowSinkSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type IMissedWindowSinkSession struct {
	Contract     *IMissedWindowSink // Generic contract binding to set the session for
	CallOpts     bind.CallOpts      // Call options to use throughout this session
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// IMissedWindowSinkCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type IMissedWindowSinkCallerSession struct {
	Contract *IMissedWindowSinkCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts            // Call options to use throughout this session
}

// IMissedWindowSinkTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type IMissedWindowSinkTransactorSession struct {
	Contract     *IMissedWindowSinkTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// IMissedWindowSinkRaw is an auto generated low-level Go binding around an Ethereum contract.
type IMissedWindowSinkRaw struct {
	Contract *IMissedWindowSink // Generic contract binding to access the raw methods on
}

// IMissedWindowSinkCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type IMissedWindowSinkCallerRaw struct {
	Contract *IMissedWindowSinkCaller // Generic read-only contract binding to access the raw methods on
}

// IMissedWindowSinkTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type IMissedWindowSinkTransactorRaw struct {
	Contract *IMissedWindowSinkTransactor // Generic write-only contract binding to access the raw methods on
}

// NewIMissedWindowSink creates a new instance of IMissedWindowSink, bound to a specific deployed contract.
func NewIMissedWindowSink(address common.Address, backend bind.ContractBackend) (*IMissedWindowSink, error) {
	contract, err := bindIMissedWindowSink(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &IMissedWindowSink{IMissedWindowSinkCaller: IMissedWindowSinkCaller{contract: contract}, IMissedWindowSinkTransactor: IMissedWindowSinkTransactor{contract: contract}, IMissedWindowSinkFilterer: IMissedWindowSinkFilterer{contract: contract}}, nil
}

// NewIMissedWindowSinkCaller creates a new read-only instance of IMissedWindowSink, bound to a specific deployed contract.
func NewIMissedWindowSinkCaller(address common.Address, caller bind.ContractCaller) (*IMissedWindowSinkCaller, error) {
	contract, err := bindIMissedWindowSink(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &IMissedWindowSinkCaller{contract: contract}, nil
}

// NewIMissedWindowSinkTransactor creates a new write-only instance of IMissedWindowSink, bound to a specific deployed contract.
func NewIMissedWindowSinkTransactor(address common.Address, transactor bind.ContractTransactor) (*IMissedWindowSinkTransactor, error) {
	contract, err := bindIMissedWindowSink(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &IMissedWindowSinkTransactor{contract: contract}, nil
}

// NewIMissedWindowSinkFilterer creates a new log filterer instance of IMissedWindowSink, bound to a specific deployed contract.
func NewIMissedWindowSinkFilterer(address common.Address, filterer bind.ContractFilterer) (*IMissedWindowSinkFilterer, error) {
	contract, err := bindIMissedWindowSink(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &IMissedWindowSinkFilterer{contract: contract}, nil
}

// bindIMissedWindowSink binds a generic wrapper to an already deployed contract.
func bindIMissedWindowSink(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := IMissedWindowSinkMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IMissedWindowSink *IMissedWindowSinkRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IMissedWindowSink.Contract.IMissedWindowSinkCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IMissedWindowSink *IMissedWindowSinkRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IMissedWindowSink.Contract.IMissedWindowSinkTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IMissedWindowSink *IMissedWindowSinkRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IMissedWindowSink.Contract.IMissedWindowSinkTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IMissedWindowSink *IMissedWindowSinkCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IMissedWindowSink.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IMissedWindowSink *IMissedWindowSinkTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IMissedWindowSink.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IMissedWindowSink *IMissedWindowSinkTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IMissedWindowSink.Contract.contract.Transact(opts, method, params...)
}

// RecordMissedWindow is a paid mutator transaction binding the contract method 0x01cc825e.
//
// Solidity: function recordMissedWindow(address operator, uint64 chainId, uint64 batchIndex) returns()
func (_IMissedWindowSink *IMissedWindowSinkTransactor) RecordMissedWindow(opts *bind.TransactOpts, operator common.Address, chainId uint64, batchIndex uint64) (*types.Transaction, error) {
	return _IMissedWindowSink.contract.Transact(opts, "recordMissedWindow", operator, chainId, batchIndex)
}

// RecordMissedWindow is a paid mutator transaction binding the contract method 0x01cc825e.
//
// Solidity: function recordMissedWindow(address operator, uint64 chainId, uint64 batchIndex) returns()
func (_IMissedWindowSink *IMissedWindowSinkSession) RecordMissedWindow(operator common.Address, chainId uint64, batchIndex uint64) (*types.Transaction, error) {
	return _IMissedWindowSink.Contract.RecordMissedWindow(&_IMissedWindowSink.TransactOpts, operator, chainId, batchIndex)
}

// RecordMissedWindow is a paid mutator transaction binding the contract method 0x01cc825e.
//
// Solidity: function recordMissedWindow(address operator, uint64 chainId, uint64 batchIndex) returns()
func (_IMissedWindowSink *IMissedWindowSinkTransactorSession) RecordMissedWindow(operator common.Address, chainId uint64, batchIndex uint64) (*types.Transaction, error) {
	return _IMissedWindowSink.Contract.RecordMissedWindow(&_IMissedWindowSink.TransactOpts, operator, chainId, batchIndex)
}

// IStakeSourceMetaData contains all meta data concerning the IStakeSource contract.
var IStakeSourceMetaData = &bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"slash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
}

// IStakeSourceABI is the input ABI used to generate the binding from.
// Deprecated: Use IStakeSourceMetaData.ABI instead.
var IStakeSourceABI = IStakeSourceMetaData.ABI

// IStakeSource is an auto generated Go binding around an Ethereum contract.
type IStakeSource struct {
	IStakeSourceCaller     // Read-only binding to the contract
	IStakeSourceTransactor // Write-only binding to the contract
	IStakeSourceFilterer   // Log filterer for contract events
}

// IStakeSourceCaller is an auto generated read-only Go binding around an Ethereum contract.
type IStakeSourceCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IStakeSourceTransactor is an auto generated write-only Go binding around an Ethereum contract.
type IStakeSourceTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IStakeSourceFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type IStakeSourceFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IStakeSourceSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type IStakeSourceSession struct {
	Contract     *IStakeSource     // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// IStakeSourceCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type IStakeSourceCallerSession struct {
	Contract *IStakeSourceCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts       // Call options to use throughout this session
}

// IStakeSourceTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type IStakeSourceTransactorSession struct {
	Contract     *IStakeSourceTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts       // Transaction auth options to use throughout this session
}

// IStakeSourceRaw is an auto generated low-level Go binding around an Ethereum contract.
type IStakeSourceRaw struct {
	Contract *IStakeSource // Generic contract binding to access the raw methods on
}

// IStakeSourceCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type IStakeSourceCallerRaw struct {
	Contract *IStakeSourceCaller // Generic read-only contract binding to access the raw methods on
}

// IStakeSourceTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type IStakeSourceTransactorRaw struct {
	Contract *IStakeSourceTransactor // Generic write-only contract binding to access the raw methods on
}

// NewIStakeSource creates a new instance of IStakeSource, bound to a specific deployed contract.
func NewIStakeSource(address common.Address, backend bind.ContractBackend) (*IStakeSource, error) {
	contract, err := bindIStakeSource(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &IStakeSource{IStakeSourceCaller: IStakeSourceCaller{contract: contract}, IStakeSourceTransactor: IStakeSourceTransactor{contract: contract}, IStakeSourceFilterer: IStakeSourceFilterer{contract: contract}}, nil
}

// NewIStakeSourceCaller creates a new read-only instance of IStakeSource, bound to a specific deployed contract.
func NewIStakeSourceCaller(address common.Address, caller bind.ContractCaller) (*IStakeSourceCaller, error) {
	contract, err := bindIStakeSource(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &IStakeSourceCaller{contract: contract}, nil
}

// NewIStakeSourceTransactor creates a new write-only instance of IStakeSource, bound to a specific deployed contract.
func NewIStakeSourceTransactor(address common.Address, transactor bind.ContractTransactor) (*IStakeSourceTransactor, error) {
	contract, err := bindIStakeSource(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &IStakeSourceTransactor{contract: contract}, nil
}

// NewIStakeSourceFilterer creates a new log filterer instance of IStakeSource, bound to a specific deployed contract.
func NewIStakeSourceFilterer(address common.Address, filterer bind.ContractFilterer) (*IStakeSourceFilterer, error) {
	contract, err := bindIStakeSource(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &IStakeSourceFilterer{contract: contract}, nil
}

// bindIStakeSource binds a generic wrapper to an already deployed contract.
func bindIStakeSource(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := IStakeSourceMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IStakeSource *IStakeSourceRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IStakeSource.Contract.IStakeSourceCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IStakeSource *IStakeSourceRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IStakeSource.Contract.IStakeSourceTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IStakeSource *IStakeSourceRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IStakeSource.Contract.IStakeSourceTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IStakeSource *IStakeSourceCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IStakeSource.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IStakeSource *IStakeSourceTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IStakeSource.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IStakeSource *IStakeSourceTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IStakeSource.Contract.contract.Transact(opts, method, params...)
}

// StakeOf is a free data retrieval call binding the contract method 0x42623360.
//
// Solidity: function stakeOf(address operator) view returns(uint256)
func (_IStakeSource *IStakeSourceCaller) StakeOf(opts *bind.CallOpts, operator common.Address) (*big.Int, error) {
	var out []interface{}
	err := _IStakeSource.contract.Call(opts, &out, "stakeOf", operator)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// StakeOf is a free data retrieval call binding the contract method 0x42623360.
//
// Solidity: function stakeOf(address operator) view returns(uint256)
func (_IStakeSource *IStakeSourceSession) StakeOf(operator common.Address) (*big.Int, error) {
	return _IStakeSource.Contract.StakeOf(&_IStakeSource.CallOpts, operator)
}

// StakeOf is a free data retrieval call binding the contract method 0x42623360.
//
// Solidity: function stakeOf(address operator) view returns(uint256)
func (_IStakeSource *IStakeSourceCallerSession) StakeOf(operator common.Address) (*big.Int, error) {
	return _IStakeSource.Contract.StakeOf(&_IStakeSource.CallOpts, operator)
}

// Slash is a paid mutator transaction binding the contract method 0xbfac5990.
//
// Solidity: function slash(address operator, uint256 amount, address recipient) returns(uint256 slashed)
func (_IStakeSource *IStakeSourceTransactor) Slash(opts *bind.TransactOpts, operator common.Address, amount *big.Int, recipient common.Address) (*types.Transaction, error) {
	return _IStakeSource.contract.Transact(opts, "slash", operator, amount, recipient)
}

// Slash is a paid mutator transaction binding the contract method 0xbfac5990.
//
// Solidity: function slash(address operator, uint256 amount, address recipient) returns(uint256 slashed)
func (_IStakeSource *IStakeSourceSession) Slash(operator common.Address, amount *big.Int, recipient common.Address) (*types.Transaction, error) {
	return _IStakeSource.Contract.Slash(&_IStakeSource.TransactOpts, operator, amount, recipient)
}

// Slash is a paid mutator transaction binding the contract method 0xbfac5990.
//
// Solidity: function slash(address operator, uint256 amount, address recipient) returns(uint256 slashed)
func (_IStakeSource *IStakeSourceTransactorSession) Slash(operator common.Address, amount *big.Int, recipient common.Address) (*types.Transaction, error) {
	return _IStakeSource.Contract.Slash(&_IStakeSource.TransactOpts, operator, amount, recipient)
}

// IStakeSourceSlashedIterator is returned from FilterSlashed and is used to iterate over the raw logs and unpacked data for Slashed events raised by the IStakeSource contract.
type IStakeSourceSlashedIterator struct {
	Event *IStakeSourceSlashed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *IStakeSourceSlashedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IStakeSourceSlashed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(IStakeSourceSlashed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *IStakeSourceSlashedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IStakeSourceSlashedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IStakeSourceSlashed represents a Slashed event raised by the IStakeSource contract.
type IStakeSourceSlashed struct {
	Operator  common.Address
	Amount    *big.Int
	Recipient common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterSlashed is a free log retrieval operation binding the contract event 0xd87c3348a79019696e9b472cb0efe979015741dd3a1c95f43cc26dd1ace903c0.
//
// Solidity: event Slashed(address indexed operator, uint256 amount, address indexed recipient)
func (_IStakeSource *IStakeSourceFilterer) FilterSlashed(opts *bind.FilterOpts, operator []common.Address, recipient []common.Address) (*IStakeSourceSlashedIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _IStakeSource.contract.FilterLogs(opts, "Slashed", operatorRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return &IStakeSourceSlashedIterator{contract: _IStakeSource.contract, event: "Slashed", logs: logs, sub: sub}, nil
}

// WatchSlashed is a free log subscription operation binding the contract event 0xd87c3348a79019696e9b472cb0efe979015741dd3a1c95f43cc26dd1ace903c0.
//
// Solidity: event Slashed(address indexed operator, uint256 amount, address indexed recipient)
func (_IStakeSource *IStakeSourceFilterer) WatchSlashed(opts *bind.WatchOpts, sink chan<- *IStakeSourceSlashed, operator []common.Address, recipient []common.Address) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _IStakeSource.contract.WatchLogs(opts, "Slashed", operatorRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IStakeSourceSlashed)
				if err := _IStakeSource.contract.UnpackLog(event, "Slashed", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSlashed is a log parse operation binding the contract event 0xd87c3348a79019696e9b472cb0efe979015741dd3a1c95f43cc26dd1ace903c0.
//
// Solidity: event Slashed(address indexed operator, uint256 amount, address indexed recipient)
func (_IStakeSource *IStakeSourceFilterer) ParseSlashed(log types.Log) (*IStakeSourceSlashed, error) {
	event := new(IStakeSourceSlashed)
	if err := _IStakeSource.contract.UnpackLog(event, "Slashed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NativeStakeSourceMetaData contains all meta data concerning the NativeStakeSource contract.
var NativeStakeSourceMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"slasher_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"withdrawalDelayBlocks_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AmountExceedsStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoPendingWithdrawal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSlasher\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"unlockBlock\",\"type\":\"uint256\"}],\"name\":\"WithdrawalLocked\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRecipient\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pending\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unlockBlock\",\"type\":\"uint256\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"accountOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"active\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pending\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unlockBlock\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"slash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slasher\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalDelayBlocks\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60c060405234801561000f575f5ffd5b506040516107ca3803806107ca83398101604081905261002e9161006c565b6001600160401b03811115610056576040516306b7c75960e31b815260040160405180910390fd5b6001600160a01b0390911660805260a0526100a3565b5f5f6040838503121561007d575f5ffd5b82516001600160a01b0381168114610093575f5ffd5b6020939093015192949293505050565b60805160a0516106f96100d15f395f818160d5015261033b01525f818161019901526103b901526106f95ff3fe608060405260043610610079575f3560e01c80639ee679e81161004c5780639ee679e814610169578063b134427114610188578063bfac5990146101d3578063d0e30db0146101f2575f5ffd5b8063426233601461007d57806350f73e7c146100c45780636e66d84a146100f75780638086b8ba1461010d575b5f5ffd5b348015610088575f5ffd5b506100b1610097366004610649565b6001600160a01b03165f9081526020819052604090205490565b6040519081526020015b60405180910390f35b3480156100cf575f5ffd5b506100b17f000000000000000000000000000000000000000000000000000000000000000081565b348015610102575f5ffd5b5061010b6101fa565b005b348015610118575f5ffd5b5061014e610127366004610649565b6001600160a01b03165f908152602081905260409020805460018201546002909201549092565b604080519384526020840192909252908201526060016100bb565b348015610174575f5ffd5b5061010b610183366004610669565b6102b6565b348015610193575f5ffd5b506101bb7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100bb565b3480156101de575f5ffd5b506100b16101ed366004610680565b6103ad565b61010b61051a565b335f9081526020819052604081206001810154909181900361022f57604051639121b84f60e01b815260040160405180910390fd5b816002015443101561026557816002015460405163213bea0b60e11b815260040161025c91815260200190565b60405180910390fd5b5f60018301819055600283015561027c33826105a7565b60405181815233907fd3f990ddd0f1a820ca21d6f29136b25c504220122117b21de9ede5602b99c586906020015b60405180910390a25050565b805f036102d657604051631f2a200560e01b815260040160405180910390fd5b335f908152602081905260409020805482111561031357805460405163f7ede87b60e01b815260048101919091526024810183905260440161025c565b805482900381556001810180548391905f906103309084906106cd565b9091555061036090507f0000000000000000000000000000000000000000000000000000000000000000436106cd565b60028201819055600182015460408051858152602081019290925281019190915233907f38e3d972947cfef94205163d483d6287ef27eb312e20cb8e0b13a49989db232e906060016102aa565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146103f9576040516325e066bb60e11b815233600482015260240161025c565b6001600160a01b0382166104205760405163d27b444360e01b815260040160405180910390fd5b6001600160a01b0384165f9081526020819052604081208054909190851061044957815461044b565b845b90505f61045882876106e6565b90505f83600101548210610470578360010154610472565b815b905082845f015f82825461048691906106e6565b9250508190555080846001015f8282546104a091906106e6565b909155506104b0905081846106cd565b945084156104c2576104c286866105a7565b856001600160a01b0316886001600160a01b03167fd87c3348a79019696e9b472cb0efe979015741dd3a1c95f43cc26dd1ace903c08760405161050791815260200190565b60405180910390a3505050509392505050565b345f0361053a57604051631f2a200560e01b815260040160405180910390fd5b335f90815260208190526040812080549091349183919061055c9084906106cd565b9091555050805460405133917f73a19dd210f1a7f902193214c0ee91dd35ee5b4d920cba8d519eca65a7b488ca9161059c91348252602082015260400190565b60405180910390a250565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f81146105f0576040519150601f19603f3d011682016040523d82523d5f602084013e6105f5565b606091505b505090508061062957604051630e21dcbb60e11b81526001600160a01b03841660048201526024810183905260440161025c565b505050565b80356001600160a01b0381168114610644575f5ffd5b919050565b5f60208284031215610659575f5ffd5b6106628261062e565b9392505050565b5f60208284031215610679575f5ffd5b5035919050565b5f5f5f60608486031215610692575f5ffd5b61069b8461062e565b9250602084013591506106b06040850161062e565b90509250925092565b634e487b7160e01b5f52601160045260245ffd5b808201808211156106e0576106e06106b9565b92915050565b818103818111156106e0576106e06106b956",
}

// NativeStakeSourceABI is the input ABI used to generate the binding from.
// Deprecated: Use NativeStakeSourceMetaData.ABI instead.
var NativeStakeSourceABI = NativeStakeSourceMetaData.ABI

// NativeStakeSourceBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use NativeStakeSourceMetaData.Bin instead.
var NativeStakeSourceBin = NativeStakeSourceMetaData.Bin

// DeployNativeStakeSource deploys a new Ethereum contract, binding an instance of NativeStakeSource to it.
func DeployNativeStakeSource(auth *bind.TransactOpts, backend bind.ContractBackend, slasher_ common.Address, withdrawalDelayBlocks_ *big.Int) (common.Address, *types.Transaction, *NativeStakeSource, error) {
	parsed, err := NativeStakeSourceMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(NativeStakeSourceBin), backend, slasher_, withdrawalDelayBlocks_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &NativeStakeSource{NativeStakeSourceCaller: NativeStakeSourceCaller{contract: contract}, NativeStakeSourceTransactor: NativeStakeSourceTransactor{contract: contract}, NativeStakeSourceFilterer: NativeStakeSourceFilterer{contract: contract}}, nil
}

// NativeStakeSource is an auto generated Go binding around an Ethereum contract.
type NativeStakeSource struct {
	NativeStakeSourceCaller     // Read-only binding to the contract
	NativeStakeSourceTransactor // Write-only binding to the contract
	NativeStakeSourceFilterer   // Log filterer for contract events
}

// NativeStakeSourceCaller is an auto generated read-only Go binding around an Ethereum contract.
type NativeStakeSourceCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// NativeStakeSourceTransactor is an auto generated write-only Go binding around an Ethereum contract.
type NativeStakeSourceTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// NativeStakeSourceFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type NativeStakeSourceFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// NativeStakeSourceSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type NativeStakeSourceSession struct {
	Contract     *NativeStakeSource // Generic contract binding to set the session for
	CallOpts     bind.CallOpts      // Call options to use throughout this session
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// NativeStakeSourceCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type NativeStakeSourceCallerSession struct {
	Contract *NativeStakeSourceCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts            // Call options to use throughout this session
}

// NativeStakeSourceTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type NativeStakeSourceTransactorSession struct {
	Contract     *NativeStakeSourceTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// NativeStakeSourceRaw is an auto generated low-level Go binding around an Ethereum contract.
type NativeStakeSourceRaw struct {
	Contract *NativeStakeSource // Generic contract binding to access the raw methods on
}

// NativeStakeSourceCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type NativeStakeSourceCallerRaw struct {
	Contract *NativeStakeSourceCaller // Generic read-only contract binding to access the raw methods on
}

// NativeStakeSourceTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type NativeStakeSourceTransactorRaw struct {
	Contract *NativeStakeSourceTransactor // Generic write-only contract binding to access the raw methods on
}

// NewNativeStakeSource creates a new instance of NativeStakeSource, bound to a specific deployed contract.
func NewNativeStakeSource(address common.Address, backend bind.ContractBackend) (*NativeStakeSource, error) {
	contract, err := bindNativeStakeSource(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &NativeStakeSource{NativeStakeSourceCaller: NativeStakeSourceCaller{contract: contract}, NativeStakeSourceTransactor: NativeStakeSourceTransactor{contract: contract}, NativeStakeSourceFilterer: NativeStakeSourceFilterer{contract: contract}}, nil
}

// NewNativeStakeSourceCaller creates a new read-only instance of NativeStakeSource, bound to a specific deployed contract.
func NewNativeStakeSourceCaller(address common.Address, caller bind.ContractCaller) (*NativeStakeSourceCaller, error) {
	contract, err := bindNativeStakeSource(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &NativeStakeSourceCaller{contract: contract}, nil
}

// NewNativeStakeSourceTransactor creates a new write-only instance of NativeStakeSource, bound to a specific deployed contract.
func NewNativeStakeSourceTransactor(address common.Address, transactor bind.ContractTransactor) (*NativeStakeSourceTransactor, error) {
	contract, err := bindNativeStakeSource(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &NativeStakeSourceTransactor{contract: contract}, nil
}

// NewNativeStakeSourceFilterer creates a new log filterer instance of NativeStakeSource, bound to a specific deployed contract.
func NewNativeStakeSourceFilterer(address common.Address, filterer bind.ContractFilterer) (*NativeStakeSourceFilterer, error) {
	contract, err := bindNativeStakeSource(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &NativeStakeSourceFilterer{contract: contract}, nil
}

// bindNativeStakeSource binds a generic wrapper to an already deployed contract.
func bindNativeStakeSource(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := NativeStakeSourceMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_NativeStakeSource *NativeStakeSourceRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _NativeStakeSource.Contract.NativeStakeSourceCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_NativeStakeSource *NativeStakeSourceRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _NativeStakeSource.Contract.NativeStakeSourceTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_NativeStakeSource *NativeStakeSourceRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _NativeStakeSource.Contract.NativeStakeSourceTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_NativeStakeSource *NativeStakeSourceCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _NativeStakeSource.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_NativeStakeSource *NativeStakeSourceTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _NativeStakeSource.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_NativeStakeSource *NativeStakeSourceTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _NativeStakeSource.Contract.contract.Transact(opts, method, params...)
}

// AccountOf is a free data retrieval call binding the contract method 0x8086b8ba.
//
// Solidity: function accountOf(address operator) view returns(uint256 active, uint256 pending, uint256 unlockBlock)
func (_NativeStakeSource *NativeStakeSourceCaller) AccountOf(opts *bind.CallOpts, operator common.Address) (struct {
	Active      *big.Int
	Pending     *big.Int
	UnlockBlock *big.Int
}, error) {
	var out []interface{}
	err := _NativeStakeSource.contract.Call(opts, &out, "accountOf", operator)

	outstruct := new(struct {
		Active      *big.Int
		Pending     *big.Int
		UnlockBlock *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Active = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Pending = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.UnlockBlock = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// AccountOf is a free data retrieval call binding the contract method 0x8086b8ba.
//
// Solidity: function accountOf(address operator) view returns(uint256 active, uint256 pending, uint256 unlockBlock)
func (_NativeStakeSource *NativeStakeSourceSession) AccountOf(operator common.Address) (struct {
	Active      *big.Int
	Pending     *big.Int
	UnlockBlock *big.Int
}, error) {
	return _NativeStakeSource.Contract.AccountOf(&_NativeStakeSource.CallOpts, operator)
}

// AccountOf is a free data retrieval call binding the contract method 0x8086b8ba.
//
// Solidity: function accountOf(address operator) view returns(uint256 active, uint256 pending, uint256 unlockBlock)
func (_NativeStakeSource *NativeStakeSourceCallerSession) AccountOf(operator common.Address) (struct {
	Active      *big.Int
	Pending     *big.Int
	UnlockBlock *big.Int
}, error) {
	return _NativeStakeSource.Contract.AccountOf(&_NativeStakeSource.CallOpts, operator)
}

// Slasher is a free data retrieval call binding the contract method 0xb1344271.
//
// Solidity: function slasher() view returns(address)
func (_NativeStakeSource *NativeStakeSourceCaller) Slasher(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _NativeStakeSource.contract.Call(opts, &out, "slasher")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Slasher is a free data retrieval call binding the contract method 0xb1344271.
//
// Solidity: function slasher() view returns(address)
func (_NativeStakeSource *NativeStakeSourceSession) Slasher() (common.Address, error) {
	return _NativeStakeSource.Contract.Slasher(&_NativeStakeSource.CallOpts)
}

// Slasher is a free data retrieval call binding the contract method 0xb1344271.
//
// Solidity: function slasher() view returns(address)
func (_NativeStakeSource *NativeStakeSourceCallerSession) Slasher() (common.Address, error) {
	return _NativeStakeSource.Contract.Slasher(&_NativeStakeSource.CallOpts)
}

// StakeOf is a free data retrieval call binding the contract method 0x42623360.
//
// Solidity: function stakeOf(address operator) view returns(uint256)
func (_NativeStakeSource *NativeStakeSourceCaller) StakeOf(opts *bind.CallOpts, operator common.Address) (*big.Int, error) {
	var out []interface{}
	err := _NativeStakeSource.contract.Call(opts, &out, "stakeOf", operator)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// StakeOf is a free data retrieval call binding the contract method 0x42623360.
//
// Solidity: function stakeOf(address operator) view returns(uint256)
func (_NativeStakeSource *NativeStakeSourceSession) StakeOf(operator common.Address) (*big.Int, error) {
	return _NativeStakeSource.Contract.StakeOf(&_NativeStakeSource.CallOpts, operator)
}

// StakeOf is a free data retrieval call binding the contract method 0x42623360.
//
// Solidity: function stakeOf(address operator) view returns(uint256)
func (_NativeStakeSource *NativeStakeSourceCallerSession) StakeOf(operator common.Address) (*big.Int, error) {
	return _NativeStakeSource.Contract.StakeOf(&_NativeStakeSource.CallOpts, operator)
}

// WithdrawalDelayBlocks is a free data retrieval call binding the contract method 0x50f73e7c.
//
// Solidity: function withdrawalDelayBlocks() view returns(uint256)
func (_NativeStakeSource *NativeStakeSourceCaller) WithdrawalDelayBlocks(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _NativeStakeSource.contract.Call(opts, &out, "withdrawalDelayBlocks")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// WithdrawalDelayBlocks is a free data retrieval call binding the contract method 0x50f73e7c.
//
// Solidity: function withdrawalDelayBlocks() view returns(uint256)
func (_NativeStakeSource *NativeStakeSourceSession) WithdrawalDelayBlocks() (*big.Int, error) {
	return _NativeStakeSource.Contract.WithdrawalDelayBlocks(&_NativeStakeSource.CallOpts)
}

// WithdrawalDelayBlocks is a free data retrieval call binding the contract method 0x50f73e7c.
//
// Solidity: function withdrawalDelayBlocks() view returns(uint256)
func (_NativeStakeSource *NativeStakeSourceCallerSession) WithdrawalDelayBlocks() (*big.Int, error) {
	return _NativeStakeSource.Contract.WithdrawalDelayBlocks(&_NativeStakeSource.CallOpts)
}

// ClaimWithdrawal is a paid mutator transaction binding the contract method 0x6e66d84a.
//
// Solidity: function claimWithdrawal() returns()
func (_NativeStakeSource *NativeStakeSourceTransactor) ClaimWithdrawal(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _NativeStakeSource.contract.Transact(opts, "claimWithdrawal")
}

// ClaimWithdrawal is a paid mutator transaction binding the contract method 0x6e66d84a.
//
// Solidity: function claimWithdrawal() returns()
func (_NativeStakeSource *NativeStakeSourceSession) ClaimWithdrawal() (*types.Transaction, error) {
	return _NativeStakeSource.Contract.ClaimWithdrawal(&_NativeStakeSource.TransactOpts)
}

// ClaimWithdrawal is a paid mutator transaction binding the contract method 0x6e66d84a.
//
// Solidity: function claimWithdrawal() returns()
func (_NativeStakeSource *NativeStakeSourceTransactorSession) ClaimWithdrawal() (*types.Transaction, error) {
	return _NativeStakeSource.Contract.ClaimWithdrawal(&_NativeStakeSource.TransactOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_NativeStakeSource *NativeStakeSourceTransactor) Deposit(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _NativeStakeSource.contract.Transact(opts, "deposit")
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_NativeStakeSource *NativeStakeSourceSession) Deposit() (*types.Transaction, error) {
	return _NativeStakeSource.Contract.Deposit(&_NativeStakeSource.TransactOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_NativeStakeSource *NativeStakeSourceTransactorSession) Deposit() (*types.Transaction, error) {
	return _NativeStakeSource.Contract.Deposit(&_NativeStakeSource.TransactOpts)
}

// RequestWithdrawal is a paid mutator transaction binding the contract method 0x9ee679e8.
//
// Solidity: function requestWithdrawal(uint256 amount) returns()
func (_NativeStakeSource *NativeStakeSourceTransactor) RequestWithdrawal(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _NativeStakeSource.contract.Transact(opts, "requestWithdrawal", amount)
}

// RequestWithdrawal is a paid mutator transaction binding the contract method 0x9ee679e8.
//
// Solidity: function requestWithdrawal(uint256 amount) returns()
func (_NativeStakeSource *NativeStakeSourceSession) RequestWithdrawal(amount *big.Int) (*types.Transaction, error) {
	return _NativeStakeSource.Contract.RequestWithdrawal(&_NativeStakeSource.TransactOpts, amount)
}

// RequestWithdrawal is a paid mutator transaction binding the contract method 0x9ee679e8.
//
// Solidity: function requestWithdrawal(uint256 amount) returns()
func (_NativeStakeSource *NativeStakeSourceTransactorSession) RequestWithdrawal(amount *big.Int) (*types.Transaction, error) {
	return _NativeStakeSource.Contract.RequestWithdrawal(&_NativeStakeSource.TransactOpts, amount)
}

// Slash is a paid mutator transaction binding the contract method 0xbfac5990.
//
// Solidity: function slash(address operator, uint256 amount, address recipient) returns(uint256 slashed)
func (_NativeStakeSource *NativeStakeSourceTransactor) Slash(opts *bind.TransactOpts, operator common.Address, amount *big.Int, recipient common.Address) (*types.Transaction, error) {
	return _NativeStakeSource.contract.Transact(opts, "slash", operator, amount, recipient)
}

// Slash is a paid mutator transaction binding the contract method 0xbfac5990.
//
// Solidity: function slash(address operator, uint256 amount, address recipient) returns(uint256 slashed)
func (_NativeStakeSource *NativeStakeSourceSession) Slash(operator common.Address, amount *big.Int, recipient common.Address) (*types.Transaction, error) {
	return _NativeStakeSource.Contract.Slash(&_NativeStakeSource.TransactOpts, operator, amount, recipient)
}

// Slash is a paid mutator transaction binding the contract method 0xbfac5990.
//
// Solidity: function slash(address operator, uint256 amount, address recipient) returns(uint256 slashed)
func (_NativeStakeSource *NativeStakeSourceTransactorSession) Slash(operator common.Address, amount *big.Int, recipient common.Address) (*types.Transaction, error) {
	return _NativeStakeSource.Contract.Slash(&_NativeStakeSource.TransactOpts, operator, amount, recipient)
}

// NativeStakeSourceDepositedIterator is returned from FilterDeposited and is used to iterate over the raw logs and unpacked data for Deposited events raised by the NativeStakeSource contract.
type NativeStakeSourceDepositedIterator struct {
	Event *NativeStakeSourceDeposited // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NativeStakeSourceDepositedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NativeStakeSourceDeposited)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NativeStakeSourceDeposited)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NativeStakeSourceDepositedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NativeStakeSourceDepositedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NativeStakeSourceDeposited represents a Deposited event raised by the NativeStakeSource contract.
type NativeStakeSourceDeposited struct {
	Operator common.Address
	Amount   *big.Int
	Stake    *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterDeposited is a free log retrieval operation binding the contract event 0x73a19dd210f1a7f902193214c0ee91dd35ee5b4d920cba8d519eca65a7b488ca.
//
// Solidity: event Deposited(address indexed operator, uint256 amount, uint256 stake)
func (_NativeStakeSource *NativeStakeSourceFilterer) FilterDeposited(opts *bind.FilterOpts, operator []common.Address) (*NativeStakeSourceDepositedIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _NativeStakeSource.contract.FilterLogs(opts, "Deposited", operatorRule)
	if err != nil {
		return nil, err
	}
	return &NativeStakeSourceDepositedIterator{contract: _NativeStakeSource.contract, event: "Deposited", logs: logs, sub: sub}, nil
}

// WatchDeposited is a free log subscription operation binding the contract event 0x73a19dd210f1a7f902193214c0ee91dd35ee5b4d920cba8d519eca65a7b488ca.
//
// Solidity: event Deposited(address indexed operator, uint256 amount, uint256 stake)
func (_NativeStakeSource *NativeStakeSourceFilterer) WatchDeposited(opts *bind.WatchOpts, sink chan<- *NativeStakeSourceDeposited, operator []common.Address) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _NativeStakeSource.contract.WatchLogs(opts, "Deposited", operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NativeStakeSourceDeposited)
				if err := _NativeStakeSource.contract.UnpackLog(event, "Deposited", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDeposited is a log parse operation binding the contract event 0x73a19dd210f1a7f902193214c0ee91dd35ee5b4d920cba8d519eca65a7b488ca.
//
// Solidity: event Deposited(address indexed operator, uint256 amount, uint256 stake)
func (_NativeStakeSource *NativeStakeSourceFilterer) ParseDeposited(log types.Log) (*NativeStakeSourceDeposited, error) {
	event := new(NativeStakeSourceDeposited)
	if err := _NativeStakeSource.contract.UnpackLog(event, "Deposited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NativeStakeSourceSlashedIterator is returned from FilterSlashed and is used to iterate over the raw logs and unpacked data for Slashed events raised by the NativeStakeSource contract.
type NativeStakeSourceSlashedIterator struct {
	Event *NativeStakeSourceSlashed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NativeStakeSourceSlashedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NativeStakeSourceSlashed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NativeStakeSourceSlashed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NativeStakeSourceSlashedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NativeStakeSourceSlashedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NativeStakeSourceSlashed represents a Slashed event raised by the NativeStakeSource contract.
type NativeStakeSourceSlashed struct {
	Operator  common.Address
	Amount    *big.Int
	Recipient common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterSlashed is a free log retrieval operation binding the contract event 0xd87c3348a79019696e9b472cb0efe979015741dd3a1c95f43cc26dd1ace903c0.
//
// Solidity: event Slashed(address indexed operator, uint256 amount, address indexed recipient)
func (_NativeStakeSource *NativeStakeSourceFilterer) FilterSlashed(opts *bind.FilterOpts, operator []common.Address, recipient []common.Address) (*NativeStakeSourceSlashedIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _NativeStakeSource.contract.FilterLogs(opts, "Slashed", operatorRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return &NativeStakeSourceSlashedIterator{contract: _NativeStakeSource.contract, event: "Slashed", logs: logs, sub: sub}, nil
}

// WatchSlashed is a free log subscription operation binding the contract event 0xd87c3348a79019696e9b472cb0efe979015741dd3a1c95f43cc26dd1ace903c0.
//
// Solidity: event Slashed(address indexed operator, uint256 amount, address indexed recipient)
func (_NativeStakeSource *NativeStakeSourceFilterer) WatchSlashed(opts *bind.WatchOpts, sink chan<- *NativeStakeSourceSlashed, operator []common.Address, recipient []common.Address) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _NativeStakeSource.contract.WatchLogs(opts, "Slashed", operatorRule, recipientRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NativeStakeSourceSlashed)
				if err := _NativeStakeSource.contract.UnpackLog(event, "Slashed", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSlashed is a log parse operation binding the contract event 0xd87c3348a79019696e9b472cb0efe979015741dd3a1c95f43cc26dd1ace903c0.
//
// Solidity: event Slashed(address indexed operator, uint256 amount, address indexed recipient)
func (_NativeStakeSource *NativeStakeSourceFilterer) ParseSlashed(log types.Log) (*NativeStakeSourceSlashed, error) {
	event := new(NativeStakeSourceSlashed)
	if err := _NativeStakeSource.contract.UnpackLog(event, "Slashed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NativeStakeSourceWithdrawalClaimedIterator is returned from FilterWithdrawalClaimed and is used to iterate over the raw logs and unpacked data for WithdrawalClaimed events raised by the NativeStakeSource contract.
type NativeStakeSourceWithdrawalClaimedIterator struct {
	Event *NativeStakeSourceWithdrawalClaimed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NativeStakeSourceWithdrawalClaimedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NativeStakeSourceWithdrawalClaimed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NativeStakeSourceWithdrawalClaimed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NativeStakeSourceWithdrawalClaimedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NativeStakeSourceWithdrawalClaimedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NativeStakeSourceWithdrawalClaimed represents a WithdrawalClaimed event raised by the NativeStakeSource contract.
type NativeStakeSourceWithdrawalClaimed struct {
	Operator common.Address
	Amount   *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterWithdrawalClaimed is a free log retrieval operation binding the contract event 0xd3f990ddd0f1a820ca21d6f29136b25c504220122117b21de9ede5602b99c586.
//
// Solidity: event WithdrawalClaimed(address indexed operator, uint256 amount)
func (_NativeStakeSource *NativeStakeSourceFilterer) FilterWithdrawalClaimed(opts *bind.FilterOpts, operator []common.Address) (*NativeStakeSourceWithdrawalClaimedIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _NativeStakeSource.contract.FilterLogs(opts, "WithdrawalClaimed", operatorRule)
	if err != nil {
		return nil, err
	}
	return &NativeStakeSourceWithdrawalClaimedIterator{contract: _NativeStakeSource.contract, event: "WithdrawalClaimed", logs: logs, sub: sub}, nil
}

// WatchWithdrawalClaimed is a free log subscription operation binding the contract event 0xd3f990ddd0f1a820ca21d6f29136b25c504220122117b21de9ede5602b99c586.
//
// Solidity: event WithdrawalClaimed(address indexed operator, uint256 amount)
func (_NativeStakeSource *NativeStakeSourceFilterer) WatchWithdrawalClaimed(opts *bind.WatchOpts, sink chan<- *NativeStakeSourceWithdrawalClaimed, operator []common.Address) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _NativeStakeSource.contract.WatchLogs(opts, "WithdrawalClaimed", operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NativeStakeSourceWithdrawalClaimed)
				if err := _NativeStakeSource.contract.UnpackLog(event, "WithdrawalClaimed", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawalClaimed is a log parse operation binding the contract event 0xd3f990ddd0f1a820ca21d6f29136b25c504220122117b21de9ede5602b99c586.
//
// Solidity: event WithdrawalClaimed(address indexed operator, uint256 amount)
func (_NativeStakeSource *NativeStakeSourceFilterer) ParseWithdrawalClaimed(log types.Log) (*NativeStakeSourceWithdrawalClaimed, error) {
	event := new(NativeStakeSourceWithdrawalClaimed)
	if err := _NativeStakeSource.contract.UnpackLog(event, "WithdrawalClaimed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NativeStakeSourceWithdrawalRequestedIterator is returned from FilterWithdrawalRequested and is used to iterate over the raw logs and unpacked data for WithdrawalRequested events raised by the NativeStakeSource contract.
type NativeStakeSourceWithdrawalRequestedIterator struct {
	Event *NativeStakeSourceWithdrawalRequested // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NativeStakeSourceWithdrawalRequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NativeStakeSourceWithdrawalRequested)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NativeStakeSourceWithdrawalRequested)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NativeStakeSourceWithdrawalRequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NativeStakeSourceWithdrawalRequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NativeStakeSourceWithdrawalRequested represents a WithdrawalRequested event raised by the NativeStakeSource contract.
type NativeStakeSourceWithdrawalRequested struct {
	Operator    common.Address
	Amount      *big.Int
	Pending     *big.Int
	UnlockBlock *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterWithdrawalRequested is a free log retrieval operation binding the contract event 0x38e3d972947cfef94205163d483d6287ef27eb312e20cb8e0b13a49989db232e.
//
// Solidity: event WithdrawalRequested(address indexed operator, uint256 amount, uint256 pending, uint256 unlockBlock)
func (_NativeStakeSource *NativeStakeSourceFilterer) FilterWithdrawalRequested(opts *bind.FilterOpts, operator []common.Address) (*NativeStakeSourceWithdrawalRequestedIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _NativeStakeSource.contract.FilterLogs(opts, "WithdrawalRequested", operatorRule)
	if err != nil {
		return nil, err
	}
	return &NativeStakeSourceWithdrawalRequestedIterator{contract: _NativeStakeSource.contract, event: "WithdrawalRequested", logs: logs, sub: sub}, nil
}

// WatchWithdrawalRequested is a free log subscription operation binding the contract event 0x38e3d972947cfef94205163d483d6287ef27eb312e20cb8e0b13a49989db232e.
//
// Solidity: event WithdrawalRequested(address indexed operator, uint256 amount, uint256 pending, uint256 unlockBlock)
func (_NativeStakeSource *NativeStakeSourceFilterer) WatchWithdrawalRequested(opts *bind.WatchOpts, sink chan<- *NativeStakeSourceWithdrawalRequested, operator []common.Address) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _NativeStakeSource.contract.WatchLogs(opts, "WithdrawalRequested", operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NativeStakeSourceWithdrawalRequested)
				if err := _NativeStakeSource.contract.UnpackLog(event, "WithdrawalRequested", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawalRequested is a log parse operation binding the contract event 0x38e3d972947cfef94205163d483d6287ef27eb312e20cb8e0b13a49989db232e.
//
// Solidity: event WithdrawalRequested(address indexed operator, uint256 amount, uint256 pending, uint256 unlockBlock)
func (_NativeStakeSource *NativeStakeSourceFilterer) ParseWithdrawalRequested(log types.Log) (*NativeStakeSourceWithdrawalRequested, error) {
	event := new(NativeStakeSourceWithdrawalRequested)
	if err := _NativeStakeSource.contract.UnpackLog(event, "WithdrawalRequested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistryMetaData contains all meta data concerning the OperatorRegistry contract.
var OperatorRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIStakeSource\",\"name\":\"stakeSource_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minimumStake_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"epochLength_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxOperators_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"readyAtBlock\",\"type\":\"uint256\"}],\"name\":\"EpochNotOver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"G1AddFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"G1MulFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProofOfPossession\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPublicKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"boundPubkeyHash\",\"type\":\"bytes32\"}],\"name\":\"KeyChangeNotAllowed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"KeyMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModExpFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxOperators\",\"type\":\"uint256\"}],\"name\":\"OperatorSetFull\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PairingInputInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubkeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"PubkeyAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"UnknownEpoch\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"startBlock\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structBN254.G1Point\",\"name\":\"apk\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalStake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"operatorCount\",\"type\":\"uint256\"}],\"name\":\"EpochAdvanced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"OperatorBelowMinimum\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"effectiveEpoch\",\"type\":\"uint256\"}],\"name\":\"OperatorDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"pubkeyHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structBN254.G1Point\",\"name\":\"pubkeyG1\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"xIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"xRe\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yRe\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structBN254.G2Point\",\"name\":\"pubkeyG2\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"effectiveEpoch\",\"type\":\"uint256\"}],\"name\":\"OperatorRegistered\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_OPERATORS_LIMIT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRATION_DOMAIN\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"advanceEpoch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentEpoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deregister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"epochInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"apkG1\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"totalStake\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"operators\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"epochSize\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"epochStartBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"indexOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isMember\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"keyOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxOperators\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"memberAt\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"pubkeyG1\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minimumStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextEpochBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"operatorAt\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"operatorInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"pubkeyG1\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"xIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"xRe\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yRe\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"pubkeyG2\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"pubkeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"pubkeyG1\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"xIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"xRe\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yIm\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yRe\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"pubkeyG2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"signature\",\"type\":\"tuple\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registeredOperators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"pubkeyG1\",\"type\":\"tuple\"}],\"name\":\"registrationMessage\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"stakeAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakeSource\",\"outputs\":[{\"internalType\":\"contractIStakeSource\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x610100604052348015610010575f5ffd5b50604051611e9b380380611e9b83398101604081905261002f91610171565b6001600160a01b0384161580610043575081155b8061005457506001600160401b0382115b15610072576040516306b7c75960e31b815260040160405180910390fd5b801580610080575061010081115b1561009e576040516306b7c75960e31b815260040160405180910390fd5b6001600160a01b038416608090815260a084815260c084905260e08390525f808052600360209081527f3617319a054d772f909f7c479a2cebe5066e836a939412e32403c99029b92f0280546001600160401b031916436001600160401b03811691909117909155604080518082018252848152808401858152825193845290519383019390935291519181019190915260608101829052928301819052917fbf5f97d0f794c0937ca1f53d443b91b81bab076e3e0d833bd533ba8dd3b56189910160405180910390a2505050506101b8565b5f5f5f5f60808587031215610184575f5ffd5b84516001600160a01b038116811461019a575f5ffd5b60208601516040870151606090970151919890975090945092505050565b60805160a05160c05160e051611c7161022a5f395f818161026d01528181610933015261096601525f8181610220015281816103ca015261053901525f8181610385015281816106ac01528181610ad90152610b1501525f81816103160152818161063d0152610a640152611c715ff3fe608060405234801561000f575f5ffd5b5060043610610147575f3560e01c806376671808116100bf578063c54a4ccc11610079578063c54a4ccc14610311578063d0fb813b14610338578063d91ddec01461035a578063dea85b7b1461036d578063ec5ffac214610380578063f2b386fe146103a7575f5ffd5b8063766718081461028f5780637c5e5db0146102975780637d9e10f5146102aa578063855b4125146102cd57806399566c4f146102e2578063aff5edb114610309575f5ffd5b806350c246d61161011057806350c246d6146101e557806354ec70c61461020857806357d775f81461021b57806359250e801461024257806364583df41461025557806375e1a8b114610268575f5ffd5b8062640c2e1461014b5780630cea2e3514610166578063353ae2b4146101795780633894228e146101b95780633cf80e6c146101db575b5f5ffd5b6101536103b0565b6040519081526020015b60405180910390f35b6101536101743660046117fe565b6103fe565b6101a16101873660046117fe565b60016020525f90815260409020546001600160a01b031681565b6040516001600160a01b03909116815260200161015d565b6101cc6101c73660046117fe565b61041c565b60405161015d93929190611858565b6101e361051f565b005b6101f86101f33660046118a5565b610848565b60405161015d94939291906118c5565b6101e361021636600461192d565b6108f8565b6101537f000000000000000000000000000000000000000000000000000000000000000081565b61015361025036600461197b565b610c62565b6101536102633660046117fe565b610cd8565b6101537f000000000000000000000000000000000000000000000000000000000000000081565b600554610153565b6101536102a536600461197b565b610cec565b6102bd6102b836600461197b565b610d75565b604051901515815260200161015d565b6102d5610daa565b60405161015d91906119a5565b6101537f26ef29bd527dbfb25fe6446ca343f32f6c97838a609763708f8273370cc4286281565b6101e3610e0a565b6101a17f000000000000000000000000000000000000000000000000000000000000000081565b61034b6103463660046119b7565b610fa1565b60405161015d939291906119d7565b610153610368366004611a70565b611015565b6101a161037b3660046119b7565b61109b565b6101537f000000000000000000000000000000000000000000000000000000000000000081565b61015361010081565b6005545f908152600360208190526040822001546103f9907f00000000000000000000000000000000000000000000000000000000000000009067ffffffffffffffff16611aad565b905090565b5f610408826110b7565b6003015467ffffffffffffffff1692915050565b604080518082019091525f80825260208201525f60605f61043c856110b7565b60048101549091508067ffffffffffffffff81111561045d5761045d611a03565b604051908082528060200260200182016040528015610486578160200160208202803683370190505b5092505f5b818110156104f3578260040181815481106104a8576104a8611ac0565b5f9182526020909120015484516001600160a01b03909116908590839081106104d3576104d3611ac0565b6001600160a01b039092166020928302919091019091015260010161048b565b505060028101546040805180820190915282548152600190920154602083015290935091509193909250565b6005545f90815260036020819052604082200154610568907f00000000000000000000000000000000000000000000000000000000000000009067ffffffffffffffff16611aad565b9050804310156105935760405163ceffd82f60e01b8152600481018290526024015b60405180910390fd5b5f60055460016105a39190611aad565b60058190555f818152600360208181526040808420928301805467ffffffffffffffff19164367ffffffffffffffff1617905580518082019091528381529081018390526002549394509092909190815b818110156107e7575f6002828154811061061057610610611ac0565b5f918252602082200154604051630213119b60e51b81526001600160a01b039182166004820181905293507f000000000000000000000000000000000000000000000000000000000000000090911690634262336090602401602060405180830381865afa158015610684573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106a89190611ad4565b90507f000000000000000000000000000000000000000000000000000000000000000081101561071d57816001600160a01b0316887ff90847c49cc5b2b7fe71203b98bb63f95584c7c6cf1dbff427522e0e49632c338360405161070e91815260200190565b60405180910390a350506107df565b6001600160601b0381111561073657506001600160601b035b6040805180820182526001600160a01b038085168083526001600160601b0380861660208086019182526004808f018054600181810183555f8381528581209a519651909716600160a01b029590981694909417979093019690965590548e835294815285822092825291825284812093909355828152918390208351808501909452805484520154908201526107ce9087906110ef565b95506107da8186611aad565b945050505b6001016105f4565b50825184556020830151600185015560028401829055600484015460405186917fbf5f97d0f794c0937ca1f53d443b91b81bab076e3e0d833bd533ba8dd3b561899161083891439188918891611aeb565b60405180910390a2505050505050565b604080518082019091525f808252602082015261088260405180608001604052805f81526020015f81526020015f81526020015f81525090565b50506001600160a01b0381165f908152602081815260409182902060068101546007820154845180860186528354815260018401548186015285516080810187526002850154815260038501549581019590955260048401549585019590955260059092015460608401529060ff169193509193565b335f908152602081905260409020600781015460ff161561092e576040516345ed80e960e01b815233600482015260240161058a565b6002547f0000000000000000000000000000000000000000000000000000000000000000116109925760405163ceca45c560e01b81527f0000000000000000000000000000000000000000000000000000000000000000600482015260240161058a565b5f6109a236869003860186611b1b565b90505f6109ae82611157565b6006840154909150158015906109c8575080836006015414155b156109ee57826006015460405163f98faf4f60e01b815260040161058a91815260200190565b5f818152600160205260409020546001600160a01b03168015801590610a1d57506001600160a01b0381163314155b15610a4d576040516333b0be2f60e01b8152600481018390526001600160a01b038216602482015260440161058a565b604051630213119b60e51b81523360048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690634262336090602401602060405180830381865afa158015610ab1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ad59190611ad4565b90507f0000000000000000000000000000000000000000000000000000000000000000811015610b41576040516322df051360e11b8152600481018290527f0000000000000000000000000000000000000000000000000000000000000000602482015260440161058a565b5f610b5136899003890189611b35565b9050610b5f3386838a611198565b8451865560208086015160018089019190915582516002808a01919091558383015160038a015560408085015160048b015560608501516005808c019190915560068b0189905560078b01805460ff1916851790555f898152948490529084208054336001600160a01b0319918216811790925583548086018555939095527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace9092018054909416821790935591548692917fbd14def8b2a9364b27da7036723ee55fc38d68573e2be2d71446eda8e428eda09189918691610c4091611aad565b604051610c4f93929190611ba4565b60405180910390a3505050505050505050565b5f5f610c6d846110b7565b5f8581526004602090815260408083206001600160a01b0388168452909152812054919250819003610cc2576004828101546040516394666f0d60e01b81525f1992810192909252602482015260440161058a565b610ccd600182611bf2565b925050505b92915050565b5f610ce2826110b7565b6004015492915050565b5f5f610cf7846110b7565b5f8581526004602090815260408083206001600160a01b03881684529091529020549091508015610d615760048201610d31600183611bf2565b81548110610d4157610d41611ac0565b5f91825260209091200154600160a01b90046001600160601b0316610d63565b5f5b6001600160601b031695945050505050565b5f610d7f836110b7565b50505f9182526004602090815260408084206001600160a01b03939093168452919052902054151590565b60606002805480602002602001604051908101604052809291908181526020018280548015610e0057602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610de2575b5050505050905090565b335f908152602081905260409020600781015460ff16610e3f5760405163bfc6c33760e01b815233600482015260240161058a565b60078101805460ff191690556002545f5b336001600160a01b031660028281548110610e6d57610e6d611ac0565b5f918252602090912001546001600160a01b031614610e9657610e8f81611c05565b9050610e50565b81610ea2826001611aad565b1015610f28576002610eb5826001611aad565b81548110610ec557610ec5611ac0565b5f91825260209091200154600280546001600160a01b039092169183908110610ef057610ef0611ac0565b5f91825260209091200180546001600160a01b0319166001600160a01b0392909216919091179055610f2181611c05565b9050610e96565b6002805480610f3957610f39611c1d565b5f8281526020902081015f1990810180546001600160a01b031916905501905560055433907f02bc23075954fddafc5336b6e404a1e5f411c3c543f45d5ab1fe689bdab96b4f90610f8b906001611aad565b60405190815260200160405180910390a2505050565b5f5f610fbe60405180604001604052805f81526020015f81525090565b5f610fc98686611279565b546001600160a01b0381165f818152602081815260409182902082518084019093528054835260010154908201529098600160a01b9092046001600160601b0316975095509350505050565b8051602091820151604080517f26ef29bd527dbfb25fe6446ca343f32f6c97838a609763708f8273370cc4286281860152468183015230606090811b6bffffffffffffffffffffffff199081168284015296901b9095166074860152608885019290925260a8808501919091528151808503909101815260c89093019052815191012090565b5f6110a68383611279565b546001600160a01b03169392505050565b5f6005548211156110de576040516380cfe51760e01b81526004810183905260240161058a565b505f90815260036020526040902090565b604080518082019091525f80825260208201525f6040518451815260208501516020820152835160408201526020840151606082015260408360808360065afa915050806111505760405163d6cc76eb60e01b815260040160405180910390fd5b5092915050565b5f815f0151826020015160405160200161117b929190918252602082015260400190565b604051602081830303815290604052805190602001209050919050565b6111a1836112dd565b806111b257506111b0836112f2565b155b806111c157506111c182611384565b156111df5760405163145a1fdd60e31b815260040160405180910390fd5b611216836111eb6113b5565b6040805180820182525f80825260209182015281518083019092526001825260029082015285611482565b6112335760405163839e2ccd60e01b815260040160405180910390fd5b6112566112408585611015565b848461125136869003860186611b1b565b61152c565b611273576040516392536faf60e01b815260040160405180910390fd5b50505050565b5f5f611284846110b7565b60048101549091508084106112b6576040516394666f0d60e01b8152600481018590526024810182905260440161058a565b8160040184815481106112cb576112cb611ac0565b905f5260205f20019250505092915050565b80515f90158015610cd2575050602001511590565b5f5f516020611c515f395f51905f52825f015110158061132357505f516020611c515f395f51905f52826020015110155b1561132f57505f919050565b5f5f516020611c515f395f51905f5260035f516020611c515f395f51905f5285515f516020611c515f395f51905f528751800909089050805f516020611c515f395f51905f5260208501518009149392505050565b80515f9015801561139757506020820151155b80156113a557506040820151155b8015610cd2575050606001511590565b6113dc60405180608001604052805f81526020015f81526020015f81526020015f81525090565b60405180608001604052807f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c281526020017f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed81526020017f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec81526020017f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d815250905090565b5f5f6040518651815260208701516020820152855160408201526020860151606082015260408601516080820152606086015160a0820152845160c0820152602085015160e082015283516101008201526020840151610120820152604084015161014082015260608401516101608201526020816101808360085afa90519250905080611523576040516331ac232160e01b815260040160405180910390fd5b50949350505050565b5f5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000186865f01518760200151875f0151886020015189604001518a606001518a5f01518b602001516040516020016115c799989796959493929190988952602089019790975260408801959095526060870193909352608086019190915260a085015260c084015260e08301526101008201526101200190565b604051602081830303815290604052805190602001205f1c6115e99190611c31565b90505f6115ff846115fa8885611665565b6110ef565b90505f61164261160e896116bb565b6115fa61163c6040805180820182525f80825260209182015281518083019092526001825260029082015290565b86611665565b9050611657826116506113b5565b8389611482565b93505050505b949350505050565b604080518082019091525f80825260208201525f604051845181526020850151602082015283604082015260408360608360075afa91505080611150576040516320b873d560e21b815260040160405180910390fd5b604080518082019091525f80825260208201525f6116e65f516020611c515f395f51905f5284611c31565b90505b5f5f516020611c515f395f51905f5260035f516020611c515f395f51905f52845f516020611c515f395f51905f52868709090890505f61172882611775565b9050815f516020611c515f395f51905f528283090361175a576040805180820190915292835260208301525092915050565b5f516020611c515f395f51905f5260018408925050506116e9565b5f5f60405160208152602080820152602060408201528360608201527f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5260808201525f516020611c515f395f51905f5260a082015260208160c08360055afa905192509050806117f8576040516301f7ec5f60e41b815260040160405180910390fd5b50919050565b5f6020828403121561180e575f5ffd5b5035919050565b5f8151808452602084019350602083015f5b8281101561184e5781516001600160a01b0316865260209586019590910190600101611827565b5093949350505050565b8351815260208085015190820152826040820152608060608201525f6118816080830184611815565b95945050505050565b80356001600160a01b03811681146118a0575f5ffd5b919050565b5f602082840312156118b5575f5ffd5b6118be8261188a565b9392505050565b845181526020808601519082015261010081016119066040830186805182526020810151602083015260408101516040830152606081015160608301525050565b8360c083015282151560e083015295945050505050565b5f604082840312156117f8575f5ffd5b5f5f5f838503610100811215611941575f5ffd5b61194b868661191d565b93506080603f198201121561195e575f5ffd5b506040840191506119728560c0860161191d565b90509250925092565b5f5f6040838503121561198c575f5ffd5b8235915061199c6020840161188a565b90509250929050565b602081525f6118be6020830184611815565b5f5f604083850312156119c8575f5ffd5b50508035926020909101359150565b6001600160a01b038416815260208082018490528251604083015282015160608201526080810161165d565b634e487b7160e01b5f52604160045260245ffd5b5f60408284031215611a27575f5ffd5b6040805190810167ffffffffffffffff81118282101715611a5657634e487b7160e01b5f52604160045260245ffd5b604052823581526020928301359281019290925250919050565b5f5f60608385031215611a81575f5ffd5b611a8a8361188a565b915061199c8460208501611a17565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610cd257610cd2611a99565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611ae4575f5ffd5b5051919050565b84815260a08101611b09602083018680518252602090810151910152565b60608201939093526080015292915050565b5f60408284031215611b2b575f5ffd5b6118be8383611a17565b5f6080828403128015611b46575f5ffd5b506040516080810167ffffffffffffffff81118282101715611b7657634e487b7160e01b5f52604160045260245ffd5b6040908152833582526020808501359083015283810135908201526060928301359281019290925250919050565b835181526020808501519082015260e08101611be46040830185805182526020810151602083015260408101516040830152606081015160608301525050565b8260c0830152949350505050565b81810381811115610cd257610cd2611a99565b5f60018201611c1657611c16611a99565b5060010190565b634e487b7160e01b5f52603160045260245ffd5b5f82611c4b57634e487b7160e01b5f52601260045260245ffd5b50069056fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47",
}

// OperatorRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use OperatorRegistryMetaData.ABI instead.
var OperatorRegistryABI = OperatorRegistryMetaData.ABI

// OperatorRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use OperatorRegistryMetaData.Bin instead.
var OperatorRegistryBin = OperatorRegistryMetaData.Bin

// DeployOperatorRegistry deploys a new Ethereum contract, binding an instance of OperatorRegistry to it.
func DeployOperatorRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, stakeSource_ common.Address, minimumStake_ *big.Int, epochLength_ *big.Int, maxOperators_ *big.Int) (common.Address, *types.Transaction, *OperatorRegistry, error) {
	parsed, err := OperatorRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(OperatorRegistryBin), backend, stakeSource_, minimumStake_, epochLength_, maxOperators_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &OperatorRegistry{OperatorRegistryCaller: OperatorRegistryCaller{contract: contract}, OperatorRegistryTransactor: OperatorRegistryTransactor{contract: contract}, OperatorRegistryFilterer: OperatorRegistryFilterer{contract: contract}}, nil
}

// OperatorRegistry is an auto generated Go binding around an Ethereum contract.
type OperatorRegistry struct {
	OperatorRegistryCaller     // Read-only binding to the contract
	OperatorRegistryTransactor // Write-only binding to the contract
	OperatorRegistryFilterer   // Log filterer for contract events
}

// OperatorRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type OperatorRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OperatorRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type OperatorRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OperatorRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type OperatorRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OperatorRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type OperatorRegistrySession struct {
	Contract     *OperatorRegistry // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// OperatorRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type OperatorRegistryCallerSession struct {
	Contract *OperatorRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// OperatorRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type OperatorRegistryTransactorSession struct {
	Contract     *OperatorRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// OperatorRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type OperatorRegistryRaw struct {
	Contract *OperatorRegistry // Generic contract binding to access the raw methods on
}

// OperatorRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type OperatorRegistryCallerRaw struct {
	Contract *OperatorRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// OperatorRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type OperatorRegistryTransactorRaw struct {
	Contract *OperatorRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewOperatorRegistry creates a new instance of OperatorRegistry, bound to a specific deployed contract.
func NewOperatorRegistry(address common.Address, backend bind.ContractBackend) (*OperatorRegistry, error) {
	contract, err := bindOperatorRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistry{OperatorRegistryCaller: OperatorRegistryCaller{contract: contract}, OperatorRegistryTransactor: OperatorRegistryTransactor{contract: contract}, OperatorRegistryFilterer: OperatorRegistryFilterer{contract: contract}}, nil
}

// NewOperatorRegistryCaller creates a new read-only instance of OperatorRegistry, bound to a specific deployed contract.
func NewOperatorRegistryCaller(address common.Address, caller bind.ContractCaller) (*OperatorRegistryCaller, error) {
	contract, err := bindOperatorRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryCaller{contract: contract}, nil
}

// NewOperatorRegistryTransactor creates a new write-only instance of OperatorRegistry, bound to a specific deployed contract.
func NewOperatorRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*OperatorRegistryTransactor, error) {
	contract, err := bindOperatorRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryTransactor{contract: contract}, nil
}

// NewOperatorRegistryFilterer creates a new log filterer instance of OperatorRegistry, bound to a specific deployed contract.
func NewOperatorRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*OperatorRegistryFilterer, error) {
	contract, err := bindOperatorRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryFilterer{contract: contract}, nil
}

// bindOperatorRegistry binds a generic wrapper to an already deployed contract.
func bindOperatorRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := OperatorRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_OperatorRegistry *OperatorRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _OperatorRegistry.Contract.OperatorRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_OperatorRegistry *OperatorRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.OperatorRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_OperatorRegistry *OperatorRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.OperatorRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_OperatorRegistry *OperatorRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _OperatorRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_OperatorRegistry *OperatorRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_OperatorRegistry *OperatorRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.contract.Transact(opts, method, params...)
}

// MAXOPERATORSLIMIT is a free data retrieval call binding the contract method 0xf2b386fe.
//
// Solidity: function MAX_OPERATORS_LIMIT() view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCaller) MAXOPERATORSLIMIT(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "MAX_OPERATORS_LIMIT")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXOPERATORSLIMIT is a free data retrieval call binding the contract method 0xf2b386fe.
//
// Solidity: function MAX_OPERATORS_LIMIT() view returns(uint256)
func (_OperatorRegistry *OperatorRegistrySession) MAXOPERATORSLIMIT() (*big.Int, error) {
	return _OperatorRegistry.Contract.MAXOPERATORSLIMIT(&_OperatorRegistry.CallOpts)
}

// MAXOPERATORSLIMIT is a free data retrieval call binding the contract method 0xf2b386fe.
//
// Solidity: function MAX_OPERATORS_LIMIT() view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCallerSession) MAXOPERATORSLIMIT() (*big.Int, error) {
	return _OperatorRegistry.Contract.MAXOPERATORSLIMIT(&_OperatorRegistry.CallOpts)
}

// REGISTRATIONDOMAIN is a free data retrieval call binding the contract method 0x99566c4f.
//
// Solidity: function REGISTRATION_DOMAIN() view returns(bytes32)
func (_OperatorRegistry *OperatorRegistryCaller) REGISTRATIONDOMAIN(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "REGISTRATION_DOMAIN")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// REGISTRATIONDOMAIN is a free data retrieval call binding the contract method 0x99566c4f.
//
// Solidity: function REGISTRATION_DOMAIN() view returns(bytes32)
func (_OperatorRegistry *OperatorRegistrySession) REGISTRATIONDOMAIN() ([32]byte, error) {
	return _OperatorRegistry.Contract.REGISTRATIONDOMAIN(&_OperatorRegistry.CallOpts)
}

// REGISTRATIONDOMAIN is a free data retrieval call binding the contract method 0x99566c4f.
//
// Solidity: function REGISTRATION_DOMAIN() view returns(bytes32)
func (_OperatorRegistry *OperatorRegistryCallerSession) REGISTRATIONDOMAIN() ([32]byte, error) {
	return _OperatorRegistry.Contract.REGISTRATIONDOMAIN(&_OperatorRegistry.CallOpts)
}

// CurrentEpoch is a free data retrieval call binding the contract method 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCaller) CurrentEpoch(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "currentEpoch")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CurrentEpoch is a free data retrieval call binding the contract method 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint256)
func (_OperatorRegistry *OperatorRegistrySession) CurrentEpoch() (*big.Int, error) {
	return _OperatorRegistry.Contract.CurrentEpoch(&_OperatorRegistry.CallOpts)
}

// CurrentEpoch is a free data retrieval call binding the contract method 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCallerSession) CurrentEpoch() (*big.Int, error) {
	return _OperatorRegistry.Contract.CurrentEpoch(&_OperatorRegistry.CallOpts)
}

// EpochInfo is a free data retrieval call binding the contract method 0x3894228e.
//
// Solidity: function epochInfo(uint256 epoch) view returns((uint256,uint256) apkG1, uint256 totalStake, address[] operators)
func (_OperatorRegistry *OperatorRegistryCaller) EpochInfo(opts *bind.CallOpts, epoch *big.Int) (struct {
	ApkG1      BN254G1Point
	TotalStake *big.Int
	Operators  []common.Address
}, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "epochInfo", epoch)

	outstruct := new(struct {
		ApkG1      BN254G1Point
		TotalStake *big.Int
		Operators  []common.Address
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.ApkG1 = *abi.ConvertType(out[0], new(BN254G1Point)).(*BN254G1Point)
	outstruct.TotalStake = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.Operators = *abi.ConvertType(out[2], new([]common.Address)).(*[]common.Address)

	return *outstruct, err

}

// EpochInfo is a free data retrieval call binding the contract method 0x3894228e.
//
// Solidity: function epochInfo(uint256 epoch) view returns((uint256,uint256) apkG1, uint256 totalStake, address[] operators)
func (_OperatorRegistry *OperatorRegistrySession) EpochInfo(epoch *big.Int) (struct {
	ApkG1      BN254G1Point
	TotalStake *big.Int
	Operators  []common.Address
}, error) {
	return _OperatorRegistry.Contract.EpochInfo(&_OperatorRegistry.CallOpts, epoch)
}

// EpochInfo is a free data retrieval call binding the contract method 0x3894228e.
//
// Solidity: function epochInfo(uint256 epoch) view returns((uint256,uint256) apkG1, uint256 totalStake, address[] operators)
func (_OperatorRegistry *OperatorRegistryCallerSession) EpochInfo(epoch *big.Int) (struct {
	ApkG1      BN254G1Point
	TotalStake *big.Int
	Operators  []common.Address
}, error) {
	return _OperatorRegistry.Contract.EpochInfo(&_OperatorRegistry.CallOpts, epoch)
}

// EpochLength is a free data retrieval call binding the contract method 0x57d775f8.
//
// Solidity: function epochLength() view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCaller) EpochLength(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "epochLength")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// EpochLength is a free data retrieval call binding the contract method 0x57d775f8.
//
// Solidity: function epochLength() view returns(uint256)
func (_OperatorRegistry *OperatorRegistrySession) EpochLength() (*big.Int, error) {
	return _OperatorRegistry.Contract.EpochLength(&_OperatorRegistry.CallOpts)
}

// EpochLength is a free data retrieval call binding the contract method 0x57d775f8.
//
// Solidity: function epochLength() view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCallerSession) EpochLength() (*big.Int, error) {
	return _OperatorRegistry.Contract.EpochLength(&_OperatorRegistry.CallOpts)
}

// EpochSize is a free data retrieval call binding the contract method 0x64583df4.
//
// Solidity: function epochSize(uint256 epoch) view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCaller) EpochSize(opts *bind.CallOpts, epoch *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "epochSize", epoch)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// EpochSize is a free data retrieval call binding the contract method 0x64583df4.
//
// Solidity: function epochSize(uint256 epoch) view returns(uint256)
func (_OperatorRegistry *OperatorRegistrySession) EpochSize(epoch *big.Int) (*big.Int, error) {
	return _OperatorRegistry.Contract.EpochSize(&_OperatorRegistry.CallOpts, epoch)
}

// EpochSize is a free data retrieval call binding the contract method 0x64583df4.
//
// Solidity: function epochSize(uint256 epoch) view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCallerSession) EpochSize(epoch *big.Int) (*big.Int, error) {
	return _OperatorRegistry.Contract.EpochSize(&_OperatorRegistry.CallOpts, epoch)
}

// EpochStartBlock is a free data retrieval call binding the contract method 0x0cea2e35.
//
// Solidity: function epochStartBlock(uint256 epoch) view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCaller) EpochStartBlock(opts *bind.CallOpts, epoch *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "epochStartBlock", epoch)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// EpochStartBlock is a free data retrieval call binding the contract method 0x0cea2e35.
//
// Solidity: function epochStartBlock(uint256 epoch) view returns(uint256)
func (_OperatorRegistry *OperatorRegistrySession) EpochStartBlock(epoch *big.Int) (*big.Int, error) {
	return _OperatorRegistry.Contract.EpochStartBlock(&_OperatorRegistry.CallOpts, epoch)
}

// EpochStartBlock is a free data retrieval call binding the contract method 0x0cea2e35.
//
// Solidity: function epochStartBlock(uint256 epoch) view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCallerSession) EpochStartBlock(epoch *big.Int) (*big.Int, error) {
	return _OperatorRegistry.Contract.EpochStartBlock(&_OperatorRegistry.CallOpts, epoch)
}

// IndexOf is a free data retrieval call binding the contract method 0x59250e80.
//
// Solidity: function indexOf(uint256 epoch, address operator) view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCaller) IndexOf(opts *bind.CallOpts, epoch *big.Int, operator common.Address) (*big.Int, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "indexOf", epoch, operator)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// IndexOf is a free data retrieval call binding the contract method 0x59250e80.
//
// Solidity: function indexOf(uint256 epoch, address operator) view returns(uint256)
func (_OperatorRegistry *OperatorRegistrySession) IndexOf(epoch *big.Int, operator common.Address) (*big.Int, error) {
	return _OperatorRegistry.Contract.IndexOf(&_OperatorRegistry.CallOpts, epoch, operator)
}

// IndexOf is a free data retrieval call binding the contract method 0x59250e80.
//
// Solidity: function indexOf(uint256 epoch, address operator) view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCallerSession) IndexOf(epoch *big.Int, operator common.Address) (*big.Int, error) {
	return _OperatorRegistry.Contract.IndexOf(&_OperatorRegistry.CallOpts, epoch, operator)
}

// IsMember is a free data retrieval call binding the contract method 0x7d9e10f5.
//
// Solidity: function isMember(uint256 epoch, address operator) view returns(bool)
func (_OperatorRegistry *OperatorRegistryCaller) IsMember(opts *bind.CallOpts, epoch *big.Int, operator common.Address) (bool, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "isMember", epoch, operator)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsMember is a free data retrieval call binding the contract method 0x7d9e10f5.
//
// Solidity: function isMember(uint256 epoch, address operator) view returns(bool)
func (_OperatorRegistry *OperatorRegistrySession) IsMember(epoch *big.Int, operator common.Address) (bool, error) {
	return _OperatorRegistry.Contract.IsMember(&_OperatorRegistry.CallOpts, epoch, operator)
}

// IsMember is a free data retrieval call binding the contract method 0x7d9e10f5.
//
// Solidity: function isMember(uint256 epoch, address operator) view returns(bool)
func (_OperatorRegistry *OperatorRegistryCallerSession) IsMember(epoch *big.Int, operator common.Address) (bool, error) {
	return _OperatorRegistry.Contract.IsMember(&_OperatorRegistry.CallOpts, epoch, operator)
}

// KeyOwner is a free data retrieval call binding the contract method 0x353ae2b4.
//
// Solidity: function keyOwner(bytes32 ) view returns(address)
func (_OperatorRegistry *OperatorRegistryCaller) KeyOwner(opts *bind.CallOpts, arg0 [32]byte) (common.Address, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "keyOwner", arg0)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// KeyOwner is a free data retrieval call binding the contract method 0x353ae2b4.
//
// Solidity: function keyOwner(bytes32 ) view returns(address)
func (_OperatorRegistry *OperatorRegistrySession) KeyOwner(arg0 [32]byte) (common.Address, error) {
	return _OperatorRegistry.Contract.KeyOwner(&_OperatorRegistry.CallOpts, arg0)
}

// KeyOwner is a free data retrieval call binding the contract method 0x353ae2b4.
//
// Solidity: function keyOwner(bytes32 ) view returns(address)
func (_OperatorRegistry *OperatorRegistryCallerSession) KeyOwner(arg0 [32]byte) (common.Address, error) {
	return _OperatorRegistry.Contract.KeyOwner(&_OperatorRegistry.CallOpts, arg0)
}

// MaxOperators is a free data retrieval call binding the contract method 0x75e1a8b1.
//
// Solidity: function maxOperators() view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCaller) MaxOperators(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "maxOperators")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxOperators is a free data retrieval call binding the contract method 0x75e1a8b1.
//
// Solidity: function maxOperators() view returns(uint256)
func (_OperatorRegistry *OperatorRegistrySession) MaxOperators() (*big.Int, error) {
	return _OperatorRegistry.Contract.MaxOperators(&_OperatorRegistry.CallOpts)
}

// MaxOperators is a free data retrieval call binding the contract method 0x75e1a8b1.
//
// Solidity: function maxOperators() view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCallerSession) MaxOperators() (*big.Int, error) {
	return _OperatorRegistry.Contract.MaxOperators(&_OperatorRegistry.CallOpts)
}

// MemberAt is a free data retrieval call binding the contract method 0xd0fb813b.
//
// Solidity: function memberAt(uint256 epoch, uint256 index) view returns(address operator, uint256 stake, (uint256,uint256) pubkeyG1)
func (_OperatorRegistry *OperatorRegistryCaller) MemberAt(opts *bind.CallOpts, epoch *big.Int, index *big.Int) (struct {
	Operator common.Address
	Stake    *big.Int
	PubkeyG1 BN254G1Point
}, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "memberAt", epoch, index)

	outstruct := new(struct {
		Operator common.Address
		Stake    *big.Int
		PubkeyG1 BN254G1Point
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Operator = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Stake = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.PubkeyG1 = *abi.ConvertType(out[2], new(BN254G1Point)).(*BN254G1Point)

	return *outstruct, err

}

// MemberAt is a free data retrieval call binding the contract method 0xd0fb813b.
//
// Solidity: function memberAt(uint256 epoch, uint256 index) view returns(address operator, uint256 stake, (uint256,uint256) pubkeyG1)
func (_OperatorRegistry *OperatorRegistrySession) MemberAt(epoch *big.Int, index *big.Int) (struct {
	Operator common.Address
	Stake    *big.Int
	PubkeyG1 BN254G1Point
}, error) {
	return _OperatorRegistry.Contract.MemberAt(&_OperatorRegistry.CallOpts, epoch, index)
}

// MemberAt is a free data retrieval call binding the contract method 0xd0fb813b.
//
// Solidity: function memberAt(uint256 epoch, uint256 index) view returns(address operator, uint256 stake, (uint256,uint256) pubkeyG1)
func (_OperatorRegistry *OperatorRegistryCallerSession) MemberAt(epoch *big.Int, index *big.Int) (struct {
	Operator common.Address
	Stake    *big.Int
	PubkeyG1 BN254G1Point
}, error) {
	return _OperatorRegistry.Contract.MemberAt(&_OperatorRegistry.CallOpts, epoch, index)
}

// MinimumStake is a free data retrieval call binding the contract method 0xec5ffac2.
//
// Solidity: function minimumStake() view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCaller) MinimumStake(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "minimumStake")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MinimumStake is a free data retrieval call binding the contract method 0xec5ffac2.
//
// Solidity: function minimumStake() view returns(uint256)
func (_OperatorRegistry *OperatorRegistrySession) MinimumStake() (*big.Int, error) {
	return _OperatorRegistry.Contract.MinimumStake(&_OperatorRegistry.CallOpts)
}

// MinimumStake is a free data retrieval call binding the contract method 0xec5ffac2.
//
// Solidity: function minimumStake() view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCallerSession) MinimumStake() (*big.Int, error) {
	return _OperatorRegistry.Contract.MinimumStake(&_OperatorRegistry.CallOpts)
}

// NextEpochBlock is a free data retrieval call binding the contract method 0x00640c2e.
//
// Solidity: function nextEpochBlock() view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCaller) NextEpochBlock(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "nextEpochBlock")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// NextEpochBlock is a free data retrieval call binding the contract method 0x00640c2e.
//
// Solidity: function nextEpochBlock() view returns(uint256)
func (_OperatorRegistry *OperatorRegistrySession) NextEpochBlock() (*big.Int, error) {
	return _OperatorRegistry.Contract.NextEpochBlock(&_OperatorRegistry.CallOpts)
}

// NextEpochBlock is a free data retrieval call binding the contract method 0x00640c2e.
//
// Solidity: function nextEpochBlock() view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCallerSession) NextEpochBlock() (*big.Int, error) {
	return _OperatorRegistry.Contract.NextEpochBlock(&_OperatorRegistry.CallOpts)
}

// OperatorAt is a free data retrieval call binding the contract method 0xdea85b7b.
//
// Solidity: function operatorAt(uint256 epoch, uint256 index) view returns(address)
func (_OperatorRegistry *OperatorRegistryCaller) OperatorAt(opts *bind.CallOpts, epoch *big.Int, index *big.Int) (common.Address, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "operatorAt", epoch, index)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// OperatorAt is a free data retrieval call binding the contract method 0xdea85b7b.
//
// Solidity: function operatorAt(uint256 epoch, uint256 index) view returns(address)
func (_OperatorRegistry *OperatorRegistrySession) OperatorAt(epoch *big.Int, index *big.Int) (common.Address, error) {
	return _OperatorRegistry.Contract.OperatorAt(&_OperatorRegistry.CallOpts, epoch, index)
}

// OperatorAt is a free data retrieval call binding the contract method 0xdea85b7b.
//
// Solidity: function operatorAt(uint256 epoch, uint256 index) view returns(address)
func (_OperatorRegistry *OperatorRegistryCallerSession) OperatorAt(epoch *big.Int, index *big.Int) (common.Address, error) {
	return _OperatorRegistry.Contract.OperatorAt(&_OperatorRegistry.CallOpts, epoch, index)
}

// OperatorInfo is a free data retrieval call binding the contract method 0x50c246d6.
//
// Solidity: function operatorInfo(address operator) view returns((uint256,uint256) pubkeyG1, (uint256,uint256,uint256,uint256) pubkeyG2, bytes32 pubkeyHash, bool registered)
func (_OperatorRegistry *OperatorRegistryCaller) OperatorInfo(opts *bind.CallOpts, operator common.Address) (struct {
	PubkeyG1   BN254G1Point
	PubkeyG2   BN254G2Point
	PubkeyHash [32]byte
	Registered bool
}, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "operatorInfo", operator)

	outstruct := new(struct {
		PubkeyG1   BN254G1Point
		PubkeyG2   BN254G2Point
		PubkeyHash [32]byte
		Registered bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.PubkeyG1 = *abi.ConvertType(out[0], new(BN254G1Point)).(*BN254G1Point)
	outstruct.PubkeyG2 = *abi.ConvertType(out[1], new(BN254G2Point)).(*BN254G2Point)
	outstruct.PubkeyHash = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	outstruct.Registered = *abi.ConvertType(out[3], new(bool)).(*bool)

	return *outstruct, err

}

// OperatorInfo is a free data retrieval call binding the contract method 0x50c246d6.
//
// Solidity: function operatorInfo(address operator) view returns((uint256,uint256) pubkeyG1, (uint256,uint256,uint256,uint256) pubkeyG2, bytes32 pubkeyHash, bool registered)
func (_OperatorRegistry *OperatorRegistrySession) OperatorInfo(operator common.Address) (struct {
	PubkeyG1   BN254G1Point
	PubkeyG2   BN254G2Point
	PubkeyHash [32]byte
	Registered bool
}, error) {
	return _OperatorRegistry.Contract.OperatorInfo(&_OperatorRegistry.CallOpts, operator)
}

// OperatorInfo is a free data retrieval call binding the contract method 0x50c246d6.
//
// Solidity: function operatorInfo(address operator) view returns((uint256,uint256) pubkeyG1, (uint256,uint256,uint256,uint256) pubkeyG2, bytes32 pubkeyHash, bool registered)
func (_OperatorRegistry *OperatorRegistryCallerSession) OperatorInfo(operator common.Address) (struct {
	PubkeyG1   BN254G1Point
	PubkeyG2   BN254G2Point
	PubkeyHash [32]byte
	Registered bool
}, error) {
	return _OperatorRegistry.Contract.OperatorInfo(&_OperatorRegistry.CallOpts, operator)
}

// RegisteredOperators is a free data retrieval call binding the contract method 0x855b4125.
//
// Solidity: function registeredOperators() view returns(address[])
func (_OperatorRegistry *OperatorRegistryCaller) RegisteredOperators(opts *bind.CallOpts) ([]common.Address, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "registeredOperators")

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// RegisteredOperators is a free data retrieval call binding the contract method 0x855b4125.
//
// Solidity: function registeredOperators() view returns(address[])
func (_OperatorRegistry *OperatorRegistrySession) RegisteredOperators() ([]common.Address, error) {
	return _OperatorRegistry.Contract.RegisteredOperators(&_OperatorRegistry.CallOpts)
}

// RegisteredOperators is a free data retrieval call binding the contract method 0x855b4125.
//
// Solidity: function registeredOperators() view returns(address[])
func (_OperatorRegistry *OperatorRegistryCallerSession) RegisteredOperators() ([]common.Address, error) {
	return _OperatorRegistry.Contract.RegisteredOperators(&_OperatorRegistry.CallOpts)
}

// RegistrationMessage is a free data retrieval call binding the contract method 0xd91ddec0.
//
// Solidity: function registrationMessage(address operator, (uint256,uint256) pubkeyG1) view returns(bytes32)
func (_OperatorRegistry *OperatorRegistryCaller) RegistrationMessage(opts *bind.CallOpts, operator common.Address, pubkeyG1 BN254G1Point) ([32]byte, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "registrationMessage", operator, pubkeyG1)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// RegistrationMessage is a free data retrieval call binding the contract method 0xd91ddec0.
//
// Solidity: function registrationMessage(address operator, (uint256,uint256) pubkeyG1) view returns(bytes32)
func (_OperatorRegistry *OperatorRegistrySession) RegistrationMessage(operator common.Address, pubkeyG1 BN254G1Point) ([32]byte, error) {
	return _OperatorRegistry.Contract.RegistrationMessage(&_OperatorRegistry.CallOpts, operator, pubkeyG1)
}

// RegistrationMessage is a free data retrieval call binding the contract method 0xd91ddec0.
//
// Solidity: function registrationMessage(address operator, (uint256,uint256) pubkeyG1) view returns(bytes32)
func (_OperatorRegistry *OperatorRegistryCallerSession) RegistrationMessage(operator common.Address, pubkeyG1 BN254G1Point) ([32]byte, error) {
	return _OperatorRegistry.Contract.RegistrationMessage(&_OperatorRegistry.CallOpts, operator, pubkeyG1)
}

// StakeAt is a free data retrieval call binding the contract method 0x7c5e5db0.
//
// Solidity: function stakeAt(uint256 epoch, address operator) view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCaller) StakeAt(opts *bind.CallOpts, epoch *big.Int, operator common.Address) (*big.Int, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "stakeAt", epoch, operator)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// StakeAt is a free data retrieval call binding the contract method 0x7c5e5db0.
//
// Solidity: function stakeAt(uint256 epoch, address operator) view returns(uint256)
func (_OperatorRegistry *OperatorRegistrySession) StakeAt(epoch *big.Int, operator common.Address) (*big.Int, error) {
	return _OperatorRegistry.Contract.StakeAt(&_OperatorRegistry.CallOpts, epoch, operator)
}

// StakeAt is a free data retrieval call binding the contract method 0x7c5e5db0.
//
// Solidity: function stakeAt(uint256 epoch, address operator) view returns(uint256)
func (_OperatorRegistry *OperatorRegistryCallerSession) StakeAt(epoch *big.Int, operator common.Address) (*big.Int, error) {
	return _OperatorRegistry.Contract.StakeAt(&_OperatorRegistry.CallOpts, epoch, operator)
}

// StakeSource is a free data retrieval call binding the contract method 0xc54a4ccc.
//
// Solidity: function stakeSource() view returns(address)
func (_OperatorRegistry *OperatorRegistryCaller) StakeSource(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _OperatorRegistry.contract.Call(opts, &out, "stakeSource")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// StakeSource is a free data retrieval call binding the contract method 0xc54a4ccc.
//
// Solidity: function stakeSource() view returns(address)
func (_OperatorRegistry *OperatorRegistrySession) StakeSource() (common.Address, error) {
	return _OperatorRegistry.Contract.StakeSource(&_OperatorRegistry.CallOpts)
}

// StakeSource is a free data retrieval call binding the contract method 0xc54a4ccc.
//
// Solidity: function stakeSource() view returns(address)
func (_OperatorRegistry *OperatorRegistryCallerSession) StakeSource() (common.Address, error) {
	return _OperatorRegistry.Contract.StakeSource(&_OperatorRegistry.CallOpts)
}

// AdvanceEpoch is a paid mutator transaction binding the contract method 0x3cf80e6c.
//
// Solidity: function advanceEpoch() returns()
func (_OperatorRegistry *OperatorRegistryTransactor) AdvanceEpoch(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "advanceEpoch")
}

// AdvanceEpoch is a paid mutator transaction binding the contract method 0x3cf80e6c.
//
// Solidity: function advanceEpoch() returns()
func (_OperatorRegistry *OperatorRegistrySession) AdvanceEpoch() (*types.Transaction, error) {
	return _OperatorRegistry.Contract.AdvanceEpoch(&_OperatorRegistry.TransactOpts)
}

// AdvanceEpoch is a paid mutator transaction binding the contract method 0x3cf80e6c.
//
// Solidity: function advanceEpoch() returns()
func (_OperatorRegistry *OperatorRegistryTransactorSession) AdvanceEpoch() (*types.Transaction, error) {
	return _OperatorRegistry.Contract.AdvanceEpoch(&_OperatorRegistry.TransactOpts)
}

// Deregister is a paid mutator transaction binding the contract method 0xaff5edb1.
//
// Solidity: function deregister() returns()
func (_OperatorRegistry *OperatorRegistryTransactor) Deregister(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "deregister")
}

// Deregister is a paid mutator transaction binding the contract method 0xaff5edb1.
//
// Solidity: function deregister() returns()
func (_OperatorRegistry *OperatorRegistrySession) Deregister() (*types.Transaction, error) {
	return _OperatorRegistry.Contract.Deregister(&_OperatorRegistry.TransactOpts)
}

// Deregister is a paid mutator transaction binding the contract method 0xaff5edb1.
//
// Solidity: function deregister() returns()
func (_OperatorRegistry *OperatorRegistryTransactorSession) Deregister() (*types.Transaction, error) {
	return _OperatorRegistry.Contract.Deregister(&_OperatorRegistry.TransactOpts)
}

// Register is a paid mutator transaction binding the contract method 0x54ec70c6.
//
// Solidity: function register((uint256,uint256) pubkeyG1, (uint256,uint256,uint256,uint256) pubkeyG2, (uint256,uint256) signature) returns()
func (_OperatorRegistry *OperatorRegistryTransactor) Register(opts *bind.TransactOpts, pubkeyG1 BN254G1Point, pubkeyG2 BN254G2Point, signature BN254G1Point) (*types.Transaction, error) {
	return _OperatorRegistry.contract.Transact(opts, "register", pubkeyG1, pubkeyG2, signature)
}

// Register is a paid mutator transaction binding the contract method 0x54ec70c6.
//
// Solidity: function register((uint256,uint256) pubkeyG1, (uint256,uint256,uint256,uint256) pubkeyG2, (uint256,uint256) signature) returns()
func (_OperatorRegistry *OperatorRegistrySession) Register(pubkeyG1 BN254G1Point, pubkeyG2 BN254G2Point, signature BN254G1Point) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.Register(&_OperatorRegistry.TransactOpts, pubkeyG1, pubkeyG2, signature)
}

// Register is a paid mutator transaction binding the contract method 0x54ec70c6.
//
// Solidity: function register((uint256,uint256) pubkeyG1, (uint256,uint256,uint256,uint256) pubkeyG2, (uint256,uint256) signature) returns()
func (_OperatorRegistry *OperatorRegistryTransactorSession) Register(pubkeyG1 BN254G1Point, pubkeyG2 BN254G2Point, signature BN254G1Point) (*types.Transaction, error) {
	return _OperatorRegistry.Contract.Register(&_OperatorRegistry.TransactOpts, pubkeyG1, pubkeyG2, signature)
}

// OperatorRegistryEpochAdvancedIterator is returned from FilterEpochAdvanced and is used to iterate over the raw logs and unpacked data for EpochAdvanced events raised by the OperatorRegistry contract.
type OperatorRegistryEpochAdvancedIterator struct {
	Event *OperatorRegistryEpochAdvanced // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistryEpochAdvancedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistryEpochAdvanced)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistryEpochAdvanced)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistryEpochAdvancedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistryEpochAdvancedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistryEpochAdvanced represents a EpochAdvanced event raised by the OperatorRegistry contract.
type OperatorRegistryEpochAdvanced struct {
	Epoch         *big.Int
	StartBlock    *big.Int
	Apk           BN254G1Point
	TotalStake    *big.Int
	OperatorCount *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterEpochAdvanced is a free log retrieval operation binding the contract event 0xbf5f97d0f794c0937ca1f53d443b91b81bab076e3e0d833bd533ba8dd3b56189.
//
// Solidity: event EpochAdvanced(uint256 indexed epoch, uint256 startBlock, (uint256,uint256) apk, uint256 totalStake, uint256 operatorCount)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterEpochAdvanced(opts *bind.FilterOpts, epoch []*big.Int) (*OperatorRegistryEpochAdvancedIterator, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "EpochAdvanced", epochRule)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryEpochAdvancedIterator{contract: _OperatorRegistry.contract, event: "EpochAdvanced", logs: logs, sub: sub}, nil
}

// WatchEpochAdvanced is a free log subscription operation binding the contract event 0xbf5f97d0f794c0937ca1f53d443b91b81bab076e3e0d833bd533ba8dd3b56189.
//
// Solidity: event EpochAdvanced(uint256 indexed epoch, uint256 startBlock, (uint256,uint256) apk, uint256 totalStake, uint256 operatorCount)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchEpochAdvanced(opts *bind.WatchOpts, sink chan<- *OperatorRegistryEpochAdvanced, epoch []*big.Int) (event.Subscription, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "EpochAdvanced", epochRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistryEpochAdvanced)
				if err := _OperatorRegistry.contract.UnpackLog(event, "EpochAdvanced", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEpochAdvanced is a log parse operation binding the contract event 0xbf5f97d0f794c0937ca1f53d443b91b81bab076e3e0d833bd533ba8dd3b56189.
//
// Solidity: event EpochAdvanced(uint256 indexed epoch, uint256 startBlock, (uint256,uint256) apk, uint256 totalStake, uint256 operatorCount)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseEpochAdvanced(log types.Log) (*OperatorRegistryEpochAdvanced, error) {
	event := new(OperatorRegistryEpochAdvanced)
	if err := _OperatorRegistry.contract.UnpackLog(event, "EpochAdvanced", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistryOperatorBelowMinimumIterator is returned from FilterOperatorBelowMinimum and is used to iterate over the raw logs and unpacked data for OperatorBelowMinimum events raised by the OperatorRegistry contract.
type OperatorRegistryOperatorBelowMinimumIterator struct {
	Event *OperatorRegistryOperatorBelowMinimum // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistryOperatorBelowMinimumIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistryOperatorBelowMinimum)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistryOperatorBelowMinimum)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistryOperatorBelowMinimumIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistryOperatorBelowMinimumIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistryOperatorBelowMinimum represents a OperatorBelowMinimum event raised by the OperatorRegistry contract.
type OperatorRegistryOperatorBelowMinimum struct {
	Epoch    *big.Int
	Operator common.Address
	Stake    *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterOperatorBelowMinimum is a free log retrieval operation binding the contract event 0xf90847c49cc5b2b7fe71203b98bb63f95584c7c6cf1dbff427522e0e49632c33.
//
// Solidity: event OperatorBelowMinimum(uint256 indexed epoch, address indexed operator, uint256 stake)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterOperatorBelowMinimum(opts *bind.FilterOpts, epoch []*big.Int, operator []common.Address) (*OperatorRegistryOperatorBelowMinimumIterator, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "OperatorBelowMinimum", epochRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryOperatorBelowMinimumIterator{contract: _OperatorRegistry.contract, event: "OperatorBelowMinimum", logs: logs, sub: sub}, nil
}

// WatchOperatorBelowMinimum is a free log subscription operation binding the contract event 0xf90847c49cc5b2b7fe71203b98bb63f95584c7c6cf1dbff427522e0e49632c33.
//
// Solidity: event OperatorBelowMinimum(uint256 indexed epoch, address indexed operator, uint256 stake)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchOperatorBelowMinimum(opts *bind.WatchOpts, sink chan<- *OperatorRegistryOperatorBelowMinimum, epoch []*big.Int, operator []common.Address) (event.Subscription, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "OperatorBelowMinimum", epochRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistryOperatorBelowMinimum)
				if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorBelowMinimum", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOperatorBelowMinimum is a log parse operation binding the contract event 0xf90847c49cc5b2b7fe71203b98bb63f95584c7c6cf1dbff427522e0e49632c33.
//
// Solidity: event OperatorBelowMinimum(uint256 indexed epoch, address indexed operator, uint256 stake)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseOperatorBelowMinimum(log types.Log) (*OperatorRegistryOperatorBelowMinimum, error) {
	event := new(OperatorRegistryOperatorBelowMinimum)
	if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorBelowMinimum", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistryOperatorDeregisteredIterator is returned from FilterOperatorDeregistered and is used to iterate over the raw logs and unpacked data for OperatorDeregistered events raised by the OperatorRegistry contract.
type OperatorRegistryOperatorDeregisteredIterator struct {
	Event *OperatorRegistryOperatorDeregistered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistryOperatorDeregisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistryOperatorDeregistered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistryOperatorDeregistered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistryOperatorDeregisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistryOperatorDeregisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistryOperatorDeregistered represents a OperatorDeregistered event raised by the OperatorRegistry contract.
type OperatorRegistryOperatorDeregistered struct {
	Operator       common.Address
	EffectiveEpoch *big.Int
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterOperatorDeregistered is a free log retrieval operation binding the contract event 0x02bc23075954fddafc5336b6e404a1e5f411c3c543f45d5ab1fe689bdab96b4f.
//
// Solidity: event OperatorDeregistered(address indexed operator, uint256 effectiveEpoch)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterOperatorDeregistered(opts *bind.FilterOpts, operator []common.Address) (*OperatorRegistryOperatorDeregisteredIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "OperatorDeregistered", operatorRule)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryOperatorDeregisteredIterator{contract: _OperatorRegistry.contract, event: "OperatorDeregistered", logs: logs, sub: sub}, nil
}

// WatchOperatorDeregistered is a free log subscription operation binding the contract event 0x02bc23075954fddafc5336b6e404a1e5f411c3c543f45d5ab1fe689bdab96b4f.
//
// Solidity: event OperatorDeregistered(address indexed operator, uint256 effectiveEpoch)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchOperatorDeregistered(opts *bind.WatchOpts, sink chan<- *OperatorRegistryOperatorDeregistered, operator []common.Address) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "OperatorDeregistered", operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistryOperatorDeregistered)
				if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorDeregistered", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOperatorDeregistered is a log parse operation binding the contract event 0x02bc23075954fddafc5336b6e404a1e5f411c3c543f45d5ab1fe689bdab96b4f.
//
// Solidity: event OperatorDeregistered(address indexed operator, uint256 effectiveEpoch)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseOperatorDeregistered(log types.Log) (*OperatorRegistryOperatorDeregistered, error) {
	event := new(OperatorRegistryOperatorDeregistered)
	if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorDeregistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OperatorRegistryOperatorRegisteredIterator is returned from FilterOperatorRegistered and is used to iterate over the raw logs and unpacked data for OperatorRegistered events raised by the OperatorRegistry contract.
type OperatorRegistryOperatorRegisteredIterator struct {
	Event *OperatorRegistryOperatorRegistered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OperatorRegistryOperatorRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OperatorRegistryOperatorRegistered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OperatorRegistryOperatorRegistered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OperatorRegistryOperatorRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OperatorRegistryOperatorRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OperatorRegistryOperatorRegistered represents a OperatorRegistered event raised by the OperatorRegistry contract.
type OperatorRegistryOperatorRegistered struct {
	Operator       common.Address
	PubkeyHash     [32]byte
	PubkeyG1       BN254G1Point
	PubkeyG2       BN254G2Point
	EffectiveEpoch *big.Int
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterOperatorRegistered is a free log retrieval operation binding the contract event 0xbd14def8b2a9364b27da7036723ee55fc38d68573e2be2d71446eda8e428eda0.
//
// Solidity: event OperatorRegistered(address indexed operator, bytes32 indexed pubkeyHash, (uint256,uint256) pubkeyG1, (uint256,uint256,uint256,uint256) pubkeyG2, uint256 effectiveEpoch)
func (_OperatorRegistry *OperatorRegistryFilterer) FilterOperatorRegistered(opts *bind.FilterOpts, operator []common.Address, pubkeyHash [][32]byte) (*OperatorRegistryOperatorRegisteredIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var pubkeyHashRule []interface{}
	for _, pubkeyHashItem := range pubkeyHash {
		pubkeyHashRule = append(pubkeyHashRule, pubkeyHashItem)
	}

	logs, sub, err := _OperatorRegistry.contract.FilterLogs(opts, "OperatorRegistered", operatorRule, pubkeyHashRule)
	if err != nil {
		return nil, err
	}
	return &OperatorRegistryOperatorRegisteredIterator{contract: _OperatorRegistry.contract, event: "OperatorRegistered", logs: logs, sub: sub}, nil
}

// WatchOperatorRegistered is a free log subscription operation binding the contract event 0xbd14def8b2a9364b27da7036723ee55fc38d68573e2be2d71446eda8e428eda0.
//
// Solidity: event OperatorRegistered(address indexed operator, bytes32 indexed pubkeyHash, (uint256,uint256) pubkeyG1, (uint256,uint256,uint256,uint256) pubkeyG2, uint256 effectiveEpoch)
func (_OperatorRegistry *OperatorRegistryFilterer) WatchOperatorRegistered(opts *bind.WatchOpts, sink chan<- *OperatorRegistryOperatorRegistered, operator []common.Address, pubkeyHash [][32]byte) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var pubkeyHashRule []interface{}
	for _, pubkeyHashItem := range pubkeyHash {
		pubkeyHashRule = append(pubkeyHashRule, pubkeyHashItem)
	}

	logs, sub, err := _OperatorRegistry.contract.WatchLogs(opts, "OperatorRegistered", operatorRule, pubkeyHashRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OperatorRegistryOperatorRegistered)
				if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorRegistered", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOperatorRegistered is a log parse operation binding the contract event 0xbd14def8b2a9364b27da7036723ee55fc38d68573e2be2d71446eda8e428eda0.
//
// Solidity: event OperatorRegistered(address indexed operator, bytes32 indexed pubkeyHash, (uint256,uint256) pubkeyG1, (uint256,uint256,uint256,uint256) pubkeyG2, uint256 effectiveEpoch)
func (_OperatorRegistry *OperatorRegistryFilterer) ParseOperatorRegistered(log types.Log) (*OperatorRegistryOperatorRegistered, error) {
	event := new(OperatorRegistryOperatorRegistered)
	if err := _OperatorRegistry.contract.UnpackLog(event, "OperatorRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProxyAdminMetaData contains all meta data concerning the ProxyAdmin contract.
var ProxyAdminMetaData = &bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"contractITransparentUpgradeableProxy\",\"name\":\"proxy\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"changeProxyAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractITransparentUpgradeableProxy\",\"name\":\"proxy\",\"type\":\"address\"}],\"name\":\"getProxyAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractITransparentUpgradeableProxy\",\"name\":\"proxy\",\"type\":\"address\"}],\"name\":\"getProxyImplementation\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractITransparentUpgradeableProxy\",\"name\":\"proxy\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"upgrade\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractITransparentUpgradeableProxy\",\"name\":\"proxy\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b50601633601a565b6069565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b61061c806100765f395ff3fe608060405260043610610079575f3560e01c80639623609d1161004c5780639623609d1461010957806399a88ec41461011c578063f2fde38b1461013b578063f3b7dead1461015a575f5ffd5b8063204e1c7a1461007d578063715018a6146100b85780637eff275e146100ce5780638da5cb5b146100ed575b5f5ffd5b348015610088575f5ffd5b5061009c610097366004610479565b610179565b6040516001600160a01b03909116815260200160405180910390f35b3480156100c3575f5ffd5b506100cc610204565b005b3480156100d9575f5ffd5b506100cc6100e836600461049b565b610217565b3480156100f8575f5ffd5b505f546001600160a01b031661009c565b6100cc6101173660046104e6565b61027a565b348015610127575f5ffd5b506100cc61013636600461049b565b6102e5565b348015610146575f5ffd5b506100cc610155366004610479565b61031b565b348015610165575f5ffd5b5061009c610174366004610479565b610399565b5f5f5f836001600160a01b031660405161019d90635c60da1b60e01b815260040190565b5f60405180830381855afa9150503d805f81146101d5576040519150601f19603f3d011682016040523d82523d5f602084013e6101da565b606091505b5091509150816101e8575f5ffd5b808060200190518101906101fc91906105bd565b949350505050565b61020c6103bd565b6102155f610416565b565b61021f6103bd565b6040516308f2839760e41b81526001600160a01b038281166004830152831690638f283970906024015b5f604051808303815f87803b158015610260575f5ffd5b505af1158015610272573d5f5f3e3d5ffd5b505050505050565b6102826103bd565b60405163278f794360e11b81526001600160a01b03841690634f1ef2869034906102b290869086906004016105d8565b5f604051808303818588803b1580156102c9575f5ffd5b505af11580156102db573d5f5f3e3d5ffd5b5050505050505050565b6102ed6103bd565b604051631b2ce7f360e11b81526001600160a01b038281166004830152831690633659cfe690602401610249565b6103236103bd565b6001600160a01b03811661038d5760405162461bcd60e51b815260206004820152602660248201527f4f776e61626c653a206e6577206f776e657220697320746865207a65726f206160448201526564647265737360d01b60648201526084015b60405180910390fd5b61039681610416565b50565b5f5f5f836001600160a01b031660405161019d906303e1469160e61b815260040190565b5f546001600160a01b031633146102155760405162461bcd60e51b815260206004820181905260248201527f4f776e61626c653a2063616c6c6572206973206e6f7420746865206f776e65726044820152606401610384565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b0381168114610396575f5ffd5b5f60208284031215610489575f5ffd5b813561049481610465565b9392505050565b5f5f604083850312156104ac575f5ffd5b82356104b781610465565b915060208301356104c781610465565b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f606084860312156104f8575f5ffd5b833561050381610465565b9250602084013561051381610465565b9150604084013567ffffffffffffffff81111561052e575f5ffd5b8401601f8101861361053e575f5ffd5b803567ffffffffffffffff811115610558576105586104d2565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715610587576105876104d2565b60405281815282820160200188101561059e575f5ffd5b816020840160208301375f602083830101528093505050509250925092565b5f602082840312156105cd575f5ffd5b815161049481610465565b60018060a01b0383168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f830116840101915050939250505056",
}

// ProxyAdminABI is the input ABI used to generate the binding from.
// Deprecated: Use ProxyAdminMetaData.ABI instead.
var ProxyAdminABI = ProxyAdminMetaData.ABI

// ProxyAdminBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ProxyAdminMetaData.Bin instead.
var ProxyAdminBin = ProxyAdminMetaData.Bin

// DeployProxyAdmin deploys a new Ethereum contract, binding an instance of ProxyAdmin to it.
func DeployProxyAdmin(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *ProxyAdmin, error) {
	parsed, err := ProxyAdminMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ProxyAdminBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ProxyAdmin{ProxyAdminCaller: ProxyAdminCaller{contract: contract}, ProxyAdminTransactor: ProxyAdminTransactor{contract: contract}, ProxyAdminFilterer: ProxyAdminFilterer{contract: contract}}, nil
}

// ProxyAdmin is an auto generated Go binding around an Ethereum contract.
type ProxyAdmin struct {
	ProxyAdminCaller     // Read-only binding to the contract
	ProxyAdminTransactor // Write-only binding to the contract
	ProxyAdminFilterer   // Log filterer for contract events
}

// ProxyAdminCaller is an auto generated read-only Go binding around an Ethereum contract.
type ProxyAdminCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ProxyAdminTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ProxyAdminTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ProxyAdminFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ProxyAdminFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ProxyAdminSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ProxyAdminSession struct {
	Contract     *ProxyAdmin       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ProxyAdminCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ProxyAdminCallerSession struct {
	Contract *ProxyAdminCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// ProxyAdminTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ProxyAdminTransactorSession struct {
	Contract     *ProxyAdminTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// ProxyAdminRaw is an auto generated low-level Go binding around an Ethereum contract.
type ProxyAdminRaw struct {
	Contract *ProxyAdmin // Generic contract binding to access the raw methods on
}

// ProxyAdminCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ProxyAdminCallerRaw struct {
	Contract *ProxyAdminCaller // Generic read-only contract binding to access the raw methods on
}

// ProxyAdminTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ProxyAdminTransactorRaw struct {
	Contract *ProxyAdminTransactor // Generic write-only contract binding to access the raw methods on
}

// NewProxyAdmin creates a new instance of ProxyAdmin, bound to a specific deployed contract.
func NewProxyAdmin(address common.Address, backend bind.ContractBackend) (*ProxyAdmin, error) {
	contract, err := bindProxyAdmin(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ProxyAdmin{ProxyAdminCaller: ProxyAdminCaller{contract: contract}, ProxyAdminTransactor: ProxyAdminTransactor{contract: contract}, ProxyAdminFilterer: ProxyAdminFilterer{contract: contract}}, nil
}

// NewProxyAdminCaller creates a new read-only instance of ProxyAdmin, bound to a specific deployed contract.
func NewProxyAdminCaller(address common.Address, caller bind.ContractCaller) (*ProxyAdminCaller, error) {
	contract, err := bindProxyAdmin(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ProxyAdminCaller{contract: contract}, nil
}

// NewProxyAdminTransactor creates a new write-only instance of ProxyAdmin, bound to a specific deployed contract.
func NewProxyAdminTransactor(address common.Address, transactor bind.ContractTransactor) (*ProxyAdminTransactor, error) {
	contract, err := bindProxyAdmin(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ProxyAdminTransactor{contract: contract}, nil
}

// NewProxyAdminFilterer creates a new log filterer instance of ProxyAdmin, bound to a specific deployed contract.
func NewProxyAdminFilterer(address common.Address, filterer bind.ContractFilterer) (*ProxyAdminFilterer, error) {
	contract, err := bindProxyAdmin(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ProxyAdminFilterer{contract: contract}, nil
}

// bindProxyAdmin binds a generic wrapper to an already deployed contract.
func bindProxyAdmin(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ProxyAdminMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ProxyAdmin *ProxyAdminRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ProxyAdmin.Contract.ProxyAdminCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ProxyAdmin *ProxyAdminRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ProxyAdmin.Contract.ProxyAdminTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ProxyAdmin *ProxyAdminRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ProxyAdmin.Contract.ProxyAdminTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ProxyAdmin *ProxyAdminCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ProxyAdmin.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ProxyAdmin *ProxyAdminTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ProxyAdmin.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ProxyAdmin *ProxyAdminTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ProxyAdmin.Contract.contract.Transact(opts, method, params...)
}

// GetProxyAdmin is a free data retrieval call binding the contract method 0xf3b7dead.
//
// Solidity: function getProxyAdmin(address proxy) view returns(address)
func (_ProxyAdmin *ProxyAdminCaller) GetProxyAdmin(opts *bind.CallOpts, proxy common.Address) (common.Address, error) {
	var out []interface{}
	err := _ProxyAdmin.contract.Call(opts, &out, "getProxyAdmin", proxy)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// GetProxyAdmin is a free data retrieval call binding the contract method 0xf3b7dead.
//
// Solidity: function getProxyAdmin(address proxy) view returns(address)
func (_ProxyAdmin *ProxyAdminSession) GetProxyAdmin(proxy common.Address) (common.Address, error) {
	return _ProxyAdmin.Contract.GetProxyAdmin(&_ProxyAdmin.CallOpts, proxy)
}

// GetProxyAdmin is a free data retrieval call binding the contract method 0xf3b7dead.
//
// Solidity: function getProxyAdmin(address proxy) view returns(address)
func (_ProxyAdmin *ProxyAdminCallerSession) GetProxyAdmin(proxy common.Address) (common.Address, error) {
	return _ProxyAdmin.Contract.GetProxyAdmin(&_ProxyAdmin.CallOpts, proxy)
}

// GetProxyImplementation is a free data retrieval call binding the contract method 0x204e1c7a.
//
// Solidity: function getProxyImplementation(address proxy) view returns(address)
func (_ProxyAdmin *ProxyAdminCaller) GetProxyImplementation(opts *bind.CallOpts, proxy common.Address) (common.Address, error) {
	var out []interface{}
	err := _ProxyAdmin.contract.Call(opts, &out, "getProxyImplementation", proxy)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// GetProxyImplementation is a free data retrieval call binding the contract method 0x204e1c7a.
//
// Solidity: function getProxyImplementation(address proxy) view returns(address)
func (_ProxyAdmin *ProxyAdminSession) GetProxyImplementation(proxy common.Address) (common.Address, error) {
	return _ProxyAdmin.Contract.GetProxyImplementation(&_ProxyAdmin.CallOpts, proxy)
}

// GetProxyImplementation is a free data retrieval call binding the contract method 0x204e1c7a.
//
// Solidity: function getProxyImplementation(address proxy) view returns(address)
func (_ProxyAdmin *ProxyAdminCallerSession) GetProxyImplementation(proxy common.Address) (common.Address, error) {
	return _ProxyAdmin.Contract.GetProxyImplementation(&_ProxyAdmin.CallOpts, proxy)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ProxyAdmin *ProxyAdminCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ProxyAdmin.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ProxyAdmin *ProxyAdminSession) Owner() (common.Address, error) {
	return _ProxyAdmin.Contract.Owner(&_ProxyAdmin.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ProxyAdmin *ProxyAdminCallerSession) Owner() (common.Address, error) {
	return _ProxyAdmin.Contract.Owner(&_ProxyAdmin.CallOpts)
}

// ChangeProxyAdmin is a paid mutator transaction binding the contract method 0x7eff275e.
//
// Solidity: function changeProxyAdmin(address proxy, address newAdmin) returns()
func (_ProxyAdmin *ProxyAdminTransactor) ChangeProxyAdmin(opts *bind.TransactOpts, proxy common.Address, newAdmin common.Address) (*types.Transaction, error) {
	return _ProxyAdmin.contract.Transact(opts, "changeProxyAdmin", proxy, newAdmin)
}

// ChangeProxyAdmin is a paid mutator transaction binding the contract method 0x7eff275e.
//
// Solidity: function changeProxyAdmin(address proxy, address newAdmin) returns()
func (_ProxyAdmin *ProxyAdminSession) ChangeProxyAdmin(proxy common.Address, newAdmin common.Address) (*types.Transaction, error) {
	return _ProxyAdmin.Contract.ChangeProxyAdmin(&_ProxyAdmin.TransactOpts, proxy, newAdmin)
}

// ChangeProxyAdmin is a paid mutator transaction binding the contract method 0x7eff275e.
//
// Solidity: function changeProxyAdmin(address proxy, address newAdmin) returns()
func (_ProxyAdmin *ProxyAdminTransactorSession) ChangeProxyAdmin(proxy common.Address, newAdmin common.Address) (*types.Transaction, error) {
	return _ProxyAdmin.Contract.ChangeProxyAdmin(&_ProxyAdmin.TransactOpts, proxy, newAdmin)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_ProxyAdmin *ProxyAdminTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ProxyAdmin.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_ProxyAdmin *ProxyAdminSession) RenounceOwnership() (*types.Transaction, error) {
	return _ProxyAdmin.Contract.RenounceOwnership(&_ProxyAdmin.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_ProxyAdmin *ProxyAdminTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _ProxyAdmin.Contract.RenounceOwnership(&_ProxyAdmin.TransactOpts)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ProxyAdmin *ProxyAdminTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _ProxyAdmin.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ProxyAdmin *ProxyAdminSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ProxyAdmin.Contract.TransferOwnership(&_ProxyAdmin.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ProxyAdmin *ProxyAdminTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ProxyAdmin.Contract.TransferOwnership(&_ProxyAdmin.TransactOpts, newOwner)
}

// Upgrade is a paid mutator transaction binding the contract method 0x99a88ec4.
//
// Solidity: function upgrade(address proxy, address implementation) returns()
func (_ProxyAdmin *ProxyAdminTransactor) Upgrade(opts *bind.TransactOpts, proxy common.Address, implementation common.Address) (*types.Transaction, error) {
	return _ProxyAdmin.contract.Transact(opts, "upgrade", proxy, implementation)
}

// Upgrade is a paid mutator transaction binding the contract method 0x99a88ec4.
//
// Solidity: function upgrade(address proxy, address implementation) returns()
func (_ProxyAdmin *ProxyAdminSession) Upgrade(proxy common.Address, implementation common.Address) (*types.Transaction, error) {
	return _ProxyAdmin.Contract.Upgrade(&_ProxyAdmin.TransactOpts, proxy, implementation)
}

// Upgrade is a paid mutator transaction binding the contract method 0x99a88ec4.
//
// Solidity: function upgrade(address proxy, address implementation) returns()
func (_ProxyAdmin *ProxyAdminTransactorSession) Upgrade(proxy common.Address, implementation common.Address) (*types.Transaction, error) {
	return _ProxyAdmin.Contract.Upgrade(&_ProxyAdmin.TransactOpts, proxy, implementation)
}

// UpgradeAndCall is a paid mutator transaction binding the contract method 0x9623609d.
//
// Solidity: function upgradeAndCall(address proxy, address implementation, bytes data) payable returns()
func (_ProxyAdmin *ProxyAdminTransactor) UpgradeAndCall(opts *bind.TransactOpts, proxy common.Address, implementation common.Address, data []byte) (*types.Transaction, error) {
	return _ProxyAdmin.contract.Transact(opts, "upgradeAndCall", proxy, implementation, data)
}

// UpgradeAndCall is a paid mutator transaction binding the contract method 0x9623609d.
//
// Solidity: function upgradeAndCall(address proxy, address implementation, bytes data) payable returns()
func (_ProxyAdmin *ProxyAdminSession) UpgradeAndCall(proxy common.Address, implementation common.Address, data []byte) (*types.Transaction, error) {
	return _ProxyAdmin.Contract.UpgradeAndCall(&_ProxyAdmin.TransactOpts, proxy, implementation, data)
}

// UpgradeAndCall is a paid mutator transaction binding the contract method 0x9623609d.
//
// Solidity: function upgradeAndCall(address proxy, address implementation, bytes data) payable returns()
func (_ProxyAdmin *ProxyAdminTransactorSession) UpgradeAndCall(proxy common.Address, implementation common.Address, data []byte) (*types.Transaction, error) {
	return _ProxyAdmin.Contract.UpgradeAndCall(&_ProxyAdmin.TransactOpts, proxy, implementation, data)
}

// ProxyAdminOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the ProxyAdmin contract.
type ProxyAdminOwnershipTransferredIterator struct {
	Event *ProxyAdminOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProxyAdminOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProxyAdminOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProxyAdminOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProxyAdminOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProxyAdminOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProxyAdminOwnershipTransferred represents a OwnershipTransferred event raised by the ProxyAdmin contract.
type ProxyAdminOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ProxyAdmin *ProxyAdminFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*ProxyAdminOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ProxyAdmin.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &ProxyAdminOwnershipTransferredIterator{contract: _ProxyAdmin.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ProxyAdmin *ProxyAdminFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *ProxyAdminOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ProxyAdmin.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProxyAdminOwnershipTransferred)
				if err := _ProxyAdmin.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ProxyAdmin *ProxyAdminFilterer) ParseOwnershipTransferred(log types.Log) (*ProxyAdminOwnershipTransferred, error) {
	event := new(ProxyAdminOwnershipTransferred)
	if err := _ProxyAdmin.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RecordingInboxHooksMetaData contains all meta data concerning the RecordingInboxHooks contract.
var RecordingInboxHooksMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"HookFailed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"signerBitmap\",\"type\":\"uint256\"}],\"name\":\"BatchCommittedRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"}],\"name\":\"MissedWindowRecorded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"fail\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"signerBitmap\",\"type\":\"uint256\"}],\"name\":\"onBatchCommitted\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"}],\"name\":\"recordMissedWindow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"fail_\",\"type\":\"bool\"}],\"name\":\"setFail\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506102ae8061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c806301cc825e1461004e5780633bc4bd4a146100635780639d76940214610076578063a9cc471814610096575b5f5ffd5b61006161005c3660046101f0565b6100b6565b005b610061610071366004610230565b61012f565b610061610084366004610288565b5f805460ff1916911515919091179055565b5f546100a29060ff1681565b604051901515815260200160405180910390f35b5f5460ff16156100d95760405163e285374160e01b815260040160405180910390fd5b6040805167ffffffffffffffff8085168252831660208201526001600160a01b0385169133917f2a5f073fe6cc00b820926c27aa3539b0ce9e3a3f81f37ffc0483a98be7f6bab4910160405180910390a3505050565b5f5460ff16156101525760405163e285374160e01b815260040160405180910390fd5b6040805167ffffffffffffffff878116825286811660208301528516818301526001600160a01b038416606082015260808101839052905133917f99563f0194ea2009c99c1220ec491780ffd0e1de0295fbcacb81cbdf2f29d8e2919081900360a00190a25050505050565b80356001600160a01b03811681146101d4575f5ffd5b919050565b803567ffffffffffffffff811681146101d4575f5ffd5b5f5f5f60608486031215610202575f5ffd5b61020b846101be565b9250610219602085016101d9565b9150610227604085016101d9565b90509250925092565b5f5f5f5f5f60a08688031215610244575f5ffd5b61024d866101d9565b945061025b602087016101d9565b9350610269604087016101d9565b9250610277606087016101be565b949793965091946080013592915050565b5f60208284031215610298575f5ffd5b813580151581146102a7575f5ffd5b939250505056",
}

// RecordingInboxHooksABI is the input ABI used to generate the binding from.
// Deprecated: Use RecordingInboxHooksMetaData.ABI instead.
var RecordingInboxHooksABI = RecordingInboxHooksMetaData.ABI

// RecordingInboxHooksBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RecordingInboxHooksMetaData.Bin instead.
var RecordingInboxHooksBin = RecordingInboxHooksMetaData.Bin

// DeployRecordingInboxHooks deploys a new Ethereum contract, binding an instance of RecordingInboxHooks to it.
func DeployRecordingInboxHooks(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *RecordingInboxHooks, error) {
	parsed, err := RecordingInboxHooksMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RecordingInboxHooksBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &RecordingInboxHooks{RecordingInboxHooksCaller: RecordingInboxHooksCaller{contract: contract}, RecordingInboxHooksTransactor: RecordingInboxHooksTransactor{contract: contract}, RecordingInboxHooksFilterer: RecordingInboxHooksFilterer{contract: contract}}, nil
}

// RecordingInboxHooks is an auto generated Go binding around an Ethereum contract.
type RecordingInboxHooks struct {
	RecordingInboxHooksCaller     // Read-only binding to the contract
	RecordingInboxHooksTransactor // Write-only binding to the contract
	RecordingInboxHooksFilterer   // Log filterer for contract events
}

// RecordingInboxHooksCaller is an auto generated read-only Go binding around an Ethereum contract.
type RecordingInboxHooksCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RecordingInboxHooksTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RecordingInboxHooksTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RecordingInboxHooksFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RecordingInboxHooksFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RecordingInboxHooksSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RecordingInboxHooksSession struct {
	Contract     *RecordingInboxHooks // Generic contract binding to set the session for
	CallOpts     bind.CallOpts        // Call options to use throughout this session
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// RecordingInboxHooksCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RecordingInboxHooksCallerSession struct {
	Contract *RecordingInboxHooksCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts              // Call options to use throughout this session
}

// RecordingInboxHooksTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RecordingInboxHooksTransactorSession struct {
	Contract     *RecordingInboxHooksTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts              // Transaction auth options to use throughout this session
}

// RecordingInboxHooksRaw is an auto generated low-level Go binding around an Ethereum contract.
type RecordingInboxHooksRaw struct {
	Contract *RecordingInboxHooks // Generic contract binding to access the raw methods on
}

// RecordingInboxHooksCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RecordingInboxHooksCallerRaw struct {
	Contract *RecordingInboxHooksCaller // Generic read-only contract binding to access the raw methods on
}

// RecordingInboxHooksTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RecordingInboxHooksTransactorRaw struct {
	Contract *RecordingInboxHooksTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRecordingInboxHooks creates a new instance of RecordingInboxHooks, bound to a specific deployed contract.
func NewRecordingInboxHooks(address common.Address, backend bind.ContractBackend) (*RecordingInboxHooks, error) {
	contract, err := bindRecordingInboxHooks(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &RecordingInboxHooks{RecordingInboxHooksCaller: RecordingInboxHooksCaller{contract: contract}, RecordingInboxHooksTransactor: RecordingInboxHooksTransactor{contract: contract}, RecordingInboxHooksFilterer: RecordingInboxHooksFilterer{contract: contract}}, nil
}

// NewRecordingInboxHooksCaller creates a new read-only instance of RecordingInboxHooks, bound to a specific deployed contract.
func NewRecordingInboxHooksCaller(address common.Address, caller bind.ContractCaller) (*RecordingInboxHooksCaller, error) {
	contract, err := bindRecordingInboxHooks(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RecordingInboxHooksCaller{contract: contract}, nil
}

// NewRecordingInboxHooksTransactor creates a new write-only instance of RecordingInboxHooks, bound to a specific deployed contract.
func NewRecordingInboxHooksTransactor(address common.Address, transactor bind.ContractTransactor) (*RecordingInboxHooksTransactor, error) {
	contract, err := bindRecordingInboxHooks(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RecordingInboxHooksTransactor{contract: contract}, nil
}

// NewRecordingInboxHooksFilterer creates a new log filterer instance of RecordingInboxHooks, bound to a specific deployed contract.
func NewRecordingInboxHooksFilterer(address common.Address, filterer bind.ContractFilterer) (*RecordingInboxHooksFilterer, error) {
	contract, err := bindRecordingInboxHooks(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RecordingInboxHooksFilterer{contract: contract}, nil
}

// bindRecordingInboxHooks binds a generic wrapper to an already deployed contract.
func bindRecordingInboxHooks(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RecordingInboxHooksMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RecordingInboxHooks *RecordingInboxHooksRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RecordingInboxHooks.Contract.RecordingInboxHooksCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RecordingInboxHooks *RecordingInboxHooksRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RecordingInboxHooks.Contract.RecordingInboxHooksTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RecordingInboxHooks *RecordingInboxHooksRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RecordingInboxHooks.Contract.RecordingInboxHooksTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RecordingInboxHooks *RecordingInboxHooksCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RecordingInboxHooks.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RecordingInboxHooks *RecordingInboxHooksTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RecordingInboxHooks.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RecordingInboxHooks *RecordingInboxHooksTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RecordingInboxHooks.Contract.contract.Transact(opts, method, params...)
}

// Fail is a free data retrieval call binding the contract method 0xa9cc4718.
//
// Solidity: function fail() view returns(bool)
func (_RecordingInboxHooks *RecordingInboxHooksCaller) Fail(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _RecordingInboxHooks.contract.Call(opts, &out, "fail")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Fail is a free data retrieval call binding the contract method 0xa9cc4718.
//
// Solidity: function fail() view returns(bool)
func (_RecordingInboxHooks *RecordingInboxHooksSession) Fail() (bool, error) {
	return _RecordingInboxHooks.Contract.Fail(&_RecordingInboxHooks.CallOpts)
}

// Fail is a free data retrieval call binding the contract method 0xa9cc4718.
//
// Solidity: function fail() view returns(bool)
func (_RecordingInboxHooks *RecordingInboxHooksCallerSession) Fail() (bool, error) {
	return _RecordingInboxHooks.Contract.Fail(&_RecordingInboxHooks.CallOpts)
}

// OnBatchCommitted is a paid mutator transaction binding the contract method 0x3bc4bd4a.
//
// Solidity: function onBatchCommitted(uint64 chainId, uint64 batchIndex, uint64 epoch, address submitter, uint256 signerBitmap) returns()
func (_RecordingInboxHooks *RecordingInboxHooksTransactor) OnBatchCommitted(opts *bind.TransactOpts, chainId uint64, batchIndex uint64, epoch uint64, submitter common.Address, signerBitmap *big.Int) (*types.Transaction, error) {
	return _RecordingInboxHooks.contract.Transact(opts, "onBatchCommitted", chainId, batchIndex, epoch, submitter, signerBitmap)
}

// OnBatchCommitted is a paid mutator transaction binding the contract method 0x3bc4bd4a.
//
// Solidity: function onBatchCommitted(uint64 chainId, uint64 batchIndex, uint64 epoch, address submitter, uint256 signerBitmap) returns()
func (_RecordingInboxHooks *RecordingInboxHooksSession) OnBatchCommitted(chainId uint64, batchIndex uint64, epoch uint64, submitter common.Address, signerBitmap *big.Int) (*types.Transaction, error) {
	return _RecordingInboxHooks.Contract.OnBatchCommitted(&_RecordingInboxHooks.TransactOpts, chainId, batchIndex, epoch, submitter, signerBitmap)
}

// OnBatchCommitted is a paid mutator transaction binding the contract method 0x3bc4bd4a.
//
// Solidity: function onBatchCommitted(uint64 chainId, uint64 batchIndex, uint64 epoch, address submitter, uint256 signerBitmap) returns()
func (_RecordingInboxHooks *RecordingInboxHooksTransactorSession) OnBatchCommitted(chainId uint64, batchIndex uint64, epoch uint64, submitter common.Address, signerBitmap *big.Int) (*types.Transaction, error) {
	return _RecordingInboxHooks.Contract.OnBatchCommitted(&_RecordingInboxHooks.TransactOpts, chainId, batchIndex, epoch, submitter, signerBitmap)
}

// RecordMissedWindow is a paid mutator transaction binding the contract method 0x01cc825e.
//
// Solidity: function recordMissedWindow(address operator, uint64 chainId, uint64 batchIndex) returns()
func (_RecordingInboxHooks *RecordingInboxHooksTransactor) RecordMissedWindow(opts *bind.TransactOpts, operator common.Address, chainId uint64, batchIndex uint64) (*types.Transaction, error) {
	return _RecordingInboxHooks.contract.Transact(opts, "recordMissedWindow", operator, chainId, batchIndex)
}

// RecordMissedWindow is a paid mutator transaction binding the contract method 0x01cc825e.
//
// Solidity: function recordMissedWindow(address operator, uint64 chainId, uint64 batchIndex) returns()
func (_RecordingInboxHooks *RecordingInboxHooksSession) RecordMissedWindow(operator common.Address, chainId uint64, batchIndex uint64) (*types.Transaction, error) {
	return _RecordingInboxHooks.Contract.RecordMissedWindow(&_RecordingInboxHooks.TransactOpts, operator, chainId, batchIndex)
}

// RecordMissedWindow is a paid mutator transaction binding the contract method 0x01cc825e.
//
// Solidity: function recordMissedWindow(address operator, uint64 chainId, uint64 batchIndex) returns()
func (_RecordingInboxHooks *RecordingInboxHooksTransactorSession) RecordMissedWindow(operator common.Address, chainId uint64, batchIndex uint64) (*types.Transaction, error) {
	return _RecordingInboxHooks.Contract.RecordMissedWindow(&_RecordingInboxHooks.TransactOpts, operator, chainId, batchIndex)
}

// SetFail is a paid mutator transaction binding the contract method 0x9d769402.
//
// Solidity: function setFail(bool fail_) returns()
func (_RecordingInboxHooks *RecordingInboxHooksTransactor) SetFail(opts *bind.TransactOpts, fail_ bool) (*types.Transaction, error) {
	return _RecordingInboxHooks.contract.Transact(opts, "setFail", fail_)
}

// SetFail is a paid mutator transaction binding the contract method 0x9d769402.
//
// Solidity: function setFail(bool fail_) returns()
func (_RecordingInboxHooks *RecordingInboxHooksSession) SetFail(fail_ bool) (*types.Transaction, error) {
	return _RecordingInboxHooks.Contract.SetFail(&_RecordingInboxHooks.TransactOpts, fail_)
}

// SetFail is a paid mutator transaction binding the contract method 0x9d769402.
//
// Solidity: function setFail(bool fail_) returns()
func (_RecordingInboxHooks *RecordingInboxHooksTransactorSession) SetFail(fail_ bool) (*types.Transaction, error) {
	return _RecordingInboxHooks.Contract.SetFail(&_RecordingInboxHooks.TransactOpts, fail_)
}

// RecordingInboxHooksBatchCommittedRecordedIterator is returned from FilterBatchCommittedRecorded and is used to iterate over the raw logs and unpacked data for BatchCommittedRecorded events raised by the RecordingInboxHooks contract.
type RecordingInboxHooksBatchCommittedRecordedIterator struct {
	Event *RecordingInboxHooksBatchCommittedRecorded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RecordingInboxHooksBatchCommittedRecordedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RecordingInboxHooksBatchCommittedRecorded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RecordingInboxHooksBatchCommittedRecorded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RecordingInboxHooksBatchCommittedRecordedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RecordingInboxHooksBatchCommittedRecordedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RecordingInboxHooksBatchCommittedRecorded represents a BatchCommittedRecorded event raised by the RecordingInboxHooks contract.
type RecordingInboxHooksBatchCommittedRecorded struct {
	Caller       common.Address
	ChainId      uint64
	BatchIndex   uint64
	Epoch        uint64
	Submitter    common.Address
	SignerBitmap *big.Int
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterBatchCommittedRecorded is a free log retrieval operation binding the contract event 0x99563f0194ea2009c99c1220ec491780ffd0e1de0295fbcacb81cbdf2f29d8e2.
//
// Solidity: event BatchCommittedRecorded(address indexed caller, uint64 chainId, uint64 batchIndex, uint64 epoch, address submitter, uint256 signerBitmap)
func (_RecordingInboxHooks *RecordingInboxHooksFilterer) FilterBatchCommittedRecorded(opts *bind.FilterOpts, caller []common.Address) (*RecordingInboxHooksBatchCommittedRecordedIterator, error) {

	var callerRule []interface{}
	for _, callerItem := range caller {
		callerRule = append(callerRule, callerItem)
	}

	logs, sub, err := _RecordingInboxHooks.contract.FilterLogs(opts, "BatchCommittedRecorded", callerRule)
	if err != nil {
		return nil, err
	}
	return &RecordingInboxHooksBatchCommittedRecordedIterator{contract: _RecordingInboxHooks.contract, event: "BatchCommittedRecorded", logs: logs, sub: sub}, nil
}

// WatchBatchCommittedRecorded is a free log subscription operation binding the contract event 0x99563f0194ea2009c99c1220ec491780ffd0e1de0295fbcacb81cbdf2f29d8e2.
//
// Solidity: event BatchCommittedRecorded(address indexed caller, uint64 chainId, uint64 batchIndex, uint64 epoch, address submitter, uint256 signerBitmap)
func (_RecordingInboxHooks *RecordingInboxHooksFilterer) WatchBatchCommittedRecorded(opts *bind.WatchOpts, sink chan<- *RecordingInboxHooksBatchCommittedRecorded, caller []common.Address) (event.Subscription, error) {

	var callerRule []interface{}
	for _, callerItem := range caller {
		callerRule = append(callerRule, callerItem)
	}

	logs, sub, err := _RecordingInboxHooks.contract.WatchLogs(opts, "BatchCommittedRecorded", callerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RecordingInboxHooksBatchCommittedRecorded)
				if err := _RecordingInboxHooks.contract.UnpackLog(event, "BatchCommittedRecorded", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBatchCommittedRecorded is a log parse operation binding the contract event 0x99563f0194ea2009c99c1220ec491780ffd0e1de0295fbcacb81cbdf2f29d8e2.
//
// Solidity: event BatchCommittedRecorded(address indexed caller, uint64 chainId, uint64 batchIndex, uint64 epoch, address submitter, uint256 signerBitmap)
func (_RecordingInboxHooks *RecordingInboxHooksFilterer) ParseBatchCommittedRecorded(log types.Log) (*RecordingInboxHooksBatchCommittedRecorded, error) {
	event := new(RecordingInboxHooksBatchCommittedRecorded)
	if err := _RecordingInboxHooks.contract.UnpackLog(event, "BatchCommittedRecorded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RecordingInboxHooksMissedWindowRecordedIterator is returned from FilterMissedWindowRecorded and is used to iterate over the raw logs and unpacked data for MissedWindowRecorded events raised by the RecordingInboxHooks contract.
type RecordingInboxHooksMissedWindowRecordedIterator struct {
	Event *RecordingInboxHooksMissedWindowRecorded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RecordingInboxHooksMissedWindowRecordedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RecordingInboxHooksMissedWindowRecorded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RecordingInboxHooksMissedWindowRecorded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RecordingInboxHooksMissedWindowRecordedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RecordingInboxHooksMissedWindowRecordedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RecordingInboxHooksMissedWindowRecorded represents a MissedWindowRecorded event raised by the RecordingInboxHooks contract.
type RecordingInboxHooksMissedWindowRecorded struct {
	Caller     common.Address
	Operator   common.Address
	ChainId    uint64
	BatchIndex uint64
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterMissedWindowRecorded is a free log retrieval operation binding the contract event 0x2a5f073fe6cc00b820926c27aa3539b0ce9e3a3f81f37ffc0483a98be7f6bab4.
//
// Solidity: event MissedWindowRecorded(address indexed caller, address indexed operator, uint64 chainId, uint64 batchIndex)
func (_RecordingInboxHooks *RecordingInboxHooksFilterer) FilterMissedWindowRecorded(opts *bind.FilterOpts, caller []common.Address, operator []common.Address) (*RecordingInboxHooksMissedWindowRecordedIterator, error) {

	var callerRule []interface{}
	for _, callerItem := range caller {
		callerRule = append(callerRule, callerItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _RecordingInboxHooks.contract.FilterLogs(opts, "MissedWindowRecorded", callerRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return &RecordingInboxHooksMissedWindowRecordedIterator{contract: _RecordingInboxHooks.contract, event: "MissedWindowRecorded", logs: logs, sub: sub}, nil
}

// WatchMissedWindowRecorded is a free log subscription operation binding the contract event 0x2a5f073fe6cc00b820926c27aa3539b0ce9e3a3f81f37ffc0483a98be7f6bab4.
//
// Solidity: event MissedWindowRecorded(address indexed caller, address indexed operator, uint64 chainId, uint64 batchIndex)
func (_RecordingInboxHooks *RecordingInboxHooksFilterer) WatchMissedWindowRecorded(opts *bind.WatchOpts, sink chan<- *RecordingInboxHooksMissedWindowRecorded, caller []common.Address, operator []common.Address) (event.Subscription, error) {

	var callerRule []interface{}
	for _, callerItem := range caller {
		callerRule = append(callerRule, callerItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _RecordingInboxHooks.contract.WatchLogs(opts, "MissedWindowRecorded", callerRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RecordingInboxHooksMissedWindowRecorded)
				if err := _RecordingInboxHooks.contract.UnpackLog(event, "MissedWindowRecorded", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMissedWindowRecorded is a log parse operation binding the contract event 0x2a5f073fe6cc00b820926c27aa3539b0ce9e3a3f81f37ffc0483a98be7f6bab4.
//
// Solidity: event MissedWindowRecorded(address indexed caller, address indexed operator, uint64 chainId, uint64 batchIndex)
func (_RecordingInboxHooks *RecordingInboxHooksFilterer) ParseMissedWindowRecorded(log types.Log) (*RecordingInboxHooksMissedWindowRecorded, error) {
	event := new(RecordingInboxHooksMissedWindowRecorded)
	if err := _RecordingInboxHooks.contract.UnpackLog(event, "MissedWindowRecorded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardsMetaData contains all meta data concerning the Rewards contract.
var RewardsMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractOperatorRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"inbox_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"submissionFee_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"signerRewardPerBatch_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"signerRewardsRecipient_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotInbox\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"submitterFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"signerRewards\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"signedStake\",\"type\":\"uint256\"}],\"name\":\"BatchRewarded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalPaidIn\",\"type\":\"uint256\"}],\"name\":\"Funded\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"accrued\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"claimFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fund\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inbox\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"signerBitmap\",\"type\":\"uint256\"}],\"name\":\"onBatchCommitted\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractOperatorRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"signerRewardPerBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"signerRewardsRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"submissionFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAllocated\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalClaimed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalPaidIn\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unallocated\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x610120604052348015610010575f5ffd5b50604051610e2d380380610e2d83398101604081905261002f916100a8565b6001600160a01b038516158061004c57506001600160a01b038416155b1561006a576040516306b7c75960e31b815260040160405180910390fd5b6001600160a01b0394851660805292841660a05260c09190915260e0521661010052610106565b6001600160a01b03811681146100a5575f5ffd5b50565b5f5f5f5f5f60a086880312156100bc575f5ffd5b85516100c781610091565b60208701519095506100d881610091565b60408701516060880151608089015192965090945092506100f881610091565b809150509295509295909350565b60805160a05160c05160e05161010051610cab6101825f395f8181610170015281816104d3015261050a01525f81816101ee0152818161046e015261049a01525f818161029c015281816103dc015261040801525f81816102cf015261037101525f81816101bb0152818161065901526107b00152610cab5ff3fe6080604052600436106100dc575f3560e01c8063b148440f1161007c578063ddeae03311610057578063ddeae03314610258578063df1c455c14610277578063e88889421461028b578063fb0e722b146102be575f5ffd5b8063b148440f14610210578063b60d42881461023b578063d54ad2a114610243575f5ffd5b80634e71d92d116100b75780634e71d92d1461014b57806360fae05d1461015f5780637b103999146101aa578063aeb2b1b2146101dd575f5ffd5b80632a3868c4146100ef5780633bc4bd4a1461011757806345f7f24914610136575f5ffd5b366100eb576100e96102f1565b005b5f5ffd5b3480156100fa575f5ffd5b5061010460015481565b6040519081526020015b60405180910390f35b348015610122575f5ffd5b506100e9610131366004610adc565b610366565b348015610141575f5ffd5b5061010460025481565b348015610156575f5ffd5b506100e96105f7565b34801561016a575f5ffd5b506101927f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161010e565b3480156101b5575f5ffd5b506101927f000000000000000000000000000000000000000000000000000000000000000081565b3480156101e8575f5ffd5b506101047f000000000000000000000000000000000000000000000000000000000000000081565b34801561021b575f5ffd5b5061010461022a366004610b36565b5f6020819052908152604090205481565b6100e9610602565b34801561024e575f5ffd5b5061010460035481565b348015610263575f5ffd5b506100e9610272366004610b36565b61060a565b348015610282575f5ffd5b50610104610616565b348015610296575f5ffd5b506101047f000000000000000000000000000000000000000000000000000000000000000081565b3480156102c9575f5ffd5b506101927f000000000000000000000000000000000000000000000000000000000000000081565b345f0361031157604051631f2a200560e01b815260040160405180910390fd5b5f346001546103209190610b6c565b6001819055604080513481526020810183905291925033917fcd909ec339185c4598a4096e174308fbdf136d117f230960f873a2f2e81f63af910160405180910390a250565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146103b657604051633afbef7360e01b81523360048201526024015b60405180910390fd5b5f6002546001546103c79190610b85565b90505f6001600160a01b0384161561046a57817f0000000000000000000000000000000000000000000000000000000000000000106104065781610428565b7f00000000000000000000000000000000000000000000000000000000000000005b9050801561046a576001600160a01b0384165f9081526020819052604081208054839290610457908490610b6c565b9091555061046790508183610b85565b91505b5f827f00000000000000000000000000000000000000000000000000000000000000001061049857826104ba565b7f00000000000000000000000000000000000000000000000000000000000000005b90505f8082158015906104cc57508515155b15610566577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031615610555576001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f9081526020819052604081208054859290610547908490610b6c565b909155508392506105669050565b61056088878561062c565b90925090505b6105708285610b6c565b60025f8282546105809190610b6c565b90915550506040805167ffffffffffffffff8a8116825260208201879052918101849052606081018390526001600160a01b03891691808c1691908d16907fc18c8f494b85dec0e65977679252a93c02578e354daa78aa69e6aa9bc126a25c9060800160405180910390a450505050505050505050565b6106003361096e565b565b6106006102f1565b6106138161096e565b50565b5f6002546001546106279190610b85565b905090565b6040516319160f7d60e21b815267ffffffffffffffff841660048201525f90819081906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906364583df490602401602060405180830381865afa15801561069e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106c29190610b98565b90506101008110156106e0576106db600180831b610b85565b851694505b5f8167ffffffffffffffff8111156106fa576106fa610baf565b604051908082528060200260200182016040528015610723578160200160208202803683370190505b5090505f8267ffffffffffffffff81111561074057610740610baf565b604051908082528060200260200182016040528015610769578160200160208202803683370190505b5090505f805b88156108a05760018916156108895760405163d0fb813b60e01b815267ffffffffffffffff8b166004820152602481018290525f9081906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063d0fb813b90604401608060405180830381865afa1580156107f5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108199190610bc3565b50915091508186858151811061083157610831610c49565b60200260200101906001600160a01b031690816001600160a01b0316815250508085858151811061086457610864610c49565b60209081029190910101526108798189610b6c565b975061088484610c5d565b935050505b60019890981c9761089981610c5d565b905061076f565b50845f036108b7575f5f9550955050505050610966565b5f5b81811015610960575f868483815181106108d5576108d5610c49565b60200260200101518a6108e89190610c75565b6108f29190610c8c565b9050801561095757805f5f87858151811061090f5761090f610c49565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f8282546109449190610b6c565b9091555061095490508189610b6c565b97505b506001016108b9565b50505050505b935093915050565b6001600160a01b0381165f90815260208190526040812054908190036109b2576040516332559a3360e11b81526001600160a01b03831660048201526024016103ad565b6001600160a01b0382165f908152602081905260408120819055600380548392906109de908490610b6c565b90915550506040515f906001600160a01b0384169083908381818185875af1925050503d805f8114610a2b576040519150601f19603f3d011682016040523d82523d5f602084013e610a30565b606091505b5050905080610a6457604051630e21dcbb60e11b81526001600160a01b0384166004820152602481018390526044016103ad565b826001600160a01b03167fd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a83604051610a9f91815260200190565b60405180910390a2505050565b803567ffffffffffffffff81168114610ac3575f5ffd5b919050565b6001600160a01b0381168114610613575f5ffd5b5f5f5f5f5f60a08688031215610af0575f5ffd5b610af986610aac565b9450610b0760208701610aac565b9350610b1560408701610aac565b92506060860135610b2581610ac8565b949793965091946080013592915050565b5f60208284031215610b46575f5ffd5b8135610b5181610ac8565b9392505050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610b7f57610b7f610b58565b92915050565b81810381811115610b7f57610b7f610b58565b5f60208284031215610ba8575f5ffd5b5051919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f8385036080811215610bd6575f5ffd5b8451610be181610ac8565b602086015190945092506040603f1982011215610bfc575f5ffd5b506040516040810181811067ffffffffffffffff82111715610c2c57634e487b7160e01b5f52604160045260245ffd5b604090815285015181526060909401516020850152509093909250565b634e487b7160e01b5f52603260045260245ffd5b5f60018201610c6e57610c6e610b58565b5060010190565b8082028115828204841417610b7f57610b7f610b58565b5f82610ca657634e487b7160e01b5f52601260045260245ffd5b50049056",
}

// RewardsABI is the input ABI used to generate the binding from.
// Deprecated: Use RewardsMetaData.ABI instead.
var RewardsABI = RewardsMetaData.ABI

// RewardsBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RewardsMetaData.Bin instead.
var RewardsBin = RewardsMetaData.Bin

// DeployRewards deploys a new Ethereum contract, binding an instance of Rewards to it.
func DeployRewards(auth *bind.TransactOpts, backend bind.ContractBackend, registry_ common.Address, inbox_ common.Address, submissionFee_ *big.Int, signerRewardPerBatch_ *big.Int, signerRewardsRecipient_ common.Address) (common.Address, *types.Transaction, *Rewards, error) {
	parsed, err := RewardsMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RewardsBin), backend, registry_, inbox_, submissionFee_, signerRewardPerBatch_, signerRewardsRecipient_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Rewards{RewardsCaller: RewardsCaller{contract: contract}, RewardsTransactor: RewardsTransactor{contract: contract}, RewardsFilterer: RewardsFilterer{contract: contract}}, nil
}

// Rewards is an auto generated Go binding around an Ethereum contract.
type Rewards struct {
	RewardsCaller     // Read-only binding to the contract
	RewardsTransactor // Write-only binding to the contract
	RewardsFilterer   // Log filterer for contract events
}

// RewardsCaller is an auto generated read-only Go binding around an Ethereum contract.
type RewardsCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RewardsTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RewardsTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RewardsFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RewardsFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RewardsSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RewardsSession struct {
	Contract     *Rewards          // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RewardsCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RewardsCallerSession struct {
	Contract *RewardsCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts  // Call options to use throughout this session
}

// RewardsTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RewardsTransactorSession struct {
	Contract     *RewardsTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// RewardsRaw is an auto generated low-level Go binding around an Ethereum contract.
type RewardsRaw struct {
	Contract *Rewards // Generic contract binding to access the raw methods on
}

// RewardsCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RewardsCallerRaw struct {
	Contract *RewardsCaller // Generic read-only contract binding to access the raw methods on
}

// RewardsTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RewardsTransactorRaw struct {
	Contract *RewardsTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRewards creates a new instance of Rewards, bound to a specific deployed contract.
func NewRewards(address common.Address, backend bind.ContractBackend) (*Rewards, error) {
	contract, err := bindRewards(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Rewards{RewardsCaller: RewardsCaller{contract: contract}, RewardsTransactor: RewardsTransactor{contract: contract}, RewardsFilterer: RewardsFilterer{contract: contract}}, nil
}

// NewRewardsCaller creates a new read-only instance of Rewards, bound to a specific deployed contract.
func NewRewardsCaller(address common.Address, caller bind.ContractCaller) (*RewardsCaller, error) {
	contract, err := bindRewards(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RewardsCaller{contract: contract}, nil
}

// NewRewardsTransactor creates a new write-only instance of Rewards, bound to a specific deployed contract.
func NewRewardsTransactor(address common.Address, transactor bind.ContractTransactor) (*RewardsTransactor, error) {
	contract, err := bindRewards(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RewardsTransactor{contract: contract}, nil
}

// NewRewardsFilterer creates a new log filterer instance of Rewards, bound to a specific deployed contract.
func NewRewardsFilterer(address common.Address, filterer bind.ContractFilterer) (*RewardsFilterer, error) {
	contract, err := bindRewards(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RewardsFilterer{contract: contract}, nil
}

// bindRewards binds a generic wrapper to an already deployed contract.
func bindRewards(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RewardsMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Rewards *RewardsRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Rewards.Contract.RewardsCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Rewards *RewardsRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Rewards.Contract.RewardsTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Rewards *RewardsRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Rewards.Contract.RewardsTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Rewards *RewardsCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Rewards.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Rewards *RewardsTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Rewards.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Rewards *RewardsTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Rewards.Contract.contract.Transact(opts, method, params...)
}

// Accrued is a free data retrieval call binding the contract method 0xb148440f.
//
// Solidity: function accrued(address ) view returns(uint256)
func (_Rewards *RewardsCaller) Accrued(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Rewards.contract.Call(opts, &out, "accrued", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Accrued is a free data retrieval call binding the contract method 0xb148440f.
//
// Solidity: function accrued(address ) view returns(uint256)
func (_Rewards *RewardsSession) Accrued(arg0 common.Address) (*big.Int, error) {
	return _Rewards.Contract.Accrued(&_Rewards.CallOpts, arg0)
}

// Accrued is a free data retrieval call binding the contract method 0xb148440f.
//
// Solidity: function accrued(address ) view returns(uint256)
func (_Rewards *RewardsCallerSession) Accrued(arg0 common.Address) (*big.Int, error) {
	return _Rewards.Contract.Accrued(&_Rewards.CallOpts, arg0)
}

// Inbox is a free data retrieval call binding the contract method 0xfb0e722b.
//
// Solidity: function inbox() view returns(address)
func (_Rewards *RewardsCaller) Inbox(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Rewards.contract.Call(opts, &out, "inbox")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Inbox is a free data retrieval call binding the contract method 0xfb0e722b.
//
// Solidity: function inbox() view returns(address)
func (_Rewards *RewardsSession) Inbox() (common.Address, error) {
	return _Rewards.Contract.Inbox(&_Rewards.CallOpts)
}

// Inbox is a free data retrieval call binding the contract method 0xfb0e722b.
//
// Solidity: function inbox() view returns(address)
func (_Rewards *RewardsCallerSession) Inbox() (common.Address, error) {
	return _Rewards.Contract.Inbox(&_Rewards.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Rewards *RewardsCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Rewards.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Rewards *RewardsSession) Registry() (common.Address, error) {
	return _Rewards.Contract.Registry(&_Rewards.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Rewards *RewardsCallerSession) Registry() (common.Address, error) {
	return _Rewards.Contract.Registry(&_Rewards.CallOpts)
}

// SignerRewardPerBatch is a free data retrieval call binding the contract method 0xaeb2b1b2.
//
// Solidity: function signerRewardPerBatch() view returns(uint256)
func (_Rewards *RewardsCaller) SignerRewardPerBatch(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Rewards.contract.Call(opts, &out, "signerRewardPerBatch")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SignerRewardPerBatch is a free data retrieval call binding the contract method 0xaeb2b1b2.
//
// Solidity: function signerRewardPerBatch() view returns(uint256)
func (_Rewards *RewardsSession) SignerRewardPerBatch() (*big.Int, error) {
	return _Rewards.Contract.SignerRewardPerBatch(&_Rewards.CallOpts)
}

// SignerRewardPerBatch is a free data retrieval call binding the contract method 0xaeb2b1b2.
//
// Solidity: function signerRewardPerBatch() view returns(uint256)
func (_Rewards *RewardsCallerSession) SignerRewardPerBatch() (*big.Int, error) {
	return _Rewards.Contract.SignerRewardPerBatch(&_Rewards.CallOpts)
}

// SignerRewardsRecipient is a free data retrieval call binding the contract method 0x60fae05d.
//
// Solidity: function signerRewardsRecipient() view returns(address)
func (_Rewards *RewardsCaller) SignerRewardsRecipient(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Rewards.contract.Call(opts, &out, "signerRewardsRecipient")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// SignerRewardsRecipient is a free data retrieval call binding the contract method 0x60fae05d.
//
// Solidity: function signerRewardsRecipient() view returns(address)
func (_Rewards *RewardsSession) SignerRewardsRecipient() (common.Address, error) {
	return _Rewards.Contract.SignerRewardsRecipient(&_Rewards.CallOpts)
}

// SignerRewardsRecipient is a free data retrieval call binding the contract method 0x60fae05d.
//
// Solidity: function signerRewardsRecipient() view returns(address)
func (_Rewards *RewardsCallerSession) SignerRewardsRecipient() (common.Address, error) {
	return _Rewards.Contract.SignerRewardsRecipient(&_Rewards.CallOpts)
}

// SubmissionFee is a free data retrieval call binding the contract method 0xe8888942.
//
// Solidity: function submissionFee() view returns(uint256)
func (_Rewards *RewardsCaller) SubmissionFee(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Rewards.contract.Call(opts, &out, "submissionFee")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SubmissionFee is a free data retrieval call binding the contract method 0xe8888942.
//
// Solidity: function submissionFee() view returns(uint256)
func (_Rewards *RewardsSession) SubmissionFee() (*big.Int, error) {
	return _Rewards.Contract.SubmissionFee(&_Rewards.CallOpts)
}

// SubmissionFee is a free data retrieval call binding the contract method 0xe8888942.
//
// Solidity: function submissionFee() view returns(uint256)
func (_Rewards *RewardsCallerSession) SubmissionFee() (*big.Int, error) {
	return _Rewards.Contract.SubmissionFee(&_Rewards.CallOpts)
}

// TotalAllocated is a free data retrieval call binding the contract method 0x45f7f249.
//
// Solidity: function totalAllocated() view returns(uint256)
func (_Rewards *RewardsCaller) TotalAllocated(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Rewards.contract.Call(opts, &out, "totalAllocated")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalAllocated is a free data retrieval call binding the contract method 0x45f7f249.
//
// Solidity: function totalAllocated() view returns(uint256)
func (_Rewards *RewardsSession) TotalAllocated() (*big.Int, error) {
	return _Rewards.Contract.TotalAllocated(&_Rewards.CallOpts)
}

// TotalAllocated is a free data retrieval call binding the contract method 0x45f7f249.
//
// Solidity: function totalAllocated() view returns(uint256)
func (_Rewards *RewardsCallerSession) TotalAllocated() (*big.Int, error) {
	return _Rewards.Contract.TotalAllocated(&_Rewards.CallOpts)
}

// TotalClaimed is a free data retrieval call binding the contract method 0xd54ad2a1.
//
// Solidity: function totalClaimed() view returns(uint256)
func (_Rewards *RewardsCaller) TotalClaimed(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Rewards.contract.Call(opts, &out, "totalClaimed")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalClaimed is a free data retrieval call binding the contract method 0xd54ad2a1.
//
// Solidity: function totalClaimed() view returns(uint256)
func (_Rewards *RewardsSession) TotalClaimed() (*big.Int, error) {
	return _Rewards.Contract.TotalClaimed(&_Rewards.CallOpts)
}

// TotalClaimed is a free data retrieval call binding the contract method 0xd54ad2a1.
//
// Solidity: function totalClaimed() view returns(uint256)
func (_Rewards *RewardsCallerSession) TotalClaimed() (*big.Int, error) {
	return _Rewards.Contract.TotalClaimed(&_Rewards.CallOpts)
}

// TotalPaidIn is a free data retrieval call binding the contract method 0x2a3868c4.
//
// Solidity: function totalPaidIn() view returns(uint256)
func (_Rewards *RewardsCaller) TotalPaidIn(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Rewards.contract.Call(opts, &out, "totalPaidIn")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalPaidIn is a free data retrieval call binding the contract method 0x2a3868c4.
//
// Solidity: function totalPaidIn() view returns(uint256)
func (_Rewards *RewardsSession) TotalPaidIn() (*big.Int, error) {
	return _Rewards.Contract.TotalPaidIn(&_Rewards.CallOpts)
}

// TotalPaidIn is a free data retrieval call binding the contract method 0x2a3868c4.
//
// Solidity: function totalPaidIn() view returns(uint256)
func (_Rewards *RewardsCallerSession) TotalPaidIn() (*big.Int, error) {
	return _Rewards.Contract.TotalPaidIn(&_Rewards.CallOpts)
}

// Unallocated is a free data retrieval call binding the contract method 0xdf1c455c.
//
// Solidity: function unallocated() view returns(uint256)
func (_Rewards *RewardsCaller) Unallocated(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Rewards.contract.Call(opts, &out, "unallocated")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Unallocated is a free data retrieval call binding the contract method 0xdf1c455c.
//
// Solidity: function unallocated() view returns(uint256)
func (_Rewards *RewardsSession) Unallocated() (*big.Int, error) {
	return _Rewards.Contract.Unallocated(&_Rewards.CallOpts)
}

// Unallocated is a free data retrieval call binding the contract method 0xdf1c455c.
//
// Solidity: function unallocated() view returns(uint256)
func (_Rewards *RewardsCallerSession) Unallocated() (*big.Int, error) {
	return _Rewards.Contract.Unallocated(&_Rewards.CallOpts)
}

// Claim is a paid mutator transaction binding the contract method 0x4e71d92d.
//
// Solidity: function claim() returns()
func (_Rewards *RewardsTransactor) Claim(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Rewards.contract.Transact(opts, "claim")
}

// Claim is a paid mutator transaction binding the contract method 0x4e71d92d.
//
// Solidity: function claim() returns()
func (_Rewards *RewardsSession) Claim() (*types.Transaction, error) {
	return _Rewards.Contract.Claim(&_Rewards.TransactOpts)
}

// Claim is a paid mutator transaction binding the contract method 0x4e71d92d.
//
// Solidity: function claim() returns()
func (_Rewards *RewardsTransactorSession) Claim() (*types.Transaction, error) {
	return _Rewards.Contract.Claim(&_Rewards.TransactOpts)
}

// ClaimFor is a paid mutator transaction binding the contract method 0xddeae033.
//
// Solidity: function claimFor(address account) returns()
func (_Rewards *RewardsTransactor) ClaimFor(opts *bind.TransactOpts, account common.Address) (*types.Transaction, error) {
	return _Rewards.contract.Transact(opts, "claimFor", account)
}

// ClaimFor is a paid mutator transaction binding the contract method 0xddeae033.
//
// Solidity: function claimFor(address account) returns()
func (_Rewards *RewardsSession) ClaimFor(account common.Address) (*types.Transaction, error) {
	return _Rewards.Contract.ClaimFor(&_Rewards.TransactOpts, account)
}

// ClaimFor is a paid mutator transaction binding the contract method 0xddeae033.
//
// Solidity: function claimFor(address account) returns()
func (_Rewards *RewardsTransactorSession) ClaimFor(account common.Address) (*types.Transaction, error) {
	return _Rewards.Contract.ClaimFor(&_Rewards.TransactOpts, account)
}

// Fund is a paid mutator transaction binding the contract method 0xb60d4288.
//
// Solidity: function fund() payable returns()
func (_Rewards *RewardsTransactor) Fund(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Rewards.contract.Transact(opts, "fund")
}

// Fund is a paid mutator transaction binding the contract method 0xb60d4288.
//
// Solidity: function fund() payable returns()
func (_Rewards *RewardsSession) Fund() (*types.Transaction, error) {
	return _Rewards.Contract.Fund(&_Rewards.TransactOpts)
}

// Fund is a paid mutator transaction binding the contract method 0xb60d4288.
//
// Solidity: function fund() payable returns()
func (_Rewards *RewardsTransactorSession) Fund() (*types.Transaction, error) {
	return _Rewards.Contract.Fund(&_Rewards.TransactOpts)
}

// OnBatchCommitted is a paid mutator transaction binding the contract method 0x3bc4bd4a.
//
// Solidity: function onBatchCommitted(uint64 chainId, uint64 batchIndex, uint64 epoch, address submitter, uint256 signerBitmap) returns()
func (_Rewards *RewardsTransactor) OnBatchCommitted(opts *bind.TransactOpts, chainId uint64, batchIndex uint64, epoch uint64, submitter common.Address, signerBitmap *big.Int) (*types.Transaction, error) {
	return _Rewards.contract.Transact(opts, "onBatchCommitted", chainId, batchIndex, epoch, submitter, signerBitmap)
}

// OnBatchCommitted is a paid mutator transaction binding the contract method 0x3bc4bd4a.
//
// Solidity: function onBatchCommitted(uint64 chainId, uint64 batchIndex, uint64 epoch, address submitter, uint256 signerBitmap) returns()
func (_Rewards *RewardsSession) OnBatchCommitted(chainId uint64, batchIndex uint64, epoch uint64, submitter common.Address, signerBitmap *big.Int) (*types.Transaction, error) {
	return _Rewards.Contract.OnBatchCommitted(&_Rewards.TransactOpts, chainId, batchIndex, epoch, submitter, signerBitmap)
}

// OnBatchCommitted is a paid mutator transaction binding the contract method 0x3bc4bd4a.
//
// Solidity: function onBatchCommitted(uint64 chainId, uint64 batchIndex, uint64 epoch, address submitter, uint256 signerBitmap) returns()
func (_Rewards *RewardsTransactorSession) OnBatchCommitted(chainId uint64, batchIndex uint64, epoch uint64, submitter common.Address, signerBitmap *big.Int) (*types.Transaction, error) {
	return _Rewards.Contract.OnBatchCommitted(&_Rewards.TransactOpts, chainId, batchIndex, epoch, submitter, signerBitmap)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_Rewards *RewardsTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Rewards.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_Rewards *RewardsSession) Receive() (*types.Transaction, error) {
	return _Rewards.Contract.Receive(&_Rewards.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_Rewards *RewardsTransactorSession) Receive() (*types.Transaction, error) {
	return _Rewards.Contract.Receive(&_Rewards.TransactOpts)
}

// RewardsBatchRewardedIterator is returned from FilterBatchRewarded and is used to iterate over the raw logs and unpacked data for BatchRewarded events raised by the Rewards contract.
type RewardsBatchRewardedIterator struct {
	Event *RewardsBatchRewarded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RewardsBatchRewardedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardsBatchRewarded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RewardsBatchRewarded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RewardsBatchRewardedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardsBatchRewardedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardsBatchRewarded represents a BatchRewarded event raised by the Rewards contract.
type RewardsBatchRewarded struct {
	ChainId       uint64
	BatchIndex    uint64
	Epoch         uint64
	Submitter     common.Address
	SubmitterFee  *big.Int
	SignerRewards *big.Int
	SignedStake   *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterBatchRewarded is a free log retrieval operation binding the contract event 0xc18c8f494b85dec0e65977679252a93c02578e354daa78aa69e6aa9bc126a25c.
//
// Solidity: event BatchRewarded(uint64 indexed chainId, uint64 indexed batchIndex, uint64 epoch, address indexed submitter, uint256 submitterFee, uint256 signerRewards, uint256 signedStake)
func (_Rewards *RewardsFilterer) FilterBatchRewarded(opts *bind.FilterOpts, chainId []uint64, batchIndex []uint64, submitter []common.Address) (*RewardsBatchRewardedIterator, error) {

	var chainIdRule []interface{}
	for _, chainIdItem := range chainId {
		chainIdRule = append(chainIdRule, chainIdItem)
	}
	var batchIndexRule []interface{}
	for _, batchIndexItem := range batchIndex {
		batchIndexRule = append(batchIndexRule, batchIndexItem)
	}

	var submitterRule []interface{}
	for _, submitterItem := range submitter {
		submitterRule = append(submitterRule, submitterItem)
	}

	logs, sub, err := _Rewards.contract.FilterLogs(opts, "BatchRewarded", chainIdRule, batchIndexRule, submitterRule)
	if err != nil {
		return nil, err
	}
	return &RewardsBatchRewardedIterator{contract: _Rewards.contract, event: "BatchRewarded", logs: logs, sub: sub}, nil
}

// WatchBatchRewarded is a free log subscription operation binding the contract event 0xc18c8f494b85dec0e65977679252a93c02578e354daa78aa69e6aa9bc126a25c.
//
// Solidity: event BatchRewarded(uint64 indexed chainId, uint64 indexed batchIndex, uint64 epoch, address indexed submitter, uint256 submitterFee, uint256 signerRewards, uint256 signedStake)
func (_Rewards *RewardsFilterer) WatchBatchRewarded(opts *bind.WatchOpts, sink chan<- *RewardsBatchRewarded, chainId []uint64, batchIndex []uint64, submitter []common.Address) (event.Subscription, error) {

	var chainIdRule []interface{}
	for _, chainIdItem := range chainId {
		chainIdRule = append(chainIdRule, chainIdItem)
	}
	var batchIndexRule []interface{}
	for _, batchIndexItem := range batchIndex {
		batchIndexRule = append(batchIndexRule, batchIndexItem)
	}

	var submitterRule []interface{}
	for _, submitterItem := range submitter {
		submitterRule = append(submitterRule, submitterItem)
	}

	logs, sub, err := _Rewards.contract.WatchLogs(opts, "BatchRewarded", chainIdRule, batchIndexRule, submitterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardsBatchRewarded)
				if err := _Rewards.contract.UnpackLog(event, "BatchRewarded", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBatchRewarded is a log parse operation binding the contract event 0xc18c8f494b85dec0e65977679252a93c02578e354daa78aa69e6aa9bc126a25c.
//
// Solidity: event BatchRewarded(uint64 indexed chainId, uint64 indexed batchIndex, uint64 epoch, address indexed submitter, uint256 submitterFee, uint256 signerRewards, uint256 signedStake)
func (_Rewards *RewardsFilterer) ParseBatchRewarded(log types.Log) (*RewardsBatchRewarded, error) {
	event := new(RewardsBatchRewarded)
	if err := _Rewards.contract.UnpackLog(event, "BatchRewarded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardsClaimedIterator is returned from FilterClaimed and is used to iterate over the raw logs and unpacked data for Claimed events raised by the Rewards contract.
type RewardsClaimedIterator struct {
	Event *RewardsClaimed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RewardsClaimedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardsClaimed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RewardsClaimed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RewardsClaimedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardsClaimedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardsClaimed represents a Claimed event raised by the Rewards contract.
type RewardsClaimed struct {
	Account common.Address
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterClaimed is a free log retrieval operation binding the contract event 0xd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a.
//
// Solidity: event Claimed(address indexed account, uint256 amount)
func (_Rewards *RewardsFilterer) FilterClaimed(opts *bind.FilterOpts, account []common.Address) (*RewardsClaimedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _Rewards.contract.FilterLogs(opts, "Claimed", accountRule)
	if err != nil {
		return nil, err
	}
	return &RewardsClaimedIterator{contract: _Rewards.contract, event: "Claimed", logs: logs, sub: sub}, nil
}

// WatchClaimed is a free log subscription operation binding the contract event 0xd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a.
//
// Solidity: event Claimed(address indexed account, uint256 amount)
func (_Rewards *RewardsFilterer) WatchClaimed(opts *bind.WatchOpts, sink chan<- *RewardsClaimed, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _Rewards.contract.WatchLogs(opts, "Claimed", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardsClaimed)
				if err := _Rewards.contract.UnpackLog(event, "Claimed", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseClaimed is a log parse operation binding the contract event 0xd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a.
//
// Solidity: event Claimed(address indexed account, uint256 amount)
func (_Rewards *RewardsFilterer) ParseClaimed(log types.Log) (*RewardsClaimed, error) {
	event := new(RewardsClaimed)
	if err := _Rewards.contract.UnpackLog(event, "Claimed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardsFundedIterator is returned from FilterFunded and is used to iterate over the raw logs and unpacked data for Funded events raised by the Rewards contract.
type RewardsFundedIterator struct {
	Event *RewardsFunded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RewardsFundedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardsFunded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RewardsFunded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RewardsFundedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardsFundedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardsFunded represents a Funded event raised by the Rewards contract.
type RewardsFunded struct {
	From        common.Address
	Amount      *big.Int
	TotalPaidIn *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterFunded is a free log retrieval operation binding the contract event 0xcd909ec339185c4598a4096e174308fbdf136d117f230960f873a2f2e81f63af.
//
// Solidity: event Funded(address indexed from, uint256 amount, uint256 totalPaidIn)
func (_Rewards *RewardsFilterer) FilterFunded(opts *bind.FilterOpts, from []common.Address) (*RewardsFundedIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _Rewards.contract.FilterLogs(opts, "Funded", fromRule)
	if err != nil {
		return nil, err
	}
	return &RewardsFundedIterator{contract: _Rewards.contract, event: "Funded", logs: logs, sub: sub}, nil
}

// WatchFunded is a free log subscription operation binding the contract event 0xcd909ec339185c4598a4096e174308fbdf136d117f230960f873a2f2e81f63af.
//
// Solidity: event Funded(address indexed from, uint256 amount, uint256 totalPaidIn)
func (_Rewards *RewardsFilterer) WatchFunded(opts *bind.WatchOpts, sink chan<- *RewardsFunded, from []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _Rewards.contract.WatchLogs(opts, "Funded", fromRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardsFunded)
				if err := _Rewards.contract.UnpackLog(event, "Funded", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseFunded is a log parse operation binding the contract event 0xcd909ec339185c4598a4096e174308fbdf136d117f230960f873a2f2e81f63af.
//
// Solidity: event Funded(address indexed from, uint256 amount, uint256 totalPaidIn)
func (_Rewards *RewardsFilterer) ParseFunded(log types.Log) (*RewardsFunded, error) {
	event := new(RewardsFunded)
	if err := _Rewards.contract.UnpackLog(event, "Funded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardsClaimProbeMetaData contains all meta data concerning the RewardsClaimProbe contract.
var RewardsClaimProbeMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractRewards\",\"name\":\"rewards_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"PaymentRejected\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastReentryError\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"received\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentries\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rejectPayments\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewards\",\"outputs\":[{\"internalType\":\"contractRewards\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"reject\",\"type\":\"bool\"}],\"name\":\"setRejectPayments\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x60a0604052348015600e575f5ffd5b50604051610610380380610610833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b60805161058561008b5f395f818160b30152818161024d015261031501526105855ff3fe608060405260043610610071575f3560e01c80635a59799c1161004c5780635a59799c146101d85780636578986d1461020457806383a6deb5146102275780639ec5a8941461023c575f5ffd5b806332a6f6d1146101725780634e71d92d1461019c5780635a2056ba146101b0575f5ffd5b3661016e575f5460ff1615610099576040516338b0ea4360e01b815260040160405180910390fd5b3460015f8282546100aa9190610397565b925050819055507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634e71d92d6040518163ffffffff1660e01b81526004015f604051808303815f87803b158015610109575f5ffd5b505af192505050801561011a575060015b61015b573d808015610147576040519150601f19603f3d011682016040523d82523d5f602084013e61014c565b606091505b5060036101598282610453565b005b60025f815461016990610512565b909155005b5f5ffd5b34801561017d575f5ffd5b50610186610287565b604051610193919061052a565b60405180910390f35b3480156101a7575f5ffd5b50610159610313565b3480156101bb575f5ffd5b505f546101c89060ff1681565b6040519015158152602001610193565b3480156101e3575f5ffd5b506101596101f236600461055f565b5f805460ff1916911515919091179055565b34801561020f575f5ffd5b5061021960025481565b604051908152602001610193565b348015610232575f5ffd5b5061021960015481565b348015610247575f5ffd5b5061026f7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610193565b60038054610294906103c4565b80601f01602080910402602001604051908101604052809291908181526020018280546102c0906103c4565b801561030b5780601f106102e25761010080835404028352916020019161030b565b820191905f5260205f20905b8154815290600101906020018083116102ee57829003601f168201915b505050505081565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634e71d92d6040518163ffffffff1660e01b81526004015f604051808303815f87803b15801561036b575f5ffd5b505af115801561037d573d5f5f3e3d5ffd5b50505050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156103aa576103aa610383565b92915050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806103d857607f821691505b6020821081036103f657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561044e578282111561044e57805f5260205f20601f840160051c602085101561042757505f5b90810190601f840160051c035f5b8181101561044a575f83820155600101610435565b5050505b505050565b815167ffffffffffffffff81111561046d5761046d6103b0565b6104818161047b84546103c4565b846103fc565b6020601f8211600181146104b3575f831561049c5750848201515b5f19600385901b1c1916600184901b17845561050b565b5f84815260208120601f198516915b828110156104e257878501518255602094850194600190920191016104c2565b50848210156104ff57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b5f6001820161052357610523610383565b5060010190565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f6020828403121561056f575f5ffd5b8135801515811461057e575f5ffd5b939250505056",
}

// RewardsClaimProbeABI is the input ABI used to generate the binding from.
// Deprecated: Use RewardsClaimProbeMetaData.ABI instead.
var RewardsClaimProbeABI = RewardsClaimProbeMetaData.ABI

// RewardsClaimProbeBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RewardsClaimProbeMetaData.Bin instead.
var RewardsClaimProbeBin = RewardsClaimProbeMetaData.Bin

// DeployRewardsClaimProbe deploys a new Ethereum contract, binding an instance of RewardsClaimProbe to it.
func DeployRewardsClaimProbe(auth *bind.TransactOpts, backend bind.ContractBackend, rewards_ common.Address) (common.Address, *types.Transaction, *RewardsClaimProbe, error) {
	parsed, err := RewardsClaimProbeMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RewardsClaimProbeBin), backend, rewards_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &RewardsClaimProbe{RewardsClaimProbeCaller: RewardsClaimProbeCaller{contract: contract}, RewardsClaimProbeTransactor: RewardsClaimProbeTransactor{contract: contract}, RewardsClaimProbeFilterer: RewardsClaimProbeFilterer{contract: contract}}, nil
}

// RewardsClaimProbe is an auto generated Go binding around an Ethereum contract.
type RewardsClaimProbe struct {
	RewardsClaimProbeCaller     // Read-only binding to the contract
	RewardsClaimProbeTransactor // Write-only binding to the contract
	RewardsClaimProbeFilterer   // Log filterer for contract events
}

// RewardsClaimProbeCaller is an auto generated read-only Go binding around an Ethereum contract.
type RewardsClaimProbeCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RewardsClaimProbeTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RewardsClaimProbeTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RewardsClaimProbeFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RewardsClaimProbeFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RewardsClaimProbeSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RewardsClaimProbeSession struct {
	Contract     *RewardsClaimProbe // Generic contract binding to set the session for
	CallOpts     bind.CallOpts      // Call options to use throughout this session
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// RewardsClaimProbeCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RewardsClaimProbeCallerSession struct {
	Contract *RewardsClaimProbeCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts            // Call options to use throughout this session
}

// RewardsClaimProbeTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RewardsClaimProbeTransactorSession struct {
	Contract     *RewardsClaimProbeTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// RewardsClaimProbeRaw is an auto generated low-level Go binding around an Ethereum contract.
type RewardsClaimProbeRaw struct {
	Contract *RewardsClaimProbe // Generic contract binding to access the raw methods on
}

// RewardsClaimProbeCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RewardsClaimProbeCallerRaw struct {
	Contract *RewardsClaimProbeCaller // Generic read-only contract binding to access the raw methods on
}

// RewardsClaimProbeTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RewardsClaimProbeTransactorRaw struct {
	Contract *RewardsClaimProbeTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRewardsClaimProbe creates a new instance of RewardsClaimProbe, bound to a specific deployed contract.
func NewRewardsClaimProbe(address common.Address, backend bind.ContractBackend) (*RewardsClaimProbe, error) {
	contract, err := bindRewardsClaimProbe(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &RewardsClaimProbe{RewardsClaimProbeCaller: RewardsClaimProbeCaller{contract: contract}, RewardsClaimProbeTransactor: RewardsClaimProbeTransactor{contract: contract}, RewardsClaimProbeFilterer: RewardsClaimProbeFilterer{contract: contract}}, nil
}

// NewRewardsClaimProbeCaller creates a new read-only instance of RewardsClaimProbe, bound to a specific deployed contract.
func NewRewardsClaimProbeCaller(address common.Address, caller bind.ContractCaller) (*RewardsClaimProbeCaller, error) {
	contract, err := bindRewardsClaimProbe(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RewardsClaimProbeCaller{contract: contract}, nil
}

// NewRewardsClaimProbeTransactor creates a new write-only instance of RewardsClaimProbe, bound to a specific deployed contract.
func NewRewardsClaimProbeTransactor(address common.Address, transactor bind.ContractTransactor) (*RewardsClaimProbeTransactor, error) {
	contract, err := bindRewardsClaimProbe(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RewardsClaimProbeTransactor{contract: contract}, nil
}

// NewRewardsClaimProbeFilterer creates a new log filterer instance of RewardsClaimProbe, bound to a specific deployed contract.
func NewRewardsClaimProbeFilterer(address common.Address, filterer bind.ContractFilterer) (*RewardsClaimProbeFilterer, error) {
	contract, err := bindRewardsClaimProbe(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RewardsClaimProbeFilterer{contract: contract}, nil
}

// bindRewardsClaimProbe binds a generic wrapper to an already deployed contract.
func bindRewardsClaimProbe(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RewardsClaimProbeMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RewardsClaimProbe *RewardsClaimProbeRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RewardsClaimProbe.Contract.RewardsClaimProbeCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RewardsClaimProbe *RewardsClaimProbeRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RewardsClaimProbe.Contract.RewardsClaimProbeTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RewardsClaimProbe *RewardsClaimProbeRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RewardsClaimProbe.Contract.RewardsClaimProbeTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RewardsClaimProbe *RewardsClaimProbeCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RewardsClaimProbe.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RewardsClaimProbe *RewardsClaimProbeTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RewardsClaimProbe.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RewardsClaimProbe *RewardsClaimProbeTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RewardsClaimProbe.Contract.contract.Transact(opts, method, params...)
}

// LastReentryError is a free data retrieval call binding the contract method 0x32a6f6d1.
//
// Solidity: function lastReentryError() view returns(bytes)
func (_RewardsClaimProbe *RewardsClaimProbeCaller) LastReentryError(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _RewardsClaimProbe.contract.Call(opts, &out, "lastReentryError")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// LastReentryError is a free data retrieval call binding the contract method 0x32a6f6d1.
//
// Solidity: function lastReentryError() view returns(bytes)
func (_RewardsClaimProbe *RewardsClaimProbeSession) LastReentryError() ([]byte, error) {
	return _RewardsClaimProbe.Contract.LastReentryError(&_RewardsClaimProbe.CallOpts)
}

// LastReentryError is a free data retrieval call binding the contract method 0x32a6f6d1.
//
// Solidity: function lastReentryError() view returns(bytes)
func (_RewardsClaimProbe *RewardsClaimProbeCallerSession) LastReentryError() ([]byte, error) {
	return _RewardsClaimProbe.Contract.LastReentryError(&_RewardsClaimProbe.CallOpts)
}

// Received is a free data retrieval call binding the contract method 0x83a6deb5.
//
// Solidity: function received() view returns(uint256)
func (_RewardsClaimProbe *RewardsClaimProbeCaller) Received(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RewardsClaimProbe.contract.Call(opts, &out, "received")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Received is a free data retrieval call binding the contract method 0x83a6deb5.
//
// Solidity: function received() view returns(uint256)
func (_RewardsClaimProbe *RewardsClaimProbeSession) Received() (*big.Int, error) {
	return _RewardsClaimProbe.Contract.Received(&_RewardsClaimProbe.CallOpts)
}

// Received is a free data retrieval call binding the contract method 0x83a6deb5.
//
// Solidity: function received() view returns(uint256)
func (_RewardsClaimProbe *RewardsClaimProbeCallerSession) Received() (*big.Int, error) {
	return _RewardsClaimProbe.Contract.Received(&_RewardsClaimProbe.CallOpts)
}

// Reentries is a free data retrieval call binding the contract method 0x6578986d.
//
// Solidity: function reentries() view returns(uint256)
func (_RewardsClaimProbe *RewardsClaimProbeCaller) Reentries(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RewardsClaimProbe.contract.Call(opts, &out, "reentries")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Reentries is a free data retrieval call binding the contract method 0x6578986d.
//
// Solidity: function reentries() view returns(uint256)
func (_RewardsClaimProbe *RewardsClaimProbeSession) Reentries() (*big.Int, error) {
	return _RewardsClaimProbe.Contract.Reentries(&_RewardsClaimProbe.CallOpts)
}

// Reentries is a free data retrieval call binding the contract method 0x6578986d.
//
// Solidity: function reentries() view returns(uint256)
func (_RewardsClaimProbe *RewardsClaimProbeCallerSession) Reentries() (*big.Int, error) {
	return _RewardsClaimProbe.Contract.Reentries(&_RewardsClaimProbe.CallOpts)
}

// RejectPayments is a free data retrieval call binding the contract method 0x5a2056ba.
//
// Solidity: function rejectPayments() view returns(bool)
func (_RewardsClaimProbe *RewardsClaimProbeCaller) RejectPayments(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _RewardsClaimProbe.contract.Call(opts, &out, "rejectPayments")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// RejectPayments is a free data retrieval call binding the contract method 0x5a2056ba.
//
// Solidity: function rejectPayments() view returns(bool)
func (_RewardsClaimProbe *RewardsClaimProbeSession) RejectPayments() (bool, error) {
	return _RewardsClaimProbe.Contract.RejectPayments(&_RewardsClaimProbe.CallOpts)
}

// RejectPayments is a free data retrieval call binding the contract method 0x5a2056ba.
//
// Solidity: function rejectPayments() view returns(bool)
func (_RewardsClaimProbe *RewardsClaimProbeCallerSession) RejectPayments() (bool, error) {
	return _RewardsClaimProbe.Contract.RejectPayments(&_RewardsClaimProbe.CallOpts)
}

// Rewards is a free data retrieval call binding the contract method 0x9ec5a894.
//
// Solidity: function rewards() view returns(address)
func (_RewardsClaimProbe *RewardsClaimProbeCaller) Rewards(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _RewardsClaimProbe.contract.Call(opts, &out, "rewards")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Rewards is a free data retrieval call binding the contract method 0x9ec5a894.
//
// Solidity: function rewards() view returns(address)
func (_RewardsClaimProbe *RewardsClaimProbeSession) Rewards() (common.Address, error) {
	return _RewardsClaimProbe.Contract.Rewards(&_RewardsClaimProbe.CallOpts)
}

// Rewards is a free data retrieval call binding the contract method 0x9ec5a894.
//
// Solidity: function rewards() view returns(address)
func (_RewardsClaimProbe *RewardsClaimProbeCallerSession) Rewards() (common.Address, error) {
	return _RewardsClaimProbe.Contract.Rewards(&_RewardsClaimProbe.CallOpts)
}

// Claim is a paid mutator transaction binding the contract method 0x4e71d92d.
//
// Solidity: function claim() returns()
func (_RewardsClaimProbe *RewardsClaimProbeTransactor) Claim(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RewardsClaimProbe.contract.Transact(opts, "claim")
}

// Claim is a paid mutator transaction binding the contract method 0x4e71d92d.
//
// Solidity: function claim() returns()
func (_RewardsClaimProbe *RewardsClaimProbeSession) Claim() (*types.Transaction, error) {
	return _RewardsClaimProbe.Contract.Claim(&_RewardsClaimProbe.TransactOpts)
}

// Claim is a paid mutator transaction binding the contract method 0x4e71d92d.
//
// Solidity: function claim() returns()
func (_RewardsClaimProbe *RewardsClaimProbeTransactorSession) Claim() (*types.Transaction, error) {
	return _RewardsClaimProbe.Contract.Claim(&_RewardsClaimProbe.TransactOpts)
}

// SetRejectPayments is a paid mutator transaction binding the contract method 0x5a59799c.
//
// Solidity: function setRejectPayments(bool reject) returns()
func (_RewardsClaimProbe *RewardsClaimProbeTransactor) SetRejectPayments(opts *bind.TransactOpts, reject bool) (*types.Transaction, error) {
	return _RewardsClaimProbe.contract.Transact(opts, "setRejectPayments", reject)
}

// SetRejectPayments is a paid mutator transaction binding the contract method 0x5a59799c.
//
// Solidity: function setRejectPayments(bool reject) returns()
func (_RewardsClaimProbe *RewardsClaimProbeSession) SetRejectPayments(reject bool) (*types.Transaction, error) {
	return _RewardsClaimProbe.Contract.SetRejectPayments(&_RewardsClaimProbe.TransactOpts, reject)
}

// SetRejectPayments is a paid mutator transaction binding the contract method 0x5a59799c.
//
// Solidity: function setRejectPayments(bool reject) returns()
func (_RewardsClaimProbe *RewardsClaimProbeTransactorSession) SetRejectPayments(reject bool) (*types.Transaction, error) {
	return _RewardsClaimProbe.Contract.SetRejectPayments(&_RewardsClaimProbe.TransactOpts, reject)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_RewardsClaimProbe *RewardsClaimProbeTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RewardsClaimProbe.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_RewardsClaimProbe *RewardsClaimProbeSession) Receive() (*types.Transaction, error) {
	return _RewardsClaimProbe.Contract.Receive(&_RewardsClaimProbe.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_RewardsClaimProbe *RewardsClaimProbeTransactorSession) Receive() (*types.Transaction, error) {
	return _RewardsClaimProbe.Contract.Receive(&_RewardsClaimProbe.TransactOpts)
}

// SlashingMetaData contains all meta data concerning the Slashing contract.
var SlashingMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractOperatorRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractIStakeSource\",\"name\":\"stakeSource_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"inbox_\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"vetoCommittee_\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"vetoThreshold_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"vetoDelayBlocks_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"equivocationSlashBps_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"missedWindowPenalty_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slashId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"AlreadyVoted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchIndexA\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchIndexB\",\"type\":\"uint64\"}],\"name\":\"BatchIndexMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainIdA\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"chainIdB\",\"type\":\"uint64\"}],\"name\":\"ChainIdMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"G1AddFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"G1MulFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"IdenticalHeaders\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModExpFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotInbox\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotVetoer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PairingInputInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slashId\",\"type\":\"bytes32\"}],\"name\":\"SlashAlreadyExecuted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slashId\",\"type\":\"bytes32\"}],\"name\":\"SlashAlreadyQueued\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slashId\",\"type\":\"bytes32\"}],\"name\":\"SlashIsVetoed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"UnknownOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slashId\",\"type\":\"bytes32\"}],\"name\":\"UnknownSlash\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slashId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"executableAt\",\"type\":\"uint256\"}],\"name\":\"VetoWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slashId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"executableAt\",\"type\":\"uint256\"}],\"name\":\"VetoWindowOpen\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slashId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"headerHashA\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"headerHashB\",\"type\":\"bytes32\"}],\"name\":\"EquivocationProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slashId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"missedWindows\",\"type\":\"uint256\"}],\"name\":\"MissRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slashId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"name\":\"SlashExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slashId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumSlashing.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"executableAt\",\"type\":\"uint256\"}],\"name\":\"SlashQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slashId\",\"type\":\"bytes32\"}],\"name\":\"SlashVetoed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"slashId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"vetoes\",\"type\":\"uint256\"}],\"name\":\"VetoCast\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MISSED_WINDOW_TAG\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"equivocationSlashBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"}],\"name\":\"equivocationSlashId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slashId\",\"type\":\"bytes32\"}],\"name\":\"executeSlash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slashId\",\"type\":\"bytes32\"}],\"name\":\"getSlash\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"enumSlashing.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"enumSlashing.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"executableAt\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"vetoes\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"}],\"internalType\":\"structSlashing.PendingSlash\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slashId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"hasVetoed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"blobHashes\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64\",\"name\":\"l1OriginNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1OriginHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"fallbacks\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"windowStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"}],\"internalType\":\"structBatchHeader\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"headerHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inbox\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isVetoer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"missedWindowPenalty\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"}],\"name\":\"missedWindowSlashId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"missedWindows\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"blobHashes\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64\",\"name\":\"l1OriginNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1OriginHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"fallbacks\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"windowStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"}],\"internalType\":\"structBatchHeader\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"sigA\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"parentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"blobHashes\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64\",\"name\":\"l1OriginNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1OriginHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"fallbacks\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"windowStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"}],\"internalType\":\"structBatchHeader\",\"name\":\"b\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"sigB\",\"type\":\"tuple\"}],\"name\":\"proveEquivocation\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"slashId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"}],\"name\":\"recordMissedWindow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractOperatorRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakeSource\",\"outputs\":[{\"internalType\":\"contractIStakeSource\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slashId\",\"type\":\"bytes32\"}],\"name\":\"veto\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vetoCommittee\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vetoDelayBlocks\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vetoThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x610180604052348015610010575f5ffd5b5060405161289d38038061289d83398101604081905261002f91610297565b6001600160a01b038916158061004c57506001600160a01b038816155b8061005e57506001600160a01b038716155b8061007057506001600160a01b038116155b1561008e576040516306b7c75960e31b815260040160405180910390fd5b6127108311156100b1576040516306b7c75960e31b815260040160405180910390fd5b6001600160401b038411806100cc57506001600160801b0382115b156100ea576040516306b7c75960e31b815260040160405180910390fd5b855161ffff81111561010f576040516306b7c75960e31b815260040160405180910390fd5b805f0361013a578515610135576040516306b7c75960e31b815260040160405180910390fd5b61016d565b85158061014657508086115b8061014f575084155b1561016d576040516306b7c75960e31b815260040160405180910390fd5b5f5b81811015610213575f88828151811061018a5761018a6103e6565b602002602001015190505f6001600160a01b0316816001600160a01b031614806101cb57506001600160a01b0381165f9081526020819052604090205460ff165b156101e9576040516306b7c75960e31b815260040160405180910390fd5b6001600160a01b03165f908152602081905260409020805460ff191660019081179091550161016f565b50600161022088826103fa565b50506001600160a01b0398891660805296881660a05294871660c0529490951660e05261010052506101209290925261014052610160526104a3565b6001600160a01b0381168114610270575f5ffd5b50565b805161027e8161025c565b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f5f5f5f5f5f6101208a8c0312156102b0575f5ffd5b89516102bb8161025c565b60208b01519099506102cc8161025c565b60408b01519098506102dd8161025c565b60608b01519097506001600160401b038111156102f8575f5ffd5b8a01601f81018c13610308575f5ffd5b80516001600160401b0381111561032157610321610283565b604051600582901b90603f8201601f191681016001600160401b038111828210171561034f5761034f610283565b60405291825260208184018101929081018f84111561036c575f5ffd5b6020850194505b838510156103925761038485610273565b815260209485019401610373565b50809950505050505f60808b01519050809550505f60a08b01519050809450505f60c08b01519050809350505f60e08b01519050809250506103d76101008b01610273565b90509295985092959850929598565b634e487b7160e01b5f52603260045260245ffd5b81516001600160401b0381111561041357610413610283565b6801000000000000000081111561042c5761042c610283565b81548183558082101561046057825f528160205f20018282035f5b8181101561045c575f83820155600101610447565b5050505b5060208301610474835f9081526020902090565b5f5b8381101561049b5782516001600160a01b031681830155602090920191600101610476565b505050505050565b60805160a05160c05160e0516101005161012051610140516101605161234b6105525f395f81816101b101526104dc01525f818161018a01526109ae01525f81816103250152610f0801525f81816101fb0152610e9801525f81816102220152610afe01525f81816103c8015261040801525f81816102fe01528181610b2801526112c001525f81816102890152818161086d01528181611330015281816113f401526114ca015261234b5ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c806383e95f28116100b4578063d148463c11610079578063d148463c14610347578063e2908b931461035a578063e32aaeac1461037a578063eb1542181461039c578063fb0e722b146103c3578063fb6f93f9146103ea575f5ffd5b806383e95f28146102ab57806395d6ea93146102d3578063b850cdf7146102e6578063c54a4ccc146102f9578063c8c7034414610320575f5ffd5b8063561a27bb11610105578063561a27bb146101d3578063614f427f146101f657806361d027b31461021d57806369e19d2b1461025c5780636a8dcf541461026f5780637b10399914610284575f5ffd5b806301cc825e14610141578063249d39e914610156578063283547ec1461017257806331389377146101855780634d54c255146101ac575b5f5ffd5b61015461014f3660046119e2565b6103fd565b005b61015f61271081565b6040519081526020015b60405180910390f35b61015f6101803660046119e2565b61055f565b61015f7f000000000000000000000000000000000000000000000000000000000000000081565b61015f7f000000000000000000000000000000000000000000000000000000000000000081565b6101e66101e1366004611a22565b6105d6565b6040519015158152602001610169565b61015f7f000000000000000000000000000000000000000000000000000000000000000081565b6102447f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610169565b61015f61026a3660046119e2565b610602565b610277610639565b6040516101699190611a4c565b6102447f000000000000000000000000000000000000000000000000000000000000000081565b61015f6102b9366004611a97565b6001600160a01b03165f9081526004602052604090205490565b61015f6102e1366004611ad1565b610699565b61015f6102f4366004611b66565b610a51565b6102447f000000000000000000000000000000000000000000000000000000000000000081565b61015f7f000000000000000000000000000000000000000000000000000000000000000081565b61015f610355366004611b7d565b610be9565b61036d610368366004611b66565b610bf6565b6040516101699190611bde565b6101e6610388366004611a97565b5f6020819052908152604090205460ff1681565b61015f7f0586a7c00aaf12dcc6b984a29ab012fd5506f297dc2a6b59695048e24193c73781565b6102447f000000000000000000000000000000000000000000000000000000000000000081565b6101546103f8366004611b66565b610d32565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461044d57604051633afbef7360e01b81523360048201526024015b60405180910390fd5b5f61045984848461055f565b90505f5f82815260026020526040902054600160a81b900460ff16600381111561048557610485611bb6565b146104a657604051630db2730f60e01b815260048101829052602401610444565b6001600160a01b0384165f908152600460205260408120805482906104ca90611cb5565b918290555090506105008286600187877f0000000000000000000000000000000000000000000000000000000000000000610f02565b604080516001600160401b0380871682528516602082015290810182905282906001600160a01b038716907fe1d6b3fd3aa4b715b4a77478a99cd94947ade983dc7d6e33c22b44e3ed88bf489060600160405180910390a35050505050565b604080517f0586a7c00aaf12dcc6b984a29ab012fd5506f297dc2a6b59695048e24193c73760208201526001600160a01b038516918101919091526001600160401b038084166060830152821660808201525f9060a0015b6040516020818303038152906040528051906020012090509392505050565b5f8281526003602090815260408083206001600160a01b038516845290915290205460ff165b92915050565b604080516001600160a01b03851660208201526001600160401b038085169282019290925290821660608201525f906080016105b7565b6060600180548060200260200160405190810160405280929190818152602001828054801561068f57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610671575b5050505050905090565b5f6106a76020840184611ccd565b6001600160401b03166106bd6020870187611ccd565b6001600160401b031614610711576106d86020860186611ccd565b6106e56020850185611ccd565b6040516304cce86960e51b81526001600160401b03928316600482015291166024820152604401610444565b6107216040840160208501611ccd565b6001600160401b031661073a6040870160208801611ccd565b6001600160401b031614610794576107586040860160208701611ccd565b6107686040850160208601611ccd565b6040516381170dbd60e01b81526001600160401b03928316600482015291166024820152604401610444565b5f6107a66107a187611e85565b611117565b90505f6107b56107a186611e85565b90508082036107da57604051630db3ec3760e41b815260048101839052602401610444565b6107fb886107eb60208a018a611ccd565b61026a60408b0160208c01611ccd565b92505f5f84815260026020526040902054600160a81b900460ff16600381111561082757610827611bb6565b1461084857604051630db2730f60e01b815260048101849052602401610444565b604051632861236b60e11b81526001600160a01b0389811660048301525f91829182917f0000000000000000000000000000000000000000000000000000000000000000909116906350c246d69060240161010060405180830381865afa1580156108b5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108d99190611fc3565b50919450925090508061090a57604051630b4fa80360e11b81526001600160a01b038c166004820152602401610444565b61092485848461091f368e90038e018e612060565b611168565b61094457604051633335be5d60e11b815260048101869052602401610444565b61095984848461091f368c90038c018c612060565b61097957604051633335be5d60e11b815260048101859052602401610444565b5f6109d26109ac8d8d6101200160208101906109959190611ccd565b6109a76101408e016101208f01611ccd565b61129f565b7f0000000000000000000000000000000000000000000000000000000000000000611504565b9050610a05878d5f8e5f0160208101906109ec9190611ccd565b8f60200160208101906109ff9190611ccd565b86610f02565b6040805187815260208101879052339189917f0725059be65effe09ae63752364f06c5c96757401bd53f2ac5792cf017a8251f910160405180910390a350505050505095945050505050565b5f5f610a5c83611568565b8054909150600160b01b90046001600160401b0316431015610aab57805460405162450eb360e11b815260048101859052600160b01b9091046001600160401b03166024820152604401610444565b8054600360a81b60ff60a81b1982161782556001820154604051630bfac59960e41b81526001600160a01b03928316600482018190526001600160801b03600160801b90930492909216602482018190527f00000000000000000000000000000000000000000000000000000000000000008416604483015291927f0000000000000000000000000000000000000000000000000000000000000000169063bfac5990906064016020604051808303815f875af1158015610b6e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b929190612091565b9350816001600160a01b0316857f36a1bfd48618ab72f8b5a24fb8649c46cca4932f448114fd064ee3848dd2f2a38387604051610bd9929190918252602082015260400190565b60405180910390a3505050919050565b5f6105fc6107a183611e85565b610c3c6040805161010081019091525f808252602082019081526020015f81525f6020820181905260408201819052606082018190526080820181905260a09091015290565b5f828152600260209081526040918290208251610100810190935280546001600160a01b03811684529091830190600160a01b900460ff166001811115610c8557610c85611bb6565b6001811115610c9657610c96611bb6565b81528154602090910190600160a81b900460ff166003811115610cbb57610cbb611bb6565b6003811115610ccc57610ccc611bb6565b81528154600160b01b81046001600160401b039081166020840152600160f01b90910461ffff1660408301526001909201548083166060830152600160401b81049092166080820152600160801b9091046001600160801b031660a09091015292915050565b335f9081526020819052604090205460ff16610d6357604051636cfb3b4760e11b8152336004820152602401610444565b5f610d6d82611568565b8054909150600160b01b90046001600160401b03164310610dbc5780546040516304a1a18160e21b815260048101849052600160b01b9091046001600160401b03166024820152604401610444565b5f82815260036020908152604080832033845290915290205460ff1615610dff57604051630bcf2ea360e01b815260048101839052336024820152604401610444565b5f82815260036020908152604080832033845290915281208054600160ff1990911681179091558254610e3e91600160f01b90910461ffff16906120a8565b82546001600160f01b0316600160f01b61ffff8316908102919091178455604051908152909150339084907f666414b5eb835962aaf38f7d01134d799c7e1378ef192d463d64ba69e0e8eea59060200160405180910390a37f00000000000000000000000000000000000000000000000000000000000000008161ffff1610610efd57815460ff60a81b1916600160a91b17825560405183907f48bfe2f9431f011451c58243422b9fb9fc3395e5dd51de7f9317a536a7003e9b905f90a25b505050565b5f610f2d7f0000000000000000000000000000000000000000000000000000000000000000436120c2565b9050604051806101000160405280876001600160a01b03168152602001866001811115610f5c57610f5c611bb6565b8152602001600181526001600160401b038084166020808401919091525f6040808501829052898416606086015292881660808501526001600160801b03871660a0909401939093528a8352600281529120825181546001600160a01b039091166001600160a01b031982168117835592840151919283916001600160a81b03191617600160a01b836001811115610ff657610ff6611bb6565b021790555060408201518154829060ff60a81b1916600160a81b83600381111561102257611022611bb6565b02179055506060820151815460808401516001600160b01b03909116600160b01b6001600160401b03938416026001600160f01b031617600160f01b61ffff9092169190910217825560a08301516001909201805460c085015160e0909501519383166fffffffffffffffffffffffffffffffff1990911617600160401b9490921693909302176001600160801b03908116600160801b91909216021790556040516001600160a01b0387169088907fe2e30fcce5bd27016cdc5496f2a8f6ea1162a84685af9aaaa78af067c9c331439061110690899089908990899089906120d5565b60405180910390a350505050505050565b5f7f2374700f4444956615093f545e3578bca8445b2b312a82c11758b5c3fe7d2c6b8260405160200161114b929190612193565b604051602081830303815290604052805190602001209050919050565b5f5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000186865f01518760200151875f0151886020015189604001518a606001518a5f01518b6020015160405160200161120399989796959493929190988952602089019790975260408801959095526060870193909352608086019190915260a085015260c084015260e08301526101008201526101200190565b604051602081830303815290604052805190602001205f1c61122591906122ed565b90505f61123b846112368885611628565b611685565b90505f61127e61124a896116e6565b6112366112786040805180820182525f80825260209182015281518083019092526001825260029082015290565b86611628565b90506112938261128c6117a0565b838961186d565b98975050505050505050565b604051630213119b60e51b81526001600160a01b0384811660048301525f917f000000000000000000000000000000000000000000000000000000000000000090911690634262336090602401602060405180830381865afa158015611307573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061132b9190612091565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663766718086040518163ffffffff1660e01b8152600401602060405180830381865afa15801561138a573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113ae9190612091565b905080846001600160401b031611611466576040516307c5e5db60e41b81526001600160401b03851660048201526001600160a01b0386811660248301526114639184917f00000000000000000000000000000000000000000000000000000000000000001690637c5e5db0906044015b602060405180830381865afa15801561143a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061145e9190612091565b611917565b91505b836001600160401b0316836001600160401b031614158015611491575080836001600160401b031611155b156114fc576040516307c5e5db60e41b81526001600160401b03841660048201526001600160a01b0386811660248301526114f99184917f00000000000000000000000000000000000000000000000000000000000000001690637c5e5db09060440161141f565b91505b509392505050565b5f6127108261151382866122ed565b61151d9190612300565b6115279190612317565b8261153461271086612317565b61153e9190612300565b61154891906120c2565b90506001600160801b038111156105fc57506001600160801b0392915050565b5f81815260026020526040812080549091600160a81b90910460ff169081600381111561159757611597611bb6565b036115b857604051631377bf5d60e11b815260048101849052602401610444565b60028160038111156115cc576115cc611bb6565b036115ed57604051639226529760e01b815260048101849052602401610444565b600381600381111561160157611601611bb6565b0361162257604051632fd6702960e21b815260048101849052602401610444565b50919050565b604080518082019091525f80825260208201525f604051845181526020850151602082015283604082015260408360608360075afa9150508061167e576040516320b873d560e21b815260040160405180910390fd5b5092915050565b604080518082019091525f80825260208201525f6040518451815260208501516020820152835160408201526020840151606082015260408360808360065afa9150508061167e5760405163d6cc76eb60e01b815260040160405180910390fd5b604080518082019091525f80825260208201525f6117115f51602061232b5f395f51905f52846122ed565b90505b5f5f51602061232b5f395f51905f5260035f51602061232b5f395f51905f52845f51602061232b5f395f51905f52868709090890505f6117538261192e565b9050815f51602061232b5f395f51905f5282830903611785576040805180820190915292835260208301525092915050565b5f51602061232b5f395f51905f526001840892505050611714565b6117c760405180608001604052805f81526020015f81526020015f81526020015f81525090565b60405180608001604052807f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c281526020017f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed81526020017f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec81526020017f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d815250905090565b5f5f6040518651815260208701516020820152855160408201526020860151606082015260408601516080820152606086015160a0820152845160c0820152602085015160e082015283516101008201526020840151610120820152604084015161014082015260608401516101608201526020816101808360085afa9051925090508061190e576040516331ac232160e01b815260040160405180910390fd5b50949350505050565b5f8183116119255781611927565b825b9392505050565b5f5f60405160208152602080820152602060408201528360608201527f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5260808201525f51602061232b5f395f51905f5260a082015260208160c08360055afa90519250905080611622576040516301f7ec5f60e41b815260040160405180910390fd5b80356001600160a01b03811681146119c7575f5ffd5b919050565b80356001600160401b03811681146119c7575f5ffd5b5f5f5f606084860312156119f4575f5ffd5b6119fd846119b1565b9250611a0b602085016119cc565b9150611a19604085016119cc565b90509250925092565b5f5f60408385031215611a33575f5ffd5b82359150611a43602084016119b1565b90509250929050565b602080825282518282018190525f918401906040840190835b81811015611a8c5783516001600160a01b0316835260209384019390920191600101611a65565b509095945050505050565b5f60208284031215611aa7575f5ffd5b611927826119b1565b5f6101c08284031215611622575f5ffd5b5f60408284031215611622575f5ffd5b5f5f5f5f5f60e08688031215611ae5575f5ffd5b611aee866119b1565b945060208601356001600160401b03811115611b08575f5ffd5b611b1488828901611ab0565b945050611b248760408801611ac1565b925060808601356001600160401b03811115611b3e575f5ffd5b611b4a88828901611ab0565b925050611b5a8760a08801611ac1565b90509295509295909350565b5f60208284031215611b76575f5ffd5b5035919050565b5f60208284031215611b8d575f5ffd5b81356001600160401b03811115611ba2575f5ffd5b611bae84828501611ab0565b949350505050565b634e487b7160e01b5f52602160045260245ffd5b60028110611bda57611bda611bb6565b9052565b81516001600160a01b03168152602080830151610100830191611c0390840182611bca565b50604083015160048110611c1957611c19611bb6565b806040840152506060830151611c3a60608401826001600160401b03169052565b506080830151611c50608084018261ffff169052565b5060a0830151611c6b60a08401826001600160401b03169052565b5060c0830151611c8660c08401826001600160401b03169052565b5060e083015161167e60e08401826001600160801b03169052565b634e487b7160e01b5f52601160045260245ffd5b5f60018201611cc657611cc6611ca1565b5060010190565b5f60208284031215611cdd575f5ffd5b611927826119cc565b634e487b7160e01b5f52604160045260245ffd5b6040516101c081016001600160401b0381118282101715611d1d57611d1d611ce6565b60405290565b604080519081016001600160401b0381118282101715611d1d57611d1d611ce6565b604051608081016001600160401b0381118282101715611d1d57611d1d611ce6565b604051601f8201601f191681016001600160401b0381118282101715611d8f57611d8f611ce6565b604052919050565b5f6001600160401b03821115611daf57611daf611ce6565b5060051b60200190565b5f82601f830112611dc8575f5ffd5b8135611ddb611dd682611d97565b611d67565b8082825260208201915060208360051b860101925085831115611dfc575f5ffd5b602085015b83811015611e19578035835260209283019201611e01565b5095945050505050565b5f82601f830112611e32575f5ffd5b8135611e40611dd682611d97565b8082825260208201915060208360051b860101925085831115611e61575f5ffd5b602085015b83811015611e1957611e77816119b1565b835260209283019201611e66565b5f6101c08236031215611e96575f5ffd5b611e9e611cfa565b611ea7836119cc565b8152611eb5602084016119cc565b6020820152611ec6604084016119cc565b6040820152611ed7606084016119cc565b60608201526080838101359082015260a0808401359082015260c08301356001600160401b03811115611f08575f5ffd5b611f1436828601611db9565b60c083015250611f2660e084016119cc565b60e08201526101008381013590820152611f4361012084016119cc565b610120820152611f5661014084016119b1565b6101408201526101608301356001600160401b03811115611f75575f5ffd5b611f8136828601611e23565b61016083015250611f9561018084016119cc565b610180820152611fa86101a084016119cc565b6101a082015292915050565b805180151581146119c7575f5ffd5b5f5f5f5f848603610100811215611fd8575f5ffd5b6040811215611fe5575f5ffd5b611fed611d23565b865181526020808801519082015294506080603f198201121561200e575f5ffd5b50612017611d45565b6040868101518252606080880151602084015260808801519183019190915260a08701519082015260c0860151909350915061205560e08601611fb4565b905092959194509250565b5f6040828403128015612071575f5ffd5b5061207a611d23565b823581526020928301359281019290925250919050565b5f602082840312156120a1575f5ffd5b5051919050565b61ffff81811683821601908111156105fc576105fc611ca1565b808201808211156105fc576105fc611ca1565b60a081016120e38288611bca565b6001600160401b03861660208301526001600160401b03851660408301528360608301526001600160401b03831660808301529695505050505050565b5f8151808452602084019350602083015f5b82811015612150578151865260209586019590910190600101612132565b5093949350505050565b5f8151808452602084019350602083015f5b828110156121505781516001600160a01b031686526020958601959091019060010161216c565b828152604060208201526121b36040820183516001600160401b03169052565b5f60208301516121ce60608401826001600160401b03169052565b5060408301516001600160401b03811660808401525060608301516001600160401b03811660a084015250608083015160c083015260a083015160e083015260c08301516101c0610100840152612229610200840182612120565b905060e08401516122466101208501826001600160401b03169052565b506101008401516101408401526101208401516001600160401b038116610160850152506101408401516001600160a01b03811661018085015250610160840151838203603f19016101a085015261229e828261215a565b9150506101808401516122bd6101c08501826001600160401b03169052565b506101a08401516001600160401b0381166101e085015261190e565b634e487b7160e01b5f52601260045260245ffd5b5f826122fb576122fb6122d9565b500690565b80820281158282048414176105fc576105fc611ca1565b5f82612325576123256122d9565b50049056fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47",
}

// SlashingABI is the input ABI used to generate the binding from.
// Deprecated: Use SlashingMetaData.ABI instead.
var SlashingABI = SlashingMetaData.ABI

// SlashingBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SlashingMetaData.Bin instead.
var SlashingBin = SlashingMetaData.Bin

// DeploySlashing deploys a new Ethereum contract, binding an instance of Slashing to it.
func DeploySlashing(auth *bind.TransactOpts, backend bind.ContractBackend, registry_ common.Address, stakeSource_ common.Address, inbox_ common.Address, vetoCommittee_ []common.Address, vetoThreshold_ *big.Int, vetoDelayBlocks_ *big.Int, equivocationSlashBps_ *big.Int, missedWindowPenalty_ *big.Int, treasury_ common.Address) (common.Address, *types.Transaction, *Slashing, error) {
	parsed, err := SlashingMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SlashingBin), backend, registry_, stakeSource_, inbox_, vetoCommittee_, vetoThreshold_, vetoDelayBlocks_, equivocationSlashBps_, missedWindowPenalty_, treasury_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Slashing{SlashingCaller: SlashingCaller{contract: contract}, SlashingTransactor: SlashingTransactor{contract: contract}, SlashingFilterer: SlashingFilterer{contract: contract}}, nil
}

// Slashing is an auto generated Go binding around an Ethereum contract.
type Slashing struct {
	SlashingCaller     // Read-only binding to the contract
	SlashingTransactor // Write-only binding to the contract
	SlashingFilterer   // Log filterer for contract events
}

// SlashingCaller is an auto generated read-only Go binding around an Ethereum contract.
type SlashingCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SlashingTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SlashingTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SlashingFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SlashingFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SlashingSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SlashingSession struct {
	Contract     *Slashing         // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// SlashingCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SlashingCallerSession struct {
	Contract *SlashingCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts   // Call options to use throughout this session
}

// SlashingTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SlashingTransactorSession struct {
	Contract     *SlashingTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// SlashingRaw is an auto generated low-level Go binding around an Ethereum contract.
type SlashingRaw struct {
	Contract *Slashing // Generic contract binding to access the raw methods on
}

// SlashingCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SlashingCallerRaw struct {
	Contract *SlashingCaller // Generic read-only contract binding to access the raw methods on
}

// SlashingTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SlashingTransactorRaw struct {
	Contract *SlashingTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSlashing creates a new instance of Slashing, bound to a specific deployed contract.
func NewSlashing(address common.Address, backend bind.ContractBackend) (*Slashing, error) {
	contract, err := bindSlashing(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Slashing{SlashingCaller: SlashingCaller{contract: contract}, SlashingTransactor: SlashingTransactor{contract: contract}, SlashingFilterer: SlashingFilterer{contract: contract}}, nil
}

// NewSlashingCaller creates a new read-only instance of Slashing, bound to a specific deployed contract.
func NewSlashingCaller(address common.Address, caller bind.ContractCaller) (*SlashingCaller, error) {
	contract, err := bindSlashing(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SlashingCaller{contract: contract}, nil
}

// NewSlashingTransactor creates a new write-only instance of Slashing, bound to a specific deployed contract.
func NewSlashingTransactor(address common.Address, transactor bind.ContractTransactor) (*SlashingTransactor, error) {
	contract, err := bindSlashing(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SlashingTransactor{contract: contract}, nil
}

// NewSlashingFilterer creates a new log filterer instance of Slashing, bound to a specific deployed contract.
func NewSlashingFilterer(address common.Address, filterer bind.ContractFilterer) (*SlashingFilterer, error) {
	contract, err := bindSlashing(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SlashingFilterer{contract: contract}, nil
}

// bindSlashing binds a generic wrapper to an already deployed contract.
func bindSlashing(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SlashingMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Slashing *SlashingRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Slashing.Contract.SlashingCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Slashing *SlashingRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Slashing.Contract.SlashingTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Slashing *SlashingRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Slashing.Contract.SlashingTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Slashing *SlashingCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Slashing.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Slashing *SlashingTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Slashing.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Slashing *SlashingTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Slashing.Contract.contract.Transact(opts, method, params...)
}

// BPS is a free data retrieval call binding the contract method 0x249d39e9.
//
// Solidity: function BPS() view returns(uint256)
func (_Slashing *SlashingCaller) BPS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Slashing.contract.Call(opts, &out, "BPS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BPS is a free data retrieval call binding the contract method 0x249d39e9.
//
// Solidity: function BPS() view returns(uint256)
func (_Slashing *SlashingSession) BPS() (*big.Int, error) {
	return _Slashing.Contract.BPS(&_Slashing.CallOpts)
}

// BPS is a free data retrieval call binding the contract method 0x249d39e9.
//
// Solidity: function BPS() view returns(uint256)
func (_Slashing *SlashingCallerSession) BPS() (*big.Int, error) {
	return _Slashing.Contract.BPS(&_Slashing.CallOpts)
}

// MISSEDWINDOWTAG is a free data retrieval call binding the contract method 0xeb154218.
//
// Solidity: function MISSED_WINDOW_TAG() view returns(bytes32)
func (_Slashing *SlashingCaller) MISSEDWINDOWTAG(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Slashing.contract.Call(opts, &out, "MISSED_WINDOW_TAG")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// MISSEDWINDOWTAG is a free data retrieval call binding the contract method 0xeb154218.
//
// Solidity: function MISSED_WINDOW_TAG() view returns(bytes32)
func (_Slashing *SlashingSession) MISSEDWINDOWTAG() ([32]byte, error) {
	return _Slashing.Contract.MISSEDWINDOWTAG(&_Slashing.CallOpts)
}

// MISSEDWINDOWTAG is a free data retrieval call binding the contract method 0xeb154218.
//
// Solidity: function MISSED_WINDOW_TAG() view returns(bytes32)
func (_Slashing *SlashingCallerSession) MISSEDWINDOWTAG() ([32]byte, error) {
	return _Slashing.Contract.MISSEDWINDOWTAG(&_Slashing.CallOpts)
}

// EquivocationSlashBps is a free data retrieval call binding the contract method 0x31389377.
//
// Solidity: function equivocationSlashBps() view returns(uint256)
func (_Slashing *SlashingCaller) EquivocationSlashBps(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Slashing.contract.Call(opts, &out, "equivocationSlashBps")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// EquivocationSlashBps is a free data retrieval call binding the contract method 0x31389377.
//
// Solidity: function equivocationSlashBps() view returns(uint256)
func (_Slashing *SlashingSession) EquivocationSlashBps() (*big.Int, error) {
	return _Slashing.Contract.EquivocationSlashBps(&_Slashing.CallOpts)
}

// EquivocationSlashBps is a free data retrieval call binding the contract method 0x31389377.
//
// Solidity: function equivocationSlashBps() view returns(uint256)
func (_Slashing *SlashingCallerSession) EquivocationSlashBps() (*big.Int, error) {
	return _Slashing.Contract.EquivocationSlashBps(&_Slashing.CallOpts)
}

// EquivocationSlashId is a free data retrieval call binding the contract method 0x69e19d2b.
//
// Solidity: function equivocationSlashId(address operator, uint64 chainId, uint64 batchIndex) pure returns(bytes32)
func (_Slashing *SlashingCaller) EquivocationSlashId(opts *bind.CallOpts, operator common.Address, chainId uint64, batchIndex uint64) ([32]byte, error) {
	var out []interface{}
	err := _Slashing.contract.Call(opts, &out, "equivocationSlashId", operator, chainId, batchIndex)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// EquivocationSlashId is a free data retrieval call binding the contract method 0x69e19d2b.
//
// Solidity: function equivocationSlashId(address operator, uint64 chainId, uint64 batchIndex) pure returns(bytes32)
func (_Slashing *SlashingSession) EquivocationSlashId(operator common.Address, chainId uint64, batchIndex uint64) ([32]byte, error) {
	return _Slashing.Contract.EquivocationSlashId(&_Slashing.CallOpts, operator, chainId, batchIndex)
}

// EquivocationSlashId is a free data retrieval call binding the contract method 0x69e19d2b.
//
// Solidity: function equivocationSlashId(address operator, uint64 chainId, uint64 batchIndex) pure returns(bytes32)
func (_Slashing *SlashingCallerSession) EquivocationSlashId(operator common.Address, chainId uint64, batchIndex uint64) ([32]byte, error) {
	return _Slashing.Contract.EquivocationSlashId(&_Slashing.CallOpts, operator, chainId, batchIndex)
}

// GetSlash is a free data retrieval call binding the contract method 0xe2908b93.
//
// Solidity: function getSlash(bytes32 slashId) view returns((address,uint8,uint8,uint64,uint16,uint64,uint64,uint128))
func (_Slashing *SlashingCaller) GetSlash(opts *bind.CallOpts, slashId [32]byte) (SlashingPendingSlash, error) {
	var out []interface{}
	err := _Slashing.contract.Call(opts, &out, "getSlash", slashId)

	if err != nil {
		return *new(SlashingPendingSlash), err
	}

	out0 := *abi.ConvertType(out[0], new(SlashingPendingSlash)).(*SlashingPendingSlash)

	return out0, err

}

// GetSlash is a free data retrieval call binding the contract method 0xe2908b93.
//
// Solidity: function getSlash(bytes32 slashId) view returns((address,uint8,uint8,uint64,uint16,uint64,uint64,uint128))
func (_Slashing *SlashingSession) GetSlash(slashId [32]byte) (SlashingPendingSlash, error) {
	return _Slashing.Contract.GetSlash(&_Slashing.CallOpts, slashId)
}

// GetSlash is a free data retrieval call binding the contract method 0xe2908b93.
//
// Solidity: function getSlash(bytes32 slashId) view returns((address,uint8,uint8,uint64,uint16,uint64,uint64,uint128))
func (_Slashing *SlashingCallerSession) GetSlash(slashId [32]byte) (SlashingPendingSlash, error) {
	return _Slashing.Contract.GetSlash(&_Slashing.CallOpts, slashId)
}

// HasVetoed is a free data retrieval call binding the contract method 0x561a27bb.
//
// Solidity: function hasVetoed(bytes32 slashId, address member) view returns(bool)
func (_Slashing *SlashingCaller) HasVetoed(opts *bind.CallOpts, slashId [32]byte, member common.Address) (bool, error) {
	var out []interface{}
	err := _Slashing.contract.Call(opts, &out, "hasVetoed", slashId, member)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasVetoed is a free data retrieval call binding the contract method 0x561a27bb.
//
// Solidity: function hasVetoed(bytes32 slashId, address member) view returns(bool)
func (_Slashing *SlashingSession) HasVetoed(slashId [32]byte, member common.Address) (bool, error) {
	return _Slashing.Contract.HasVetoed(&_Slashing.CallOpts, slashId, member)
}

// HasVetoed is a free data retrieval call binding the contract method 0x561a27bb.
//
// Solidity: function hasVetoed(bytes32 slashId, address member) view returns(bool)
func (_Slashing *SlashingCallerSession) HasVetoed(slashId [32]byte, member common.Address) (bool, error) {
	return _Slashing.Contract.HasVetoed(&_Slashing.CallOpts, slashId, member)
}

// HeaderHash is a free data retrieval call binding the contract method 0xd148463c.
//
// Solidity: function headerHash((uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32[],uint64,bytes32,uint64,address,address[],uint64,uint64) h) pure returns(bytes32)
func (_Slashing *SlashingCaller) HeaderHash(opts *bind.CallOpts, h BatchHeader) ([32]byte, error) {
	var out []interface{}
	err := _Slashing.contract.Call(opts, &out, "headerHash", h)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// HeaderHash is a free data retrieval call binding the contract method 0xd148463c.
//
// Solidity: function headerHash((uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32[],uint64,bytes32,uint64,address,address[],uint64,uint64) h) pure returns(bytes32)
func (_Slashing *SlashingSession) HeaderHash(h BatchHeader) ([32]byte, error) {
	return _Slashing.Contract.HeaderHash(&_Slashing.CallOpts, h)
}

// HeaderHash is a free data retrieval call binding the contract method 0xd148463c.
//
// Solidity: function headerHash((uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32[],uint64,bytes32,uint64,address,address[],uint64,uint64) h) pure returns(bytes32)
func (_Slashing *SlashingCallerSession) HeaderHash(h BatchHeader) ([32]byte, error) {
	return _Slashing.Contract.HeaderHash(&_Slashing.CallOpts, h)
}

// Inbox is a free data retrieval call binding the contract method 0xfb0e722b.
//
// Solidity: function inbox() view returns(address)
func (_Slashing *SlashingCaller) Inbox(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Slashing.contract.Call(opts, &out, "inbox")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Inbox is a free data retrieval call binding the contract method 0xfb0e722b.
//
// Solidity: function inbox() view returns(address)
func (_Slashing *SlashingSession) Inbox() (common.Address, error) {
	return _Slashing.Contract.Inbox(&_Slashing.CallOpts)
}

// Inbox is a free data retrieval call binding the contract method 0xfb0e722b.
//
// Solidity: function inbox() view returns(address)
func (_Slashing *SlashingCallerSession) Inbox() (common.Address, error) {
	return _Slashing.Contract.Inbox(&_Slashing.CallOpts)
}

// IsVetoer is a free data retrieval call binding the contract method 0xe32aaeac.
//
// Solidity: function isVetoer(address ) view returns(bool)
func (_Slashing *SlashingCaller) IsVetoer(opts *bind.CallOpts, arg0 common.Address) (bool, error) {
	var out []interface{}
	err := _Slashing.contract.Call(opts, &out, "isVetoer", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsVetoer is a free data retrieval call binding the contract method 0xe32aaeac.
//
// Solidity: function isVetoer(address ) view returns(bool)
func (_Slashing *SlashingSession) IsVetoer(arg0 common.Address) (bool, error) {
	return _Slashing.Contract.IsVetoer(&_Slashing.CallOpts, arg0)
}

// IsVetoer is a free data retrieval call binding the contract method 0xe32aaeac.
//
// Solidity: function isVetoer(address ) view returns(bool)
func (_Slashing *SlashingCallerSession) IsVetoer(arg0 common.Address) (bool, error) {
	return _Slashing.Contract.IsVetoer(&_Slashing.CallOpts, arg0)
}

// MissedWindowPenalty is a free data retrieval call binding the contract method 0x4d54c255.
//
// Solidity: function missedWindowPenalty() view returns(uint256)
func (_Slashing *SlashingCaller) MissedWindowPenalty(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Slashing.contract.Call(opts, &out, "missedWindowPenalty")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MissedWindowPenalty is a free data retrieval call binding the contract method 0x4d54c255.
//
// Solidity: function missedWindowPenalty() view returns(uint256)
func (_Slashing *SlashingSession) MissedWindowPenalty() (*big.Int, error) {
	return _Slashing.Contract.MissedWindowPenalty(&_Slashing.CallOpts)
}

// MissedWindowPenalty is a free data retrieval call binding the contract method 0x4d54c255.
//
// Solidity: function missedWindowPenalty() view returns(uint256)
func (_Slashing *SlashingCallerSession) MissedWindowPenalty() (*big.Int, error) {
	return _Slashing.Contract.MissedWindowPenalty(&_Slashing.CallOpts)
}

// MissedWindowSlashId is a free data retrieval call binding the contract method 0x283547ec.
//
// Solidity: function missedWindowSlashId(address operator, uint64 chainId, uint64 batchIndex) pure returns(bytes32)
func (_Slashing *SlashingCaller) MissedWindowSlashId(opts *bind.CallOpts, operator common.Address, chainId uint64, batchIndex uint64) ([32]byte, error) {
	var out []interface{}
	err := _Slashing.contract.Call(opts, &out, "missedWindowSlashId", operator, chainId, batchIndex)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// MissedWindowSlashId is a free data retrieval call binding the contract method 0x283547ec.
//
// Solidity: function missedWindowSlashId(address operator, uint64 chainId, uint64 batchIndex) pure returns(bytes32)
func (_Slashing *SlashingSession) MissedWindowSlashId(operator common.Address, chainId uint64, batchIndex uint64) ([32]byte, error) {
	return _Slashing.Contract.MissedWindowSlashId(&_Slashing.CallOpts, operator, chainId, batchIndex)
}

// MissedWindowSlashId is a free data retrieval call binding the contract method 0x283547ec.
//
// Solidity: function missedWindowSlashId(address operator, uint64 chainId, uint64 batchIndex) pure returns(bytes32)
func (_Slashing *SlashingCallerSession) MissedWindowSlashId(operator common.Address, chainId uint64, batchIndex uint64) ([32]byte, error) {
	return _Slashing.Contract.MissedWindowSlashId(&_Slashing.CallOpts, operator, chainId, batchIndex)
}

// MissedWindows is a free data retrieval call binding the contract method 0x83e95f28.
//
// Solidity: function missedWindows(address operator) view returns(uint256)
func (_Slashing *SlashingCaller) MissedWindows(opts *bind.CallOpts, operator common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Slashing.contract.Call(opts, &out, "missedWindows", operator)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MissedWindows is a free data retrieval call binding the contract method 0x83e95f28.
//
// Solidity: function missedWindows(address operator) view returns(uint256)
func (_Slashing *SlashingSession) MissedWindows(operator common.Address) (*big.Int, error) {
	return _Slashing.Contract.MissedWindows(&_Slashing.CallOpts, operator)
}

// MissedWindows is a free data retrieval call binding the contract method 0x83e95f28.
//
// Solidity: function missedWindows(address operator) view returns(uint256)
func (_Slashing *SlashingCallerSession) MissedWindows(operator common.Address) (*big.Int, error) {
	return _Slashing.Contract.MissedWindows(&_Slashing.CallOpts, operator)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Slashing *SlashingCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Slashing.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Slashing *SlashingSession) Registry() (common.Address, error) {
	return _Slashing.Contract.Registry(&_Slashing.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Slashing *SlashingCallerSession) Registry() (common.Address, error) {
	return _Slashing.Contract.Registry(&_Slashing.CallOpts)
}

// StakeSource is a free data retrieval call binding the contract method 0xc54a4ccc.
//
// Solidity: function stakeSource() view returns(address)
func (_Slashing *SlashingCaller) StakeSource(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Slashing.contract.Call(opts, &out, "stakeSource")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// StakeSource is a free data retrieval call binding the contract method 0xc54a4ccc.
//
// Solidity: function stakeSource() view returns(address)
func (_Slashing *SlashingSession) StakeSource() (common.Address, error) {
	return _Slashing.Contract.StakeSource(&_Slashing.CallOpts)
}

// StakeSource is a free data retrieval call binding the contract method 0xc54a4ccc.
//
// Solidity: function stakeSource() view returns(address)
func (_Slashing *SlashingCallerSession) StakeSource() (common.Address, error) {
	return _Slashing.Contract.StakeSource(&_Slashing.CallOpts)
}

// Treasury is a free data retrieval call binding the contract method 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (_Slashing *SlashingCaller) Treasury(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Slashing.contract.Call(opts, &out, "treasury")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Treasury is a free data retrieval call binding the contract method 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (_Slashing *SlashingSession) Treasury() (common.Address, error) {
	return _Slashing.Contract.Treasury(&_Slashing.CallOpts)
}

// Treasury is a free data retrieval call binding the contract method 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (_Slashing *SlashingCallerSession) Treasury() (common.Address, error) {
	return _Slashing.Contract.Treasury(&_Slashing.CallOpts)
}

// VetoCommittee is a free data retrieval call binding the contract method 0x6a8dcf54.
//
// Solidity: function vetoCommittee() view returns(address[])
func (_Slashing *SlashingCaller) VetoCommittee(opts *bind.CallOpts) ([]common.Address, error) {
	var out []interface{}
	err := _Slashing.contract.Call(opts, &out, "vetoCommittee")

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// VetoCommittee is a free data retrieval call binding the contract method 0x6a8dcf54.
//
// Solidity: function vetoCommittee() view returns(address[])
func (_Slashing *SlashingSession) VetoCommittee() ([]common.Address, error) {
	return _Slashing.Contract.VetoCommittee(&_Slashing.CallOpts)
}

// VetoCommittee is a free data retrieval call binding the contract method 0x6a8dcf54.
//
// Solidity: function vetoCommittee() view returns(address[])
func (_Slashing *SlashingCallerSession) VetoCommittee() ([]common.Address, error) {
	return _Slashing.Contract.VetoCommittee(&_Slashing.CallOpts)
}

// VetoDelayBlocks is a free data retrieval call binding the contract method 0xc8c70344.
//
// Solidity: function vetoDelayBlocks() view returns(uint256)
func (_Slashing *SlashingCaller) VetoDelayBlocks(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Slashing.contract.Call(opts, &out, "vetoDelayBlocks")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// VetoDelayBlocks is a free data retrieval call binding the contract method 0xc8c70344.
//
// Solidity: function vetoDelayBlocks() view returns(uint256)
func (_Slashing *SlashingSession) VetoDelayBlocks() (*big.Int, error) {
	return _Slashing.Contract.VetoDelayBlocks(&_Slashing.CallOpts)
}

// VetoDelayBlocks is a free data retrieval call binding the contract method 0xc8c70344.
//
// Solidity: function vetoDelayBlocks() view returns(uint256)
func (_Slashing *SlashingCallerSession) VetoDelayBlocks() (*big.Int, error) {
	return _Slashing.Contract.VetoDelayBlocks(&_Slashing.CallOpts)
}

// VetoThreshold is a free data retrieval call binding the contract method 0x614f427f.
//
// Solidity: function vetoThreshold() view returns(uint256)
func (_Slashing *SlashingCaller) VetoThreshold(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Slashing.contract.Call(opts, &out, "vetoThreshold")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// VetoThreshold is a free data retrieval call binding the contract method 0x614f427f.
//
// Solidity: function vetoThreshold() view returns(uint256)
func (_Slashing *SlashingSession) VetoThreshold() (*big.Int, error) {
	return _Slashing.Contract.VetoThreshold(&_Slashing.CallOpts)
}

// VetoThreshold is a free data retrieval call binding the contract method 0x614f427f.
//
// Solidity: function vetoThreshold() view returns(uint256)
func (_Slashing *SlashingCallerSession) VetoThreshold() (*big.Int, error) {
	return _Slashing.Contract.VetoThreshold(&_Slashing.CallOpts)
}

// ExecuteSlash is a paid mutator transaction binding the contract method 0xb850cdf7.
//
// Solidity: function executeSlash(bytes32 slashId) returns(uint256 slashed)
func (_Slashing *SlashingTransactor) ExecuteSlash(opts *bind.TransactOpts, slashId [32]byte) (*types.Transaction, error) {
	return _Slashing.contract.Transact(opts, "executeSlash", slashId)
}

// ExecuteSlash is a paid mutator transaction binding the contract method 0xb850cdf7.
//
// Solidity: function executeSlash(bytes32 slashId) returns(uint256 slashed)
func (_Slashing *SlashingSession) ExecuteSlash(slashId [32]byte) (*types.Transaction, error) {
	return _Slashing.Contract.ExecuteSlash(&_Slashing.TransactOpts, slashId)
}

// ExecuteSlash is a paid mutator transaction binding the contract method 0xb850cdf7.
//
// Solidity: function executeSlash(bytes32 slashId) returns(uint256 slashed)
func (_Slashing *SlashingTransactorSession) ExecuteSlash(slashId [32]byte) (*types.Transaction, error) {
	return _Slashing.Contract.ExecuteSlash(&_Slashing.TransactOpts, slashId)
}

// ProveEquivocation is a paid mutator transaction binding the contract method 0x95d6ea93.
//
// Solidity: function proveEquivocation(address operator, (uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32[],uint64,bytes32,uint64,address,address[],uint64,uint64) a, (uint256,uint256) sigA, (uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32[],uint64,bytes32,uint64,address,address[],uint64,uint64) b, (uint256,uint256) sigB) returns(bytes32 slashId)
func (_Slashing *SlashingTransactor) ProveEquivocation(opts *bind.TransactOpts, operator common.Address, a BatchHeader, sigA BN254G1Point, b BatchHeader, sigB BN254G1Point) (*types.Transaction, error) {
	return _Slashing.contract.Transact(opts, "proveEquivocation", operator, a, sigA, b, sigB)
}

// ProveEquivocation is a paid mutator transaction binding the contract method 0x95d6ea93.
//
// Solidity: function proveEquivocation(address operator, (uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32[],uint64,bytes32,uint64,address,address[],uint64,uint64) a, (uint256,uint256) sigA, (uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32[],uint64,bytes32,uint64,address,address[],uint64,uint64) b, (uint256,uint256) sigB) returns(bytes32 slashId)
func (_Slashing *SlashingSession) ProveEquivocation(operator common.Address, a BatchHeader, sigA BN254G1Point, b BatchHeader, sigB BN254G1Point) (*types.Transaction, error) {
	return _Slashing.Contract.ProveEquivocation(&_Slashing.TransactOpts, operator, a, sigA, b, sigB)
}

// ProveEquivocation is a paid mutator transaction binding the contract method 0x95d6ea93.
//
// Solidity: function proveEquivocation(address operator, (uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32[],uint64,bytes32,uint64,address,address[],uint64,uint64) a, (uint256,uint256) sigA, (uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32[],uint64,bytes32,uint64,address,address[],uint64,uint64) b, (uint256,uint256) sigB) returns(bytes32 slashId)
func (_Slashing *SlashingTransactorSession) ProveEquivocation(operator common.Address, a BatchHeader, sigA BN254G1Point, b BatchHeader, sigB BN254G1Point) (*types.Transaction, error) {
	return _Slashing.Contract.ProveEquivocation(&_Slashing.TransactOpts, operator, a, sigA, b, sigB)
}

// RecordMissedWindow is a paid mutator transaction binding the contract method 0x01cc825e.
//
// Solidity: function recordMissedWindow(address operator, uint64 chainId, uint64 batchIndex) returns()
func (_Slashing *SlashingTransactor) RecordMissedWindow(opts *bind.TransactOpts, operator common.Address, chainId uint64, batchIndex uint64) (*types.Transaction, error) {
	return _Slashing.contract.Transact(opts, "recordMissedWindow", operator, chainId, batchIndex)
}

// RecordMissedWindow is a paid mutator transaction binding the contract method 0x01cc825e.
//
// Solidity: function recordMissedWindow(address operator, uint64 chainId, uint64 batchIndex) returns()
func (_Slashing *SlashingSession) RecordMissedWindow(operator common.Address, chainId uint64, batchIndex uint64) (*types.Transaction, error) {
	return _Slashing.Contract.RecordMissedWindow(&_Slashing.TransactOpts, operator, chainId, batchIndex)
}

// RecordMissedWindow is a paid mutator transaction binding the contract method 0x01cc825e.
//
// Solidity: function recordMissedWindow(address operator, uint64 chainId, uint64 batchIndex) returns()
func (_Slashing *SlashingTransactorSession) RecordMissedWindow(operator common.Address, chainId uint64, batchIndex uint64) (*types.Transaction, error) {
	return _Slashing.Contract.RecordMissedWindow(&_Slashing.TransactOpts, operator, chainId, batchIndex)
}

// Veto is a paid mutator transaction binding the contract method 0xfb6f93f9.
//
// Solidity: function veto(bytes32 slashId) returns()
func (_Slashing *SlashingTransactor) Veto(opts *bind.TransactOpts, slashId [32]byte) (*types.Transaction, error) {
	return _Slashing.contract.Transact(opts, "veto", slashId)
}

// Veto is a paid mutator transaction binding the contract method 0xfb6f93f9.
//
// Solidity: function veto(bytes32 slashId) returns()
func (_Slashing *SlashingSession) Veto(slashId [32]byte) (*types.Transaction, error) {
	return _Slashing.Contract.Veto(&_Slashing.TransactOpts, slashId)
}

// Veto is a paid mutator transaction binding the contract method 0xfb6f93f9.
//
// Solidity: function veto(bytes32 slashId) returns()
func (_Slashing *SlashingTransactorSession) Veto(slashId [32]byte) (*types.Transaction, error) {
	return _Slashing.Contract.Veto(&_Slashing.TransactOpts, slashId)
}

// SlashingEquivocationProvenIterator is returned from FilterEquivocationProven and is used to iterate over the raw logs and unpacked data for EquivocationProven events raised by the Slashing contract.
type SlashingEquivocationProvenIterator struct {
	Event *SlashingEquivocationProven // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SlashingEquivocationProvenIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SlashingEquivocationProven)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SlashingEquivocationProven)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SlashingEquivocationProvenIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SlashingEquivocationProvenIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SlashingEquivocationProven represents a EquivocationProven event raised by the Slashing contract.
type SlashingEquivocationProven struct {
	SlashId     [32]byte
	Prover      common.Address
	HeaderHashA [32]byte
	HeaderHashB [32]byte
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterEquivocationProven is a free log retrieval operation binding the contract event 0x0725059be65effe09ae63752364f06c5c96757401bd53f2ac5792cf017a8251f.
//
// Solidity: event EquivocationProven(bytes32 indexed slashId, address indexed prover, bytes32 headerHashA, bytes32 headerHashB)
func (_Slashing *SlashingFilterer) FilterEquivocationProven(opts *bind.FilterOpts, slashId [][32]byte, prover []common.Address) (*SlashingEquivocationProvenIterator, error) {

	var slashIdRule []interface{}
	for _, slashIdItem := range slashId {
		slashIdRule = append(slashIdRule, slashIdItem)
	}
	var proverRule []interface{}
	for _, proverItem := range prover {
		proverRule = append(proverRule, proverItem)
	}

	logs, sub, err := _Slashing.contract.FilterLogs(opts, "EquivocationProven", slashIdRule, proverRule)
	if err != nil {
		return nil, err
	}
	return &SlashingEquivocationProvenIterator{contract: _Slashing.contract, event: "EquivocationProven", logs: logs, sub: sub}, nil
}

// WatchEquivocationProven is a free log subscription operation binding the contract event 0x0725059be65effe09ae63752364f06c5c96757401bd53f2ac5792cf017a8251f.
//
// Solidity: event EquivocationProven(bytes32 indexed slashId, address indexed prover, bytes32 headerHashA, bytes32 headerHashB)
func (_Slashing *SlashingFilterer) WatchEquivocationProven(opts *bind.WatchOpts, sink chan<- *SlashingEquivocationProven, slashId [][32]byte, prover []common.Address) (event.Subscription, error) {

	var slashIdRule []interface{}
	for _, slashIdItem := range slashId {
		slashIdRule = append(slashIdRule, slashIdItem)
	}
	var proverRule []interface{}
	for _, proverItem := range prover {
		proverRule = append(proverRule, proverItem)
	}

	logs, sub, err := _Slashing.contract.WatchLogs(opts, "EquivocationProven", slashIdRule, proverRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SlashingEquivocationProven)
				if err := _Slashing.contract.UnpackLog(event, "EquivocationProven", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEquivocationProven is a log parse operation binding the contract event 0x0725059be65effe09ae63752364f06c5c96757401bd53f2ac5792cf017a8251f.
//
// Solidity: event EquivocationProven(bytes32 indexed slashId, address indexed prover, bytes32 headerHashA, bytes32 headerHashB)
func (_Slashing *SlashingFilterer) ParseEquivocationProven(log types.Log) (*SlashingEquivocationProven, error) {
	event := new(SlashingEquivocationProven)
	if err := _Slashing.contract.UnpackLog(event, "EquivocationProven", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SlashingMissRecordedIterator is returned from FilterMissRecorded and is used to iterate over the raw logs and unpacked data for MissRecorded events raised by the Slashing contract.
type SlashingMissRecordedIterator struct {
	Event *SlashingMissRecorded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SlashingMissRecordedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SlashingMissRecorded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SlashingMissRecorded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SlashingMissRecordedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SlashingMissRecordedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SlashingMissRecorded represents a MissRecorded event raised by the Slashing contract.
type SlashingMissRecorded struct {
	Operator      common.Address
	ChainId       uint64
	BatchIndex    uint64
	SlashId       [32]byte
	MissedWindows *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterMissRecorded is a free log retrieval operation binding the contract event 0xe1d6b3fd3aa4b715b4a77478a99cd94947ade983dc7d6e33c22b44e3ed88bf48.
//
// Solidity: event MissRecorded(address indexed operator, uint64 chainId, uint64 batchIndex, bytes32 indexed slashId, uint256 missedWindows)
func (_Slashing *SlashingFilterer) FilterMissRecorded(opts *bind.FilterOpts, operator []common.Address, slashId [][32]byte) (*SlashingMissRecordedIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	var slashIdRule []interface{}
	for _, slashIdItem := range slashId {
		slashIdRule = append(slashIdRule, slashIdItem)
	}

	logs, sub, err := _Slashing.contract.FilterLogs(opts, "MissRecorded", operatorRule, slashIdRule)
	if err != nil {
		return nil, err
	}
	return &SlashingMissRecordedIterator{contract: _Slashing.contract, event: "MissRecorded", logs: logs, sub: sub}, nil
}

// WatchMissRecorded is a free log subscription operation binding the contract event 0xe1d6b3fd3aa4b715b4a77478a99cd94947ade983dc7d6e33c22b44e3ed88bf48.
//
// Solidity: event MissRecorded(address indexed operator, uint64 chainId, uint64 batchIndex, bytes32 indexed slashId, uint256 missedWindows)
func (_Slashing *SlashingFilterer) WatchMissRecorded(opts *bind.WatchOpts, sink chan<- *SlashingMissRecorded, operator []common.Address, slashId [][32]byte) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	var slashIdRule []interface{}
	for _, slashIdItem := range slashId {
		slashIdRule = append(slashIdRule, slashIdItem)
	}

	logs, sub, err := _Slashing.contract.WatchLogs(opts, "MissRecorded", operatorRule, slashIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SlashingMissRecorded)
				if err := _Slashing.contract.UnpackLog(event, "MissRecorded", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMissRecorded is a log parse operation binding the contract event 0xe1d6b3fd3aa4b715b4a77478a99cd94947ade983dc7d6e33c22b44e3ed88bf48.
//
// Solidity: event MissRecorded(address indexed operator, uint64 chainId, uint64 batchIndex, bytes32 indexed slashId, uint256 missedWindows)
func (_Slashing *SlashingFilterer) ParseMissRecorded(log types.Log) (*SlashingMissRecorded, error) {
	event := new(SlashingMissRecorded)
	if err := _Slashing.contract.UnpackLog(event, "MissRecorded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SlashingSlashExecutedIterator is returned from FilterSlashExecuted and is used to iterate over the raw logs and unpacked data for SlashExecuted events raised by the Slashing contract.
type SlashingSlashExecutedIterator struct {
	Event *SlashingSlashExecuted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SlashingSlashExecutedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SlashingSlashExecuted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SlashingSlashExecuted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SlashingSlashExecutedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SlashingSlashExecutedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SlashingSlashExecuted represents a SlashExecuted event raised by the Slashing contract.
type SlashingSlashExecuted struct {
	SlashId   [32]byte
	Operator  common.Address
	Requested *big.Int
	Slashed   *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterSlashExecuted is a free log retrieval operation binding the contract event 0x36a1bfd48618ab72f8b5a24fb8649c46cca4932f448114fd064ee3848dd2f2a3.
//
// Solidity: event SlashExecuted(bytes32 indexed slashId, address indexed operator, uint256 requested, uint256 slashed)
func (_Slashing *SlashingFilterer) FilterSlashExecuted(opts *bind.FilterOpts, slashId [][32]byte, operator []common.Address) (*SlashingSlashExecutedIterator, error) {

	var slashIdRule []interface{}
	for _, slashIdItem := range slashId {
		slashIdRule = append(slashIdRule, slashIdItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _Slashing.contract.FilterLogs(opts, "SlashExecuted", slashIdRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return &SlashingSlashExecutedIterator{contract: _Slashing.contract, event: "SlashExecuted", logs: logs, sub: sub}, nil
}

// WatchSlashExecuted is a free log subscription operation binding the contract event 0x36a1bfd48618ab72f8b5a24fb8649c46cca4932f448114fd064ee3848dd2f2a3.
//
// Solidity: event SlashExecuted(bytes32 indexed slashId, address indexed operator, uint256 requested, uint256 slashed)
func (_Slashing *SlashingFilterer) WatchSlashExecuted(opts *bind.WatchOpts, sink chan<- *SlashingSlashExecuted, slashId [][32]byte, operator []common.Address) (event.Subscription, error) {

	var slashIdRule []interface{}
	for _, slashIdItem := range slashId {
		slashIdRule = append(slashIdRule, slashIdItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _Slashing.contract.WatchLogs(opts, "SlashExecuted", slashIdRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SlashingSlashExecuted)
				if err := _Slashing.contract.UnpackLog(event, "SlashExecuted", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSlashExecuted is a log parse operation binding the contract event 0x36a1bfd48618ab72f8b5a24fb8649c46cca4932f448114fd064ee3848dd2f2a3.
//
// Solidity: event SlashExecuted(bytes32 indexed slashId, address indexed operator, uint256 requested, uint256 slashed)
func (_Slashing *SlashingFilterer) ParseSlashExecuted(log types.Log) (*SlashingSlashExecuted, error) {
	event := new(SlashingSlashExecuted)
	if err := _Slashing.contract.UnpackLog(event, "SlashExecuted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SlashingSlashQueuedIterator is returned from FilterSlashQueued and is used to iterate over the raw logs and unpacked data for SlashQueued events raised by the Slashing contract.
type SlashingSlashQueuedIterator struct {
	Event *SlashingSlashQueued // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SlashingSlashQueuedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SlashingSlashQueued)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SlashingSlashQueued)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SlashingSlashQueuedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SlashingSlashQueuedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SlashingSlashQueued represents a SlashQueued event raised by the Slashing contract.
type SlashingSlashQueued struct {
	SlashId      [32]byte
	Operator     common.Address
	Kind         uint8
	ChainId      uint64
	BatchIndex   uint64
	Amount       *big.Int
	ExecutableAt *big.Int
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterSlashQueued is a free log retrieval operation binding the contract event 0xe2e30fcce5bd27016cdc5496f2a8f6ea1162a84685af9aaaa78af067c9c33143.
//
// Solidity: event SlashQueued(bytes32 indexed slashId, address indexed operator, uint8 kind, uint64 chainId, uint64 batchIndex, uint256 amount, uint256 executableAt)
func (_Slashing *SlashingFilterer) FilterSlashQueued(opts *bind.FilterOpts, slashId [][32]byte, operator []common.Address) (*SlashingSlashQueuedIterator, error) {

	var slashIdRule []interface{}
	for _, slashIdItem := range slashId {
		slashIdRule = append(slashIdRule, slashIdItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _Slashing.contract.FilterLogs(opts, "SlashQueued", slashIdRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return &SlashingSlashQueuedIterator{contract: _Slashing.contract, event: "SlashQueued", logs: logs, sub: sub}, nil
}

// WatchSlashQueued is a free log subscription operation binding the contract event 0xe2e30fcce5bd27016cdc5496f2a8f6ea1162a84685af9aaaa78af067c9c33143.
//
// Solidity: event SlashQueued(bytes32 indexed slashId, address indexed operator, uint8 kind, uint64 chainId, uint64 batchIndex, uint256 amount, uint256 executableAt)
func (_Slashing *SlashingFilterer) WatchSlashQueued(opts *bind.WatchOpts, sink chan<- *SlashingSlashQueued, slashId [][32]byte, operator []common.Address) (event.Subscription, error) {

	var slashIdRule []interface{}
	for _, slashIdItem := range slashId {
		slashIdRule = append(slashIdRule, slashIdItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _Slashing.contract.WatchLogs(opts, "SlashQueued", slashIdRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SlashingSlashQueued)
				if err := _Slashing.contract.UnpackLog(event, "SlashQueued", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSlashQueued is a log parse operation binding the contract event 0xe2e30fcce5bd27016cdc5496f2a8f6ea1162a84685af9aaaa78af067c9c33143.
//
// Solidity: event SlashQueued(bytes32 indexed slashId, address indexed operator, uint8 kind, uint64 chainId, uint64 batchIndex, uint256 amount, uint256 executableAt)
func (_Slashing *SlashingFilterer) ParseSlashQueued(log types.Log) (*SlashingSlashQueued, error) {
	event := new(SlashingSlashQueued)
	if err := _Slashing.contract.UnpackLog(event, "SlashQueued", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SlashingSlashVetoedIterator is returned from FilterSlashVetoed and is used to iterate over the raw logs and unpacked data for SlashVetoed events raised by the Slashing contract.
type SlashingSlashVetoedIterator struct {
	Event *SlashingSlashVetoed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SlashingSlashVetoedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SlashingSlashVetoed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SlashingSlashVetoed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SlashingSlashVetoedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SlashingSlashVetoedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SlashingSlashVetoed represents a SlashVetoed event raised by the Slashing contract.
type SlashingSlashVetoed struct {
	SlashId [32]byte
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterSlashVetoed is a free log retrieval operation binding the contract event 0x48bfe2f9431f011451c58243422b9fb9fc3395e5dd51de7f9317a536a7003e9b.
//
// Solidity: event SlashVetoed(bytes32 indexed slashId)
func (_Slashing *SlashingFilterer) FilterSlashVetoed(opts *bind.FilterOpts, slashId [][32]byte) (*SlashingSlashVetoedIterator, error) {

	var slashIdRule []interface{}
	for _, slashIdItem := range slashId {
		slashIdRule = append(slashIdRule, slashIdItem)
	}

	logs, sub, err := _Slashing.contract.FilterLogs(opts, "SlashVetoed", slashIdRule)
	if err != nil {
		return nil, err
	}
	return &SlashingSlashVetoedIterator{contract: _Slashing.contract, event: "SlashVetoed", logs: logs, sub: sub}, nil
}

// WatchSlashVetoed is a free log subscription operation binding the contract event 0x48bfe2f9431f011451c58243422b9fb9fc3395e5dd51de7f9317a536a7003e9b.
//
// Solidity: event SlashVetoed(bytes32 indexed slashId)
func (_Slashing *SlashingFilterer) WatchSlashVetoed(opts *bind.WatchOpts, sink chan<- *SlashingSlashVetoed, slashId [][32]byte) (event.Subscription, error) {

	var slashIdRule []interface{}
	for _, slashIdItem := range slashId {
		slashIdRule = append(slashIdRule, slashIdItem)
	}

	logs, sub, err := _Slashing.contract.WatchLogs(opts, "SlashVetoed", slashIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SlashingSlashVetoed)
				if err := _Slashing.contract.UnpackLog(event, "SlashVetoed", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSlashVetoed is a log parse operation binding the contract event 0x48bfe2f9431f011451c58243422b9fb9fc3395e5dd51de7f9317a536a7003e9b.
//
// Solidity: event SlashVetoed(bytes32 indexed slashId)
func (_Slashing *SlashingFilterer) ParseSlashVetoed(log types.Log) (*SlashingSlashVetoed, error) {
	event := new(SlashingSlashVetoed)
	if err := _Slashing.contract.UnpackLog(event, "SlashVetoed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SlashingVetoCastIterator is returned from FilterVetoCast and is used to iterate over the raw logs and unpacked data for VetoCast events raised by the Slashing contract.
type SlashingVetoCastIterator struct {
	Event *SlashingVetoCast // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SlashingVetoCastIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SlashingVetoCast)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SlashingVetoCast)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SlashingVetoCastIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SlashingVetoCastIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SlashingVetoCast represents a VetoCast event raised by the Slashing contract.
type SlashingVetoCast struct {
	SlashId [32]byte
	Member  common.Address
	Vetoes  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterVetoCast is a free log retrieval operation binding the contract event 0x666414b5eb835962aaf38f7d01134d799c7e1378ef192d463d64ba69e0e8eea5.
//
// Solidity: event VetoCast(bytes32 indexed slashId, address indexed member, uint256 vetoes)
func (_Slashing *SlashingFilterer) FilterVetoCast(opts *bind.FilterOpts, slashId [][32]byte, member []common.Address) (*SlashingVetoCastIterator, error) {

	var slashIdRule []interface{}
	for _, slashIdItem := range slashId {
		slashIdRule = append(slashIdRule, slashIdItem)
	}
	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _Slashing.contract.FilterLogs(opts, "VetoCast", slashIdRule, memberRule)
	if err != nil {
		return nil, err
	}
	return &SlashingVetoCastIterator{contract: _Slashing.contract, event: "VetoCast", logs: logs, sub: sub}, nil
}

// WatchVetoCast is a free log subscription operation binding the contract event 0x666414b5eb835962aaf38f7d01134d799c7e1378ef192d463d64ba69e0e8eea5.
//
// Solidity: event VetoCast(bytes32 indexed slashId, address indexed member, uint256 vetoes)
func (_Slashing *SlashingFilterer) WatchVetoCast(opts *bind.WatchOpts, sink chan<- *SlashingVetoCast, slashId [][32]byte, member []common.Address) (event.Subscription, error) {

	var slashIdRule []interface{}
	for _, slashIdItem := range slashId {
		slashIdRule = append(slashIdRule, slashIdItem)
	}
	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _Slashing.contract.WatchLogs(opts, "VetoCast", slashIdRule, memberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SlashingVetoCast)
				if err := _Slashing.contract.UnpackLog(event, "VetoCast", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseVetoCast is a log parse operation binding the contract event 0x666414b5eb835962aaf38f7d01134d799c7e1378ef192d463d64ba69e0e8eea5.
//
// Solidity: event VetoCast(bytes32 indexed slashId, address indexed member, uint256 vetoes)
func (_Slashing *SlashingFilterer) ParseVetoCast(log types.Log) (*SlashingVetoCast, error) {
	event := new(SlashingVetoCast)
	if err := _Slashing.contract.UnpackLog(event, "VetoCast", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TestTokenMetaData contains all meta data concerning the TestToken contract.
var TestTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60a0604052348015600e575f5ffd5b506040516105ed3803806105ed833981016040819052602b916076565b6080819052335f81815260208181526040808320859055518481527fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef910160405180910390a350608c565b5f602082840312156085575f5ffd5b5051919050565b6080516105496100a45f395f61010201526105495ff3fe608060405234801561000f575f5ffd5b5060043610610090575f3560e01c8063313ce56711610063578063313ce5671461014557806370a082311461015f57806395d89b411461017e578063a9059cbb146101a0578063dd62ed3e146101b3575f5ffd5b806306fdde0314610094578063095ea7b3146100da57806318160ddd146100fd57806323b872dd14610132575b5f5ffd5b6100c4604051806040016040528060118152602001703737b232b7b8103a32b9ba103a37b5b2b760791b81525081565b6040516100d1919061040c565b60405180910390f35b6100ed6100e836600461045c565b6101dd565b60405190151581526020016100d1565b6101247f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020016100d1565b6100ed610140366004610484565b610249565b61014d601281565b60405160ff90911681526020016100d1565b61012461016d3660046104be565b5f6020819052908152604090205481565b6100c4604051806040016040528060038152602001621393d560ea1b81525081565b6100ed6101ae36600461045c565b6102ee565b6101246101c13660046104de565b600160209081525f928352604080842090915290825290205481565b335f8181526001602090815260408083206001600160a01b038716808552925280832085905551919290917f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925906102379086815260200190565b60405180910390a35060015b92915050565b6001600160a01b0383165f9081526001602090815260408083203384529091528120545f1981146102d857828110156102aa57604051630c95cf2760e11b815233600482015260248101829052604481018490526064015b60405180910390fd5b6102b48382610523565b6001600160a01b0386165f9081526001602090815260408083203384529091529020555b6102e3858585610303565b506001949350505050565b5f6102fa338484610303565b50600192915050565b6001600160a01b03821661032a5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0383165f908152602081905260409020548181101561037c5760405163db42144d60e01b81526001600160a01b038516600482015260248101829052604481018390526064016102a1565b6001600160a01b038085165f908152602081905260408082208585039055918516815290812080548492906103b2908490610536565b92505081905550826001600160a01b0316846001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef846040516103fe91815260200190565b60405180910390a350505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610457575f5ffd5b919050565b5f5f6040838503121561046d575f5ffd5b61047683610441565b946020939093013593505050565b5f5f5f60608486031215610496575f5ffd5b61049f84610441565b92506104ad60208501610441565b929592945050506040919091013590565b5f602082840312156104ce575f5ffd5b6104d782610441565b9392505050565b5f5f604083850312156104ef575f5ffd5b6104f883610441565b915061050660208401610441565b90509250929050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156102435761024361050f565b808201808211156102435761024361050f56",
}

// TestTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use TestTokenMetaData.ABI instead.
var TestTokenABI = TestTokenMetaData.ABI

// TestTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use TestTokenMetaData.Bin instead.
var TestTokenBin = TestTokenMetaData.Bin

// DeployTestToken deploys a new Ethereum contract, binding an instance of TestToken to it.
func DeployTestToken(auth *bind.TransactOpts, backend bind.ContractBackend, supply *big.Int) (common.Address, *types.Transaction, *TestToken, error) {
	parsed, err := TestTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(TestTokenBin), backend, supply)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &TestToken{TestTokenCaller: TestTokenCaller{contract: contract}, TestTokenTransactor: TestTokenTransactor{contract: contract}, TestTokenFilterer: TestTokenFilterer{contract: contract}}, nil
}

// TestToken is an auto generated Go binding around an Ethereum contract.
type TestToken struct {
	TestTokenCaller     // Read-only binding to the contract
	TestTokenTransactor // Write-only binding to the contract
	TestTokenFilterer   // Log filterer for contract events
}

// TestTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type TestTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TestTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type TestTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TestTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type TestTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TestTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type TestTokenSession struct {
	Contract     *TestToken        // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// TestTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type TestTokenCallerSession struct {
	Contract *TestTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts    // Call options to use throughout this session
}

// TestTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type TestTokenTransactorSession struct {
	Contract     *TestTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// TestTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type TestTokenRaw struct {
	Contract *TestToken // Generic contract binding to access the raw methods on
}

// TestTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type TestTokenCallerRaw struct {
	Contract *TestTokenCaller // Generic read-only contract binding to access the raw methods on
}

// TestTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type TestTokenTransactorRaw struct {
	Contract *TestTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewTestToken creates a new instance of TestToken, bound to a specific deployed contract.
func NewTestToken(address common.Address, backend bind.ContractBackend) (*TestToken, error) {
	contract, err := bindTestToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &TestToken{TestTokenCaller: TestTokenCaller{contract: contract}, TestTokenTransactor: TestTokenTransactor{contract: contract}, TestTokenFilterer: TestTokenFilterer{contract: contract}}, nil
}

// NewTestTokenCaller creates a new read-only instance of TestToken, bound to a specific deployed contract.
func NewTestTokenCaller(address common.Address, caller bind.ContractCaller) (*TestTokenCaller, error) {
	contract, err := bindTestToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &TestTokenCaller{contract: contract}, nil
}

// NewTestTokenTransactor creates a new write-only instance of TestToken, bound to a specific deployed contract.
func NewTestTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*TestTokenTransactor, error) {
	contract, err := bindTestToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &TestTokenTransactor{contract: contract}, nil
}

// NewTestTokenFilterer creates a new log filterer instance of TestToken, bound to a specific deployed contract.
func NewTestTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*TestTokenFilterer, error) {
	contract, err := bindTestToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &TestTokenFilterer{contract: contract}, nil
}

// bindTestToken binds a generic wrapper to an already deployed contract.
func bindTestToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := TestTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TestToken *TestTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TestToken.Contract.TestTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TestToken *TestTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TestToken.Contract.TestTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TestToken *TestTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TestToken.Contract.TestTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TestToken *TestTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TestToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TestToken *TestTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TestToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TestToken *TestTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TestToken.Contract.contract.Transact(opts, method, params...)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (_TestToken *TestTokenCaller) Allowance(opts *bind.CallOpts, arg0 common.Address, arg1 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _TestToken.contract.Call(opts, &out, "allowance", arg0, arg1)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (_TestToken *TestTokenSession) Allowance(arg0 common.Address, arg1 common.Address) (*big.Int, error) {
	return _TestToken.Contract.Allowance(&_TestToken.CallOpts, arg0, arg1)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (_TestToken *TestTokenCallerSession) Allowance(arg0 common.Address, arg1 common.Address) (*big.Int, error) {
	return _TestToken.Contract.Allowance(&_TestToken.CallOpts, arg0, arg1)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_TestToken *TestTokenCaller) BalanceOf(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _TestToken.contract.Call(opts, &out, "balanceOf", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_TestToken *TestTokenSession) BalanceOf(arg0 common.Address) (*big.Int, error) {
	return _TestToken.Contract.BalanceOf(&_TestToken.CallOpts, arg0)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_TestToken *TestTokenCallerSession) BalanceOf(arg0 common.Address) (*big.Int, error) {
	return _TestToken.Contract.BalanceOf(&_TestToken.CallOpts, arg0)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_TestToken *TestTokenCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _TestToken.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_TestToken *TestTokenSession) Decimals() (uint8, error) {
	return _TestToken.Contract.Decimals(&_TestToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_TestToken *TestTokenCallerSession) Decimals() (uint8, error) {
	return _TestToken.Contract.Decimals(&_TestToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_TestToken *TestTokenCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _TestToken.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_TestToken *TestTokenSession) Name() (string, error) {
	return _TestToken.Contract.Name(&_TestToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_TestToken *TestTokenCallerSession) Name() (string, error) {
	return _TestToken.Contract.Name(&_TestToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_TestToken *TestTokenCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _TestToken.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_TestToken *TestTokenSession) Symbol() (string, error) {
	return _TestToken.Contract.Symbol(&_TestToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_TestToken *TestTokenCallerSession) Symbol() (string, error) {
	return _TestToken.Contract.Symbol(&_TestToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_TestToken *TestTokenCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _TestToken.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_TestToken *TestTokenSession) TotalSupply() (*big.Int, error) {
	return _TestToken.Contract.TotalSupply(&_TestToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_TestToken *TestTokenCallerSession) TotalSupply() (*big.Int, error) {
	return _TestToken.Contract.TotalSupply(&_TestToken.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_TestToken *TestTokenTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_TestToken *TestTokenSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.Contract.Approve(&_TestToken.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_TestToken *TestTokenTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.Contract.Approve(&_TestToken.TransactOpts, spender, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_TestToken *TestTokenTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_TestToken *TestTokenSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.Contract.Transfer(&_TestToken.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_TestToken *TestTokenTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.Contract.Transfer(&_TestToken.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_TestToken *TestTokenTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_TestToken *TestTokenSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.Contract.TransferFrom(&_TestToken.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_TestToken *TestTokenTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestToken.Contract.TransferFrom(&_TestToken.TransactOpts, from, to, value)
}

// TestTokenApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the TestToken contract.
type TestTokenApprovalIterator struct {
	Event *TestTokenApproval // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TestTokenApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TestTokenApproval)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TestTokenApproval)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TestTokenApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TestTokenApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TestTokenApproval represents a Approval event raised by the TestToken contract.
type TestTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_TestToken *TestTokenFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*TestTokenApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _TestToken.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &TestTokenApprovalIterator{contract: _TestToken.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_TestToken *TestTokenFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *TestTokenApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _TestToken.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TestTokenApproval)
				if err := _TestToken.contract.UnpackLog(event, "Approval", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_TestToken *TestTokenFilterer) ParseApproval(log types.Log) (*TestTokenApproval, error) {
	event := new(TestTokenApproval)
	if err := _TestToken.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TestTokenTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the TestToken contract.
type TestTokenTransferIterator struct {
	Event *TestTokenTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TestTokenTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TestTokenTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TestTokenTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TestTokenTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TestTokenTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TestTokenTransfer represents a Transfer event raised by the TestToken contract.
type TestTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_TestToken *TestTokenFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*TestTokenTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _TestToken.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &TestTokenTransferIterator{contract: _TestToken.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_TestToken *TestTokenFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *TestTokenTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _TestToken.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TestTokenTransfer)
				if err := _TestToken.contract.UnpackLog(event, "Transfer", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_TestToken *TestTokenFilterer) ParseTransfer(log types.Log) (*TestTokenTransfer, error) {
	event := new(TestTokenTransfer)
	if err := _TestToken.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TransparentUpgradeableProxyMetaData contains all meta data concerning the TransparentUpgradeableProxy contract.
var TransparentUpgradeableProxyMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_logic\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"_data\",\"type\":\"bytes\"}],\"stateMutability\":\"payable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"previousAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"AdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"beacon\",\"type\":\"address\"}],\"name\":\"BeaconUpgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"stateMutability\":\"payable\",\"type\":\"fallback\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x6080604052604051610d41380380610d41833981016040819052610022916103c3565b828161002f82825f610043565b5061003b90508261006e565b5050506104df565b61004c836100db565b5f825111806100585750805b1561006957610067838361011a565b505b505050565b7f7e644d79422f17c01e4894b5f4f588d331ebfa28653d42ae832dc59e38c9798f6100ad5f516020610cfa5f395f51905f52546001600160a01b031690565b604080516001600160a01b03928316815291841660208301520160405180910390a16100d881610146565b50565b6100e4816101e1565b6040516001600160a01b038216907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a250565b606061013f8383604051806060016040528060278152602001610d1a60279139610275565b9392505050565b6001600160a01b0381166101b05760405162461bcd60e51b815260206004820152602660248201527f455243313936373a206e65772061646d696e20697320746865207a65726f206160448201526564647265737360d01b60648201526084015b60405180910390fd5b805f516020610cfa5f395f51905f525b80546001600160a01b0319166001600160a01b039290921691909117905550565b6001600160a01b0381163b61024e5760405162461bcd60e51b815260206004820152602d60248201527f455243313936373a206e657720696d706c656d656e746174696f6e206973206e60448201526c1bdd08184818dbdb9d1c9858dd609a1b60648201526084016101a7565b807f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc6101c0565b60605f5f856001600160a01b0316856040516102919190610494565b5f60405180830381855af49150503d805f81146102c9576040519150601f19603f3d011682016040523d82523d5f602084013e6102ce565b606091505b5090925090506102e0868383876102ea565b9695505050505050565b606083156103585782515f03610351576001600160a01b0385163b6103515760405162461bcd60e51b815260206004820152601d60248201527f416464726573733a2063616c6c20746f206e6f6e2d636f6e747261637400000060448201526064016101a7565b5081610362565b610362838361036a565b949350505050565b81511561037a5781518083602001fd5b8060405162461bcd60e51b81526004016101a791906104aa565b80516001600160a01b03811681146103aa575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f606084860312156103d5575f5ffd5b6103de84610394565b92506103ec60208501610394565b60408501519092506001600160401b03811115610407575f5ffd5b8401601f81018613610417575f5ffd5b80516001600160401b03811115610430576104306103af565b604051601f8201601f19908116603f011681016001600160401b038111828210171561045e5761045e6103af565b604052818152828201602001881015610475575f5ffd5b8160208401602083015e5f602083830101528093505050509250925092565b5f82518060208501845e5f920191825250919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b61080e806104ec5f395ff3fe60806040523661001357610011610017565b005b6100115b61001f610168565b6001600160a01b0316330361015e5760606001600160e01b03195f35166364d3180d60e11b81016100595761005261019a565b9150610156565b63587086bd60e11b6001600160e01b0319821601610079576100526101ed565b63070d7c6960e41b6001600160e01b031982160161009957610052610231565b621eb96f60e61b6001600160e01b03198216016100b857610052610261565b63a39f25e560e01b6001600160e01b03198216016100d8576100526102a0565b60405162461bcd60e51b815260206004820152604260248201527f5472616e73706172656e745570677261646561626c6550726f78793a2061646d60448201527f696e2063616e6e6f742066616c6c6261636b20746f2070726f78792074617267606482015261195d60f21b608482015260a4015b60405180910390fd5b815160208301f35b6101666102b3565b565b5f7fb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d61035b546001600160a01b0316919050565b60606101a46102c3565b5f6101b23660048184610668565b8101906101bf91906106aa565b90506101da8160405180602001604052805f8152505f6102cd565b505060408051602081019091525f815290565b60605f806101fe3660048184610668565b81019061020b91906106d7565b9150915061021b828260016102cd565b60405180602001604052805f8152509250505090565b606061023b6102c3565b5f6102493660048184610668565b81019061025691906106aa565b90506101da816102f8565b606061026b6102c3565b5f610274610168565b604080516001600160a01b03831660208201529192500160405160208183030381529060405291505090565b60606102aa6102c3565b5f61027461034f565b6101666102be61034f565b61035d565b3415610166575f5ffd5b6102d68361037b565b5f825111806102e25750805b156102f3576102f183836103ba565b505b505050565b7f7e644d79422f17c01e4894b5f4f588d331ebfa28653d42ae832dc59e38c9798f610321610168565b604080516001600160a01b03928316815291841660208301520160405180910390a161034c816103e6565b50565b5f61035861048f565b905090565b365f5f375f5f365f845af43d5f5f3e808015610377573d5ff35b3d5ffd5b610384816104b6565b6040516001600160a01b038216907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a250565b60606103df83836040518060600160405280602781526020016107e76027913961054a565b9392505050565b6001600160a01b03811661044b5760405162461bcd60e51b815260206004820152602660248201527f455243313936373a206e65772061646d696e20697320746865207a65726f206160448201526564647265737360d01b606482015260840161014d565b807fb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d61035b80546001600160a01b0319166001600160a01b039290921691909117905550565b5f7f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc61018b565b6001600160a01b0381163b6105235760405162461bcd60e51b815260206004820152602d60248201527f455243313936373a206e657720696d706c656d656e746174696f6e206973206e60448201526c1bdd08184818dbdb9d1c9858dd609a1b606482015260840161014d565b807f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc61046e565b60605f5f856001600160a01b031685604051610566919061079b565b5f60405180830381855af49150503d805f811461059e576040519150601f19603f3d011682016040523d82523d5f602084013e6105a3565b606091505b50915091506105b4868383876105be565b9695505050505050565b6060831561062c5782515f03610625576001600160a01b0385163b6106255760405162461bcd60e51b815260206004820152601d60248201527f416464726573733a2063616c6c20746f206e6f6e2d636f6e7472616374000000604482015260640161014d565b5081610636565b610636838361063e565b949350505050565b81511561064e5781518083602001fd5b8060405162461bcd60e51b815260040161014d91906107b1565b5f5f85851115610676575f5ffd5b83861115610682575f5ffd5b5050820193919092039150565b80356001600160a01b03811681146106a5575f5ffd5b919050565b5f602082840312156106ba575f5ffd5b6103df8261068f565b634e487b7160e01b5f52604160045260245ffd5b5f5f604083850312156106e8575f5ffd5b6106f18361068f565b9150602083013567ffffffffffffffff81111561070c575f5ffd5b8301601f8101851361071c575f5ffd5b803567ffffffffffffffff811115610736576107366106c3565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715610765576107656106c3565b60405281815282820160200187101561077c575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b5f82518060208501845e5f920191825250919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f8301168401019150509291505056fe416464726573733a206c6f772d6c6576656c2064656c65676174652063616c6c206661696c6564b53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103416464726573733a206c6f772d6c6576656c2064656c65676174652063616c6c206661696c6564",
}

// TransparentUpgradeableProxyABI is the input ABI used to generate the binding from.
// Deprecated: Use TransparentUpgradeableProxyMetaData.ABI instead.
var TransparentUpgradeableProxyABI = TransparentUpgradeableProxyMetaData.ABI

// TransparentUpgradeableProxyBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use TransparentUpgradeableProxyMetaData.Bin instead.
var TransparentUpgradeableProxyBin = TransparentUpgradeableProxyMetaData.Bin

// DeployTransparentUpgradeableProxy deploys a new Ethereum contract, binding an instance of TransparentUpgradeableProxy to it.
func DeployTransparentUpgradeableProxy(auth *bind.TransactOpts, backend bind.ContractBackend, _logic common.Address, admin_ common.Address, _data []byte) (common.Address, *types.Transaction, *TransparentUpgradeableProxy, error) {
	parsed, err := TransparentUpgradeableProxyMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(TransparentUpgradeableProxyBin), backend, _logic, admin_, _data)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &TransparentUpgradeableProxy{TransparentUpgradeableProxyCaller: TransparentUpgradeableProxyCaller{contract: contract}, TransparentUpgradeableProxyTransactor: TransparentUpgradeableProxyTransactor{contract: contract}, TransparentUpgradeableProxyFilterer: TransparentUpgradeableProxyFilterer{contract: contract}}, nil
}

// TransparentUpgradeableProxy is an auto generated Go binding around an Ethereum contract.
type TransparentUpgradeableProxy struct {
	TransparentUpgradeableProxyCaller     // Read-only binding to the contract
	TransparentUpgradeableProxyTransactor // Write-only binding to the contract
	TransparentUpgradeableProxyFilterer   // Log filterer for contract events
}

// TransparentUpgradeableProxyCaller is an auto generated read-only Go binding around an Ethereum contract.
type TransparentUpgradeableProxyCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TransparentUpgradeableProxyTransactor is an auto generated write-only Go binding around an Ethereum contract.
type TransparentUpgradeableProxyTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TransparentUpgradeableProxyFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type TransparentUpgradeableProxyFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TransparentUpgradeableProxySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type TransparentUpgradeableProxySession struct {
	Contract     *TransparentUpgradeableProxy // Generic contract binding to set the session for
	CallOpts     bind.CallOpts                // Call options to use throughout this session
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// TransparentUpgradeableProxyCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type TransparentUpgradeableProxyCallerSession struct {
	Contract *TransparentUpgradeableProxyCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts                      // Call options to use throughout this session
}

// TransparentUpgradeableProxyTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type TransparentUpgradeableProxyTransactorSession struct {
	Contract     *TransparentUpgradeableProxyTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts                      // Transaction auth options to use throughout this session
}

// TransparentUpgradeableProxyRaw is an auto generated low-level Go binding around an Ethereum contract.
type TransparentUpgradeableProxyRaw struct {
	Contract *TransparentUpgradeableProxy // Generic contract binding to access the raw methods on
}

// TransparentUpgradeableProxyCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type TransparentUpgradeableProxyCallerRaw struct {
	Contract *TransparentUpgradeableProxyCaller // Generic read-only contract binding to access the raw methods on
}

// TransparentUpgradeableProxyTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type TransparentUpgradeableProxyTransactorRaw struct {
	Contract *TransparentUpgradeableProxyTransactor // Generic write-only contract binding to access the raw methods on
}

// NewTransparentUpgradeableProxy creates a new instance of TransparentUpgradeableProxy, bound to a specific deployed contract.
func NewTransparentUpgradeableProxy(address common.Address, backend bind.ContractBackend) (*TransparentUpgradeableProxy, error) {
	contract, err := bindTransparentUpgradeableProxy(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &TransparentUpgradeableProxy{TransparentUpgradeableProxyCaller: TransparentUpgradeableProxyCaller{contract: contract}, TransparentUpgradeableProxyTransactor: TransparentUpgradeableProxyTransactor{contract: contract}, TransparentUpgradeableProxyFilterer: TransparentUpgradeableProxyFilterer{contract: contract}}, nil
}

// NewTransparentUpgradeableProxyCaller creates a new read-only instance of TransparentUpgradeableProxy, bound to a specific deployed contract.
func NewTransparentUpgradeableProxyCaller(address common.Address, caller bind.ContractCaller) (*TransparentUpgradeableProxyCaller, error) {
	contract, err := bindTransparentUpgradeableProxy(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &TransparentUpgradeableProxyCaller{contract: contract}, nil
}

// NewTransparentUpgradeableProxyTransactor creates a new write-only instance of TransparentUpgradeableProxy, bound to a specific deployed contract.
func NewTransparentUpgradeableProxyTransactor(address common.Address, transactor bind.ContractTransactor) (*TransparentUpgradeableProxyTransactor, error) {
	contract, err := bindTransparentUpgradeableProxy(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &TransparentUpgradeableProxyTransactor{contract: contract}, nil
}

// NewTransparentUpgradeableProxyFilterer creates a new log filterer instance of TransparentUpgradeableProxy, bound to a specific deployed contract.
func NewTransparentUpgradeableProxyFilterer(address common.Address, filterer bind.ContractFilterer) (*TransparentUpgradeableProxyFilterer, error) {
	contract, err := bindTransparentUpgradeableProxy(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &TransparentUpgradeableProxyFilterer{contract: contract}, nil
}

// bindTransparentUpgradeableProxy binds a generic wrapper to an already deployed contract.
func bindTransparentUpgradeableProxy(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := TransparentUpgradeableProxyMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TransparentUpgradeableProxy.Contract.TransparentUpgradeableProxyCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TransparentUpgradeableProxy.Contract.TransparentUpgradeableProxyTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TransparentUpgradeableProxy.Contract.TransparentUpgradeableProxyTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TransparentUpgradeableProxy.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TransparentUpgradeableProxy.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TransparentUpgradeableProxy.Contract.contract.Transact(opts, method, params...)
}

// Fallback is a paid mutator transaction binding the contract fallback function.
//
// Solidity: fallback() payable returns()
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyTransactor) Fallback(opts *bind.TransactOpts, calldata []byte) (*types.Transaction, error) {
	return _TransparentUpgradeableProxy.contract.RawTransact(opts, calldata)
}

// Fallback is a paid mutator transaction binding the contract fallback function.
//
// Solidity: fallback() payable returns()
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxySession) Fallback(calldata []byte) (*types.Transaction, error) {
	return _TransparentUpgradeableProxy.Contract.Fallback(&_TransparentUpgradeableProxy.TransactOpts, calldata)
}

// Fallback is a paid mutator transaction binding the contract fallback function.
//
// Solidity: fallback() payable returns()
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyTransactorSession) Fallback(calldata []byte) (*types.Transaction, error) {
	return _TransparentUpgradeableProxy.Contract.Fallback(&_TransparentUpgradeableProxy.TransactOpts, calldata)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TransparentUpgradeableProxy.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxySession) Receive() (*types.Transaction, error) {
	return _TransparentUpgradeableProxy.Contract.Receive(&_TransparentUpgradeableProxy.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyTransactorSession) Receive() (*types.Transaction, error) {
	return _TransparentUpgradeableProxy.Contract.Receive(&_TransparentUpgradeableProxy.TransactOpts)
}

// TransparentUpgradeableProxyAdminChangedIterator is returned from FilterAdminChanged and is used to iterate over the raw logs and unpacked data for AdminChanged events raised by the TransparentUpgradeableProxy contract.
type TransparentUpgradeableProxyAdminChangedIterator struct {
	Event *TransparentUpgradeableProxyAdminChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TransparentUpgradeableProxyAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TransparentUpgradeableProxyAdminChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TransparentUpgradeableProxyAdminChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TransparentUpgradeableProxyAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TransparentUpgradeableProxyAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TransparentUpgradeableProxyAdminChanged represents a AdminChanged event raised by the TransparentUpgradeableProxy contract.
type TransparentUpgradeableProxyAdminChanged struct {
	PreviousAdmin common.Address
	NewAdmin      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterAdminChanged is a free log retrieval operation binding the contract event 0x7e644d79422f17c01e4894b5f4f588d331ebfa28653d42ae832dc59e38c9798f.
//
// Solidity: event AdminChanged(address previousAdmin, address newAdmin)
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyFilterer) FilterAdminChanged(opts *bind.FilterOpts) (*TransparentUpgradeableProxyAdminChangedIterator, error) {

	logs, sub, err := _TransparentUpgradeableProxy.contract.FilterLogs(opts, "AdminChanged")
	if err != nil {
		return nil, err
	}
	return &TransparentUpgradeableProxyAdminChangedIterator{contract: _TransparentUpgradeableProxy.contract, event: "AdminChanged", logs: logs, sub: sub}, nil
}

// WatchAdminChanged is a free log subscription operation binding the contract event 0x7e644d79422f17c01e4894b5f4f588d331ebfa28653d42ae832dc59e38c9798f.
//
// Solidity: event AdminChanged(address previousAdmin, address newAdmin)
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyFilterer) WatchAdminChanged(opts *bind.WatchOpts, sink chan<- *TransparentUpgradeableProxyAdminChanged) (event.Subscription, error) {

	logs, sub, err := _TransparentUpgradeableProxy.contract.WatchLogs(opts, "AdminChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TransparentUpgradeableProxyAdminChanged)
				if err := _TransparentUpgradeableProxy.contract.UnpackLog(event, "AdminChanged", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAdminChanged is a log parse operation binding the contract event 0x7e644d79422f17c01e4894b5f4f588d331ebfa28653d42ae832dc59e38c9798f.
//
// Solidity: event AdminChanged(address previousAdmin, address newAdmin)
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyFilterer) ParseAdminChanged(log types.Log) (*TransparentUpgradeableProxyAdminChanged, error) {
	event := new(TransparentUpgradeableProxyAdminChanged)
	if err := _TransparentUpgradeableProxy.contract.UnpackLog(event, "AdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TransparentUpgradeableProxyBeaconUpgradedIterator is returned from FilterBeaconUpgraded and is used to iterate over the raw logs and unpacked data for BeaconUpgraded events raised by the TransparentUpgradeableProxy contract.
type TransparentUpgradeableProxyBeaconUpgradedIterator struct {
	Event *TransparentUpgradeableProxyBeaconUpgraded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TransparentUpgradeableProxyBeaconUpgradedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TransparentUpgradeableProxyBeaconUpgraded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TransparentUpgradeableProxyBeaconUpgraded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TransparentUpgradeableProxyBeaconUpgradedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TransparentUpgradeableProxyBeaconUpgradedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TransparentUpgradeableProxyBeaconUpgraded represents a BeaconUpgraded event raised by the TransparentUpgradeableProxy contract.
type TransparentUpgradeableProxyBeaconUpgraded struct {
	Beacon common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterBeaconUpgraded is a free log retrieval operation binding the contract event 0x1cf3b03a6cf19fa2baba4df148e9dcabedea7f8a5c07840e207e5c089be95d3e.
//
// Solidity: event BeaconUpgraded(address indexed beacon)
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyFilterer) FilterBeaconUpgraded(opts *bind.FilterOpts, beacon []common.Address) (*TransparentUpgradeableProxyBeaconUpgradedIterator, error) {

	var beaconRule []interface{}
	for _, beaconItem := range beacon {
		beaconRule = append(beaconRule, beaconItem)
	}

	logs, sub, err := _TransparentUpgradeableProxy.contract.FilterLogs(opts, "BeaconUpgraded", beaconRule)
	if err != nil {
		return nil, err
	}
	return &TransparentUpgradeableProxyBeaconUpgradedIterator{contract: _TransparentUpgradeableProxy.contract, event: "BeaconUpgraded", logs: logs, sub: sub}, nil
}

// WatchBeaconUpgraded is a free log subscription operation binding the contract event 0x1cf3b03a6cf19fa2baba4df148e9dcabedea7f8a5c07840e207e5c089be95d3e.
//
// Solidity: event BeaconUpgraded(address indexed beacon)
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyFilterer) WatchBeaconUpgraded(opts *bind.WatchOpts, sink chan<- *TransparentUpgradeableProxyBeaconUpgraded, beacon []common.Address) (event.Subscription, error) {

	var beaconRule []interface{}
	for _, beaconItem := range beacon {
		beaconRule = append(beaconRule, beaconItem)
	}

	logs, sub, err := _TransparentUpgradeableProxy.contract.WatchLogs(opts, "BeaconUpgraded", beaconRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TransparentUpgradeableProxyBeaconUpgraded)
				if err := _TransparentUpgradeableProxy.contract.UnpackLog(event, "BeaconUpgraded", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBeaconUpgraded is a log parse operation binding the contract event 0x1cf3b03a6cf19fa2baba4df148e9dcabedea7f8a5c07840e207e5c089be95d3e.
//
// Solidity: event BeaconUpgraded(address indexed beacon)
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyFilterer) ParseBeaconUpgraded(log types.Log) (*TransparentUpgradeableProxyBeaconUpgraded, error) {
	event := new(TransparentUpgradeableProxyBeaconUpgraded)
	if err := _TransparentUpgradeableProxy.contract.UnpackLog(event, "BeaconUpgraded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TransparentUpgradeableProxyUpgradedIterator is returned from FilterUpgraded and is used to iterate over the raw logs and unpacked data for Upgraded events raised by the TransparentUpgradeableProxy contract.
type TransparentUpgradeableProxyUpgradedIterator struct {
	Event *TransparentUpgradeableProxyUpgraded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *TransparentUpgradeableProxyUpgradedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TransparentUpgradeableProxyUpgraded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(TransparentUpgradeableProxyUpgraded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *TransparentUpgradeableProxyUpgradedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TransparentUpgradeableProxyUpgradedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TransparentUpgradeableProxyUpgraded represents a Upgraded event raised by the TransparentUpgradeableProxy contract.
type TransparentUpgradeableProxyUpgraded struct {
	Implementation common.Address
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterUpgraded is a free log retrieval operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyFilterer) FilterUpgraded(opts *bind.FilterOpts, implementation []common.Address) (*TransparentUpgradeableProxyUpgradedIterator, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _TransparentUpgradeableProxy.contract.FilterLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return &TransparentUpgradeableProxyUpgradedIterator{contract: _TransparentUpgradeableProxy.contract, event: "Upgraded", logs: logs, sub: sub}, nil
}

// WatchUpgraded is a free log subscription operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyFilterer) WatchUpgraded(opts *bind.WatchOpts, sink chan<- *TransparentUpgradeableProxyUpgraded, implementation []common.Address) (event.Subscription, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _TransparentUpgradeableProxy.contract.WatchLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TransparentUpgradeableProxyUpgraded)
				if err := _TransparentUpgradeableProxy.contract.UnpackLog(event, "Upgraded", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUpgraded is a log parse operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_TransparentUpgradeableProxy *TransparentUpgradeableProxyFilterer) ParseUpgraded(log types.Log) (*TransparentUpgradeableProxyUpgraded, error) {
	event := new(TransparentUpgradeableProxyUpgraded)
	if err := _TransparentUpgradeableProxy.contract.UnpackLog(event, "Upgraded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpgradeableBeaconMetaData contains all meta data concerning the UpgradeableBeacon contract.
var UpgradeableBeaconMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"implementation\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"}],\"name\":\"upgradeTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161047638038061047683398101604081905261002e91610138565b61003733610046565b61004081610095565b50610165565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b0381163b6101165760405162461bcd60e51b815260206004820152603360248201527f5570677261646561626c65426561636f6e3a20696d706c656d656e746174696f60448201527f6e206973206e6f74206120636f6e747261637400000000000000000000000000606482015260840160405180910390fd5b600180546001600160a01b0319166001600160a01b0392909216919091179055565b5f60208284031215610148575f5ffd5b81516001600160a01b038116811461015e575f5ffd5b9392505050565b610304806101725f395ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c80633659cfe6146100595780635c60da1b1461006e578063715018a6146100975780638da5cb5b1461009f578063f2fde38b146100af575b5f5ffd5b61006c6100673660046102d7565b6100c2565b005b6001546001600160a01b03165b6040516001600160a01b03909116815260200160405180910390f35b61006c610109565b5f546001600160a01b031661007b565b61006c6100bd3660046102d7565b61011c565b6100ca61019a565b6100d3816101f3565b6040516001600160a01b038216907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a250565b61011161019a565b61011a5f610288565b565b61012461019a565b6001600160a01b03811661018e5760405162461bcd60e51b815260206004820152602660248201527f4f776e61626c653a206e6577206f776e657220697320746865207a65726f206160448201526564647265737360d01b60648201526084015b60405180910390fd5b61019781610288565b50565b5f546001600160a01b0316331461011a5760405162461bcd60e51b815260206004820181905260248201527f4f776e61626c653a2063616c6c6572206973206e6f7420746865206f776e65726044820152606401610185565b6001600160a01b0381163b6102665760405162461bcd60e51b815260206004820152603360248201527f5570677261646561626c65426561636f6e3a20696d706c656d656e746174696f6044820152721b881a5cc81b9bdd08184818dbdb9d1c9858dd606a1b6064820152608401610185565b600180546001600160a01b0319166001600160a01b0392909216919091179055565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f602082840312156102e7575f5ffd5b81356001600160a01b03811681146102fd575f5ffd5b939250505056",
}

// UpgradeableBeaconABI is the input ABI used to generate the binding from.
// Deprecated: Use UpgradeableBeaconMetaData.ABI instead.
var UpgradeableBeaconABI = UpgradeableBeaconMetaData.ABI

// UpgradeableBeaconBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use UpgradeableBeaconMetaData.Bin instead.
var UpgradeableBeaconBin = UpgradeableBeaconMetaData.Bin

// DeployUpgradeableBeacon deploys a new Ethereum contract, binding an instance of UpgradeableBeacon to it.
func DeployUpgradeableBeacon(auth *bind.TransactOpts, backend bind.ContractBackend, implementation_ common.Address) (common.Address, *types.Transaction, *UpgradeableBeacon, error) {
	parsed, err := UpgradeableBeaconMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(UpgradeableBeaconBin), backend, implementation_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &UpgradeableBeacon{UpgradeableBeaconCaller: UpgradeableBeaconCaller{contract: contract}, UpgradeableBeaconTransactor: UpgradeableBeaconTransactor{contract: contract}, UpgradeableBeaconFilterer: UpgradeableBeaconFilterer{contract: contract}}, nil
}

// UpgradeableBeacon is an auto generated Go binding around an Ethereum contract.
type UpgradeableBeacon struct {
	UpgradeableBeaconCaller     // Read-only binding to the contract
	UpgradeableBeaconTransactor // Write-only binding to the contract
	UpgradeableBeaconFilterer   // Log filterer for contract events
}

// UpgradeableBeaconCaller is an auto generated read-only Go binding around an Ethereum contract.
type UpgradeableBeaconCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// UpgradeableBeaconTransactor is an auto generated write-only Go binding around an Ethereum contract.
type UpgradeableBeaconTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// UpgradeableBeaconFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type UpgradeableBeaconFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// UpgradeableBeaconSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type UpgradeableBeaconSession struct {
	Contract     *UpgradeableBeacon // Generic contract binding to set the session for
	CallOpts     bind.CallOpts      // Call options to use throughout this session
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// UpgradeableBeaconCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type UpgradeableBeaconCallerSession struct {
	Contract *UpgradeableBeaconCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts            // Call options to use throughout this session
}

// UpgradeableBeaconTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type UpgradeableBeaconTransactorSession struct {
	Contract     *UpgradeableBeaconTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// UpgradeableBeaconRaw is an auto generated low-level Go binding around an Ethereum contract.
type UpgradeableBeaconRaw struct {
	Contract *UpgradeableBeacon // Generic contract binding to access the raw methods on
}

// UpgradeableBeaconCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type UpgradeableBeaconCallerRaw struct {
	Contract *UpgradeableBeaconCaller // Generic read-only contract binding to access the raw methods on
}

// UpgradeableBeaconTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type UpgradeableBeaconTransactorRaw struct {
	Contract *UpgradeableBeaconTransactor // Generic write-only contract binding to access the raw methods on
}

// NewUpgradeableBeacon creates a new instance of UpgradeableBeacon, bound to a specific deployed contract.
func NewUpgradeableBeacon(address common.Address, backend bind.ContractBackend) (*UpgradeableBeacon, error) {
	contract, err := bindUpgradeableBeacon(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &UpgradeableBeacon{UpgradeableBeaconCaller: UpgradeableBeaconCaller{contract: contract}, UpgradeableBeaconTransactor: UpgradeableBeaconTransactor{contract: contract}, UpgradeableBeaconFilterer: UpgradeableBeaconFilterer{contract: contract}}, nil
}

// NewUpgradeableBeaconCaller creates a new read-only instance of UpgradeableBeacon, bound to a specific deployed contract.
func NewUpgradeableBeaconCaller(address common.Address, caller bind.ContractCaller) (*UpgradeableBeaconCaller, error) {
	contract, err := bindUpgradeableBeacon(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &UpgradeableBeaconCaller{contract: contract}, nil
}

// NewUpgradeableBeaconTransactor creates a new write-only instance of UpgradeableBeacon, bound to a specific deployed contract.
func NewUpgradeableBeaconTransactor(address common.Address, transactor bind.ContractTransactor) (*UpgradeableBeaconTransactor, error) {
	contract, err := bindUpgradeableBeacon(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &UpgradeableBeaconTransactor{contract: contract}, nil
}

// NewUpgradeableBeaconFilterer creates a new log filterer instance of UpgradeableBeacon, bound to a specific deployed contract.
func NewUpgradeableBeaconFilterer(address common.Address, filterer bind.ContractFilterer) (*UpgradeableBeaconFilterer, error) {
	contract, err := bindUpgradeableBeacon(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &UpgradeableBeaconFilterer{contract: contract}, nil
}

// bindUpgradeableBeacon binds a generic wrapper to an already deployed contract.
func bindUpgradeableBeacon(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := UpgradeableBeaconMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_UpgradeableBeacon *UpgradeableBeaconRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _UpgradeableBeacon.Contract.UpgradeableBeaconCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_UpgradeableBeacon *UpgradeableBeaconRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _UpgradeableBeacon.Contract.UpgradeableBeaconTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_UpgradeableBeacon *UpgradeableBeaconRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _UpgradeableBeacon.Contract.UpgradeableBeaconTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_UpgradeableBeacon *UpgradeableBeaconCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _UpgradeableBeacon.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_UpgradeableBeacon *UpgradeableBeaconTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _UpgradeableBeacon.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_UpgradeableBeacon *UpgradeableBeaconTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _UpgradeableBeacon.Contract.contract.Transact(opts, method, params...)
}

// Implementation is a free data retrieval call binding the contract method 0x5c60da1b.
//
// Solidity: function implementation() view returns(address)
func (_UpgradeableBeacon *UpgradeableBeaconCaller) Implementation(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _UpgradeableBeacon.contract.Call(opts, &out, "implementation")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Implementation is a free data retrieval call binding the contract method 0x5c60da1b.
//
// Solidity: function implementation() view returns(address)
func (_UpgradeableBeacon *UpgradeableBeaconSession) Implementation() (common.Address, error) {
	return _UpgradeableBeacon.Contract.Implementation(&_UpgradeableBeacon.CallOpts)
}

// Implementation is a free data retrieval call binding the contract method 0x5c60da1b.
//
// Solidity: function implementation() view returns(address)
func (_UpgradeableBeacon *UpgradeableBeaconCallerSession) Implementation() (common.Address, error) {
	return _UpgradeableBeacon.Contract.Implementation(&_UpgradeableBeacon.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_UpgradeableBeacon *UpgradeableBeaconCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _UpgradeableBeacon.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_UpgradeableBeacon *UpgradeableBeaconSession) Owner() (common.Address, error) {
	return _UpgradeableBeacon.Contract.Owner(&_UpgradeableBeacon.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_UpgradeableBeacon *UpgradeableBeaconCallerSession) Owner() (common.Address, error) {
	return _UpgradeableBeacon.Contract.Owner(&_UpgradeableBeacon.CallOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_UpgradeableBeacon *UpgradeableBeaconTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _UpgradeableBeacon.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_UpgradeableBeacon *UpgradeableBeaconSession) RenounceOwnership() (*types.Transaction, error) {
	return _UpgradeableBeacon.Contract.RenounceOwnership(&_UpgradeableBeacon.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_UpgradeableBeacon *UpgradeableBeaconTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _UpgradeableBeacon.Contract.RenounceOwnership(&_UpgradeableBeacon.TransactOpts)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_UpgradeableBeacon *UpgradeableBeaconTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _UpgradeableBeacon.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_UpgradeableBeacon *UpgradeableBeaconSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _UpgradeableBeacon.Contract.TransferOwnership(&_UpgradeableBeacon.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_UpgradeableBeacon *UpgradeableBeaconTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _UpgradeableBeacon.Contract.TransferOwnership(&_UpgradeableBeacon.TransactOpts, newOwner)
}

// UpgradeTo is a paid mutator transaction binding the contract method 0x3659cfe6.
//
// Solidity: function upgradeTo(address newImplementation) returns()
func (_UpgradeableBeacon *UpgradeableBeaconTransactor) UpgradeTo(opts *bind.TransactOpts, newImplementation common.Address) (*types.Transaction, error) {
	return _UpgradeableBeacon.contract.Transact(opts, "upgradeTo", newImplementation)
}

// UpgradeTo is a paid mutator transaction binding the contract method 0x3659cfe6.
//
// Solidity: function upgradeTo(address newImplementation) returns()
func (_UpgradeableBeacon *UpgradeableBeaconSession) UpgradeTo(newImplementation common.Address) (*types.Transaction, error) {
	return _UpgradeableBeacon.Contract.UpgradeTo(&_UpgradeableBeacon.TransactOpts, newImplementation)
}

// UpgradeTo is a paid mutator transaction binding the contract method 0x3659cfe6.
//
// Solidity: function upgradeTo(address newImplementation) returns()
func (_UpgradeableBeacon *UpgradeableBeaconTransactorSession) UpgradeTo(newImplementation common.Address) (*types.Transaction, error) {
	return _UpgradeableBeacon.Contract.UpgradeTo(&_UpgradeableBeacon.TransactOpts, newImplementation)
}

// UpgradeableBeaconOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the UpgradeableBeacon contract.
type UpgradeableBeaconOwnershipTransferredIterator struct {
	Event *UpgradeableBeaconOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *UpgradeableBeaconOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpgradeableBeaconOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(UpgradeableBeaconOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *UpgradeableBeaconOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpgradeableBeaconOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpgradeableBeaconOwnershipTransferred represents a OwnershipTransferred event raised by the UpgradeableBeacon contract.
type UpgradeableBeaconOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_UpgradeableBeacon *UpgradeableBeaconFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*UpgradeableBeaconOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _UpgradeableBeacon.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &UpgradeableBeaconOwnershipTransferredIterator{contract: _UpgradeableBeacon.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_UpgradeableBeacon *UpgradeableBeaconFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *UpgradeableBeaconOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _UpgradeableBeacon.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpgradeableBeaconOwnershipTransferred)
				if err := _UpgradeableBeacon.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_UpgradeableBeacon *UpgradeableBeaconFilterer) ParseOwnershipTransferred(log types.Log) (*UpgradeableBeaconOwnershipTransferred, error) {
	event := new(UpgradeableBeaconOwnershipTransferred)
	if err := _UpgradeableBeacon.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// UpgradeableBeaconUpgradedIterator is returned from FilterUpgraded and is used to iterate over the raw logs and unpacked data for Upgraded events raised by the UpgradeableBeacon contract.
type UpgradeableBeaconUpgradedIterator struct {
	Event *UpgradeableBeaconUpgraded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *UpgradeableBeaconUpgradedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(UpgradeableBeaconUpgraded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(UpgradeableBeaconUpgraded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *UpgradeableBeaconUpgradedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *UpgradeableBeaconUpgradedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// UpgradeableBeaconUpgraded represents a Upgraded event raised by the UpgradeableBeacon contract.
type UpgradeableBeaconUpgraded struct {
	Implementation common.Address
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterUpgraded is a free log retrieval operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_UpgradeableBeacon *UpgradeableBeaconFilterer) FilterUpgraded(opts *bind.FilterOpts, implementation []common.Address) (*UpgradeableBeaconUpgradedIterator, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _UpgradeableBeacon.contract.FilterLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return &UpgradeableBeaconUpgradedIterator{contract: _UpgradeableBeacon.contract, event: "Upgraded", logs: logs, sub: sub}, nil
}

// WatchUpgraded is a free log subscription operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_UpgradeableBeacon *UpgradeableBeaconFilterer) WatchUpgraded(opts *bind.WatchOpts, sink chan<- *UpgradeableBeaconUpgraded, implementation []common.Address) (event.Subscription, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _UpgradeableBeacon.contract.WatchLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(UpgradeableBeaconUpgraded)
				if err := _UpgradeableBeacon.contract.UnpackLog(event, "Upgraded", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUpgraded is a log parse operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_UpgradeableBeacon *UpgradeableBeaconFilterer) ParseUpgraded(log types.Log) (*UpgradeableBeaconUpgraded, error) {
	event := new(UpgradeableBeaconUpgraded)
	if err := _UpgradeableBeacon.contract.UnpackLog(event, "Upgraded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// WrappedEtherMetaData contains all meta data concerning the WrappedEther contract.
var WrappedEtherMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Withdrawal\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506107938061001c5f395ff3fe60806040526004361061009d575f3560e01c8063313ce56711610062578063313ce5671461018757806370a08231146101ad57806395d89b41146101d8578063a9059cbb14610207578063d0e30db014610226578063dd62ed3e1461022e575f5ffd5b806306fdde03146100b0578063095ea7b3146100fe57806318160ddd1461012d57806323b872dd146101495780632e1a7d4d14610168575f5ffd5b366100ac576100aa610264565b005b5f5ffd5b3480156100bb575f5ffd5b506100e86040518060400160405280600d81526020016c2bb930b83832b21022ba3432b960991b81525081565b6040516100f5919061063f565b60405180910390f35b348015610109575f5ffd5b5061011d61011836600461068f565b6102f5565b60405190151581526020016100f5565b348015610138575f5ffd5b50475b6040519081526020016100f5565b348015610154575f5ffd5b5061011d6101633660046106b7565b610361565b348015610173575f5ffd5b506100aa6101823660046106f1565b610418565b348015610192575f5ffd5b5061019b601281565b60405160ff90911681526020016100f5565b3480156101b8575f5ffd5b5061013b6101c7366004610708565b5f6020819052908152604090205481565b3480156101e3575f5ffd5b506100e8604051806040016040528060048152602001630ae8aa8960e31b81525081565b348015610212575f5ffd5b5061011d61022136600461068f565b610548565b6100aa610264565b348015610239575f5ffd5b5061013b610248366004610728565b600160209081525f928352604080842090915290825290205481565b335f908152602081905260408120805434929061028290849061076d565b909155505060405134815233907fe1fffcc4923d04b559f4d29a8bfc6cda04eb5b0d3c460751c2402c5c5cc9109c9060200160405180910390a260405134815233905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a3565b335f8181526001602090815260408083206001600160a01b038716808552925280832085905551919290917f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9259061034f9086815260200190565b60405180910390a35060015b92915050565b5f6001600160a01b0384163314610403576001600160a01b0384165f9081526001602090815260408083203384529091529020545f19811461040157828110156103d357604051630c95cf2760e11b815233600482015260248101829052604481018490526064015b60405180910390fd5b6103dd8382610780565b6001600160a01b0386165f9081526001602090815260408083203384529091529020555b505b61040e84848461055d565b5060019392505050565b335f90815260208190526040902054818110156104585760405163db42144d60e01b815233600482015260248101829052604481018390526064016103ca565b335f8181526020818152604091829020858503905590518481527f7fcf532c15f0a6db0bd6d0e038bea71d30d808c7d98cb3bf7268a95bf5081b65910160405180910390a26040518281525f9033907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a36040515f90339084908381818185875af1925050503d805f8114610513576040519150601f19603f3d011682016040523d82523d5f602084013e610518565b606091505b505090508061054357604051630e21dcbb60e11b8152336004820152602481018490526044016103ca565b505050565b5f61055433848461055d565b50600192915050565b6001600160a01b0383165f90815260208190526040902054818110156105af5760405163db42144d60e01b81526001600160a01b038516600482015260248101829052604481018390526064016103ca565b6001600160a01b038085165f908152602081905260408082208585039055918516815290812080548492906105e590849061076d565b92505081905550826001600160a01b0316846001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8460405161063191815260200190565b60405180910390a350505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b038116811461068a575f5ffd5b919050565b5f5f604083850312156106a0575f5ffd5b6106a983610674565b946020939093013593505050565b5f5f5f606084860312156106c9575f5ffd5b6106d284610674565b92506106e060208501610674565b929592945050506040919091013590565b5f60208284031215610701575f5ffd5b5035919050565b5f60208284031215610718575f5ffd5b61072182610674565b9392505050565b5f5f60408385031215610739575f5ffd5b61074283610674565b915061075060208401610674565b90509250929050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561035b5761035b610759565b8181038181111561035b5761035b61075956",
}

// WrappedEtherABI is the input ABI used to generate the binding from.
// Deprecated: Use WrappedEtherMetaData.ABI instead.
var WrappedEtherABI = WrappedEtherMetaData.ABI

// WrappedEtherBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use WrappedEtherMetaData.Bin instead.
var WrappedEtherBin = WrappedEtherMetaData.Bin

// DeployWrappedEther deploys a new Ethereum contract, binding an instance of WrappedEther to it.
func DeployWrappedEther(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *WrappedEther, error) {
	parsed, err := WrappedEtherMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(WrappedEtherBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &WrappedEther{WrappedEtherCaller: WrappedEtherCaller{contract: contract}, WrappedEtherTransactor: WrappedEtherTransactor{contract: contract}, WrappedEtherFilterer: WrappedEtherFilterer{contract: contract}}, nil
}

// WrappedEther is an auto generated Go binding around an Ethereum contract.
type WrappedEther struct {
	WrappedEtherCaller     // Read-only binding to the contract
	WrappedEtherTransactor // Write-only binding to the contract
	WrappedEtherFilterer   // Log filterer for contract events
}

// WrappedEtherCaller is an auto generated read-only Go binding around an Ethereum contract.
type WrappedEtherCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// WrappedEtherTransactor is an auto generated write-only Go binding around an Ethereum contract.
type WrappedEtherTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// WrappedEtherFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type WrappedEtherFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// WrappedEtherSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type WrappedEtherSession struct {
	Contract     *WrappedEther     // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// WrappedEtherCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type WrappedEtherCallerSession struct {
	Contract *WrappedEtherCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts       // Call options to use throughout this session
}

// WrappedEtherTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type WrappedEtherTransactorSession struct {
	Contract     *WrappedEtherTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts       // Transaction auth options to use throughout this session
}

// WrappedEtherRaw is an auto generated low-level Go binding around an Ethereum contract.
type WrappedEtherRaw struct {
	Contract *WrappedEther // Generic contract binding to access the raw methods on
}

// WrappedEtherCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type WrappedEtherCallerRaw struct {
	Contract *WrappedEtherCaller // Generic read-only contract binding to access the raw methods on
}

// WrappedEtherTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type WrappedEtherTransactorRaw struct {
	Contract *WrappedEtherTransactor // Generic write-only contract binding to access the raw methods on
}

// NewWrappedEther creates a new instance of WrappedEther, bound to a specific deployed contract.
func NewWrappedEther(address common.Address, backend bind.ContractBackend) (*WrappedEther, error) {
	contract, err := bindWrappedEther(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &WrappedEther{WrappedEtherCaller: WrappedEtherCaller{contract: contract}, WrappedEtherTransactor: WrappedEtherTransactor{contract: contract}, WrappedEtherFilterer: WrappedEtherFilterer{contract: contract}}, nil
}

// NewWrappedEtherCaller creates a new read-only instance of WrappedEther, bound to a specific deployed contract.
func NewWrappedEtherCaller(address common.Address, caller bind.ContractCaller) (*WrappedEtherCaller, error) {
	contract, err := bindWrappedEther(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &WrappedEtherCaller{contract: contract}, nil
}

// NewWrappedEtherTransactor creates a new write-only instance of WrappedEther, bound to a specific deployed contract.
func NewWrappedEtherTransactor(address common.Address, transactor bind.ContractTransactor) (*WrappedEtherTransactor, error) {
	contract, err := bindWrappedEther(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &WrappedEtherTransactor{contract: contract}, nil
}

// NewWrappedEtherFilterer creates a new log filterer instance of WrappedEther, bound to a specific deployed contract.
func NewWrappedEtherFilterer(address common.Address, filterer bind.ContractFilterer) (*WrappedEtherFilterer, error) {
	contract, err := bindWrappedEther(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &WrappedEtherFilterer{contract: contract}, nil
}

// bindWrappedEther binds a generic wrapper to an already deployed contract.
func bindWrappedEther(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := WrappedEtherMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_WrappedEther *WrappedEtherRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _WrappedEther.Contract.WrappedEtherCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_WrappedEther *WrappedEtherRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _WrappedEther.Contract.WrappedEtherTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_WrappedEther *WrappedEtherRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _WrappedEther.Contract.WrappedEtherTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_WrappedEther *WrappedEtherCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _WrappedEther.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_WrappedEther *WrappedEtherTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _WrappedEther.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_WrappedEther *WrappedEtherTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _WrappedEther.Contract.contract.Transact(opts, method, params...)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (_WrappedEther *WrappedEtherCaller) Allowance(opts *bind.CallOpts, arg0 common.Address, arg1 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _WrappedEther.contract.Call(opts, &out, "allowance", arg0, arg1)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (_WrappedEther *WrappedEtherSession) Allowance(arg0 common.Address, arg1 common.Address) (*big.Int, error) {
	return _WrappedEther.Contract.Allowance(&_WrappedEther.CallOpts, arg0, arg1)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (_WrappedEther *WrappedEtherCallerSession) Allowance(arg0 common.Address, arg1 common.Address) (*big.Int, error) {
	return _WrappedEther.Contract.Allowance(&_WrappedEther.CallOpts, arg0, arg1)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_WrappedEther *WrappedEtherCaller) BalanceOf(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _WrappedEther.contract.Call(opts, &out, "balanceOf", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_WrappedEther *WrappedEtherSession) BalanceOf(arg0 common.Address) (*big.Int, error) {
	return _WrappedEther.Contract.BalanceOf(&_WrappedEther.CallOpts, arg0)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_WrappedEther *WrappedEtherCallerSession) BalanceOf(arg0 common.Address) (*big.Int, error) {
	return _WrappedEther.Contract.BalanceOf(&_WrappedEther.CallOpts, arg0)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_WrappedEther *WrappedEtherCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _WrappedEther.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_WrappedEther *WrappedEtherSession) Decimals() (uint8, error) {
	return _WrappedEther.Contract.Decimals(&_WrappedEther.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_WrappedEther *WrappedEtherCallerSession) Decimals() (uint8, error) {
	return _WrappedEther.Contract.Decimals(&_WrappedEther.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_WrappedEther *WrappedEtherCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _WrappedEther.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_WrappedEther *WrappedEtherSession) Name() (string, error) {
	return _WrappedEther.Contract.Name(&_WrappedEther.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_WrappedEther *WrappedEtherCallerSession) Name() (string, error) {
	return _WrappedEther.Contract.Name(&_WrappedEther.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_WrappedEther *WrappedEtherCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _WrappedEther.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_WrappedEther *WrappedEtherSession) Symbol() (string, error) {
	return _WrappedEther.Contract.Symbol(&_WrappedEther.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_WrappedEther *WrappedEtherCallerSession) Symbol() (string, error) {
	return _WrappedEther.Contract.Symbol(&_WrappedEther.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_WrappedEther *WrappedEtherCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _WrappedEther.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_WrappedEther *WrappedEtherSession) TotalSupply() (*big.Int, error) {
	return _WrappedEther.Contract.TotalSupply(&_WrappedEther.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_WrappedEther *WrappedEtherCallerSession) TotalSupply() (*big.Int, error) {
	return _WrappedEther.Contract.TotalSupply(&_WrappedEther.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_WrappedEther *WrappedEtherTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _WrappedEther.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_WrappedEther *WrappedEtherSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _WrappedEther.Contract.Approve(&_WrappedEther.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_WrappedEther *WrappedEtherTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _WrappedEther.Contract.Approve(&_WrappedEther.TransactOpts, spender, value)
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_WrappedEther *WrappedEtherTransactor) Deposit(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _WrappedEther.contract.Transact(opts, "deposit")
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_WrappedEther *WrappedEtherSession) Deposit() (*types.Transaction, error) {
	return _WrappedEther.Contract.Deposit(&_WrappedEther.TransactOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_WrappedEther *WrappedEtherTransactorSession) Deposit() (*types.Transaction, error) {
	return _WrappedEther.Contract.Deposit(&_WrappedEther.TransactOpts)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_WrappedEther *WrappedEtherTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _WrappedEther.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_WrappedEther *WrappedEtherSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _WrappedEther.Contract.Transfer(&_WrappedEther.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_WrappedEther *WrappedEtherTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _WrappedEther.Contract.Transfer(&_WrappedEther.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_WrappedEther *WrappedEtherTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _WrappedEther.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_WrappedEther *WrappedEtherSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _WrappedEther.Contract.TransferFrom(&_WrappedEther.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_WrappedEther *WrappedEtherTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _WrappedEther.Contract.TransferFrom(&_WrappedEther.TransactOpts, from, to, value)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 value) returns()
func (_WrappedEther *WrappedEtherTransactor) Withdraw(opts *bind.TransactOpts, value *big.Int) (*types.Transaction, error) {
	return _WrappedEther.contract.Transact(opts, "withdraw", value)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 value) returns()
func (_WrappedEther *WrappedEtherSession) Withdraw(value *big.Int) (*types.Transaction, error) {
	return _WrappedEther.Contract.Withdraw(&_WrappedEther.TransactOpts, value)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 value) returns()
func (_WrappedEther *WrappedEtherTransactorSession) Withdraw(value *big.Int) (*types.Transaction, error) {
	return _WrappedEther.Contract.Withdraw(&_WrappedEther.TransactOpts, value)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_WrappedEther *WrappedEtherTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _WrappedEther.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_WrappedEther *WrappedEtherSession) Receive() (*types.Transaction, error) {
	return _WrappedEther.Contract.Receive(&_WrappedEther.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_WrappedEther *WrappedEtherTransactorSession) Receive() (*types.Transaction, error) {
	return _WrappedEther.Contract.Receive(&_WrappedEther.TransactOpts)
}

// WrappedEtherApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the WrappedEther contract.
type WrappedEtherApprovalIterator struct {
	Event *WrappedEtherApproval // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *WrappedEtherApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(WrappedEtherApproval)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(WrappedEtherApproval)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *WrappedEtherApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *WrappedEtherApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// WrappedEtherApproval represents a Approval event raised by the WrappedEther contract.
type WrappedEtherApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_WrappedEther *WrappedEtherFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*WrappedEtherApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _WrappedEther.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &WrappedEtherApprovalIterator{contract: _WrappedEther.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_WrappedEther *WrappedEtherFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *WrappedEtherApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _WrappedEther.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(WrappedEtherApproval)
				if err := _WrappedEther.contract.UnpackLog(event, "Approval", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_WrappedEther *WrappedEtherFilterer) ParseApproval(log types.Log) (*WrappedEtherApproval, error) {
	event := new(WrappedEtherApproval)
	if err := _WrappedEther.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// WrappedEtherDepositIterator is returned from FilterDeposit and is used to iterate over the raw logs and unpacked data for Deposit events raised by the WrappedEther contract.
type WrappedEtherDepositIterator struct {
	Event *WrappedEtherDeposit // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *WrappedEtherDepositIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(WrappedEtherDeposit)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(WrappedEtherDeposit)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *WrappedEtherDepositIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *WrappedEtherDepositIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// WrappedEtherDeposit represents a Deposit event raised by the WrappedEther contract.
type WrappedEtherDeposit struct {
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterDeposit is a free log retrieval operation binding the contract event 0xe1fffcc4923d04b559f4d29a8bfc6cda04eb5b0d3c460751c2402c5c5cc9109c.
//
// Solidity: event Deposit(address indexed to, uint256 value)
func (_WrappedEther *WrappedEtherFilterer) FilterDeposit(opts *bind.FilterOpts, to []common.Address) (*WrappedEtherDepositIterator, error) {

	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _WrappedEther.contract.FilterLogs(opts, "Deposit", toRule)
	if err != nil {
		return nil, err
	}
	return &WrappedEtherDepositIterator{contract: _WrappedEther.contract, event: "Deposit", logs: logs, sub: sub}, nil
}

// WatchDeposit is a free log subscription operation binding the contract event 0xe1fffcc4923d04b559f4d29a8bfc6cda04eb5b0d3c460751c2402c5c5cc9109c.
//
// Solidity: event Deposit(address indexed to, uint256 value)
func (_WrappedEther *WrappedEtherFilterer) WatchDeposit(opts *bind.WatchOpts, sink chan<- *WrappedEtherDeposit, to []common.Address) (event.Subscription, error) {

	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _WrappedEther.contract.WatchLogs(opts, "Deposit", toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(WrappedEtherDeposit)
				if err := _WrappedEther.contract.UnpackLog(event, "Deposit", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDeposit is a log parse operation binding the contract event 0xe1fffcc4923d04b559f4d29a8bfc6cda04eb5b0d3c460751c2402c5c5cc9109c.
//
// Solidity: event Deposit(address indexed to, uint256 value)
func (_WrappedEther *WrappedEtherFilterer) ParseDeposit(log types.Log) (*WrappedEtherDeposit, error) {
	event := new(WrappedEtherDeposit)
	if err := _WrappedEther.contract.UnpackLog(event, "Deposit", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// WrappedEtherTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the WrappedEther contract.
type WrappedEtherTransferIterator struct {
	Event *WrappedEtherTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *WrappedEtherTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(WrappedEtherTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(WrappedEtherTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *WrappedEtherTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *WrappedEtherTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// WrappedEtherTransfer represents a Transfer event raised by the WrappedEther contract.
type WrappedEtherTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_WrappedEther *WrappedEtherFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*WrappedEtherTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _WrappedEther.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &WrappedEtherTransferIterator{contract: _WrappedEther.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_WrappedEther *WrappedEtherFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *WrappedEtherTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _WrappedEther.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(WrappedEtherTransfer)
				if err := _WrappedEther.contract.UnpackLog(event, "Transfer", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_WrappedEther *WrappedEtherFilterer) ParseTransfer(log types.Log) (*WrappedEtherTransfer, error) {
	event := new(WrappedEtherTransfer)
	if err := _WrappedEther.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// WrappedEtherWithdrawalIterator is returned from FilterWithdrawal and is used to iterate over the raw logs and unpacked data for Withdrawal events raised by the WrappedEther contract.
type WrappedEtherWithdrawalIterator struct {
	Event *WrappedEtherWithdrawal // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *WrappedEtherWithdrawalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(WrappedEtherWithdrawal)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(WrappedEtherWithdrawal)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *WrappedEtherWithdrawalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *WrappedEtherWithdrawalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// WrappedEtherWithdrawal represents a Withdrawal event raised by the WrappedEther contract.
type WrappedEtherWithdrawal struct {
	From  common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterWithdrawal is a free log retrieval operation binding the contract event 0x7fcf532c15f0a6db0bd6d0e038bea71d30d808c7d98cb3bf7268a95bf5081b65.
//
// Solidity: event Withdrawal(address indexed from, uint256 value)
func (_WrappedEther *WrappedEtherFilterer) FilterWithdrawal(opts *bind.FilterOpts, from []common.Address) (*WrappedEtherWithdrawalIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _WrappedEther.contract.FilterLogs(opts, "Withdrawal", fromRule)
	if err != nil {
		return nil, err
	}
	return &WrappedEtherWithdrawalIterator{contract: _WrappedEther.contract, event: "Withdrawal", logs: logs, sub: sub}, nil
}

// WatchWithdrawal is a free log subscription operation binding the contract event 0x7fcf532c15f0a6db0bd6d0e038bea71d30d808c7d98cb3bf7268a95bf5081b65.
//
// Solidity: event Withdrawal(address indexed from, uint256 value)
func (_WrappedEther *WrappedEtherFilterer) WatchWithdrawal(opts *bind.WatchOpts, sink chan<- *WrappedEtherWithdrawal, from []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _WrappedEther.contract.WatchLogs(opts, "Withdrawal", fromRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(WrappedEtherWithdrawal)
				if err := _WrappedEther.contract.UnpackLog(event, "Withdrawal", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawal is a log parse operation binding the contract event 0x7fcf532c15f0a6db0bd6d0e038bea71d30d808c7d98cb3bf7268a95bf5081b65.
//
// Solidity: event Withdrawal(address indexed from, uint256 value)
func (_WrappedEther *WrappedEtherFilterer) ParseWithdrawal(log types.Log) (*WrappedEtherWithdrawal, error) {
	event := new(WrappedEtherWithdrawal)
	if err := _WrappedEther.contract.UnpackLog(event, "Withdrawal", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
