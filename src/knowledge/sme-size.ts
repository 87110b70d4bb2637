// The SME size classifier: the 2011 size standard 《中小企业划型标准规定》 (工信部联企业〔2011〕300号,
// Article 4) as data, and the rules that turn an industry and the figures a user gave into a size
// class, or into the figures still needed. Applied as docs/knowledge.md
// states it; wording for the user lives in the locales, never here.

import type { IndustryId, SizeClass } from './ids';
import type { EnterpriseProfile } from './profile';

export type SizeMeasure = 'employees' | 'revenue' | 'assets';
/** Employees in people; revenue and assets in yuan (the published table is in 万元). */
export type SizeFloors = Partial<Record<SizeMeasure, number>>;
/** `small` floors are also the micro cut-offs: below any of them is micro. */
export interface SizeStandardRow {
  ceiling: SizeFloors;
  medium: SizeFloors;
  small: SizeFloors;
}

export const SIZE_STANDARD_CITATION = 'sme-size-standard';

export interface SizeInput {
  industry: IndustryId;
  employees?: number;
  revenueCny?: number;
  assetsCny?: number;
}

/**
 * A profile's figures as the standard takes them (undefined without an industry). A firm raising its start-up money (purpose startup:
 * not open yet, or no takings yet, 还没得收入) has no revenue: 0 unless a figure was said, so its class is decided without asking for last
 * year's takings it never had (round 29). Shared by the dialog's slot filling and the size-class answer.
 */
export function sizeInputOf(profile: EnterpriseProfile): SizeInput | undefined {
  if (!profile.industry) return undefined;
  return {
    industry: profile.industry,
    employees: profile.employees,
    revenueCny: profile.annualRevenueCny ?? (profile.purpose === 'startup' ? 0 : undefined),
    assetsCny: profile.totalAssetsCny,
  };
}

export type SizeRule =
  | { kind: 'large'; measure: SizeMeasure; threshold: number }
  | { kind: 'micro'; measure: SizeMeasure; threshold: number }
  | { kind: 'medium'; floors: SizeFloors }
  | { kind: 'small'; floors: SizeFloors };

export type SizeResult =
  | { decided: true; industry: IndustryId; sizeClass: SizeClass; rule: SizeRule }
  | { decided: false; industry: IndustryId; missing: SizeMeasure[] };

// Every row of the table lists its measures in this order, so it is also "the row's order" for
// reporting the deciding or missing figure, independent of object key order.
const MEASURE_ORDER: readonly SizeMeasure[] = ['employees', 'revenue', 'assets'];

const YUAN_PER_WAN = 10_000;

/** The table is transcribed in 万元 so it can be checked line by line against the source. */
interface WanFloors {
  employees?: number;
  revenueWan?: number;
  assetsWan?: number;
}

function toYuan(f: WanFloors): SizeFloors {
  const out: SizeFloors = {};
  if (f.employees !== undefined) out.employees = f.employees;
  if (f.revenueWan !== undefined) out.revenue = f.revenueWan * YUAN_PER_WAN;
  if (f.assetsWan !== undefined) out.assets = f.assetsWan * YUAN_PER_WAN;
  return Object.freeze(out);
}

function row(ceiling: WanFloors, medium: WanFloors, small: WanFloors): SizeStandardRow {
  return Object.freeze({ ceiling: toYuan(ceiling), medium: toYuan(medium), small: toYuan(small) });
}

