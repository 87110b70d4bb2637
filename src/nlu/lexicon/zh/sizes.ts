// Chinese (Simplified, as normalize() leaves it; Yunnan words included) word lists. Declared size classes, in order; sizeIgnore: words that name no class (中小企业) or deny one.

import type { SizeWords, Words } from '../types';

const CLASS = String.raw`(?:小微企业|小微|微型企业|微型|小型企业|小型|中型企业|中型|大型企业|大型|个体工商户|个体户|个体|小企业|小公司|大企业|大公司)`;

export const sizeIgnore: Words = [
  String.raw`中小微?企业`,
  '中小微',
  String.raw`(?:不是|并非|不算|不属于)(?:一家|一个)?${CLASS}`,
  // A class asked about is none declared: 是中型企业吗, 算不算小微, 格是小型企业, 属于哪样.
  String.raw`(?:是|算|属于)(?:一家|一个)?${CLASS}(?:吗|么|嘛|不|没|呢|还是)`,
  String.raw`(?:是不是|算不算|属不属于|属于不属于|格是|格算|格属于)(?:一家|一个)?${CLASS}`,
  // ...a class asked whether it counts as another (个体户算微型企业吗, 个体户格算小微; round 41): the one asked of is no class
  // declared either.
  String.raw`${CLASS}\s*(?:也|就)?(?:算|是|属于)(?:一家|一个)?${CLASS}(?:企业)?(?:吗|么|嘛|不|没|呢|还是)`,
  String.raw`${CLASS}\s*(?:是不是|算不算|属不属于|格是|格算|格属于)(?:一家|一个)?${CLASS}`,
  // Asked earlier in the clause: 我们是不是20个人就算小型企业, 格是10个人以下才算微型.
  String.raw`(?:是不是|算不算|格是|格算|是否)[^，。,.!?；;]{0,12}?${CLASS}`,
  // A class in the name of a loan or a policy (小微企业贷款利息, 个体户贷款, 小微企业补贴) is what is asked about.
  String.raw`${CLASS}(?:的)?(?:贷款?|信贷|金融|政策|补贴|扶持|贴息|担保|专项)`,
  // A size word describing the premises or the plant (小型的养猪场, 小型砖厂, 一个大型的农场, 微型超市) says how big
  // it looks, not a class of the standard (小型企业 is one). 个体户 is a legal form, never a look (我们是个体户 开 五金店 的: micro;
  // round 31, fix31c).
  String.raw`(?!个体(?:工商)?户)${CLASS}(?:的)?(?:(?!企业|公司)[\u4e00-\u9fff]){0,4}?(?:场|厂|店|铺|园|基地|作坊|坊|馆|车间|超市|餐厅|饭店|客栈|酒店|仓库|工作室|诊所|门面|档口|摊)`,
  // 小公司, 小企业, 大公司 say how the owner sees the firm, not a class of the standard (小型, 微型).
  String.raw`(?:小|大)(?:公司|企业)`,
];

export const sizeRules: readonly SizeWords[] = [
  { id: 'small', words: ['小微', '小型和微型'] },
  { id: 'micro', words: ['微型', '微小企业', '个体户', '个体工商户', '个体经营', '个体'] },
  { id: 'medium', words: ['中型', '中等规模'] },
  { id: 'small', words: ['小型'] },
  { id: 'large', words: ['大型'] },
];
