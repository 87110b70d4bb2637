// The pages of a long answer: the first is the reply, the rest kept in the cache for 更多 / MORE,
// handed out one at a time, and gone with the conversation's deletion.

import { describe, expect, it } from 'vitest';
import { PAGES_ID, WechatPages } from '../../../src/channels/wechat/pages';
import { renderPages } from '../../../src/channels/wechat/render';
import { MemoryStore } from '../../../src/conversation/stores/memory';
import type { Reply, TurnResult } from '../../../src/conversation/types';
import { emptyView } from '../../../src/conversation/view';

const OPENID = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o';
const paragraph = '根据您的情况，推荐以下互联网金融服务。平台有自己的信用数据，不一定需要抵押担保，凭经营记录就能申请。';
const long: Reply = { text: Array.from({ length: 30 }, () => paragraph).join('\n'), choices: [], choiceMode: 'text' };

function result(replies: Reply[], deleted = false): TurnResult {
  return { locale: 'zh-CN', view: emptyView('wechat:x', 'zh-CN'), replies, deleted, duplicate: false };
}

describe('the pages of a long answer', () => {
  it('answers the first page and hands out the others one at a time, then none', async () => {
    const pages = new WechatPages(new MemoryStore(), false);
    const expected = renderPages([long], 'zh-CN', { menuLinks: false });
    expect(expected.length).toBeGreaterThan(1);
    const shown = [await pages.answer(OPENID, result([long]), { remembered: true })];
    for (let page = await pages.next(OPENID); page; page = await pages.next(OPENID)) shown.push(page);
    expect(shown).toEqual(
      expected.map((content, i) => (i === 0 ? { kind: 'text', content, remembered: true } : { kind: 'text', content })),
    );
  });

  it('keeps no pages of a turn that deleted the conversation, writes nothing, and says the answer is not to be kept', async () => {
    const store = new MemoryStore();
    const pages = new WechatPages(store, false);
    const expected = renderPages([long], 'zh-CN', { menuLinks: false });
    expect(await pages.answer(OPENID, result([long], true), { remembered: true })).toEqual({
      kind: 'text',
      content: expected[0],
      transient: true,
    });
    expect(await pages.load(OPENID)).toEqual([]);
    expect(store.size.answers).toBe(0);
  });

  it('keeps the pages stored before when a turn failed (the store failed), and says its apology is not to be kept', async () => {
    const store = new MemoryStore();
    const pages = new WechatPages(store, false);
    const expected = renderPages([long], 'zh-CN', { menuLinks: false });
    await pages.answer(OPENID, result([long]));
    const apology: Reply = {
      text: '抱歉，系统暂时出了点问题，刚才这条消息没有保存下来，请稍后再发一次。',
      choices: [],
      choiceMode: 'text',
    };
    expect(await pages.answer(OPENID, { ...result([apology]), failed: true }, { hadPages: true, remembered: true })).toEqual({
      kind: 'text',
      content: apology.text,
      transient: true,
    });
    expect(await pages.load(OPENID)).toEqual(expected.slice(1));
  });

  it('keeps the pages with the conversation, so that deleting it deletes them', async () => {
    const store = new MemoryStore();
    const pages = new WechatPages(store, false);
    await pages.answer(OPENID, result([long]));
    expect((await pages.load(OPENID)).length).toBeGreaterThan(0);
    await store.delete(`wechat:${OPENID}`);
    expect(await pages.load(OPENID)).toEqual([]);
    expect(store.size).toEqual({ conversations: 0, answers: 0, values: 0, hits: 0 });
  });

  it('answers `success` for a turn without replies', async () => {
    const pages = new WechatPages(new MemoryStore(), false);
    expect(await pages.answer(OPENID, result([]))).toEqual({ kind: 'success' });
  });

  it('reads damaged stored pages as none', async () => {
    const store = new MemoryStore();
    await store.rememberProcessed(`wechat:${OPENID}`, PAGES_ID, '{not json', 60_000);
    expect(await new WechatPages(store, false).load(OPENID)).toEqual([]);
  });
});
