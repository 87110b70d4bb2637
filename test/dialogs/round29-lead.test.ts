// Round 29 (lead): a firm raising its start-up money (not open yet, or no takings yet) was asked for last year's revenue,
// which it never had ("还需要知道去年的营业收入"), and a reply of 还没得收入 left the question open; its size class now follows
// from no revenue (slots.ts sizeInput: 0 unless a figure was said), so the bot goes on to the term. Asked what to bring to a
// bank (去农商行贷款要带哪些东西) once advised with an online bank's microloan first, the bot told only that online loans need
// no paper; that answer now adds what a bank branch asks for. Asked about the risks, a processor borrowing for its raw material
// (a roastery's green beans) is told of their prices first, as a trader is (recommend.ts riskCautions). Whole replies.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('round 29: a start-up is not asked for last year revenue', () => {
  it('zh-CN: a chicken farm just started asks for the start-up guaranteed loan: micro from no revenue, the term asked next', async () => {
    await playHandoff(
      [
        {
          say: '我是返乡创业的 在老家开了个养鸡场 想申请创业担保贷款 二十万',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：农、林、牧、渔业；用途：创业启动资金；金额：20万元；规模：微型企业。\n按2011年《中小企业划型标准规定》，农、林、牧、渔业营业收入低于50万元即属微型企业。',
            '这笔资金大概要用多久？例如“6个月”“一年”“三年”。不确定可以回复“跳过”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: a noodle shop opening next month: micro from no revenue, the term asked next', async () => {
    await playHandoff(
      [
        {
          say: 'hi, my wife and i are opening a noodle shop in kunming next month, need 80k to get started',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Got it — industry: catering; purpose: start-up money; amount: 80,000 yuan; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in catering with annual revenue below 1,000,000 yuan is a micro enterprise.',
            'For how long will you need the money? E.g. "6 months", "1 year", "3 years". Reply "skip" if you are not sure.',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe("round 29: what to bring, asked of a bank once advised with an online bank's loan first", () => {
  it('zh-CN: a Jianshui pottery asks what to take to the rural commercial bank', async () => {
    await playHandoff(
      [
        { say: '我们在建水做紫陶的 八个人 一年卖个一百五十万左右 想借三十万进点泥料 一年' },
        {
          say: '去农商行贷款要带哪些东西',
          replies: [
            '线上银行的贷款一般不用交纸质材料：在官方App里用营业执照和法定代表人身份证认证，授权读取经营、支付和纳税数据，并同意查询征信。到银行网点（农商行、信用社等）办经营贷的话，一般要带：营业执照、法定代表人身份证、近6到12个月的银行流水或纳税记录，并同意查询征信。\n可以这样做：\n· 比较各家的年化利率（含全部费用，放贷方必须标明）：超过24%要警惕，放款前收费的都是诈骗。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it("en: a Pu'er roastery asks what the credit union wants", async () => {
    await playHandoff(
      [
        { say: 'we run a small coffee roastery in puer, 7 staff, around 1.2m revenue last yr' },
        { say: 'we need about 150k to buy green beans before the harvest, pay back in 6 months' },
        {
          say: 'what papers does the credit union want from us',
          replies: [
            "An online bank's loan usually needs no paper: in its official app you verify the business licence and the legal representative's ID, authorise it to read your business, payment and tax data, and consent to a credit check. At a bank branch (a rural commercial bank or credit union, say), a business loan usually needs the business licence, the legal representative's ID, 6-12 months of bank statements or tax records, and consent to a credit check.\nWhat you can do:\n· Compare the annual rate with all fees included (lenders must show it): above 24% is a red flag, and a fee before payout means fraud.",
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('round 29: a processor borrowing for its raw material asks about the risks', () => {
  it("en: a Pu'er roastery buying green beans is told of their prices first", async () => {
    await playHandoff(
      [
        { say: 'we run a small coffee roastery in puer, 7 staff, around 1.2m revenue last yr' },
        { say: 'we need about 150k to buy green beans before the harvest, pay back in 6 months' },
        {
          say: 'what are the risks',
          replies: [
            "In your case, watch out for:\n· Farm produce and goods bought by the tonne (coffee, tea, rubber, fruit, herbs) can change price a lot within a season: if you borrow to buy stock, the loan is due whatever the price when you sell. Buy in stages, and know what repays the loan if prices drop.\n· Anyone who asks you to pay before a loan is paid out (a deposit, an 'unfreezing', verification or service fee) is a fraudster: do not pay anything.\n· When you apply you will let the platform read your business and trading data: check the scope, grant only what is needed, and guard against leaks.\n· Supply-chain finance rests on the core enterprise's credit: if your partner runs into trouble, so may you, so do not concentrate all your financing on one chain.\n· Use only the official apps and websites of banks, insurers and brokers, and beware of fake sites and phishing links.\n· Whatever you choose, do your homework first: is the product clearly regulated, is the platform licensed and compliant, and is it on the industry's black list or white list?\n\nInternet finance carries both the risks of traditional finance and new ones the Internet brings, eight in all:\n\nTraditional financial risks\n· Systemic risk: Risk to the financial system as a whole. Because Internet finance is digital, trouble spreads faster and is costlier and harder to repair. What you can do: do not rely on a single platform or channel for your funding; keep an eye on changes in financial regulation and adjust in time\n· Market risk: Changes in interest rates, exchange rates and prices make returns and costs uncertain; online finance reacts faster to the market, and the market is still immature. What you can do: ask whether a loan's rate is fixed or floating and plan repayments for the worst case; if you are paid in foreign currency, convert early or use your bank's hedging tools\n· Operational risk: Losses from human error, system weaknesses or flawed internal procedures, whether inside your firm, at a third party or in a customer's own mistakes. What you can do: have different people collect, pay and reconcile; train staff to use payment and online-banking tools correctly; check the platform's records against your bank account every day\n· Liquidity risk: Internet finance firms cannot borrow on the interbank market and fall outside the central bank's emergency support, so a rush of withdrawals can leave them unable to pay out. What you can do: keep a few months' operating cash in hand rather than investing all of it; match a loan's term to when the money will come back in\n· Credit risk: The credit system behind Internet finance is incomplete, online deals suffer from information gaps, and it is hard to tell true information from false; returns are higher than in traditional finance, but high returns are not reliable. What you can do: check the other party's business licence, financial licence and track record; be wary of returns well above what banks offer; work out the full annual cost of a loan, fees included, before you borrow\n\nRisks specific to the Internet\n· Technical risk: Design flaws, outages and breakdowns in a provider's systems, or attacks by hackers and viruses, can cause financial losses. What you can do: use only official apps and websites and never tap unknown links; keep phones and computers updated and turn on payment passwords and screen locks; export and keep your transaction records regularly\n· Information security risk: Immature security technology and weak awareness of data protection can lead to data leaks, identity errors and unstable systems. What you can do: let a platform read only the data the service truly needs; keep your USB key, passwords and verification codes to yourself; read the privacy terms before you agree: who gets your data, and for what\n· Legal and policy risk: The law on Internet finance is incomplete: legislation lags behind innovation, mixed businesses make it unclear who supervises them, and the sector is open to money laundering. What you can do: deal only with institutions that hold the right financial licence; sign written contracts and keep them; follow the regulators' announcements and risk warnings\n\nTo learn how to check whether a platform is compliant, reply \"check a platform\".",
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
