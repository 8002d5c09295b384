// A wallet user's view of a nodeop devnet, through viem (pinned in
// package.json): send a transfer, wait for its receipt, read the balance.
// Usage: node viem-transfer.mjs RPC_URL PRIVATE_KEY RECIPIENT
// Prints one JSON line: {hash, status, blockNumber, before, after}.
import { createPublicClient, createWalletClient, defineChain, http } from "viem";
import { privateKeyToAccount } from "viem/accounts";

const [rpc, key, to] = process.argv.slice(2);
if (!rpc || !key || !to) {
  console.error("usage: node viem-transfer.mjs RPC_URL PRIVATE_KEY RECIPIENT");
  process.exit(2);
}

const probe = createPublicClient({ transport: http(rpc) });
const chain = defineChain({
  id: await probe.getChainId(),
  name: "nodeop devnet",
  nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
  rpcUrls: { default: { http: [rpc] } },
});
const client = createPublicClient({ chain, transport: http(rpc) });
const wallet = createWalletClient({ account: privateKeyToAccount(key), chain, transport: http(rpc) });

const value = 123456789n;
const before = await client.getBalance({ address: to });
const hash = await wallet.sendTransaction({ to, value });
const receipt = await client.waitForTransactionReceipt({ hash, pollingInterval: 250, timeout: 60_000 });
const after = await client.getBalance({ address: to });
console.log(JSON.stringify({
  hash,
  status: receipt.status,
  blockNumber: receipt.blockNumber.toString(),
  before: before.toString(),
  after: after.toString(),
  value: value.toString(),
}));
