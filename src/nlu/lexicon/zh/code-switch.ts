// English words owners type inside Chinese clauses, with the Chinese word each is read as: the
// Chinese word lists then read the clause as the owner meant it (想借 11万 add 一台烘干机, 做 hotpot
// 的, jade 直播, export 现在不做, amount 改成 2个w). One word a line; read only where the English
// stands alone among Chinese words (`code-switch.ts`): never an English word inside English words.

/** An English word or phrase (lower case, single spaces) → the Chinese word it is read as. */
export const englishInChinese: Readonly<Record<string, string>> = {
  // Commands said in English inside Chinese: pls 把我的 data 全部 delete 掉, 先 skip, 换成 English.
  delete: '删',
  // A check before replying, in English inside Chinese (等我 check 一下账本).
  check: '查',
  // Someone asked first, in English inside Chinese (等我 ask 下老婆).
  ask: '问',
  data: '资料',
  // Things hired out, in English inside Chinese (我们 rent out 帐篷 和 camping gear 给来露营的游客; round 66, judge-238): as 出租 reads.
  'rent out': '出租',
  'hire out': '出租',
  // Selling offline, in English inside Chinese (全是 offline, 我们只做 offline; round 33): as 线下 reads.
  offline: '线下',
  info: '资料',
  // What owners ask, in English inside Chinese: 几天能 approve 下来, year rate 大概多少, how to 换成人民币.
  approve: '批',
  // Round 27 (fix27b): approval named in English inside Chinese (approval 要几天).
  approval: '审批',
  // Round 16 (asks16): the repayment feared, a record lacking, asked in English inside Chinese.
  repayment: '还款',
  // A buyer's money held back, in English inside Chinese (客户 一直 拖 payment, 压 payment 两个月).
  payment: '款',
  // A guarantor by its English name inside Chinese (有个 guarantee company 讲 要先交 五万 保证金; round 49): as 担保公司 reads.
  'guarantee company': '担保公司',
  // Someone unnamed, in English inside Chinese (河口 有个 guy 说 可以 帮我们 换 dong; round 62): as 人 reads.
  guy: '人',
  // A fee a buyer asks first, in English inside Chinese (有个 buyer 讲要先交 2000 的 inspection fee 才下单; round 62): as 检验费 reads.
  'inspection fee': '检验费',
  'guarantee firm': '担保公司',
  // A buyer's days of credit named in English inside Chinese (超市 account period 90 天; round 37): as 账期 reads.
  'account period': '账期',
  'credit period': '账期',
  'payment terms': '账期',
  payments: '款',
  instalment: '月供',
  // Round 27 (fix27b): a repayment late or missed, and the lender suing, in English inside Chinese (信用卡 overdue 了两次, miss 了两期, 银行会 sue 我们吗).
  overdue: '逾期',
  miss: '漏还',
  missed: '漏还',
  sue: '起诉',
  installment: '月供',
  'tax records': '纳税记录',
  receive: '收',
  'credit card': '信用卡',
  // A start-up named in English inside Chinese (有没有 startup 补贴; round 43).
  startup: '创业',
  'start-up': '创业',
  // A mortgage held, in English inside Chinese (她有个 mortgage 每个月都按时还; round 43).
  mortgage: '房贷',
  // A grocery named in English inside Chinese (开了个 grocery; round 43).
  grocery: '杂货店',
  'grocery store': '杂货店',
  'grocery shop': '杂货店',
  // A deposit asked for, in English inside Chinese (还要交五万 deposit; round 43).
  deposit: '押金',
  // Tourists named in English inside Chinese (给 tourist 骑马; round 43).
  tourist: '游客',
  tourists: '游客',
  // Whether a charge is usual, asked in English inside Chinese (这个 normal 吗; round 43).
  normal: '正常',
  // The owner's credit record named in English inside Chinese, and said soiled (my credit 有点 messy, credit record 不太好; round 43).
  'my credit': '我的征信',
  'our credit': '我们的征信',
  'credit record': '征信',
  'credit report': '征信报告',
  'credit score': '征信',
  'credit history': '征信',
  // ...or credit alone, whoever's it is (我 老婆 的 credit 有点 messy; round 45): a run of English words is read only when all of it is
  // covered, so credit union and credit line stay as they are.
  credit: '征信',
  messy: '花',
  'personal loan': '个人贷款',
  approved: '批',
  'year rate': '年利率',
  'annual rate': '年利率',
  'interest rate': '利率',
  'how to': '咋个',
  'business loan': '经营贷',
  // Round 20 (open20b): a loan got or asked for in English inside Chinese (能 get loan 吗, 可以 apply loan 吗); a bare loan is left (a loan held: 有一笔 50万 的 loan).
  'get loan': '贷款',
  'get a loan': '贷款',
  'apply loan': '申请贷款',
  'apply for loan': '申请贷款',
  'apply for a loan': '申请贷款',
  // Round 21 (figures21): borrowing asked with can in English inside Chinese (开业才 3 个月, can borrow 吗).
  'can borrow': '能借',
  // Whether a lender is real, in English inside Chinese (这个平台 for real 吗; round 32, convention 124).
  'for real': '是真的',
  // Round 32 (fix32c, convention 122): a pledge and a buyer's debt in English inside Chinese (土地经营权 can pledge 吗, 厂房 pledge 给银行
  // 行不行, 客户 owe 我们 15万).
  'can pledge': '能抵押',
  pledge: '抵押',
  // (...collateral too: 想 用 货车 做 collateral 贷 30w; round 45.)
  collateral: '抵押',
  'can mortgage': '能抵押',
  // Round 33 (fix33a, convention 143): the finishing trades and the site's crafts in English inside Chinese (我们做 tiles 和 flooring 的,
  // 做 scaffolding 的, 搞 drywall 的): the Chinese finishing work, read as the trade.
  tiles: '贴砖',
  tiling: '贴砖',
  flooring: '铺地板',
  drywall: '隔墙',
  scaffolding: '搭脚手架',
  waterproofing: '防水',
  owe: '欠',
  owes: '欠',
  'can apply': '能申请',
  // Round 16 (open-asks16): a fraud's words and what owners ask, in English inside Chinese: 包装一下 bank statement, 转给
  // 那个 customer service, 现在 block 我了.
  'bank statement': '流水',
  'bank statements': '流水',
  'customer service': '客服',
  // An office claimed and a shop let out again, in English inside Chinese (有个自称 customs 的打电话来, 交保证金才能 unlock; round 57).
  'customs clearance': '报关',
  customs: '海关',
  unlock: '解锁',
  block: '拉黑',
  blocked: '拉黑',
  customer: '客户',
  // Invoices not paid (还有 30万 的 invoices 客户没付): the buyer's money owed.
  invoice: '发票',
  invoices: '发票',
  customers: '客户',
  skip: '跳过',
  // Who oversees a kind of lender, asked in English inside Chinese (小贷公司 归 哪个 department 管).
  department: '部门',
  departments: '部门',
  // Round 18 (left18en): a buyer's payment held back (buyers 拖 payment), a shop opened (open 二店), a part replaced (换 新
  // engine), a yard made over (把 courtyard 改成 café), in English inside Chinese.
  buyers: '客户',
  buyer: '客户',
  open: '开',
  engine: '发动机',
  engines: '发动机',
  courtyard: '院子',
  yard: '院子',
  // Round 19 (left19en): road tolls beside the fuel, in English inside Chinese (油费 和 tolls 一个月 要 8万).
  tolls: '过路费',
  // Co-ops and dealers as the buyers, in English inside Chinese (co-ops 拖 payment 半年 了).
  'co-ops': '合作社',
  coops: '合作社',
  'co-op': '合作社',
  // A co-op and its crop named in English inside Chinese (村 cooperative 种 sugar cane, 昭通 apple 合作社; round 32).
  cooperative: '合作社',
  'sugar cane': '甘蔗',
  sugarcane: '甘蔗',
  apple: '苹果',
  apples: '苹果',
  // Round 35 (fix35c): a co-op's crop and a maker's goods in English inside Chinese (我们 walnut 合作社, 做 auto parts 的).
  walnut: '核桃',
  walnuts: '核桃',
  // Round 46: more crops and stock in English inside Chinese (版纳 rubber 合作社, 养 pigs 的, 种 sanqi 的).
  rubber: '橡胶',
  coffee: '咖啡',
  pigs: '猪',
  cattle: '牛',
  tobacco: '烟叶',
  mushrooms: '菌子',
  durian: '榴莲',
  durians: '榴莲',
  bananas: '香蕉',
  banana: '香蕉',
  mango: '芒果',
  mangoes: '芒果',
  sanqi: '三七',
  // ...fruit traded in English inside Chinese (做 fruit import 的; round 46).
  fruit: '水果',
  // An agent in English inside Chinese (有个 agent 讲 给 他 两个点 …; round 46), as 中介 reads.
  agent: '中介',
  'auto parts': '汽配',
  'car parts': '汽配',
  dealers: '经销商',
  dealer: '经销商',
  toll: '过路费',
  'toll fees': '过路费',
  // Round 17 (open4647): a foreign currency named in English and changed (越南 buyer 付 dong 给我们, 怎么 convert 成 人民币).
  dong: '越南盾',
  baht: '泰铢',
  kip: '基普',
  convert: '换',
  exchange: '换',
  'not sure': '不确定',
  english: '英文',
  // Round 16 (open-asks16): the language switched, said with an English verb (switch 成 English 嘛).
  switch: '切换',
  // Verbs of getting, building, renovating and borrowing.
  buy: '买',
  'buy more': '多买',
  // More of a thing bought: 买 more 饲料.
  more: '多',
  get: '买',
  'pay for': '买',
  'add a': '添个',
  'add more': '多添',
  purchase: '购买',
  add: '添',
  'want to': '想',
  'need to': '需要',
  // Borrowing wished in English inside Chinese (一年 流水 八百万 want to borrow 两百万: round 34); a bare borrow is left (where 能 borrow 50万:
  // the English question's words).
  'want to borrow': '想借',
  'need to borrow': '需要借',
  // Not decided (还没 decide 借多少).
  decide: '定',
  replace: '换',
  upgrade: '换',
  build: '建',
  'put up': '搭',
  expand: '扩建',
  extend: '扩建',
  renovate: '装修',
  redo: '重新装修',
  'fix up': '装修',
  // Round 25 (open25c): repair named as the work a trade does, in English inside Chinese (做汽车repair的, 搞 phone repair 的): 维修,
  // so the trade forms read it (做X维修的 is a repair trade); before 一下 the verb of mending reads it (englishVerbsDoneOnce: 修一下).
  repair: '维修',
  repairs: '维修',
  // Round 21 (figures21): parts of the premises named in English inside Chinese (把 仓库 的 roof fix 一下).
  roof: '屋顶',
  walls: '墙',
  wall: '墙',
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
  // Round 16 (open-firsts16): machines and gear named in English inside Chinese (换 camera 跟 灯光, 买 drip irrigation, 买 新 machine).
  camera: '相机',
  cameras: '相机',
  machine: '机器',
  // Round 20 (open20a): sound gear named in English inside Chinese (想借 20万 换 sound system).
  'sound system': '音响',
  'sound systems': '音响',
  speakers: '音箱',
  machines: '机器',
  'drip irrigation': '滴灌设备',
  'solar panel': '太阳能板',
  'solar panels': '太阳能板',
  new: '新',
  // A gap bridged (借 500万 bridge 一下: 周转).
  bridge: '周转',
  // The customers supplied (主要 supply 给 烟厂): 供货给, so the buyer's trade is no trade of the firm's.
  supply: '供货',
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
  // Trade finance's instruments named in English inside Chinese (想申请 LC 押汇, 要开 letter of credit; round 31, fix31d).
  'letter of credit': '信用证',
  'letters of credit': '信用证',
  lc: '信用证',
  'l/c': '信用证',
  // Produce bought in to work up or sell on (想借 200万 收 spring tea, 进 coffee beans).
  tea: '茶叶',
  'spring tea': '春茶',
  'coffee beans': '咖啡豆',
  // ...the fruit before it is hulled (收 coffee cherry 用; round 65).
  'coffee cherry': '咖啡果',
  'coffee cherries': '咖啡果',
  // Hands hired now, beside the family counted (family 4个人 加 hired 2个): 请的, no hire still to come.
  hired: '请的',
  family: '家里',
  // Trades and goods.
  bbq: '烧烤',
  // Cooked food, a school (双江 开 fried snack 摊 的, 开 kindergarten 的; round 44).
  'fried snack': '炸小吃',
  'fried snacks': '炸小吃',
  snack: '小吃',
  snacks: '小吃',
  kindergarten: '幼儿园',
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
  // A car repair shop named in English inside Chinese (我 brother 开了个 garage; round 30), as 修车铺 reads.
  garage: '修车铺',
  // Markets, and the countries across the border traded with (从 Laos 进玉米, 客户主要在 Myanmar).
  laos: '老挝',
  myanmar: '缅甸',
  burma: '缅甸',
  vietnam: '越南',
  thailand: '泰国',
  cambodia: '柬埔寨',
  malaysia: '马来西亚',
  singapore: '新加坡',
  // Selling and the growers dealt with (我们 sell 茶叶过去, 帮 farmers 拉甘蔗).
  sell: '卖',
  sells: '卖',
  farmers: '农户',
  export: '出口',
  import: '进口',
  'cross-border': '跨境',
  // ...typed with a space (做 cross border 物流 的; round 34, fix34b).
  'cross border': '跨境',
  ecommerce: '电商',
  'e-commerce': '电商',
  settlement: '结算',
  // A platform's takings drawn, in English inside Chinese (有没有 way 提前 cash out, 能不能 早点 withdraw, payout 太慢; round 31).
  // Whom to ring, and a transfer's proof, in English inside Chinese (还没 transfer 哈 那我该打哪个 hotline 问; round 60, convention 715;
  // 'transfer' alone stays English, which the money-sent words read).
  hotline: '电话',
  'transfer screenshot': '转账截图',
  payout: '回款',
  'cash out': '提现',
  withdraw: '提现',
  way: '办法',
  // A budget and the ads bought, in English inside Chinese (budget 两万 左右, 每个月 ads 要花 2万; round 31).
  budget: '预算',
  ads: '广告',
  // Platforms named in English inside Chinese (taobao, douyin and the others the English lists read there).
  kuaishou: '快手',
  xiaohongshu: '小红书',
  alibaba: '阿里巴巴',
  'wechat moments': '朋友圈',
  // ...the messaging app as a place of selling (只在 wechat 上卖).
  wechat: '微信',
  // When, and a plan: 打算 next year 开始做, maybe next year 做 出口, 出口 but not now.
  early: '提前',
  'next year': '明年',
  'next yr': '明年',
  later: '以后',
  'in the future': '以后',
  'maybe next year': '可能明年',
  'plan to': '打算',
  'planning to': '打算',
  'thinking of': '考虑',
  'thinking about': '考虑',
  'not now': '现在没有',
  'but not now': '但现在没有',
  'not yet': '还没有',
  'but not yet': '但还没有',
  // Credit, papers and guarantors in English inside Chinese (bank 会不会 reject 我, 营业执照 expired 了, 老婆是 legal rep, 农商行的 car loan,
  // 做我们的 guarantor, can still apply 经营贷吗; round 41, judge-138).
  bank: '银行',
  affect: '影响',
  reject: '拒',
  rejected: '拒',
  expired: '过期',
  expire: '过期',
  expires: '过期',
  'legal rep': '法人',
  'legal representative': '法人',
  'legal person': '法人',
  'car loan': '车贷',
  guarantor: '担保人',
  // ...a loan co-signed (帮他 co-sign 一笔 loan; round 44).
  'warehouse receipt': '仓单',
  'warehouse receipts': '仓单',
  // Where an applicant comes from (我是 burmese 在瑞丽开奶茶店; round 44).
  burmese: '缅甸人',
  vietnamese: '越南人',
  laotian: '老挝人',
  // ...said with is (我老公 is burmese 执照在他名下 能贷款吗; round 46).
  'is burmese': '是缅甸人',
  'is vietnamese': '是越南人',
  'is laotian': '是老挝人',
  'is thai': '是泰国人',
  'co-sign': '担保',
  cosign: '担保',
  'co-signed': '担保了',
  apply: '申请',
  // ...another's name borrowed in (用我爸的 name 去 apply; round 44).
  name: '名字',
  'can still apply': '还能申请',
  'still can apply': '还能申请',
  // A word with no meaning of its own in a Chinese clause (please too: 我的资料 pls delete 掉; round 41).
  the: '',
  pls: '',
  plz: '',
  please: '',
  // A quarter's period in English inside Chinese (上个 quarter 卖了 40万, 每个 quarter; round 27): 季度, a fourth of the year.
  quarter: '季度',
  // A licence in English inside Chinese (licence 才 拿到 两个月; round 45).
  licence: '执照',
  license: '执照',
  'business licence': '营业执照',
  'business license': '营业执照',
};

