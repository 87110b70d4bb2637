// The web chat page in a real browser (Debian's chromium through playwright-core) on a 375x812
// phone screen: the welcome, typing and tapping through a conversation to advice, the language
// button, a reload that continues the conversation, a new conversation (asked before it clears),
// the keyboard, a message that fails and is sent again; and what makes it fit a phone: chips a
// finger can hit, a long answer read from its first line, nothing under the header, the text size
// raised to 200%. After every test: no console error, and no request left the page's
// origin (every request is recorded; any to another origin is also blocked).
//
// Without chromium these tests are skipped with a note saying so, unless REQUIRE_BROWSER=1 (CI),
// which makes a missing chromium fail the run. One browser per file (the machine has 2 cores).

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PHONE, browserStatus, launchChromium, startApp, type RunningApp } from './browser';
import { translator } from '../../../src/i18n';

const status = browserStatus();

if (!status.available) {
  describe('the web chat page in chromium', () => {
    it('needs chromium', (ctx) => {
      if (status.required) throw new Error(`REQUIRE_BROWSER=1 but ${status.missing}`);
      console.warn(`web chat browser tests skipped: ${status.missing}`);
      ctx.skip(`skipped: ${status.missing}`);
    });
  });
} else {
  let browser: Browser;
  let running: RunningApp;

  beforeAll(async () => {
    [browser, running] = await Promise.all([launchChromium(), startApp()]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  interface Session {
    context: BrowserContext;
    page: Page;
    requests: string[];
    outside: string[];
    problems: string[];
  }

  let s: Session;

  async function openSession(locale = 'zh-CN'): Promise<Session> {
    const context = await browser.newContext({ viewport: PHONE, locale, deviceScaleFactor: 1, serviceWorkers: 'block' });
    const session: Session = { context, page: undefined as unknown as Page, requests: [], outside: [], problems: [] };
    const origin = `${running.origin}/`;
    context.on('request', (r) => session.requests.push(r.url()));
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin)) return route.continue();
      session.outside.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('console', (m) => {
      if (m.type() === 'error') session.problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => session.problems.push(`page error: ${e.message}`));
    session.page = page;
    return session;
  }

  beforeEach(async () => {
    s = await openSession();
  });

  afterEach(async () => {
    const { requests, outside, problems } = s;
    await s.context.close();
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    for (const url of requests) expect(url.startsWith(`${running.origin}/`), url).toBe(true);
  });

  const bot = (page: Page) => page.locator('.row.bot:not(.typing-row) .bubble');
  const user = (page: Page) => page.locator('.row.user .bubble');

  /** Waits until the bot has said something containing `text`, and has finished typing. */
  async function botSays(page: Page, text: string): Promise<void> {
    await bot(page).filter({ hasText: text }).last().waitFor();
    await page.locator('.typing-row').waitFor({ state: 'detached' });
  }

  /** The chip whose label is exactly `label` (a number badge may precede it). */
  function chip(page: Page, label: string) {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return page.locator('.chips .chip').filter({ hasText: new RegExp(`^\\d*${escaped}$`) });
  }

  async function type(page: Page, text: string): Promise<void> {
    const input = page.locator('#input');
    await input.fill(text);
    await input.press('Enter');
    await user(page).filter({ hasText: text }).last().waitFor();
  }

  async function tap(page: Page, label: string): Promise<void> {
    await chip(page, label).click();
    await user(page).filter({ hasText: label }).last().waitFor();
  }

  /** Nothing wider than the phone: no horizontal scrolling anywhere. */
  async function expectFitsPhone(page: Page): Promise<void> {
    const m = await page.evaluate(() => {
      const log = document.getElementById('log')!;
      const wide = Array.from(document.querySelectorAll<HTMLElement>('.bubble, .chip, .bar, .composer, .time, .notice'))
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 || e.getBoundingClientRect().left < -0.5)
        .map((e) => e.className);
      return { page: document.documentElement.scrollWidth, window: window.innerWidth, log: log.scrollWidth - log.clientWidth, wide };
    });
    expect(m).toEqual({ page: PHONE.width, window: PHONE.width, log: 0, wide: [] });
  }

  /** The user's text size raised (a phone's accessibility setting): chromium's default font size. */
  async function raiseTextSize(page: Page, percent: number): Promise<void> {
    const cdp = await page.context().newCDPSession(page);
    const px = (16 * percent) / 100;
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: (13 * percent) / 100 } });
  }

  interface Box {
    top: number;
    bottom: number;
    left: number;
    right: number;
    height: number;
  }

  /**
   * Where `text` (from the start of `from` to the end of its line) is in the bot's last bubble that
   * contains `from`, and the conversation's visible area; null if not found.
   */
  async function place(page: Page, from: string): Promise<{ text: Box; log: Box; header: Box } | null> {
    return page.evaluate((needle) => {
      const box = (r: DOMRect) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height });
      const bubbles = Array.from(document.querySelectorAll('.row.bot .bubble')).reverse();
      for (const bubble of bubbles) {
        for (const node of Array.from(bubble.childNodes)) {
          if (node.nodeType !== Node.TEXT_NODE) continue;
          const data = node.textContent ?? '';
          const at = data.indexOf(needle);
          if (at < 0) continue;
          const end = data.indexOf('\n', at + needle.length);
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, end < 0 ? data.length : end);
          return {
            text: box(range.getBoundingClientRect()),
            log: box(document.getElementById('log')!.getBoundingClientRect()),
            header: box(document.querySelector('.bar')!.getBoundingClientRect()),
          };
        }
      }
      return null;
    }, from);
  }

  const inView = (p: { text: Box; log: Box } | null) => p !== null && p.text.top >= p.log.top - 0.5 && p.text.bottom <= p.log.bottom + 0.5;

  async function logScroll(page: Page): Promise<{ top: number; end: number }> {
    return page.evaluate(() => {
      const log = document.getElementById('log')!;
      return { top: Math.round(log.scrollTop), end: Math.round(log.scrollHeight - log.clientHeight) };
    });
  }

  /** Every chip's box, in order. */
  async function chipBoxes(page: Page): Promise<Box[]> {
    return page.locator('.chips .chip').evaluateAll((chips) =>
      chips.map((c) => {
        const r = c.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
      }),
    );
  }

  /** Chips at least 44px high; 8px between neighbours on a row and between rows. */
  function expectFingerSized(boxes: Box[]): void {
    expect(boxes.length).toBeGreaterThan(0);
    for (const b of boxes) expect(b.height).toBeGreaterThanOrEqual(44);
    const rows: Box[][] = [];
    for (const b of boxes) {
      const row = rows.find((r) => Math.abs((r[0]?.top ?? -1) - b.top) < 1);
      if (row) row.push(b);
      else rows.push([b]);
    }
    for (const row of rows) {
      row.sort((a, b) => a.left - b.left);
      for (let i = 1; i < row.length; i++) expect(row[i]!.left - row[i - 1]!.right).toBeGreaterThanOrEqual(7.5);
    }
    for (let i = 1; i < rows.length; i++) {
      const above = Math.max(...rows[i - 1]!.map((b) => b.bottom));
      const below = Math.min(...rows[i]!.map((b) => b.top));
      expect(below - above).toBeGreaterThanOrEqual(7.5);
    }
  }

  const ONE_MESSAGE_ZH = '我们在昆明开超市，员工8个人，年营业额150万，想借20万进货，周转3个月';
  const ONE_MESSAGE_EN = 'We sell flowers on Taobao, 6 employees, revenue 800k a year, need 200k for stock for 3 months';

  describe('the web chat page in chromium (375x812)', () => {
    it('welcomes a first visitor, and answers a typed message', async () => {
      const { page } = s;
      await page.goto(running.origin);
      await botSays(page, '哪个行业');
      expect(await bot(page).first().innerText()).toContain('您好');
      // The bot's avatar, a time label, and the industries as numbered chips.
      expect(
        await page
          .locator('.row.bot img.avatar')
          .first()
          .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
      ).toBe(true);
      expect(await page.locator('.time time').first().innerText()).toMatch(/^\d{2}:\d{2}$/);
      expect(await chip(page, '住宿（酒店、客栈、民宿）').innerText()).toMatch(/^6\s*住宿/);
      await expectFitsPhone(page);

      await type(page, '我们在大理开客栈');
      await botSays(page, '员工人数');
      expect(await bot(page).allInnerTexts()).toContainEqual(expect.stringContaining('记下了：行业：住宿业'));
      expect(await page.locator('#input').inputValue()).toBe('');
      // The user's bubble is on the right, the bot's on the left.
      const userAvatar = (await page.locator('.row.user .avatar').last().boundingBox())!;
      const botAvatar = (await page.locator('.row.bot .avatar').last().boundingBox())!;
      const userBubble = (await user(page).last().boundingBox())!;
      const botBubble = (await bot(page).last().boundingBox())!;
      expect(botAvatar.x).toBeLessThan(24);
      expect(userAvatar.x + userAvatar.width).toBeGreaterThan(PHONE.width - 24);
      expect(botBubble.x).toBeGreaterThan(botAvatar.x + botAvatar.width);
      expect(userBubble.x + userBubble.width).toBeLessThan(userAvatar.x);
      expect(userBubble.x).toBeGreaterThan(botBubble.x);
    });

    it('goes through a whole conversation to advice, tapping choices', async () => {
      const { page } = s;
      await page.goto(running.origin);
      await botSays(page, '哪个行业');
      await tap(page, '住宿（酒店、客栈、民宿）');
      await botSays(page, '员工人数');
      await type(page, '员工8个人，一年营业额120万');
      await botSays(page, '解决什么问题');
      // Old chips go away when the conversation moves on.
      expect(await chip(page, '微型企业').count()).toBe(0);
      await tap(page, '资金周转');
      await botSays(page, '多少资金');
      await type(page, '30万');
      await botSays(page, '用多久');
      await type(page, '半年');
      await botSays(page, '推荐以下互联网金融服务');
      const advice = await bot(page).filter({ hasText: '推荐以下互联网金融服务' }).innerText();
      expect(advice).toContain('大数据金融');
      expect(advice).toContain('风险提示');
      for (const label of ['风险', '核查平台', '总结', '人工']) expect(await chip(page, label).count()).toBe(1);
      await expectFitsPhone(page);
      await tap(page, '核查平台');
      await botSays(page, '持牌');
      await expectFitsPhone(page);
    });

    it('switches language with the button: the page and the bot both change', async () => {
      const { page } = s;
      await page.goto(running.origin);
      await botSays(page, '哪个行业');
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      await page.getByRole('button', { name: '切换为英文' }).click();
      await botSays(page, 'Which industry');
      expect(await bot(page).allInnerTexts()).toContainEqual(expect.stringContaining('continue in English'));
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('SME Finance Adviser');
      expect(await page.getByRole('button', { name: 'Send' }).count()).toBe(1);
      expect(await page.getByRole('textbox', { name: 'Message' }).getAttribute('placeholder')).toBe('Type here, Enter to send');
      expect(await page.title()).toBe('SME Finance Adviser');
      await tap(page, 'Hotels, inns and guesthouses');
      await botSays(page, 'how many employees');
      await expectFitsPhone(page);

      await page.getByRole('button', { name: 'Switch to Chinese' }).click();
      await botSays(page, '用中文');
      expect(await page.getByRole('button', { name: '发送' }).count()).toBe(1);
    });

    it('continues the conversation after a reload: same history, same language, same place', async () => {
      const { page } = s;
      await page.goto(running.origin);
      await botSays(page, '哪个行业');
      await type(page, '我们在大理开客栈');
      await botSays(page, '员工人数');
      await page.getByRole('button', { name: '切换为英文' }).click();
      await botSays(page, 'how many employees');
      const before = await page.locator('#log > *').allInnerTexts();

      await page.reload();
      await bot(page)
        .nth((await bot(page).count()) - 1)
        .waitFor();
      await page.locator('.chips').waitFor();
      expect(await page.locator('#log > *').allInnerTexts()).toEqual(before);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.getByRole('button', { name: 'Send' }).count()).toBe(1);

      // The server still has the conversation where it was: the size question is answered.
      await type(page, '8 staff, revenue about 1.2 million yuan a year');
      await botSays(page, 'micro enterprise');
      expect(await user(page).allInnerTexts()).toHaveLength(2);
    });

    it('starts a new conversation on request, after asking, forgetting the page’s history', async () => {
      const { page } = s;
      await page.goto(running.origin);
      await botSays(page, '哪个行业');
      await type(page, '我们在大理开客栈');
      await botSays(page, '员工人数');
      const oldId = await page.evaluate(() => JSON.parse(localStorage.getItem('sme-finance-bot.webchat.v1') ?? '{}').id as string);
      const before = await page.locator('#log > *').allInnerTexts();

      // 新对话 sits where WeChat's back button is: it asks first, and 取消 (or Escape) keeps all.
      await page.getByRole('button', { name: /开始新对话/ }).click();
      const dialog = page.getByRole('dialog', { name: '开始新对话？' });
      await dialog.waitFor();
      expect(await dialog.innerText()).toContain('本页的聊天记录会被清空');
      await dialog.getByRole('button', { name: '取消' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('button', { name: /开始新对话/ }).click();
      await dialog.waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await page.locator('#log > *').allInnerTexts()).toEqual(before);
      expect(await page.evaluate(() => JSON.parse(localStorage.getItem('sme-finance-bot.webchat.v1') ?? '{}').id as string)).toBe(oldId);

      await page.getByRole('button', { name: /开始新对话/ }).click();
      await dialog.getByRole('button', { name: '清空并开始' }).click();
      // The old log holds 哪个行业 too: wait until it is cleared, then for the new conversation's question.
      await page.locator('.row.user').first().waitFor({ state: 'detached' });
      await botSays(page, '哪个行业');
      expect(await user(page).count()).toBe(0);
      expect(await bot(page).count()).toBe(2);
      const newId = await page.evaluate(() => JSON.parse(localStorage.getItem('sme-finance-bot.webchat.v1') ?? '{}').id as string);
      expect(newId).toMatch(/^[0-9a-f]{32}$/);
      expect(newId).not.toBe(oldId);
      // The new conversation starts afresh: the industry is asked, not remembered.
      await type(page, '员工8个人，一年营业额120万');
      await botSays(page, '哪个行业');
    });

    it('starts over without asking when the user has not said anything yet', async () => {
      const { page } = s;
      await page.goto(running.origin);
      await botSays(page, '哪个行业');
      const oldId = await page.evaluate(() => JSON.parse(localStorage.getItem('sme-finance-bot.webchat.v1') ?? '{}').id as string);
      await page.getByRole('button', { name: /开始新对话/ }).click();
      await expect
        .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('sme-finance-bot.webchat.v1') ?? '{}').id as string))
        .not.toBe(oldId);
      await botSays(page, '哪个行业');
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect(await bot(page).count()).toBe(2);
    });

    it('works from the keyboard, with labelled controls and a live log', async () => {
      const { page } = s;
      await page.goto(running.origin);
      await botSays(page, '哪个行业');
      const log = page.getByRole('log', { name: '聊天记录' });
      expect(await log.getAttribute('aria-live')).toBe('polite');
      expect(await page.getByRole('group', { name: '快捷回复' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: '开始新对话（清空本页的聊天记录）' }).count()).toBe(1);

      const input = page.getByRole('textbox', { name: '输入消息' });
      await input.focus();
      await page.keyboard.type('我们开客栈');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('在大理');
      expect(await user(page).count()).toBe(0);
      await page.keyboard.press('Enter');
      await user(page).filter({ hasText: '在大理' }).waitFor();
      expect(await user(page).last().innerText()).toContain('我们开客栈\n在大理');
      await botSays(page, '员工人数');

      // A chip chosen with the keyboard sends its label and leaves the focus on the input.
      await chip(page, '微型企业').focus();
      await page.keyboard.press('Enter');
      await user(page).filter({ hasText: '微型企业' }).waitFor();
      await botSays(page, '解决什么问题');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('input');
    });

    it('keeps a message that could not be sent, and sends it again on request', async () => {
      const { page } = s;
      await page.goto(running.origin);
      await botSays(page, '哪个行业');
      await page.route('**/webchat/api/conversations/*/messages', (route) => route.abort('internetdisconnected'), { times: 1 });
      await type(page, '我们在大理开客栈');
      await page.getByText('未发送').waitFor();
      await page.getByText(/网络连接不上/).waitFor();
      // The browser reports the failed request itself; that is the only error expected here.
      expect(s.problems.every((p) => /ERR_INTERNET_DISCONNECTED/.test(p))).toBe(true);
      s.problems.length = 0;

      await page.getByRole('button', { name: '重发' }).click();
      await botSays(page, '员工人数');
      expect(await page.getByText('未发送').count()).toBe(0);
      expect(await user(page).count()).toBe(1);

      // Left while a message was on its way (the server got it, the answer never came back):
      // after a reload it is marked and can be resent, and the resend brings the answer.
      let reached = 0;
      await page.route(
        '**/webchat/api/conversations/*/messages',
        async (route) => {
          reached += 1;
          await route.fetch();
          // The answer is dropped: the page never hears back.
        },
        { times: 1 },
      );
      await page.locator('#input').fill('员工8个人，一年营业额120万');
      await page.locator('#input').press('Enter');
      await page.locator('.typing-row').waitFor();
      await expect.poll(() => reached).toBe(1);
      await page.reload();
      await page.getByText('未发送').waitFor();
      await page.getByRole('button', { name: '重发' }).click();
      await botSays(page, '解决什么问题');
      expect(await bot(page).filter({ hasText: '解决什么问题' }).count()).toBe(1);
      expect(await user(page).count()).toBe(2);
    });

    it('asks for a shorter message instead of sending one over the limit', async () => {
      const { page } = s;
      await page.goto(running.origin);
      await botSays(page, '哪个行业');
      await page.locator('#input').fill('字'.repeat(2001));
      await page.locator('#input').press('Enter');
      await page.getByText(/消息太长了，请控制在2000个字以内/).waitFor();
      expect(await user(page).count()).toBe(0);
      expect(await page.locator('#input').inputValue()).toHaveLength(2001);
    });
  });

  describe('a page that fits a phone (375x812)', () => {
    it('has chips a finger can hit: 44px high at least, 8px apart; header buttons 44px too', async () => {
      const { page } = s;
      await page.goto(running.origin);
      await botSays(page, '哪个行业');
      expectFingerSized(await chipBoxes(page));
      for (const id of ['new-chat', 'language']) {
        expect((await page.locator(`#${id}`).boundingBox())!.height).toBeGreaterThanOrEqual(44);
      }
      await type(page, '我们在大理开客栈，员工8个人，一年营业额120万');
      await botSays(page, '解决什么问题');
      expectFingerSized(await chipBoxes(page));
    });

    it('opens a long answer at its first line, below the header; a short one at its end', async () => {
      const { page } = s;
      await page.goto(running.origin);
      await botSays(page, '哪个行业');
      // The first time label is under the header, not behind it.
      const time = (await page.locator('.time').first().boundingBox())!;
      const header = (await page.locator('.bar').boundingBox())!;
      expect(time.y).toBeGreaterThanOrEqual(header.y + header.height);

      await type(page, ONE_MESSAGE_ZH);
      await botSays(page, '推荐以下互联网金融服务');
      // The answer begins with what was noted: that line is at the top of the conversation...
      const first = await place(page, '好的，记下了');
      expect(inView(first)).toBe(true);
      expect(first!.text.top).toBeGreaterThanOrEqual(first!.header.bottom);
      expect(first!.text.top - first!.log.top).toBeLessThan(40);
      // ...and the page did not jump to the answer's end.
      const scroll = await logScroll(page);
      expect(scroll.top).toBeLessThan(scroll.end);
      expect(inView(await place(page, '回复编号查看详情'))).toBe(false);

      // A short answer that fits is shown whole, down to its chips.
      await page.locator('#log').evaluate((log) => (log.scrollTop = 0));
      await type(page, '总结');
      await botSays(page, '客户情况总结');
      const after = await logScroll(page);
      expect(after.top).toBe(after.end);
      expect(await page.locator('.chips').isVisible()).toBe(true);
    });

    it('opens an English answer at its first line too', async () => {
      const { page } = s;
      await page.goto(`${running.origin}/?lang=en`);
      await botSays(page, 'Which industry');
      await type(page, ONE_MESSAGE_EN);
      await botSays(page, 'I recommend');
      const first = await place(page, 'Got it');
      expect(inView(first)).toBe(true);
      expect(first!.text.top - first!.log.top).toBeLessThan(40);
    });

    // The advice leads with the best pick, then its two cautions, then the alternatives (issue 15).
    it('shows the best pick and a caution on the first screen after a one-message profile', async () => {
      const { page } = s;
      await page.goto(running.origin);
      await botSays(page, '哪个行业');
      await type(page, ONE_MESSAGE_ZH);
      await botSays(page, '推荐以下互联网金融服务');
      expect(inView(await place(page, '1. '))).toBe(true);
      const heading = translator('zh-CN')('advice.cautions');
      const caution = await page.evaluate((h) => {
        const text =
          Array.from(document.querySelectorAll('.row.bot .bubble'))
            .map((b) => b.textContent ?? '')
            .find((t) => t.includes(h)) ?? '';
        return (
          text
            .slice(text.indexOf(h) + h.length)
            .trim()
            .split('\n')[0] ?? ''
        );
      }, heading);
      expect(caution).toMatch(/^· /);
      expect(inView(await place(page, caution))).toBe(true);
    });

    it('works with the text size raised to 200%', async () => {
      const { page } = s;
      await raiseTextSize(page, 200);
      await page.goto(running.origin);
      await botSays(page, '哪个行业');
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.bubble')!).fontSize)).toBe('32px');
      await expectFitsPhone(page);
      // The header's buttons show their whole words; the header leaves the conversation room.
      for (const id of ['new-chat', 'language']) {
        const m = await page.locator(`#${id}`).evaluate((b) => ({
          clipped: b.scrollWidth > b.clientWidth + 1,
          right: b.getBoundingClientRect().right,
          height: b.getBoundingClientRect().height,
        }));
        expect(m.clipped).toBe(false);
        expect(m.right).toBeLessThanOrEqual(PHONE.width);
        expect(m.height).toBeGreaterThanOrEqual(44);
      }
      const header = (await page.locator('.bar').boundingBox())!;
      const composer = (await page.locator('.composer').boundingBox())!;
      const log = (await page.locator('#log').boundingBox())!;
      expect(header.height).toBeLessThan(100);
      expect(composer.y + composer.height).toBeLessThanOrEqual(PHONE.height + 0.5);
      expect(log.height).toBeGreaterThan(PHONE.height * 0.6);
      const time = (await page.locator('.time').first().boundingBox())!;
      expect(time.y).toBeGreaterThanOrEqual(header.y + header.height);
      expectFingerSized(await chipBoxes(page));

      await type(page, ONE_MESSAGE_ZH);
      await botSays(page, '推荐以下互联网金融服务');
      expect(inView(await place(page, '好的，记下了'))).toBe(true);
      await expectFitsPhone(page);

      // The question before clearing fits too, its buttons whole.
      await page.getByRole('button', { name: /开始新对话/ }).click();
      const dialog = page.getByRole('dialog', { name: '开始新对话？' });
      await dialog.waitFor();
      for (const name of ['取消', '清空并开始']) {
        const b = (await dialog.getByRole('button', { name }).boundingBox())!;
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(PHONE.width);
        expect(b.y + b.height).toBeLessThanOrEqual(PHONE.height);
      }
      await dialog.getByRole('button', { name: '取消' }).click();
    });
  });
}
