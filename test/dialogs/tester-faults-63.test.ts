// A tester's conversations (round 63, corpus convention 722): what owners asked after the advice that the bot had answered with
// something else. Collateral asked of financial leasing had got the bank loans' answer pointing to online banks; an item weighed
// against a product named (第二个跟网商贷比 哪个划得来) had got "the best for you" with no comparison; "0首付" had been a principal of 0
// (an annual cost of 12000% and "do not borrow"); a short Chinese question from a trader who had written a whole Chinese message before
// was answered in English.

import { describe, expect, it } from 'vitest';
import { AFTER_ANSWER as AFTER, lastTurn, PURPOSE_MENU as PURPOSES } from './last-turn';

describe('collateral asked of financial leasing', () => {
  it('头一个要抵押不 with leasing first: the equipment is the security, no property asked', async () => {
    const replies = await lastTurn('zh-CN', [
      '修车铺，3个人，一年营业额40万左右，想买台四轮定位仪跟举升机，大概八万块钱，两年',
      '头一个要抵押不',
    ]);
    expect(replies).toEqual([
      {
        text: [
          '融资租赁一般不用另拿房产抵押：设备由租赁公司按您的要求买下，付清租金前归租赁公司所有，设备本身就是保障。要不要交保证金、首付或找担保人，各家不同，签之前问清楚，写进合同。',
          '可以这样做：',
          '· 找持牌的融资租赁公司，或设备厂商合作的租赁方案；比较租金总额和年化成本，问清期满后设备归谁。',
        ].join('\n'),
        choices: AFTER,
      },
    ]);
  });

  it('"what collateral" after the leasing card: the same, in English', async () => {
    const replies = await lastTurn('en', [
      'we run a small excavation contractor in Qujing, 9 staff, revenue 3 million last year, need 600k for a new excavator over 3 years',
      '1',
      'what collateral',
    ]);
    expect(replies).toEqual([
      {
        text: [
          'Financial leasing usually needs no separate property as collateral: the leasing company buys the equipment you choose and owns it until the rent is paid, so the equipment itself is the security. Whether it also wants a deposit, a down payment or a guarantor differs by company: ask before you sign and have it written into the contract.',
          'What you can do:',
          '· Go to a licensed financial leasing company, or a leasing plan offered with the equipment maker; compare the total rent and the annual cost, and ask who owns the equipment at the end.',
        ].join('\n'),
        choices: AFTER,
      },
    ]);
  });
});

describe('an item weighed against a product named', () => {
  it("第二个跟网商贷比 哪个划得来: item 2 (supply chain) and MYbank's kind (big-data finance) compared", async () => {
    const replies = await lastTurn('zh-CN', ['昆明做茶叶批发的 8个人 一年卖600万 想借50万进货 一年', '第二个跟网商贷比 哪个划得来']);
    expect(replies).toEqual([
      {
        text: [
          '您问的两种里，大数据金融更适合您：',
          '· 平台有自己的信用数据，不一定需要抵押担保，凭经营记录就能申请。',
          '· 更贴近客户，能按您的实际经营情况提供个性化的金融产品。',
          '· 供应链（产业链）金融也可以考虑，在推荐里排第2。',
          '可以这样做：',
          '· 网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。',
          '· 一般要带：营业执照、法定代表人身份证、近6到12个月的银行流水或纳税记录，并同意查询征信。',
        ].join('\n'),
        choices: AFTER,
      },
    ]);
  });
});

describe('an instalment plan with nothing down', () => {
  it('0首付 每月还3800 24期: worked on the 8万 said before, about 12.9% a year', async () => {
    const replies = await lastTurn('zh-CN', [
      '修车铺，3个人，一年营业额40万左右，想买台四轮定位仪跟举升机，大概八万块钱，两年',
      '厂家说可以分期付款，0首付，每月还3800，24期，格划算',
    ]);
    expect(replies).toEqual([
      {
        text: [
          '按您前面说的8万元算：',
          '这笔钱的真实年化成本约12.9%（按月利率×12），按复利算约13.7%，已超过民间借贷受法律保护的上限，但低于24%：签之前先和银行的经营贷比一比。',
          '算法：到手8万元，每月还3800元，共24期，合计还9.12万元 → 每月1.08%，×12 = 12.91%，复利 13.7%。',
          '对照：民间借贷受法律保护的上限是一年期LPR的4倍，即12%（LPR 3.0%是2026年3月的数字，这里核实到的最新一期；LPR每月20日公布，请查最新）；综合成本超过24%要警惕；超过36%不被允许。银行和持牌小贷、融资租赁等机构不受4倍LPR这条上限约束，但也必须标明年化利率。',
        ].join('\n'),
        choices: AFTER,
      },
    ]);
  });
});

