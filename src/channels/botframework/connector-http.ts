// The HTTP client botbuilder's ConnectorClient sends replies with (to the channel's serviceUrl):
// Node's fetch with a timeout. botbuilder's own client waits as long as the other side keeps the
// socket open, so a serviceUrl that accepts and never answers held POST /api/messages for
// minutes; here each call gives up after OUTBOUND_TIMEOUT_MS, the turn fails, and the route
// answers. Plugged in through ConnectorClientOptions.httpClient (the compat RequestPolicy shape:
// `sendRequest(webResource)` resolving to a response with `headers.toJson()` and `bodyAsText`).

interface HeadersLike {
  rawHeaders(): Record<string, string>;
}

interface WebResourceLike {
  url: string;
  method: string;
  body?: unknown;
  headers: HeadersLike;
}

/** The few parts of core-http's HttpHeadersLike the pipeline reads from a response. */
function responseHeaders(headers: Headers) {
  const all: Record<string, string> = {};
  headers.forEach((value, name) => {
    all[name] = value;
  });
  return {
    get: (name: string) => all[name.toLowerCase()],
    contains: (name: string) => name.toLowerCase() in all,
    rawHeaders: () => ({ ...all }),
    headersArray: () => Object.entries(all).map(([name, value]) => ({ name, value })),
    headerNames: () => Object.keys(all),
    headerValues: () => Object.values(all),
    toJson: () => ({ ...all }),
    clone() {
      return responseHeaders(headers);
    },
    set: (name: string, value: string | number) => {
      all[name.toLowerCase()] = String(value);
    },
    remove: (name: string) => delete all[name.toLowerCase()],
  };
}

export class OutboundTimeoutError extends Error {
  override readonly name = 'OutboundTimeoutError';
}

/** A ConnectorClient httpClient whose every request is abandoned after `timeoutMs`. */
export function timedHttpClient(timeoutMs: number) {
  return {
    async sendRequest(request: WebResourceLike) {
      const body =
        request.body === undefined || request.body === null
          ? undefined
          : typeof request.body === 'string'
            ? request.body
            : JSON.stringify(request.body);
      let response: Response;
      try {
        response = await fetch(request.url, {
          method: request.method,
          headers: request.headers.rawHeaders(),
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        if ((error as Error).name === 'TimeoutError') {
          throw new OutboundTimeoutError(`no answer from ${new URL(request.url).host} within ${timeoutMs} ms`, { cause: error });
        }
        throw error;
      }
      // The body is read under the same deadline: a server that sends headers and stalls is cut too.
      const bodyAsText = await response.text();
      return { request, status: response.status, headers: responseHeaders(response.headers), bodyAsText };
    },
  };
}
