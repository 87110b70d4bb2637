// The pages of a long answer: the first is the reply, the rest kept in the cache for 更多 / MORE,
// handed out one at a time, and gone with a deletion.

import { describe, expect, it } from 'vitest';
import { WechatPages } from '../../../src/channels/wechat/pages';
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
    expect(shown).toEqual(expected.map((content, i) => (i === 0 ? { kind: 'text', content, remembered: true } : { kind: 'text', content })));
  });

  it('keeps no pages of a turn that deleted the conversation, and says it is not remembered', async () => {
    const pages = new WechatPages(new MemoryStore(), false);
    const expected = renderPages([long], 'zh-CN', { menuLinks: false });
    expect(await pages.answer(OPENID, result([long], true), { remembered: true })).toEqual({ kind: 'text', content: expected[0] });
    expect(await pages.load(OPENID)).toEqual([]);
  });

  it('answers `success` for a turn without replies', async () => {
    const pages = new WechatPages(new MemoryStore(), false);
    expect(await pages.answer(OPENID, result([]))).toEqual({ kind: 'success' });
  });

  it('reads damaged stored pages as none', async () => {
    const store = new MemoryStore();
    await store.setValue(`wechat:pages:${OPENID}`, '{not json', 60_000);
    expect(await new WechatPages(store, false).load(OPENID)).toEqual([]);
  });
});
