// Getting money back asked alone, after a fraud was answered (round 50): "还追得回来不", "can i get it back" read nothing by themselves
// (moneyBackAsked), and the dialog answers them as money lost: act now, 110, the bank to stop the transfer, the records, 96110, no
// "recovery fee". Before any fraud was answered the ask stays not understood. Played through the whole engine in both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';
import { MONEY_SENT_EN, MONEY_SENT_ZH } from './money-sent-answer';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

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
