// The bare yardstick: the least a WeChat message server can do. express 5 + fast-xml-parser that
// checks the signature, parses the message and answers a fixed text, nothing else. The bot's
// pipeline is measured against it in the same run (npm run bench).

import { createHash, timingSafeEqual } from 'node:crypto';
import express from 'express';
import { XMLParser } from 'fast-xml-parser';

const token = process.env.WECHAT_TOKEN ?? 'bench-token';
const port = Number(process.env.PORT ?? 3999);
const parser = new XMLParser({ processEntities: false, parseTagValue: false });
const app = express();

app.post('/wechat', express.text({ type: () => true, limit: '64kb' }), (req, res) => {
  const { signature = '', timestamp = '', nonce = '' } = req.query as Record<string, string>;
  const expected = createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest();
  const given = Buffer.from(String(signature), 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    res.status(401).end();
    return;
  }
  const msg = (parser.parse(String(req.body)) as { xml?: Record<string, string> }).xml ?? {};
  const now = Math.floor(Date.now() / 1000);
  res.type('application/xml').send(
    `<xml><ToUserName><![CDATA[${msg.FromUserName}]]></ToUserName><FromUserName><![CDATA[${msg.ToUserName}]]></FromUserName><CreateTime>${now}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[收到]]></Content></xml>`,
  );
});

app.listen(port, () => console.log(`yardstick listening on ${port}`));

// A clean exit on the benchmark's SIGTERM, so that a --cpu-prof run writes its profile.
process.on('SIGTERM', () => process.exit(0));
