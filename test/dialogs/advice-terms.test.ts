// What a word means and whether a named service fits, through the NLU and the whole engine: the
// term is read from the clause that asks, explained in a few sentences with its source, and the
// open question comes again; "融资租赁格合适" gets a yes or no for this firm with the rule's reason.

import { describe, expect, it } from 'vitest';
import { ConversationEngine } from '../../src/conversation/engine';
import { MemoryStore } from '../../src/conversation/stores/memory';
import type { TurnResult } from '../../src/conversation/types';
import type { TermId } from '../../src/knowledge/terms';
import type { Locale } from '../../src/locale';
import { understand } from '../../src/nlu';
import { onAdviceDay } from '../helpers/advice-day';

async function talk(locale: Locale, messages: string[]): Promise<TurnResult[]> {
  const engine = new ConversationEngine({
    store: new MemoryStore(onAdviceDay),
    clock: onAdviceDay,
    defaultLocale: locale,
    conversationTtlMs: 86_400_000,
  });
  const results: TurnResult[] = [];
  for (const text of messages) results.push(await engine.handle({ conversationId: 'terms', channel: 'api', text }));
  return results;
}
const answers = (r: TurnResult) =>
  r.replies.map((x) => x.text).filter((t) => !t.startsWith('您好！我是') && !t.startsWith('Hello! I advise'));

describe('the term a message asks the meaning of', () => {
  it.each<[string, TermId]>([
    ['租赁是哪样意思', 'leasing'],
    ['融资租赁是啥意思', 'financial-leasing'],
    ['保理是哪样意思', 'factoring'],
    ['供应链金融是什么', 'supply-chain-finance'],
    ['什么叫征信', 'credit-report'],
    ['抵押和担保是哪样意思', 'mortgage'],
    ['创业担保贷款是什么', 'startup-guaranteed-loan'],
    ['信用贷是什么意思', 'credit-loan'],
    ['网商银行是哪样', 'online-bank'],
    ['LPR是哪样意思', 'lpr'],
    ['年化是什么意思', 'annualised-rate'],
    ['月息是什么意思', 'monthly-rate'],
    ['无还本续贷是什么', 'renewal'],
    ['商务服务是哪样意思', 'trade-business-services'],
    ['加工制造指的是什么', 'trade-industry'],
    ['what does leasing mean?', 'leasing'],
    ['what is factoring', 'factoring'],
    ['what is LPR?', 'lpr'],
    ['what does APR mean', 'annualised-rate'],
    ['explain financial leasing', 'financial-leasing'],
    ['what is an online bank', 'online-bank'],
    ['what does business services mean?', 'trade-business-services'],
  ])('%s → %s', (text, term) => {
    expect(understand(text).term).toBe(term);
  });

  it.each(['我们做保理业务', '征信不好能贷吗', 'we do leasing of machines', '利息是多少'])('"%s" asks no meaning', (text) => {
    expect(understand(text).term).toBeUndefined();
  });

  it('keeps what the rest of the message says: 我们开客栈的，租赁是哪样意思', () => {
    expect(understand('我们开客栈的，租赁是哪样意思')).toEqual({ language: 'zh-CN', industry: 'accommodation', term: 'leasing' });
  });
});

describe('a term explained in the conversation', () => {
  it('while the bot asks the industry: the explanation with its source, then the question again, nothing set', async () => {
    const [r] = await talk('zh-CN', ['租赁是哪样意思']);
    expect(answers(r!)).toEqual([
      [
        '租赁：把设备、车辆、场地等租给别人、收租金的生意，行业选“旅行社、商务服务、租赁”（国家标准里的租赁和商务服务业）。如果您问的是借钱买设备的“融资租赁”：租赁公司替您买下设备再租给您，分期付租金，期满后设备通常归您。',
        '想了解怎么办理，回复“融资租赁”。',
        '出处：《中小企业划型标准规定》（2011）；最新金融规则与事实（2026年11月核对）',
      ].join('\n'),
      r!.replies.at(-1)!.text,
    ]);
    expect(r!.replies.at(-1)!.text.startsWith('请问贵企业属于哪个行业？')).toBe(true);
    expect(r!.view.profile).toEqual({});
    expect(r!.view.awaiting).toBe('industry');
  });

  it('in English, with an answer in the same message: the term first, then what was noted', async () => {
    const [r] = await talk('en', ['we run a guesthouse. what is LPR?']);
    expect(answers(r!).slice(0, 2)).toEqual([
      [
        'LPR (Loan Prime Rate): the reference rate banks price loans on, published on the 20th of each month. The one-year LPR is 3.0% (as of March 2026; check the latest); courts protect private-lending interest up to 4 times it.',
        'Source: current finance rules and facts (checked November 2026)',
      ].join('\n'),
      'Got it — industry: accommodation.',
    ]);
    expect(r!.view.profile).toEqual({ industry: 'accommodation' });
  });
});

