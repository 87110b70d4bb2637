// What a message means in the conversation as it stands: the NLU says what the words contain,
// this decides what the user wants (answer a question, pick a numbered choice, ask a follow-up,
// give a command). Pure; the machine raises the intent it returns.

import { isIndustryId, isPurposeId, isServiceId, type IndustryId, type PurposeId, type SizeClass } from '../src/knowledge/ids';
import { isLocale } from '../src/locale';
import type { Understanding } from '../src/nlu/types';
import { carriesSlots } from './slots';
import type { ChoiceId, DialogContext, Intent } from './types';

/** The intent a choice stands for, as if the user had typed it. */
export function choiceIntent(choice: ChoiceId, understanding: Understanding): Intent {
  const [kind, value = ''] = choice.split(':') as [string, string | undefined];
  switch (kind) {
    case 'industry':
      if (isIndustryId(value)) return answer({ industry: value as IndustryId });
      break;
    case 'purpose':
      if (isPurposeId(value)) return answer({ purpose: value as PurposeId });
      break;
    case 'size':
      return answer({ declaredSize: value as SizeClass });
    case 'service':
      if (isServiceId(value)) return { type: 'intent.service', serviceId: value };
      break;
    case 'lang':
      if (isLocale(value)) return { type: 'intent.language', locale: value };
      break;
    case 'cmd':
      switch (value) {
        case 'risks':
          return { type: 'intent.risks' };
        case 'platform-check':
          return { type: 'intent.platform-check' };
        case 'regulation':
          return { type: 'intent.regulation' };
        case 'summary':
          return { type: 'intent.summary' };
        case 'human':
          return { type: 'intent.human' };
        case 'restart':
          return { type: 'intent.restart', understanding: { language: understanding.language } };
        case 'advice':
          return { type: 'intent.advice' };
        case 'resume':
          return { type: 'intent.resume' };
        case 'p2p':
          return { type: 'intent.service', serviceId: 'p2p-lending' };
      }
      break;
    case 'yes':
      return { type: 'intent.yes' };
    case 'no':
      return { type: 'intent.no' };
    case 'skip':
      return { type: 'intent.skip' };
  }
  return { type: 'intent.unknown' };
}

function answer(slots: Partial<Understanding>): Intent {
  return { type: 'intent.answer', understanding: { language: null, ...slots } };
}

export function interpret(context: DialogContext, u: Understanding): Intent {
  const hasSlots = carriesSlots(u, context.awaiting, context.profile, context.locale);

  switch (u.command) {
    case 'language':
      if (u.targetLocale) return { type: 'intent.language', locale: u.targetLocale };
      break;
    case 'delete-data':
      return { type: 'intent.delete' };
    case 'restart':
      // "重新开始，我们是做茶叶的": start over and keep what this message says.
      return { type: 'intent.restart', understanding: u };
    case 'human':
      return { type: 'intent.human' };
    case 'resume':
      return { type: 'intent.resume' };
    default:
      break;
  }

  // "2" picks the second choice, unless the bot is waiting for a figure (then 2 means two).
  if (u.number !== undefined && !hasSlots && Number.isInteger(u.number)) {
    const picked = context.choiceMode === 'number' ? context.choices[u.number - 1] : undefined;
    if (picked && u.command !== 'details') return choiceIntent(picked, u);
    const listed = context.listed[u.number - 1];
    if (listed && (u.command === 'details' || !picked)) {
      return { type: 'intent.service', serviceId: listed };
    }
  }
  if (u.yesNo && !hasSlots && !u.command && !u.service) {
    return { type: u.yesNo === 'yes' ? 'intent.yes' : 'intent.no' };
  }

  switch (u.command) {
    case 'help':
      return { type: 'intent.help' };
    case 'skip':
      return { type: 'intent.skip' };
    case 'summary':
      return { type: 'intent.summary' };
    case 'risks':
      return { type: 'intent.risks' };
    case 'platform-check':
      return { type: 'intent.platform-check' };
    case 'regulation':
      return { type: 'intent.regulation' };
    default:
      break;
  }
  if (hasSlots) return { type: 'intent.answer', understanding: u };
  if (u.service) return { type: 'intent.service', serviceId: u.service };
  switch (u.command) {
    case 'advice':
      return { type: 'intent.advice' };
    case 'more':
      return { type: 'intent.more' };
    case 'greeting':
      return { type: 'intent.greeting' };
    case 'details':
      if (context.listed[0]) return { type: 'intent.service', serviceId: context.listed[0] };
      break;
    default:
      break;
  }
  return { type: 'intent.unknown' };
}
