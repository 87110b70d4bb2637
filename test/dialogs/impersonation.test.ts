// Someone the owner knows impersonated, money asked (fraud-impersonation, round 50): the boss's WeChat asking a transfer to a new
// account, a nephew's photo used to ask for a hospital bill. The answer: do not transfer yet, reach the person on a number already
// known, 96110 to check, 110 and the bank if paid; its source; then the question the conversation was at. The firm's facts told
// first stay. Played through the whole engine.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('someone the owner knows impersonated, asking money sent', () => {
  it('zh-CN: 老板微信叫我往一个新账户打八万块 格会是有人冒充的', async () => {
    await playHandoff(
      [
        { say: '我在昆明开了家五金店 五个人' },
        {
          say: '刚才老板微信发消息来 讲他在外头谈生意 叫我马上往一个新账户打八万块 格会是有人冒充的',
          replies: [
            [
              '先别转。用老板、亲戚或朋友的名义，或者用他们的微信，催您赶紧打钱、往一个新账户转，是最常见的骗局之一。已经转了，马上打110报警，并请银行止付这笔转账。',
              '可以这样做：',
              '· 转钱之前先找到本人核实：打您原来存的号码（不要打消息里给的号码），或者当面问清楚。',
              '· 拿不准的、想核实的，可以打96110反诈专线（公安部全国反诈专线）。',
              '出处：最新金融规则与事实（2026年11月核对）',
            ].join('\n'),
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
  it("en: someone using my nephew's photo on wechat asked me to send 15k", async () => {
    await playHandoff(
      [
        { say: 'we run a hardware shop in kunming, 5 people' },
        {
          say: "someone using my nephew's photo on wechat asked me to send 15k right away for a hospital bill. how do i tell if it's really him",
          replies: [
            [
              'Do not transfer yet. A message in the name of your boss, a relative or a friend, or from their WeChat, that asks for money in a hurry, often into a new account, is one of the commonest scams. If you have already paid, call 110 now and ask your bank to stop the transfer.',
              'What you can do:',
              '· Before sending anything, reach the person yourself: call them on the number you already had (not one given in the message), or ask them face to face.',
              '· To check anything you are unsure of, call 96110, the national anti-fraud line of the Ministry of Public Security.',
              'Source: current finance rules and facts (checked November 2026)',
            ].join('\n'),
            'What do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
