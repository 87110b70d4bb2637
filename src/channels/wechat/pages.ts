// The pages of a long answer: the first goes out as the passive reply, the others are kept in the
// store (shared by instances) until the user asks for them with 更多 / MORE. A turn's replies are
// laid out and paginated here once.
//
// The pages are kept as one of the conversation's remembered answers (under PAGES_ID), not as a
// key of their own: deleting the conversation (the help-desk API, 删除我的数据, an unsubscribe)
// deletes them in the same step, on every store, and nothing of the user's replies is left.

import type { ProcessedMessages } from '../../conversation/store';
import type { TurnResult } from '../../conversation/types';
import { renderPages } from './render';
import { SUCCESS, type Answer } from './reply';
import { conversationOf } from './respond';

const PAGES_TTL_MS = 24 * 60 * 60 * 1000;
/** The pages' id among the conversation's remembered answers (no engine message id looks like it). */
export const PAGES_ID = 'wechat-channel:pages';

/** The pages kept, from their stored form (none when absent or unreadable). */
export function pagesOf(raw: string | undefined): string[] {
  if (!raw) return [];
  try {
    const pages: unknown = JSON.parse(raw);
    return Array.isArray(pages) ? pages.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}

export class WechatPages {
  constructor(
    private readonly store: ProcessedMessages,
    private readonly menuLinks: boolean,
  ) {}

  async load(openid: string): Promise<string[]> {
    return pagesOf(await this.store.getProcessed(conversationOf(openid), PAGES_ID));
  }

  async save(openid: string, pages: string[]): Promise<void> {
    await this.store.rememberProcessed(conversationOf(openid), PAGES_ID, JSON.stringify(pages), PAGES_TTL_MS);
  }

  /** The next stored page, if the last answer had more than one. */
  async next(openid: string): Promise<Answer | undefined> {
    const [next, ...rest] = await this.load(openid);
    if (next === undefined) return undefined;
    await this.save(openid, rest);
    return { kind: 'text', content: next };
  }

  /**
   * The first page of a turn's replies; the others kept for 更多 / MORE. `hadPages: false` (none
   * were stored before) spares the write when there is nothing to keep either, as for most turns.
   * A deletion's answer writes nothing (the conversation and its pages are gone and must stay
   * gone) and is not to be kept; nor is a failed turn's apology (the store failed; nothing saved).
   */
  async answer(openid: string, result: TurnResult, opts: { hadPages?: boolean; remembered?: boolean } = {}): Promise<Answer> {
    const pages = renderPages(result.replies, result.locale, { menuLinks: this.menuLinks });
    const transient = result.deleted || result.failed === true;
    const rest = transient ? [] : pages.slice(1);
    if (!transient && ((opts.hadPages ?? true) || rest.length > 0)) await this.save(openid, rest);
    const first = pages[0];
    if (first === undefined) return transient ? { ...SUCCESS, transient: true } : SUCCESS;
    if (transient) return { kind: 'text', content: first, transient: true };
    return opts.remembered ? { kind: 'text', content: first, remembered: true } : { kind: 'text', content: first };
  }
}
