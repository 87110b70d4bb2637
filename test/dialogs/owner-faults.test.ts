// Faults an owner found by talking to the bot, each played through the real engine (NLU, machine,
// renderer) with every reply checked exactly as the owner would read it, in both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) }; // a Thursday, the desk staffed

const ASK_SIZE_ZH = [
  '为了按国家标准判断企业规模，请告诉我员工人数、去年的营业收入，例如：“员工12人，年营业额150万”。也可以直接说您是微型、小型还是中型企业；不方便透露可以回复“跳过”。',
];
const ASK_PURPOSE_EN = ['What do you mainly need help with? Reply with a number:'];

describe('money already sent to a fraudster: what to do now, at once', () => {
  it('zh-CN: 钱已经转了2000了 gets 110, the bank, the records, 96110 and no "unfreezing fee"', async () => {
    await playHandoff(
      [
        { say: '我们是开饭店的' },
        { say: '有人说帮我贷款，先要交保证金' },
        {
          say: '钱已经转了2000了',
          stage: 'collecting',
          replies: [
            [
              '钱已经转出去了，请马上做下面这几件事，越快越有机会止付追回。',
              '可以这样做：',
              '· 现在就打110报警，说清楚被骗的经过和转账金额。',
              '· 马上打您转账用的银行（或微信、支付宝）的客服电话，说明被骗，请他们止付、冻结这笔转账。',
              '· 保留证据：聊天记录、对方账号和电话、转账凭证和截图，一样都不要删。',
              '· 拿不准的、想核实的，可以打96110反诈专线（公安部全国反诈专线）。',
              '· 不要再给任何人转钱：说交“解冻费”“手续费”“保证金”就能帮您把钱追回来的，也是骗子。',
            ].join('\n'),
            ...ASK_SIZE_ZH,
          ],
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
          replies: [
            [
              'The money has gone: act now, in this order. The sooner you do, the better the chance the bank can stop it.',
              'What you can do:',
              '· Call 110 (the police) now and tell them what happened and how much you sent.',
              '· Call the bank (or WeChat Pay or Alipay) you sent the money from at once: say it was a fraud and ask them to stop or freeze the transfer.',
              "· Keep the evidence: the chat, the other side's account and phone number, the transfer receipts and screenshots; delete nothing.",
              '· To check anything you are unsure of, call 96110, the national anti-fraud line of the Ministry of Public Security.',
              "· Send no more money to anyone: whoever asks for an 'unfreezing fee', a 'service fee' or a deposit to get your money back is a fraudster too.",
            ].join('\n'),
            ...ASK_PURPOSE_EN,
          ],
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
