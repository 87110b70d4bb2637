// Questions owners ask an adviser that the bot did not read before round 10 (asks10): how long one may
// borrow, whether a named platform is legitimate, interest deducted up front (砍头息), a money-market fund.
// Played through the real engine; every reply of the last message checked whole, in both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('questions owners ask an adviser (asks10): answered from the knowledge, with its source', () => {
  it('the term asked while the bot asks for it (en): the usual terms of the services for this need, then the term asked again', async () => {
    await playHandoff(
      [
        { say: 'we run a guesthouse in dali, 8 staff, revenue 1.2 million' },
        { say: '1' },
        { say: '300k' },
        {
          say: 'how long can i borrow for?',
          replies: [
            "The term depends on what the money is for; the services made for this need usually run:\n· Big-data finance: up to 12 months\nMatch the term to when the money comes back: put the due date after you have sold and been paid, with a month or two to spare; a term shorter than that leaves you finding other money to repay.\nMost are repaid in monthly instalments: a bank business loan usually in equal payments of principal and interest, or interest monthly with the principal at the end; a lease in monthly or quarterly rent. Before signing, ask how much each payment is and how many there are.\nA short working-capital loan can be renewed at the bank when it falls due without repaying the principal first (open to every small and micro firm since September 2024). I quote no product's terms: the contract decides.\nSource: current finance rules and facts (checked November 2026)",
            'For how long will you need the money? E.g. "6 months", "1 year", "3 years". Reply "skip" if you are not sure.',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('the term asked while the bot asks for it (zh-CN): 能借多久嘛 gets the usual terms, then the term asked again', async () => {
    await playHandoff(
      [
        { say: '我们在大理开客栈 员工8个 一年营业额120万' },
        { say: '1' },
        { say: '30万' },
        {
          say: '能借多久嘛',
          replies: [
            '期限要看钱用在哪里，适合这个用途的服务通常是：\n· 大数据金融：12个月以内\n借多久，要跟钱回来的时间对上：到期日放在卖完货、收回款之后，再留一两个月余地；期限比回款短，到期就得另外找钱来还。\n还款大多按月分期：银行经营贷常见等额本息（每月本金利息一起还）或先息后本（每月付利息、到期还本金），融资租赁按月或按季付租金；签之前问清每期还多少、还几期。\n周转用的短期贷款到期，可以向银行申请无还本续贷（2024年9月起所有小微企业都可以），不用先还本金再借。具体产品的期限我不报，以合同为准。\n出处：最新金融规则与事实（2026年11月核对）',
            '这笔资金大概要用多久？例如“6个月”“一年”“三年”。不确定可以回复“跳过”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('a named platform asked whether it is legitimate (zh-CN): 网商银行格靠谱 gets what MYbank is, with its source', async () => {
    await playHandoff(
      [
        {
          say: '网商银行格靠谱',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '网商银行（蚂蚁集团发起）和微众银行（腾讯发起）是正规的线上银行，按企业的支付和纳税数据给小微企业放贷；网上放贷的小额贷款公司也要持牌、受国家金融监督管理总局2024年的网络小额贷款规定监管。要防的是冒牌：只从支付宝、微信里的官方入口或官方App申请，放款前要您先交钱的都是假的。\n可以这样做：\n· 核查牌照：银行、租赁公司在国家金融监督管理总局网站的许可证查询里查；小额贷款公司看省地方金融管理部门公布的名单。\n出处：最新金融规则与事实（2026年11月核对）',
            '请问贵企业属于哪个行业？回复编号，或直接说您做什么，例如“种茶”“开客栈”“做边贸”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('a named platform asked whether it is legitimate (en): is mybank a real bank', async () => {
    await playHandoff(
      [
        {
          say: 'is mybank a real bank',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            "MYbank (founded by Ant Group) and WeBank (founded by Tencent) are real online banks: they lend to small businesses on their payment and tax data, and online micro-loans by micro-loan companies are licensed and supervised under the NFRA's 2024 rules. What to watch for are fakes: apply only through the official entries in Alipay or WeChat or their official apps, and anyone asking you to pay before the loan is paid out is not them.\nWhat you can do:\n· Check the licence: banks and leasing companies in the NFRA's licence lookup; micro-loan companies on the provincial financial regulator's list.\nSource: current finance rules and facts (checked November 2026)",
            'Which industry is your business in? Reply with a number, or just tell me what you do, e.g. "tea growing", "a guesthouse", "border trade".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('interest deducted up front (zh-CN): 砍头息是哪样 gets what it is, the rules on it, and how its real cost is worked', async () => {
    await playHandoff(
      [
        {
          say: '砍头息是哪样',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '砍头息，就是放款时先从借款里扣掉利息：合同写借10万，到手只有9万多。不管叫利息、“服务费”还是“手续费”，放款时先扣的钱都不是本金：您实际拿到的少了，真实成本要按到手的钱算。比如借10万、年息8%、放款时先扣3%“服务费”、一年后还10.8万，实际是拿9.7万付了1.1万，年化约11.3%，不是合同上的8%。放贷方必须标明包含全部费用的年化利率（人民银行公告〔2021〕第3号）；现金贷综合年化成本超过36%的不被允许（2017年12月1日的通知）。\n把借多少、到手多少、每期还多少、还几期告诉我，我帮您算真实年化。\n可以这样做：\n· 比较各家的年化利率（含全部费用，放贷方必须标明）：超过24%要警惕，放款前收费的都是诈骗。\n出处：最新金融规则与事实（2026年11月核对）',
            '请问贵企业属于哪个行业？回复编号，或直接说您做什么，例如“种茶”“开客栈”“做边贸”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('interest deducted up front (en): they take the interest out first, is that allowed', async () => {
    await playHandoff(
      [
        {
          say: 'they take the interest out first before giving me the money, is that allowed',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            "Interest deducted up front (砍头息) means the lender takes the interest out of the loan when paying it: the contract says 100,000 and you get a little over 90,000. Whatever it is called, interest, a 'service fee' or a 'handling fee', money kept back at payout is not principal: you received less, so the real cost is worked on the money in hand. Borrow 100,000 at 8% a year with a 3% 'service fee' taken at payout and repay 108,000 after a year: you paid 11,000 for 97,000, about 11.3% a year, not 8%. Every lender must show the annualised rate with all its fees (PBOC Announcement [2021] No. 3), and for cash loans an all-in cost above 36% a year is not allowed (notice of 1 December 2017).\nTell me the sum, what you received, each repayment and how many, and I'll work out the real annual rate.\nWhat you can do:\n· Compare the annual rate with all fees included (lenders must show it): above 24% is a red flag, and a fee before payout means fraud.\nSource: current finance rules and facts (checked November 2026)",
            'Which industry is your business in? Reply with a number, or just tell me what you do, e.g. "tea growing", "a guesthouse", "border trade".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('a money-market fund asked about (zh-CN): 余额宝格安全', async () => {
    await playHandoff(
      [
        {
          say: '余额宝格安全',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '余额宝（支付宝）、零钱通（微信）这类，是放在支付平台里的货币市场基金，不是银行存款：不保本，收益每天在变，一般波动小；但很多人同时取钱时，可能不能马上到账（这是互联网理财的流动性风险）。生意周转的钱要留足、随时能用；几个月用不上的闲钱，可以放银行存款或银行代销的正规产品，先看清产品说明里的风险等级。承诺保本、高收益、随时能取的“理财”，是非法集资的典型特征。\n可以这样做：\n· 闲置资金放在银行理财、存款或银行代销的正规产品里，留足几个月的周转资金。\n出处：最新金融规则与事实（2026年11月核对）',
            '请问贵企业属于哪个行业？回复编号，或直接说您做什么，例如“种茶”“开客栈”“做边贸”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('a money-market fund asked about (en): is yuebao safe to keep our cash in', async () => {
    await playHandoff(
      [
        {
          say: 'is yuebao safe to keep our cash in',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            "Yu'e Bao (in Alipay) and Lingqiantong (in WeChat) are money-market funds held in a payment app, not bank deposits: the principal is not guaranteed and the return changes daily, usually by little; but when many people withdraw at once, your money may not come out at once (the liquidity risk of online wealth products). Keep the business's working cash where you can use it any day; cash you will not need for months can go into bank deposits or regulated products sold by banks, after reading the product's risk level. 'Wealth products' promising guaranteed principal, high returns and withdrawal any time are the pattern of illegal fundraising.\nWhat you can do:\n· Keep idle cash in bank deposits, bank wealth products or regulated products sold by banks, and keep a few months' working cash.\nSource: current finance rules and facts (checked November 2026)",
            'Which industry is your business in? Reply with a number, or just tell me what you do, e.g. "tea growing", "a guesthouse", "border trade".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
