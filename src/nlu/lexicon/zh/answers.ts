// Chinese (Simplified, as normalize() leaves it; Yunnan words included) word lists. Yes and no, only when the message is essentially that.

import type { Words } from '../types';

/** The family or friends who may lend the owner money, in a no's reason (亲戚, 我哥, 舅舅). */
const LENDING_KIN = String.raw`亲戚朋友|亲朋好友|亲戚|朋友|家里人?|兄弟姊妹|[哥姐弟妹爸妈]|哥哥|姐姐|舅舅|叔叔|老表|表[哥姐弟妹]|岳父|丈人|老丈人|爸妈|父母`;

export const yes: Words = [
  '要得',
  '要得嘛',
  // Yunnan: 得呢, 好呢 (fine, yes).
  '得呢',
  // Yunnan 得 (it will do), the answer to 得不得.
  '得',
  '好呢',
  '是呢',
  '对呢',
  '嗯呢',
  '好嘞',
  '确认删除',
  '确认',
  '是',
  '是的',
  '是啊',
  '是呀',
  '对',
  '对的',
  '对啊',
  '对呀',
  '对头',
  '好',
  '好的',
  '好啊',
  '好吧',
  '好滴',
  '可以',
  '可以的',
  '行',
  '行的',
  '行啊',
  '嗯',
  '嗯嗯',
  '恩',
  '恩恩',
  '没错',
  // Confirmed as said: 就是这样, 是这样的.
  String.raw`(?:就)?是这样(?:的|子)?`,
  // The one meant (Yunnan 嘞个, 那个 for 这个): 就是嘞个, 就是这个.
  // ...the figure just said, confirmed (就是这个数, 就是那个价).
  String.raw`就是(?:嘞个|这个|那个|它)(?:数|数字|价|价钱|价格|金额)?`,
  // ...with no 是 (就这个数, 就那个价), the figure named.
  String.raw`就(?:嘞个|这个|那个)(?:数|数字|价|价钱|价格|金额)`,
  // Agreed to go ahead as proposed: 就这样整, 就这么办, 就按你说的来 (就这样 alone is a goodbye).
  // ...or settled so (就这么定了, 那就这样定下来).
  String.raw`(?:那)?就(?:这样|这么|照(?:这样|这个)|按(?:这个|这样|你说的))(?:子)?(?:整|办|弄|搞|来|定(?:了|下来)?)`,
  '没问题',
  // The thing proposed asked to be sent, with no yes word before it (发过来我瞧下, 你发过来嘛, 发来看看: round 28): the yes,
  // read by its closing (yesClosing) after this empty opening.
  String.raw`(?=(?:你|您)?(?:(?:发|传)(?:过来|来|给我)|\bsend\b\s?(?:过来|来|给我)))`,
  // 那就 opening the thing proposed asked for (那就 show 吧, 那就发过来看看): the yes, its closing after it (yesClosing).
  String.raw`(?:那就|那)(?=\s?(?:\bshow\b|\bsend\b|发|传|拿))`,
  // Yunnan 整 (do it, go on), the answer to a proposal: 整嘛, 那就整.
  String.raw`(?:那就|就)?整(?:起|起来)?`,
  '当然',
  '当然了',
  '确定',
  '确认',
  '同意',
  '有',
  '有的',
  '要',
  '需要',
];

/**
 * What closes a yes, never a yes alone: 就这样 after 没问题 (ok ok 没问题 就这样) agrees to what was proposed; said
 * alone it ends the talk (a goodbye).
 */
