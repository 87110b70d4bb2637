// How the engine's replies look in WeChat: replies joined, choices numbered (or as words while the
// bot waits for a figure), pages within 2,047 bytes with the more hint, optional tappable links;
// and the custom menu an operator uploads, whose keys must all be ones the channel knows.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MENU_KEYS, menuAction } from '../../../src/channels/wechat/menu';
import { renderPages } from '../../../src/channels/wechat/render';
import type { Reply } from '../../../src/conversation/types';
import { translator } from '../../../src/i18n';

const zh = translator('zh-CN', 'channels');
const en = translator('en', 'channels');
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

const purpose: Reply = {
  text: '这次主要想解决什么问题？请回复编号：',
  choices: [
    { id: 'purpose:working-capital', label: '资金周转' },
    { id: 'purpose:equipment-expansion', label: '购置设备、扩大生产' },
  ],
  choiceMode: 'number',
};
const size: Reply = {
  text: '请告诉我员工人数。',
  choices: [
    { id: 'size:micro', label: '微型企业' },
    { id: 'size:small', label: '小型企业' },
    { id: 'skip', label: '跳过' },
  ],
  choiceMode: 'text',
};

describe('renderPages', () => {
  it('joins the replies of a turn with a blank line and numbers the choices one per line', () => {
    const pages = renderPages([{ text: '好的，记下了：行业：餐饮业。', choices: [], choiceMode: 'number' }, purpose], 'zh-CN', {
      menuLinks: false,
    });
    expect(pages).toEqual(['好的，记下了：行业：餐饮业。\n\n这次主要想解决什么问题？请回复编号：\n1. 资金周转\n2. 购置设备、扩大生产']);
  });

  it('gives text-mode choices as words on one line, so that a number stays a figure', () => {
    expect(renderPages([size], 'zh-CN', { menuLinks: false })).toEqual(['请告诉我员工人数。\n可回复：微型企业 / 小型企业 / 跳过']);
    expect(
      renderPages([{ ...size, text: 'How many employees?', choices: [{ id: 'skip', label: 'Skip' }] }], 'en', { menuLinks: false }),
    ).toEqual(['How many employees?\nYou can reply: Skip']);
  });

  it('says nothing for a turn without words', () => {
    expect(renderPages([{ text: '  ', choices: [], choiceMode: 'text' }], 'zh-CN', { menuLinks: false })).toEqual([]);
  });

  it('makes choices tappable with weixin://bizmsgmenu links only when asked', () => {
    const [page] = renderPages([purpose, size], 'zh-CN', { menuLinks: true });
    expect(page).toContain('1. <a href="weixin://bizmsgmenu?msgmenucontent=资金周转&msgmenuid=1">资金周转</a>');
    expect(page).toContain('可回复：<a href="weixin://bizmsgmenu?msgmenucontent=微型企业&msgmenuid=3">微型企业</a> / ');
    expect(renderPages([purpose], 'zh-CN', { menuLinks: false })[0]).not.toContain('<a ');
  });

  it('leaves a label plain when it would need escaping inside the link', () => {
    const [page] = renderPages([{ text: '选择：', choices: [{ id: 'x', label: 'R&D "lab"' }], choiceMode: 'number' }], 'en', {
      menuLinks: true,
    });
    expect(page).toBe('选择：\n1. R&D "lab"');
  });

  it('splits a long answer into pages of at most 2,047 bytes, each but the last with the more hint', () => {
    const sentence = '互联网金融的风险包括信用风险、流动性风险和技术风险，办理前请先核查平台资质。';
    const long: Reply = { text: Array.from({ length: 120 }, () => sentence).join(''), choices: [], choiceMode: 'number' };
    for (const [locale, t] of [
      ['zh-CN', zh],
      ['en', en],
    ] as const) {
      const pages = renderPages([long], locale, { menuLinks: false });
      expect(pages.length).toBeGreaterThan(3);
      for (const page of pages) expect(bytes(page)).toBeLessThanOrEqual(2047);
      for (const page of pages.slice(0, -1)) expect(page.endsWith(`。\n\n${t('wechat.moreHint')}`)).toBe(true);
      expect(pages.at(-1)?.endsWith('。')).toBe(true);
    }
  });

  it('never lets tappable links push a page over 2,047 bytes, and never cuts inside one (property)', () => {
    const label = fc.stringMatching(/^[\u4e00-\u9fa5A-Za-z ]{1,20}$/);
    const reply = fc.record({
      text: fc
        .array(fc.constantFrom('风险提示。', 'Some advice. ', '\n', '核查平台是否持牌；', '长'.repeat(200)), { maxLength: 40 })
        .map((a) => a.join('')),
      choices: fc.array(
        label.map((l) => ({ id: l, label: l })),
        { maxLength: 12 },
      ),
      choiceMode: fc.constantFrom('number' as const, 'text' as const),
    });
    fc.assert(
      fc.property(fc.array(reply, { minLength: 1, maxLength: 4 }), fc.boolean(), (replies, links) => {
        for (const page of renderPages(replies, 'zh-CN', { menuLinks: links })) {
          expect(bytes(page)).toBeLessThanOrEqual(2047);
          // Every link that was opened is closed on the same page.
          expect((page.match(/<a /g) ?? []).length).toBe((page.match(/<\/a>/g) ?? []).length);
        }
      }),
      { numRuns: 200 },
    );
  });
});

interface MenuButton {
  type?: string;
  name: string;
  key?: string;
  sub_button?: MenuButton[];
}

describe('the custom menu (docs/wechat-menu.json)', () => {
  const menu = JSON.parse(readFileSync(new URL('../../../docs/wechat-menu.json', import.meta.url), 'utf8')) as { button: MenuButton[] };
  const leaves = menu.button.flatMap((b) => b.sub_button ?? [b]);

  it('fits WeChat’s limits: at most 3 buttons of at most 5 entries, names of 16 / 60 bytes, keys of 128', () => {
    expect(menu.button.length).toBeGreaterThanOrEqual(1);
    expect(menu.button.length).toBeLessThanOrEqual(3);
    for (const button of menu.button) {
      expect(bytes(button.name)).toBeLessThanOrEqual(16);
      expect((button.sub_button ?? []).length).toBeLessThanOrEqual(5);
      for (const sub of button.sub_button ?? []) expect(bytes(sub.name)).toBeLessThanOrEqual(60);
    }
    for (const leaf of leaves) {
      expect(leaf.type).toBe('click');
      expect(bytes(leaf.key ?? '')).toBeLessThanOrEqual(128);
    }
  });

  it('uses only keys the channel knows, each once', () => {
    const keys = leaves.map((l) => l.key ?? '');
    expect(keys.filter((k) => menuAction(k) === undefined)).toEqual([]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('every key the channel knows is documented in the README and docs/wechat.md', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const guide = readFileSync(new URL('../../../docs/wechat.md', import.meta.url), 'utf8');
    for (const key of Object.keys(MENU_KEYS)) {
      expect({ key, readme: readme.includes(`\`${key}\``), guide: guide.includes(`\`${key}\``) }).toEqual({
        key,
        readme: true,
        guide: true,
      });
    }
  });

  it('answers no key from the object prototype', () => {
    expect(menuAction('constructor')).toBeUndefined();
    expect(menuAction('__proto__')).toBeUndefined();
  });
});
