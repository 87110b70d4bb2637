// The desk reaching a customer on the web chat page in a real browser (Debian's chromium through
// playwright-core): the customer asks for a person and leaves a number; the agent's reply (sent
// through the desk API, HTML in it shown as text) appears without a reload; the release is told
// and the bot answers again. Skipped without chromium unless REQUIRE_BROWSER=1, as page.browser.test.ts.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PHONE, browserStatus, launchChromium, startApp, type RunningApp } from './browser';
import { translator } from '../../../src/i18n';

const status = browserStatus();
const KEY = { Authorization: 'Bearer desk-1', 'Content-Type': 'application/json' };

if (!status.available) {
  describe('the desk on the web chat page in chromium', () => {
    it('needs chromium', (ctx) => {
      if (status.required) throw new Error(`REQUIRE_BROWSER=1 but ${status.missing}`);
      ctx.skip(`skipped: ${status.missing}`);
    });
  });
} else {
  let browser: Browser;
  let running: RunningApp;

  beforeAll(async () => {
    [browser, running] = await Promise.all([launchChromium(), startApp({ DESK_KEYS: 'desk-1' })]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  const bot = (page: Page) => page.locator('.row.bot:not(.typing-row) .bubble');

  async function type(page: Page, text: string): Promise<void> {
    await page.locator('#input').fill(text);
    await page.locator('#input').press('Enter');
    await page.locator('.row.user .bubble').filter({ hasText: text }).last().waitFor();
    await page.locator('.typing-row').waitFor({ state: 'detached' });
  }

  const desk = (path: string, body?: unknown) =>
    fetch(`${running.origin}/api/v1/desk/${path}`, { method: 'POST', headers: KEY, ...(body ? { body: JSON.stringify(body) } : {}) });

  describe('the desk on the web chat page in chromium', () => {
    it("shows the agent's reply and the release without a reload, and the bot answers again", async () => {
      const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', serviceWorkers: 'block' });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      let loads = 0;
      page.on('load', () => loads++);
      await page.goto(running.origin);
      await bot(page).first().waitFor();
      await type(page, '转人工');
      await type(page, '我电话13888888888 下午打给我嘛');

      const queue = (await (await fetch(`${running.origin}/api/v1/desk/handoffs`, { headers: KEY })).json()) as {
        conversations: Array<{ conversationId: string; contact: unknown }>;
      };
      expect(queue.conversations.map((c) => c.contact)).toEqual([{ phone: '13888888888', callbackTime: '下午' }]);
      const id = encodeURIComponent(queue.conversations[0]!.conversationId);
      expect((await desk(`conversations/${id}/claim`, { agent: '李娜' })).status).toBe(200);
      expect((await desk(`conversations/${id}/messages`, { agent: '李娜', text: '您好，<b>我是</b>李娜，下午3点打给您' })).status).toBe(
        201,
      );
      await bot(page).filter({ hasText: '顾问李娜：您好，<b>我是</b>李娜，下午3点打给您' }).waitFor();
      expect(await page.locator('.row.bot .bubble b').count()).toBe(0);

      expect((await desk(`conversations/${id}/release`)).status).toBe(200);
      await bot(page)
        .filter({ hasText: translator('zh-CN')('handoff.ended') })
        .waitFor();
      await type(page, '我们在大理开客栈');
      expect(await bot(page).allInnerTexts()).toContainEqual(expect.stringContaining('记下了：行业：住宿业'));
      expect([loads, problems]).toEqual([1, []]);
      await context.close();
    }, 60_000);
  });
}
