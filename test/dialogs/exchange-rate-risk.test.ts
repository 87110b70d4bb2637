// The exchange rate's risk asked (要是用缅币结算的话 汇率风险大不大, "how do i protect against exchange rate swings if we get paid in
// baht"): answered first and on its own, as an adviser would: whose risk it is, settling in RMB, a forward contract at the bank
// (round 35, lead). Before, the Chinese question drew every risk of the paper, the English one nothing. Whole replies, both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe("the exchange rate's risk asked", () => {
  it('zh-CN: a Ruili jade trader settling in kyat', async () => {
    await playHandoff(
      [
        { say: '瑞丽做玉石生意的 就我跟我老婆两个人 一年流水三百来万 进货要八十万 半年' },
        {
          say: '要是用缅币结算的话 汇率风险大不大',
          replies: [
            '用外币结算，汇率一变，同样的货款折成人民币就跟着变：这个风险在您这边。两个办法：一是货款用人民币结算（人民币跨境结算是云南和东盟做生意的主渠道），您这边就没有汇率风险；二是锁汇，和银行签远期结售汇：现在就约定以后某一天按什么汇率结汇或购汇，到时候按约定的汇率换，不怕汇率波动。锁汇要有真实的贸易合同，到开户银行问，问清要不要保证金、占用多少授信、到期交不了货怎么办。\n可以这样做：\n· 到开户银行问“远期结售汇”：带上贸易合同，问清期限、要不要保证金、到期怎么交割；汇率以银行的报价为准。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: a fruit importer paid in baht', async () => {
    await playHandoff(
      [
        { say: 'we import fruit from thailand, 6 staff, about 5m a year, need 300k for stock for 6 months' },
        {
          say: 'how do i protect against exchange rate swings if we get paid in baht',
          replies: [
            "If you settle in a foreign currency, the same payment is worth more or less in yuan as the rate moves: that risk is yours. Two ways out: settle the trade in RMB (RMB settlement is the main route with ASEAN in Yunnan), and the exchange risk is not yours; or lock the rate with a forward contract at your bank (远期结售汇): you agree now on the rate at which you will sell or buy the currency on a later date, so the payment is changed at that rate whatever the market does. A forward needs a real trade contract; ask your bank about any margin, the credit line it uses and what happens if the goods are late.\nWhat you can do:\n· Ask your bank for a forward contract (远期结售汇): bring the trade contract and ask about the term, any margin and how it is settled; the rate is the bank's quote.",
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
