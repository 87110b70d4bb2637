// A bare small number said for the loan's term ("2" after "for how long?") could be months or years: the bot
// asks which, with the two as choices (2个月, 2年), and takes the one picked (by its number, a tap on its label, or the
// term typed). From 6
// on a bare number is months ("12"), a part of one years ("1.5"): interpret.test.ts. Played through the real
// engine, every reply checked whole, in both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };
const HELLO_ZH =
  '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”';
const HELLO_EN =
  'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."';

describe('a bare number for the term: months or years, asked', () => {
  it('zh-CN: 2 after 用多久: 2个月还是2年, then a tap on 2年 takes two years', async () => {
    await playHandoff(
      [
        {
          say: '开米线店的 员工五个 一年六十来万 想借十万周转',
          replies: [
            HELLO_ZH,
            '好的，记下了：行业：餐饮业；员工：5人；年营业收入：60万元；用途：资金周转；金额：10万元；规模：微型企业。\n按2011年《中小企业划型标准规定》，餐饮业从业人员低于10人即属微型企业。',
            '这笔资金大概要用多久？例如“6个月”“一年”“三年”。不确定可以回复“跳过”。',
          ],
        },
        { say: '2', replies: ['您说的2，是2个月还是2年？请回复编号：'], choices: ['2个月', '2年'] },
        {
          say: '2年',
          replies: [
            '好的，记下了：期限：2年。',
            '根据您的情况（餐饮业 · 微型企业 · 5人 · 年营业收入：60万元 · 资金周转 · 10万元 · 2年），推荐以下互联网金融服务：\n\n1. 信息化金融机构（网上银行、保险、证券）\n· 持牌经营、监管严格，是最稳妥的选择。\n· 餐饮、住宿、旅游等服务业的经营贷，2026年12月31日前的利息有1个百分点的财政贴息（2026年1月的国家政策；之后是否延续，问银行），经银行办理。\n下一步：先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 只通过银行、保险、证券公司的官方App或官网办理，警惕仿冒网站和钓鱼链接。\n\n其他选择：\n2. 大数据金融 · 线上银行小额贷款模式（如网商银行、微众银行）：它的贷款期限一般比您要用的2年短。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
          stage: 'advising',
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: 3 after "for how long?": 3 months or 3 years, then "1" takes three months', async () => {
    await playHandoff(
      [
        {
          say: 'noodle shop in dali, 5 staff, about 600k a year, need 100k working capital',
          replies: [
            HELLO_EN,
            'Got it — industry: catering; employees: 5; annual revenue: 600,000 yuan; purpose: working capital; amount: 100,000 yuan; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in catering with employees below 10 is a micro enterprise.',
            'For how long will you need the money? E.g. "6 months", "1 year", "3 years". Reply "skip" if you are not sure.',
          ],
        },
        { say: '3', replies: ['By 3, do you mean 3 months or 3 years? Reply with a number:'], choices: ['3 months', '3 years'] },
        {
          say: '1',
          replies: [
            'Got it — term: 3 months.',
            'For your business (catering, micro enterprise, 5 employees, annual revenue: 600,000 yuan, working capital, 100,000 yuan, 3 months), I recommend these Internet financial services:\n\n1. Online banks, insurers and brokers\n· Operating loans to service firms (restaurants, inns, tourism) carry a 1-point subsidy on their interest up to 31 December 2026 (national measures of January 2026; ask the bank whether it continues after that), arranged through the bank.\n· Licensed and closely supervised: the safest choice.\nNext step: Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Use only the official apps and websites of banks, insurers and brokers, and beware of fake sites and phishing links.\n\nOther options:\n2. Big-data finance: online-bank microloan model (e.g. MYbank, WeBank) — The platform has its own credit data, so your trading record can stand in for collateral.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
          stage: 'advising',
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
