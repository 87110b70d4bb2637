// Papers and licences in English: a licence or permit of the firm's own, said held, and a loan spoken of beside
// them. Read together by run.ts (licenceAmongPapers, corpus convention 199): a licence named among the papers to
// bring for a loan is one of those papers, not a regulation asked.

import type { Words } from '../types';

/** A licence or a permit named with up to three words before it ("practice licence", "food business permit"). */
export const licenceNamed: Words = [String.raw`\b(?:[\w-]+ ){0,3}?(?:licen[cs]es?|permits?)\b`];

/** A loan spoken of: the papers asked are a lender's. */
export const loanSpokenOf: Words = [String.raw`\b(?:loans?|borrow(?:ing)?|lend(?:er|ing)?|bank)\b`];

/** A licence said held ("we have the permit", "got our licence"): a paper the firm has, not one it asks how to get. */
export const licenceHeld: Words = [String.raw`\b(?:have|got|'ve got)\b[^.!?]{0,20}\b(?:licen[cs]e|permit)`];
