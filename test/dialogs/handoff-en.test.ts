// The hand-off in English: the desk's hours, a number and a time left for a call back, "anyone
// there?", messages while waiting. Exact replies, on a fake clock (Beijing time).

import { describe, it } from 'vitest';
import { beijing, HOUR, MINUTE, playHandoff } from './handoff-table';

const STARTED = 'I have passed your case to a human adviser.';
const STAFFED = 'The desk is staffed now (Monday to Friday, 09:00–17:30, Beijing time), so an adviser will reply soon.';
const ASK =
  'If you like, leave a mobile number or a good time to call you (for example "after 3 pm") and the adviser will contact you; or reply "skip".';
const MEANWHILE = 'Meanwhile you can keep leaving messages here; the adviser will see them. To talk to me again, reply "back to the bot".';
const BACK = 'To talk to me in the meantime, reply "back to the bot".';
const closed = (hours: string, when: string) =>
  `The desk is staffed ${hours} (Beijing time). It is closed now: an adviser will see your message ${when}, when the desk opens.`;
const lines = (...l: string[]) => [l.join('\n')];

describe('hand-off (en)', () => {
  it('during desk hours: a number with a time, "anyone there?", short acknowledgements', async () => {
    await playHandoff(
      [
        { say: 'We run a logistics company' },
        {
          say: 'can I talk to a real person?',
          stage: 'handoff',
          replies: lines(STARTED, STAFFED, ASK, MEANWHILE),
          choices: ['Skip', 'Back to the bot'],
        },
        {
          say: 'my number is 139 1234 5678, call me after 3pm',
          replies: [
            'Thank you, I have noted it (mobile 13912345678, best time to call: after 3pm); the adviser will use it to contact you. To correct it, just send it again.',
          ],
          contact: { phone: '13912345678', callbackTime: 'after 3pm' },
        },
        {
          say: 'anyone there??',
          after: 1 * MINUTE,
          replies: lines(
            'You have been waiting for 1 minute.',
            STAFFED,
            'The adviser will contact you (mobile 13912345678, best time to call: after 3pm).',
            BACK,
          ),
        },
        {
          say: 'we need the loan before the tea season',
          replies: ['Your message has been noted, and a human adviser will reply soon. To talk to me again, reply "back to the bot".'],
        },
        { say: 'ok', replies: ['Got it; the adviser will see this message too.'] },
        {
          say: 'still nothing?',
          after: 3 * HOUR + 5 * MINUTE,
          replies: lines(
            'You have been waiting for 3 hours 6 minutes.',
            closed('Monday to Friday, 09:00–17:30', 'tomorrow at 09:00'),
            'The adviser will contact you (mobile 13912345678, best time to call: after 3pm).',
            BACK,
          ),
        },
        { say: 'back to the bot', stage: 'collecting' },
      ],
      { start: beijing(2026, 1, 14, 15, 0), locale: 'en' }, // a Wednesday
    );
  });

  it('outside desk hours, with Saturday mornings staffed: when a person will see it; skip; a time alone', async () => {
    const hours = 'Monday to Friday, 09:00–17:30; Saturday, 09:00–12:00';
    await playHandoff(
      [
        { say: 'hello' },
        { say: 'I want to speak to a human', replies: lines(STARTED, closed(hours, 'tomorrow at 09:00'), ASK, MEANWHILE) },
        { say: 'no thanks', replies: ["That's fine; the adviser will reply to you here."], contact: null },
        { say: 'when are you open?', replies: [closed(hours, 'tomorrow at 09:00')] },
        {
          say: 'actually call me tomorrow morning',
          replies: [
            'Thank you, I have noted it (best time to call: tomorrow morning); the adviser will use it to contact you. To correct it, just send it again.',
          ],
          contact: { callbackTime: 'tomorrow morning' },
        },
        {
          say: 'is anybody there',
          after: 40 * MINUTE,
          replies: lines(
            'You have been waiting for 40 minutes.',
            closed(hours, 'tomorrow at 09:00'),
            'The adviser will contact you (best time to call: tomorrow morning).',
            BACK,
          ),
        },
      ],
      { start: beijing(2026, 1, 16, 20, 30), locale: 'en', hours: 'Mon-Fri 09:00-17:30; Sat 09:00-12:00' }, // a Friday night
    );
  });
});
