// Faults an owner found by talking to the bot, each played through the real engine (NLU, machine,
// renderer) with every reply checked exactly as the owner would read it, in both languages.

import { describe, expect, it } from 'vitest';
import { ConversationEngine } from '../../src/conversation/engine';
import { MemoryStore } from '../../src/conversation/stores/memory';
import { DeskActions } from '../../src/desk/actions';
import { AgentDeliveries } from '../../src/desk/delivery';
import { testClock } from '../helpers/app';
import { beijing, HOUR, playHandoff, schedule } from './handoff-table';
import { MONEY_SENT_EN, MONEY_SENT_ZH } from './money-sent-answer';

const AT = { start: beijing(2026, 1, 15, 15, 30) }; // a Thursday, the desk staffed

const ASK_SIZE_ZH = [
  '为了按国家标准判断企业规模，请告诉我员工人数、去年的营业收入，例如：“员工12人，年营业额150万”。也可以直接说您是微型、小型还是中型企业；不方便透露可以回复“跳过”。',
];
const ASK_PURPOSE_EN = ['What do you mainly need help with? Reply with a number:'];
const ASK_SIZE_EN =
  'To size your business by the national standard, please tell me how many employees you have and last year\'s revenue, e.g. "12 employees, revenue 1.5 million yuan". Or just say whether you are a micro, small or medium enterprise; reply "skip" if you would rather not say.';

