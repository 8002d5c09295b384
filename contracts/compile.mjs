// Compiles every Solidity source under contracts/src with solc-js (the npm
// package pinned in package.json) and writes one artifact per contract to
// contracts/artifacts/<Name>.json: ABI, creation and runtime bytecode.
// Output is deterministic, so CI can check the committed artifacts are in
// sync by recompiling and diffing. Usage: node contracts/compile.mjs
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import solc from "solc";

const root = path.dirname(fileURLToPath(import.meta.url));
const srcDir = path.join(root, "src");
const outDir = path.join(root, "artifacts");

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

const output = JSON.parse(solc.compile(JSON.stringify(input)));
const errors = (output.errors || []).filter((e) => e.severity === "error");
for (const e of output.errors || []) console.error(e.formattedMessage);
if (errors.length > 0) process.exit(1);

fs.mkdirSync(outDir, { recursive: true });
const written = [];
for (const [source, contracts] of Object.entries(output.contracts).sort()) {
  for (const [name, c] of Object.entries(contracts).sort()) {
    const artifact = {
      contractName: name,
      source: path.posix.join("contracts/src", source),
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
