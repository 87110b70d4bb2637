// Round 24 (fix24c): what the bot does with a receivables question, and leasing for an asset bought.
// 1. Asked what the money is for, a credit only asked for or weighed notes no debt; a complaint of late payers or a debt
//    told notes "a buyer owes you money" with the purpose: the dialog takes buyerOwes from the NLU (convention 14), it no
//    longer infers it from any receivables question (machine.ts takePurposeOfQuestion).
// 2. A retailer or a restaurant whose money buys an asset (a cold room, an oven) gets financial leasing put forward with
//    that reason (reasons.asset-bought), not the trade's hedge; a second shop (no asset said) still gets no leasing unasked.
// Whole replies, both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('round 24: a debt noted only when told; leasing for an asset bought', () => {
  it('en: a credit only asked for ("thai buyer wants 60 days credit, should we accept") notes no debt', async () => {
    await playHandoff(
      [
        {
          say: 'we export rubber to thailand, 12 staff, revenue 8 million a year',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Got it — industry: wholesale; employees: 12; annual revenue: 8,000,000 yuan; cross-border trade: yes; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in wholesale with annual revenue below 10,000,000 yuan is a micro enterprise.',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
        {
          say: 'thai buyer wants 60 days credit, should we accept',
          replies: [
            "Selling on credit, the risk is a buyer paying late or not at all, with your working capital tied up meanwhile: put the payment date and what happens if it is missed in a written contract, keep delivery and receipt records, and ask new buyers or large orders for part of the money upfront. Money your buyers already owe you can be borrowed on now, instead of waiting for them to pay: this is supply-chain finance (accounts-receivable financing). A bank lends against receivables the buyer confirms, with no other collateral; factoring companies buy such receivables outright, at a discount. It works best when the buyer is a large, established firm.\nWhat you can do:\n· With receivables from a large buyer, use the PBOC credit bureau's accounts-receivable financing platform (中征应收账款融资服务平台): once the buyer confirms, a bank lends on them.\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.",
            'Got it — purpose: working capital.',
            'For working capital, about how much money do you need? E.g. "500k" or "2 million yuan". Reply "skip" if you are not sure.',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('en: buyers paying late told ("our thai buyers haven\'t paid us for 2 months") notes the debt with the purpose', async () => {
    await playHandoff(
      [
        {
          say: 'we export rubber to thailand, 12 staff, revenue 8 million a year',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Got it — industry: wholesale; employees: 12; annual revenue: 8,000,000 yuan; cross-border trade: yes; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in wholesale with annual revenue below 10,000,000 yuan is a micro enterprise.',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
        {
          say: "our thai buyers haven't paid us for 2 months, what can we do",
          replies: [
            "Selling on credit, the risk is a buyer paying late or not at all, with your working capital tied up meanwhile: put the payment date and what happens if it is missed in a written contract, keep delivery and receipt records, and ask new buyers or large orders for part of the money upfront. Money your buyers already owe you can be borrowed on now, instead of waiting for them to pay: this is supply-chain finance (accounts-receivable financing). A bank lends against receivables the buyer confirms, with no other collateral; factoring companies buy such receivables outright, at a discount. It works best when the buyer is a large, established firm.\nWhat you can do:\n· With receivables from a large buyer, use the PBOC credit bureau's accounts-receivable financing platform (中征应收账款融资服务平台): once the buyer confirms, a bank lends on them.\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.",
            'Got it — purpose: working capital; a buyer owes you money.',
            'For working capital, about how much money do you need? E.g. "500k" or "2 million yuan". Reply "skip" if you are not sure.',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('zh-CN: a credit only asked for (要我们给60天账期 格答应得) notes no debt', async () => {
    await playHandoff(
      [
        {
          say: '我们做橡胶出口泰国的，12个人，一年营业额800万',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：批发业；员工：12人；年营业收入：800万元；做跨境贸易；规模：微型企业。\n按2011年《中小企业划型标准规定》，批发业营业收入低于1000万元即属微型企业。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
        {
          say: '泰国客户要我们给60天账期 格答应得',
          replies: [
            '先发货后收款，风险在客户拖款或不付，您的周转资金也一直被占着：在书面合同里写清付款日期和逾期怎么办，留好发货和签收单据，新客户或大单先收一部分预付款。已经欠着的货款（应收账款）可以先拿来融资，不用干等客户付款：这就是供应链金融里的应收账款融资。买家确认这笔账以后，银行就凭它放款，不用另找抵押；保理公司也可以按折扣直接买下这些应收账款。买家是规模大、信用好的企业时最容易办。\n可以这样做：\n· 有大企业买家的应收账款，可以通过人民银行征信中心的中征应收账款融资服务平台，请买家确认后向银行融资。\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。',
            '好的，记下了：用途：资金周转。',
            '用于资金周转，大概需要多少资金？例如“50万”“200万”。不确定可以回复“跳过”。',
          ],
        },
      ],
      AT,
    );
  });

  it('zh-CN: a debt told (泰国客户欠了我们两个月的货款) notes it with the purpose', async () => {
    await playHandoff(
      [
        {
          say: '我们做橡胶出口泰国的，12个人，一年营业额800万',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：批发业；员工：12人；年营业收入：800万元；做跨境贸易；规模：微型企业。\n按2011年《中小企业划型标准规定》，批发业营业收入低于1000万元即属微型企业。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
        {
          say: '泰国客户欠了我们两个月的货款 咋个整',
          replies: [
            '先发货后收款，风险在客户拖款或不付，您的周转资金也一直被占着：在书面合同里写清付款日期和逾期怎么办，留好发货和签收单据，新客户或大单先收一部分预付款。已经欠着的货款（应收账款）可以先拿来融资，不用干等客户付款：这就是供应链金融里的应收账款融资。买家确认这笔账以后，银行就凭它放款，不用另找抵押；保理公司也可以按折扣直接买下这些应收账款。买家是规模大、信用好的企业时最容易办。\n可以这样做：\n· 有大企业买家的应收账款，可以通过人民银行征信中心的中征应收账款融资服务平台，请买家确认后向银行融资。\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。',
            '好的，记下了：用途：资金周转；有客户欠着您的款（应收账款）。',
            '用于资金周转，大概需要多少资金？例如“50万”“200万”。不确定可以回复“跳过”。',
          ],
        },
      ],
      AT,
    );
  });

  it('en: a retailer buying a cold room: leasing put forward first, with the asset as its reason', async () => {
    await playHandoff(
      [
        {
          say: 'we run a fruit shop, 5 staff, revenue 2 million a year, need 300k to buy a cold room over 3 years',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Got it — industry: retail; employees: 5; annual revenue: 2,000,000 yuan; purpose: equipment or expansion; amount: 300,000 yuan; term: 3 years; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in retail with employees below 10 is a micro enterprise.',
            'For your business (retail, micro enterprise, 5 employees, annual revenue: 2,000,000 yuan, equipment or expansion, 300,000 yuan, 3 years), I recommend these Internet financial services:\n\n1. Financial leasing\n· What you are buying is an asset (a machine, a vehicle, a cold room, equipment): leasing finances the asset itself, whatever your trade, and you pay for it in rent while you use it.\n· You put the equipment to work first and pay for it over time.\nNext step: Go to a licensed financial leasing company, or a leasing plan offered with the equipment maker; compare the total rent and the annual cost, and ask who owns the equipment at the end.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Before you sign, add up the total rent and the annual cost, and ask who owns the equipment at the end and what happens if you end the lease early.\n\nOther options:\n2. Online banks, insurers and brokers — Licensed and closely supervised: the safest choice.\n3. Internet finance portals: credit portal — Search and compare loans, insurance and savings products from many institutions in one place.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('zh-CN: a retailer buying a cold room: leasing put forward first, with the asset as its reason', async () => {
    await playHandoff(
      [
        {
          say: '我们开水果店的，5个人，一年营业额200万，想借30万买个冷库，分三年还',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：零售业；员工：5人；年营业收入：200万元；用途：购置设备、扩大生产；金额：30万元；期限：3年；规模：微型企业。\n按2011年《中小企业划型标准规定》，零售业从业人员低于10人即属微型企业。',
            '根据您的情况（零售业 · 微型企业 · 5人 · 年营业收入：200万元 · 购置设备、扩大生产 · 30万元 · 3年），推荐以下互联网金融服务：\n\n1. 融资租赁\n· 您要买的是一件资产（机器、车辆、冷库、设备）：融资租赁为这件资产本身融资，不看您是哪一行，边用边按期付租金。\n· 先用上设备、投入生产，再逐步付款。\n下一步：找持牌的融资租赁公司，或设备厂商合作的租赁方案；比较租金总额和年化成本，问清期满后设备归谁。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 签约前算清租金总额和年化成本，问清期满后设备归谁、提前退租如何处理。\n\n其他选择：\n2. 信息化金融机构（网上银行、保险、证券）：持牌经营、监管严格，是最稳妥的选择。\n3. 互联网金融门户 · 信贷类门户：一站式搜索和比较各家机构的贷款、保险、理财产品。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
        },
      ],
      AT,
    );
  });

  it('zh-CN: the same retailer opening a second shop (no asset said): no leasing unasked', async () => {
    await playHandoff(
      [
        {
          say: '我们开水果店的，5个人，一年营业额200万，想借30万开第二家店，分三年还',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：零售业；员工：5人；年营业收入：200万元；用途：购置设备、扩大生产；金额：30万元；期限：3年；规模：微型企业。\n按2011年《中小企业划型标准规定》，零售业从业人员低于10人即属微型企业。',
            '根据您的情况（零售业 · 微型企业 · 5人 · 年营业收入：200万元 · 购置设备、扩大生产 · 30万元 · 3年），推荐以下互联网金融服务：\n\n1. 信息化金融机构（网上银行、保险、证券）\n· 持牌经营、监管严格，是最稳妥的选择。\n· 业务全流程电子化，申请和审批更快捷方便。\n下一步：先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。\n\n风险提示：\n· 放款前要您先交钱的（保证金、解冻费、验资费、手续费），都是诈骗：一分钱都不要转。\n· 只通过银行、保险、证券公司的官方App或官网办理，警惕仿冒网站和钓鱼链接。\n\n其他选择：\n2. 互联网金融门户 · 信贷类门户：一站式搜索和比较各家机构的贷款、保险、理财产品。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
        },
      ],
      AT,
    );
  });

  it('en: a restaurant replacing its oven: leasing put forward', async () => {
    await playHandoff(
      [
        {
          say: 'we run a bakery cafe, 6 staff, revenue 1.5 million a year, need 120k for a new oven over 2 years',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Got it — industry: catering; employees: 6; annual revenue: 1,500,000 yuan; purpose: equipment or expansion; amount: 120,000 yuan; term: 2 years; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in catering with employees below 10 is a micro enterprise.',
            'For your business (catering, micro enterprise, 6 employees, annual revenue: 1,500,000 yuan, equipment or expansion, 120,000 yuan, 2 years), I recommend these Internet financial services:\n\n1. Financial leasing\n· What you are buying is an asset (a machine, a vehicle, a cold room, equipment): leasing finances the asset itself, whatever your trade, and you pay for it in rent while you use it.\n· You put the equipment to work first and pay for it over time.\nNext step: Go to a licensed financial leasing company, or a leasing plan offered with the equipment maker; compare the total rent and the annual cost, and ask who owns the equipment at the end.\n\nRisks to watch:\n· Anyone who asks you to pay before a loan is paid out (a deposit, an \'unfreezing\', verification or service fee) is a fraudster: do not pay anything.\n· Before you sign, add up the total rent and the annual cost, and ask who owns the equipment at the end and what happens if you end the lease early.\n\nOther options:\n2. Online banks, insurers and brokers — Licensed and closely supervised: the safest choice.\n3. Internet finance portals: credit portal — Search and compare loans, insurance and savings products from many institutions in one place.\n\nReply with a number for details (how to apply, every risk, sources), or "risks", "check a platform", "summary" or "agent".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
