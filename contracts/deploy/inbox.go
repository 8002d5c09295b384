package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/blsabi"
)

// BatchDomain is BatchHeaders.DOMAIN: keccak256("nodeop.batch.v1"). It
// separates batch-header signatures from every other message the operators'
// BLS keys sign (registration proofs).
var BatchDomain = crypto.Keccak256Hash([]byte("nodeop.batch.v1"))

// UnsafeBlockSignerSlot is the storage slot in which BatchInbox keeps the
// unsafe block signer: OP SystemConfig's keccak256("systemconfig.unsafeblocksigner"),
// the slot op-node reads at start (runcfg.UnsafeBlockSignerAddressSystemConfigStorageSlot).
var UnsafeBlockSignerSlot = crypto.Keccak256Hash([]byte("systemconfig.unsafeblocksigner"))

// Window phases as BatchInbox.whoMaySubmit returns them.
const (
	PhaseTooEarly uint8 = iota // before windowStart: nobody may submit
	PhaseAssigned              // header.Submitter until windowEnd
	PhaseFallback              // one fallback per sub-window, in order
	PhaseOpen                  // any member of the header's epoch
)

// InboxConfig parameterizes a BatchInbox: one per rollup.
type InboxConfig struct {
	// Registry is the OperatorRegistry whose epochs sign batches. It must be
	// deployed (have code) before the inbox.
	Registry common.Address
	// MissedWindowSink (the Slashing contract) and Rewards are told about
	// missed windows and committed batches. They may be the precomputed
	// addresses (crypto.CreateAddress) of contracts deployed after the inbox,
	// since those take the inbox's address; commits fail with
	// HookNotDeployed until they exist. Zero leaves the hook out.
	MissedWindowSink common.Address
	Rewards          common.Address
	// ChainID is the rollup's L2 chain id (the header's chainId).
	ChainID uint64
	// SubWindow is the number of L1 blocks each fallback submitter gets, in
	// order, after the assigned submitter's window.
	SubWindow uint64
	// Batcher is the initial batcher: the rollup config's genesis
	// SystemConfig batcherAddr. Zero means op-node derives nothing until the
	// first commit makes its sender the batcher.
	Batcher common.Address
	// UnsafeBlockSigner is the key op-node accepts gossiped unsafe blocks
	// from (rollup config's p2p sequencer address).
	UnsafeBlockSigner common.Address
}

// Validate reports a configuration the contract would reject.
func (c InboxConfig) Validate() error {
	switch {
	case c.Registry == (common.Address{}):
		return errors.New("inbox needs a registry")
	case c.ChainID == 0:
		return errors.New("inbox needs a non-zero rollup chain id")
	case c.SubWindow == 0:
		return errors.New("inbox needs a fallback sub-window of at least one block")
	}
	return nil
}

// Inbox is a deployed BatchInbox.
type Inbox struct {
	Address  common.Address
	Contract *bindings.BatchInbox
	Tx       *types.Transaction
}

// DeployInbox sends the creation transaction of a BatchInbox (nonce from
// opts, else the pending nonce). It returns once sent; WaitDeployed waits
// for it to be mined.
func DeployInbox(ctx context.Context, backend bind.ContractBackend, opts *bind.TransactOpts, cfg InboxConfig) (*Inbox, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("deploy inbox: %w", err)
	}
	o := *opts
	o.Context = ctx
	args := []any{cfg.Registry, cfg.MissedWindowSink, cfg.Rewards, cfg.ChainID, cfg.SubWindow, cfg.Batcher, cfg.UnsafeBlockSigner}
	if err := withGasLimit(ctx, backend, opts, &o, bindings.BatchInboxMetaData, args...); err != nil {
		return nil, fmt.Errorf("deploy BatchInbox: %w", err)
	}
	addr, tx, c, err := bindings.DeployBatchInbox(&o, backend, cfg.Registry, cfg.MissedWindowSink, cfg.Rewards,
		cfg.ChainID, cfg.SubWindow, cfg.Batcher, cfg.UnsafeBlockSigner)
	if err != nil {
		return nil, fmt.Errorf("deploy BatchInbox: %w", err)
	}
	return &Inbox{Address: addr, Contract: c, Tx: tx}, nil
}

