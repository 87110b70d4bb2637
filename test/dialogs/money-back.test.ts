// Getting money back asked alone, after a fraud was answered (round 50): "还追得回来不", "can i get it back" read nothing by themselves
// (moneyBackAsked), and the dialog answers them as money lost: act now, 110, the bank to stop the transfer, the records, 96110, no
// "recovery fee". Before any fraud was answered the ask stays not understood. Played through the whole engine in both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

const MONEY_SENT_ZH = [
  '钱已经转出去了，请马上做下面这几件事，越快越有机会止付追回。',
  '可以这样做：',
  '· 现在就打110报警，说清楚被骗的经过和转账金额。',
  '· 马上打您转账用的银行（或微信、支付宝）的客服电话，说明被骗，请他们止付、冻结这笔转账。',
  '· 保留证据：聊天记录、对方账号和电话、转账凭证和截图，一样都不要删。',
  '· 拿不准的、想核实的，可以打96110反诈专线（公安部全国反诈专线）。',
  '· 不要再给任何人转钱：说交“解冻费”“手续费”“保证金”就能帮您把钱追回来的，也是骗子。',
  '出处：最新金融规则与事实（2026年11月核对）',
].join('\n');

const MONEY_SENT_EN = [
  'The money has gone: act now, in this order. The sooner you do, the better the chance the bank can stop it.',
  'What you can do:',
  '· Call 110 (the police) now and tell them what happened and how much you sent.',
  '· Call the bank (or WeChat Pay or Alipay) you sent the money from at once: say it was a fraud and ask them to stop or freeze the transfer.',
  "· Keep the evidence: the chat, the other side's account and phone number, the transfer receipts and screenshots; delete nothing.",
  '· To check anything you are unsure of, call 96110, the national anti-fraud line of the Ministry of Public Security.',
  "· Send no more money to anyone: whoever asks for an 'unfreezing fee', a 'service fee' or a deposit to get your money back is a fraudster too.",
  'Source: current finance rules and facts (checked November 2026)',
].join('\n');

describe('getting money back asked alone, after a fraud was answered', () => {
  it('zh-CN: 还追得回来不 after an impostor told the owner to borrow and send the money', async () => {
    await playHandoff(
      [
        { say: '我在昆明开了家五金店 五个人' },
        { say: '有人冒充淘宝客服 叫我先在借呗上借两万转给他 格是真的' },
        { say: '还追得回来不', replies: [MONEY_SENT_ZH, '这次主要想解决什么问题？请回复编号：'] },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
  it('en: "can i get it back" after the same story', async () => {
    await playHandoff(
      [
        { say: 'we run a guesthouse in lijiang, 6 staff' },
        { say: 'a guy said he was from alipay customer service, told me to borrow on jiebei first and send it to him' },
        { say: 'can i get it back', replies: [MONEY_SENT_EN, 'What do you mainly need help with? Reply with a number:'] },
      ],
      { ...AT, locale: 'en' },
    );
  });
  it('en: with no fraud answered before, the same words are not understood', async () => {
    await playHandoff(
      [
        { say: 'we run a guesthouse in lijiang, 6 staff' },
        {
          say: 'can i get it back',
          replies: [
            'Sorry, I did not understand that. I need to know what the money is mainly for: reply with a number or say it, e.g. "stock for the busy season" or "a new machine".\nWhat do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
