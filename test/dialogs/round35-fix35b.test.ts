// Direct questions answered first (round 35, fix35b): going to the branch asked faster (apply-in-person), who may apply (the
// firm's legal representative; another's name is their debt), a short payout asked allowed (upfront-interest), credit repair
// offered for a fee (credit-repair: a true record cannot be bought off), and fees owed a service firm (fees-owed: contracts,
// sign-off, invoices, not goods' words). Asked alone and after a service firm's facts; whole replies, both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('round 35: direct questions answered first', () => {
  it('zh-CN: the five questions asked alone, before any facts', async () => {
    await playHandoff(
      [
        {
          say: '去网点办会不会快点',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '去网点办会不会更快，只有那家银行说得准：直接问他们在App上和在柜台各要多久，我不报天数。时间长短主要看贷款的种类：银行App里的线上经营贷和网商银行、微众银行这类线上银行，凭支付、流水和纳税数据在手机上审批，一般比较快；要抵押或担保的贷款，要评估抵押物、办抵押登记，时间长得多。不管在哪里申请，资料带齐（营业执照、法定代表人身份证、6到12个月的银行流水或纳税记录），免得来回补材料。要您交钱“加急”的，一律是骗局。\n出处：最新金融规则与事实（2026年11月核对）',
            '请问贵企业属于哪个行业？回复编号，或直接说您做什么，例如“种茶”“开客栈”“做边贸”。',
          ],
        },
        {
          say: '用我爹的名义借格得',
          replies: [
            '经营贷是以企业的名义申请的，由法定代表人来办：放贷方要看营业执照、法定代表人的身份证，还要他同意查征信，所以是营业执照上登记的那个人来申请（个体户就是经营者本人）。别人，比如您爱人、家里人或朋友，只能以他自己的名义借：这笔债就是他的，记在他的征信上，生意还不上他也得还；用别人的名义给您的生意借钱，是借给他个人的贷款，不是经营贷。法定代表人刚换的，先到市场监管部门办完变更登记、再到银行更新信息，之后由新的法定代表人来申请。\n出处：最新金融规则与事实（2026年11月核对）',
            '请问贵企业属于哪个行业？回复编号，或直接说您做什么，例如“种茶”“开客栈”“做边贸”。',
          ],
        },
        {
          say: '批了十万只到手九万二 格合法',
          replies: [
            '砍头息，就是放款时先从借款里扣掉利息：合同写借10万，到手只有9万多。不管叫利息、“服务费”还是“手续费”，放款时先扣的钱都不是本金：您实际拿到的少了，真实成本要按到手的钱算。比如借10万、年息8%、放款时先扣3%“服务费”、一年后还10.8万，实际是拿9.7万付了1.1万，年化约11.3%，不是合同上的8%。放贷方必须标明包含全部费用的年化利率（人民银行公告〔2021〕第3号）；现金贷综合年化成本超过36%的不被允许（2017年12月1日的通知）。\n您合同上是10万元，到手9.2万元：先扣的8000元（占8%）是借款的成本，不是借到的钱，真实年化要按到手的9.2万元算。再告诉我每期还多少、还几期，我帮您算。\n可以这样做：\n· 比较各家的年化利率（含全部费用，放贷方必须标明）：超过24%要警惕，放款前收费的都是诈骗。\n出处：最新金融规则与事实（2026年11月核对）',
            '请问贵企业属于哪个行业？回复编号，或直接说您做什么，例如“种茶”“开客栈”“做边贸”。',
          ],
        },
        {
          say: '有人说花三千块能帮我洗白征信 靠谱吗',
          replies: [
            '别交这个钱。征信报告上真实的记录，花钱是消不掉的：收钱“修复征信”“洗白征信”的，就是冲着您的钱来的；先要钱、要身份证、银行卡或密码的，一律是诈骗。已经转了钱，马上打110报警；拿不准的，可以打96110反诈专线咨询。真正有用的办法都不用花钱：先查一次自己的征信报告（个人每年可以免费查两次），看清上面有什么；有不是您的或记错了的，自己找报送这条记录的放贷机构要求更正；还清逾期，保持按时还款；再带上纳税和经营记录去申请，让银行看到生意的真实情况。\n出处：最新金融规则与事实（2026年11月核对）',
            '这一项先放一放，不影响给您推荐；之后想补充，随时告诉我。',
            '您的企业大概属于哪一类：微型、小型还是中型？不清楚可以回复“跳过”。',
          ],
        },
        {
          say: '培训费十几万一直拖着不给 这种咋个整',
          replies: [
            '服务做了、客户拖着不付款，您的周转资金就一直被占着，有的还可能收不回来：能保护您的是书面凭据。签书面合同，写清服务内容、怎样算完成（客户验收）、什么时候付多少钱，大项目先收一部分预付款或按阶段收款；每个阶段请客户签字验收，及时开发票，让欠多少清清楚楚、有客户确认。客户确认过的服务费（应收账款）可以先拿来融资，不用干等客户付款：这就是供应链金融里的应收账款融资。客户确认这笔账以后，银行就凭它放款，不用另找抵押；保理公司也可以按折扣直接买下这些应收账款。客户是规模大、信用好的企业时最容易办。\n可以这样做：\n· 有大企业买家的应收账款，可以通过人民银行征信中心的中征应收账款融资服务平台，请买家确认后向银行融资。\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。',
            '好的，记下了：有客户欠着您的款（应收账款）。',
            '您的企业大概属于哪一类：微型、小型还是中型？不清楚可以回复“跳过”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it("zh-CN: the five questions after a service firm's facts", async () => {
    await playHandoff(
      [
        {
          say: '我们是昆明做软件开发的 8个人',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：软件和信息技术服务业；员工：8人；规模：微型企业。\n按2011年《中小企业划型标准规定》，软件和信息技术服务业从业人员低于10人即属微型企业。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
        {
          say: '多久能批下来',
          replies: [
            '看是哪种贷款：网商银行、微众银行这类线上银行和银行App里的线上经营贷，凭支付、流水和纳税数据审批，在手机上申请，一般比较快；要抵押或担保的银行贷款，要评估抵押物、办抵押登记，时间长得多。具体要多久以放贷方说的为准，我不报天数。放款前要您先交钱的，一律是骗局。\n出处：最新金融规则与事实（2026年11月核对）',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
        {
          say: '我老婆的名字能不能贷',
          replies: [
            '经营贷是以企业的名义申请的，由法定代表人来办：放贷方要看营业执照、法定代表人的身份证，还要他同意查征信，所以是营业执照上登记的那个人来申请（个体户就是经营者本人）。别人，比如您爱人、家里人或朋友，只能以他自己的名义借：这笔债就是他的，记在他的征信上，生意还不上他也得还；用别人的名义给您的生意借钱，是借给他个人的贷款，不是经营贷。法定代表人刚换的，先到市场监管部门办完变更登记、再到银行更新信息，之后由新的法定代表人来申请。\n出处：最新金融规则与事实（2026年11月核对）',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
        {
          say: '贷款批了二十万 到账只有十八万五 这样正常吗',
          replies: [
            '砍头息，就是放款时先从借款里扣掉利息：合同写借10万，到手只有9万多。不管叫利息、“服务费”还是“手续费”，放款时先扣的钱都不是本金：您实际拿到的少了，真实成本要按到手的钱算。比如借10万、年息8%、放款时先扣3%“服务费”、一年后还10.8万，实际是拿9.7万付了1.1万，年化约11.3%，不是合同上的8%。放贷方必须标明包含全部费用的年化利率（人民银行公告〔2021〕第3号）；现金贷综合年化成本超过36%的不被允许（2017年12月1日的通知）。\n您合同上是20万元，到手18.5万元：先扣的1.5万元（占7.5%）是借款的成本，不是借到的钱，真实年化要按到手的18.5万元算。再告诉我每期还多少、还几期，我帮您算。\n可以这样做：\n· 比较各家的年化利率（含全部费用，放贷方必须标明）：超过24%要警惕，放款前收费的都是诈骗。\n出处：最新金融规则与事实（2026年11月核对）',
            '这一项先放一放，不影响给您推荐；之后想补充，随时告诉我。',
            '大概需要多少资金？例如“50万”“200万”。不需要借钱或不确定，可以回复“跳过”。',
          ],
        },
        {
          say: '征信修复',
          replies: [
            '别交这个钱。征信报告上真实的记录，花钱是消不掉的：收钱“修复征信”“洗白征信”的，就是冲着您的钱来的；先要钱、要身份证、银行卡或密码的，一律是诈骗。已经转了钱，马上打110报警；拿不准的，可以打96110反诈专线咨询。真正有用的办法都不用花钱：先查一次自己的征信报告（个人每年可以免费查两次），看清上面有什么；有不是您的或记错了的，自己找报送这条记录的放贷机构要求更正；还清逾期，保持按时还款；再带上纳税和经营记录去申请，让银行看到生意的真实情况。\n出处：最新金融规则与事实（2026年11月核对）',
            '大概需要多少资金？例如“50万”“200万”。不需要借钱或不确定，可以回复“跳过”。',
          ],
        },
        {
          say: '客户欠了三十万开发费 半年了还不给',
          replies: [
            '服务做了、客户拖着不付款，您的周转资金就一直被占着，有的还可能收不回来：能保护您的是书面凭据。签书面合同，写清服务内容、怎样算完成（客户验收）、什么时候付多少钱，大项目先收一部分预付款或按阶段收款；每个阶段请客户签字验收，及时开发票，让欠多少清清楚楚、有客户确认。客户确认过的服务费（应收账款）可以先拿来融资，不用干等客户付款：这就是供应链金融里的应收账款融资。客户确认这笔账以后，银行就凭它放款，不用另找抵押；保理公司也可以按折扣直接买下这些应收账款。客户是规模大、信用好的企业时最容易办。\n可以这样做：\n· 有大企业买家的应收账款，可以通过人民银行征信中心的中征应收账款融资服务平台，请买家确认后向银行融资。\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。',
            '好的，记下了：有客户欠着您的款（应收账款）。',
            '大概需要多少资金？例如“50万”“200万”。不需要借钱或不确定，可以回复“跳过”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: the five questions asked alone, before any facts', async () => {
    await playHandoff(
      [
        {
          say: 'can i get it faster if i go to the bank in person',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            "Whether going to the branch is faster, only that bank can tell you: ask them how long their loan takes, in the app and at the counter; I give no day counts. What decides the time is the kind of loan: the online business loans in banks' apps and online banks such as MYbank and WeBank decide on your payment, statement and tax data, on your phone, and are usually quick; a loan with a pledge or guarantee takes much longer, as the pledge is valued and registered. Wherever you apply, bring the papers complete (the business licence, the legal representative's ID, 6-12 months of bank statements or tax records), so nothing has to be sent again. Anyone asking for a fee to speed up approval is a fraud.\nSource: current finance rules and facts (checked November 2026)",
            'Which industry is your business in? Reply with a number, or just tell me what you do, e.g. "tea growing", "a guesthouse", "border trade".',
          ],
        },
        {
          say: 'can my sister apply instead',
          replies: [
            "A business loan is applied for by the business itself, through its legal representative: lenders ask for the business licence, the legal representative's ID and their consent to a credit check, so the person registered on the licence applies (for a sole proprietorship, the owner). Anyone else, your spouse, a relative or a friend, can only borrow in their own name: the debt is then theirs, on their credit record, and they must repay it if the business cannot; a loan in another person's name for your business is a personal loan to them, not a business loan. If the legal representative has just changed, finish the change registration at the market regulation bureau and update it with the bank first: the new one then applies.\nSource: current finance rules and facts (checked November 2026)",
            'Which industry is your business in? Reply with a number, or just tell me what you do, e.g. "tea growing", "a guesthouse", "border trade".',
          ],
        },
        {
          say: 'the lender only gave us 92k out of the 100k they approved, is that allowed?',
          replies: [
            "Interest deducted up front (砍头息) means the lender takes the interest out of the loan when paying it: the contract says 100,000 and you get a little over 90,000. Whatever it is called, interest, a 'service fee' or a 'handling fee', money kept back at payout is not principal: you received less, so the real cost is worked on the money in hand. Borrow 100,000 at 8% a year with a 3% 'service fee' taken at payout and repay 108,000 after a year: you paid 11,000 for 97,000, about 11.3% a year, not 8%. Every lender must show the annualised rate with all its fees (PBOC Announcement [2021] No. 3), and for cash loans an all-in cost above 36% a year is not allowed (notice of 1 December 2017).\nYou signed for 100,000 yuan and received 92,000 yuan: the 8,000 yuan kept back (8% of the sum) is a cost of the loan, not money you borrowed, so the real annual rate is worked on 92,000 yuan. Tell me each repayment and how many, and I'll work it out.\nWhat you can do:\n· Compare the annual rate with all fees included (lenders must show it): above 24% is a red flag, and a fee before payout means fraud.\nSource: current finance rules and facts (checked November 2026)",
            'Which industry is your business in? Reply with a number, or just tell me what you do, e.g. "tea growing", "a guesthouse", "border trade".',
          ],
        },
        {
          say: 'they can clean my credit record for a fee',
          replies: [
            "Do not pay for this. No one can remove a true record from your credit report for a fee: those who charge to 'repair' or 'wash' a credit record are after your money, and anyone asking for money, your ID, card or passwords first is a fraud. If you have paid, call 110 now; if unsure, call the 96110 anti-fraud line. What does work costs nothing: get your own credit report (free twice a year for a person) and see what is on it; if something on it is not yours or is wrong, ask the lender that reported it to correct it yourself; clear any overdue debt and keep repaying on time; then apply with your tax and trading records, which show how the business is doing.\nSource: current finance rules and facts (checked November 2026)",
            "Let's leave that one for now; I can advise without it, and you can tell me any time later.",
            'Roughly which size is your business: micro, small or medium? Reply "skip" if you are not sure.',
          ],
        },
        {
          say: 'clients owe us design fees',
          replies: [
            "When clients are slow to pay for your services, your working capital is tied up until they do, and some may never pay: what protects you is on paper. Sign a written contract that says what the service is, when it counts as done (the client's sign-off, 验收) and when and how much is paid, with part paid upfront or by stage on large jobs; have the client sign off each stage and issue the invoice promptly, so what is owed is clear and confirmed. Fees a client has confirmed can be borrowed on now, instead of waiting for them to pay: this is accounts-receivable financing (supply-chain finance). A bank lends against receivables the client confirms, with no other collateral; factoring companies buy such receivables outright, at a discount. It works best when the client is a large, established firm.\nWhat you can do:\n· With receivables from a large buyer, use the PBOC credit bureau's accounts-receivable financing platform (中征应收账款融资服务平台): once the buyer confirms, a bank lends on them.\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.",
            'Got it — a buyer owes you money.',
            'Roughly which size is your business: micro, small or medium? Reply "skip" if you are not sure.',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it("en: the five questions after a service firm's facts", async () => {
    await playHandoff(
      [
        {
          say: 'we run a software company in kunming, 8 staff',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Got it — industry: software and IT services; employees: 8; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in software and IT services with employees below 10 is a micro enterprise.',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
        {
          say: 'is it quicker to apply at the branch or online?',
          replies: [
            "Whether going to the branch is faster, only that bank can tell you: ask them how long their loan takes, in the app and at the counter; I give no day counts. What decides the time is the kind of loan: the online business loans in banks' apps and online banks such as MYbank and WeBank decide on your payment, statement and tax data, on your phone, and are usually quick; a loan with a pledge or guarantee takes much longer, as the pledge is valued and registered. Wherever you apply, bring the papers complete (the business licence, the legal representative's ID, 6-12 months of bank statements or tax records), so nothing has to be sent again. Anyone asking for a fee to speed up approval is a fraud.\nSource: current finance rules and facts (checked November 2026)",
            'What do you mainly need help with? Reply with a number:',
          ],
        },
        {
          say: "the shop is under my husband's name, can i apply for the loan myself?",
          replies: [
            "A business loan is applied for by the business itself, through its legal representative: lenders ask for the business licence, the legal representative's ID and their consent to a credit check, so the person registered on the licence applies (for a sole proprietorship, the owner). Anyone else, your spouse, a relative or a friend, can only borrow in their own name: the debt is then theirs, on their credit record, and they must repay it if the business cannot; a loan in another person's name for your business is a personal loan to them, not a business loan. If the legal representative has just changed, finish the change registration at the market regulation bureau and update it with the bank first: the new one then applies.\nSource: current finance rules and facts (checked November 2026)",
            'What do you mainly need help with? Reply with a number:',
          ],
        },
        {
          say: 'bank approved 200k but only 190k came in, is that normal',
          replies: [
            "Interest deducted up front (砍头息) means the lender takes the interest out of the loan when paying it: the contract says 100,000 and you get a little over 90,000. Whatever it is called, interest, a 'service fee' or a 'handling fee', money kept back at payout is not principal: you received less, so the real cost is worked on the money in hand. Borrow 100,000 at 8% a year with a 3% 'service fee' taken at payout and repay 108,000 after a year: you paid 11,000 for 97,000, about 11.3% a year, not 8%. Every lender must show the annualised rate with all its fees (PBOC Announcement [2021] No. 3), and for cash loans an all-in cost above 36% a year is not allowed (notice of 1 December 2017).\nYou signed for 200,000 yuan and received 190,000 yuan: the 10,000 yuan kept back (5% of the sum) is a cost of the loan, not money you borrowed, so the real annual rate is worked on 190,000 yuan. Tell me each repayment and how many, and I'll work it out.\nWhat you can do:\n· Compare the annual rate with all fees included (lenders must show it): above 24% is a red flag, and a fee before payout means fraud.\nSource: current finance rules and facts (checked November 2026)",
            "Let's leave that one for now; I can advise without it, and you can tell me any time later.",
            'About how much money do you need? E.g. "500k" or "2 million yuan". Reply "skip" if you need none or are not sure.',
          ],
        },
        {
          say: 'a company says they can remove my overdue records for 5000, should i do it',
          replies: [
            "Do not pay for this. No one can remove a true record from your credit report for a fee: those who charge to 'repair' or 'wash' a credit record are after your money, and anyone asking for money, your ID, card or passwords first is a fraud. If you have paid, call 110 now; if unsure, call the 96110 anti-fraud line. What does work costs nothing: get your own credit report (free twice a year for a person) and see what is on it; if something on it is not yours or is wrong, ask the lender that reported it to correct it yourself; clear any overdue debt and keep repaying on time; then apply with your tax and trading records, which show how the business is doing.\nSource: current finance rules and facts (checked November 2026)",
            'About how much money do you need? E.g. "500k" or "2 million yuan". Reply "skip" if you need none or are not sure.',
          ],
        },
        {
          say: 'our clients are 3 months late paying our consulting fees, what can we do',
          replies: [
            "When clients are slow to pay for your services, your working capital is tied up until they do, and some may never pay: what protects you is on paper. Sign a written contract that says what the service is, when it counts as done (the client's sign-off, 验收) and when and how much is paid, with part paid upfront or by stage on large jobs; have the client sign off each stage and issue the invoice promptly, so what is owed is clear and confirmed. Fees a client has confirmed can be borrowed on now, instead of waiting for them to pay: this is accounts-receivable financing (supply-chain finance). A bank lends against receivables the client confirms, with no other collateral; factoring companies buy such receivables outright, at a discount. It works best when the client is a large, established firm.\nWhat you can do:\n· With receivables from a large buyer, use the PBOC credit bureau's accounts-receivable financing platform (中征应收账款融资服务平台): once the buyer confirms, a bank lends on them.\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.",
            'Got it — a buyer owes you money.',
            'About how much money do you need? E.g. "500k" or "2 million yuan". Reply "skip" if you need none or are not sure.',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
