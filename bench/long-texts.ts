// The long texts bench/long-messages.ts times understand() on: an owner's story in Chinese and in English,
// mixed Chinese and English, emoji, digits, numbers run together, a pasted loan contract, a pasted chat history.

/** Each kind of long text, as the pieces an owner's paste repeats (cut at the length wanted). */
export const KINDS: Record<string, readonly string[]> = {
  'zh story': [
    '我们家在大理古城开客栈，已经开了六年了，一共十二间房，请了三个阿姨打扫卫生，',
    '去年一年流水大概八十万，今年疫情以后客人少了一些，旺季的时候还是住得满的，',
    '我老公负责采购和接送客人，我自己管前台和网上的订单，携程和美团上面都有，',
    '现在想把后面那栋老房子也租下来装修一下，大概要四十万，手头只有十五万，',
    '银行的客户经理说可以做经营贷，但是要抵押，我们的房子是租的，不知道怎么办，',
    '隔壁那家开餐馆的说他在农商行贷了二十万，利息五厘多，期限三年，',
    '我想问问像我们这种小客栈能贷多少，要准备哪样材料，格需要担保人。',
  ],
  'en story': [
    'we run a small bakery in kunming with my wife, been open for four years now, ',
    'we have 6 staff, two bakers, three in the shop and one driver who delivers to cafes, ',
    'last year sales were about 1.2m yuan, mostly walk-in customers and some orders on meituan, ',
    'we want to borrow around 300k to buy a new oven and fix up the second shop, ',
    'the bank said we need collateral but we rent the place, a loan agent called and said he can get us 500k, ',
    'my brother has a hotel and he got a loan at 4.5% for 3 years, ',
    'what kind of loan fits us and how long would it take, what documents do we need? ',
  ],
  mixed: [
    '我们是做 coffee 的，在 lijiang 有两个店，staff 一共 8 个人，',
    'revenue 一年大概 150万 左右，想借 50w 开第三家 shop，',
    'bank 那边说要 collateral，我们没有房子，can we apply for 创业担保贷款？',
    '还有 wechat pay 和 alipay 的流水可以当收入证明吗，the interest 大概多少，',
  ],
  emoji: ['😀', '🙏', '👍', '💰', '🏦', '😂', '❤️', '🎉', '🤔', '😭'],
  digits: ['13812345678 ', '2023年5月1日 ', '300000 ', '12.5% ', '6222 0012 3456 7890 ', '¥85,000.00 ', '36期 ', '0871-6543210 '],
  // Numbers pasted with nothing between them (card, phone and contract numbers copied together).
  'number run': ['6222021234567890123', '13812345678', '20240501', '500000', '0871654321'],
  contract: [
    '第一条 借款金额：人民币伍拾万元整（¥500,000.00）。',
    '第二条 借款期限：自2024年3月1日起至2027年2月28日止，共36个月。',
    '第三条 借款利率：年利率4.35%，按月付息，到期还本。如遇LPR调整，按调整后的利率执行。',
    '第四条 借款用途：仅限于借款人经营所需的采购原材料及支付员工工资，不得挪作他用。',
    '第五条 担保方式：由借款人以其所有的位于昆明市官渡区的房产提供抵押担保。',
    '第六条 违约责任：借款人未按期还款的，按日万分之五计收罚息，并承担贷款人实现债权的费用。',
    '第七条 提前还款：借款人提前还款的，应提前三十日书面通知贷款人，并支付提前还款金额1%的手续费。',
    '第八条 争议解决：本合同履行中发生争议的，由贷款人所在地人民法院管辖。',
  ],
  'chat history': [
    '[2024-05-01 10:21] 张经理: 您好，您的贷款申请已经初审通过了\n',
    '[2024-05-01 10:22] 我: 好的，能贷多少？\n',
    '[2024-05-01 10:25] 张经理: 最多可以批三十万，期限两年，月息八厘\n',
    '[2024-05-01 10:26] 我: 利息有点高，能不能低一点\n',
    '[2024-05-01 10:30] 张经理: 要先交五千块的保证金才能放款，交了马上到账\n',
    '[2024-05-01 10:31] 我: 为什么要先交钱？\n',
  ],
};

/** The text of `kind` cut to `length` code points (its pieces repeated). */
export function longText(kind: string, length: number): string {
  const pieces = KINDS[kind]!;
  const out: string[] = [];
  for (let i = 0; out.length < length; i++) out.push(...Array.from(pieces[i % pieces.length]!));
  return out.slice(0, length).join('');
}
