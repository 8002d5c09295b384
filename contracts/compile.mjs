// Compiles every Solidity source under contracts/src with solc-js (the npm
// package pinned in package.json) and writes one artifact per contract to
// contracts/artifacts/<Name>.json: ABI, creation and runtime bytecode.
// Sources may import "@openzeppelin/contracts/..." (the npm package pinned in
// package.json, the version EigenLayer's core is built against); imported
// files get no artifacts, except the few contracts listed in
// importedArtifacts, which Go deploys itself (the proxies EigenLayer's core
// sits behind).
// Then generates the Go bindings (package bindings) for those artifacts into
// contracts/bindings/bindings.go with go-ethereum's abigen, run through
// `go run` so it is the abigen of the module graph (op-geth). Output is
// deterministic, so CI can check the committed artifacts and bindings are in
// sync by regenerating and diffing.
// Usage: node contracts/compile.mjs [--no-bindings]   (GO=<go binary> to override)
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import solc from "solc";

const root = path.dirname(fileURLToPath(import.meta.url));
const srcDir = path.join(root, "src");
const outDir = path.join(root, "artifacts");
const bindingsFile = path.join(root, "bindings", "bindings.go");
const nodeModules = path.join(path.dirname(root), "node_modules");

// Imported contracts that get an artifact (and a binding) although they are
// not defined under contracts/src, by import path. Everything else an import
// brings in (libraries, interfaces, base contracts) is compiled into its
// users' bytecode and needs none.
const importedArtifacts = {
  "@openzeppelin/contracts/proxy/transparent/TransparentUpgradeableProxy.sol": ["TransparentUpgradeableProxy"],
  "@openzeppelin/contracts/proxy/transparent/ProxyAdmin.sol": ["ProxyAdmin"],
  "@openzeppelin/contracts/proxy/beacon/UpgradeableBeacon.sol": ["UpgradeableBeacon"],
};

// findImports resolves the imports solc cannot find among the sources: only
// the OpenZeppelin package, so a typo or a stray import of some other
// node_modules file fails the build instead of silently compiling it in.
// Relative imports inside the package arrive here already resolved against
// the importing file's "@openzeppelin/contracts/..." name.
function findImports(importPath) {
  if (!importPath.startsWith("@openzeppelin/contracts/")) {
    return { error: `import ${importPath}: only @openzeppelin/contracts/... can be imported from node_modules` };
  }
  try {
    return { contents: fs.readFileSync(path.join(nodeModules, importPath), "utf8") };
  } catch (e) {
    return { error: `import ${importPath}: ${e.message} (run npm ci)` };
  }
}

// sourcePath is where an artifact says its contract comes from.
function sourcePath(source) {
  return source.startsWith("@") ? path.posix.join("node_modules", source) : path.posix.join("contracts/src", source);
}

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.name.endsWith(".sol") ? [p] : [];
  });
}

const sources = {};
for (const file of walk(srcDir).sort()) {
  sources[path.relative(srcDir, file)] = { content: fs.readFileSync(file, "utf8") };
}

const input = {
  language: "Solidity",
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: "cancun",
    metadata: { bytecodeHash: "none", appendCBOR: false },
    outputSelection: { "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] } },
  },
};

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
const errors = (output.errors || []).filter((e) => e.severity === "error");
// Warnings about the pinned OpenZeppelin sources (deprecated natspec that
// newer compilers flag) are not ours to fix: count them instead of printing.
let importedWarnings = 0;
for (const e of output.errors || []) {
  if (e.severity !== "error" && (e.sourceLocation?.file || "").startsWith("@")) {
    importedWarnings++;
    continue;
  }
  console.error(e.formattedMessage);
}
if (importedWarnings > 0) console.error(`(${importedWarnings} compiler warnings in imported @openzeppelin sources not shown)`);
if (errors.length > 0) process.exit(1);

fs.mkdirSync(outDir, { recursive: true });
const written = [];
for (const [source, contracts] of Object.entries(output.contracts).sort()) {
  const imported = !(source in sources);
  for (const [name, c] of Object.entries(contracts).sort()) {
    if (imported && !(importedArtifacts[source] || []).includes(name)) continue;
    // Artifacts are keyed by contract name: a second contract of the same
    // name would silently replace the first one's.
    if (written.includes(name)) {
      console.error(`two contracts named ${name}: artifact names must be unique`);
      process.exit(1);
    }
    const artifact = {
      contractName: name,
      source: sourcePath(source),
      compiler: `solc ${solc.version()}`,
      abi: c.abi,
      bytecode: "0x" + c.evm.bytecode.object,
      deployedBytecode: "0x" + c.evm.deployedBytecode.object,
    };
    fs.writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(artifact, null, 2) + "\n");
    written.push(name);
  }
}
console.log(`compiled ${written.length} contracts: ${written.join(", ")}`);

if (!process.argv.includes("--no-bindings")) writeBindings();

// writeBindings runs abigen once over all artifacts that have something to
// call (functions, events or a constructor). One run, through abigen's
// --combined-json input, rather than one --abi/--bin run per contract: abigen
// declares a Go type per Solidity struct (BN254G1Point, ...) in every file it
// writes, so per-contract files in one package would redeclare them, while a
// single run shares them. abigen renders from sorted maps, so the file is
// deterministic. Skipped: BN254 (a library of internal functions whose ABI
// only lists its errors; those errors are in every user's ABI anyway).
function writeBindings() {
  const combined = { contracts: {}, version: solc.version() };
  for (const name of written) {
    const a = JSON.parse(fs.readFileSync(path.join(outDir, `${name}.json`), "utf8"));
    if (!a.abi.some((e) => e.type !== "error")) continue;
    combined.contracts[`${a.source}:${name}`] = {
      abi: a.abi,
      bin: a.bytecode.replace(/^0x/, ""),
      "bin-runtime": a.deployedBytecode.replace(/^0x/, ""),
    };
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nodeop-abigen-"));
  try {
    const input = path.join(tmp, "combined.json");
    fs.writeFileSync(input, JSON.stringify(combined));
    fs.mkdirSync(path.dirname(bindingsFile), { recursive: true });
    const go = process.env.GO || "go";
    const args = ["run", "github.com/ethereum/go-ethereum/cmd/abigen",
      "--combined-json", input, "--pkg", "bindings", "--out", bindingsFile];
    // cwd = the repository root, so `go run` resolves abigen through our
    // go.mod (and its op-geth replace).
    const res = spawnSync(go, args, { cwd: path.dirname(root), stdio: "inherit" });
    if (res.error) throw res.error;
    if (res.status !== 0) process.exit(res.status || 1);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  // abigen writes 0600; generated sources are ordinary files.
  fs.chmodSync(bindingsFile, 0o644);
  const bound = Object.keys(combined.contracts).map((k) => k.split(":").pop());
  console.log(`generated bindings for ${bound.length} contracts: ${bound.join(", ")}`);
}
