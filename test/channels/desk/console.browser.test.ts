// The desk console at /desk in a real browser (Debian's chromium through playwright-core), with a
// customer on the web chat page in a second browser context: the customer asks for a person and
// leaves a number; the agent, signed in beforehand, sees the conversation appear without a
// reload, with the number and the transcript; replies; the customer sees the reply without a
// reload; the agent hands back; the customer is told and the bot answers again. Then: sign-in and
// reply by keyboard alone with a visible focus, a 768px tablet without horizontal scrolling, an
// agent's `<img onerror>` shown as text on both pages. No console error, no reload, no request
// leaving the origin, in any of them.
//
// Skipped with a note without chromium, unless REQUIRE_BROWSER=1 (CI), which fails instead.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PHONE, browserStatus, launchChromium, startApp, type RunningApp } from '../webchat/browser';
import { translator } from '../../../src/i18n';

const status = browserStatus();
const DESK_KEY = 'desk-key-1';
const DESKTOP = { width: 1280, height: 800 };
const TABLET = { width: 768, height: 1024 };

if (!status.available) {
  describe('the desk console in chromium', () => {
    it('needs chromium', (ctx) => {
      if (status.required) throw new Error(`REQUIRE_BROWSER=1 but ${status.missing}`);
      console.warn(`desk console browser tests skipped: ${status.missing}`);
      ctx.skip(`skipped: ${status.missing}`);
    });
  });
} else {
  let browser: Browser;
  let running: RunningApp;

  beforeAll(async () => {
    [browser, running] = await Promise.all([launchChromium(), startApp({ DESK_KEYS: DESK_KEY })]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  interface Opened {
    context: BrowserContext;
    page: Page;
    loads: number;
    problems: string[];
    outside: string[];
  }
  const opened: Opened[] = [];

  /** A browser context with one page, watched for errors, reloads and requests elsewhere. */
  async function open(path: string, viewport: { width: number; height: number }, locale = 'zh-CN', origin = running.origin): Promise<Page> {
    const context = await browser.newContext({ viewport, locale, serviceWorkers: 'block' });
    const watch: Opened = { context, page: await context.newPage(), loads: 0, problems: [], outside: [] };
    await context.route('**/*', (route) => {
      if (route.request().url().startsWith(`${origin}/`)) return route.continue();
      watch.outside.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    watch.page.setDefaultTimeout(15_000);
    watch.page.on('console', (m) => {
      if (m.type() === 'error') watch.problems.push(`console: ${m.text()}`);
    });
    watch.page.on('pageerror', (e) => watch.problems.push(`page error: ${e.message}`));
    watch.page.on('load', () => watch.loads++);
    opened.push(watch);
    await watch.page.goto(origin + path);
    return watch.page;
  }

  afterEach(async () => {
    const seen = opened.map((o) => ({ loads: o.loads, problems: o.problems, outside: o.outside }));
    for (const o of opened.splice(0)) await o.context.close();
    expect(seen).toEqual(seen.map(() => ({ loads: 1, problems: [], outside: [] })));
  });

  const bot = (page: Page) => page.locator('.row.bot:not(.typing-row) .bubble');

  /** The customer says something on the web chat page and waits for the answer. */
  async function say(page: Page, text: string): Promise<void> {
    await page.locator('#input').fill(text);
    await page.locator('#input').press('Enter');
    await page.locator('.row.user .bubble').filter({ hasText: text }).last().waitFor();
    await page.locator('.typing-row').waitFor({ state: 'detached' });
  }

  async function customerWaiting(): Promise<Page> {
    const page = await open('/', PHONE);
    await bot(page).first().waitFor();
    await say(page, '转人工');
    await say(page, '我电话13888888888 下午打给我嘛');
    return page;
  }

  /** Waits until the element's text is exactly `text` (the page updates it by itself). */
  async function textBecomes(page: Page, selector: string, text: string): Promise<void> {
    await page.waitForFunction(([s, t]) => document.querySelector(s)?.textContent === t, [selector, text] as const);
  }

  async function signIn(page: Page, agent: string): Promise<void> {
    await page.locator('#key').fill(DESK_KEY);
    await page.locator('#agent').fill(agent);
    await page.locator('#sign-in-button').click();
    await page.locator('#desk').waitFor();
  }

  /** A message in an API conversation (the desk key may act for any channel). */
  async function apiSay(id: string, text: string): Promise<void> {
    const res = await fetch(`${running.origin}/api/v1/conversations/${id}/messages`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${DESK_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text }),
    });
    expect(res.status).toBe(200);
  }

  /** An API conversation waiting for a person. */
  const apiHandoff = (id: string) => apiSay(id, '转人工');

  async function releaseAll(): Promise<void> {
    const headers = { Authorization: `Bearer ${DESK_KEY}` };
    const { conversations } = (await (await fetch(`${running.origin}/api/v1/desk/handoffs`, { headers })).json()) as {
      conversations: Array<{ conversationId: string }>;
    };
    for (const c of conversations) {
      await fetch(`${running.origin}/api/v1/desk/conversations/${encodeURIComponent(c.conversationId)}/release`, {
        method: 'POST',
        headers,
      });
    }
  }

  afterEach(releaseAll);

  describe('the desk console in chromium', () => {
    it('shows a new hand-off live, replies to the customer, hands back; the customer sees both without a reload', async () => {
      const desk = await open('/desk', DESKTOP);
      await signIn(desk, '李娜');
      await desk.locator('#connection').filter({ hasText: '实时更新中' }).waitFor();
      expect(await desk.locator('#queue-empty').innerText()).toBe('现在没有等待的客户。');

      const customer = await customerWaiting();
      const item = desk.locator('.queue-item');
      await item.filter({ hasText: '13888888888' }).waitFor();
      expect(await item.allInnerTexts()).toEqual([
        '网页聊天 · 中文\n已等 不到 1 分钟\n我电话13888888888 下午打给我嘛\n13888888888\n无人接手',
      ]);

      await item.click();
      await desk.locator('#transcript .entry.user').nth(1).waitFor();
      expect(await desk.locator('#contact').innerText()).toBe('电话\n13888888888\n回电时间\n下午');
      expect(await desk.locator('#transcript .entry.user .entry-text').allInnerTexts()).toEqual([
        '转人工',
        '我电话13888888888 下午打给我嘛',
      ]);
      expect(await desk.locator('#transcript .entry-author').allInnerTexts()).toEqual([
        '机器人',
        '机器人',
        '客户',
        '机器人',
        '客户',
        '机器人',
      ]);
      expect(await desk.locator('#summary').innerText()).toBe('客户情况总结\n当前阶段：等待人工顾问\n企业情况：尚未提供\n已推荐：暂无');

      await desk.locator('#reply').fill('您好，我是李娜，下午3点打给您');
      await desk.locator('#reply').press('Enter');
      await desk.locator('#transcript .entry.agent').waitFor();
      await textBecomes(desk, '#claim-state', '您已接手');
      await bot(customer).filter({ hasText: '顾问李娜：您好，我是李娜，下午3点打给您' }).waitFor();

      await desk.locator('#release').click();
      await desk.locator('#action-status').filter({ hasText: '已交还机器人，客户已收到通知。' }).waitFor();
      await desk.locator('#queue-empty').waitFor();
      await bot(customer)
        .filter({ hasText: translator('zh-CN')('handoff.ended') })
        .waitFor();
      await say(customer, '我们在大理开客栈');
      expect(await bot(customer).allInnerTexts()).toContainEqual(expect.stringContaining('记下了：行业：住宿业'));
    }, 90_000);

    it('signs in and replies by keyboard alone, with a visible focus', async () => {
      await apiHandoff('kb-1');
      const desk = await open('/desk', DESKTOP, 'en-US');
      expect(await desk.evaluate(() => document.activeElement?.id)).toBe('key');
      await desk.keyboard.type(DESK_KEY);
      await desk.keyboard.press('Tab');
      expect(await desk.evaluate(() => document.activeElement?.id)).toBe('agent');
      await desk.keyboard.type('Li Na');
      await desk.keyboard.press('Enter');
      await desk.locator('#desk').waitFor();
      // The focus is on the first customer waiting: Enter opens them and puts it in the reply box.
      expect(await desk.evaluate(() => (document.activeElement as HTMLElement).dataset.conversationId)).toBe('kb-1');
      const ring = await desk.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
      expect(ring).toBe('solid');
      await desk.keyboard.press('Enter');
      await desk.locator('#transcript .entry').first().waitFor();
      await desk.waitForFunction(() => document.activeElement?.id === 'reply');
      await desk.keyboard.type('Hello, this is Li Na.');
      await desk.keyboard.press('Enter');
      await desk.locator('#transcript .entry.agent').waitFor();
      const sent = desk.locator('#transcript .entry.agent');
      expect({
        author: await sent.locator('.entry-author').innerText(),
        time: /^\d\d:\d\d$/.test(await sent.locator('time').innerText()),
        text: await sent.locator('.entry-text').innerText(),
      }).toEqual({ author: 'Adviser Li Na', time: true, text: 'Hello, this is Li Na.' });
      await textBecomes(desk, '#claim-state', 'Claimed by you');

      // The customer goes back to the bot: the console says so, and the reply box closes.
      await apiSay('kb-1', 'back to the bot');
      await desk.locator('#action-status').filter({ hasText: 'This customer is no longer waiting for a person' }).waitFor();
      expect([await desk.locator('#queue-empty').isVisible(), await desk.locator('#reply').isDisabled()]).toEqual([true, true]);
    }, 60_000);

    it('fits a 768px tablet without horizontal scrolling', async () => {
      await apiHandoff('tablet-1');
      const desk = await open('/desk', TABLET);
      await signIn(desk, '李娜');
      await desk.locator('.queue-item').click();
      await desk.locator('#transcript .entry').first().waitFor();
      const widths = await desk.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths).toEqual({ scroll: 768, client: 768 });
      for (const id of ['#reply', '#send', '#release', '#note']) {
        const box = await desk.locator(id).boundingBox();
        expect({ id, inside: box !== null && box.x >= 0 && box.x + box.width <= 768 }).toEqual({ id, inside: true });
      }
    }, 60_000);

    it('refuses a wrong key and keeps nothing; without DESK_KEYS it says why and offers no sign-in', async () => {
      const desk = await open('/desk', DESKTOP, 'en-US');
      await desk.locator('#key').fill('not-a-key');
      await desk.locator('#agent').fill('Li Na');
      const refused = desk.waitForEvent('console', (m) => m.type() === 'error');
      await desk.locator('#agent').press('Enter');
      await desk.locator('#sign-in-error').filter({ hasText: 'That key is not valid' }).waitFor();
      // The browser logs the refused request; that one is expected.
      expect((await refused).text()).toBe('Failed to load resource: the server responded with a status of 401 (Unauthorized)');
      expect(await desk.evaluate(() => JSON.stringify(sessionStorage))).toBe('{}');
      opened.find((o) => o.page === desk)!.problems.splice(0, 1);

      const closed = await startApp();
      try {
        const off = await open('/desk', DESKTOP, 'zh-CN', closed.origin);
        await off.locator('#access-note').waitFor();
        expect(await off.locator('#access-note').innerText()).toBe(
          '工作台未开启：服务器没有设置 DESK_KEYS，所以不能登录。请管理员在配置中设置 DESK_KEYS（多个用逗号分隔）并重启；仅在本机试用时，可以设置 DESK_OPEN=1。',
        );
        expect(await off.locator('#sign-in-button').isDisabled()).toBe(true);
        expect(await off.locator('#key-field').isVisible()).toBe(false);
      } finally {
        await closed.close();
      }
    }, 60_000);

    it("shows an agent's <img onerror> as text, in the console and on the customer's page", async () => {
      const customer = await customerWaiting();
      const desk = await open('/desk', DESKTOP);
      await signIn(desk, '李娜');
      await desk.locator('.queue-item').click();
      const attack = '<img src=x onerror="document.title=\'owned\'">';
      await desk.locator('#reply').fill(attack);
      await desk.locator('#send').click();
      await desk.locator('#transcript .entry.agent').waitFor();
      expect(await desk.locator('#transcript .entry.agent .entry-text').innerText()).toBe(attack);
      await bot(customer)
        .filter({ hasText: `顾问李娜：${attack}` })
        .waitFor();
      for (const page of [desk, customer]) {
        expect(await page.locator('img[src="x"]').count()).toBe(0);
        expect(await page.title()).not.toBe('owned');
      }
    }, 60_000);
  });
}
