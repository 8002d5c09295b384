//go:build linux

package verifier

import "syscall"

// sysProcAttr puts op-node in its own process group and has the kernel kill
// it if this process dies without stopping it.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}