describe('money already sent to a fraudster: what to do now, at once', () => {
  it('zh-CN: 钱已经转了2000了 gets 110, the bank, the records, 96110 and no "unfreezing fee"', async () => {
    await playHandoff(
      [
        { say: '我们是开饭店的' },
        { say: '有人说帮我贷款，先要交保证金' },
        {
          say: '钱已经转了2000了',
          stage: 'collecting',
          replies: [MONEY_SENT_ZH, ...ASK_SIZE_ZH],
        },
      ],
      AT,
    );
  });

  it('en: "i already sent him 2000, should i report him? where" gets the same steps', async () => {
    await playHandoff(
      [
        { say: 'we run a restaurant, 10 staff, revenue 2 million' },
        { say: 'a guy said he can get me a loan if i pay a deposit first' },
        {
          say: 'i already sent him 2000, should i report him? where',
          stage: 'collecting',
          replies: [MONEY_SENT_EN, ...ASK_PURPOSE_EN],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

const WELCOME_ZH =
  '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”';
const WELCOME_EN =
  'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."';
const ASK_INDUSTRY_ZH = '请问贵企业属于哪个行业？回复编号，或直接说您做什么，例如“种茶”“开客栈”“做边贸”。';
const ASK_INDUSTRY_EN =
  'Which industry is your business in? Reply with a number, or just tell me what you do, e.g. "tea growing", "a guesthouse", "border trade".';

describe('is factoring a scam: an answer about factoring, not the P2P checklist', () => {
  it('zh-CN: 保理是不是骗人的', async () => {
    await playHandoff(
      [
        {
          say: '保理是不是骗人的',
          replies: [
            WELCOME_ZH,
            [
              '不是骗局：保理本身是正规的融资方式。您把卖货后还没收回的应收账款转给银行或保理公司，先拿到大部分货款，买家到期把钱付给对方。银行可以做保理；商业保理公司属于持牌的地方金融机构（最高人民法院2021年1月1日起施行的批复）。要防的是冒充保理的骗子：放款前要您先交“手续费”“保证金”的，一律是诈骗。',
              '可以这样做：',
              '· 有大企业买家的应收账款，可以通过人民银行征信中心的中征应收账款融资服务平台，请买家确认后向银行融资。',
              '· 核查保理方：银行在国家金融监督管理总局网站的许可证查询里查；商业保理公司向省地方金融管理部门核实它是否在监管名单上；先要收费的，不要理。',
            ].join('\n'),
            ASK_INDUSTRY_ZH,
          ],
        },
      ],
      AT,
    );
  });

  it('en: factoring a scam?', async () => {
    await playHandoff(
      [
        {
          say: 'factoring a scam?',
          replies: [
            WELCOME_EN,
            [
              "No, factoring itself is not a scam: it is a lawful way of raising money. You hand over an unpaid invoice to a bank or a factoring company and get most of the money now; the buyer pays them when the invoice falls due. Banks do factoring, and commercial factoring companies are licensed local lenders (Supreme People's Court reply in force 1 January 2021). What to watch for is a fraudster posing as a factor: anyone who asks for a 'service fee' or a deposit before paying out is a fraud.",
              'What you can do:',
              "· With receivables from a large buyer, use the PBOC credit bureau's accounts-receivable financing platform (中征应收账款融资服务平台): once the buyer confirms, a bank lends on them.",
              "· Check the factor: a bank in the NFRA's licence lookup; a commercial factoring company with the provincial financial regulator (is it on its list?); one that wants a fee first, walk away.",
            ].join('\n'),
            ASK_INDUSTRY_EN,
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

const TEA_ZH = '我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年';
const ADVICE_ZH_PROFILE =
  '根据您的情况（工业 · 小型企业 · 25人 · 年营业收入：800万元 · 购置设备、扩大生产 · 100万元 · 2年），推荐以下互联网金融服务：';
const FRAUD_CAUTION_ZH = '· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。';
const MENU_ZH = '回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。';

describe('a service the owner refuses drops out of the advice, and the bot says so, until asked for again', () => {
  it('zh-CN: 融资租赁不要 after the advice: advised again without it; 融资租赁 named again brings it back', async () => {
    await playHandoff(
      [
        { say: TEA_ZH, stage: 'advising' },
        {
          say: '融资租赁不要',
          stage: 'advising',
          replies: [
            [
              ADVICE_ZH_PROFILE,
              '',
              '1. 信息化金融机构（网上银行、保险、证券）',
              '· 持牌经营、监管严格，是最稳妥的选择。',
              '· 业务全流程电子化，申请和审批更快捷方便。',
              '下一步：先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。',
              '',
              '风险提示：',
              FRAUD_CAUTION_ZH,
              '· 只通过银行、保险、证券公司的官方App或官网办理，警惕仿冒网站和钓鱼链接。',
              '',
              '其他选择：',
              '2. 互联网金融门户 · 信贷类门户：一站式搜索和比较各家机构的贷款、保险、理财产品。',
              '',
              '按您说的，没有列出融资租赁；想再看，直接说它的名字就行。',
              '',
              MENU_ZH,
            ].join('\n'),
          ],
          choices: ['信息化金融机构（网上银行、保险、证券）', '互联网金融门户', '风险', '核查平台', '总结', '人工', '重新开始'],
        },
        // Named again: its details, and it is back in the advice.
        { say: '融资租赁', stage: 'advising' },
        {
          say: '推荐',
          replies: [
            [
              ADVICE_ZH_PROFILE,
              '',
              '1. 融资租赁',
              '· 先用上设备、投入生产，再逐步付款。',
              '· 把一次性大额支出分摊到几年，减轻资金压力。',
              '下一步：找持牌的融资租赁公司，或设备厂商合作的租赁方案；比较租金总额和年化成本，问清期满后设备归谁。',
              '',
              '风险提示：',
              FRAUD_CAUTION_ZH,
              '· 签约前算清租金总额和年化成本，问清期满后设备归谁、提前退租如何处理。',
              '',
              '其他选择：',
              '2. 信息化金融机构（网上银行、保险、证券）：持牌经营、监管严格，是最稳妥的选择。',
              '3. 互联网金融门户 · 信贷类门户：一站式搜索和比较各家机构的贷款、保险、理财产品。',
              '',
              MENU_ZH,
            ].join('\n'),
          ],
        },
      ],
      AT,
    );
  });

  it('en: "no leasing please" while collecting is acknowledged, and the advice later leaves it out and says so', async () => {
    await playHandoff(
      [
        { say: 'we process tea' },
        {
          say: 'no leasing please',
          stage: 'collecting',
          replies: [
            'Fine: I will leave Financial leasing out of the advice. To see it again, just name it.',
            'To size your business by the national standard, please tell me how many employees you have and last year\'s revenue, e.g. "12 employees, revenue 1.5 million yuan". Or just say whether you are a micro, small or medium enterprise; reply "skip" if you would rather not say.',
          ],
        },
        {
          say: '25 staff, revenue 8 million, need 1 million for new machines over 2 years',
          stage: 'advising',
          replies: [
            [
              'Got it — employees: 25; annual revenue: 8,000,000 yuan; purpose: equipment or expansion; amount: 1,000,000 yuan; term: 2 years; size: small enterprise.',
              'Under the 2011 SME size standard, a firm in manufacturing and processing meeting every small floor (employees 20, annual revenue 3,000,000 yuan) but not the medium ones is small.',
            ].join('\n'),
            [
              'For your business (manufacturing and processing, small enterprise, 25 employees, annual revenue: 8,000,000 yuan, equipment or expansion, 1,000,000 yuan, 2 years), I recommend these Internet financial services:',
              '',
              '1. Online banks, insurers and brokers',
              '· Licensed and closely supervised: the safest choice.',
              '· Everything is handled electronically, so applications and approvals are quick.',
              'Next step: Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.',
              '',
              'Risks to watch:',
              "· Anyone who asks you to pay before a loan is paid out (a deposit, an 'unfreezing', verification or service fee) is a fraudster: do not pay anything.",
              '· Use only the official apps and websites of banks, insurers and brokers, and beware of fake sites and phishing links.',
              '',
              'Other options:',
              '2. Internet finance portals: credit portal — Search and compare loans, insurance and savings products from many institutions in one place.',
              '',
              'As you asked, I have left out Financial leasing; to see one again, just name it.',
              '',
              'Reply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
            ].join('\n'),
          ],
          choices: [
            'Online banks, insurers and brokers',
            'Internet finance portals',
            'Risks',
            'Check a platform',
            'Summary',
            'Agent',
            'Restart',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

const STILL_WAITING_ZH = '您找人工的请求还在，顾问会看到您的留言。不需要人工了，回复“算了”或“返回机器人”。';
const COLLATERAL_ZH = [
  '要看贷款大小。银行的线上经营贷和线上银行主要看经营流水、纳税和信用记录，小额的多是信用贷款；额度大、期限长的才常要抵押或担保：有权证的房产、土地经营权或林权，车辆设备，有仓单的存货，或者收入稳定、征信干净的担保人（您还不上时由他代还），能不能用、能抵多少由银行评估决定。不够的话，可以问银行能不能走政府性融资担保（2026年1月的国家政策要求向企业收的担保费不超过1%）。',
  '可以这样做：',
  '· 网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。',
  '· 在全国中小企业融资综合信用服务平台（信易贷）或本省的融资信用服务平台提交需求，可以一次对接多家银行。',
].join('\n');

describe('after asking for a person, the owner can get back to the bot without the exact command', () => {
  it('zh-CN: a question while waiting is answered (the request stands); 算了 不找人了 goes back to the bot', async () => {
    await playHandoff(
      [
        { say: '我们开饭店的' },
        { say: '转人工', stage: 'handoff' },
        { say: '需要抵押吗', stage: 'handoff', replies: [COLLATERAL_ZH, STILL_WAITING_ZH], choices: ['返回机器人'] },
        {
          say: '算了 不找人了',
          stage: 'collecting',
          replies: ['好的，我们继续。', ...ASK_SIZE_ZH],
          choices: ['微型企业', '小型企业', '中型企业', '跳过'],
        },
      ],
      AT,
    );
  });

  it('en: "never mind" goes back to the bot, even while the bot waits for a phone number', async () => {
    await playHandoff(
      [
        { say: 'we run a restaurant' },
        { say: 'agent', stage: 'handoff' },
        {
          say: 'do I need collateral?',
          stage: 'handoff',
          replies: [
            [
              "It depends on the loan. Banks' online business loans and online banks look mainly at your turnover, tax and credit records, and small loans are mostly unsecured. Larger, longer loans often need collateral or a guarantee: property, land-use or forest rights with their title papers, vehicles or equipment, stock with a warehouse receipt, or a guarantor with a steady income and a clean credit record, who must repay if you cannot; the bank values what you offer and decides. If it is not enough, ask the bank for a government financing guarantee (the national measures of January 2026 cap the fee charged to the firm at 1%).",
              'What you can do:',
              '· Online banks such as MYbank and WeBank: apply through their official entries in Alipay or WeChat; they decide on your payment and tax records.',
              "· Post your need on the national SME financing credit service platform (信易贷) or your province's financing credit platform, which put you in touch with several banks at once.",
            ].join('\n'),
            'Your request for an adviser still stands, and the adviser will see your messages. If you no longer need one, reply "never mind" or "back to the bot".',
          ],
          choices: ['Back to the bot'],
        },
        {
          say: 'never mind',
          stage: 'collecting',
          replies: [
            "Sure, let's carry on.",
            'To size your business by the national standard, please tell me how many employees you have and last year\'s revenue, e.g. "12 employees, revenue 1.5 million yuan". Or just say whether you are a micro, small or medium enterprise; reply "skip" if you would rather not say.',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('zh-CN: while an agent holds the conversation (claimed), a question is left to the agent, and 算了 still goes back', async () => {
    const clock = testClock(AT.start);
    const store = new MemoryStore(clock.now);
    const ttl = 30 * 24 * HOUR;
    const engine = new ConversationEngine({
      store,
      defaultLocale: 'zh-CN',
      conversationTtlMs: ttl,
      clock: clock.now,
      deskHours: schedule('Mon-Fri 09:00-17:30'),
    });
    const desk = new DeskActions({ store, engine, deliveries: new AgentDeliveries(), conversationTtlMs: ttl, clock: clock.now });
    const say = (text: string) => engine.handle({ conversationId: 'held', channel: 'webchat', text });
    await say('我们开饭店的');
    await say('转人工');
    expect(await desk.claim('held', '李娜')).toEqual({ ok: { claimedBy: '李娜' } });
    const asked = await say('需要抵押吗');
    expect(asked.replies.map((r) => r.text)).toEqual([
      '顾问正在处理您的对话，这个问题会由顾问回答。想让我来回答，回复“算了”或“返回机器人”。',
    ]);
    expect(asked.view.stage).toBe('handoff');
    const back = await say('算了');
    expect(back.replies.map((r) => r.text)).toEqual(['好的，我们继续。', ...ASK_SIZE_ZH]);
    expect(back.view.stage).toBe('collecting');
  });
});

describe('confirmations read as sentences in both languages', () => {
  it('en: "Got it — industry: catering." and the figures in the same "label: value" form', async () => {
    await playHandoff(
      [
        { say: 'we run a restaurant', replies: [WELCOME_EN, 'Got it — industry: catering.', ASK_SIZE_EN] },
        {
          say: '25 staff, revenue 8 million, we sell on meituan, need 300k for working capital over 1 year',
          replies: [
            [
              'Got it — employees: 25; annual revenue: 8,000,000 yuan; purpose: working capital; amount: 300,000 yuan; term: 1 year; online sales: yes; size: small enterprise.',
              'Under the 2011 SME size standard, a firm in catering meeting every small floor (employees 10, annual revenue 1,000,000 yuan) but not the medium ones is small.',
            ].join('\n'),
            expect.stringMatching(
              /^For your business \(catering, small enterprise, 25 employees, annual revenue: 8,000,000 yuan, online sales: yes, working capital, 300,000 yuan, 1 year\), I recommend/,
            ),
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('zh-CN: 好的，记下了：行业：餐饮业；员工：25人。', async () => {
    await playHandoff(
      [
        {
          say: '我们开饭店的，员工25人',
          replies: [
            WELCOME_ZH,
            '好的，记下了：行业：餐饮业；员工：25人。',
            '还需要知道去年的营业收入，才能按国家标准判断规模，例如：“年营业额150万”。不清楚可以回复“跳过”。',
          ],
        },
      ],
      AT,
    );
  });
});

describe('a reply not understood is asked again with what the question wants, never counted as a skip', () => {
  const REASK_SIZE_ZH = `抱歉，这句我没看懂。我想知道企业有多大，好判断哪些服务和扶持政策适合您。\n${ASK_SIZE_ZH[0]}`;
  it('zh-CN: three replies not understood: the size question each time, never put aside', async () => {
    await playHandoff(
      [
        { say: '我们开饭店的' },
        { say: '啥意思', stage: 'collecting', replies: [REASK_SIZE_ZH], choices: ['微型企业', '小型企业', '中型企业', '跳过'] },
        { say: '哦哦', replies: [REASK_SIZE_ZH] },
        { say: '啊？', replies: [REASK_SIZE_ZH] },
        // The owner can still skip it at once.
        { say: '跳过', replies: ['好的，这一项先跳过。', '这次主要想解决什么问题？请回复编号：'] },
      ],
      AT,
    );
  });

  it('en: the purpose asked again with example answers, then taken', async () => {
    const REASK_PURPOSE_EN = [
      'Sorry, I did not understand that. I need to know what the money is mainly for: reply with a number or say it, e.g. "stock for the busy season" or "a new machine".',
      ...ASK_PURPOSE_EN,
    ].join('\n');
    await playHandoff(
      [
        { say: 'we run a restaurant, 25 staff, revenue 8 million' },
        { say: 'hmm', replies: [REASK_PURPOSE_EN] },
        { say: 'huh', replies: [REASK_PURPOSE_EN] },
        { say: 'lol', replies: [REASK_PURPOSE_EN], stage: 'collecting' },
        {
          say: 'stock for the busy season',
          replies: [
            'Got it — purpose: working capital.',
            'For working capital, about how much money do you need? E.g. "500k" or "2 million yuan". Reply "skip" if you are not sure.',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('withdrawing the request for a person and asking in one message', () => {
  it('zh-CN: 算了不找人了，需要抵押吗: back to the bot, the question answered, then the open question', async () => {
    await playHandoff(
      [
        { say: '我们开饭店的' },
        { say: '转人工', stage: 'handoff' },
        { say: '算了不找人了，需要抵押吗', stage: 'collecting', replies: ['好的，我们继续。', COLLATERAL_ZH, ...ASK_SIZE_ZH] },
      ],
      AT,
    );
  });
});

describe("a what-if about the sum or term is answered, and the owner's figures are kept", () => {
  it('zh-CN: 要是多借二十万呢 while the purpose is asked: answered, the 100万 and the one year kept', async () => {
    await playHandoff(
      [
        { say: '我们是做茶叶加工的，员工25人，年营业额800万，想借100万，借一年' },
        {
          say: '要是多借二十万呢',
          stage: 'collecting',
          replies: [
            '这是个假设的问题，我没有改动您说过的金额和期限。一般来说，借得越久，每月还得越少，但利息总额越多；借得越多，月供和利息都越多。想按新的金额或期限看推荐，请直接说，例如“期限改成3年”或“金额改成30万”。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
        {
          say: '总结',
          stage: 'collecting',
          replies: [
            [
              '客户情况总结',
              '当前阶段：收集信息',
              '企业情况：工业 · 小型企业 · 25人 · 年营业收入：800万元 · 100万元 · 1年',
              '已推荐：暂无',
            ].join('\n'),
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
      ],
      AT,
    );
  });

  it('en: "could we do 2 years instead?" while the purpose is asked: answered, no term set', async () => {
    await playHandoff(
      [
        { say: 'we run a restaurant, 10 staff, revenue 2 million, need 300k' },
        {
          say: 'could we do 2 years instead?',
          stage: 'collecting',
          replies: [
            'Borrowing 300,000 yuan over 24 months in equal monthly instalments, at the one-year LPR of 3.0% (the figure as of March 2026; check the latest), you would repay about 12,894 yuan a month; banks add a margin to the LPR, so the real payment is higher.\nThat is a what-if, so I have kept the sum and term you gave me. As a rule, a longer term means a smaller monthly payment but more interest in all, and a larger sum more of both. To see the advice for a new sum or term, say so, for example "change the term to 3 years" or "make it 300k".',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      AT,
    );
  });
});
