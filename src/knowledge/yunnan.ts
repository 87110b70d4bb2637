// Yunnan's small and micro enterprises in figures: the third economic census (end of 2013) as the
// paper's §1 quotes it from the provincial statistics bureau's bulletin of October 2015.

import type { Citation } from './citations';

export const YUNNAN_CENSUS_2013 = {
  /** Small and micro enterprise legal entities in the secondary and tertiary industries. */
  smallMicroEntities: 112_600,
  shareOfEntitiesPct: 94.1,
  employees: 2_226_700,
  shareOfEmployeesPct: 52.2,
  shareOfAssetsPct: 37.7,
  asOf: '2013-12-31',
  published: '2015-10',
  citations: ['§1'] as readonly Citation[],
} as const;