export const yesClosing: Words = [
  String.raw`就(?:这样|这么着)(?:子)?(?:吧|嘛|哈)?`,
  // ...or the thing proposed asked for (整嘛 你发过来看看, 好的 拿来我瞧瞧): the yes taken up.
  // ...the look with 我 between (发过来我瞧下, 发过来 我 看一下: round 28).
  String.raw`(?:你|您)?(?:发|拿|给)(?:过来|来|出来)?(?:给?我|我们)?\s?(?:我\s?)?(?:看看|瞧瞧|瞅瞅|看一下|看下|瞧一下|瞧下|瞅一下|瞅下)`,
  // ...sent with no look said (你发过来嘛, 发来吧, 传给我), or told to send (好 你发, 你发嘛: round 26).
  String.raw`(?:你|您)?(?:发|传)(?:过来|来|给我们?)(?:嘛|吧|哈|嘞|咯)?|(?:你|您)(?:发|传)(?:嘛|吧|哈|嘞|咯)?`,
  // ...a look asked with no sending said (可以 瞧一下, 好嘛 看看, 要得 瞅瞅: round 26).
  String.raw`(?:我)?(?:瞧|看|瞅)(?:一下|下|一哈|哈|瞧|看|瞅)(?:嘛|吧|哈|嘞|咯)?`,
  // ...the thing proposed made or listed first, then the look (你整出来我瞧瞧, 列出来看看, 弄出来给我看下: round 27).
  String.raw`(?:你|您)?(?:整|弄|做|列|搞|拿)(?:出来|好)(?:给?我们?)?\s?(?:我)?(?:看看|瞧瞧|瞅瞅|看一下|看下|瞧一下|瞧下)(?:嘛|吧|哈|嘞|咯)?`,
  // ...the look said in English among the Chinese (发过来 check 一下, 发给我 look 下).
  String.raw`(?:(?:你|您)?(?:发|传)(?:过来|来|给我们?)\s?)?(?:我\s?)?\b(?:check|look|see)\b\s?(?:一下|下|一哈)(?:嘛|吧|哈|嘞|咯)?`,
  // ...sent, said in English among the Chinese (那就 send 过来 看看, send 给我看下).
  String.raw`(?:你|您)?\bsend\b\s?(?:过来|来|给我们?|给?我们?)\s?(?:我\s?)?(?:看看?|瞧瞧|看一下|看下|\b(?:check|look)\b\s?(?:一下|下|一哈))?\s?(?:吧|嘛|哈)?`,
  // ...the showing said in English among the Chinese (可以 show 给我看, show 我看看).
  String.raw`(?:你|您)?\bshow\b\s?(?:me\s?)?(?:给?我们?|一下)?\s?(?:看看?|瞧瞧|看一下|看下)?\s?(?:吧|嘛|哈)?`,
  // ...praise for what was proposed, in Yunnan words (要得嘛 板扎, 好 巴适得很, 可以 太安逸了): the yes kept.
  String.raw`(?:真的?|太|好|硬是|很)?(?:板扎|巴适|安逸|给力)(?:得很|的很)?(?:了|啦|哦)?`,
];

/**
 * An acknowledgement that, with thanks after it and nothing else (好的谢谢, 好嘛 谢谢你, ok 谢谢), closes the talk: thanks, not a
 * yes (round 20, trial19: 好的谢谢 after an answer was read as agreeing to a question). A yes said as such (是的 谢谢) stays yes.
 */
export const acknowledgements: Words = ['好的?', '好嘛', '好吧', '好嘞', '好滴', '行', '嗯+', '恩+', '要得', 'ok', 'okay', 'okk?'];

/**
 * The question given up before a closing, with thanks or a goodbye after it (算了 那我去信用社问问 谢谢了哈, 那就这样 拜拜): still the
 * closing (round 60, found talking). Said alone, 算了 declines (a no), never a closing.
 */
