// English words owners type inside Chinese clauses, with the Chinese word each is read as: the
// Chinese word lists then read the clause as the owner meant it (想借 11万 add 一台烘干机, 做 hotpot
// 的, jade 直播, export 现在不做, amount 改成 2个w). One word a line; read only where the English
// stands alone among Chinese words (`code-switch.ts`): never an English word inside English words.

/** An English word or phrase (lower case, single spaces) → the Chinese word it is read as. */
export const englishInChinese: Readonly<Record<string, string>> = {
  // Commands said in English inside Chinese: pls 把我的 data 全部 delete 掉, 先 skip, 换成 English.
  delete: '删',
  data: '资料',
  skip: '跳过',
  'not sure': '不确定',
  english: '英文',
  // Verbs of getting, building, renovating and borrowing.
  buy: '买',
  'buy more': '多买',
  get: '买',
  'pay for': '买',
  'add a': '添个',
  'add more': '多添',
  purchase: '购买',
  add: '添',
  'want to': '想',
  'need to': '需要',
  replace: '换',
  upgrade: '换',
  build: '建',
  'put up': '搭',
  expand: '扩建',
  extend: '扩建',
  renovate: '装修',
  redo: '重新装修',
  'fix up': '装修',
  refurbish: '翻新',
  remodel: '改造',
  redecorate: '重新装修',
  'stock up on': '囤',
  // Things bought or built.
  truck: '货车',
  freezer: '冰柜',
  freezers: '冰柜',
  fridge: '冰箱',
  'coffee machine': '咖啡机',
  'espresso machine': '咖啡机',
  excavator: '挖掘机',
  van: '面包车',
  printer: '打印机',
  generator: '发电机',
  tractor: '拖拉机',
  cnc: '数控机床',
  'laser cutter': '激光切割机',
  barn: '牛棚',
  'cow shed': '牛棚',
  shed: '棚',
  'chicken coop': '鸡舍',
  'pig pen': '猪圈',
  'drying room': '烘房',
  'drying yard': '晒场',
  // Parts of the premises.
  kitchen: '厨房',
  lobby: '大堂',
  bathroom: '卫生间',
  'guest rooms': '客房',
  rooms: '房间',
  // Things used up.
  'raw materials': '原材料',
  materials: '材料',
  feed: '饲料',
  seeds: '种子',
  fertilizer: '化肥',
  ingredients: '食材',
  supplies: '物料',
  stock: '货',
  // Trades and goods.
  bbq: '烧烤',
  'milk tea': '奶茶',
  'noodle shop': '面馆',
  guesthouse: '客栈',
  homestay: '民宿',
  hostel: '青旅',
  trucking: '货运',
  'hair salon': '美发',
  'nail salon': '美甲',
  photography: '摄影',
  'used car': '二手车',
  'used cars': '二手车',
  'second-hand phone': '二手手机',
  software: '软件',
  'app development': '软件开发',
  supermarket: '超市',
  // Markets.
  export: '出口',
  import: '进口',
  'cross-border': '跨境',
  ecommerce: '电商',
  'e-commerce': '电商',
  settlement: '结算',
  // When.
  early: '提前',
  // A word with no meaning of its own in a Chinese clause.
  the: '',
};

/**
 * Figure words (一个月 income 六万, amount 改成 2个w; revenue, turnover and sales the English lists read): read as the Chinese word, each keeps the spaces
 * typed around it, which may end the phrase before (a count) or open the next.
 */
export const englishFigureWordsInChinese: Readonly<Record<string, string>> = {
  income: '收入',
  amount: '借款金额',
  'loan amount': '借款金额',
};