describe('a short question in the language the owner wrote in before', () => {
  it('要抵押不 after a whole Chinese message earlier: answered in Chinese', async () => {
    const replies = await lastTurn('en', [
      "hi, tea trading company in Xishuangbanna, we sell pu'er to Malaysia and Singapore",
      '员工12个，一年营业额八百万左右',
      'we need 100万 working capital for half a year',
      '要抵押不',
    ]);
    expect(replies).toEqual([
      {
        text: [
          '要看贷款大小。银行的线上经营贷和线上银行主要看经营流水、纳税和信用记录，小额的多是信用贷款；额度大、期限长的才常要抵押或担保：有权证的房产、土地经营权或林权，车辆设备，有仓单的存货，或者收入稳定、征信干净的担保人（您还不上时由他代还），能不能用、能抵多少由银行评估决定。不够的话，可以问银行能不能走政府性融资担保（2026年1月的国家政策要求向企业收的担保费不超过1%）。',
          '可以这样做：',
          '· 网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。',
          '· 在全国中小企业融资综合信用服务平台（信易贷）或本省的融资信用服务平台提交需求，可以一次对接多家银行。',
        ].join('\n'),
        choices: AFTER,
      },
    ]);
  });

  it('要抵押不 from an owner who wrote only English: a term in Chinese, answered in English', async () => {
    const replies = await lastTurn('en', [
      "hi, tea trading company in Xishuangbanna, we sell pu'er to Malaysia and Singapore",
      'we have 12 staff, revenue about 8 million',
      'we need 100万 working capital for half a year',
      '要抵押不',
    ]);
    expect(replies).toEqual([
      {
        text: [
          "It depends on the loan. Banks' online business loans and online banks look mainly at your turnover, tax and credit records, and small loans are mostly unsecured. Larger, longer loans often need collateral or a guarantee: property, land-use or forest rights with their title papers, vehicles or equipment, stock with a warehouse receipt, or a guarantor with a steady income and a clean credit record, who must repay if you cannot; the bank values what you offer and decides. If it is not enough, ask the bank for a government financing guarantee (the national measures of January 2026 cap the fee charged to the firm at 1%).",
          'What you can do:',
          '· Online banks such as MYbank and WeBank: apply through their official entries in Alipay or WeChat; they decide on your payment and tax records.',
          "· Post your need on the national SME financing credit service platform (信易贷) or your province's financing credit platform, which put you in touch with several banks at once.",
        ].join('\n'),
        choices: AFTER,
      },
    ]);
  });
});

describe('the size class asked (我们格算小微企业 had not been understood)', () => {
  it('a tea processor of 15-16 hands: micro, the rule that decides it, then the profile goes on', async () => {
    const replies = await lastTurn('zh-CN', ['普洱种茶叶的 有个小茶厂 工人十五六个 去年卖了两百来万', '我们格算小微企业']);
    expect(replies).toEqual([
      {
        text: [
          '按国家标准，您的企业属于微型企业，算小微企业。',
          '按2011年《中小企业划型标准规定》，工业从业人员低于20人即属微型企业。',
        ].join('\n'),
        choices: [],
      },
      { text: '这次主要想解决什么问题？请回复编号：', choices: PURPOSES },
    ]);
  });

  it('a wholesaler of 60 with 2亿 a year: medium, not small or micro', async () => {
    const replies = await lastTurn('zh-CN', ['昆明做建材批发的 60个人 一年营业额2亿', '我们算不算小微企业']);
    expect(replies).toEqual([
      {
        text: [
          '按国家标准，您的企业属于中型企业，不算小微企业。',
          '按2011年《中小企业划型标准规定》，批发业的各项指标都达到中型企业标准（从业人员20人、营业收入5000万元）。',
        ].join('\n'),
        choices: [],
      },
      { text: '这次主要想解决什么问题？请回复编号：', choices: PURPOSES },
    ]);
  });

  it('"are we a small business?" from a guesthouse of 8: micro, in English', async () => {
    const replies = await lastTurn('en', [
      'we run a guesthouse in dali, 8 staff, revenue 1.2 million last year',
      'are we a small business?',
    ]);
    expect(replies).toEqual([
      {
        text: [
          'By the national standard your firm is a micro enterprise: it counts as a small or micro enterprise.',
          'Under the 2011 SME size standard, a firm in accommodation with employees below 10 is a micro enterprise.',
        ].join('\n'),
        choices: [],
      },
      { text: 'What do you mainly need help with? Reply with a number:', choices: PURPOSES },
    ]);
  });

  it('asked first, nothing told: what the standard needs, then the industry asked', async () => {
    const replies = await lastTurn('en', ['are we a small business?']);
    expect(replies.slice(1)).toEqual([
      {
        text: "That is decided by the 2011 SME size standard: tell me your industry, how many employees you have and last year's revenue, and I will work out whether you are small or micro.",
        choices: [],
      },
      {
        text: 'Which industry is your business in? Reply with a number, or just tell me what you do, e.g. "tea growing", "a guesthouse", "border trade".',
        choices: [
          'industry:agriculture',
          'industry:industry',
          'industry:wholesale',
          'industry:retail',
          'industry:catering',
          'industry:accommodation',
          'industry:transport',
          'industry:software-it',
          'industry:leasing-business-services',
          'industry:construction',
          'industry:other',
        ],
      },
    ]);
  });
});