// ...or not making sense of it (整不明白, 搞不懂; round 61).
export const closingLeads: Words = [
  String.raw`(?:那)?算了|算啦|那就|那么|那|(?:整|搞|弄)不(?:明白|懂|清楚)|看不懂`,
  // Off to other work, or to talk it over at home, beside the goodbye or the thanks (我先克店里忙了 改天再聊 拜拜, thx 讲得很清楚 我克跟我老婆商量下; round 63).
  // ...the errand named (我克收花了, 我克海关那边了, 我克打包发货了, 我先克开门了; round 63, a tester's second run), or a look to take
  // there (我克地里看看; round 64, found talking).
  String.raw`(?:(?:我|我们)(?:先|得|要|这就|马上|现在)?|(?:先|得|要))(?:克|去|回)[\u4e00-\u9fff]{0,8}?(?:(?:忙|干活|看看)?(?:了|啦|咯)|看看|看一?下|瞧瞧)`,
  String.raw`(?:我|我们)?(?:先|再)?(?:克|去|回去)?(?:跟|和|同)[\u4e00-\u9fff]{1,5}?商量(?:一?下|商量)?|(?:我|我们)(?:先|再)?(?:克|去|回去)`,
];

/** Thanks closing a short reply (see acknowledgements). */
export const thanksClosing: Words = [String.raw`(?:谢谢|感谢)(?:你们|你|您|老板|老师|啦|了|哈)?|多谢|谢了|谢啦`];

/** A particle closing a short reply that changes nothing: 好的啦, 没有咯, 对头嘛. */
export const answerParticles: Words = ['啦', '咯', '嘛', '哦', '噢', '哈', '嘞', '呗', '喽'];

/** An interjection opening a short reply, repeated or not: 哦哦 好嘛好嘛, 噢 不用了. */
export const replyOpenings: Words = [String.raw`(?:哦|噢|喔|哎|诶|欸)+`];

export const no: Words = [
  '不是',
  '不是的',
  '不对',
  '不',
  '否',
  '不要',
  '不要了',
  '不用',
  '不用了',
  '不需要',
  // None of the listed things taken, said to a choice (都不要, 一个都不要, 哪个都不用, 几种都不考虑; round 33, corpus convention 168).
  // ...in Yunnan words, none of them doing (几样都不得行, 这几个都不中; round 61).
  String.raw`(?:一个|一种|一样|哪个|哪种|哪样|几个|几种|几样|这些|这几个|这几种|这几样|两个|三个)?都不(?:要|用|需要|考虑|合适|想要|得行|行|中)(?:了)?`,
  // ...put off for now (先不用了, 暂时不需要, 目前还不要): still the no.
  // ...the look proposed put off, or 不了 alone (先不看了, 暂时不瞧了, 先不了嘛: round 27).
  String.raw`(?:先|暂时|目前|现在|还)+(?:不用|不需要|不要|用不着|不必|不(?:看|瞧|瞅)|不(?=了))(?:了)?`,
  '不行',
  '不可以',
  '没有',
  '没',
  '没有的',
  '没呢',
  // Not yet (还没呢, 还没有; round 51); the money not sent (还没转呢) is a fact of its own (commands.ts, notSentYet; round 52).
  String.raw`还没(?:有)?(?:呢|哦|嘛|啊)?`,
  // ...said twice (算了算了), or the mind changed with 还是 or 就, the loan named before (还是算了, 贷款的事就算了吧; round 28, fix28c).
  String.raw`(?:(?:贷款|借钱|借款|融资|这笔钱|这个钱)(?:的事情?|这事|这个事情?)?\s?)?(?:还是|那就|就|那)?\s?算了(?:\s?算了)*(?:吧)?`,
  // Yunnan 没得 (none, no), often written 么得 or 莫得; 不消 (no need).
  '没得',
  '么得',
  '莫得',
  String.raw`不消(?:了|得)?`,
  // No need to go to the trouble (不麻烦了, 不消麻烦了, 不用麻烦你们了).
  // ...in Yunnan 莫 (don't) too (不消了 莫麻烦; round 41).
  String.raw`(?:不(?:消|用|必)?|莫|别)麻烦(?:你们?|您)?(?:了|啦)?`,
  // Yunnan 不得 (it won't do, no), the answer to 得不得.
  '不得',
  // No money needed at all, said whole: 不需要借钱, 不用贷款, 我们不借钱.
  String.raw`(?:我|我们)?(?:暂时|目前|现在)?不(?:需要|用|想|打算|要)?(?:借钱|贷款|借款|融资)(?:了)?`,
  // Don't do it, the doing denied (Yunnan 莫整了, 不搞了, 别弄了, 算了 先不整).
  // ...for now or this year (今年先不整, 这次就不搞了; round 41).
  String.raw`(?:那|就|那就)?(?:今年|今天|这次|这回|眼下|最近)?(?:先|暂时|就)?(?:莫|不|别|不要)(?:整|弄|搞|办)(?:了)?`,
  // ...or the verb alone after the no (不消了 我们暂时不借, 算了 先不贷了), the money named before it or the mind changed with
  // 还是 or 就 (这笔钱我们不借了, 还是不贷了, 现在不想借了, loan 就不借了: round 27, convention 32).
  // ...a while named (这阵子先不借, 今年先不贷; round 41).
  String.raw`(?:(?:这笔|这个|那笔|那个)?\s?(?:钱|款|贷款|借款|loan)\s?)?(?:我|我们)?(?:还是|就)?(?:暂时|目前|现在|这阵子?|这段时间|最近|今年)?(?:先|就)?不(?:想|打算|要)?(?:借|贷)(?:了)?`,
  // The offer put off to another day (改天再说, 下次再讲, 以后再看吧): a no for now (再聊, 再问, 再来 are a goodbye).
  String.raw`(?:那)?(?:改天|下次|下回|以后|回头|过段时间|过两天|有空)(?:再|的时候再)(?:说|讲|看|整|弄)(?:吧|嘛|了)?`,
  // ...with no verb, another time alone (下次吧, 改天嘛, 下回吧).
  String.raw`(?:那)?(?:改天|下次|下回)(?:吧|嘛|哈)`,
];

