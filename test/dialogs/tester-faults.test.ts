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
            '一般要带：营业执照、法定代表人身份证、近6到12个月的银行流水或纳税记录，并同意查询征信；抵押或担保贷款还要房产证等材料。具体以银行的要求为准。\n可以这样做：\n· 比较各家的年化利率（含全部费用，放贷方必须标明）：超过24%要警惕，放款前收费的都是诈骗。',
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
            "Usually: the business licence, the legal representative's ID, 6-12 months of bank statements or tax records, and consent to a credit check; a secured or guaranteed loan also needs the property papers. The bank's own list decides.\nWhat you can do:\n· Compare the annual rate with all fees included (lenders must show it): above 24% is a red flag, and a fee before payout means fraud.",
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
