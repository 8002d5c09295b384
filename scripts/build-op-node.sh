#!/usr/bin/env bash
# build-op-node.sh builds an unmodified op-node binary, at the optimism version
# pinned in nodeop's go.mod and against the op-geth that go.mod's replace
# names, into a cache outside the repository, and prints the binary's path on
# stdout (progress goes to stderr).
#
# Why a script: the optimism module zip on the module proxy lacks a generated
# file (op-core/superchain/superchain-configs.zip, embedded with //go:embed),
# so `go build github.com/ethereum-optimism/optimism/op-node/cmd` fails from
# the module cache. This script
#   1. copies the optimism module from `go env GOMODCACHE` (downloading it if
#      absent) into a temp dir and makes it writable,
#   2. adds op-geth's superchain/superchain-configs.zip (from the op-geth module
#      that go.mod's replace points at) as op-core/superchain/superchain-configs.zip
#      and writes its sha256 (sha256sum format) into superchain-configs.zip.sha256,
#      which op-core/superchain checks at init,
#   3. builds op-node/cmd in a temp module that requires optimism (replaced by
#      the temp copy), takes optimism's own requirements and excludes, and
#      carries nodeop's op-geth replace.
# Nothing lands in the repository. Needs only Go and the module proxy.
#
# Output: ${NODEOP_OP_NODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/nodeop/op-node-<version>}/op-node
# Idempotent: a binary whose recorded inputs (op-node.inputs beside it) match
# is reused without building. NODEOP_OP_NODE_REBUILD=1 forces a build.
set -euo pipefail

log() { printf '[build-op-node] %s\n' "$*" >&2; }
die() {
	log "error: $*"
	exit 1
}

command -v go >/dev/null || die "go not found in PATH"

script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd -- "$script_dir/.." && pwd)
[[ -f "$repo/go.mod" ]] || die "no go.mod in $repo"

sha256() {
	if command -v sha256sum >/dev/null; then
		sha256sum "$1" | awk '{print $1}'
	else
		shasum -a 256 "$1" | awk '{print $1}'
	fi
}

optimism=github.com/ethereum-optimism/optimism
gethpath=github.com/ethereum/go-ethereum

# Versions from nodeop's go.mod. `go list -m` reads the module graph (fetching
# go.mod files if needed) without building anything.
cd "$repo"
opt_version=$(go list -m -f '{{.Version}}' "$optimism") || die "cannot read $optimism's version from go.mod"
geth_replace=$(go list -m -f '{{with .Replace}}{{.Path}}@{{.Version}}{{end}}' "$gethpath") ||
	die "cannot read the $gethpath replace from go.mod"
[[ -n "$opt_version" ]] || die "$optimism not required by go.mod"
[[ "$geth_replace" == *@v* ]] || die "go.mod must replace $gethpath with a versioned module (got '$geth_replace')"

out_dir=${NODEOP_OP_NODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/nodeop/op-node-$opt_version}
bin="$out_dir/op-node"
stamp="$out_dir/op-node.inputs"
mkdir -p "$out_dir"

# One build at a time per cache dir (parallel test packages may call us).
if command -v flock >/dev/null; then
	exec 9>"$out_dir/.lock"
	flock 9
fi

# The inputs that define the binary (module contents are pinned by version:
# the go command checks them against go.sum / the checksum database).
go_version=$(go env GOVERSION)
goos=$(go env GOOS)
goarch=$(go env GOARCH)
cgo=$(go env CGO_ENABLED)
script_sum=$(sha256 "$script_dir/$(basename -- "${BASH_SOURCE[0]}")")
inputs="optimism=$optimism@$opt_version
op-geth=$geth_replace
go=$go_version $goos/$goarch cgo=$cgo
script=$script_sum"

if [[ -z "${NODEOP_OP_NODE_REBUILD:-}" && -x "$bin" && -f "$stamp" && "$(cat "$stamp")" == "$inputs" ]]; then
	log "up to date: $bin"
	printf '%s\n' "$bin"
	exit 0
fi

# Module directories (downloaded if absent). `go mod download -json` answers
# with the module's Dir; run outside any module so only the proxy matters.
moddir() {
	local json dir
	json=$(cd "$tmp" && go mod download -json "$1") || die "go mod download $1 failed"
	dir=$(printf '%s\n' "$json" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p' | head -n1)
	[[ -n "$dir" && -d "$dir" ]] || die "no module dir for $1: $json"
	printf '%s\n' "$dir"
}

start=$(date +%s)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/nodeop-op-node.XXXXXX")
cleanup() {
	chmod -R u+w "$tmp" 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT

log "optimism $opt_version, op-geth $geth_replace, $go_version"
opt_dir=$(moddir "$optimism@$opt_version")
geth_dir=$(moddir "$geth_replace")

# 1. Writable copy of the optimism module.
log "copying $opt_dir"
cp -R "$opt_dir" "$tmp/optimism"
chmod -R u+w "$tmp/optimism"

# 2. The superchain registry bundle op-geth ships, pinned by its sha256.
zip_src="$geth_dir/superchain/superchain-configs.zip"
[[ -f "$zip_src" ]] || die "$zip_src missing"
sc_dir="$tmp/optimism/op-core/superchain"
[[ -d "$sc_dir" ]] || die "$sc_dir missing: optimism layout changed?"
cp "$zip_src" "$sc_dir/superchain-configs.zip"
zip_sum=$(sha256 "$sc_dir/superchain-configs.zip")
printf '%s  superchain-configs.zip\n' "$zip_sum" >"$sc_dir/superchain-configs.zip.sha256"
log "superchain-configs.zip sha256 $zip_sum"

# 3. A build module: optimism's own requirements and excludes (its go.mod,
# renamed), optimism itself replaced by the copy, and nodeop's op-geth replace.
mkdir "$tmp/build"
cp "$tmp/optimism/go.mod" "$tmp/build/go.mod"
cat "$tmp/optimism/go.sum" "$repo/go.sum" | sort -u >"$tmp/build/go.sum"
(
	cd "$tmp/build"
	go mod edit \
		-module nodeop.local/op-node-build \
		-require="$optimism@$opt_version" \
		-replace="$optimism=$tmp/optimism" \
		-replace="$gethpath=$geth_replace"
)

version_pkg="$optimism/op-node/version"
ldflags="-X $version_pkg.Version=$opt_version -X $version_pkg.Meta="
log "building $optimism/op-node/cmd (first build takes minutes)"
(
	cd "$tmp/build"
	GOFLAGS="${GOFLAGS:-} -mod=mod" GOWORK=off go build -trimpath -ldflags "$ldflags" -o "$tmp/op-node" "$optimism/op-node/cmd"
) || die "go build of op-node failed"

"$tmp/op-node" --version >/dev/null 2>&1 || die "built op-node does not run"
# Copy beside the target, then rename: atomic, and safe while an older
# op-node from this path is still running.
cp "$tmp/op-node" "$bin.new.$$"
mv -f "$bin.new.$$" "$bin"
printf '%s' "$inputs" >"$stamp.new.$$"
mv -f "$stamp.new.$$" "$stamp"
log "built $bin in $(($(date +%s) - start))s"
printf '%s\n' "$bin"
