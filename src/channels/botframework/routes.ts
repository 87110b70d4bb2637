// POST /api/messages: the Bot Framework endpoint (Emulator, Azure Bot Service: Teams, Web Chat,
// Direct Line). botbuilder's CloudAdapter with ConfigurationBotFrameworkAuthentication built from
// botbuilder's own setting names: an empty MicrosoftAppId is local (Emulator) mode, where requests
// carry no token; with an id every request must carry a valid token from the channel.

import express, { Router, type Request, type Response } from 'express';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ShowTypingMiddleware,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Config } from '../../config';
import { describeIssues, sendError } from '../../http/errors';
import { AdvisorBot, turnErrorHandler, type BotEngine } from './bot';
import { timedHttpClient } from './connector-http';
import type { ConversationEngine } from '../../conversation/engine';
import type { ProcessedMessages } from '../../conversation/store';
import type { AgentDeliveries } from '../../desk/delivery';
import { BotReferences, registerProactive } from './proactive';
import { UnsentReplies } from './unsent';

/** As config.ts' OUTBOUND_TIMEOUT_MS default, for callers (tests) that build settings by hand. */
const OUTBOUND_TIMEOUT_DEFAULT_MS = 10_000;

/** Activities carry channel data and entities (Teams' are a few KB); far below this. */
const MAX_ACTIVITY_BODY = '256kb';
/** On a turn that takes this long, the typing indicator is sent again (and then as often). */
const TYPING_REPEAT_MS = 2500;

export type BotFrameworkSettings = Pick<
  Config,
  'MicrosoftAppId' | 'MicrosoftAppPassword' | 'MicrosoftAppType' | 'MicrosoftAppTenantId' | 'DEFAULT_LOCALE'
> &
  Partial<Pick<Config, 'OUTBOUND_TIMEOUT_MS'>>;

export interface BotFrameworkOptions {
  config: BotFrameworkSettings;
  engine: BotEngine;
  logger: Logger;
  /** With these, the desk's messages and the hand-back reach users proactively (proactive.ts). */
  desk?: {
    store: ProcessedMessages;
    deliveries: AgentDeliveries;
    releases: Pick<ConversationEngine, 'onReleased'>;
    /** How long a conversation reference is kept (the conversation's TTL). */
    referenceTtlMs: number;
  };
}

/** What an activity must have before botbuilder sees it: it needs all of these to answer. */
const activitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(512).optional(),
  channelId: z.string().min(1).max(256),
  serviceUrl: z.string().regex(/^https?:\/\/[^\s/]+/i, 'serviceUrl must be an http(s) URL'),
  conversation: z.looseObject({ id: z.string().min(1).max(1024) }),
  from: z.looseObject({ id: z.string() }).optional(),
  recipient: z.looseObject({ id: z.string() }).optional(),
  text: z.string().optional(),
  locale: z.string().max(64).optional(),
  membersAdded: z.array(z.looseObject({ id: z.string() })).optional(),
});

/**
 * CloudAdapter whose turns the route runs itself. CloudAdapter.process() answers a malformed
 * activity by throwing, a refused token with a bare text body, and writes both to the console;
 * here the route checks the activity first and answers in the service's error shape, and the
 * protocol work (authentication, the connector client, the turn, invoke responses) is the
 * adapter's own processActivity.
 */
