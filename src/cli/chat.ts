// `npm run chat`: talk to the bot in the terminal, through the same engine the channels use.
// Options: --locale en|zh-CN (the language to start in), --store memory|sqlite (default memory,
// so trying things out leaves nothing behind; sqlite uses SQLITE_PATH), --id <conversation id>.

import 'dotenv/config';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { stdin, stdout } from 'node:process';
import { conversationTtlMs, loadConfig } from '../config';
import { ConversationEngine } from '../conversation/engine';
import type { Reply } from '../conversation/types';
import { MemoryStore } from '../conversation/stores/memory';
import { SqliteStore } from '../conversation/stores/sqlite';
import { isLocale } from '../locale';

const { values } = parseArgs({
  options: {
    locale: { type: 'string' },
    store: { type: 'string', default: 'memory' },
    id: { type: 'string', default: 'cli:terminal' },
  },
});

function show(reply: Reply): void {
  stdout.write(`\n${reply.text}\n`);
  reply.choices.forEach((c, i) => {
    stdout.write(reply.choiceMode === 'number' ? `  ${i + 1}. ${c.label}\n` : `  · ${c.label}\n`);
  });
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (values.locale !== undefined && !isLocale(values.locale)) {
    console.error('--locale must be zh-CN or en');
    process.exit(1);
  }
  const store = values.store === 'sqlite' ? new SqliteStore(config.SQLITE_PATH) : new MemoryStore();
  const engine = new ConversationEngine({
    store,
    defaultLocale: values.locale ?? config.DEFAULT_LOCALE,
    conversationTtlMs: conversationTtlMs(config),
    deskHours: config.DESK_HOURS,
  });
  const id = values.id ?? 'cli:terminal';
  const welcome = await engine.start(id, 'cli', values.locale);
  welcome.replies.forEach(show);

  const rl = createInterface({ input: stdin, output: stdout, terminal: stdin.isTTY });
  rl.setPrompt('\n> ');
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === '/quit' || text === '/exit') break;
    if (text) {
      const result = await engine.handle({ conversationId: id, channel: 'cli', text });
      result.replies.forEach(show);
    }
    rl.prompt();
  }
  rl.close();
  await store.close();
}

void main();
