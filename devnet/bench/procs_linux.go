package bench

import "syscall"

// childAttr puts a child in its own process group, so that a Ctrl-C in
// the terminal reaches only the bench, which then stops its children in
// order, and has the kernel kill it if the bench dies without stopping
// it. Pdeathsig follows the thread that started the child, not the
// process; Go keeps its threads alive unless a goroutine exits locked to
// one, which the bench never does.
func childAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}
