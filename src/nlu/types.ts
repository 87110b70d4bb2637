// What the NLU understood from one message: every slot it found, plus commands and choices.
// Pure data; the dialog machine decides what it means in the conversation's current state.

import type { OfferTerms } from '../knowledge/cost';
import type { IndustryId, PurposeId, QuestionId, ServiceId, SizeClass } from '../knowledge/ids';
import type { Money } from '../knowledge/profile';
import type { TermId } from '../knowledge/terms';
import type { Locale } from '../locale';

export const COMMANDS = [
  'restart', // 重新开始, start over
  'decline', // 融资租赁不要, no leasing please: leave the service named out of the advice; see `Understanding.service`
  'help', // 帮助, help, 怎么用
  'language', // switch language; see `Understanding.targetLocale`
  'human', // 转人工, talk to a person
  'resume', // back to the bot after a hand-off: 返回机器人, back to the bot
  'summary', // 总结, summary
  'risks', // 风险, all risks
  'platform-check', // 怎么判断平台是否合规, how to check a platform
  'regulation', // 监管, 政策, regulation
  'cost', // 利息多少, 手续费, what does it cost
  'advice', // 推荐, 建议, show the recommendations again
  'details', // 详情, tell me more (about a service or a numbered item)
  'delete-data', // 删除我的数据, delete my data
  'more', // 更多, next page (channels that paginate)
  'later', // 我在忙 等下回你, 来客人了, 稍等, brb, driving rn: away or busy now, the answer later (the question kept)
  'skip', // 跳过, 不清楚, skip, not sure: leave the question unanswered
  'greeting', // 你好, hello (the whole message)
  'thanks', // 谢谢, thank you (the whole message)
  'goodbye', // 再见, bye, 谢谢再见 (the whole message): a goodbye, answered with one
] as const;
export type Command = (typeof COMMANDS)[number];

/**
 * The facts of the firm itself a message may state (its trade, size and need), the `Understanding` keys
 * that several readers check for: "does this message say anything of the firm?".
 */
export const FIRM_FACT_KEYS = ['industry', 'employees', 'annualRevenueCny', 'totalAssetsCny', 'declaredSize', 'purpose'] as const;
/** The loan's own figures a message may state. */
export const LOAN_FIGURE_KEYS = ['amount', 'money', 'termMonths'] as const;
/** Everything a message may state of a firm and its need: the facts, the loan's figures and the firm's situation. */
export const SITUATION_KEYS = [...FIRM_FACT_KEYS, ...LOAN_FIGURE_KEYS, 'crossBorder', 'onlineSales', 'buyerOwes'] as const;

/**
 * Whom the user speaks for when the facts are of another person's firm ("我老爹开了个五金店", "my wife runs a
 * clothing shop", "他要借五万进货"): a parent, a spouse, one of the family, a friend, or someone spoken of (他, she).
 */
export const SPOKEN_FOR = ['father', 'mother', 'parents', 'husband', 'wife', 'spouse', 'family', 'friend', 'someone'] as const;
export type SpokenFor = (typeof SPOKEN_FOR)[number];

