package contracts

import (
	"bytes"
	"math/big"
	"testing"
)

func TestLoadTestToken(t *testing.T) {
	a, err := Load("TestToken")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []string{"transfer", "balanceOf", "approve", "transferFrom", "totalSupply"} {
		if _, ok := a.ABI.Methods[m]; !ok {
			t.Errorf("ABI lacks %s", m)
		}
	}
	if len(a.Bytecode) == 0 || len(a.DeployedBytecode) == 0 {
		t.Fatalf("empty bytecode: creation %d, runtime %d bytes", len(a.Bytecode), len(a.DeployedBytecode))
	}
	data, err := a.DeployData(big.NewInt(1000))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, a.Bytecode) || len(data) != len(a.Bytecode)+32 {
		t.Fatalf("deploy data: %d bytes, want creation code + one word", len(data))
	}
	if _, err := a.DeployData(); err == nil {
		t.Fatal("missing constructor argument accepted")
	}
	if _, err := Load("NoSuchContract"); err == nil {
		t.Fatal("unknown contract loaded")
	}
}
