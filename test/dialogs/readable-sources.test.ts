// A service's details end with their sources as an owner on a phone can read them: the paper by
// its author, short title and year with its sections, each reference by its name and date (not a
// bare "Sources: §6"). The API's view keeps the bare ids the contract names. Whole replies, both
// languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe("a service's details: the sources readable", () => {
  it('zh-CN: 第三方支付的详情以论文的作者、短标题、年份和节号结尾', async () => {
    await playHandoff(
      [
        { say: '我们做电商的，卖鲜花饼，5个人，营业额200万' },
        { say: '收款' },
        {
          say: '1',
          replies: [
            '第三方支付\n第三方支付是持有央行支付牌照的非银行机构，在您和顾客、银行之间充当收付款的中间人，提供网上支付、扫码收款、银行卡收单等服务。2024年5月1日起，这类机构按国务院《非银行支付机构监督管理条例》和人民银行2024年7月的实施细则监管。\n\n主要优势：\n· 不用自己对接各家银行，开通即可收款，能明显降低经营成本\n· 打通各家银行卡之间的壁垒，顾客用哪家的卡、在哪里都能顺利付款\n· 提供实时查账、交易分析，退款和止付也方便及时\n· 每笔交易都有完整记录，既方便对账，也能积累交易信用\n需要留意的风险：信息安全风险、技术风险、操作风险、法律政策风险\n提示：\n· 扫码收款有分级限额（人民银行《条码支付业务规范（试行）》，2018年4月1日起施行）：同一顾客每天累计，B级（两种以上验证方式）不超过5000元，C级不超过1000元，静态二维码（D级）不超过500元；大额收款请用A级（数字证书或电子签名）或银行转账。\n· 只用持有人民银行支付牌照的机构收款（2024年5月起按《非银行支付机构监督管理条例》监管），避开“二清”等无证收款服务；商户可以免费申请个人经营收款码，个人收款码不能用于远程经营收款（2022年3月起）。\n怎么办理：\n· 向微信支付、支付宝或银行免费申请个人经营收款码或商户收款码，不要用个人收款码做远程经营收款。\n· 核查牌照：银行、租赁公司在国家金融监督管理总局网站的许可证查询里查；小额贷款公司看省地方金融管理部门公布的名单。\n出处：Rong Wu论文《云南小微企业对互联网金融服务的选择》（2018）第2.1、4.2.1节',
          ],
        },
      ],
      AT,
    );
  });

  it('en: the third-party payment details end the same way', async () => {
    await playHandoff(
      [
        { say: 'we sell flower cakes online, 5 staff, revenue 2 million' },
        { say: 'collecting payments' },
        {
          say: '1',
          replies: [
            "Third-party payment\nThird-party payment providers are non-bank institutions licensed by the People's Bank of China. They stand between you, your customers and the banks to handle online payments, QR-code collection and card acquiring. Since 1 May 2024 they are supervised under the State Council regulation on non-bank payment institutions and the PBOC's implementing rules of July 2024.\n\nMain advantages:\n· You start collecting without connecting to each bank yourself, which cuts your operating costs\n· Customers can pay from any bank's card, wherever they are\n· Real-time transaction lookup and analysis, with quick refunds and stop-payments\n· Every transaction is recorded in detail, which makes reconciliation easy and builds a credit history\nRisks to watch: Information security risk, Technical risk, Operational risk, Legal and policy risk\nPlease note:\n· QR-code payments have daily limits per customer (PBOC barcode payment rules, in force since 1 April 2018): 5,000 yuan at level B (two or more verification factors), 1,000 yuan at level C, and 500 yuan for static QR codes (level D). For large sums use level A (digital certificate or e-signature) or a bank transfer.\n· Collect only through institutions with a PBOC payment licence (supervised since May 2024 under the regulation on non-bank payment institutions) and avoid unlicensed 'second clearing' services; a business can get a free business collection code, and a personal payment code may not be used for remote business collection (since March 2022).\nHow to apply:\n· Apply for a free business collection code or a merchant code from WeChat Pay, Alipay or your bank; do not use a personal payment code for remote business collection.\n· Check the licence: banks and leasing companies in the NFRA's licence lookup; micro-loan companies on the provincial financial regulator's list.\nSources: Rong Wu's paper on Yunnan small firms' choice of Internet finance (2018), sections 2.1 and 4.2.1",
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
