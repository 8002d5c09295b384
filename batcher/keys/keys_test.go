package keys

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestSaveLoadRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name string
		kdf  KDF
	}{{"standard", StandardKDF}, {"light", LightKDF}} {
		t.Run(tc.name, func(t *testing.T) { roundTrip(t, tc.kdf) })
	}
}

func roundTrip(t *testing.T, kdf KDF) {
	k, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "op")
	if err := k.SaveWith(dir, "hunter2", kdf); err != nil {
		t.Fatalf("Save: %v", err)
	}
	// Both files carry the KDF cost asked for.
	for _, f := range []string{ECDSAFile, BLSFile} {
		raw, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		var file struct {
			Crypto struct {
				KDFParams struct{ N, P int } `json:"kdfparams"`
			} `json:"crypto"`
		}
		if err := json.Unmarshal(raw, &file); err != nil || file.Crypto.KDFParams.N != kdf.N || file.Crypto.KDFParams.P != kdf.P {
			t.Fatalf("%s: kdf params %+v (%v), want %+v", f, file.Crypto.KDFParams, err, kdf)
		}
	}
	// eigensdk-go reads the BLS file as its own.
	bk, err := bls.ReadPrivateKeyFromFile(filepath.Join(dir, BLSFile), "hunter2")
	if err != nil || bk.PubKey.String() != k.BLS.PubKey.String() {
		t.Fatalf("eigensdk-go reads %v (%v)", bk, err)
	}
	for _, f := range []string{ECDSAFile, BLSFile} {
		st, err := os.Stat(filepath.Join(dir, f))
		if err != nil || st.Mode().Perm() != 0o600 {
			t.Fatalf("%s: mode %v (%v), want 0600", f, st.Mode().Perm(), err)
		}
	}
	got, err := Load(dir, "hunter2")
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if got.Public() != k.Public() {
		t.Fatalf("loaded %+v, saved %+v", got.Public(), k.Public())
	}
	// The loaded BLS key signs what the saved public key verifies.
	msg := crypto.Keccak256Hash([]byte("batch header"))
	ok, err := got.BLS.SignMessage(msg).Verify(k.BLS.GetPubKeyG2(), msg)
	if err != nil || !ok {
		t.Fatalf("signature by the loaded key does not verify: %v %v", ok, err)
	}
	// The ECDSA file is a standard keystore file.
	raw, _ := os.ReadFile(filepath.Join(dir, ECDSAFile))
	if key, err := keystore.DecryptKey(raw, "hunter2"); err != nil || key.Address != k.Address() {
		t.Fatalf("go-ethereum keystore reads %v (%v), want %s", key, err, k.Address())
	}
}

func TestSaveAndLoadRefuse(t *testing.T) {
	k, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := k.Save(dir, ""); err == nil {
		t.Fatal("saved with an empty password")
	}
	if err := k.Save(dir, "pw"); err != nil {
		t.Fatal(err)
	}
	other, _ := Generate()
	if err := other.Save(dir, "pw"); !errors.Is(err, ErrExists) {
		t.Fatalf("second Save into the same folder: %v, want %v", err, ErrExists)
	}
	if got, err := Load(dir, "pw"); err != nil || got.Address() != k.Address() {
		t.Fatalf("the first keys were replaced (%v)", err)
	}
	if _, err := Load(dir, "wrong"); err == nil {
		t.Fatal("loaded with a wrong password")
	}
	if _, err := Load(t.TempDir(), "pw"); err == nil {
		t.Fatal("loaded from an empty folder")
	}
	// An ECDSA keystore file in the BLS slot is refused, not misread.
	raw, _ := os.ReadFile(filepath.Join(dir, ECDSAFile))
	swapped := t.TempDir()
	os.WriteFile(filepath.Join(swapped, ECDSAFile), raw, 0o600)
	os.WriteFile(filepath.Join(swapped, BLSFile), raw, 0o600)
	if _, err := Load(swapped, "pw"); err == nil {
		t.Fatal("an ECDSA file was read as a BLS key")
	}
}
