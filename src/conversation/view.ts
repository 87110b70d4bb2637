// The contract's ConversationView of a conversation: where it stands, what the bot knows, and
// the advice with every reason and caution spelled out in the conversation's language.

import type { DialogContext } from '../../dialogs/types';
import { stageOf } from '../../dialogs/machine';
import { profileComplete } from '../../dialogs/slots';
import { recommend } from '../knowledge/recommend';
import { renderCaution, renderReason } from '../i18n/knowledge-text';
import type { Locale } from '../locale';
import { summaryText } from './render';
import type { ConversationView } from './types';

/** The view of a conversation that has no data (new, or just deleted). */
export function emptyView(conversationId: string, locale: Locale): ConversationView {
  return {
    conversationId,
    locale,
    stage: 'collecting',
    awaiting: null,
    profile: {},
    recommendations: [],
    cautions: [],
    summary: summaryText(locale, {}, 'collecting', []),
  };
}

export function buildView(conversationId: string, context: DialogContext, state: string): ConversationView {
  const { locale, profile } = context;
  const stage = stageOf(context, state);
  // Advice stays visible to an agent during a hand-off when the profile was complete.
  const advised = stage === 'advising' || (stage === 'handoff' && profileComplete(context));
  const advice = advised ? recommend(profile, context.declined ?? [], context.today) : undefined;
  return {
    conversationId,
    locale,
    stage,
    awaiting: stage === 'collecting' ? context.awaiting : null,
    profile,
    recommendations: (advice?.recommendations ?? []).map((r) => ({
      serviceId: r.serviceId,
      ...(r.variant ? { variant: r.variant } : {}),
      rank: r.rank,
      reasons: r.reasons.map((reason) => renderReason(locale, reason)),
      citations: r.citations,
    })),
    cautions: (advice?.cautions ?? []).map((c) => ({
      riskId: c.riskId,
      ...(c.serviceId ? { serviceId: c.serviceId } : {}),
      text: renderCaution(locale, c),
      citations: [...c.citations],
    })),
    summary: summaryText(
      locale,
      profile,
      stage,
      advised ? (advice?.recommendations.map((r) => r.serviceId) ?? []) : [],
      context.advisedFor,
    ),
    ...(stage === 'handoff' && context.handoffAt !== undefined ? { waitingSince: new Date(context.handoffAt).toISOString() } : {}),
    ...(context.contact ? { contact: { ...context.contact } } : {}),
  };
}
