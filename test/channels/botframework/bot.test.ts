// The Bot Framework bot driven by botbuilder's TestAdapter: the welcome when a user joins, a whole
// conversation to advice in each language (typed and tapped), suggested actions exactly when the
// engine offers choices, the typing indicator, and the polite answer when a turn fails.

import { ActionTypes, ActivityTypes, TestAdapter, TestFlow, type Activity, type ChannelAccount } from 'botbuilder';
import pino from 'pino';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AdvisorBot, turnErrorHandler, type BotEngine } from '../../../src/channels/botframework/bot';
import { conversationIdFor } from '../../../src/channels/botframework/activities';
import { ConversationEngine } from '../../../src/conversation/engine';
import { MemoryStore } from '../../../src/conversation/stores/memory';
import type { Reply } from '../../../src/conversation/types';
import type { Locale } from '../../../src/locale';
import { testClock } from '../../helpers/app';

const TTL = 30 * 86_400_000;

function engineOn(clock = testClock()) {
  return new ConversationEngine({ store: new MemoryStore(clock.now), defaultLocale: 'zh-CN', conversationTtlMs: TTL, clock: clock.now });
}

function logCollector() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

function botAdapter(engine: BotEngine, activityLocale: string, logger = pino({ level: 'silent' })) {
  const options = { engine, logger, defaultLocale: 'zh-CN' as Locale };
  const bot = new AdvisorBot(options);
  const adapter = new TestAdapter((context) => bot.run(context));
  adapter.locale = activityLocale;
  adapter.onTurnError = turnErrorHandler(options);
  return adapter;
}

function joined(adapter: TestAdapter, members: ChannelAccount[]): Partial<Activity> {
  const ref = adapter.conversation;
  return {
    type: ActivityTypes.ConversationUpdate,
    membersAdded: members,
    from: ref.user,
    recipient: ref.bot,
    conversation: ref.conversation,
    channelId: ref.channelId,
    serviceUrl: ref.serviceUrl,
    locale: adapter.locale,
  };
}

/** One activity from the user; everything the bot sent back, in order. */
async function exchange(adapter: TestAdapter, activity: Partial<Activity>): Promise<Partial<Activity>[]> {
  await adapter.receiveActivity(activity);
  return adapter.activeQueue.splice(0);
}

const messages = (sent: Partial<Activity>[]) => sent.filter((a) => a.type === ActivityTypes.Message);
const said = (sent: Partial<Activity>[]) =>
  messages(sent)
    .map((a) => a.text ?? '')
    .join('\n');
const buttons = (activity: Partial<Activity> | undefined) => activity?.suggestedActions?.actions.map((a) => String(a.title)) ?? [];

/**
 * Each message activity is one of the engine's replies: the same words (with the numbered list
 * when it asks for a number), and suggested actions exactly when the reply has choices, as imBack
 * buttons whose value is the choice's label.
 */
function expectActivitiesMatch(sent: Partial<Activity>[], replies: Reply[], where: string) {
  const msgs = messages(sent);
  expect(msgs, where).toHaveLength(replies.length);
  replies.forEach((reply, i) => {
    const activity = msgs[i]!;
    expect(activity.text, where).toContain(reply.text);
    if (reply.choices.length === 0) {
      expect(activity.suggestedActions, where).toBeUndefined();
      return;
    }
    expect(activity.suggestedActions?.actions, where).toEqual(
      reply.choices.map((c) => ({ type: ActionTypes.ImBack, title: c.label, value: c.label })),
    );
    if (reply.choiceMode === 'number') {
      reply.choices.forEach((c, n) => {
        expect(activity.text, where).toContain(`${n + 1}. ${c.label}`);
      });
    }
  });
}

type Step =
  | { join: true; contains: string[]; buttons?: string[] }
  | { say: string; contains: string[]; buttons?: string[] }
  | { tap: string; contains: string[]; buttons?: string[] };

/**
 * Plays the steps through the bot, and the same inputs through a second engine of its own, whose
 * replies say what the activities must carry.
 */