const INN = '我们在丽江开客栈，8个人，年营业额150万，想借50万装修，借两年';
const COFFEE_EN = 'We sell coffee online, 6 staff, revenue 1.5 million, need 300k for stock for 6 months';

describe('"is it right for us?" about a named service', () => {
  it('融资租赁格合适 after a renovation advice: no, why, and what suits better', async () => {
    const results = await talk('zh-CN', [INN, '融资租赁格合适']);
    const last = results.at(-1)!;
    expect(last.replies.map((x) => x.text)).toEqual([
      [
        '融资租赁不适合您：',
        '· 融资租赁只能为设备、车辆、冷库等资产融资，不能用于装修、进货或发工资。',
        '对您更合适的是：信息化金融机构（网上银行、保险、证券）。',
      ].join('\n'),
    ]);
    expect(last.view.profile).toEqual(results.at(-2)!.view.profile);
  });

  it('is leasing right for us? after six months of stock: no, for both reasons', async () => {
    const last = (await talk('en', [COFFEE_EN, 'is leasing right for us?'])).at(-1)!;
    expect(last.replies[0]!.text).toBe(
      [
        'Financial leasing does not suit you:',
        '· Financial leasing finances assets such as machines, vehicles or cold stores only, not renovation, stock or wages.',
        '· Financial leasing is repaid over years; a term under a year does not suit it.',
        'What suits you better: Big-data finance: online-bank microloan model (e.g. MYbank, WeBank).',
      ].join('\n'),
    );
  });

  it('yes for a roasting machine over three years, with the reasons and where to go', async () => {
    const last = (await talk('zh-CN', ['普洱种咖啡的，20个人，年收入300万，想买一台烘焙机，50万，分3年还', '融资租赁格合适'])).at(-1)!;
    expect(last.replies[0]!.text).toBe(
      [
        '适合。对您来说，融资租赁就是首选：',
        '· 先用上设备、投入生产，再逐步付款。',
        '· 把一次性大额支出分摊到几年，减轻资金压力。',
        '可以这样做：',
        '· 找持牌的融资租赁公司，或设备厂商合作的租赁方案；比较租金总额和年化成本，问清期满后设备归谁。',
      ].join('\n'),
    );
  });

  it('before the profile is complete: what it depends on, what to tell, then the open question', async () => {
    const last = (await talk('zh-CN', ['我们是种咖啡的', '融资租赁格合适'])).at(-1)!;
    expect(last.replies[0]!.text).toBe(
      [
        '要看您的情况，融资租赁有这些前提：',
        '· 融资租赁只能为设备、车辆、冷库等资产融资，不能用于装修、进货或发工资。',
        '· 融资租赁按年分期，期限不到一年不合适。',
        '告诉我这笔钱用来做什么、借多久，我就能说适不适合您。',
      ].join('\n'),
    );
    expect(last.view.awaiting).toBe('size');
    expect(last.view.profile).toEqual({ industry: 'agriculture' });
  });

  it('an inn asking about leasing before the profile is complete: no, as an inn grows by premises and stock, though a vehicle or machines it buys can be leased (tester11 1e)', async () => {
    const last = (await talk('zh-CN', ['我们在大理开客栈', '融资租赁格合适'])).at(-1)!;
    expect(last.replies[0]!.text).toBe(
      [
        '融资租赁不适合您：',
        '· 您这一行扩大经营，钱一般花在门店装修、进货和房租上，这些融资租赁不能融；如果这笔钱是买车辆或机器设备，融资租赁可以为它们融资。',
        '对您更合适的是：信息化金融机构（网上银行、保险、证券）。',
      ].join('\n'),
    );
    expect(last.view.profile).toEqual({ industry: 'accommodation' });
  });

  it('en: is leasing right for a guesthouse? no, for the same reason', async () => {
    const last = (await talk('en', ['we run a guesthouse in dali', 'is leasing right for us?'])).at(-1)!;
    expect(last.replies[0]!.text).toBe(
      [
        'Financial leasing does not suit you:',
        '· In your trade, growing usually means premises, fit-out, stock and rent, which leasing does not finance; if the money is for a vehicle or machines, leasing can finance them.',
        'What suits you better: Online banks, insurers and brokers.',
      ].join('\n'),
    );
    expect(last.view.profile).toEqual({ industry: 'accommodation' });
  });
});

