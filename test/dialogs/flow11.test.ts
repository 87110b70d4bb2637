// The conversation's flow (round 11, dialog11): a language asked with something else in the same message
// ("summary please in English", "请用中文总结一下"): the switch, then the thing asked, in the new language;
// never the switch alone (tester11 §4c). An open question the owner keeps answering with other questions is
// put aside, said so, and the advice given (§7). Every reply checked whole, in both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('a language asked with the summary: the switch, then the summary in it', () => {
  it('zh-CN conversation: "summary please in English"', async () => {
    await playHandoff(
      [
        { say: '你好' },
        {
          say: '我们在昆明开米线店 员工6个 年营业额80万',
          replies: [
            '好的，记下了：行业：餐饮业；员工：6人；年营业收入：80万元；规模：微型企业。\n按2011年《中小企业划型标准规定》，餐饮业从业人员低于10人即属微型企业。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
        {
          say: 'summary please in English',
          replies: [
            'Sure, I will continue in English.',
            'Case summary\nStage: collecting details\nBusiness: catering, micro enterprise, 6 employees, annual revenue: 800,000 yuan\nRecommended: none',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      AT,
    );
  });
  it('en conversation: 请用中文总结一下', async () => {
    await playHandoff(
      [
        { say: 'hello' },
        {
          say: 'we run a noodle shop in Kunming, 6 staff, revenue 800k a year',
          replies: [
            'Got it — industry: catering; employees: 6; annual revenue: 800,000 yuan; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in catering with employees below 10 is a micro enterprise.',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
        {
          say: '请用中文总结一下',
          replies: [
            '好的，接下来我用中文和您交流。',
            '客户情况总结\n当前阶段：收集信息\n企业情况：餐饮业 · 微型企业 · 6人 · 年营业收入：80万元\n已推荐：暂无',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('the open question put aside when the owner keeps asking other things (tester11 §7)', () => {
  it('zh-CN: 哪里申请 then 要不要去银行 (the same question again): the term put aside, said so, and the advice', async () => {
    await playHandoff(
      [
        { say: '你好' },
        {
          say: '修车的',
          stage: 'collecting',
          replies: [
            '好的，记下了：行业：其他行业。',
            '为了按国家标准判断企业规模，请告诉我员工人数，例如：“员工12人”。也可以直接说您是微型、小型还是中型企业；不方便透露可以回复“跳过”。',
          ],
        },
        {
          say: '两个人 一年二十万左右',
          stage: 'collecting',
          replies: [
            '好的，记下了：员工：2人；年营业收入：20万元；规模：微型企业。\n按2011年《中小企业划型标准规定》，其他行业从业人员低于10人即属微型企业。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
        {
          say: '想借5万周转',
          stage: 'collecting',
          replies: ['好的，记下了：用途：资金周转；金额：5万元。', '这笔资金大概要用多久？例如“6个月”“一年”“三年”。不确定可以回复“跳过”。'],
        },
        {
          say: '哪里申请',
          stage: 'collecting',
          replies: [
            '小微企业借钱，可以去这些地方：\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n· 网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。\n· 在全国中小企业融资综合信用服务平台（信易贷）或本省的融资信用服务平台提交需求，可以一次对接多家银行。',
            '这笔资金大概要用多久？例如“6个月”“一年”“三年”。不确定可以回复“跳过”。',
          ],
        },
        {
          say: '要不要去银行',
          stage: 'advising',
          replies: [
            '小微企业借钱，可以去这些地方：\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n· 网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。\n· 在全国中小企业融资综合信用服务平台（信易贷）或本省的融资信用服务平台提交需求，可以一次对接多家银行。',
            '这一项先放一放，不影响给您推荐；之后想补充，随时告诉我。',
            '根据您的情况（其他行业 · 微型企业 · 2人 · 年营业收入：20万元 · 资金周转 · 5万元），推荐以下互联网金融服务：\n\n1. 信息化金融机构（网上银行、保险、证券）\n· 到期资金紧时，可以申请“无还本续贷”，不用先还本金（2024年9月起对所有小微企业开放）。\n· 持牌经营、监管严格，是最稳妥的选择。\n下一步：先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 只通过银行、保险、证券公司的官方App或官网办理，警惕仿冒网站和钓鱼链接。\n\n其他选择：\n2. 大数据金融 · 线上银行小额贷款模式（如网商银行、微众银行）：平台有自己的信用数据，不一定需要抵押担保，凭经营记录就能申请。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
        },
      ],
      AT,
    );
  });
  it('en: "where do I apply" then "where can i apply for it": the same', async () => {
    await playHandoff(
      [
        { say: 'hello' },
        {
          say: 'car repair shop, 2 people, revenue 200k a year',
          stage: 'collecting',
          replies: [
            'Got it — industry: another industry; employees: 2; annual revenue: 200,000 yuan; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in another industry with employees below 10 is a micro enterprise.',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
        {
          say: 'need 50k working capital',
          stage: 'collecting',
          replies: [
            'Got it — purpose: working capital; amount: 50,000 yuan.',
            'For how long will you need the money? E.g. "6 months", "1 year", "3 years". Reply "skip" if you are not sure.',
          ],
        },
        {
          say: 'where do I apply',
          stage: 'collecting',
          replies: [
            "A small firm can borrow from these:\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\n· Online banks such as MYbank and WeBank: apply through their official entries in Alipay or WeChat; they decide on your payment and tax records.\n· Post your need on the national SME financing credit service platform (信易贷) or your province's financing credit platform, which put you in touch with several banks at once.",
            'For how long will you need the money? E.g. "6 months", "1 year", "3 years". Reply "skip" if you are not sure.',
          ],
        },
        {
          say: 'where can i apply for it',
          stage: 'advising',
          replies: [
            "A small firm can borrow from these:\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\n· Online banks such as MYbank and WeBank: apply through their official entries in Alipay or WeChat; they decide on your payment and tax records.\n· Post your need on the national SME financing credit service platform (信易贷) or your province's financing credit platform, which put you in touch with several banks at once.",
            "Let's leave that one for now; I can advise without it, and you can tell me any time later.",
            'For your business (another industry, micro enterprise, 2 employees, annual revenue: 200,000 yuan, working capital, 50,000 yuan), I recommend these Internet financial services:\n\n1. Online banks, insurers and brokers\n· If money is tight when the loan falls due, you can ask for renewal without repaying the principal first (open to all small and micro firms since September 2024).\n· Licensed and closely supervised: the safest choice.\nNext step: Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Use only the official apps and websites of banks, insurers and brokers, and beware of fake sites and phishing links.\n\nOther options:\n2. Big-data finance: online-bank microloan model (e.g. MYbank, WeBank) — The platform has its own credit data, so your trading record can stand in for collateral.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
