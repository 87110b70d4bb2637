// English word lists. Places abroad: the neighbours and trading partners, and the cities across
// Yunnan's border that traders name instead of the country ("hekou to hanoi", "ship to bangkok").
// One list, used wherever a place abroad decides something (cross-border trade, an export).

import type { Words } from '../types';

/** Countries and regions abroad. */
export const countriesAbroad: Words = [
  'vietnam',
  'laos',
  'myanmar',
  'burma',
  'thailand',
  'cambodia',
  'malaysia',
  'singapore',
  'india',
  'bangladesh',
  'europe',
  'the us',
  'america',
  'japan',
  'korea',
  'hong kong',
];

/** The people of those places, as owners name customers from there ("vietnamese buyers", "thai farmers"). */
export const nationalities: Words = [
  'vietnamese',
  'lao',
  'laotian',
  'burmese',
  'myanmar',
  'thai',
  'cambodian',
  'malaysian',
  'foreign',
  'overseas',
];

/** Cities across the border and beyond, as traders name them. */
export const citiesAbroad: Words = [
  'hanoi',
  String.raw`lao ?cai`,
  'haiphong',
  String.raw`ho chi minh(?: city)?`,
  'saigon',
  'mong cai',
  'vientiane',
  'luang prabang',
  'boten',
  'yangon',
  'rangoon',
  'mandalay',
  'lashio',
  'bangkok',
  'chiang mai',
  'phnom penh',
  'kuala lumpur',
  // South Asia's trading cities ("a distributor in chennai"; round 50).
  ...['kolkata', 'calcutta', 'chennai', 'mumbai', 'delhi', 'new delhi', 'bangalore', 'bengaluru', 'dhaka', 'kathmandu', 'colombo'],
];
