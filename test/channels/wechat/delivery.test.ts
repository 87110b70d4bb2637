// The delivery machine: how a message's answer reaches the user across WeChat's three tries, as
// tables of events and the decisions the route carries out (no timers, no sockets).

import { describe, expect, it } from 'vitest';
import { NEW_DELIVERY, deliveryStep, type Decision, type DeliveryEvent, type DeliveryState } from '../../../src/channels/wechat/delivery';

/** Runs the events from a new message; the decisions in order and the final state. */
function run(events: DeliveryEvent[]): { decisions: Decision[]; state: DeliveryState } {
  let state = NEW_DELIVERY;
  const decisions: Decision[] = [];
  for (const event of events) {
    const [next, decision] = deliveryStep(state, event);
    state = next;
    decisions.push(decision);
  }
  return { decisions, state };
}

const TRY: DeliveryEvent = { type: 'try' };
const TEXT: DeliveryEvent = { type: 'answered', text: true };
const DEADLINE: DeliveryEvent = { type: 'deadline', lateReplies: true };
const DEADLINE_NO_API: DeliveryEvent = { type: 'deadline', lateReplies: false };

describe('the delivery of one message', () => {
  it('answers the first try when the answer comes in time, and forgets the message', () => {
    expect(run([TRY, TEXT, { type: 'sent' }])).toEqual({
      decisions: ['none', 'keep-for-retry', 'forget'],
      state: { phase: 'over', tries: 1, waiting: 0, delivered: true, sendLate: false, hasText: true },
    });
  });

  it('drops the first two tries at their deadline so that WeChat tries again, and answers the third', () => {
    expect(run([TRY, DEADLINE, TRY, DEADLINE, TRY, TEXT, { type: 'sent' }])).toEqual({
      decisions: ['none', 'drop-connection', 'none', 'drop-connection', 'none', 'keep-for-retry', 'forget'],
      state: { phase: 'over', tries: 3, waiting: 0, delivered: true, sendLate: false, hasText: true },
    });
  });

  it('answers the third try `success` at its deadline and sends the reply late once ready', () => {
    expect(run([TRY, DEADLINE, TRY, DEADLINE, TRY, DEADLINE, TEXT])).toEqual({
      decisions: ['none', 'drop-connection', 'none', 'drop-connection', 'none', 'answer-success', 'send-late'],
      state: { phase: 'over', tries: 3, waiting: 0, delivered: true, sendLate: true, hasText: true },
    });
  });

  it('without a customer-service API drops the third try too, and the answer waits for no further try', () => {
    expect(run([TRY, DEADLINE_NO_API, TRY, DEADLINE_NO_API, TRY, DEADLINE_NO_API, TEXT])).toEqual({
      decisions: ['none', 'drop-connection', 'none', 'drop-connection', 'none', 'drop-connection', 'send-late'],
      state: { phase: 'over', tries: 3, waiting: 0, delivered: true, sendLate: false, hasText: true },
    });
  });

  it('keeps an answer ready between tries for the next one, which carries it', () => {
    expect(run([TRY, DEADLINE, TEXT, TRY, { type: 'sent' }])).toEqual({
      decisions: ['none', 'drop-connection', 'keep-for-retry', 'none', 'forget'],
      state: { phase: 'over', tries: 2, waiting: 0, delivered: true, sendLate: false, hasText: true },
    });
  });

  it('sends the kept answer late when no further try comes within the grace period', () => {
    expect(run([TRY, DEADLINE, TEXT, { type: 'grace-over' }])).toEqual({
      decisions: ['none', 'drop-connection', 'keep-for-retry', 'send-late'],
      state: { phase: 'over', tries: 1, waiting: 0, delivered: true, sendLate: false, hasText: true },
    });
  });

  it('sends late an answer whose delivery found WeChat gone (it hung up first)', () => {
    expect(run([TRY, TEXT, { type: 'left' }, { type: 'grace-over' }])).toEqual({
      decisions: ['none', 'keep-for-retry', 'none', 'send-late'],
      state: { phase: 'over', tries: 1, waiting: 0, delivered: true, sendLate: false, hasText: true },
    });
  });

  it('sends nothing late for a bare `success` (an event with nothing to say)', () => {
    expect(run([TRY, DEADLINE, { type: 'answered', text: false }, { type: 'grace-over' }])).toEqual({
      decisions: ['none', 'drop-connection', 'keep-for-retry', 'forget'],
      state: { phase: 'over', tries: 1, waiting: 0, delivered: true, sendLate: false, hasText: false },
    });
  });

  it('answers three tries waiting at once, and forgets the message after the last of them', () => {
    expect(run([TRY, TRY, TRY, TEXT, { type: 'sent' }, { type: 'sent' }, { type: 'sent' }])).toEqual({
      decisions: ['none', 'none', 'none', 'keep-for-retry', 'none', 'none', 'forget'],
      state: { phase: 'over', tries: 3, waiting: 0, delivered: true, sendLate: false, hasText: true },
    });
  });

  it('forgets a message whose work failed; its waiting delivery leaves', () => {
    expect(run([TRY, { type: 'failed' }, { type: 'left' }])).toEqual({
      decisions: ['none', 'forget', 'none'],
      state: { phase: 'over', tries: 1, waiting: 0, delivered: false, sendLate: false, hasText: false },
    });
  });
});
