// The page's calls to its same-origin endpoint. Every failure becomes an ApiError with a code the
// page can word in the user's language ("network" when the server was not reached at all).

import type { ErrorAnswer, PageLocale, TurnAnswer } from './protocol';

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

  private async post(path: string, body: unknown): Promise<TurnAnswer> {
    let res: Response;
    try {
      res = await fetch(this.base + path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        credentials: 'same-origin',
      });
    } catch {
      throw new ApiError('network', 'The server could not be reached.', 0);
    }
    const data = (await res.json().catch(() => null)) as TurnAnswer | ErrorAnswer | null;
    if (!res.ok || !data || 'error' in data) {
      const error = data && 'error' in data ? data.error : { code: 'http_' + res.status, message: res.statusText };
      throw new ApiError(error.code, error.message, res.status);
    }
    return data;
  }
}
