// A deposit product's own terms asked (大额存单能不能提前取, "can i take a large deposit certificate out early"; round 55): had been
// read as money to place and answered "your situation has not changed". Now the question asked is answered first: those terms are the
// product's own and differ by bank, read in the bank's app or at the counter; money needed within the term kept drawable. No product's
// terms stated (current-finance, "Do not state"). Played through the whole engine, every reply of the last message checked whole.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 12, 6, 10, 30) };

const ZH_ANSWER = [
  '定期存款、大额存单能不能提前支取、起存要多少、提前取出来的那部分利息怎么算，都写在这个产品自己的条款里，各家银行、各个产品不一样：存之前、取之前，都先在银行App里看清条款，或者到柜台问清楚。期限内可能要用到的周转资金，最好放在随时能取的地方。',
  '可以这样做：',
  '· 闲置资金放在银行理财、存款或银行代销的正规产品里，留足几个月的周转资金。',
  '出处：最新金融规则与事实（2026年11月核对）',
].join('\n');
const EN_ANSWER = [
  "Whether a fixed deposit or a large-sum certificate of deposit can be drawn before it falls due, how much it needs to open, and what interest is paid on money drawn early are set in that product's own terms, and differ between banks and products: read them in your bank's app or ask at the counter before you put the money in, and again before you draw it. Money the business may need within the term is better kept where it can be drawn any day.",
  'What you can do:',
  "· Keep idle cash in bank deposits, bank wealth products or regulated products sold by banks, and keep a few months' working cash.",
  'Source: current finance rules and facts (checked November 2026)',
].join('\n');

describe("a deposit product's own terms asked", () => {
  it('zh-CN: after advice on idle money, 大额存单能不能提前取 is answered, not "nothing has changed"', async () => {
    await playHandoff(
      [
        { say: '我们在普洱做咖啡烘焙 六个人' },
        { say: '账上有六十来万 到明年五月才用 放哪里好' },
        { say: '大额存单能不能提前取', replies: [ZH_ANSWER] },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
  it('en: asked first, the answer, then the industry asked', async () => {
    await playHandoff(
      [
        {
          say: 'what about a large deposit certificate, can i take it out early',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            EN_ANSWER,
            'Which industry is your business in? Reply with a number, or just tell me what you do, e.g. "tea growing", "a guesthouse", "border trade".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
