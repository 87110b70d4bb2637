// What the route asks the store before the work on a message, in one store step (store.ts,
// `Admissions`; one transaction on SQLite, where it replaced three calls and a commit): the
// channel's stored answer to the message (a try of a message already answered), the replay
// guard's claim on its signed query, the engine's remembered answer (a try the engine has
// answered is no replay, nor a new message for the rate limit), the pages kept for 更多 / MORE
// and, for a message the user sent that is none of those, a hit on the user's rate limit.

import type { Admissions } from '../../conversation/store';
import { PAGES_ID, pagesOf } from './pages';
import type { ReplayGuard } from './replay-guard';
import { RATE_WINDOW_MS, conversationOf, counted, engineMessageId, rateLimitKey, type Known } from './respond';
import type { WechatInbound } from './xml';

/** The names of the remembered answers read: the channel's, the pages, the engine's. */
type Read = 'answer' | 'pages' | 'engine';

export type Admitted =
  /** The channel's stored answer (JSON), for a try of a message already answered. */
  | { cached: string }
  /** The signed query was used before, and not by a try of a message the engine has answered. */
  | { replayed: true }
  /** A message to work on, with what the responder needs to know. */
  | { known: Known };

export class WechatAdmission {
  constructor(
    private readonly store: Admissions,
    private readonly guard: ReplayGuard,
    private readonly messagesPerMinute: number,
  ) {}

  async admit(inbound: WechatInbound, replayKey: string, answerId: string): Promise<Admitted> {
    const openid = inbound.fromUserName;
    const engineId = engineMessageId(inbound);
    const words = inbound.msgType === 'text' || inbound.msgType === 'voice';
    const answers: Partial<Record<Read, string>> = { answer: answerId };
    if (words) answers.pages = PAGES_ID;
    if (engineId) answers.engine = engineId;
    const countable = counted(inbound);
    const {
      answers: read,
      claimed,
      hits,
    } = await this.store.admit({
      conversationId: conversationOf(openid),
      answers: answers as Record<Read, string>,
      claim: this.guard.claim(replayKey),
      hit: {
        key: rateLimitKey(openid),
        windowMs: RATE_WINDOW_MS,
        when: (found, claimedNow) => countable && found.answer === undefined && (claimedNow || found.engine !== undefined),
      },
    });
    if (read.answer !== undefined) return { cached: read.answer };
    const answered = read.engine !== undefined;
    if (!claimed && !answered) return { replayed: true };
    return { known: { overLimit: (hits?.count ?? 0) > this.messagesPerMinute, answered, pages: pagesOf(read.pages) } };
  }
}
