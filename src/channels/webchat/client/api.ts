// The page's calls to its same-origin endpoint. Every failure becomes an ApiError with a code the
// page can word in the user's language ("network" when the server was not reached at all).

import type { ErrorAnswer, PageLocale, TurnAnswer, Updates } from './protocol';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export class Api {
  constructor(private readonly base: string) {}

  start(id: string, locale: PageLocale): Promise<TurnAnswer> {
    return this.post(`/conversations/${encodeURIComponent(id)}/start`, { locale });
  }

  send(id: string, text: string, messageId: string): Promise<TurnAnswer> {
    return this.post(`/conversations/${encodeURIComponent(id)}/messages`, { text, messageId });
  }

  language(id: string, locale: PageLocale): Promise<TurnAnswer> {
    return this.post(`/conversations/${encodeURIComponent(id)}/language`, { locale });
  }

  updates(id: string, after: number): Promise<Updates> {
    return this.call(`/conversations/${encodeURIComponent(id)}/updates?after=${after}`, { method: 'GET' });
  }

  private post(path: string, body: unknown): Promise<TurnAnswer> {
    return this.call(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  }

  private async call<T extends object>(path: string, init: RequestInit): Promise<T> {
    let res: Response;
    try {
      res = await fetch(this.base + path, { ...init, credentials: 'same-origin' });
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