/**
 * Figure words (一个月 income 六万, amount 改成 2个w; revenue, turnover and sales the English lists read): read as the Chinese word, each keeps the spaces
 * typed around it, which may end the phrase before (a count) or open the next.
 */
export const englishFigureWordsInChinese: Readonly<Record<string, string>> = {
  // Round 21 (conv21): the monthly repayment asked in English inside Chinese (monthly payment 是多少), read as 每月还款 with its spaces kept
  // (三年 monthly payment: the term, not the payment's measure).
  'monthly payment': '每月还款',
  'monthly repayment': '每月还款',
  'monthly instalment': '每月还款',
  'monthly installment': '每月还款',
  // Round 37 (fix37c): the month said alone in English before what is paid or earned (monthly 还 多少, monthly 流水 八万): 每个月.
  monthly: '每个月',
  income: '收入',
  // Round 30 (fix30c): the year or month a sum is of, in English inside Chinese (last year 大概 80万 今年还不知道): 去年, 今年, 上个月.
  'last year': '去年',
  'this year': '今年',
  'last month': '上个月',
  // Takings said by the verb (去年 sold 三百来万 的货, 一天 take in 大概 一千五).
  sold: '卖了',
  'take in': '进账',
  // Takings said by the verb of earning (一个月 make 个 5万 左右): 做, as 一个月做个五万.
  make: '做',
  amount: '借款金额',
  // Round 16 (open-asks16): the interest asked after the sum and the term, which keep their own phrase (贷 50w 三年 interest 大概多少).
  interest: '利息',
  'loan amount': '借款金额',
  // The real cost asked in English among the Chinese (一年下来 真实 cost 大概 多少; round 59), as 真实成本是多少.
  cost: '成本',
};

