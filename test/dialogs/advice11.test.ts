// Advice that fits the firm and answers the question asked (advice11, tester11 1a, 1c, 1e, 5a-5d): personal
// consumer credit asked for the business, bills of exchange cashed, vehicles leased, sums beyond a service's
// range, services for another situation. Played through the real engine; the replies checked whole, both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('personal consumer credit asked for the business (tester11 1a): the same answer in both languages, with its source', () => {
  it('en: "is Huabei ok to use for buying furniture?" gets the personal-credit answer, not a big-data essay', async () => {
    await playHandoff(
      [
        { say: 'we make rice noodles in mengzi, 40 workers, revenue 12 million' },
        {
          say: 'is Huabei ok to use for buying furniture?',
          replies: [
            "Better not: Jiebei, Huabei and Weilidai are personal consumer credit lines in your own name, not business loans; do not use them to fund the business. For the business, borrow as a business: the online banks' small-business loans (such as MYbank's Wangshangdai or WeBank's Weiyedai) or your bank's operating loan.\nWhat you can do:\n· Online banks such as MYbank and WeBank: apply through their official entries in Alipay or WeChat; they decide on your payment and tax records.\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\nSource: current finance rules and facts (checked November 2026)",
            'What do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
  it('zh-CN: 花呗买家具格得行 gets the same answer in Chinese', async () => {
    await playHandoff(
      [
        { say: '蒙自做米线的 工人40个 营业额1200万' },
        {
          say: '花呗买家具格得行',
          replies: [
            '不建议：借呗、花呗、微粒贷是给个人的消费信贷额度，借款人是您个人，不是企业的经营贷款，不要拿来给生意周转。企业借钱，用线上银行给小微企业的经营贷（如网商银行的网商贷、微众银行的微业贷），或者开户银行的经营贷。\n可以这样做：\n· 网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n出处：最新金融规则与事实（2026年11月核对）',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
});

describe("a bill a buyer paid with, asked whether it can be discounted (tester11 1c): the acceptor's credit, what to check", () => {
  it('zh-CN: 开发商给的商票能不能拿去银行贴现 gets the bill answer with the default-risk caution', async () => {
    await playHandoff(
      [
        { say: '曲靖做建材的 员工60人 去年营收三千万' },
        {
          say: '开发商给的商票能不能拿去银行贴现',
          replies: [
            '商票（商业承兑汇票）能不能贴现、贴现要扣多少，要看承兑这张票的企业（给您开票的开发商或客户）信用怎样：商票是这家企业到期付款的承诺，不是现金，到期它付不出，票就兑不了（这是信用风险）。先问清三件事：开户银行收不收这家企业承兑的票、贴现要扣多少；到期对方不付时，银行会不会回头向您追索；这家企业最近有没有票据到期没付。问清以前，不要把手里的商票、也不要把它以后再开的商票当现金算。\n可以这样做：\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n· 有大企业买家的应收账款，可以通过人民银行征信中心的中征应收账款融资服务平台，请买家确认后向银行融资。\n出处：最新金融规则与事实（2026年11月核对）',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
  it('en: a commercial acceptance bill from a developer gets the same answer in English', async () => {
    await playHandoff(
      [
        { say: 'we supply building materials in qujing, 60 staff, revenue 30 million' },
        {
          say: 'can we discount a commercial acceptance bill from a developer',
          replies: [
            "Whether a commercial bill can be discounted, and at what cost, depends on the firm that accepted it (the developer or buyer who gave it to you): a commercial acceptance bill is that firm's promise to pay when the bill falls due, not cash; if it cannot pay then, the bill is not honoured (credit risk). Ask three things first: whether your settlement bank will discount bills accepted by that firm, and what it deducts; whether the bank can come back to you if the firm does not pay at maturity; whether that firm has left bills unpaid at maturity lately. Until you know, do not count the bills you hold, or any more from the same firm, as cash.\nWhat you can do:\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\n· With receivables from a large buyer, use the PBOC credit bureau's accounts-receivable financing platform (中征应收账款融资服务平台): once the buyer confirms, a bank lends on them.\nSource: current finance rules and facts (checked November 2026)",
            'What do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('vehicles and machines bought (tester11 1e): leasing serves them whatever the trade', () => {
  it('en: a travel agency buying tour buses gets leasing first, not "leasing does not serve your business"', async () => {
    await playHandoff(
      [
        { say: 'we run a travel agency with tour buses in kunming, 80 staff, revenue 30 million' },
        {
          say: 'need 5 million for new buses, 5 years',
          replies: [
            'Got it — purpose: equipment or expansion; amount: 5,000,000 yuan; term: 5 years.',
            'For your business (leasing and business services, 80 employees, annual revenue: 30,000,000 yuan, equipment or expansion, 5,000,000 yuan, 5 years), I recommend these Internet financial services:\n\n1. Financial leasing\n· You put the equipment to work first and pay for it over time.\n· A large one-off outlay is spread over several years, easing cash flow.\nNext step: Go to a licensed financial leasing company, or a leasing plan offered with the equipment maker; compare the total rent and the annual cost, and ask who owns the equipment at the end.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Before you sign, add up the total rent and the annual cost, and ask who owns the equipment at the end and what happens if you end the lease early.\n\nOther options:\n2. Online banks, insurers and brokers — Licensed and closely supervised: the safest choice.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
  it('zh-CN: 旅行社买大巴 gets the same advice in Chinese', async () => {
    await playHandoff(
      [
        { say: '昆明做旅行社的 有旅游大巴 员工80人 营业额三千万' },
        {
          say: '想借五百万买新大巴 五年',
          replies: [
            '好的，记下了：用途：购置设备、扩大生产；金额：500万元；期限：5年。',
            '根据您的情况（租赁和商务服务业 · 80人 · 年营业收入：3000万元 · 购置设备、扩大生产 · 500万元 · 5年），推荐以下互联网金融服务：\n\n1. 融资租赁\n· 先用上设备、投入生产，再逐步付款。\n· 把一次性大额支出分摊到几年，减轻资金压力。\n下一步：找持牌的融资租赁公司，或设备厂商合作的租赁方案；比较租金总额和年化成本，问清期满后设备归谁。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 签约前算清租金总额和年化成本，问清期满后设备归谁、提前退租如何处理。\n\n其他选择：\n2. 信息化金融机构（网上银行、保险、证券）：持牌经营、监管严格，是最稳妥的选择。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
});
