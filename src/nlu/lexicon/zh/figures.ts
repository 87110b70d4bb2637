// Chinese (Simplified, as normalize() leaves it; Yunnan words included) word lists. Cues: the words around a number that say what it is (revenue, assets, the amount needed, a sum
// that is none of ours), per month/day, head-count labels, a term, the firm's age, a rate.

import type { MoneyCueWords, Words } from '../types';

export const moneyCues: readonly MoneyCueWords[] = [
  {
    slot: 'revenue',
    words: [
      '营业额',
      '营业收入',
      '营收',
      '收入',
      '销售额',
      '出口额',
      '进口额',
      '贸易额',
      '成交额',
      '销售收入',
      '销售',
      '流水',
      '一年卖',
      String.raw`一年(?:下来|到头|算下来|能做)(?![^，。,.!?；;]{0,3}还)`,
      String.raw`(?<!借|贷|贷款|还|期限|分|用|房租|租金|工资|利息|月供|还款|开支|支出|成本)一年(?=(?:大概|大约|约|差不多|有|能有|能|也就|才|也|都|就|总共)*(?:[做干卖进](?:了|得)?个?|能做个?)(?:\d|[一二两三四五六七八九十几]))`,
      String.raw`(?<!借|贷|贷款|还|期限|分|用|房租|租金|工资|利息|月供|还款|开支|支出|成本)去年(?=(?:大概|大约|约|差不多|有|能有|能|也就|才)*(?:做了?|干了?|卖了?|能做|进了?)?(?:\d|[一二两三四五六七八九十几]))`,
      '年销',
      '卖了',
      '能卖',
      '产值',
      '年入',
      // 一个月卖个七八万, 一天做得两三千, 每月干个十来万: sales over a period.
      String.raw`(?:月|天|年)(?:能|也就|大概|大约|差不多|才|都|就)*[卖做干](?:了|得)?个?(?=\d|[一二两三四五六七八九十几大])`,
    ],
  },
  { slot: 'assets', words: ['资产'] },
  {
    slot: 'price',
    words: [
      String.raw`(?:每|一)(?:袋|斤|公斤|件|瓶|盒|箱|包|杯|份|碗|盘|饼|块饼|只|张|套)(?:卖|要|是|售价|价格)?`,
      '单价',
      '收购价',
      '收购价格',
      '收价',
      '房价',
      String.raw`(?:一|每)(?:晚上?|间房?|个人|位)(?:要|收|是)?`,
      '售价',
      '卖价',
      '零售价',
      '批发价',
      '进价',
      '定价',
    ],
  },
  {
    slot: 'other',
    words: [
      '利润',
      '净利',
      '毛利',
      '纯利',
      String.raw`赚了?`,
      String.raw`挣了?`,
      '亏损',
      '亏了',
      '成本',
      '房租',
      '租金',
      String.raw`工资(?:支出)?`,
      '支出',
      '开销',
      '开支',
      '注册资本',
      '注册资金',
      '利息',
      '月供',
      '还款',
      '还贷',
    ],
  },
  {
    slot: 'amount',
    words: [
      '借款',
      '借',
      '贷款',
      '贷',
      '融资',
      '需要',
      '需',
      '想要',
      '要',
      '缺口',
      '缺',
      // 差个30万, 还差20万 (short of); not 差不多 (about), 差点, 差价.
      String.raw`差(?!不多|一点|点|评|价|旅|距|额)`,
      '周转',
      '筹集',
      '筹措',
      '筹',
      '投资',
      '投入',
      '投',
      '买设备',
      '申请',
      '额度',
      '闲置',
      '闲钱',
      '理财',
      '存',
    ],
  },
];

export const perYearAfter: Words = [];

export const perMonth: Words = [
  String.raw`月(?:营业额|营收|收入|销售额|流水|销售)`,
  String.raw`每个?月`,
  '一个月',
  '月均',
  String.raw`\/\s*(?:月|month|mo)\b`,
];

export const perDay: Words = [String.raw`日(?:营业额|营收|收入|流水)`, '每天', '一天', '日均', String.raw`\/\s*(?:天|day)\b`];

export const peopleLabelBefore: Words = ['员工', '职工', '雇员', '工人', '人数', '人员', '从业人员', '团队', '伙计'];

export const strictlyBelowBefore: Words = ['不到', '不足', '少于', '低于', '不满'];

export const totalBefore: Words = ['一共', '总共', '共', '合计', '加起来', '加上我', '全部', String.raw`总的?`];

export const notStaffBefore: Words = [
  '接待',
  '服务',
  '客人',
  '顾客',
  '客户',
  '游客',
  '用户',
  '会员',
  '粉丝',
  '学生',
  '人口',
  '每天',
  '每日',
  '日均',
];

export const notEnoughAfter: Words = [String.raw`[一二两三四五六七八九十几]`];

export const deniedBefore: Words = [String.raw`(?<!是)不是(?:借|贷|要|需要|说)?`, '并非', '而非'];

export const termBefore: Words = ['期限', '借', String.raw`贷款?`, '用', '还款', '还', '分', '周期', '为期'];

export const termAfter: Words = ['还清', '还完', '还', '期', '内', '以内', '之内', String.raw`的(?:期限|贷款|借款)`];

export const ageBefore: Words = [
  '成立',
  String.raw`(?:刚|才)开(?:业|张)?`,
  '开了',
  '开业',
  '开店',
  '开张',
  '做了',
  '干了',
  String.raw`经营了?`,
  String.raw`营业了?`,
  '创办',
  '创立',
  '注册',
  '入行',
  '已经',
  '过去',
  '最近',
  '近',
  '这',
  '前',
];

export const ageAfter: Words = ['了', '前', '以前', '之前', '来', '多了', '的历史', '历史', '经验', '的经验', '老店', '的老'];

export const rateAfter: Words = [
  '营业额',
  '贸易额',
  '出口额',
  '进口额',
  '成交额',
  '营收',
  '收入',
  '销售额',
  '流水',
  '卖',
  '能卖',
  '销售',
  '产值',
  '利润',
  '赚',
  '挣',
  '进账',
  '能做',
  '接待',
  String.raw`(?=(?:大概|大约|约|差不多|能有|有|能|也就|才|也|都|就|总共)*(?:[做干卖挣](?:了|得)?个?|能做个?)\s*(?:\d|[一二两三四五六七八九十几])[^，。,.!?；;个人]{0,6}?(?:万|亿|千|元|块))`,
  String.raw`(?:算下来|做下来|下来|到头)(?=[^，。,.!?；;还]{0,8}?(?:\d|[一二两三四五六七八九十几])[^，。,.!?；;]{0,6}?(?:万|亿|千|百|元|块))`,
];

export const rateBefore: Words = ['每', '营业额', '营收', '收入', '销售额', '流水'];