/**
 * English verbs of mending read as the Chinese verb only right before 一下 (or 下, 一遍, 好), the Chinese form of doing a
 * thing once over (把屋顶 fix 一下, 把店 paint 一下, 门面 repaint 一遍): there the clause is the owner's own work on a
 * thing. Elsewhere the English lists keep them (fix 我的 credit record, fix 汇率: a record mended, a rate locked).
 */
export const englishVerbsDoneOnce: Readonly<Record<string, string>> = {
  fix: '修',
  repair: '修',
  paint: '刷',
  repaint: '重新刷',
};
/** The Chinese form of doing a thing once over, right after such a verb. */
export const DONE_ONCE_AFTER = /^ ?(?:一下|一哈|下|一遍|好)/;

/**
 * English verbs of a trade that the table reads as a thing (truck → 货车), read as the verb when they stand right after the
 * owner or a word of habit and before a Chinese object (我们 truck 榴莲, 每天 truck 香蕉 去昆明, 我们 run 个 farmstay): the
 * Chinese verb, so the Chinese lists read the trade. Elsewhere (买个 truck, 换 truck) the table's reading stands.
 */
export const englishVerbsInChinese: Readonly<Record<string, string>> = {
  truck: '拉',
  trucks: '拉',
  haul: '拉',
  hauls: '拉',
  grow: '种',
  grows: '种',
  run: '开',
  runs: '开',
};

/** The owner or a word of habit right before a verb (我们, 我家, 每天, 专门, 主要, 一直, 也). */
export const VERB_SUBJECT = /(?:我们|我|我家|咱们|咱家|家里|他们|每天|天天|每年|常年|专门|主要|一直|平时|都|也|还|就|自己)\s?$/;
