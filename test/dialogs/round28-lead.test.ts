// Round 28 (lead): a seasonal owner asks whether the loan can run for the season alone or be repaid once the crop or the
// stock is sold (格可以只借一季, "can we pay it back after we sell"): these went unanswered ("I did not understand") or were
// read as nothing. They are now the loan-term question, answered with the terms the services for this need usually run and,
// whatever the case, the advice to match the term to when the money comes back (§3.1 liquidity risk), the facts beside the
// question kept. A bad season supposed once advised (要是明年旅游还是不行咋个办, "what if tourists dont come back next year") had
// been shown the advice again, or the eight risks with none of this case: it is the cannot-repay answer now, the owner's own
// sum and term in its first line. Asked where to apply or what to bring right after a service's card was shown (还是走银行贷款吧,
// then 去哪里申请), the bot answered for the first recommended (leasing): it now answers for the service just shown, and for it
// again while the questions stay on it (machine.ts lastService). Whole replies, both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('round 28: a loan for the season alone, or repaid after selling, asked', () => {
  it("zh-CN: a Pu'er tea buyer asks, once advised, whether it may borrow for one season", async () => {
    await playHandoff(
      [
        {
          say: '我家在普洱收茶叶 春茶下来要收鲜叶 差不多要四十万 卖掉了就能还 大概四个月',
        },
        {
          say: '五个人 一年卖三百来万',
        },
        {
          say: '格可以只借一季',
          replies: [
            '期限要看钱用在哪里，适合这个用途的服务通常是：\n· 大数据金融：12个月以内\n· 供应链（产业链）金融：12个月以内\n借多久，要跟钱回来的时间对上：到期日放在卖完货、收回款之后，再留一两个月余地；期限比回款短，到期就得另外找钱来还。\n还款大多按月分期：银行经营贷常见等额本息（每月本金利息一起还）或先息后本（每月付利息、到期还本金），融资租赁按月或按季付租金；签之前问清每期还多少、还几期。\n周转用的短期贷款到期，可以向银行申请无还本续贷（2024年9月起所有小微企业都可以），不用先还本金再借。具体产品的期限我不报，以合同为准。\n出处：最新金融规则与事实（2026年11月核对）',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: a coffee grower asks, beside its need, whether it can repay after selling: answered first, the need kept', async () => {
    await playHandoff(
      [
        {
          say: "we grow coffee in pu'er, 9 workers, sales about 2 million a year",
        },
        {
          say: 'need 300k before the harvest to pay pickers, can we pay it back after we sell',
          replies: [
            "The term depends on what the money is for; the services made for this need usually run:\n· Big-data finance: up to 12 months\n· Supply-chain finance: up to 12 months\nMatch the term to when the money comes back: put the due date after you have sold and been paid, with a month or two to spare; a term shorter than that leaves you finding other money to repay.\nMost are repaid in monthly instalments: a bank business loan usually in equal payments of principal and interest, or interest monthly with the principal at the end; a lease in monthly or quarterly rent. Before signing, ask how much each payment is and how many there are.\nA short working-capital loan can be renewed at the bank when it falls due without repaying the principal first (open to every small and micro firm since September 2024). I quote no product's terms: the contract decides.\nSource: current finance rules and facts (checked November 2026)",
            'Got it — purpose: working capital; amount: 300,000 yuan.',
            'For how long will you need the money? E.g. "6 months", "1 year", "3 years". Reply "skip" if you are not sure.',
          ],
          choices: ['Skip'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('round 28: a bad season supposed once advised is the cannot-repay answer', () => {
  it('zh-CN: a Xishuangbanna homestay asks what if tourism is still bad next year', async () => {
    await playHandoff(
      [
        {
          say: '西双版纳开民宿的 8个房间 请了三个阿姨 一年流水七十来万',
        },
        {
          say: '雨季没得什么客人 想借十万撑一下 借半年',
        },
        {
          say: '要是明年旅游还是不行咋个办',
          replies: [
            '还不上时最要紧的是早说，不要等到逾期：到期前就主动找放款的银行或机构商量。\n借之前先算一算：6个月里要还上10万元和利息，按生意最差的时候算也还得上再借；算下来吃紧，就少借一点或者把期限放长。\n如果真的还不上：\n· 到期前就找放款的银行或机构，说明原因，问能不能展期、延期或者调整还款计划；逾期以后再谈就难了。\n· 在银行借的经营贷，问能不能“无还本续贷”：到期不用先还本金就能续上（2024年9月起对所有小微企业开放）。\n· 不要借网贷、高息民间借款或者找“过桥”来还旧债：利息越滚越多，窟窿越来越大。\n· 逾期会记进征信报告，以后借钱更难、更贵；能还一部分就先还一部分，和放款方的沟通留好记录。',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it("en: a Lijiang guesthouse asks what if tourists don't come back", async () => {
    await playHandoff(
      [
        {
          say: 'we run a guesthouse in lijiang, 6 staff, about 900k a year',
        },
        {
          say: 'need 150k to get through the rainy season, 6 months',
        },
        {
          say: 'what if tourists dont come back next year',
          replies: [
            "If you cannot repay, the most important thing is to say so early, before the loan is overdue: talk to the bank or lender before the due date.\nBefore you borrow, work it out: 150,000 yuan plus interest has to be repaid within 6 months; borrow only if you could repay it even in your worst months, and if it is tight, borrow less or over a longer term.\nIf it does happen:\n· Before the due date, go to the bank or lender, explain why, and ask whether the loan can be extended or the repayments rescheduled; once it is overdue, that is much harder.\n· For a business loan from a bank, ask for renewal without repaying the principal first (无还本续贷): open to all small and micro firms since September 2024.\n· Do not borrow from loan apps, high-interest private lenders or 'bridge' lenders to repay: the interest piles up and the hole gets deeper.\n· An overdue loan goes on your credit report and makes borrowing harder and dearer later; repay what you can, and keep a record of what you agree with the lender.",
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('round 28: where to apply, right after a service was chosen, is asked of that service', () => {
  it('zh-CN: a Dali wedding photographer picks the bank loan, then asks where to apply and what to bring', async () => {
    await playHandoff(
      [
        {
          say: '我们在大理做婚纱摄影 四个人 一年六十万左右',
        },
        {
          say: '婚礼季前想借八万买新相机 借一年',
        },
        {
          say: '还是走银行贷款吧',
        },
        {
          say: '去哪里申请',
          replies: [
            '办理方式（信息化金融机构（网上银行、保险、证券））：\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n· 在全国中小企业融资综合信用服务平台（信易贷）或本省的融资信用服务平台提交需求，可以一次对接多家银行。\n· 一般要带：营业执照、法定代表人身份证、近6到12个月的银行流水或纳税记录，并同意查询征信。\n· 比较各家的年化利率（含全部费用，放贷方必须标明）：超过24%要警惕，放款前收费的都是诈骗。\n· 核查牌照：银行、租赁公司在国家金融监督管理总局网站的许可证查询里查；小额贷款公司看省地方金融管理部门公布的名单。',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
        },
        {
          say: '要带哪些资料',
          replies: [
            '一般要带：营业执照、法定代表人身份证、近6到12个月的银行流水或纳税记录，并同意查询征信；抵押或担保贷款还要房产证等材料。具体以银行的要求为准。营业执照要在有效期内、登记信息是最新的：快到期或刚变更的，先到市场监管部门办好再申请。\n可以这样做：\n· 比较各家的年化利率（含全部费用，放贷方必须标明）：超过24%要警惕，放款前收费的都是诈骗。',
          ],
          choices: ['推荐', '风险', '核查平台', '人工'],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: the bank loan chosen, then where to apply; leasing asked after is asked of leasing', async () => {
    await playHandoff(
      [
        {
          say: 'hi, we do wedding photography in dali, 4 of us, around 600k a year',
        },
        {
          say: 'need about 80k for new cameras before the wedding season, 1 year',
        },
        {
          say: "we'd rather go with the bank loan",
        },
        {
          say: 'where do we apply',
          replies: [
            "How to apply (Online banks, insurers and brokers):\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\n· Post your need on the national SME financing credit service platform (信易贷) or your province's financing credit platform, which put you in touch with several banks at once.\n· Usually bring: the business licence, the legal representative's ID, 6-12 months of bank statements or tax records, and consent to a credit check.\n· Compare the annual rate with all fees included (lenders must show it): above 24% is a red flag, and a fee before payout means fraud.\n· Check the licence: banks and leasing companies in the NFRA's licence lookup; micro-loan companies on the provincial financial regulator's list.",
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
        },
        {
          say: 'what about leasing',
          replies: [
            'Yes: Financial leasing is the first choice for your business:\n· You put the equipment to work first and pay for it over time.\n· A large one-off outlay is spread over several years, easing cash flow.\nWhat you can do:\n· Go to a licensed financial leasing company, or a leasing plan offered with the equipment maker; compare the total rent and the annual cost, and ask who owns the equipment at the end.',
          ],
          choices: ['Advice', 'Risks', 'Check a platform', 'Agent'],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