describe('"where do I apply for X?" about a named service', () => {
  it('网商银行在哪里申请 after a two-year renovation advice: where to apply for it, then why it is a poor choice here (its loans run a year), and what is better', async () => {
    const results = await talk('zh-CN', [INN, '网商银行在哪里申请']);
    const last = results.at(-1)!;
    expect(last.replies.map((x) => x.text)).toEqual([
      [
        '办理方式（大数据金融）：',
        '· 网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。',
        '· 一般要带：营业执照、法定代表人身份证、近6到12个月的银行流水或纳税记录，并同意查询征信。',
        '· 比较各家的年化利率（含全部费用，放贷方必须标明）：超过24%要警惕，放款前收费的都是诈骗。',
        '· 核查牌照：银行、租赁公司在国家金融监督管理总局网站的许可证查询里查；小额贷款公司看省地方金融管理部门公布的名单。',
        '大数据金融能用于这个需要，但对您不是好的选择：',
        '· 它的贷款期限一般比您要用的2年短。',
        '对您更合适的是：信息化金融机构（网上银行、保险、证券）。',
      ].join('\n'),
    ]);
    expect(last.view.profile).toEqual(results.at(-2)!.view.profile);
  });

  it("where do I apply for MYbank? when it is the first pick: its steps (an online shop's stock money: the platform's early settlement beside it), nothing more", async () => {
    const last = (await talk('en', [COFFEE_EN, 'where do i apply for mybank'])).at(-1)!;
    expect(last.replies[0]!.text).toBe(
      [
        'How to apply (Big-data finance: online-bank microloan model (e.g. MYbank, WeBank)):',
        '· Online banks such as MYbank and WeBank: apply through their official entries in Alipay or WeChat; they decide on your payment and tax records.',
        "· If your platform holds your takings for a while, look also at its own early-settlement service in your seller back office: its fee is the interest on that money, so work it out as an annual rate and compare it with the online bank's loan before you choose.",
        "· Usually bring: the business licence, the legal representative's ID, 6-12 months of bank statements or tax records, and consent to a credit check.",
        '· Compare the annual rate with all fees included (lenders must show it): above 24% is a red flag, and a fee before payout means fraud.',
        "· Check the licence: banks and leasing companies in the NFRA's licence lookup; micro-loan companies on the provincial financial regulator's list.",
      ].join('\n'),
    );
  });

  it('P2P在哪里申请: P2P is gone, and online loans today are the online banks: where to apply for those', async () => {
    const last = (await talk('zh-CN', [INN, 'P2P在哪里申请'])).at(-1)!;
    expect(last.replies[0]!.text.split('\n').slice(0, 3)).toEqual([
      '如今说的网贷，是线上银行和持牌网络小贷在网上放的贷款（当年的P2P网贷2020年11月已全部清零，还打着P2P旗号的都是违法的）。',
      '办理方式（大数据金融）：',
      '· 网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。',
    ]);
  });
});

