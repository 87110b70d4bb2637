// A user speaking for another's firm (a parent's shop, a spouse's, "he needs 600k"): when the conversation has no
// firm of the user's own, that firm is the one advised, said once; beside the user's own firm, another's facts
// change nothing (test/nlu/corpus README, relatives). Every reply checked whole, in both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

const ASK_SIZE_ZH =
  '为了按国家标准判断企业规模，请告诉我员工人数、去年的营业收入，例如：“员工12人，年营业额150万”。也可以直接说您是微型、小型还是中型企业；不方便透露可以回复“跳过”。';
const ASK_SIZE_EN =
  'To size your business by the national standard, please tell me how many employees you have and last year\'s revenue, e.g. "12 employees, revenue 1.5 million yuan". Or just say whether you are a micro, small or medium enterprise; reply "skip" if you would rather not say.';

describe('the firm of the one spoken for is advised when the user names none of their own', () => {
  it("zh-CN: 我老爹开了个小五金店 / 他要借五万进货: the father's shop taken, said once, then his need", async () => {
    await playHandoff(
      [
        { say: '你好' },
        {
          say: '我老爹开了个小五金店',
          stage: 'collecting',
          replies: ['明白，接下来按您父亲的生意来给建议。', '好的，记下了：行业：零售业。', ASK_SIZE_ZH],
        },
        { say: '他要借五万进货', stage: 'collecting', replies: ['好的，记下了：用途：资金周转；金额：5万元。', ASK_SIZE_ZH] },
        {
          say: '总结',
          replies: [
            '客户情况总结\n当前阶段：收集信息\n企业情况：零售业 · 资金周转 · 5万元\n咨询对象：用户父亲的生意\n已推荐：暂无',
            ASK_SIZE_ZH,
          ],
        },
      ],
      AT,
    );
  });

  it("en: my dad's noodle factory, then he needs 600k for flour: the father's firm taken, his need noted", async () => {
    await playHandoff(
      [
        { say: 'hi' },
        {
          say: 'my dad has a small noodle factory in zhaotong, 22 workers, revenue 4 million',
          stage: 'collecting',
          replies: [
            "Understood, I'll advise on your father's business.",
            'Got it — industry: manufacturing and processing; employees: 22; annual revenue: 4,000,000 yuan; size: small enterprise.\nUnder the 2011 SME size standard, a firm in manufacturing and processing meeting every small floor (employees 20, annual revenue 3,000,000 yuan) but not the medium ones is small.',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
        { say: 'he needs 600k to buy wheat flour for the winter, 4 months', stage: 'advising' },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('en: my wife runs a clothing shop… / she needs 100k…: her figures and her need', async () => {
    await playHandoff(
      [
        { say: 'hi' },
        {
          say: 'my wife runs a clothing shop in kunming, 3 staff, 500k a year',
          replies: [
            "Understood, I'll advise on your wife's business.",
            'Got it — industry: retail; employees: 3; annual revenue: 500,000 yuan; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in retail with employees below 10 is a micro enterprise.',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
        {
          say: 'summary',
          replies: [
            "Case summary\nStage: collecting details\nBusiness: retail, micro enterprise, 3 employees, annual revenue: 500,000 yuan\nAsking for: the user's wife's business\nRecommended: none",
            'What do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe("beside the user's own firm, another's facts change nothing", () => {
  it("zh-CN: 我们开客栈的, then 我老爹开了个小五金店: the inn stays, the father's shop is not taken", async () => {
    await playHandoff(
      [
        { say: '你好' },
        { say: '我们开客栈的', replies: ['好的，记下了：行业：住宿业。', ASK_SIZE_ZH] },
        {
          say: '我老爹开了个小五金店',
          stage: 'collecting',
          replies: [
            `这说的是别人的生意，我还是按您自己的企业来给建议，没有把它记进您的情况里；想改成帮他们问，请说“重新开始”。\n${ASK_SIZE_ZH}`,
          ],
        },
      ],
      AT,
    );
  });

  it("en: we run a guesthouse, then my sister's shop and her 100k: the guesthouse stays", async () => {
    await playHandoff(
      [
        { say: 'hi' },
        { say: 'we run a guesthouse in dali', replies: ['Got it — industry: accommodation.', ASK_SIZE_EN] },
        {
          say: 'my sister runs a clothing shop, she needs 100k',
          stage: 'collecting',
          replies: [
            `That is someone else's business: I keep advising on your own firm and have not noted it. To ask for theirs instead, say "restart".\n${ASK_SIZE_EN}`,
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('en: advising a guesthouse, then "my sister runs a clothing shop": told, the advice stands', async () => {
    await playHandoff(
      [
        { say: 'hi' },
        { say: 'we run a guesthouse in dali, 5 staff, revenue 600k, need 100k for working capital, 1 year', stage: 'advising' },
        {
          say: 'my sister runs a clothing shop',
          stage: 'advising',
          replies: [
            'That is someone else\'s business: I keep advising on your own firm and have not noted it. To ask for theirs instead, say "restart".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
