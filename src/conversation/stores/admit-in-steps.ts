// A message's admission (store.ts, `Admissions`) taken call by call, for the stores whose calls
// are cheap one by one (memory) or that have no transaction to share (Redis: separate round trips,
// as the WeChat channel made them before the admission existed). SQLite takes it in one transaction.

import type { Admission, AdmissionRequest, KeyValueCache, ProcessedMessages } from '../store';

/** The admission call by call: the answers read, the key claimed, the hit counted if it should be. */
export async function admitInSteps<K extends string>(
  store: ProcessedMessages & KeyValueCache,
  request: AdmissionRequest<K>,
): Promise<Admission<K>> {
  const answers = {} as Record<K, string | undefined>;
  for (const name of Object.keys(request.answers) as K[]) {
    answers[name] = await store.getProcessed(request.conversationId, request.answers[name]);
  }
  const { claim, hit } = request;
  const claimed = await store.setIfAbsent(claim.key, claim.value, claim.ttlMs);
  if (!hit?.when(answers, claimed)) return { answers, claimed };
  return { answers, claimed, hits: await store.hit(hit.key, hit.windowMs) };
}