/**
 * The reason a no gives after it, the owner managing without the proposal (不用了 我们自己想办法, 不消了 我们自己凑一凑,
 * 不要了 再想想别的办法): still the no.
 */
/**
 * A change of mind said before a no (round 27, convention 32): thought over (想了一下, 想了想, 考虑了一下), talked over with
 * someone (跟家里商量过了, 和老婆商量了), the mind changed (改主意了), a wish of before (前阵子想借, 本来想贷): the no unchanged.
 */
// ...a time or going home before (这两天想了想, 回去跟老婆商量了下), afterwards (后来想想), and a wish of before with its sum
// unsaid (原来打算借点; round 28, fix28c).
export const noLeads: Words = [
  String.raw`(?:我们?)?(?:这两天|这几天|昨天|昨晚|回去|回家|后来)?(?:又)?(?:想了一?下|想了想|考虑了一?下|考虑过了|想过了|改主意了|商量了一?下|商量过了)`,
  String.raw`(?:我们?)?(?:回去|回家)?(?:跟|和|同)\S{1,4}?(?:商量|讨论|说)(?:过|了)+(?:一?下)?`,
  String.raw`(?:之前|以前|前阵子|前段时间|前几天|本来|原来|原本)(?:是)?(?:想|打算)(?:借|贷)(?:钱|款|点|些|一点|一些)?(?:的)?`,
  String.raw`(?:后来|回去|回来)(?:又)?(?:想想|一想|想一想|觉得)`,
];

