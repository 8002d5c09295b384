package eigen_test

import (
	"testing"

	allocationmanager "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AllocationManager"
	delegationmanager "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/DelegationManager"
	iavsregistrar "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/IAVSRegistrar"
	permissioncontroller "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/PermissionController"
	rewardscoordinator "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/RewardsCoordinator"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/nodeop/nodeop/contracts/bindings"
)

func parse(t *testing.T, md *bind.MetaData) *abi.ABI {
	t.Helper()
	a, err := md.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// covers reports every method of sub that full lacks with the same
// signature (so the same selector) and the same outputs.
func covers(t *testing.T, what string, full, sub *abi.ABI) {
	t.Helper()
	bySig := map[string]abi.Method{}
	for _, m := range full.Methods {
		bySig[m.Sig] = m
	}
	for _, m := range sub.Methods {
		f, ok := bySig[m.Sig]
		if !ok {
			t.Errorf("%s: %s not in the other ABI", what, m.Sig)
			continue
		}
		if len(f.Outputs) != len(m.Outputs) {
			t.Errorf("%s: %s returns %d values, want %d", what, m.Sig, len(m.Outputs), len(f.Outputs))
			continue
		}
		for i := range f.Outputs {
			if f.Outputs[i].Type.String() != m.Outputs[i].Type.String() {
				t.Errorf("%s: %s output %d is %s, want %s", what, m.Sig, i, m.Outputs[i].Type, f.Outputs[i].Type)
			}
		}
	}
}

// TestInterfacesMatchEigenLayerV142 checks that the EigenLayer interfaces
// our contracts declare (contracts/src/eigen/IEigenLayer.sol) call exactly
// the v1.4.2 core's functions: a wrong struct layout or parameter type would
// change the selector, and the call would hit the proxy's fallback and revert.
func TestInterfacesMatchEigenLayerV142(t *testing.T) {
	covers(t, "IEigenAllocationManager", parse(t, allocationmanager.AllocationManagerMetaData), parse(t, bindings.IEigenAllocationManagerMetaData))
	covers(t, "IEigenDelegationManager", parse(t, delegationmanager.DelegationManagerMetaData), parse(t, bindings.IEigenDelegationManagerMetaData))
	covers(t, "IEigenPermissionController", parse(t, permissioncontroller.PermissionControllerMetaData), parse(t, bindings.IEigenPermissionControllerMetaData))
	covers(t, "IEigenRewardsCoordinator", parse(t, rewardscoordinator.RewardsCoordinatorMetaData), parse(t, bindings.IEigenRewardsCoordinatorMetaData))
	covers(t, "IAVSRegistrar", parse(t, iavsregistrar.IAVSRegistrarMetaData), parse(t, bindings.IAVSRegistrarMetaData))
	// And the other way round: our registrar implements all of v1.4.2's.
	covers(t, "EigenAVSRegistrar", parse(t, bindings.EigenAVSRegistrarMetaData), parse(t, iavsregistrar.IAVSRegistrarMetaData))
	covers(t, "EigenStakeSource", parse(t, bindings.EigenStakeSourceMetaData), parse(t, bindings.IStakeSourceMetaData))
}
