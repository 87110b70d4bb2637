// Chinese words owners type inside English clauses, with the English word each is read as: the English
// word lists then read the clause as the owner meant it (we don't do 出口, no 网店, not on 淘宝 or 抖音,
// we do 边贸 with laos, we sell 普洱 on 淘宝). One word a line; read only where the Chinese stands alone
// beside English words in a message written mostly in English (`code-switch.ts`): never a Chinese word
// among Chinese words. Trades, goods, figures and purposes are left out: the Chinese lists already read
// them inside English (we run a 客栈, need 50万 for 设备).

/** A Chinese word (Simplified, as normalize() leaves it) → the English words it is read as. */
export const chineseInEnglish: Readonly<Record<string, string>> = {
  // Markets across the border.
  出口: 'export',
  进口: 'import',
  进出口: 'import and export',
  外贸: 'foreign trade',
  跨境: 'cross-border',
  跨境电商: 'cross-border e-commerce',
  边贸: 'border trade',
  边境贸易: 'border trade',
  // The buyer who owes (the 甲方 hasn't paid the 进度款): the client, the payment.
  甲方: 'the client',
  进度款: 'progress payment',
  工程款: 'payment for the job',
  尾款: 'final payment',
  // Places sold online: the platforms and the chat apps by name.
  淘宝: 'taobao',
  天猫: 'tmall',
  京东: 'jd',
  拼多多: 'pinduoduo',
  抖音: 'douyin',
  快手: 'kuaishou',
  小红书: 'xiaohongshu',
  美团: 'meituan',
  饿了么: 'eleme',
  阿里巴巴: 'alibaba',
  阿里: 'alibaba',
  微信: 'wechat',
  朋友圈: 'wechat moments',
  微信朋友圈: 'wechat moments',
  微信群: 'wechat groups',
  // ...and by kind.
  网店: 'online shop',
  微店: 'wechat shop',
  电商: 'e-commerce',
  直播: 'livestream',
  直播带货: 'livestream selling',
  网上: 'online',
  线上: 'online',
  线下: 'offline',
};
