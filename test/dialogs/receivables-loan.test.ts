// Money owed to the firm, asked whether it can be borrowed on (round 37, convention 306): the answer says first that it can be,
// how (receivables financing, factoring) and what the bank looks at, then the caution for the next sales on credit; the steps
// after it. The buyers' own payment terms told beside the debt (90 day terms, 账期三个月) are no loan term. Whole replies, both
// languages, after a firm's facts.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('round 37: money owed, asked whether it can be borrowed on', () => {
  it('zh-CN: a builders’ merchant owed by a site, asked whether that can be borrowed on while the purpose is asked: the loan on it first, working capital noted, no term', async () => {
    await playHandoff(
      [
        {
          say: '我们在曲靖做建材批发 八个人 去年卖了一千二百万',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：批发业；员工：8人；年营业收入：1200万元；规模：小型企业。\n按2011年《中小企业划型标准规定》，批发业的各项指标都达到小型企业标准（从业人员5人、营业收入1000万元），但未达到中型。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
        {
          say: '工地欠我们八十万 账期三个月 能不能拿这笔钱去贷款',
          replies: [
            '可以办：已经欠着的货款（应收账款）可以先拿来融资，不用干等客户付款，这就是供应链金融里的应收账款融资。买家确认这笔账以后，银行就凭它放款，不用另找抵押；保理公司也可以按折扣直接买下这些应收账款。买家是规模大、信用好的企业时最容易办，银行会看购销合同、发票和发货签收单据。以后再赊销，在书面合同里写清付款日期和逾期怎么办。\n可以这样做：\n· 有大企业买家的应收账款，可以通过人民银行征信中心的中征应收账款融资服务平台，请买家确认后向银行融资。\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。',
            '好的，记下了：用途：资金周转；有客户欠着您的款（应收账款）。',
            '用于资金周转，大概需要多少资金？例如“50万”“200万”。不确定可以回复“跳过”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: a roaster owed by a cafe chain on 90 day terms, asked for cash against it: the loan on it first, no term noted', async () => {
    await playHandoff(
      [
        {
          say: "we're a small coffee roaster in pu'er, 6 staff. a cafe chain owes us 300k on 90 day terms, can we get cash against that?",
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            "It can be done: money your buyers already owe you can be borrowed on now, instead of waiting for them to pay. This is supply-chain finance (accounts-receivable financing): a bank lends against receivables the buyer confirms, with no other collateral; factoring companies buy such receivables outright, at a discount. It works best when the buyer is a large, established firm; the bank will look at the sales contract, the invoices and the delivery and receipt records. For the next sales on credit, put the payment date and what happens if it is missed in a written contract.\nWhat you can do:\n· With receivables from a large buyer, use the PBOC credit bureau's accounts-receivable financing platform (中征应收账款融资服务平台): once the buyer confirms, a bank lends on them.\n· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.",
            'Got it — industry: manufacturing and processing; employees: 6; a buyer owes you money; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in manufacturing and processing with employees below 20 is a micro enterprise.',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('zh-CN: a design firm owed its fees, asked whether they can be borrowed on: the loan on them first, in a service’s words', async () => {
    await playHandoff(
      [
        {
          say: '我们在昆明做广告设计的 五个人 一年一百来万',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            '好的，记下了：行业：租赁和商务服务业；员工：5人；年营业收入：100万元；规模：微型企业。\n按2011年《中小企业划型标准规定》，租赁和商务服务业从业人员低于10人即属微型企业。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
        {
          say: '有个商场欠我们十二万设计费 能不能拿这个去贷款',
          replies: [
            '可以办：客户确认过的服务费（应收账款）可以先拿来融资，不用干等客户付款，这就是供应链金融里的应收账款融资。客户确认这笔账以后，银行就凭它放款，不用另找抵押；保理公司也可以按折扣直接买下这些应收账款。客户是规模大、信用好的企业时最容易办，银行会看服务合同、客户的验收签字和发票。以后接活，签书面合同写清怎样算完成、什么时候付多少钱，大项目先收一部分预付款或按阶段收款。\n可以这样做：\n· 有大企业买家的应收账款，可以通过人民银行征信中心的中征应收账款融资服务平台，请买家确认后向银行融资。\n· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。',
            '好的，记下了：用途：资金周转；有客户欠着您的款（应收账款）。',
            '用于资金周转，大概需要多少资金？例如“50万”“200万”。不确定可以回复“跳过”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
});