export class RouteCloudAdapter extends CloudAdapter {
  runActivity(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

/** As botbuilder's own validateAndFixActivity: timestamps arrive as strings and become Dates. */
function fixTimestamps(activity: Record<string, unknown>): Activity {
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

export function createBotAdapter(options: BotFrameworkOptions): { adapter: RouteCloudAdapter; bot: AdvisorBot } {
  const { config, engine, logger } = options;
  let auth: ConfigurationBotFrameworkAuthentication;
  try {
    auth = new ConfigurationBotFrameworkAuthentication(
      {
        MicrosoftAppId: config.MicrosoftAppId ?? '',
        MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
        MicrosoftAppType: config.MicrosoftAppType ?? '',
        MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
      },
      undefined,
      undefined,
      undefined,
      // Replies to the channel give up after OUTBOUND_TIMEOUT_MS (connector-http.ts).
      { httpClient: timedHttpClient(config.OUTBOUND_TIMEOUT_MS ?? OUTBOUND_TIMEOUT_DEFAULT_MS) as never },
    );
  } catch (error) {
    throw new Error(
      `The Bot Framework settings do not fit together: ${(error as Error).message}. ` +
        'Set MicrosoftAppId and MicrosoftAppPassword from the Azure Bot resource (and MicrosoftAppType and ' +
        'MicrosoftAppTenantId for a single-tenant bot), or leave MicrosoftAppId empty for the Emulator.',
      { cause: error },
    );
  }
  const adapter = new RouteCloudAdapter(auth);
  const references = options.desk ? new BotReferences(options.desk.store, options.desk.referenceTtlMs) : undefined;
  const botOptions = {
    engine,
    logger,
    defaultLocale: config.DEFAULT_LOCALE,
    ...(references && options.desk ? { references, unsent: new UnsentReplies(options.desk.store) } : {}),
  };
  adapter.use(new ShowTypingMiddleware(TYPING_REPEAT_MS, TYPING_REPEAT_MS));
  adapter.onTurnError = turnErrorHandler(botOptions);
  if (options.desk && references) {
    registerProactive({
      adapter,
      appId: config.MicrosoftAppId ?? '',
      references,
      deliveries: options.desk.deliveries,
      engine: options.desk.releases,
      logger,
    });
  }
  return { adapter, bot: new AdvisorBot(botOptions) };
}

export function botFrameworkRouter(options: BotFrameworkOptions): Router {
  const { logger } = options;
  const { adapter, bot } = createBotAdapter(options);
  if (!options.config.MicrosoftAppId) {
    logger.warn(
      'MicrosoftAppId is not set: /api/messages is in local (Emulator) mode and accepts requests without a token; ' +
        'set the Azure Bot settings before exposing it',
    );
  }

  const router = Router();
  router.post(
    '/api/messages',
    express.json({ limit: MAX_ACTIVITY_BODY, type: () => true, strict: true }),
    async (req: Request, res: Response) => {
      const parsed = activitySchema.safeParse(req.body);
      if (!parsed.success) {
        const detail = describeIssues(parsed.error);
        sendError(res, 400, 'bad_activity', `The body is not a Bot Framework activity (${detail}).`);
        return;
      }
      const activity = fixTimestamps(parsed.data);
      const authHeader = req.get('authorization') ?? '';
      let invokeResponse: InvokeResponse | undefined;
      try {
        invokeResponse = await adapter.runActivity(authHeader, activity, (context) => bot.run(context));
      } catch (error) {
        const status = statusOf(error);
        if (status === 401 || status === 403) {
          logger.warn({ channelId: activity.channelId, reason: (error as Error).message }, 'bot framework: request refused');
          sendError(res, 401, 'unauthorized', 'A valid Bot Framework token is required (Authorization: Bearer ...).');
          return;
        }
        logger.error({ err: error, channelId: activity.channelId, activityType: activity.type }, 'bot framework: activity failed');
        sendError(res, 500, 'internal_error', 'Something went wrong on our side; please try again.');
        return;
      }
      if (invokeResponse) {
        res.status(invokeResponse.status);
        if (invokeResponse.body !== undefined) res.json(invokeResponse.body);
        else res.end();
        return;
      }
      res.status(200).end();
    },
  );
  router.all('/api/messages', (_req, res) => {
    res.set('Allow', 'POST');
    sendError(res, 405, 'method_not_allowed', 'Bot Framework activities are POSTed to /api/messages.');
  });
  return router;
}
