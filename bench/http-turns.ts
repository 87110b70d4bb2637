// The whole HTTP path's cost per turn, counted in instructions (repeatable whatever else the machine
// is doing, unlike time): N users walk the benchmark's conversation (bench/script.ts) through signed
// POST /wechat requests to an in-process server on the memory store, one request at a time. Run it
// under callgrind for two N; the difference in instructions over the difference in turns is the cost
// of one turn, start-up excluded (the client's fetch is counted too, the same for every variant):
//   npx esbuild bench/http-turns.ts --bundle --platform=node --format=esm --packages=external --outfile=scratch/http-turns.mjs
//   valgrind --tool=callgrind --callgrind-out-file=/dev/null node [flags] scratch/http-turns.mjs 10   (then 40)
// Prints how many requests were answered 200; it asserts nothing.

import type { AddressInfo } from 'node:net';
import { buildTestApp } from '../test/helpers/app';
import { SCRIPT } from './script';
import { BENCH_TOKEN, benchOpenid, signedWechatMessage } from './wechat-message';

const users = Number(process.argv[2] ?? 20);
const { app } = buildTestApp({ env: { WECHAT_TOKEN: BENCH_TOKEN } });
const server = app.listen(0);
await new Promise((resolve) => server.once('listening', resolve));
const { port } = server.address() as AddressInfo;

let msgId = 1_000_000n;
let ok = 0;
for (const line of SCRIPT) {
  for (let u = 0; u < users; u++) {
    msgId += 1n;
    const { path, body } = signedWechatMessage(benchOpenid(u), line, msgId);
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body });
    await res.text();
    if (res.status === 200) ok++;
  }
}
console.log(`answered 200: ${ok} of ${users * SCRIPT.length}`);
server.close();