// WaitDeployed waits until the creation transaction is mined and the inbox has code.
func (i *Inbox) WaitDeployed(ctx context.Context, b bind.DeployBackend) error {
	if _, err := bind.WaitDeployed(ctx, b, i.Tx); err != nil {
		return fmt.Errorf("wait for inbox deployment %s: %w", i.Tx.Hash(), err)
	}
	return nil
}

var inboxABI = sync.OnceValues(func() (*abi.ABI, error) { return bindings.BatchInboxMetaData.GetAbi() })

// headerArgs is abi.encode(bytes32, BatchHeader)'s argument list, with the
// header's tuple type taken from the compiled inbox's ABI: the very type the
// contract hashes, so a field added in Solidity changes both sides at once.
var headerArgs = sync.OnceValues(func() (abi.Arguments, error) {
	a, err := inboxABI()
	if err != nil {
		return nil, err
	}
	m, ok := a.Methods["hashHeader"]
	if !ok || len(m.Inputs) != 1 {
		return nil, errors.New("BatchInbox ABI has no hashHeader(BatchHeader)")
	}
	b32, err := abi.NewType("bytes32", "", nil)
	if err != nil {
		return nil, err
	}
	return abi.Arguments{{Type: b32}, {Type: m.Inputs[0].Type}}, nil
})

// HeaderHash is BatchHeaders.hash(h) = keccak256(abi.encode(DOMAIN, h)): the
// 32-byte message each operator BLS-signs (eigensdk-go KeyPair.SignMessage)
// and BatchInbox verifies. Nil slices encode as empty arrays, like the
// contract's.
func HeaderHash(h bindings.BatchHeader) common.Hash {
	enc, err := EncodeHeader(h)
	if err != nil {
		// Only a broken embedded ABI gets here; every BatchHeader value encodes.
		panic(err)
	}
	return crypto.Keccak256Hash(enc)
}

// EncodeHeader is abi.encode(DOMAIN, h), the preimage of HeaderHash.
func EncodeHeader(h bindings.BatchHeader) ([]byte, error) {
	args, err := headerArgs()
	if err != nil {
		return nil, fmt.Errorf("batch header ABI: %w", err)
	}
	enc, err := args.Pack(BatchDomain, h)
	if err != nil {
		return nil, fmt.Errorf("encode batch header: %w", err)
	}
	return enc, nil
}

// PackCommitBatch is the calldata of commitBatch(header, cert). The call
// must travel in a blob transaction (types.BlobTx with a sidecar) whose blob
// hashes are exactly h.BlobHashes, which the abigen transactor cannot send.
func PackCommitBatch(h bindings.BatchHeader, cert bindings.Certificate) ([]byte, error) {
	a, err := inboxABI()
	if err != nil {
		return nil, fmt.Errorf("BatchInbox ABI: %w", err)
	}
	data, err := a.Pack("commitBatch", h, cert)
	if err != nil {
		return nil, fmt.Errorf("pack commitBatch: %w", err)
	}
	return data, nil
}

// NewCertificate builds a certificate from the signers' bitmap (bit i =
// member i of the header's epoch), their aggregate signature over
// HeaderHash(header) and their aggregate G2 key. The contract derives the
// signers' G1 key from the bitmap itself, so apkG2 must cover exactly the
// bitmap's members.
func NewCertificate(signerBitmap *big.Int, sigma *bls.Signature, apkG2 *bls.G2Point) bindings.Certificate {
	s := blsabi.Signature(sigma)
	g2 := blsabi.G2(apkG2)
	return bindings.Certificate{
		SignerBitmap: new(big.Int).Set(signerBitmap),
		SigmaX:       s.X,
		SigmaY:       s.Y,
		ApkG2XIm:     g2.XIm,
		ApkG2XRe:     g2.XRe,
		ApkG2YIm:     g2.YIm,
		ApkG2YRe:     g2.YRe,
	}
}
