// Package keys holds an operator's two keys, kept encrypted in one folder:
// an ECDSA key for its L1 transactions (go-ethereum's keystore v3 format,
// so any Ethereum tool can read it) and a BN254 BLS key for batch
// signatures (eigensdk-go's encrypted format, as EigenLayer operators use).
package keys

import (
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
)

// File names inside a key folder.
const (
	ECDSAFile = "ecdsa.json"
	BLSFile   = "bls.json"
)

// ErrExists: Save never overwrites a key, which could not be recovered.
var ErrExists = errors.New("key file exists")

// Keys are one operator's keys.
type Keys struct {
	ECDSA *ecdsa.PrivateKey
	BLS   *bls.KeyPair
}

// Generate makes new random keys.
func Generate() (*Keys, error) {
	ek, err := crypto.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("keys: ecdsa: %w", err)
	}
	bk, err := bls.GenRandomBlsKeys()
	if err != nil {
		return nil, fmt.Errorf("keys: bls: %w", err)
	}
	return &Keys{ECDSA: ek, BLS: bk}, nil
}

// Address is the operator's L1 address.
func (k *Keys) Address() common.Address { return crypto.PubkeyToAddress(k.ECDSA.PublicKey) }

// Public is what an operator may publish: its address and BLS public keys.
type Public struct {
	Address common.Address `json:"address"`
	// BLSG1 and BLSG2 are the BLS public keys, serialized as eigensdk-go
	// does (G1: 64 bytes, G2: 128 bytes).
	BLSG1 string `json:"blsG1"`
	BLSG2 string `json:"blsG2"`
	// OperatorID is eigensdk-go's id: keccak256 of the G1 key.
	OperatorID string `json:"operatorId"`
}

// Public returns the public parts.
func (k *Keys) Public() Public {
	g1 := k.BLS.GetPubKeyG1()
	return Public{
		Address:    k.Address(),
		BLSG1:      "0x" + hex.EncodeToString(g1.Serialize()),
		BLSG2:      "0x" + hex.EncodeToString(k.BLS.GetPubKeyG2().Serialize()),
		OperatorID: g1.GetOperatorID(),
	}
}

// KDF is the scrypt cost the key files are encrypted with. Load reads it
// from each file, so keys saved with any KDF load the same way.
type KDF struct{ N, P int }

var (
	// StandardKDF is go-ethereum's and eigensdk-go's default (about a
	// second and 256 MB per key): what an operator's keys get.
	StandardKDF = KDF{keystore.StandardScryptN, keystore.StandardScryptP}
	// LightKDF is for devnet keys, whose password lies next to them: a
	// costly KDF would protect nothing and slow every init and start.
	LightKDF = KDF{keystore.LightScryptN, keystore.LightScryptP}
)

// blsKeyFile is eigensdk-go's BLS key file format (its
// ReadPrivateKeyFromFile reads it): the public key and a v3 keystore
// crypto section. eigensdk-go only writes it with the standard KDF.
type blsKeyFile struct {
	PubKey string              `json:"pubKey"`
	Crypto keystore.CryptoJSON `json:"crypto"`
}

// Save writes both keys, encrypted with password under StandardKDF, into
// dir (created 0700), each file 0600. It refuses to replace either file.
func (k *Keys) Save(dir, password string) error {
	return k.SaveWith(dir, password, StandardKDF)
}

// SaveWith is Save with the given KDF cost.
func (k *Keys) SaveWith(dir, password string, kdf KDF) error {
	if password == "" {
		return errors.New("keys: empty password")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("keys: %w", err)
	}
	ePath, bPath := filepath.Join(dir, ECDSAFile), filepath.Join(dir, BLSFile)
	for _, p := range []string{ePath, bPath} {
		if _, err := os.Stat(p); err == nil {
			return fmt.Errorf("keys: %w: %s", ErrExists, p)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("keys: %w", err)
		}
	}
	id, err := uuid.NewRandom()
	if err != nil {
		return fmt.Errorf("keys: %w", err)
	}
	ejson, err := keystore.EncryptKey(&keystore.Key{Id: id, Address: k.Address(), PrivateKey: k.ECDSA}, password, kdf.N, kdf.P)
	if err != nil {
		return fmt.Errorf("keys: encrypt ecdsa: %w", err)
	}
	sk := k.BLS.PrivKey.Bytes()
	bcrypto, err := keystore.EncryptDataV3(sk[:], []byte(password), kdf.N, kdf.P)
	if err != nil {
		return fmt.Errorf("keys: encrypt bls: %w", err)
	}
	bjson, err := json.Marshal(blsKeyFile{PubKey: k.BLS.PubKey.String(), Crypto: bcrypto})
	if err != nil {
		return fmt.Errorf("keys: encode bls: %w", err)
	}
	if err := writeNew(ePath, ejson); err != nil {
		return err
	}
	return writeNew(bPath, bjson)
}

func writeNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("keys: %w", err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("keys: write %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("keys: sync %s: %w", path, err)
	}
	return f.Close()
}

// Load reads and decrypts the keys in dir.
func Load(dir, password string) (*Keys, error) {
	ejson, err := os.ReadFile(filepath.Join(dir, ECDSAFile))
	if err != nil {
		return nil, fmt.Errorf("keys: %w", err)
	}
	ek, err := keystore.DecryptKey(ejson, password)
	if err != nil {
		return nil, fmt.Errorf("keys: decrypt %s: %w", ECDSAFile, err)
	}
	bk, err := bls.ReadPrivateKeyFromFile(filepath.Join(dir, BLSFile), password)
	if err != nil {
		return nil, fmt.Errorf("keys: decrypt %s: %w", BLSFile, err)
	}
	return &Keys{ECDSA: ek.PrivateKey, BLS: bk}, nil
}