describe('an offer with no sum, after the owner gave one', () => {
  it('月息2分 is worked on the 20万 over a year the owner asked for, and says so', async () => {
    const last = (await talk('zh-CN', ['开了3年的粉店，10个人，年营业额150万，要20万周转，借一年', '有家公司说月息2分'])).at(-1)!;
    expect(last.replies[0]!.text.split('\n').slice(0, 3)).toEqual([
      '按您前面说的20万元、1年算：',
      '按怎么计息不同，这笔钱的真实年化成本约24%到41.7%（按月利率×12），按复利算约26.8%到50.7%：按低的算，超过24%，是危险信号；按高的算，超过36%，超出了规则允许的范围。先别签，和银行的经营贷比一比。签之前问清楚：利息是按借款原额算，还是只按没还的本金算。',
      '· 如果按借款原额每月计息、按月还本（常见的“月息”算法）：到手20万元，每月还2.07万元，共12期，合计还24.8万元 → 每月3.48%，×12 = 41.7%，复利 50.67%。',
    ]);
  });

  it('0.9% a month is within the protected ceiling on what is owed, above it on the original sum: both said, and what to ask', async () => {
    const [r] = await talk('en', ['a lender offers 0.9% a month']);
    expect(answers(r!)[0]!.split('\n').slice(0, 2)).toEqual([
      'The offer names no sum or term, so this example uses 100,000 yuan over 1 year:',
      'Depending on how the interest is charged, the true annual cost is about 10.8% to 19.4% (monthly rate x 12), 11.4% to 21.2% compounded: at the lower figure it is within the ceiling courts protect in private lending; at the higher, it is above the ceiling courts protect in private lending, though under 24%. Still compare it with a bank business loan. Before you sign, ask whether interest is charged on the original sum or only on what is still owed.',
    ]);
  });

  it('with nothing given, it says the figures are an example', async () => {
    const [r] = await talk('en', ['a lender offers 2% a month']);
    expect(answers(r!)[0]!.split('\n')[0]).toBe('The offer names no sum or term, so this example uses 100,000 yuan over 1 year:');
  });
});

describe('a service the owner names beside the need', () => {
  it('想众筹20万开分店: crowdfunding does not suit a noodle shop, said first, both kinds, then the noted profile', async () => {
    const [r] = await talk('zh-CN', ['开面馆的，6个人，年营业额90万，想众筹20万开分店']);
    expect(answers(r!).slice(0, 2)).toEqual([
      [
        '众筹不适合您：',
        '· 众筹（产品预售）只适合面向消费者的新产品：顾客先付款，以后再交货。',
        '· 国内没有获批的公开股权众筹，在网上向公众出让股份筹钱是违法的。',
      ].join('\n'),
      '好的，记下了：行业：餐饮业；员工：6人；年营业收入：90万元；用途：购置设备、扩大生产；金额：20万元；规模：微型企业。\n按2011年《中小企业划型标准规定》，餐饮业从业人员低于10人即属微型企业。',
    ]);
  });

  it('a service that may fit adds nothing before the noted profile', async () => {
    const [r] = await talk('zh-CN', ['我们做茶叶加工，想用融资租赁买一台揉捻机']);
    expect(answers(r!)[0]!.startsWith('好的，记下了')).toBe(true);
  });
});

describe('advice with the purpose skipped', () => {
  it('asks the amount on its own, then says the picks are for business funding in general, in both languages', async () => {
    const asked = (await talk('zh-CN', ['我们在昆明开面馆 6个人 一年一百二十万', '跳过'])).at(-1)!;
    expect(asked.replies.map((r) => r.text)).toEqual([
      '好的，这一项先跳过。',
      '大概需要多少资金？例如“50万”“200万”。不需要借钱或不确定，可以回复“跳过”。',
    ]);
    const zh = (await talk('zh-CN', ['我们在昆明开面馆 6个人 一年一百二十万', '跳过', '20万', '一年'])).at(-1)!;
    expect(zh.replies.at(-1)!.text.split('\n')[0]).toBe(
      '根据您的情况（餐饮业 · 微型企业 · 6人 · 年营业收入：120万元 · 20万元 · 1年），您没说钱用在哪里，下面按一般经营用款推荐；告诉我用途，能推荐得更准：',
    );
    const en = (await talk('en', ['we run a noodle shop in kunming, 6 staff, 1.2 million a year', 'skip', '200k', '1 year'])).at(-1)!;
    expect(en.replies.at(-1)!.text.split('\n')[0]).toBe(
      'For your business (catering, micro enterprise, 6 employees, annual revenue: 1,200,000 yuan, 200,000 yuan, 1 year): you did not say what the money is for, so these are for business funding in general; tell me the purpose and I can be more precise:',
    );
  });
});

