// The bot's side of a hand-off to a person, as replies and decisions (pure): it says when the desk
// is staffed and, when it is not, when a person will see the message; it asks once for a way to
// call back and takes a mobile number or a time; it acknowledges later messages briefly; it
// answers "有人吗" with how long the customer has waited and what happens next.

import type { DeskStatus } from '../src/desk/hours';
import type { HandoffCues } from '../src/desk/cues';
import type { Command } from '../src/nlu/types';
import { reply, text } from './replies';
import type { Contact, DialogContext, DialogReply, Intent, ReplyPart, UserMessageEvent } from './types';

/** Commands that keep their meaning in a hand-off, whatever numbers or times the message has. */
const COMMANDS_FIRST: ReadonlySet<Command> = new Set<Command>(['resume', 'restart', 'delete-data', 'language', 'summary']);

/** The callback time as kept: short enough for a list on the desk's screen. */
const MAX_TIME_LENGTH = 40;

/**
 * The hand-off's reading of a message, before the usual one: a contact (a valid mobile number
 * always; a time or a bad number when the bot has just asked, or the message talks of calling),
 * then "anyone there?" and "when are you open?". Undefined: read the message as usual.
 */
export function handoffIntent(context: DialogContext, event: UserMessageEvent): Intent | undefined {
  const { cues, understanding } = event;
  if (!cues || !context.handoff || (understanding.command && COMMANDS_FIRST.has(understanding.command))) return undefined;
  // "算了 不找人了", "never mind": the customer goes back to the bot (a number given with it is still taken).
  if (cues.cancels && !cues.phone) return { type: 'intent.resume' };
  const contactExpected = context.contactPending === true || cues.mentionsCall;
  if (cues.phone || (contactExpected && (cues.badNumber || cues.callbackTime))) return { type: 'intent.contact', cues };
  if (cues.asks === 'presence') return { type: 'intent.waiting', ...(event.desk ? { desk: event.desk } : {}) };
  if (cues.asks === 'hours') return { type: 'intent.hours', ...(event.desk ? { desk: event.desk } : {}) };
  return undefined;
}

/** The contact a message adds to what was known (a new number or time replaces the old one). */
export function contactFrom(known: Contact | undefined, cues: HandoffCues): Contact | undefined {
  const time = cues.callbackTime?.slice(0, MAX_TIME_LENGTH);
  if (!cues.phone && !time) return undefined;
  return { ...known, ...(cues.phone ? { phone: cues.phone } : {}), ...(time ? { callbackTime: time } : {}) };
}

/** Whether the desk is staffed now, and if not when a person will see the message. */
export function deskParts(desk: DeskStatus | undefined): ReplyPart[] {
  if (!desk) return [];
  if (desk.open || desk.opensAt === null) return [text('desk.open', { hours: { deskHours: desk.hours } })];
  return [text('desk.closed', { hours: { deskHours: desk.hours }, when: { when: desk.opensAt, from: desk.at } })];
}

/** The hand-off begins: the desk's hours, then the contact (noted, or asked for once), then what to do meanwhile. */
export function handoffStarted(desk: DeskStatus | undefined, contact: Contact | undefined): DialogReply {
  const contactPart = contact ? text('handoff.will-call', { contact: { contact } }) : text('handoff.ask-contact');
  return reply(
    [text('handoff.started'), ...deskParts(desk), contactPart, text('handoff.keep-writing')],
    contact ? ['cmd:resume'] : ['skip', 'cmd:resume'],
    'text',
  );
}

/** A contact given (or a number that is not a mobile one). */
export function contactReply(contact: Contact | undefined, cues: HandoffCues): DialogReply {
  const parts: ReplyPart[] = [];
  if (contact) parts.push(text('handoff.contact-noted', { contact: { contact } }));
  if (!cues.phone && cues.badNumber) parts.push(text('handoff.bad-phone', { number: cues.badNumber }));
  return reply(parts, cues.phone || !cues.badNumber ? ['cmd:resume'] : ['skip', 'cmd:resume'], 'text');
}

/** "有人吗": how long, whether someone is there or when they will be, how they will reach you. */
export function waitingReply(context: DialogContext, desk: DeskStatus | undefined): DialogReply {
  const waited =
    desk && context.handoffAt !== undefined
      ? [text('handoff.waited', { waited: { duration: Math.max(0, desk.at - context.handoffAt) } })]
      : [];
  const contact = context.contact ? text('handoff.will-call', { contact: { contact: context.contact } }) : text('handoff.leave-phone');
  return reply([...waited, ...deskParts(desk), contact, text('handoff.back-hint')], ['cmd:resume'], 'text');
}

/** After a question answered while waiting: the request for a person stands, and how to withdraw it. */
export function stillWaitingReply(): DialogReply {
  return reply([text('handoff.still-waiting')], ['cmd:resume'], 'text');
}

/** A question while an agent holds the conversation: the agent answers it; how to have the bot answer instead. */
export function forAgentReply(): DialogReply {
  return reply([text('handoff.with-agent')], ['cmd:resume'], 'text');
}

/** A message while waiting: the full notice the first time, then a short one. */
export function heldReply(context: DialogContext): DialogReply {
  return reply([text((context.held ?? 0) === 0 ? 'handoff.holding' : 'handoff.noted')], ['cmd:resume'], 'text');
}
