// An offer weighed against the one before (另外一家讲月息八厘 跟刚才那家比哪个便宜, "another bank says 5.5% a year, is it
// cheaper than the last one?") is costed on the earlier offer's sum and term and set beside it: cheaper, dearer or about
// the same, by each one's compounded annual rate (asks11). A fee kept back at payout (先扣三千块手续费, "they keep 2% as an
// arrangement fee") is in the first offer's cost. A personal line asked in English words or under its wallet's name
// ("can I use my personal Jiebei", 支付宝借呗格能用来进货) gets the personal-credit answer; a daily rate asked per year is
// costed, its year no term. The cost of a service named (那个网商贷利息到底好多) is answered, not the service's card.
// Whole replies, both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('an offer weighed against the one before (asks11)', () => {
  it("a credit union's fee kept back (judged against banks), then another lender's monthly rate weighed against it (zh-CN)", async () => {
    await playHandoff(
      [
        { say: '开米线店的 员工5个' },
        {
          say: '信用社批了二十万 放款的时候先扣三千块手续费 年利率5.2 借两年 格划算',
          replies: [
            '这笔钱的真实年化成本约6%（单利），按复利算约5.9%。银行和持牌机构不受民间借贷4倍LPR那条上限约束（那条管的是个人和企业之间的借贷），拿它和开户银行经营贷的年化利率比一比再定。\n算法：到手19.7万元，2年后一次还22.08万元 → 年化6.04%，复利 5.87%。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
        {
          say: '另外一家讲月息八厘 跟刚才那家比哪个便宜',
          replies: [
            '按您前面说的20万元、2年算：\n按怎么计息不同，这笔钱的真实年化成本约9.6%到17.5%（按月利率×12），按复利算约10%到18.9%：按低的算，在民间借贷受法律保护的上限之内；按高的算，已超过民间借贷受法律保护的上限，但低于24%。也和银行的经营贷比一比再定。签之前问清楚：利息是按借款原额算，还是只按没还的本金算。\n和刚才那家比（有两种计息算法的，按贵的那种算）：那家的真实年化成本按复利算约5.9%，这家约18.9%，这家更贵。\n· 如果按借款原额每月计息、按月还本（常见的“月息”算法）：到手20万元，每月还9933.33元，共24期，合计还23.84万元 → 每月1.46%，×12 = 17.47%，复利 18.93%。\n· 如果只按没还的本金计息：到手20万元，每月还9192.11元，共24期，合计还22.06万元 → 每月0.8%，×12 = 9.6%，复利 10.03%。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it("a bank's share kept back as a fee, then another bank's yearly rate weighed against it: both judged against banks (en)", async () => {
    await playHandoff(
      [
        { say: 'we run a noodle shop, 5 staff' },
        {
          say: 'bank quoted 200k at 4.8% for 3 yrs but they keep 2% as an arrangement fee at payout. whats the real cost',
          replies: [
            "The true annual cost is about 5.6% (simple interest), 5.3% compounded. Banks and licensed lenders are outside the private-lending ceiling of 4 x the LPR (it covers lending between persons and firms): compare it with your own bank's annual rate for a business loan before you decide.\nThe arithmetic: you receive 196,000 yuan and repay 228,800 yuan after 3 years → 5.58% a year, compounded 5.29%.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.",
            'What do you mainly need help with? Reply with a number:',
          ],
        },
        {
          say: 'another bank says 5.5% a year, no fee. is it cheaper than the last one?',
          replies: [
            "Worked on the 200,000 yuan over 3 years you mentioned:\nThe true annual cost is about 5.5% (simple interest), 5.2% compounded. Banks and licensed lenders are outside the private-lending ceiling of 4 x the LPR (it covers lending between persons and firms): compare it with your own bank's annual rate for a business loan before you decide.\nAgainst the earlier offer: that one's true annual cost is about 5.3% compounded, this one's about 5.2%, so the two cost about the same.\nThe arithmetic: you receive 200,000 yuan and repay 233,000 yuan after 3 years → 5.5% a year, compounded 5.22%.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.",
            'What do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it("a personal line asked under its wallet's name, then a daily rate asked per year (zh-CN)", async () => {
    await playHandoff(
      [
        { say: '开米线店的 员工5个' },
        {
          say: '支付宝借呗格能用来进货',
          replies: [
            '不建议：借呗、花呗、微粒贷是给个人的消费信贷额度，借款人是您个人，不是企业的经营贷款，不要拿来给生意周转。企业借钱，用线上银行给小微企业的经营贷（如网商银行的网商贷、微众银行的微业贷），或者开户银行的经营贷。\n可以这样做：\n· 网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n出处：最新金融规则与事实（2026年11月核对）',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
        {
          say: '日息万五 一年算下来好多',
          replies: [
            '这笔钱的真实年化成本约18.3%（按日利率×365），按复利算约20%，已超过民间借贷受法律保护的上限，但低于24%：签之前先和银行的经营贷比一比。\n算法：日息0.05% ×365 = 18.25%，复利 20.02%。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('a personal line asked in English words, then a daily rate asked per year (en)', async () => {
    await playHandoff(
      [
        { say: 'we run a noodle shop, 5 staff' },
        {
          say: 'can I use my personal Jiebei to top it up?',
          replies: [
            "Better not: Jiebei, Huabei and Weilidai are personal consumer credit lines in your own name, not business loans; do not use them to fund the business. For the business, borrow as a business: the online banks' small-business loans (such as MYbank's Wangshangdai or WeBank's Weiyedai) or your bank's operating loan.\nWhat you can do:\n· Online banks such as MYbank and WeBank: apply through their official entries in Alipay or WeChat; they decide on your payment and tax records.\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\nSource: current finance rules and facts (checked November 2026)",
            'What do you mainly need help with? Reply with a number:',
          ],
        },
        {
          say: '0.05% a day, how much is that a year',
          replies: [
            'The true annual cost is about 18.3% (daily rate x 365), 20% compounded: above the ceiling courts protect in private lending, though under 24%. Compare it with a bank business loan before you sign.\nThe arithmetic: 0.05% a day x 365 = 18.25%, compounded 20.02%.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('the cost of a service named, asked: the cost answered, not the service card (zh-CN)', async () => {
    await playHandoff(
      [
        {
          say: '那个网商贷利息到底好多 年化是好多',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '各家的利率和费用因机构、产品和企业信用而异，也会调整，我不报哪一家的具体数字。\n银行的经营贷按一年期LPR（贷款市场报价利率）加点定价，加多少看银行、产品和企业的信用。\n对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。\n\n把对方的报价告诉我（借多少、每月还多少、还几个月、先扣多少费用），我帮您算真实的年化成本。办理前请做到：\n· 借款前算清年化综合成本，包括各种服务费\n· 借款时问清利率是固定还是浮动，按最坏情况测算还款\n· 核实对方的营业执照、金融牌照和经营记录\n\n想确认放贷方是否持牌合规，请回复“核查平台”。',
            '请问贵企业属于哪个行业？回复编号，或直接说您做什么，例如“种茶”“开客栈”“做边贸”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('the cost of a service named, asked: the cost answered, not the service card (en)', async () => {
    await playHandoff(
      [
        {
          say: 'mybank interest how much',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            "I quote no lender's own figures: rates and fees differ by lender, product and your firm's credit, and they change.\nBanks price business loans at the one-year LPR (loan prime rate) plus a margin that depends on the bank, the product and your firm's credit.\nFor comparison: courts protect private-lending interest up to 4 x the one-year LPR, that is 12% (LPR 3.0%, the figure as of March 2026, the latest verified here; it is published on the 20th of each month, check the latest); an all-in cost above 24% is a red flag; above 36% is not allowed. Banks and licensed micro-loan and leasing companies are outside the 4 x LPR ceiling, but must also show the annual rate.\n\nTell me an offer (how much, how much a month, how many months, any fee deducted) and I will work out its true annual cost. Before you sign:\n· Work out the full annual cost of a loan, fees included, before you borrow\n· Ask whether a loan's rate is fixed or floating and plan repayments for the worst case\n· Check the other party's business licence, financial licence and track record\n\nTo check that a lender is licensed, reply \"check a platform\".",
            'Which industry is your business in? Reply with a number, or just tell me what you do, e.g. "tea growing", "a guesthouse", "border trade".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