export const SIZE_STANDARD: Readonly<Record<IndustryId, SizeStandardRow>> = Object.freeze({
  agriculture: row({ revenueWan: 20000 }, { revenueWan: 500 }, { revenueWan: 50 }),
  industry: row({ employees: 1000, revenueWan: 40000 }, { employees: 300, revenueWan: 2000 }, { employees: 20, revenueWan: 300 }),
  construction: row({ revenueWan: 80000, assetsWan: 80000 }, { revenueWan: 6000, assetsWan: 5000 }, { revenueWan: 300, assetsWan: 300 }),
  wholesale: row({ employees: 200, revenueWan: 40000 }, { employees: 20, revenueWan: 5000 }, { employees: 5, revenueWan: 1000 }),
  retail: row({ employees: 300, revenueWan: 20000 }, { employees: 50, revenueWan: 500 }, { employees: 10, revenueWan: 100 }),
  transport: row({ employees: 1000, revenueWan: 30000 }, { employees: 300, revenueWan: 3000 }, { employees: 20, revenueWan: 200 }),
  warehousing: row({ employees: 200, revenueWan: 30000 }, { employees: 100, revenueWan: 1000 }, { employees: 20, revenueWan: 100 }),
  postal: row({ employees: 1000, revenueWan: 30000 }, { employees: 300, revenueWan: 2000 }, { employees: 20, revenueWan: 100 }),
  accommodation: row({ employees: 300, revenueWan: 10000 }, { employees: 100, revenueWan: 2000 }, { employees: 10, revenueWan: 100 }),
  catering: row({ employees: 300, revenueWan: 10000 }, { employees: 100, revenueWan: 2000 }, { employees: 10, revenueWan: 100 }),
  'information-transmission': row(
    { employees: 2000, revenueWan: 100000 },
    { employees: 100, revenueWan: 1000 },
    { employees: 10, revenueWan: 100 },
  ),
  'software-it': row({ employees: 300, revenueWan: 10000 }, { employees: 100, revenueWan: 1000 }, { employees: 10, revenueWan: 50 }),
  'real-estate': row({ revenueWan: 200000, assetsWan: 10000 }, { revenueWan: 1000, assetsWan: 5000 }, { revenueWan: 100, assetsWan: 2000 }),
  'property-management': row(
    { employees: 1000, revenueWan: 5000 },
    { employees: 300, revenueWan: 1000 },
    { employees: 100, revenueWan: 500 },
  ),
  'leasing-business-services': row(
    { employees: 300, assetsWan: 120000 },
    { employees: 100, assetsWan: 8000 },
    { employees: 10, assetsWan: 100 },
  ),
  other: row({ employees: 300 }, { employees: 100 }, { employees: 10 }),
});

function measuresOf(floors: SizeFloors): SizeMeasure[] {
  return MEASURE_ORDER.filter((m) => floors[m] !== undefined);
}

export function measuresFor(industry: IndustryId): SizeMeasure[] {
  return measuresOf(SIZE_STANDARD[industry].small);
}

// A figure the user could not have meant (negative, NaN, infinite) must not decide a class.
function usable(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function knownFigures(input: SizeInput): SizeFloors {
  const known: SizeFloors = {};
  const employees = usable(input.employees);
  const revenue = usable(input.revenueCny);
  const assets = usable(input.assetsCny);
  if (employees !== undefined) known.employees = employees;
  if (revenue !== undefined) known.revenue = revenue;
  if (assets !== undefined) known.assets = assets;
  return known;
}

function meetsAll(known: SizeFloors, floors: SizeFloors): boolean {
  return measuresOf(floors).every((m) => {
    const value = known[m];
    const floor = floors[m];
    return value !== undefined && floor !== undefined && value >= floor;
  });
}

export function classifySize(input: SizeInput): SizeResult {
  const { industry } = input;
  const standard = SIZE_STANDARD[industry];
  const known = knownFigures(input);

  // Large first: reaching the ceiling on one measure takes a firm out of the SME range (或), even
  // if another figure would sit below a small floor.
  for (const measure of measuresOf(standard.ceiling)) {
    const value = known[measure];
    const threshold = standard.ceiling[measure];
    if (value !== undefined && threshold !== undefined && value >= threshold) {
      return { decided: true, industry, sizeClass: 'large', rule: { kind: 'large', measure, threshold } };
    }
  }

  // One figure below a small floor is enough for micro (或), so the other need not be asked.
  for (const measure of measuresOf(standard.small)) {
    const value = known[measure];
    const threshold = standard.small[measure];
    if (value !== undefined && threshold !== undefined && value < threshold) {
      return { decided: true, industry, sizeClass: 'micro', rule: { kind: 'micro', measure, threshold } };
    }
  }

  // Small and medium need every figure of the row (且); a figure the row does not use is ignored.
  const missing = measuresOf(standard.small).filter((m) => known[m] === undefined);
  if (missing.length > 0) return { decided: false, industry, missing };

  if (meetsAll(known, standard.medium)) {
    const rule: SizeRule = { kind: 'medium', floors: standard.medium };
    return { decided: true, industry, sizeClass: 'medium', rule };
  }
  const rule: SizeRule = { kind: 'small', floors: standard.small };
  return { decided: true, industry, sizeClass: 'small', rule };
}

/**
 * The measure that keeps a firm the figures cannot yet class below the medium class: medium needs
 * every figure of its row at or above its floor (且), so one known figure below its medium floor
 * leaves only small or micro ("做装修的，一年一千二百万": construction's medium floor is 6,000万 of
 * revenue, whatever the assets). Undefined when the class is decided or could still be medium.
 */
export function belowMediumBy(input: SizeInput): SizeMeasure | undefined {
  if (classifySize(input).decided) return undefined;
  const known = knownFigures(input);
  const medium = SIZE_STANDARD[input.industry].medium;
  return measuresOf(SIZE_STANDARD[input.industry].small).find((m) => {
    const value = known[m];
    const floor = medium[m];
    return value !== undefined && floor !== undefined && value < floor;
  });
}