async function play(activityLocale: string, steps: Step[]) {
  const adapter = botAdapter(engineOn(), activityLocale);
  const reference = engineOn();
  const refId = 'reference';
  let last: Partial<Activity> | undefined;
  for (const [i, step] of steps.entries()) {
    let sent: Partial<Activity>[];
    let expected: Reply[];
    let where: string;
    if ('join' in step) {
      where = `step ${i + 1}: the user joins`;
      sent = await exchange(adapter, joined(adapter, [{ id: 'user1', name: 'User1' }]));
      expected = (await reference.start(refId, 'botframework', activityLocale.startsWith('zh') ? 'zh-CN' : 'en')).replies;
    } else {
      let text: string;
      if ('tap' in step) {
        // A tap on a suggested action (imBack) sends the button's value as the user's message.
        const action = last?.suggestedActions?.actions.find((a) => a.title === step.tap);
        expect(action, `step ${i + 1}: a button "${step.tap}" among ${JSON.stringify(buttons(last))}`).toBeDefined();
        expect(action?.type).toBe(ActionTypes.ImBack);
        text = String(action?.value);
      } else {
        text = step.say;
      }
      where = `step ${i + 1}: "${text}"`;
      sent = await exchange(adapter, adapter.makeActivity(text));
      // The typing indicator comes first, while the turn runs.
      expect(sent[0]?.type, where).toBe(ActivityTypes.Typing);
      expected = (await reference.handle({ conversationId: refId, channel: 'botframework', text })).replies;
    }
    where += `\n--- bot said ---\n${said(sent)}`;
    expectActivitiesMatch(sent, expected, where);
    for (const s of step.contains) expect(said(sent), where).toContain(s);
    last = messages(sent).at(-1);
    for (const label of step.buttons ?? []) expect(buttons(last), where).toContain(label);
  }
  return adapter;
}