export interface Understanding {
  /** The message's language from its script: Han characters -> zh-CN, Latin words -> en. */
  language: Locale | null;
  industry?: IndustryId;
  /**
   * The industry was read only from a product or a word many trades use ("raw tea", "物流"):
   * enough to fill an empty industry, not to overturn one given before in passing.
   */
  industryWeak?: true;
  /** The industry is named as a side line ("we also export to Vietnam"): it does not replace one given. */
  industryAlso?: true;
  /**
   * The message says it corrects what was said ("其实", "说错了", "actually", "sorry"): a trade it
   * names replaces the one given, even a weak or side-line one.
   */
  correcting?: true;
  /** A bare word that is a trade or a purpose ("装修"): the dialog takes the one it asked for. */
  tradeOrPurpose?: true;
  /** The message replaces a figure ("改成60万", "make it 2 million"): an unlabelled sum is the amount. */
  replacing?: true;
  /**
   * The loan's sum or term is asked about as what might be ("如果借三年呢", "what if we borrow 300k
   * instead?"): the dialog answers it and keeps the owner's figures (no fact of the firm is read at all).
   */
  hypothetical?: true;
  /**
   * The facts read are of the firm of the person named (`pipeline/run.ts`, `speakingFor`): the message names
   * no firm of the user's own, only that person's. The dialog takes them when the conversation has no firm
   * of the user's own (or already advises that firm), and leaves them out otherwise.
   */
  about?: SpokenFor;
  employees?: number;
  annualRevenueCny?: number;
  totalAssetsCny?: number;
  /** A size class the user declared ("我们是微型企业", "we are a small business"). */
  declaredSize?: SizeClass;
  purpose?: PurposeId;
  /** Money the message says is needed or to be placed ("借50万", "need 500k", "闲置200万"). */
  amount?: Money;
  /**
   * Money the message gives without saying what it is ("50万" alone): the dialog attributes it to
   * the slot it asked for (revenue when asking about size, the amount when asking for an amount).
   */
  money?: Money;
  /**
   * A sum the message says is wrong ("不是30万，是50万"): the dialog gives the other sum to the
   * figure that held this one.
   */
  deniedMoney?: Money;
  termMonths?: number;
  crossBorder?: boolean;
  onlineSales?: boolean;
  /**
   * A buyer owes the firm money (有个大客户欠我们200万货款, 工程款还没结, "buyers pay us after 90 days"):
   * the need comes from a receivable. Never the firm's own debt (我们欠供应商); beside a question about
   * receivables (`question: 'receivables'`) only when money is already owed, not for credit terms asked for or
   * weighed nor receivables only named (round 24, corpus convention 14).
   */
  buyerOwes?: true;
  /** A number standing for itself or picking a numbered item ("2", "第二个", "option 2"). */
  number?: number;
  yesNo?: 'yes' | 'no';
  command?: Command;
  /** With command `language`: the language asked for. */
  targetLocale?: Locale;
  /** A service the message names ("众筹", "crowdfunding", "P2P"). */
  service?: ServiceId;
  /** A direct question (questions.ts): the message then sets no profile field. */
  question?: QuestionId;
  /**
   * With `which-is-best`: the services the question weighs against each other, as named, when it
   * names two or more ("网商银行和融资租赁哪个好", "leasing or crowdfunding, which is better").
   */
  compared?: ServiceId[];
  /**
   * With `which-is-best`: the items of the advice the question weighs against each other, by their places ("第二个好还是第三个好",
   * "which is better, the first or the second"); the dialog weighs the services listed there.
   */
  items?: number[];
  /** A word the message asks the meaning of ("租赁是哪样意思"): explained, setting nothing by itself. */
  term?: TermId;
  /** With command `cost`: the monthly repayment is what is asked (一个月还多少, "how much a month?"). */
  monthlyAsked?: true;
  /**
   * Getting money back asked with nothing said of what money or how it went (还追得回来不, 能要回来吗, "can i get it back", "any chance
   * of getting it back"): read alone it is no question; the dialog answers it as money lost when a fraud was the last thing answered.
   */
  moneyBackAsked?: true;
  /**
   * Money not (yet) sent said alone (还没转 我心里慌得很, 没给他打钱, "no i havent paid them anything"): the dialog answers it after a
   * fraud's answer (send nothing, stop answering them) and otherwise takes it as the no.
   */
  notSentYet?: true;
  /**
   * The money's term said by a date (借到明年三月, 用到年底, "pay it back by april", "wont need it till march"): the month it ends (1-12;
   * the year's end is 12), next year's when said so. The dialog turns it into `termMonths` from the day of the message; the NLU,
   * which knows no date, sets no term itself.
   */
  termUntil?: { month: number; nextYear?: true };
  /** Whom to call asked alone (那我打哪个电话问, "who do i call first"): the dialog answers it after a fraud's answer with the numbers. */
  whoToCallAsked?: true;
  /** A loan offer's terms as stated (offer.ts): the message then sets no profile field. */
  offer?: OfferTerms;
  /**
   * Only with `understand(text, { explain: true })`: for each field set, the rule that produced
   * it ("industry:accommodation@25 \"客栈\"", "figure:amount \"30万\" by cue:amount \"借\"").
   */
  rules?: Partial<Record<Exclude<keyof Understanding, 'language' | 'rules'>, string>>;
}
