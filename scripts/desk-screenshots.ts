// Takes docs/desk.md's screenshots of the desk console: the app on a memory store with desk keys,
// three customers waiting (two on the web chat page, one through the API, in both languages),
// an agent signed in at 1280x800 who has opened the first, left a note and replied; once in
// Chinese, once in English, and once on a 768px tablet.
// Run: npx tsx scripts/desk-screenshots.ts (needs /usr/bin/chromium and a Chinese font, e.g.
// apt-get install -y fonts-wqy-microhei).

import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { browserStatus, launchChromium, startApp } from '../test/channels/webchat/browser';

const KEY = 'desk-demo-key';

/** What each customer says, on which channel. */
const CUSTOMERS = [
  {
    id: 'dali-inn',
    channel: 'webchat',
    say: ['我们在大理开客栈，员工8个人，一年营业额120万', '想借30万装修', '转人工', '我电话13888888888 下午打给我嘛'],
  },
  { id: 'tea-42', channel: 'api', say: ['我们是做茶叶加工的，员工25人，年营业额800万', '人工', '明天上午10点以后'] },
  { id: 'coffee-en', channel: 'webchat', say: ['We roast coffee in Pu’er, 12 staff', 'can I talk to a person?', 'skip'] },
] as const;

async function post(url: string, body: unknown): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
}

async function shoot(page: Page, file: string): Promise<void> {
  const path = fileURLToPath(new URL(`../docs/${file}`, import.meta.url));
  await page.screenshot({ path });
  console.log(`wrote ${path}`);
}

async function main(): Promise<void> {
  const status = browserStatus();
  if (!status.available) throw new Error(status.missing);
  const [browser, app] = await Promise.all([launchChromium(), startApp({ DESK_KEYS: KEY })]);
  try {
    for (const customer of CUSTOMERS) {
      for (const text of customer.say) {
        if (customer.channel === 'webchat') await post(`${app.origin}/webchat/api/conversations/${customer.id}/messages`, { text });
        else await post(`${app.origin}/api/v1/conversations/${customer.id}/messages`, { text });
      }
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${app.origin}/desk`);
    await page.locator('#key').fill(KEY);
    await page.locator('#agent').fill('李娜');
    await page.locator('#sign-in-button').click();
    await page.locator('.queue-item').first().click();
    await page.locator('#transcript .entry').first().waitFor();
    await page.locator('#note').fill('客栈装修，想借30万；下午回电');
    await page.locator('#note-form button').click();
    await page.locator('#notes .entry').waitFor();
    await page.locator('#reply').fill('您好，我是顾问李娜。下午3点给您打电话，聊聊装修贷款的办法。');
    await page.locator('#reply').press('Enter');
    await page.locator('#transcript .entry.agent').waitFor();
    await page.locator('#connection').filter({ hasText: '实时更新中' }).waitFor();
    await page.locator('#reply').blur();
    await shoot(page, 'desk.png');

    await page.locator('#language').click();
    await page.locator('#summary').filter({ hasText: 'Stage' }).waitFor();
    await page.locator('#language').blur();
    await shoot(page, 'desk-en.png');

    await page.setViewportSize({ width: 768, height: 1024 });
    await page.locator('#language').click();
    await page.locator('#summary').filter({ hasText: '当前阶段' }).waitFor();
    await page.locator('#language').blur();
    await page.locator('#transcript').evaluate((list) => list.scrollTo(0, list.scrollHeight));
    await shoot(page, 'desk-tablet.png');
    await context.close();
  } finally {
    await browser.close();
    await app.close();
  }
}

await main();
