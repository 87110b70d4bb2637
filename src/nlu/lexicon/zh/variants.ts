// Chinese word lists. Typos and homophones owners type (拼音 input picks the wrong character)
// that normalize()'s generated table (homophones.ts: one same-pinyin slip of a key word) does not
// already read back: a slip of another sound, of two characters, or one that is a word elsewhere.
// Each key is the right word, its list the spellings read as it. compile() reads every spelling
// wherever a list's word holds the right one (not inside a guard (?!…), (?<!…)), so a variant is
// one line here, not a rule.

/** A hedge then a figure right after a slip only read before one (刘水 大概两百万). */
const BEFORE_FIGURE = String.raw`\s*(?:大概|大约|差不多|有个?|能有个?|也就|就|才)?\s*[\d一二两三四五六七八九十几百]`;

export const variants: Readonly<Record<string, readonly string[]>> = {
  周转: ['周传'],
  // 靠谱 typed 靠普 (the same sound; 格靠普哦), 骗子 as 骗纸 (the net's joke spelling: 是不是骗纸; round 51).
  靠谱: ['靠普'],
  骗子: ['骗纸'],
  // 余额宝 typed 余额保 (the same sound; round 51).
  余额宝: ['余额保'],
  // 零钱通 typed 零钱桶 (a tone slipped; round 54).
  零钱通: ['零钱桶'],
  // 收款码 typed 收款马 (the same sound; 收款马昨天突然给风控了; round 51).
  收款码: ['收款马'],
  // 账 written 帐 (the older form, still typed: 转帐截图, 帐上都莫得钱; round 49), not a tent (帐篷, 蚊帐).
  账: ['(?<!蚊)帐(?!篷|子)'],
  // 逾期 typed as 预期 (the same sound, a word elsewhere: an expectation) where the credit record or a debt is spoken of (征信上有两次预期,
  // 信用卡预期了; round 33); not an expected return (预期收益).
  逾期: [
    String.raw`(?<=(?:征信|信用|还款|贷款|网贷|花呗|借呗|信用卡|次|回)[^，。,.!?；;]{0,8})预期(?!收益|回报|年化|利润|目标|效果)`,
    // ...or after any loan, said as having happened (车贷预期了两个月, 房贷预期过一次; round 34).
    String.raw`(?<=(?:贷|借)[^，。,.!?；;]{0,4})预期(?=了|过|[一两二三四五六七八九十几\d]+(?:次|个月|天))`,
  ],
  // 年化 typed 年华 (the same sound, a word elsewhere: one's years) where a rate is spoken of (一般年华几个点, 年华18%, 年华多少; round 53).
  年化: [
    String.raw`年华(?=\s*(?:[\d一二两三四五六七八九十几]|到底|究竟|真正|实际|算下来|算起来|折合|多少|是多少|几|大概|才|只|有|利率|率|百分))`,
  ],
  // 验证码 typed 验正码 (a tone slipped; 叫我把收到的验正码报给他; round 58).
  验证码: ['验正码', '验症码'],
  流动资金: ['流动资机'],
  客栈: ['客站'],
  民宿: ['名宿'],
  批发: ['批法'],
  设备: ['设被', '社备'],
  // 货 and 贷 look alike on a small screen (进贷还差十万); not 进贷款 (促进贷款).
  // The purpose words as pinyin input offers them, where the slip is of another sound (装秀 for 装修).
  装修: ['装秀'],
  // 原工 (yuan, the same sound; round 34: 原工 十五个) but not 原工资, 原工艺, 原工厂, 原工地 (the former wage, craft, factory, site).
  员工: ['员功', '原工(?![资艺厂地作程位种])'],
  // 师傅 as 师父 (a master, the same sound): 四个师父.
  师傅: ['师父'],
  // 伙计 as 伙记 (the same sound, a word elsewhere: 记 is no slip the generated table reads): 伙记五个, 三个伙记.
  伙计: ['伙记'],
  // The Yunnan question particle 喃 for 呢 (那借呗喃, 咋个整喃, 要是借两年喃).
  呢: ['喃'],
  // Kitchen staff and apprentices by the homophones phones offer: 帮橱, 橱师, 学图.
  帮厨: ['帮橱'],
  厨师: ['橱师'],
  学徒: ['学图'],
  饭店: ['饭点'],
  // The domain's key words as pinyin input offers them: 烘陪/烘培 (roasting, baking), 租凭 (leasing).
  烘焙: ['烘陪', '烘培'],
  租赁: ['租凭'],
  // Words of commands and questions the generated table has no key for: 人攻 (转人工; not 敌人攻击), 补帖 (补贴).
  人工: ['人攻(?!击)'],
  补贴: ['补帖'],
  // The money words as pinyin input offers them where the slip is a word elsewhere, so normalize()'s table leaves it:
  // 留水 (流水), 利系 (利息), 但保 (担保: 但|保证 elsewhere), 低压 (抵押: low voltage, as a trade's goods, is no pledge).
  // Round 35 (fix35c): 刘水, 溜水 (the same sound or tone slipped; 刘 a surname, so only before a figure: 去年刘水两百万, not 刘水生),
  // 营越额 (营业额, the tone slipped).
  流水: ['留水', `(?:刘|溜)水(?=${BEFORE_FIGURE})`],
  营业额: ['营业颚', '营越额'],
  利息: ['利系'],
  担保: ['但保'],
  抵押: ['低压(?![电线柜器])', '底压(?![力强])'],
  // Round 34: slips of other key words phones offer where the generated table has none: 公人 (工人; not 老公人在外地, 办公人员,
  // 主人公人), 进或 (进货; not 促进或, 先进或), 收如 (收入; not 收如下), 利闰 (利润).
  工人: ['(?<![办老主])公人(?!民)'],
  进货: ['进获', '进贷(?!款)', '(?<![促推增改先引精])进或(?!者|许)'],
  收入: ['收如(?![下此果同])'],
  利润: ['利闰'],
  // Yunnan 阿孃 (normalized 阿娘): an older woman, as 阿姨 (请了十来个阿孃 are staff).
  阿姨: ['阿娘'],
  // Yunnan 头 for 里 after a place (家头三个人, 店头两个小妹): 家里, 店里, 厂里.
  家里: ['家头'],
  店里: ['店头'],
  厂里: ['厂头'],
};
