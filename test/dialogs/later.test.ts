// The owner away for now (round 38, the lead): 有客人来了 等哈回你, 在开车 晚点再聊, "hang on, customer just walked in", a check
// with the reply promised (等我问下会计 晚点回你, "lemme check with my wife and get back to you"). The bot waits: no question skipped,
// none asked again, no advice given to nobody; the owner's next answer still answers the open question. Whole replies, both
// languages; after the advice, the wait is answered with "come back with any question".

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('round 38: the owner away for now, the answer later', () => {
  it('zh-CN: a customer come in while the revenue is asked: the bot waits, the revenue then answers it; a check with a reply promised waits too', async () => {
    await playHandoff(
      [
        { say: '我们在大理开客栈 十二个人' },
        {
          say: '有客人来了 等哈回你',
          replies: ['好的，不急，您先忙！回来直接回答刚才的问题就行，您说过的我都记着。'],
          stage: 'collecting',
        },
        {
          say: '去年三百来万吧',
          replies: [
            '好的，记下了：年营业收入：300万元；规模：小型企业。\n按2011年《中小企业划型标准规定》，住宿业的各项指标都达到小型企业标准（从业人员10人、营业收入100万元），但未达到中型。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
        { say: '等我问下会计 晚点回你', replies: ['好的，不急，您先忙！回来直接回答刚才的问题就行，您说过的我都记着。'] },
        {
          say: '资金周转',
          replies: ['好的，记下了：用途：资金周转。', '用于资金周转，大概需要多少资金？例如“50万”“200万”。不确定可以回复“跳过”。'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('zh-CN: away after the advice: come back with any question', async () => {
    await playHandoff(
      [
        { say: '我们在大理开客栈 十二个人 去年三百来万 想借五十万装修房间 两年' },
        { say: '在开车 晚点再聊', replies: ['好的，不急，您先忙！回来有什么想问的，随时接着聊。'], stage: 'advising' },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: a customer walked in while the purpose is asked, then the check with a reply promised: the bot waits each time', async () => {
    await playHandoff(
      [
        { say: 'we run a guesthouse in lijiang, 9 staff' },
        {
          say: 'hang on, customer just walked in',
          replies: ["No rush, take your time. When you're back, just answer the last question; everything you've told me is kept."],
        },
        {
          say: 'lemme check with my wife and get back to you',
          replies: ["No rush, take your time. When you're back, just answer the last question; everything you've told me is kept."],
        },
        {
          say: 'working capital',
          replies: [
            'Got it — purpose: working capital.',
            'For working capital, about how much money do you need? E.g. "500k" or "2 million yuan". Reply "skip" if you are not sure.',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('en: away after the advice: come back with any question', async () => {
    await playHandoff(
      [
        { say: 'we run a guesthouse in lijiang, 9 staff, 1.2 million revenue last year, need 300k to fix up the rooms over 2 years' },
        { say: 'driving rn, talk later', replies: ["No rush, take your time. When you're back, ask me anything."], stage: 'advising' },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
