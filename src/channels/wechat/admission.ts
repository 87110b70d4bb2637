// What the route asks the store before the work on a message, in one store step (store.ts,
// `Admissions`; one transaction on SQLite, where it replaced three calls and a commit): the
// channel's stored answer to the message (a try of a message already answered), the replay
// guard's claim on its signed query, the pages kept for 更多 / MORE and, for a message the user
// sent that is none of those, a hit on the user's rate limit. A query seen before is a replay
// unless the engine remembers the message (a try it has answered), asked only then.

import type { Admissions, KeyValueCache, ProcessedMessages } from '../../conversation/store';
import { PAGES_ID, pagesOf } from './pages';
import type { ReplayGuard } from './replay-guard';
import { RATE_WINDOW_MS, conversationOf, counted, engineMessageId, rateLimitKey, type Known } from './respond';
import type { WechatInbound } from './xml';

/** The names of the remembered answers read: the channel's, the pages. */
type Read = 'answer' | 'pages';

export type Admitted =
  /** The channel's stored answer (JSON), for a try of a message already answered. */
  | { cached: string }
  /** The signed query was used before, and not by a try of a message the engine has answered. */
  | { replayed: true }
  /** A message to work on, with what the responder needs to know. */
  | { known: Known };

/** The store calls the admission makes: the step, and on the rare paths a read or a hit of its own. */
export type AdmissionStore = Admissions & Pick<ProcessedMessages, 'getProcessed'> & Pick<KeyValueCache, 'hit'>;

export class WechatAdmission {
  constructor(
    private readonly store: AdmissionStore,
    private readonly guard: ReplayGuard,
    private readonly messagesPerMinute: number,
  ) {}

  async admit(inbound: WechatInbound, replayKey: string, answerId: string): Promise<Admitted> {
    const openid = inbound.fromUserName;
    const conversationId = conversationOf(openid);
    const words = inbound.msgType === 'text' || inbound.msgType === 'voice';
    const countable = counted(inbound);
    const read = await this.store.admit<Read>({
      conversationId,
      answers: (words ? { answer: answerId, pages: PAGES_ID } : { answer: answerId }) as Record<Read, string>,
      claim: this.guard.claim(replayKey),
      // A query seen before is counted below, once it is known to be no replay (rare).
      hit: {
        key: rateLimitKey(openid),
        windowMs: RATE_WINDOW_MS,
        when: (found, claimed) => countable && found.answer === undefined && claimed,
      },
    });
    if (read.answers.answer !== undefined) return { cached: read.answers.answer };
    // Whether the engine remembers the message: asked only when it matters (a query seen before,
    // a user over the limit), as it is the engine's own first read of every turn anyway.
    const engineId = engineMessageId(inbound);
    const remembers = async () => engineId !== undefined && (await this.store.getProcessed(conversationId, engineId)) !== undefined;
    let hits = read.hits;
    let answered = false;
    if (!read.claimed) {
      if (!(await remembers())) return { replayed: true };
      answered = true;
      if (countable) hits = await this.store.hit(rateLimitKey(openid), RATE_WINDOW_MS);
    }
    const overLimit = (hits?.count ?? 0) > this.messagesPerMinute;
    if (overLimit && !answered) answered = await remembers();
    return { known: { overLimit, answered, pages: pagesOf(read.answers.pages) } };
  }
}