describe('the Bot Framework bot (TestAdapter)', () => {
  it('welcomes a user who joins, in the language of the activity, with the industries as buttons', async () => {
    const adapter = botAdapter(engineOn(), 'zh-CN');
    await new TestFlow(Promise.resolve(), adapter)
      .sendConversationUpdate()
      .assertReply((activity) => {
        expect(activity.type).toBe(ActivityTypes.Message);
        expect(activity.text).toContain('您好');
        expect(activity.suggestedActions).toBeUndefined();
      })
      .assertReply((activity) => {
        expect(activity.text).toContain('哪个行业');
        expect(activity.text).toContain('6. 住宿（酒店、客栈、民宿）');
        expect(buttons(activity)).toContain('住宿（酒店、客栈、民宿）');
        expect(activity.locale).toBe('zh-CN');
      })
      .assertNoReply('nothing more', 20)
      .startTest();
  });

  it('completes a conversation in Chinese, typed and tapped, to advice', async () => {
    await play('zh-CN', [
      { join: true, contains: ['您好', '哪个行业'], buttons: ['住宿（酒店、客栈、民宿）'] },
      { tap: '住宿（酒店、客栈、民宿）', contains: ['住宿业', '员工人数'], buttons: ['微型企业', '跳过'] },
      { say: '员工8个人，一年营业额120万', contains: ['微型企业', '解决什么问题'], buttons: ['资金周转'] },
      { tap: '资金周转', contains: ['多少资金'], buttons: ['跳过'] },
      { say: '30万', contains: ['30万元', '用多久'] },
      { say: '半年', contains: ['推荐以下互联网金融服务', '风险提示', '下一步：'], buttons: ['风险', '核查平台', '总结', '人工'] },
      { tap: '风险', contains: ['传统金融风险', '互联网特有风险'] },
    ]);
  });

  it('completes a conversation in English, typed and tapped, to advice', async () => {
    await play('en-US', [
      { join: true, contains: ['Hello', 'Which industry'], buttons: ['Hotels, inns and guesthouses'] },
      { say: 'We run a guesthouse in Dali', contains: ['accommodation', 'how many employees'], buttons: ['Micro enterprise'] },
      { say: '8 staff, revenue about 1.2 million yuan a year', contains: ['micro enterprise'], buttons: ['Working capital'] },
      { tap: 'Working capital', contains: ['working capital'] },
      { say: '300k', contains: ['300,000 yuan'] },
      {
        say: '6 months',
        contains: ['I recommend these Internet financial services', 'Next step: '],
        buttons: ['Risks', 'Check a platform', 'Summary', 'Agent'],
      },
      { tap: 'Summary', contains: ['accommodation'] },
    ]);
  });

  it('follows the user into the other language mid-conversation', async () => {
    await play('en-US', [
      { join: true, contains: ['Which industry'] },
      { say: '我们在大理开客栈', contains: ['住宿业'], buttons: ['微型企业'] },
      { tap: '微型企业', contains: ['微型企业'] },
    ]);
  });

  it('does not welcome the bot itself, nor restart a conversation under way when someone joins', async () => {
    const engine = engineOn();
    const adapter = botAdapter(engine, 'zh-CN');
    expect(await exchange(adapter, joined(adapter, [{ id: 'bot', name: 'Bot' }]))).toEqual([]);
    await exchange(adapter, adapter.makeActivity('我们在大理开客栈'));
    expect(await exchange(adapter, joined(adapter, [{ id: 'colleague', name: 'Colleague' }]))).toEqual([]);
    const view = await engine.view(conversationIdFor(adapter.conversation.conversation.id));
    expect(view?.profile.industry).toBe('accommodation');
    expect(view?.awaiting).toBe('size');
  });

  it('answers a repeated activity (a channel retry) without a second turn and without sending the replies again', async () => {
    const engine = engineOn();
    const adapter = botAdapter(engine, 'zh-CN');
    const first = adapter.makeActivity('我们在大理开客栈');
    const firstSent = messages(await exchange(adapter, { ...first }));
    expect(firstSent.length).toBeGreaterThan(0);
    const againSent = messages(await exchange(adapter, { ...first }));
    expect(againSent).toEqual([]);
    // A second turn with the same words would have been a correction; the conversation is as after one.
    expect((await engine.view(conversationIdFor(adapter.conversation.conversation.id)))?.awaiting).toBe('size');
  });

  it('reads a Teams group-chat message without the mention of the bot', async () => {
    const adapter = botAdapter(engineOn(), 'zh-CN');
    await exchange(adapter, adapter.makeActivity('我们在大理开客栈'));
    const mentioned = {
      ...adapter.makeActivity('<at>Adviser</at> English'),
      entities: [{ type: 'mention', mentioned: { id: 'bot', name: 'Adviser' }, text: '<at>Adviser</at>' }],
    };
    const sent = await exchange(adapter, mentioned);
    expect(said(sent)).toContain('continue in English');
    expect(said(sent)).toContain('how many employees');
  });

  it('says it reads only text when a message has none, and asks for shorter messages', async () => {
    const adapter = botAdapter(engineOn(), 'en-US');
    const picture = {
      ...adapter.makeActivity(''),
      text: undefined,
      attachments: [{ contentType: 'image/png', contentUrl: 'https://example.invalid/p.png' }],
    };
    expect(said(await exchange(adapter, picture))).toMatch(/only read text/);
    expect(said(await exchange(adapter, adapter.makeActivity('a'.repeat(2001))))).toMatch(/too long.*2000/);
  });

  it('keeps the conversation id namespaced and within the help-desk API alphabet', () => {
    expect(conversationIdFor('a:1XyZ-abc_09')).toBe('bf:a:1XyZ-abc_09');
    const emulator = conversationIdFor('8a684db0-555b-11ee-bf3a-9f3b5b3ed8e6|livechat');
    const teams = conversationIdFor(`19:${'x'.repeat(200)}@thread.v2;messageid=1700000000000`);
    for (const id of [emulator, teams]) expect(id).toMatch(/^bf:[A-Za-z0-9_.:-]{1,125}$/);
    expect(emulator).toMatch(/^bf:8a684db0-555b-11ee-bf3a-9f3b5b3ed8e6_livechat\./);
    // Ids that differ only in characters the API does not allow stay apart.
    expect(conversationIdFor('a|b')).not.toBe(conversationIdFor('a@b'));
  });
});

describe('when a turn fails', () => {
  /** An engine whose turns throw; it knows the conversation's language, or nothing. */
  function failingEngine(storedLocale?: Locale): BotEngine {
    const engine = engineOn();
    return {
      start: (...args) => engine.start(...args),
      handle: () => Promise.reject(new Error('disk on fire')),
      localeOf: async () => storedLocale,
    };
  }

  it('apologises in the language of the activity and logs the error', async () => {
    const { logger, lines } = logCollector();
    const adapter = botAdapter(failingEngine(), 'en-US', logger);
    const sent = await exchange(adapter, adapter.makeActivity('hello'));
    expect(said(sent)).toMatch(/^Sorry, something went wrong/);
    expect(said(sent)).not.toContain('disk on fire');
    const logged = lines.find((l) => l.msg === 'bot framework: turn failed');
    expect(logged?.level).toBe(50);
    expect(JSON.stringify(logged?.err)).toContain('disk on fire');
  });

  it('apologises in the conversation’s language when it has one', async () => {
    const adapter = botAdapter(failingEngine('zh-CN'), 'en-US');
    expect(said(await exchange(adapter, adapter.makeActivity('hello')))).toMatch(/^抱歉/);
  });
});
