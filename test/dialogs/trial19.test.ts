// Found by talking to the bot (trial19). Whole replies.
// - A wish to borrow with no sum ("借钱", "need a loan") before the size is told, then a bare sum while the size asks
//   for the revenue: the loan's sum or the revenue, asked (it was taken as the revenue: 5万 a year made an inn micro).

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('a sum after a wish to borrow, while the size is asked', () => {
  it('zh-CN: 借钱 then 5万: which of the two, asked; 1 takes it as the loan', async () => {
    await playHandoff(
      [
        { say: '我在大理开客栈' },
        { say: '借钱' },
        {
          say: '5万',
          replies: ['5万元是您想借的钱，还是企业的营业收入？请回复编号：'],
          choices: ['要借的钱', '年营业收入'],
        },
        {
          say: '1',
          replies: [
            '好的，记下了：金额：5万元。',
            '为了按国家标准判断企业规模，请告诉我员工人数、去年的营业收入，例如：“员工12人，年营业额150万”。也可以直接说您是微型、小型还是中型企业；不方便透露可以回复“跳过”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: need a loan then 50k: which of the two, asked; 2 takes it as the revenue', async () => {
    await playHandoff(
      [
        { say: 'i run a guesthouse in dali' },
        { say: 'need a loan' },
        {
          say: '50k',
          replies: ["Is 50,000 yuan the money you want to borrow, or the firm's annual revenue? Reply with a number:"],
          choices: ['The money to borrow', 'Annual revenue'],
        },
        {
          say: '2',
          replies: [
            'Got it — annual revenue: 50,000 yuan; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in accommodation with annual revenue below 1,000,000 yuan is a micro enterprise.',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

// - The meaning of two words the advice itself uses, asked (信易贷是哪样, "what does RMB settlement mean"): they were not
//   understood; each is explained from the reference, the open question asked after.
describe('the meaning of 信易贷 and of RMB settlement', () => {
  it('zh-CN: 信易贷是哪样 while the purpose is asked', async () => {
    await playHandoff(
      [
        { say: '我们在文山种三七，25个人，一年卖四百五十万' },
        {
          say: '信易贷是哪样',
          replies: [
            '信易贷：全国中小企业融资综合信用服务平台的简称；每个省还有一个省级的融资信用服务平台。它们把企业和银行对接起来：在平台上提交融资需求，可以一次对接多家银行。贷款还是由银行发放，平台本身不放贷。\n出处：最新金融规则与事实（2026年11月核对）',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: what does RMB settlement mean', async () => {
    await playHandoff(
      [
        { say: 'we trade rubber with laos, 10 staff, revenue 20m' },
        {
          say: 'what does RMB settlement mean',
          replies: [
            'RMB cross-border settlement: paying and being paid by buyers and sellers abroad in renminbi, through your bank, with no conversion into a foreign currency first and less exchange-rate risk. It is the main route for Yunnan\'s trade with ASEAN; Laos has had an RMB clearing bank since 2023. Ask your own bank how to set it up.\nTo see how to apply, reply "Online banks, insurers and brokers".\nSource: current finance rules and facts (checked November 2026)',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

// - The understood before a goodbye (行 晓得了 再见, "ok got it, bye"): it was not understood; now the goodbye.
describe('a goodbye after the understood', () => {
  it('zh-CN: 行 晓得了 再见', async () => {
    await playHandoff([{ say: '你好' }, { say: '行 晓得了 再见', replies: ['再见！祝生意兴隆，有需要随时再来问我。'] }], {
      ...AT,
      locale: 'zh-CN',
    });
  });
  it('en: ok got it, bye', async () => {
    await playHandoff(
      [{ say: 'hi' }, { say: 'ok got it, bye', replies: ['Goodbye, and good luck with the business! Come back whenever you need to.'] }],
      { ...AT, locale: 'en' },
    );
  });
});

// - An annual cost whose two figures fall on both sides of a line ("约24%（按月利率×12），按复利算约26.8%，超过24%" read as
//   "about 24%, above 24%"): the verdict says it is the compounded figure that passes the line.
describe('a verdict on the compounded figure when the simple one is at the line', () => {
  it('zh-CN: 年化24% 按月还 on 20万 over a year', async () => {
    await playHandoff(
      [
        { say: '在昆明开饭馆，8个人，一年营业额两百万' },
        { say: '资金周转' },
        { say: '20万' },
        { say: '1年' },
        {
          say: '有个贷款公司讲年化24%，按月还',
          replies: [
            '按您前面说的20万元、1年算：\n这笔钱的真实年化成本约24%（按月利率×12），按复利算约26.8%。按复利算已超过24%，是危险信号：先别签，和银行的经营贷比一比。\n算法：到手20万元，每月还1.89万元，共12期，合计还22.69万元 → 每月2%，×12 = 24%，复利 26.82%。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: 24% a year, monthly repayments, on 200k over a year', async () => {
    await playHandoff(
      [
        { say: 'we run a noodle shop in kunming, 8 staff, revenue 2m' },
        { say: 'working capital' },
        { say: '200k' },
        { say: '1 year' },
        {
          say: 'a lender offers 24% a year, monthly repayments',
          replies: [
            'Worked on the 200,000 yuan over 1 year you mentioned:\nThe true annual cost is about 24% (monthly rate x 12), 26.8% compounded. Compounded, it is above 24%, a red flag. Do not sign yet; compare it with a bank business loan.\nThe arithmetic: you receive 200,000 yuan and repay 18,911.92 yuan a month for 12 months, 226,943.03 yuan in all → 2% a month, x 12 = 24%, compounded 26.82%.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

// - The "Other" choice noted in English as "industry: another industry": now "industry: other (none of those listed)".
describe('the Other choice, noted', () => {
  it('en: 11 (Other) while the industry is asked', async () => {
    await playHandoff(
      [
        { say: 'hi' },
        {
          say: '11',
          replies: [
            'Got it — industry: other (none of those listed).',
            'To size your business by the national standard, please tell me how many employees you have, e.g. "12 employees". Or just say whether you are a micro, small or medium enterprise; reply "skip" if you would rather not say.',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
