// One user's text message to POST /wechat as the benchmarks send it (bench/run.ts under load,
// bench/http-turns.ts counted in instructions): the signed query WeChat appends and the XML body.

import { createHash, randomBytes } from 'node:crypto';

/** The token the benchmarks' servers are started with. */
export const BENCH_TOKEN = 'bench-token';

/** User i's openid, the same for every message of theirs. */
export function benchOpenid(user: number): string {
  return `o${user.toString(36).padStart(8, '0')}bench`;
}

/** The path (with signature, timestamp, nonce and openid) and the XML body of one text message. */
export function signedWechatMessage(openid: string, text: string, msgId: bigint): { path: string; body: string } {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = randomBytes(6).toString('hex');
  const signature = createHash('sha1').update([BENCH_TOKEN, timestamp, nonce].sort().join('')).digest('hex');
  return {
    path: `/wechat?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}&openid=${openid}`,
    body: `<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[${openid}]]></FromUserName><CreateTime>${timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${text}]]></Content><MsgId>${msgId}</MsgId></xml>`,
  };
}