describe('a question that states the need, said when the bot asks what the money is for', () => {
  it('回款慢 平台压款 is answered as the platform holding the takings (its early settlement, the online banks) and noted as working capital; the amount is asked next', async () => {
    const last = (
      await talk('zh-CN', ['我是做跨境电商的 在昆明 卖给越南人 通过shopee 十来个人 去年做了一千二百万', '主要是回款慢 平台压款'])
    ).at(-1)!;
    expect(last.replies.map((r) => r.text)).toEqual([
      [
        '平台压着的钱（网店的货款、旅游平台的房费和团款），可以这样提前拿：一是平台自己的提前回款（提前结算）服务，在商家后台看有没有、怎么开通；它收的手续费就是这笔钱的利息，开通前把手续费换算成年化成本再决定。二是凭您在平台上的销售和收款记录，向线上银行申请给线上商户的经营贷（大数据金融，如网商银行、微众银行），借了用、回款后还。两条路都比一比年化成本，超过24%要警惕；任何要您先交钱才能“提前到账”的都是诈骗。',
        '可以这样做：',
        '· 网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。',
        '· 比较各家的年化利率（含全部费用，放贷方必须标明）：超过24%要警惕，放款前收费的都是诈骗。',
        '出处：最新金融规则与事实（2026年11月核对）',
      ].join('\n'),
      '好的，记下了：用途：资金周转。',
      '用于资金周转，大概需要多少资金？例如“50万”“200万”。不确定可以回复“跳过”。',
    ]);
    expect(last.view.profile.purpose).toBe('working-capital');
    expect(last.view.awaiting).toBe('amount');
  });

  it('how to get paid from abroad is answered and noted as cross-border payments, which needs no sum: the advice follows', async () => {
    const last = (await talk('en', ['we sell tea to vietnam, 6 staff, revenue 3 million', 'how do we get paid by vietnamese buyers'])).at(
      -1,
    )!;
    expect(last.replies.map((r) => r.text.split('\n')[0])).toEqual([
      'Exchange and settle through a bank, never through private money changers. With partners in Vietnam, Laos, Myanmar and the rest of ASEAN, settling in RMB is the main route in Yunnan (Laos has had an RMB clearing bank since 2023).',
      'Got it — purpose: cross-border payments.',
      'For your business (wholesale, micro enterprise, 6 employees, annual revenue: 3,000,000 yuan, cross-border trade: yes, cross-border payments), I recommend these Internet financial services:',
    ]);
    expect(last.view.stage).toBe('advising');
  });

  it('asked later, when a purpose is known, the same question changes nothing', async () => {
    const results = await talk('zh-CN', ['我们做边贸的 8个人 一年五百万 想借50万周转 一年', '越南客户怎么付钱给我们']);
    expect(results.at(-1)!.view.profile).toEqual(results.at(-2)!.view.profile);
  });
});

describe('is a named service reliable?', () => {
  // Before round 10 (asks10) this got the four platform checks, a generic answer: an adviser says what the platform is.
  it('网商银行格靠谱: what MYbank is (a licensed online bank), how to avoid impostors, the licence check and the source', async () => {
    const last = (await talk('zh-CN', ['网商银行格靠谱'])).at(-1)!;
    expect(answers(last)[0]).toBe(
      [
        '网商银行（蚂蚁集团发起）和微众银行（腾讯发起）是正规的线上银行，按企业的支付和纳税数据给小微企业放贷；网上放贷的小额贷款公司也要持牌、受国家金融监督管理总局2024年的网络小额贷款规定监管。要防的是冒牌：只从支付宝、微信里的官方入口或官方App申请，放款前要您先交钱的都是假的。',
        '可以这样做：',
        '· 核查牌照：银行、租赁公司在国家金融监督管理总局网站的许可证查询里查；小额贷款公司看省地方金融管理部门公布的名单。',
        '出处：最新金融规则与事实（2026年11月核对）',
      ].join('\n'),
    );
  });

  it('a platform not named still gets the eight signs of a problem platform', async () => {
    const last = (await talk('en', ['how do i know if a lending platform is legit'])).at(-1)!;
    expect(answers(last)[0]!.split('\n').slice(5, 7)).toEqual([
      '',
      'If a platform shows any of these signs, stop dealing with it at once (they are the eight kinds of problem P2P platform):',
    ]);
  });
});
