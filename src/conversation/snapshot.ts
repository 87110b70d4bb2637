// Checks a stored snapshot before the machine is restored from it. A snapshot written by an
// older, incompatible machine, or damaged on disk, must restart the conversation politely rather
// than crash a turn or feed the machine values it does not expect.

import { z } from 'zod';
import { PROFILE_CHANGE_SLOTS, SLOTS, type DialogContext } from '../../dialogs/types';
import { DIALOG_SCHEMA_VERSION, STATE_NAMES, type StateName } from '../../dialogs/machine';
import { INDUSTRY_IDS, PURPOSE_IDS, QUESTION_IDS, SERVICE_IDS, SIZE_CLASSES } from '../knowledge/ids';
import { LOCALES } from '../locale';
import { SPOKEN_FOR } from '../nlu/types';
import type { StoredConversation } from './store';

const count = z.number().finite().nonnegative();

export const profileSchema = z
  .object({
    industry: z.enum(INDUSTRY_IDS).optional(),
    crossBorder: z.boolean().optional(),
    onlineSales: z.boolean().optional(),
    buyerOwes: z.boolean().optional(),
    employees: count.optional(),
    annualRevenueCny: count.optional(),
    totalAssetsCny: count.optional(),
    sizeClass: z.enum(SIZE_CLASSES).optional(),
    sizeClassSource: z.enum(['standard', 'declared']).optional(),
    purpose: z.enum(PURPOSE_IDS).optional(),
    assetBought: z.boolean().optional(),
    amount: z.object({ value: count, currency: z.string().regex(/^[A-Z]{3}$/) }).optional(),
    termMonths: count.optional(),
  })
  .strict();

const contextSchema = z.object({
  locale: z.enum(LOCALES),
  profile: profileSchema,
  awaiting: z.enum(SLOTS).nullable(),
  skipped: z.array(z.enum(SLOTS)),
  choices: z.array(z.string().max(64)).max(32),
  choiceMode: z.enum(['number', 'text']),
  listed: z.array(z.enum(SERVICE_IDS)).max(16),
  handoff: z.boolean(),
  greeted: z.boolean(),
  // Added with the hand-off's contact (optional: snapshots from before restore unchanged).
  handoffAt: count.optional(),
  contact: z
    .object({
      phone: z
        .string()
        .regex(/^1[3-9]\d{9}$/)
        .optional(),
      callbackTime: z.string().max(64).optional(),
    })
    .strict()
    .optional(),
  contactPending: z.boolean().optional(),
  held: count.optional(),
  // Added with putting a question aside (optional: snapshots from before restore unchanged).
  asked: count.optional(),
  // Added with services the owner refused (optional: snapshots from before restore unchanged).
  declined: z.array(z.enum(SERVICE_IDS)).max(16).optional(),
  // Added with answering in the language the conversation began in (optional: older snapshots restore unchanged).
  startedIn: z.enum(LOCALES).optional(),
  // Added with programmes' last days (optional: older snapshots restore unchanged; the engine sets it on every turn).
  today: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  // Added with following back the language the owner asked for (optional: older snapshots restore unchanged).
  askedIn: z.enum(LOCALES).optional(),
  // Added with reading a figure after the last answer (optional: snapshots from before restore unchanged).
  recent: z
    .object({
      asked: z.enum(SLOTS).nullable(),
      changed: z.array(z.enum(PROFILE_CHANGE_SLOTS)).max(16),
      // Added with a sum after a wish to borrow (optional: older snapshots restore unchanged).
      wantsLoan: z.literal(true).optional(),
    })
    .strict()
    .optional(),
  placing: z
    .object({
      money: z.object({ value: count, currency: z.string().regex(/^[A-Z]{3}$/) }).strict(),
      // 'part' added with a sum much smaller than the one held, asked (older snapshots restore unchanged).
      figure: z.enum(['revenue', 'assets', 'part']),
    })
    .strict()
    .optional(),
  // Added with advising the firm of the person the user speaks for (optional: snapshots from before restore unchanged).
  advisedFor: z.enum(SPOKEN_FOR).optional(),
  // Added with follow-ups on an offer and a question (optional: snapshots from before restore unchanged).
  lastOffer: z
    .object({
      principal: count.optional(),
      months: count.optional(),
      instalment: count.optional(),
      total: count.optional(),
      monthlyRatePct: count.optional(),
      dailyRatePct: count.optional(),
      annualRatePct: count.optional(),
      feePct: count.optional(),
      fee: count.optional(),
      monthlyFeePct: count.optional(),
      guaranteeFeePct: count.optional(),
      repayment: z.enum(['monthly', 'end']).optional(),
      received: count.optional(),
      downPaymentPct: count.optional(),
      // Added with offers from a bank or a licensed lender named (optional: older snapshots restore unchanged).
      licensed: z.literal(true).optional(),
      // Added with the firm's own loan judged (round 34; optional: older snapshots restore unchanged).
      held: z.literal(true).optional(),
    })
    .strict()
    .optional(),
  // Added with whether the offer just costed is lawful (round 47; optional: older snapshots restore unchanged).
  offerJustCosted: z.literal(true).optional(),
  // Added with questions asked of the service whose card was just shown (optional: older snapshots restore unchanged).
  lastService: z.enum(SERVICE_IDS).optional(),
  // Added with working the monthly asked after a what-if on its figures (optional: older snapshots restore unchanged).
  lastWhatIf: z
    .object({
      sum: z
        .object({ value: count, currency: z.string().regex(/^[A-Z]{3}$/) })
        .strict()
        .optional(),
      termMonths: count.optional(),
    })
    .strict()
    .optional(),
  lastQuestion: z.enum(QUESTION_IDS).optional(),
  // Added with money not sent said right after a fraud's answer (round 52; optional: older snapshots restore unchanged).
  fraudJustAnswered: z.enum(QUESTION_IDS).optional(),
  // Added with referring to an answer already shown (optional: older snapshots restore unchanged).
  shown: z.array(z.string().max(80)).max(64).optional(),
  // Added with putting aside a question reminded after side questions (optional: older snapshots restore unchanged).
  reminded: z
    .object({ slot: z.enum(SLOTS), question: z.enum(QUESTION_IDS).optional() })
    .strict()
    .optional(),
});

const snapshotSchema = z
  .object({
    status: z.literal('active'),
    value: z.enum(STATE_NAMES),
    context: contextSchema,
  })
  .passthrough();

export type Restored =
  | { ok: true; snapshot: z.infer<typeof snapshotSchema>; context: DialogContext; state: StateName }
  | { ok: false; reason: 'schema-version' | 'invalid' };

export function restoreSnapshot(record: StoredConversation): Restored {
  if (record.schemaVersion !== DIALOG_SCHEMA_VERSION) return { ok: false, reason: 'schema-version' };
  const parsed = snapshotSchema.safeParse(record.snapshot);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  return {
    ok: true,
    snapshot: parsed.data,
    context: parsed.data.context as DialogContext,
    state: parsed.data.value,
  };
}
