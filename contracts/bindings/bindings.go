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
