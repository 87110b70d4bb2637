// The pages of a long answer: the first goes out as the passive reply, the others are kept in the
// store's cache (shared by instances) until the user asks for them with 更多 / MORE. A turn's
// replies are laid out and paginated here once.

import type { KeyValueCache } from '../../conversation/store';
import type { TurnResult } from '../../conversation/types';
import { renderPages } from './render';
import { SUCCESS, type Answer } from './reply';

const PAGES_TTL_MS = 24 * 60 * 60 * 1000;

export class WechatPages {
  constructor(
    private readonly cache: KeyValueCache,
    private readonly menuLinks: boolean,
  ) {}

  async load(openid: string): Promise<string[]> {
    const raw = await this.cache.getValue(pagesKey(openid));
    if (!raw) return [];
    try {
      const pages: unknown = JSON.parse(raw);
      return Array.isArray(pages) ? pages.filter((p): p is string => typeof p === 'string') : [];
    } catch {
      return [];
    }
  }

  async save(openid: string, pages: string[]): Promise<void> {
    await this.cache.setValue(pagesKey(openid), JSON.stringify(pages), PAGES_TTL_MS);
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
   */
  async answer(openid: string, result: TurnResult, opts: { hadPages?: boolean; remembered?: boolean } = {}): Promise<Answer> {
    const pages = renderPages(result.replies, result.locale, { menuLinks: this.menuLinks });
    const rest = result.deleted ? [] : pages.slice(1);
    if ((opts.hadPages ?? true) || rest.length > 0) await this.save(openid, rest);
    const first = pages[0];
    if (first === undefined) return SUCCESS;
    // A deleted conversation's answer is not remembered by the engine (everything is gone).
    return opts.remembered && !result.deleted ? { kind: 'text', content: first, remembered: true } : { kind: 'text', content: first };
  }
}

const pagesKey = (openid: string) => `wechat:pages:${openid}`;
