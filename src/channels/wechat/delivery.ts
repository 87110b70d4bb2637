// How one WeChat message's answer reaches the user, as a small state machine with no I/O.
//
// WeChat waits 5 s for a passive reply and tries a message three times. Each try (a delivery)
// waits for the same piece of work. A delivery whose deadline passes first is dropped (no status,
// so WeChat tries again), except the last try when late replies are possible: it is answered
// `success` and the reply follows as a customer-service message once ready. When the work ends
// with nobody waiting, the answer is kept a grace period for WeChat's next try, and sent late if
// none comes. The route keeps the timers and the sockets and does what `Decision` says.

/** WeChat's documented number of tries per message. */
export const WECHAT_TRIES = 3;

export interface DeliveryState {
  /** `working`: the answer is being made; `kept`: ready and kept for a next try; `over`: forget it. */
  phase: 'working' | 'kept' | 'over';
  /** Deliveries (tries) of this message seen so far. */
  tries: number;
  /** Deliveries currently waiting for the answer. */
  waiting: number;
  /** The answer reached the user (a delivery carried it, it went out late, or there was nothing to say). */
  delivered: boolean;
  /** The last try was answered `success`: the reply must go out late when ready. */
  sendLate: boolean;
  /** The answer is a text the user must read (not a bare `success`). */
  hasText: boolean;
}

export type DeliveryEvent =
  /** A delivery (try) of the message arrived. */
  | { type: 'try' }
  /** A waiting delivery's deadline passed before the answer; `lateReplies`: a customer-service API is set. */
  | { type: 'deadline'; lateReplies: boolean }
  /** A waiting delivery carried the answer back to WeChat. */
  | { type: 'sent' }
  /** A waiting delivery left without the answer (WeChat hung up, or the work failed). */
  | { type: 'left' }
  /** The work ended with an answer; `text`: one the user must read. */
  | { type: 'answered'; text: boolean }
  /** The work failed. */
  | { type: 'failed' }
  /** The grace period for WeChat's next try is over. */
  | { type: 'grace-over' };

export type Decision =
  /** Nothing to do now. */
  | 'none'
  /** Drop the delivery's connection, so that WeChat tries again rather than showing an error. */
  | 'drop-connection'
  /** Answer the delivery `success`: WeChat will not try again; the reply goes out late. */
  | 'answer-success'
  /** Keep the answer for the grace period, for WeChat's next try. */
  | 'keep-for-retry'
  /** Forget the message and send its reply now as a customer-service message. */
  | 'send-late'
  /** Forget the message. */
  | 'forget';

export const NEW_DELIVERY: DeliveryState = { phase: 'working', tries: 0, waiting: 0, delivered: false, sendLate: false, hasText: false };

/** When the message is forgotten: the reply goes late unless the user has it already. */
function over(state: DeliveryState): [DeliveryState, Decision] {
  const late = !state.delivered && state.hasText;
  return [{ ...state, phase: 'over', delivered: state.delivered || late }, late ? 'send-late' : 'forget'];
}

export function deliveryStep(state: DeliveryState, event: DeliveryEvent): [DeliveryState, Decision] {
  switch (event.type) {
    case 'try':
      return [{ ...state, tries: state.tries + 1, waiting: state.waiting + 1 }, 'none'];
    case 'deadline': {
      const waiting = state.waiting - 1;
      if (state.tries >= WECHAT_TRIES && event.lateReplies) return [{ ...state, waiting, sendLate: true }, 'answer-success'];
      return [{ ...state, waiting }, 'drop-connection'];
    }
    case 'sent': {
      const next = { ...state, waiting: state.waiting - 1, delivered: true };
      // Delivered and no other try waiting: nothing left to keep it for (a try that still comes
      // finds the stored answer).
      return next.waiting === 0 ? [{ ...next, phase: 'over' }, 'forget'] : [next, 'none'];
    }
    case 'left':
      return [{ ...state, waiting: state.waiting - 1 }, 'none'];
    case 'answered': {
      // A bare `success` is nothing a user would miss.
      const next = { ...state, hasText: event.text, delivered: state.delivered || !event.text };
      if (next.sendLate || (next.waiting === 0 && next.tries >= WECHAT_TRIES)) return over(next);
      return [{ ...next, phase: 'kept' }, 'keep-for-retry'];
    }
    case 'failed':
      return [{ ...state, phase: 'over' }, 'forget'];
    case 'grace-over':
      return over(state);
  }
}
