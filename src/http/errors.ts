// The contract's error shape, { error: { code, message } }, for every HTTP error the service
// gives: body-parser's (bad JSON, too large), validation's, and anything unexpected (logged,
// never shown: no stack traces leave the process).

import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { ZodError } from 'zod';
import { StoreUnavailableError } from '../conversation/store';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The 503 code of every API answer when the store cannot be read or written (down, full, out of memory). */
export const STORE_UNAVAILABLE = 'store_unavailable';

/** A validation's issues as one line for a 400's message: "field: what is wrong; …". */
export function describeIssues(error: ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

export function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

interface BodyParserError {
  type?: string;
  status?: number;
  statusCode?: number;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    if (err instanceof HttpError) {
      sendError(res, err.status, err.code, err.message);
      return;
    }
    if (err instanceof StoreUnavailableError) {
      logger.warn({ err }, 'store unavailable');
      sendError(
        res,
        503,
        STORE_UNAVAILABLE,
        'The conversation store cannot be reached or written to; nothing was changed. Please try again shortly.',
      );
      return;
    }
    const parserError = err as BodyParserError;
    switch (parserError.type) {
      case 'entity.too.large':
        sendError(res, 413, 'payload_too_large', 'The request body is over the size limit (16 KiB).');
        return;
      case 'entity.parse.failed':
        sendError(res, 400, 'bad_json', 'The request body is not valid JSON.');
        return;
      case 'encoding.unsupported':
      case 'charset.unsupported':
        sendError(res, 415, 'unsupported_encoding', 'Send the body as UTF-8 JSON.');
        return;
      case 'request.aborted':
        return;
      default:
        break;
    }
    const status = parserError.status ?? parserError.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      sendError(res, status, 'bad_request', 'The request could not be read.');
      return;
    }
    logger.error({ err }, 'unhandled error');
    sendError(res, 500, 'internal_error', 'Something went wrong on our side; please try again.');
  };
}
