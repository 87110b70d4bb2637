// English word lists. Staff roles: head counts given by role ("8 drivers and 3 office staff")
// add up to the staff. Generic words (employees, staff, people) are not roles.

import type { Words } from '../types';

export const staffRoles: Words = [
  String.raw`drivers?`, String.raw`cooks?`, String.raw`chefs?`, String.raw`waiters?`, String.raw`waitress(?:es)?`, String.raw`servers?`,
  String.raw`cleaners?`, String.raw`(?:security )?guards?`, 'office staff', 'office workers?', String.raw`clerks?`, String.raw`cashiers?`,
  String.raw`accountants?`, String.raw`workers?`, String.raw`technicians?`, String.raw`mechanics?`, 'salespeople', 'sales staff',
  String.raw`receptionists?`, String.raw`helpers?`, String.raw`pickers?`, String.raw`farmhands?`, String.raw`engineers?`,
  String.raw`programmers?`, String.raw`designers?`, String.raw`teachers?`, String.raw`nurses?`, String.raw`guides?`, String.raw`housekeepers?`,
  String.raw`instructors?`, String.raw`doctors?`, String.raw`riders?`, String.raw`apprentices?`, String.raw`storekeepers?`,
];