export const noReasons: Words = [
  // ...busy now (今天忙得很, 这两天没空, 最近太忙了).
  String.raw`(?:我|我们)?(?:今天|现在|这两天|这几天|最近|这段时间)?(?:太|有点|很|比较|实在)?(?:忙|没空|没时间)(?:得很|的很|了|啊|哦)?`,
  // ...to think it over first (我再想想, 再考虑一下, 考虑考虑; Yunnan 想下, 想一哈): the no, its reason.
  String.raw`(?:我们|我)?(?:先|再|还要|还得|要)*(?:想想|想一想|想一下|想下|想一哈|想哈|考虑一下|考虑考虑|考虑下|考虑一哈|考虑哈|斟酌一下)(?:再说)?`,
  String.raw`(?:我们|我)?(?:自己)?(?:再|先)?(?:想想?|找找?)(?:别的|其他|其它|另外的)?(?:办法|路子)`,
  String.raw`(?:我们|我)?(?:自己)(?:再|先)?(?:凑一?凑|凑凑|凑|搞定|搞得定|弄得定|整得定|解决|周转得过来|扛得住|想办法|来)`,
  // ...in English words between (我们自己 manage 得过来, 自己 handle 得了; round 41).
  String.raw`(?:我们|我)?\s?自己\s?(?:manage|handle|cope)\s?(?:得(?:过来|了|来))?`,
  // ...with the family's or friends' money (我们自己去借亲戚的, 找亲戚凑一凑, 跟朋友借点).
  String.raw`(?:我们|我)?(?:自己)?(?:再|先)?(?:去)?(?:找|跟|向|问)?(?:亲戚朋友|亲朋好友|亲戚|朋友|家里人?|兄弟姊妹)(?:那里|那边)?(?:借|凑|拿|想办法|周转)(?:一?下|点|些|一点|一凑|凑)?(?:钱)?(?:的)?`,
  String.raw`(?:我们|我)?(?:自己)?(?:再|先)?(?:去)?借(?:点|些)?(?:亲戚朋友|亲朋好友|亲戚|朋友|家里人?)的(?:钱)?`,
  // ...a relative or a friend said to lend it (亲戚会借我们一点, 我哥会借点给我们, 朋友说可以借给我们).
  String.raw`(?:我的?|我们的?)?(?:${LENDING_KIN})(?:会|能|可以|说可以|答应)?(?:借|借给)(?:我们|我)?(?:点|些|一点|一些)?(?:钱)?(?:给我们|给我)?`,
  // ...the family's money said enough, gathered from them (亲戚那点凑得到, 家里那边凑得齐, 朋友那里借得到): the no, its reason.
  String.raw`(?:我们|我)?(?:${LENDING_KIN})(?:那点|那些|那里|那边|那儿)?(?:钱)?(?:凑|借|拿|找)(?:得到|得着|得齐|得够|得出来)(?:的)?`,
];

/**
 * What may stand around a bare count given as a reply ("大概十几个吧", "估计三十个上下", "刚才说错了
 * 是十八个", "我们有二十来个"): hedges, "not sure", a correction's words, particles. With only these
 * in its phrase, the count is the `number` the bot asked for (pipeline/figures.ts).
 */
export const replyFillers: Words = [
  '大概',
  '大约',
  '约',
  '差不多',
  '估计',
  '估摸着?',
  '可能',
  '应该',
  '怕是',
  '怕有',
  '左右',
  '上下',
  '出头',
  '将近',
  '接近',
  '快',
  '多',
  '来',
  '的样子',
  '样子',
  '那样',
  '最多',
  '顶多',
  '至少',
  '起码',
  '有',
  '是',
  '就',
  // Enough said after the count (三十个左右就够了, 五十个就可以了, 四十个上下就行了, 八十个左右就够用了): the count still stands alone.
  '够用',
  '够',
  '行',
  '可以',
  '只有',
  '才',
  '也就',
  '一共',
  '总共',
  '共',
  '我们',
  '我',
  '现在',
  '目前',
  '其实',
  '刚才',
  '说错了',
  '打错了',
  '错了',
  '不对',
  '应该是',
  String.raw`(?:不太|不是很|不大)?清楚`,
  '不清楚',
  '不确定',
  '说不准',
  '不好说',
  '不晓得',
  '晓不得',
  '记不清',
  '吧',
  '啊',
  '呀',
  '嘛',
  '哦',
  '呢',
  '哈',
  '啦',
  '了',
  '嗯',
  '额',
  '呃',
  '噶',
  '咯',
  '喽',
  '的',
];
