// Chinese (Simplified, as normalize() leaves it; Yunnan words included) word lists. Purposes, in precedence order (the first that matches wins): the more specific first; funding
// purposes beat "just looking"; equipment beats working capital. borrowWish: a wish to borrow.

import type { PurposeWords, Words } from '../types';
import { foreignCurrencies } from './currencies';
import { produce } from './industries';

/** Paid or paying in one (用泰铢付款, 收越南盾): also cross-border trade (markets.ts). */
export const paidInForeignCurrency: Words = [
  String.raw`(?:用|收|付|结)(?:${foreignCurrencies.join('|')})`,
  String.raw`(?:${foreignCurrencies.join('|')})(?:付款|收款|结算|支付|打款|付|结)`,
];

export const purposeRules: readonly PurposeWords[] = [
  {
    id: 'cross-border-settlement',
    words: [
      String.raw`跨境.{0,3}(?:收款|付款|支付|结算|收付|汇款|转账|收钱)`,
      '外汇结算',
      '收外汇',
      '结汇',
      '换汇',
      '购汇',
      String.raw`外币(?:收款|结算)`,
      '本币结算',
      ...paidInForeignCurrency,
      '人民币跨境',
      String.raw`(?:越南|老挝|缅甸|泰国|柬埔寨|国外|海外|外国|境外)(?:客户|客商|买家|的)?.{0,8}(?:付款|打款|汇款|货款|结算|收款|付钱)`,
      String.raw`(?:收|付)(?:越南|老挝|缅甸|泰国|国外|海外|境外).{0,4}(?:款|钱)`,
    ],
  },
  {
    id: 'payment-collection',
    words: [
      '收款',
      '收钱',
      '扫码',
      '二维码',
      '收银',
      String.raw`(?<!跨境)支付(?!工资|货款|利息|房租|租金|给)`,
      '结算',
      '刷卡',
      'pos机',
      '聚合支付',
      '码牌',
    ],
  },
  {
    id: 'wealth-management',
    words: ['闲置', String.raw`闲着(?:的|没用)?`, '闲钱', '余钱', '多余的钱', '理财', '存钱', '存款', '资金增值'],
  },
  { id: 'product-innovation', words: ['新产品', '研发', '创新', '开发新', '新品', '新项目', '新技术', '新口味', '上新'] },
  {
    id: 'equipment-expansion',
    words: [
      // Not the equipment the firm has (设备都是租的, 设备是去年买的).
      String.raw`设备(?![都也]?是)`,
      String.raw`机器(?!人)`,
      '机械',
      // Yunnan 整/搞 (get): 整台新咖啡机, 搞套设备.
      String.raw`(?:买|购买|购置|添置|添|加|换|整|搞|弄)(?:[一二两三四五六七八九十几]+|\d+)?(?:台|套|辆|部|张)`,
      '购置',
      '添置',
      '生产线',
      '烘干线',
      '包装线',
      '加工线',
      '流水线',
      String.raw`装修(?!材料|用品|公司|队)`,
      '翻新',
      String.raw`(?:(?:建|盖|(?<![汽维])修)(?:一个|个|座|间)?|(?:整|搞)(?:一个|个|座|间))[^，。,.!?；;\s\d]{0,4}?(?:厂|厂房|仓库|车间|烘干房|冷库|大棚|温室|猪圈|猪舍|牛棚|羊圈|鸡舍|圈舍|养殖场|初制所|作坊)`,
      // A machine bought: 买个举升机, 买台烘干机, 换个新的制茶机 (not 买机票, 手机 is a machine too).
      String.raw`(?:买|购买|购置|添置|换)(?:个|一个|台|一台|几台|部|新的?)?[^\s，。,！？!?]{0,5}(?<!手)机(?![票构会场器人制])`,
      // A vehicle bought: 买辆冷藏车, 搞台电动三轮车, 换个新货车 (not 车票, 车费, 车位).
      String.raw`(?:买|购买|购置|添置|换|搞|整)(?:个|一个|台|一台|辆|一辆|部|新的?)?[^\s，。,！？!?]{0,4}车(?![票费位])`,
      '扩产',
      '扩大',
      '扩张',
      '扩建',
      // Rooms or floors added: 加盖几间客房, 加建一层.
      '加盖',
      '加建',
      '扩店',
      '新厂',
      // Not a building described by its size (厂房两千平).
      String.raw`厂房(?!\s*[\d一二两三四五六七八九十几百千万]+\s*多?\s*(?:平|亩|㎡))`,
      '开分店',
      '开新店',
      '再开一家',
      '多开一家',
      String.raw`(?:再|多|新)开(?:个|一个|家|一家|间|一间)?(?:分店|店|门店|铺子|店面)`,
      String.raw`开(?:个|一个|家|一家)?分店`,
      String.raw`开第[二三四五两]家`,
      String.raw`买车(?![票费位])`,
      // Vehicles bought: 换一批教练车, 买两辆冷藏车, 添置几台货车.
      String.raw`(?:买|购买|购置|添置|换)(?:个|一|两|几|\d+)?(?:辆|台|批|部)?[^\s，。,！？!?]{0,4}?车(?![票费位间厢])`,
      '购车',
      '买货车',
      '买辆',
      '新店',
      '升级改造',
      // Not the farm described by its area: 大棚八十亩 (a greenhouse to build is: 想建大棚).
      String.raw`大棚(?!\s*(?:有)?\s*[\d一二两三四五六七八九十几百]+\s*(?:多|来)?\s*亩)`,
      '温室',
    ],
  },
  {
    id: 'working-capital',
    words: [
      '周转',
      '流动资金',
      // Money to get through till a season or a date: 撑到明年, 熬过淡季, 挺过这几个月.
      String.raw`(?:撑|熬|挺)(?:到|过)`,
      String.raw`收(?:春茶|秋茶|核桃|茶叶|烟叶|蔬菜|水果|松茸|菌子|花椒|三七|橡胶|胶(?![水带鞋囊]))`,
      // Paying a job's costs before the client pays (工地垫资, 垫资压力大).
      '垫资',
      // Buying more of what the firm buys: 今年想多收点, 再进一批.
      String.raw`(?:多|再)(?:收|进)(?:点|些|一点|一些|一批)`,
      '压钱',
      // 一季的投入, 买来用的 (卖饲料的 is a trade): 买饲料, 进化肥, for 饲料.
      String.raw`(?:买|进|购买|付|for\s*)(?:饲料|化肥|肥料|有机肥|农药|种子|种苗|农资)`,
      '饲料钱',
      '钱不够',
      '资金不够',
      '手头紧',
      '资金紧',
      '进货',
      '备货',
      // With a measure word between: 进点货, 备些货, 囤一批货.
      String.raw`(?:进|备|囤|压|拿)(?:点|些|一点|一些|一批|批)[^\s\d，。,.!?；;]{0,4}?货`,
      // Produce stocked: 进点花, 进一批水果.
      String.raw`(?:进|囤)(?:点|些|一点|一些|一批|批)?(?:${produce.join('|')}|花|菜)`,
      '囤货',
      '压货',
      '采购',
      String.raw`收购(?![量价])`,
      String.raw`(?:付|支付|结)给?[^，。,.!?；;]{0,6}供应商`,
      String.raw`供应商的?(?:货款|款)`,
      String.raw`收(?:茶|鲜叶|毛茶|咖啡豆|咖啡果|鲜花|菌子|货)`,
      '原材料',
      String.raw`(?:买|进|采购|备)(?:点|些|一批)?(?:材料|原料|辅料|包装)`,
      '原料',
      '发工资',
      '工资',
      '货款',
      '现金流',
      '资金紧张',
      '资金链',
      '房租',
    ],
  },
  {
    id: 'information',
    // Not asked on someone's behalf: 帮她问问, 替他了解一下.
    words: [
      String.raw`(?<!帮[^，。,.!?；;\s]{0,3}|替[^，。,.!?；;\s]{0,3})了解`,
      '只是看看',
      '随便看看',
      '看看而已',
      '随便问问',
      String.raw`(?<!帮[^，。,.!?；;\s]{0,3}|替[^，。,.!?；;\s]{0,3})问问`,
    ],
  },
];

export const borrowWish: Words = [
  String.raw`(?<![不没别])(?:想|要|需要|打算)(?:借|贷)`,
  '借点钱',
  // Yunnan 整点钱, 搞点钱 (get some money).
  String.raw`(?<![不没别])(?:整|搞|弄)(?:点|些)钱`,
];
