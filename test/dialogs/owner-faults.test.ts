// Faults an owner found by talking to the bot, each played through the real engine (NLU, machine,
// renderer) with every reply checked exactly as the owner would read it, in both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) }; // a Thursday, the desk staffed

const ASK_SIZE_ZH = [
  '为了按国家标准判断企业规模，请告诉我员工人数、去年的营业收入，例如：“员工12人，年营业额150万”。也可以直接说您是微型、小型还是中型企业；不方便透露可以回复“跳过”。',
];
const ASK_PURPOSE_EN = ['What do you mainly need help with? Reply with a number:'];

describe('money already sent to a fraudster: what to do now, at once', () => {
  it('zh-CN: 钱已经转了2000了 gets 110, the bank, the records, 96110 and no "unfreezing fee"', async () => {
    await playHandoff(
      [
        { say: '我们是开饭店的' },
        { say: '有人说帮我贷款，先要交保证金' },
        {
          say: '钱已经转了2000了',
          stage: 'collecting',
          replies: [
            [
              '钱已经转出去了，请马上做下面这几件事，越快越有机会止付追回。',
              '可以这样做：',
              '· 现在就打110报警，说清楚被骗的经过和转账金额。',
              '· 马上打您转账用的银行（或微信、支付宝）的客服电话，说明被骗，请他们止付、冻结这笔转账。',
              '· 保留证据：聊天记录、对方账号和电话、转账凭证和截图，一样都不要删。',
              '· 拿不准的、想核实的，可以打96110反诈专线（公安部全国反诈专线）。',
              '· 不要再给任何人转钱：说交“解冻费”“手续费”“保证金”就能帮您把钱追回来的，也是骗子。',
            ].join('\n'),
            ...ASK_SIZE_ZH,
          ],
        },
      ],
      AT,
    );
  });

  it('en: "i already sent him 2000, should i report him? where" gets the same steps', async () => {
    await playHandoff(
      [
        { say: 'we run a restaurant, 10 staff, revenue 2 million' },
        { say: 'a guy said he can get me a loan if i pay a deposit first' },
        {
          say: 'i already sent him 2000, should i report him? where',
          stage: 'collecting',
          replies: [
            [
              'The money has gone: act now, in this order. The sooner you do, the better the chance the bank can stop it.',
              'What you can do:',
              '· Call 110 (the police) now and tell them what happened and how much you sent.',
              '· Call the bank (or WeChat Pay or Alipay) you sent the money from at once: say it was a fraud and ask them to stop or freeze the transfer.',
              "· Keep the evidence: the chat, the other side's account and phone number, the transfer receipts and screenshots; delete nothing.",
              '· To check anything you are unsure of, call 96110, the national anti-fraud line of the Ministry of Public Security.',
              "· Send no more money to anyone: whoever asks for an 'unfreezing fee', a 'service fee' or a deposit to get your money back is a fraudster too.",
            ].join('\n'),
            ...ASK_PURPOSE_EN,
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
