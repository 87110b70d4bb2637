// A fee of collecting payments weighed (round 38, the lead): 刷卡机费率千分之六 格正常, "what's a normal per-swipe fee". The NLU
// reads a cost with the purpose payment-collection (corpus convention 308); the dialog answers the fee first (question
// `collection-fee`: the contract with the acquirer, the 2016 bank-card fee reform with its date, no rate called normal since none
// is verified, the rates compared), then notes the purpose; asked for the purpose, the advice follows. Whole replies, both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

const FEE_ZH =
  '收款手续费（刷卡、扫码的费率）按您和收单机构（银行或支付机构）签的合同收；银行卡刷卡手续费2016年改革过（2016年9月6日起施行）。我这里没有核实过的当前费率，不好说多少算正常，最稳的办法是比：问开户银行、微信支付、支付宝各自的商户收款费率，放在一起比；签之前看清合同里的费率、押金、年费和到账时间。\n可以这样做：\n· 向微信支付、支付宝或银行免费申请个人经营收款码或商户收款码，不要用个人收款码做远程经营收款。';
const FEE_EN =
  "Collection fees (the rate per card swipe or QR payment) are whatever your contract with the acquirer (a bank or a payment institution) says; bank-card fees were reformed in 2016 (in force 6 September 2016). I have no verified current rate, so I cannot say what is normal; the safe way is to compare: ask your own bank, WeChat Pay and Alipay for their merchant collection rates and set them side by side, and before signing, read the contract's rate, deposit, annual fee and when the money reaches your account.\nWhat you can do:\n· Apply for a free business collection code or a merchant code from WeChat Pay, Alipay or your bank; do not use a personal payment code for remote business collection.";

describe('round 38: a fee of collecting payments, weighed', () => {
  it('zh-CN: a shop asked its purpose weighs its card machine’s rate: the fee answered first, the purpose noted, then the advice', async () => {
    await playHandoff(
      [
        { say: '我们开超市的 五个人' },
        {
          say: '刷卡机费率千分之六 格正常',
          replies: [
            FEE_ZH,
            '好的，记下了：用途：收款与支付结算。',
            '根据您的情况（零售业 · 微型企业 · 5人 · 收款与支付结算），推荐以下互联网金融服务：\n\n1. 第三方支付\n· 不用自己对接各家银行，开通即可收款，能明显降低经营成本。\n· 每笔交易都有完整记录，既方便对账，也能积累交易信用。\n下一步：向微信支付、支付宝或银行免费申请个人经营收款码或商户收款码，不要用个人收款码做远程经营收款。\n\n风险提示：\n· 收款以到账通知为准，不认顾客给您看的付款截图（假截图是常见骗局）；收款和对账分人负责，每天核对流水。\n· 扫码收款有分级限额（人民银行《条码支付业务规范（试行）》，2018年4月1日起施行）：同一顾客每天累计，B级（两种以上验证方式）不超过5000元，C级不超过1000元，静态二维码（D级）不超过500元；大额收款请用A级（数字证书或电子签名）或银行转账。\n\n回复编号查看详情（办理步骤、全部风险和出处），或回复“风险”“核查平台”“总结”“人工”。',
          ],
          stage: 'advising',
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: the fee asked first thing: answered, the purpose noted, the trade asked', async () => {
    await playHandoff(
      [
        {
          say: "what's a normal per-swipe fee",
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            FEE_EN,
            'Got it — purpose: collecting payments.',
            'Which industry is your business in? Reply with a number, or just tell me what you do, e.g. "tea growing", "a guesthouse", "border trade".',
          ],
          stage: 'collecting',
        },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('en: idle cash advised, then a card fee weighed in passing: the fee answered, the idle-cash need kept (round 52)', async () => {
    await playHandoff(
      [
        { say: 'we run a guesthouse in dali, 5 staff' },
        { say: 'got about 300k doing nothing in the business acct after the summer' },
        { say: '4 months', stage: 'advising' },
        { say: 'also the bank wants 0.6% on every card swipe, thats a lot right', replies: [FEE_EN], stage: 'advising' },
      ],
      { ...AT, locale: 'en' },
    );
  });

  it('zh-CN: 闲钱 advised, then 刷卡手续费 weighed: the fee answered, the purpose kept (round 52)', async () => {
    await playHandoff(
      [
        { say: '我们在大理开客栈 五个人' },
        { say: '账上有三十来万闲着 用不到' },
        { say: '四个月', stage: 'advising' },
        { say: '刷卡手续费要扣千分之六 格贵', replies: [FEE_ZH], stage: 'advising' },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
});
