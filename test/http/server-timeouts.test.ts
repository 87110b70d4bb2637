// The HTTP server's own deadlines (createHttpServer): a client that sends its headers or its
// body too slowly gets 408 and the socket is closed, instead of holding it for minutes.

import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/server';
import { buildTestApp } from '../helpers/app';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function listening(): Promise<number> {
  const { app, config } = buildTestApp({ env: { HTTP_HEADERS_TIMEOUT_MS: '1000', HTTP_REQUEST_TIMEOUT_MS: '1500' } });
  server = createHttpServer(app, config);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
  return (server.address() as AddressInfo).port;
}

/** Writes `sent` and never more; resolves with what came back when the server closes, and when. */
function stall(port: number, sent: string): Promise<{ answer: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let answer = '';
    const socket: Socket = connect(port, '127.0.0.1', () => socket.write(sent));
    socket.on('data', (d) => (answer += String(d)));
    socket.on('error', reject);
    socket.on('close', () => resolve({ answer, ms: performance.now() - started }));
  });
}

describe('request deadlines', () => {
  it('closes a connection whose headers never end, with 408', async () => {
    const port = await listening();
    const { answer, ms } = await stall(port, 'POST /api/v1/conversations/x/messages HTTP/1.1\r\nHost: bot\r\nX-Slow: ');
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 408 Request Timeout');
    expect(ms).toBeLessThan(4000);
  });

  it('closes a connection whose body never comes, with 408', async () => {
    const port = await listening();
    const head =
      'POST /api/v1/conversations/x/messages HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n';
    const { answer, ms } = await stall(port, `${head}{"text":"我们开`);
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 408 Request Timeout');
    expect(ms).toBeLessThan(4000);
  });
});
