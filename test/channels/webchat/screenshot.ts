// Takes the README's screenshots of the web chat page: a phone-sized (375x812) chromium, a short
// conversation in each language. Run: npx tsx test/channels/webchat/screenshot.ts
// (needs /usr/bin/chromium and, for the Chinese one, a CJK font: apt-get install -y fonts-noto-cjk).

import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { PHONE, browserStatus, launchChromium, startApp } from './browser';

const SCENES = [
  { file: 'webchat.png', locale: 'zh-CN', say: ['我们在大理开客栈，员工8个人，一年营业额120万'] },
  { file: 'webchat-en.png', locale: 'en-US', say: ['We run a guesthouse in Dali'] },
];

async function settle(page: Page): Promise<void> {
  await page.locator('.typing-row').waitFor({ state: 'detached' });
  await page.locator('.chips').waitFor();
}

async function main(): Promise<void> {
  const status = browserStatus();
  if (!status.available) throw new Error(status.missing);
  const [browser, app] = await Promise.all([launchChromium(), startApp()]);
  try {
    for (const scene of SCENES) {
      const context = await browser.newContext({ viewport: PHONE, locale: scene.locale, deviceScaleFactor: 2 });
      const page = await context.newPage();
      await page.goto(app.origin);
      await settle(page);
      for (const text of scene.say) {
        await page.locator('#input').fill(text);
        await page.locator('#input').press('Enter');
        await page.locator('.row.user').last().waitFor();
        await settle(page);
      }
      await page.locator('#input').blur();
      const path = fileURLToPath(new URL(`../../../docs/${scene.file}`, import.meta.url));
      await page.screenshot({ path });
      console.log(`wrote ${path}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await app.close();
  }
}

await main();
