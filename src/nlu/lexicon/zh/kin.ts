// Chinese (Simplified, as normalize() leaves it; Yunnan words included): kin by their word, one list, read in scopes.ts
// (`relatives`: whose business it is) and questions.ts (who-may-apply: whose name a loan may be in). Not re-exported by index.ts
// (the English lexicon has no such list).

import type { Words } from '../types';

/** A daughter as owners say it (我家姑娘, 我们家丫头, 我姑娘): only after 我家 or 我, not a girl (小姑娘, 那个姑娘). */
const DAUGHTER_SAID = String.raw`(?<=我家|我们家|我)(?:姑娘|丫头)`;

/**
 * Kin by their Chinese word, a spouse or partner and a friend (姐姐, 老汉, 老公, 表哥, 朋友, 亲家): the people whose own business
 * `relatives` reads after them, and whose name or hand a loan may be in (KIN_OR_OTHER, questions.ts: who-may-apply). One list of
 * kin words; in `relatives`' order (姐姐 before 姐, 爸爸 before 爸).
 */
export const kin: Words = [
  // A brother as owners say it (我兄弟在公安局上班; round 45); not brothers counted (我们两兄弟开的: RELATIVE_BUSINESS's lookbehind).
  '兄弟(?!伙)',
  '姐姐',
  '姐',
  '哥哥',
  '哥',
  '弟弟',
  '弟',
  '妹妹',
  '妹',
  '爸爸',
  '爸',
  '老爸',
  // Yunnan words for father and mother: 老爹, 老汉 (my old man), 阿爸, 阿妈.
  '老爹',
  '爹',
  '老汉',
  '阿爸',
  '阿妈',
  // Not the owner herself, a mother at home (我是宝妈, 全职妈妈; round 36, fix36e, convention 262): no one else's firm.
  String.raw`(?<!全职)妈妈`,
  String.raw`(?<!宝|全职|全职妈)妈`,
  '老妈',
  '老母亲',
  '爷爷',
  '奶奶',
  '外公',
  '外婆',
  '父母',
  '爹妈',
  '爸妈',
  '老公',
  '老婆',
  '媳妇',
  '爱人',
  // Not whom a firm serves (服务对象主要是矿上).
  '(?<!服务)对象',
  // A spouse as owners call them (我家那口子, 老伴, 孩子他爸, 我男人, 婆娘, 屋头那位): the other half's trade is theirs.
  ...['那口子', '老伴', '丈夫', '妻子', '老头子', '老婆子', '婆娘', '男人', '女人'],
  // Yunnan 老倌 (我家老倌: the husband).
  '老倌',
  String.raw`(?:孩子|娃娃?|娃儿)(?:他|她)(?:爸|妈|爹)`,
  String.raw`(?<=家里?|屋头|屋里)那位`,
  // Their children: 我儿子开了个手机店; a daughter as Yunnan says it after 我家 or 我 (我家姑娘在文山开了个小卖部; round 30),
  // not a girl (小姑娘, 那个姑娘).
  ...['儿子', '女儿', '闺女'],
  DAUGHTER_SAID,
  // A partner not married (女朋友, 男朋友): before 朋友, so that 我跟男朋友开的 is run together.
  '[男女]朋友',
  String.raw`(?<![男女])朋友`,
  '亲戚',
  '表哥',
  '表姐',
  '表弟',
  '表妹',
  '堂哥',
  '堂姐',
  '堂弟',
  '堂妹',
  // Yunnan 老表 (a cousin), and in-laws: 姐夫, 小舅子.
  '老表',
  '表叔',
  '表舅',
  '姐夫',
  '妹夫',
  '嫂子',
  '弟媳',
  '小舅子',
  '大舅子',
  '舅子',
  '连襟',
  // Parents-in-law and the children's spouses (公公, 婆婆, 女婿, 儿媳), sisters- and brothers-in-law.
  ...['公公', '婆婆', '儿媳妇', '儿媳', '女婿', '姑爷', '亲家', '大姑子', '小姑子', '大姨子', '小姨子', '姨父', '姑父', '舅妈', '婶婶'],
  '岳父',
  '老丈人',
  '丈母娘',
  '侄子',
  '外甥',
  '舅舅',
  '叔叔',
  // Not one hired (请了三个阿姨, 雇了个阿姨): staff, whose work after her is the firm's (roles.ts).
  String.raw`(?<!(?:请|雇|招)了?\s*(?:\d+|[一二两三四五六七八九十几]+)?\s*[个名位]\s*)阿姨`,
  '姑姑',
  '姨妈',
  // Not 妈 alone: 姑妈 is an aunt.
  '姑妈',
  // Uncles and aunts by their order (我大舅在勐海收茶叶, 二叔, 小姨, 幺爹; round 58): not 大姑子, 小姨子 (in-laws, above), nor 大妈 (any older woman).
  String.raw`[大二三四小幺](?:舅|伯|叔|姨|姑|爹)(?![子娘])`,
  '伯伯',
];
