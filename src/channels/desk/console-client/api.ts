// The console's calls to the desk API (same origin), with the agent's desk key as a header (never
// in a URL). Every failure becomes an ApiError with the API's code ("network" when the server
// was not reached at all), for the page to word in the agent's language.

import type { ConsoleLocale, DeskEntry, ErrorAnswer, QueueEntry, StreamToken } from './protocol';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export class DeskApi {
  constructor(
    private readonly base: string,
    /** The desk key; undefined on an open desk (DESK_OPEN=1). */
    private readonly key: string | undefined,
  ) {}

  handoffs(lang: ConsoleLocale): Promise<{ conversations: QueueEntry[] }> {
    return this.call('GET', `/handoffs?lang=${encodeURIComponent(lang)}`);
  }

  transcript(id: string): Promise<{ conversationId: string; entries: DeskEntry[] }> {
    return this.call('GET', `${path(id)}/transcript`);
  }

  claim(id: string, agent: string): Promise<{ claimedBy: string }> {
    return this.call('POST', `${path(id)}/claim`, { agent });
  }

  note(id: string, agent: string, text: string): Promise<DeskEntry> {
    return this.call('POST', `${path(id)}/notes`, { agent, text });
  }

  message(id: string, agent: string, text: string, messageId: string): Promise<DeskEntry> {
    return this.call('POST', `${path(id)}/messages`, { agent, text, messageId });
  }

  release(id: string): Promise<{ stage: string }> {
    return this.call('POST', `${path(id)}/release`);
  }

  /** A one-use token for the event stream (an EventSource cannot send the key as a header). */
  streamToken(): Promise<StreamToken> {
    return this.call('POST', '/stream-tokens');
  }

  eventsUrl(token: string): string {
    return `${this.base}/events?token=${encodeURIComponent(token)}`;
  }

  private async call<T extends object>(method: string, route: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    if (this.key) headers.Authorization = `Bearer ${this.key}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(this.base + route, {
        method,
        headers,
        credentials: 'omit',
        cache: 'no-store',
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch {
      throw new ApiError('network', 'The server could not be reached.', 0);
    }
    const data = (await res.json().catch(() => null)) as T | ErrorAnswer | null;
    if (!res.ok || !data || 'error' in data) {
      const error = data && 'error' in data ? data.error : { code: `http_${res.status}`, message: res.statusText };
      throw new ApiError(error.code, error.message, res.status);
    }
    return data;
  }
}

const path = (id: string) => `/conversations/${encodeURIComponent(id)}`;
