// Documents and words in the light of the service just recommended (found by an owner-tester,
// November 2026): 需要哪样资料 after leasing was recommended got a bank loan's list; 租赁是哪样意思
// right after got the leasing trade first. The papers are now the service's (an equipment quote
// or contract for leasing, trade papers for trade finance, financial statements for a large loan),
// and 租赁 after leasing was recommended is financial leasing. Whole replies, both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('documents asked after leasing was recommended: what a leasing company asks for', () => {
  it('zh-CN: 需要哪样资料 after 融资租赁格合适', async () => {
    await playHandoff(
      [
        { say: '我们做机械加工的，员工30个，年营业额2000万，想买条新生产线，要八百万，分五年还' },
        { say: '融资租赁格合适' },
        {
          say: '需要哪样资料',
          replies: [
            '融资租赁一般要：设备的报价单或购买合同（写明型号、价格、供应商），营业执照、法定代表人身份证，近期的财务报表或银行流水，并同意查询征信。具体以租赁公司的要求为准。\n可以这样做：\n· 比较各家的年化利率（含全部费用，放贷方必须标明）：超过24%要警惕，放款前收费的都是诈骗。',
          ],
        },
      ],
      AT,
    );
  });

  it('en: what documents do we need, after leasing was asked about', async () => {
    await playHandoff(
      [
        { say: 'we make machine parts, 30 staff, revenue 20 million, want a new production line, 8 million over 5 years' },
        { say: 'is leasing right for us' },
        {
          say: 'what documents do we need',
          replies: [
            "Financial leasing usually needs: the equipment's quote or purchase contract (model, price, supplier), the business licence, the legal representative's ID, recent financial statements or bank statements, and consent to a credit check. The leasing company's own list decides.\nWhat you can do:\n· Compare the annual rate with all fees included (lenders must show it): above 24% is a red flag, and a fee before payout means fraud.",
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe('租赁 right after leasing was recommended: financial leasing, not the trade', () => {
  it('zh-CN: 租赁是哪样意思', async () => {
    await playHandoff(
      [
        { say: '我们做机械加工的，员工30个，年营业额2000万，想买条新生产线，要八百万，分五年还' },
        {
          say: '租赁是哪样意思',
          replies: [
            '融资租赁：租赁公司按您的要求买下设备、车辆或冷库，再租给您用，您分期付租金，期满后设备通常归您。它只为这类资产融资，不能用来装修、进货或发工资。\n想了解怎么办理，回复“融资租赁”。\n出处：最新金融规则与事实（2026年11月核对）',
          ],
        },
      ],
      AT,
    );
  });

  it('en: what does leasing mean', async () => {
    await playHandoff(
      [
        { say: 'we make machine parts, 30 staff, revenue 20 million, want a new production line, 8 million over 5 years' },
        {
          say: 'what does leasing mean',
          replies: [
            'Financial leasing: a leasing company buys the equipment, vehicle or cold store you choose and leases it to you; you pay rent in instalments and usually own it at the end. It finances such assets only, not renovation, stock or wages.\nTo see how to apply, reply "Financial leasing".\nSource: current finance rules and facts (checked November 2026)',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});

describe("documents for a border trader's trade finance: the trade papers", () => {
  it('zh-CN: 河口边贸 要哪样资料', async () => {
    await playHandoff(
      [
        { say: '我们在河口做边贸，卖水果去越南，员工8个人，营业额300万' },
        { say: '要借五十万付货款，四个月' },
        {
          say: '要哪样资料',
          replies: [
            '贸易融资一般要：进出口合同、报关单、发票、提单或运输单据，以及往来的收付款记录；再加营业执照、法定代表人身份证，并同意查询征信。具体以银行的要求为准。\n可以这样做：\n· 比较各家的年化利率（含全部费用，放贷方必须标明）：超过24%要警惕，放款前收费的都是诈骗。',
          ],
        },
      ],
      AT,
    );
  });

  it('en: a border fruit trader asks what documents', async () => {
    await playHandoff(
      [
        { say: 'we trade fruit to vietnam from hekou, 8 staff, revenue 3 million' },
        { say: 'need 500k to pay suppliers for 4 months' },
        {
          say: 'what documents do we need',
          replies: [
            "Trade finance usually needs: the import or export contracts, customs declarations, invoices, bills of lading or transport documents and the payment records of the trade; plus the business licence, the legal representative's ID and consent to a credit check. The bank's own list decides.\nWhat you can do:\n· Compare the annual rate with all fees included (lenders must show it): above 24% is a red flag, and a fee before payout means fraud.",
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
