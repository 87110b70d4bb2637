// Faults an owner-tester found in the dialog and the knowledge (November 2026), each played
// through the real engine (NLU, machine, renderer) with every reply of the last message checked
// exactly as the owner reads it, in both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('a language switch with a question in the same message: the question answered in the new language', () => {
  it('en -> zh-CN: 还是说中文吧，要准备哪样材料 gets the documents, in Chinese', async () => {
    await playHandoff(
      [
        { say: 'hello' },
        {
          say: '还是说中文吧，要准备哪样材料',
          replies: [
            '好的，接下来我用中文和您交流。',
            '一般要带：营业执照、法定代表人身份证、近6到12个月的银行流水或纳税记录，并同意查询征信；抵押或担保贷款还要房产证等材料。具体以银行的要求为准。营业执照要在有效期内、登记信息是最新的：快到期或刚变更的，先到市场监管部门办好再申请。\n可以这样做：\n· 比较各家的年化利率（含全部费用，放贷方必须标明）：超过24%要警惕，放款前收费的都是诈骗。',
            '请问贵企业属于哪个行业？回复编号，或直接说您做什么，例如“种茶”“开客栈”“做边贸”。',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('zh-CN -> en: "let\'s speak English, what documents do I need?" gets the documents, in English', async () => {
    await playHandoff(
      [
        { say: '你好' },
        {
          say: "let's speak English, what documents do I need?",
          replies: [
            'Sure, I will continue in English.',
            "Usually: the business licence, the legal representative's ID, 6-12 months of bank statements or tax records, and consent to a credit check; a secured or guaranteed loan also needs the property papers. The bank's own list decides. The licence must be in force and its details current: one about to expire or just changed is renewed or updated at the market regulation bureau before you apply.\nWhat you can do:\n· Compare the annual rate with all fees included (lenders must show it): above 24% is a red flag, and a fee before payout means fraud.",
            'Which industry is your business in? Reply with a number, or just tell me what you do, e.g. "tea growing", "a guesthouse", "border trade".',
          ],
        },
      ],
      AT,
    );
  });
});

describe('leasing refused while advising: left out of the advice at once', () => {
  it('zh-CN: 融资租赁不要 我直接找银行贷 drops 融资租赁 (listed first before) and says so', async () => {
    await playHandoff(
      [
        { say: '做茶叶加工的 在普洱 20个人 一年卖800万' },
        { say: '想借100万买设备 两年' },
        {
          say: '融资租赁不要 我直接找银行贷',
          replies: [
            '根据您的情况（工业 · 小型企业 · 20人 · 年营业收入：800万元 · 购置设备、扩大生产 · 100万元 · 2年），推荐以下互联网金融服务：\n\n1. 信息化金融机构（网上银行、保险、证券）\n· 持牌经营、监管严格，是最稳妥的选择。\n· 业务全流程电子化，申请和审批更快捷方便。\n下一步：先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 只通过银行、保险、证券公司的官方App或官网办理，警惕仿冒网站和钓鱼链接。\n\n其他选择：\n2. 互联网金融门户 · 信贷类门户：一站式搜索和比较各家机构的贷款、保险、理财产品。\n\n按您说的，没有列出融资租赁；想再看，直接说它的名字就行。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
        },
      ],
      AT,
    );
  });

  it('en: "no leasing please, I will go to the bank" drops Financial leasing and says so', async () => {
    await playHandoff(
      [
        { say: "we process tea in Pu'er, 20 staff, revenue 8 million" },
        { say: 'need 1 million to buy equipment over two years' },
        {
          say: 'no leasing please, I will go to the bank',
          replies: [
            'For your business (manufacturing and processing, small enterprise, 20 employees, annual revenue: 8,000,000 yuan, equipment or expansion, 1,000,000 yuan, 2 years), I recommend these Internet financial services:\n\n1. Online banks, insurers and brokers\n· Licensed and closely supervised: the safest choice.\n· Everything is handled electronically, so applications and approvals are quick.\nNext step: Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Use only the official apps and websites of banks, insurers and brokers, and beware of fake sites and phishing links.\n\nOther options:\n2. Internet finance portals: credit portal — Search and compare loans, insurance and savings products from many institutions in one place.\n\nAs you asked, I have left out Financial leasing; to see one again, just name it.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('网贷 refused: every online lending service left out, the bank branch pointed to', () => {
  it('zh-CN: 莫给我推荐网贷 while collecting is acknowledged as all online loans', async () => {
    await playHandoff(
      [
        { say: '开茶叶店的 在昆明 5个人 一年卖130万' },
        {
          say: '莫给我推荐网贷',
          replies: [
            '好的，不考虑网贷：线上银行、借款App这些在网上申请的贷款，之后的建议里都不会列出；要借钱，可以到银行网点当面申请经营贷。想再看网贷，直接说就行。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
      ],
      AT,
    );
  });

  it('zh-CN: then 想借20万进货 一年 gets the bank at its branch, no online bank, and says why', async () => {
    await playHandoff(
      [
        { say: '开茶叶店的 在昆明 5个人 一年卖130万' },
        { say: '莫给我推荐网贷' },
        {
          say: '想借20万进货 一年',
          replies: [
            '好的，记下了：用途：资金周转；金额：20万元；期限：1年。',
            '根据您的情况（零售业 · 微型企业 · 5人 · 年营业收入：130万元 · 资金周转 · 20万元 · 1年），推荐以下互联网金融服务：\n\n1. 信息化金融机构（网上银行、保险、证券）\n· 持牌经营、监管严格，是最稳妥的选择。\n· 业务全流程电子化，申请和审批更快捷方便。\n下一步：到银行网点当面申请小微企业经营贷：先问您开结算账户的银行，农商行、农村信用社和邮储银行的网点也都办。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 只通过银行、保险、证券公司的官方App或官网办理，警惕仿冒网站和钓鱼链接。\n\n按您说的，没有列出网贷（线上银行、借款App这些在网上申请的贷款）。银行的经营贷可以到网点当面办。想再看网贷，直接说就行。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
        },
      ],
      AT,
    );
  });

  it('zh-CN: an online bank named again (网商银行格适合我们) brings online loans back as a whole', async () => {
    await playHandoff(
      [
        { say: '开茶叶店的 在昆明 5个人 一年卖130万' },
        { say: '莫给我推荐网贷' },
        { say: '想借20万进货 一年' },
        {
          say: '网商银行格适合我们',
          replies: [
            '适合。对您来说，大数据金融就是首选：\n· 平台有自己的信用数据，不一定需要抵押担保，凭经营记录就能申请。\n· 更贴近客户，能按您的实际经营情况提供个性化的金融产品。\n可以这样做：\n· 网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。',
          ],
        },
      ],
      AT,
    );
  });

  it('en: "no online loans please" leaves out the online banks the same way', async () => {
    await playHandoff(
      [
        { say: 'we run a tea shop in Kunming, 5 staff, revenue 1.3 million a year' },
        { say: 'no online loans please' },
        {
          say: 'need 200k for stock, one year',
          replies: [
            'Got it — purpose: working capital; amount: 200,000 yuan; term: 1 year.',
            'For your business (retail, micro enterprise, 5 employees, annual revenue: 1,300,000 yuan, working capital, 200,000 yuan, 1 year), I recommend these Internet financial services:\n\n1. Online banks, insurers and brokers\n· Licensed and closely supervised: the safest choice.\n· Everything is handled electronically, so applications and approvals are quick.\nNext step: Apply for a small-business loan in person at a bank branch: ask your own settlement bank first; the rural commercial banks, rural credit cooperatives and the Postal Savings Bank lend at their branches too.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Use only the official apps and websites of banks, insurers and brokers, and beware of fake sites and phishing links.\n\nAs you asked, I have left out online loans (online banks, lending apps: loans you apply for online). A bank\'s business loan can be applied for in person at its branch. To see online loans again, just say so.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('a question about 网贷 is about online loans today, not P2P', () => {
  it('zh-CN: 垫资借网贷格划算 before any profile: online loans explained, what it depends on, the annual rate to compare, the price of a bank loan beside it', async () => {
    await playHandoff(
      [
        {
          say: '垫资借网贷格划算',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '如今说的网贷，是线上银行和持牌网络小贷在网上放的贷款（当年的P2P网贷2020年11月已全部清零，还打着P2P旗号的都是违法的）。\n要看您的情况，大数据金融有这些前提：\n· 线上银行凭经营和纳税记录放贷，还没有经营记录的新企业暂时用不上。\n· 线上银行的经营小额贷款面向小微企业、额度小：中型企业的贷款找银行。\n告诉我这笔钱用来做什么、企业规模，我就能说适不适合您。\n可以这样做：\n· 比较各家的年化利率（含全部费用，放贷方必须标明）：超过24%要警惕，放款前收费的都是诈骗。',
            '比价钱，要比各家必须标明的年化利率（含全部费用）：银行的经营贷按一年期LPR加点定价（LPR 3.0%，这是2026年3月的数字，每月20日公布，请查最新）；融资租赁、小额贷款公司等持牌机构也必须标明年化成本，把两边的年化数字放在一起比，就知道哪个划算。\n出处：最新金融规则与事实（2026年11月核对）',
            '请问贵企业属于哪个行业？回复编号，或直接说您做什么，例如“种茶”“开客栈”“做边贸”。',
          ],
        },
      ],
      AT,
    );
  });

  it('zh-CN: 垫资借网贷格划算 after the advice: the online bank as recommended, no "P2P is gone" refusal, the price of a bank loan beside it', async () => {
    await playHandoff(
      [
        { say: '开茶叶店的 在昆明 5个人 一年卖130万' },
        { say: '想借20万进货 一年' },
        {
          say: '垫资借网贷格划算',
          replies: [
            '如今说的网贷，是线上银行和持牌网络小贷在网上放的贷款（当年的P2P网贷2020年11月已全部清零，还打着P2P旗号的都是违法的）。\n对您来说，这类网上贷款（大数据金融）就是首选：\n· 平台有自己的信用数据，不一定需要抵押担保，凭经营记录就能申请。\n· 更贴近客户，能按您的实际经营情况提供个性化的金融产品。\n可以这样做：\n· 网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。\n· 比较各家的年化利率（含全部费用，放贷方必须标明）：超过24%要警惕，放款前收费的都是诈骗。',
            '比价钱，要比各家必须标明的年化利率（含全部费用）：银行的经营贷按一年期LPR加点定价（LPR 3.0%，这是2026年3月的数字，每月20日公布，请查最新）；融资租赁、小额贷款公司等持牌机构也必须标明年化成本，把两边的年化数字放在一起比，就知道哪个划算。\n出处：最新金融规则与事实（2026年11月核对）',
          ],
        },
      ],
      AT,
    );
  });

  it('en: "should we use p2p for it?" after the advice: no bare "Yes" that reads as said of P2P, the online loans named', async () => {
    await playHandoff(
      [
        { say: 'we sell tea in kunming, 5 staff, 1.3m a year' },
        { say: 'need 200k for stock, 1 year' },
        {
          say: 'should we use p2p for it?',
          replies: [
            'Online loans today are the loans of online banks and licensed online micro-lenders (P2P lending was wound down to zero in November 2020; any platform still calling itself P2P is illegal).\nFor your business, these online loans (Big-data finance) are the first choice:\n· The platform has its own credit data, so your trading record can stand in for collateral.\n· The lender knows your business closely and can tailor products to how you actually trade.\nWhat you can do:\n· Online banks such as MYbank and WeBank: apply through their official entries in Alipay or WeChat; they decide on your payment and tax records.\n· Compare the annual rate with all fees included (lenders must show it): above 24% is a red flag, and a fee before payout means fraud.',
          ],
        },
      ],
      AT,
    );
  });

  it('en: "would an online loan suit us?" gets the same', async () => {
    await playHandoff(
      [
        {
          say: 'would an online loan suit us?',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            "Online loans today are the loans of online banks and licensed online micro-lenders (P2P lending was wound down to zero in November 2020; any platform still calling itself P2P is illegal).\nBig-data finance: it depends on your case. It needs this:\n· Online banks lend on trading and tax records, which a new firm does not have yet.\n· Online banks' business microloans are for small and micro firms and small sums: a medium-sized firm borrows from a bank.\nTell me what the money is for and how large your business is, and I can say whether it suits you.\nWhat you can do:\n· Compare the annual rate with all fees included (lenders must show it): above 24% is a red flag, and a fee before payout means fraud.",
            'Which industry is your business in? Reply with a number, or just tell me what you do, e.g. "tea growing", "a guesthouse", "border trade".',
          ],
        },
      ],
      AT,
    );
  });
});

describe('one payment brand refused: the category stays, the other ways said', () => {
  it('zh-CN: 我们不想用支付宝 first thing: no "不考虑第三方支付", the other provider and the bank named', async () => {
    await playHandoff(
      [
        {
          say: '我们不想用支付宝',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，不用它也行：收款码可以向另一家支付机构（微信支付或支付宝）申请，也可以用您开户银行自己的商户收款码，收款的办法照样有。',
            '请问贵企业属于哪个行业？回复编号，或直接说您做什么，例如“种茶”“开客栈”“做边贸”。',
          ],
        },
      ],
      AT,
    );
  });

  it('zh-CN: 我们不想用支付宝 after the advice, then 推荐: third-party payment is still listed first', async () => {
    await playHandoff(
      [
        { say: '开面馆的 在昆明 6个人 一年营业额80万' },
        { say: '想弄个收款码收钱' },
        { say: '我们不想用支付宝' },
        {
          say: '推荐',
          replies: [
            '根据您的情况（餐饮业 · 微型企业 · 6人 · 年营业收入：80万元 · 收款与支付结算），推荐以下互联网金融服务：\n\n1. 第三方支付\n· 不用自己对接各家银行，开通即可收款，能明显降低经营成本。\n· 每笔交易都有完整记录，既方便对账，也能积累交易信用。\n下一步：向微信支付、支付宝或银行免费申请个人经营收款码或商户收款码，不要用个人收款码做远程经营收款。\n\n风险提示：\n· 收款以到账通知为准，不认顾客给您看的付款截图（假截图是常见骗局）；收款和对账分人负责，每天核对流水。\n· 扫码收款有分级限额（人民银行《条码支付业务规范（试行）》，2018年4月1日起施行）：同一顾客每天累计，B级（两种以上验证方式）不超过5000元，C级不超过1000元，静态二维码（D级）不超过500元；大额收款请用A级（数字证书或电子签名）或银行转账。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
        },
      ],
      AT,
    );
  });

  it('en: "we don\'t want Alipay" after the advice gets the same', async () => {
    await playHandoff(
      [
        { say: 'we run a noodle shop in Kunming, 6 staff, revenue 800k' },
        { say: 'we want a QR code to collect payments' },
        {
          say: "we don't want Alipay",
          replies: [
            "Fine, you do not have to use it: you can get a collection code from the other payment provider (WeChat Pay or Alipay), or use your own bank's merchant collection code; there are still ways to collect payments.",
            'Anything else? Reply with a number to see a service in detail, or choose one of these:',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('借呗, 微粒贷 for the business: personal consumer credit, not a business loan', () => {
  it('en: "can I just use 借呗 or 微粒贷?" first thing: not "Yes: Big-data finance", the business loans instead', async () => {
    await playHandoff(
      [
        {
          say: 'can I just use 借呗 or 微粒贷?',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            "Better not: Jiebei, Huabei and Weilidai are personal consumer credit lines in your own name, not business loans; do not use them to fund the business. For the business, borrow as a business: the online banks' small-business loans (such as MYbank's Wangshangdai or WeBank's Weiyedai) or your bank's operating loan.\nWhat you can do:\n· Online banks such as MYbank and WeBank: apply through their official entries in Alipay or WeChat; they decide on your payment and tax records.\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\nSource: current finance rules and facts (checked November 2026)",
            'Which industry is your business in? Reply with a number, or just tell me what you do, e.g. "tea growing", "a guesthouse", "border trade".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('zh-CN: 可以用借呗或者微粒贷吗 after the advice: the same, in Chinese', async () => {
    await playHandoff(
      [
        { say: '开茶叶店的 在昆明 5个人 一年卖130万' },
        { say: '想借20万进货 一年' },
        {
          say: '可以用借呗或者微粒贷吗',
          replies: [
            '不建议：借呗、花呗、微粒贷是给个人的消费信贷额度，借款人是您个人，不是企业的经营贷款，不要拿来给生意周转。企业借钱，用线上银行给小微企业的经营贷（如网商银行的网商贷、微众银行的微业贷），或者开户银行的经营贷。\n可以这样做：\n· 网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n出处：最新金融规则与事实（2026年11月核对）',
          ],
        },
      ],
      AT,
    );
  });

  it('zh-CN: 借呗格用得成 (Yunnan 格) first thing: the same', async () => {
    await playHandoff(
      [
        {
          say: '借呗格用得成',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '不建议：借呗、花呗、微粒贷是给个人的消费信贷额度，借款人是您个人，不是企业的经营贷款，不要拿来给生意周转。企业借钱，用线上银行给小微企业的经营贷（如网商银行的网商贷、微众银行的微业贷），或者开户银行的经营贷。\n可以这样做：\n· 网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n出处：最新金融规则与事实（2026年11月核对）',
            '请问贵企业属于哪个行业？回复编号，或直接说您做什么，例如“种茶”“开客栈”“做边贸”。',
          ],
        },
      ],
      AT,
    );
  });

  it('en: after the advice, the same', async () => {
    await playHandoff(
      [
        { say: 'we run a tea shop in Kunming, 5 staff, revenue 1.3 million a year' },
        { say: 'need 200k for stock, one year' },
        {
          say: 'can I just use 借呗 or 微粒贷?',
          replies: [
            "Better not: Jiebei, Huabei and Weilidai are personal consumer credit lines in your own name, not business loans; do not use them to fund the business. For the business, borrow as a business: the online banks' small-business loans (such as MYbank's Wangshangdai or WeBank's Weiyedai) or your bank's operating loan.\nWhat you can do:\n· Online banks such as MYbank and WeBank: apply through their official entries in Alipay or WeChat; they decide on your payment and tax records.\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.\nSource: current finance rules and facts (checked November 2026)",
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
