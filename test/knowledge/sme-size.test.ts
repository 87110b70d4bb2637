// Boundary tests for the SME size classifier (2011 standard, 工信部联企业〔2011〕300号). The cases are
// generated from a literal copy of the reference table in 万元, kept apart from SIZE_STANDARD, so a
// wrong figure or a wrong 万 multiplier in the implementation makes them fail.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDUSTRY_IDS, SIZE_CLASSES, type IndustryId, type SizeClass } from '../../src/knowledge/ids';
import {
  SIZE_STANDARD,
  SIZE_STANDARD_CITATION,
  belowMediumBy,
  classifySize,
  measuresFor,
  type SizeFloors,
  type SizeInput,
  type SizeMeasure,
  type SizeResult,
  type SizeRule,
} from '../../src/knowledge/sme-size';

/** Employees in people, revenue and assets in 万元, exactly as the reference prints them. */
type WanRow = Partial<Record<SizeMeasure, number>>;
interface ReferenceRow {
  ceiling: WanRow;
  medium: WanRow;
  small: WanRow;
}

// Copied by hand from the 2011 SME size standard (docs/knowledge.md); keys in the table's order.
const REFERENCE_WAN: Record<IndustryId, ReferenceRow> = {
  agriculture: { ceiling: { revenue: 20000 }, medium: { revenue: 500 }, small: { revenue: 50 } },
  industry: {
    ceiling: { employees: 1000, revenue: 40000 },
    medium: { employees: 300, revenue: 2000 },
    small: { employees: 20, revenue: 300 },
  },
  construction: {
    ceiling: { revenue: 80000, assets: 80000 },
    medium: { revenue: 6000, assets: 5000 },
    small: { revenue: 300, assets: 300 },
  },
  wholesale: {
    ceiling: { employees: 200, revenue: 40000 },
    medium: { employees: 20, revenue: 5000 },
    small: { employees: 5, revenue: 1000 },
  },
  retail: {
    ceiling: { employees: 300, revenue: 20000 },
    medium: { employees: 50, revenue: 500 },
    small: { employees: 10, revenue: 100 },
  },
  transport: {
    ceiling: { employees: 1000, revenue: 30000 },
    medium: { employees: 300, revenue: 3000 },
    small: { employees: 20, revenue: 200 },
  },
  warehousing: {
    ceiling: { employees: 200, revenue: 30000 },
    medium: { employees: 100, revenue: 1000 },
    small: { employees: 20, revenue: 100 },
  },
  postal: {
    ceiling: { employees: 1000, revenue: 30000 },
    medium: { employees: 300, revenue: 2000 },
    small: { employees: 20, revenue: 100 },
  },
  accommodation: {
    ceiling: { employees: 300, revenue: 10000 },
    medium: { employees: 100, revenue: 2000 },
    small: { employees: 10, revenue: 100 },
  },
  catering: {
    ceiling: { employees: 300, revenue: 10000 },
    medium: { employees: 100, revenue: 2000 },
    small: { employees: 10, revenue: 100 },
  },
  'information-transmission': {
    ceiling: { employees: 2000, revenue: 100000 },
    medium: { employees: 100, revenue: 1000 },
    small: { employees: 10, revenue: 100 },
  },
  'software-it': {
    ceiling: { employees: 300, revenue: 10000 },
    medium: { employees: 100, revenue: 1000 },
    small: { employees: 10, revenue: 50 },
  },
  'real-estate': {
    ceiling: { revenue: 200000, assets: 10000 },
    medium: { revenue: 1000, assets: 5000 },
    small: { revenue: 100, assets: 2000 },
  },
  'property-management': {
    ceiling: { employees: 1000, revenue: 5000 },
    medium: { employees: 300, revenue: 1000 },
    small: { employees: 100, revenue: 500 },
  },
  'leasing-business-services': {
    ceiling: { employees: 300, assets: 120000 },
    medium: { employees: 100, assets: 8000 },
    small: { employees: 10, assets: 100 },
  },
  other: { ceiling: { employees: 300 }, medium: { employees: 100 }, small: { employees: 10 } },
};

const ALL_MEASURES: readonly SizeMeasure[] = ['employees', 'revenue', 'assets'];
/** Far above every ceiling of the table, in people or in yuan. */
const HUGE = 1e12;

function toYuan(row: WanRow): SizeFloors {
  const out: SizeFloors = {};
  for (const [measure, value] of Object.entries(row) as [SizeMeasure, number][]) {
    out[measure] = measure === 'employees' ? value : value * 10_000;
  }
  return out;
}

function input(industry: IndustryId, figures: SizeFloors): SizeInput {
  return {
    industry,
    employees: figures.employees,
    revenueCny: figures.revenue,
    assetsCny: figures.assets,
  };
}

function get(floors: SizeFloors, measure: SizeMeasure): number {
  const value = floors[measure];
  if (value === undefined) throw new Error(`no ${measure} in ${JSON.stringify(floors)}`);
  return value;
}

interface DecidedCase {
  name: string;
  industry: IndustryId;
  figures: SizeFloors;
  sizeClass: SizeClass;
  rule: SizeRule;
}
interface UndecidedCase {
  name: string;
  industry: IndustryId;
  figures: SizeFloors;
  missing: SizeMeasure[];
}

const boundaryCases: DecidedCase[] = [];
const microAloneCases: DecidedCase[] = [];
const largeCases: DecidedCase[] = [];
const ignoredDecidedCases: DecidedCase[] = [];
const undecidedCases: UndecidedCase[] = [];
const ignoredUndecidedCases: UndecidedCase[] = [];
const invalidCases: UndecidedCase[] = [];

for (const industry of INDUSTRY_IDS) {
  const ref = REFERENCE_WAN[industry];
  const small = toYuan(ref.small);
  const medium = toYuan(ref.medium);
  const ceiling = toYuan(ref.ceiling);
  const rowMeasures = Object.keys(ref.small) as SizeMeasure[];
  const ceilingMeasures = Object.keys(ref.ceiling) as SizeMeasure[];
  const unused = ALL_MEASURES.filter((m) => !rowMeasures.includes(m));
  const smallRule: SizeRule = { kind: 'small', floors: small };
  const mediumRule: SizeRule = { kind: 'medium', floors: medium };
  const microOn = (m: SizeMeasure): SizeRule => ({ kind: 'micro', measure: m, threshold: get(small, m) });
  const largeOn = (m: SizeMeasure): SizeRule => ({ kind: 'large', measure: m, threshold: get(ceiling, m) });

  const decided =
    (into: DecidedCase[]) =>
    (name: string, figures: SizeFloors, sizeClass: SizeClass, rule: SizeRule): void => {
      into.push({ name: `${industry}: ${name}`, industry, figures, sizeClass, rule });
    };
  const undecided =
    (into: UndecidedCase[]) =>
    (name: string, figures: SizeFloors, missing: SizeMeasure[]): void => {
      into.push({ name: `${industry}: ${name}`, industry, figures, missing });
    };
  const boundary = decided(boundaryCases);
  const microAlone = decided(microAloneCases);
  const large = decided(largeCases);
  const ignoredDecided = decided(ignoredDecidedCases);
  const needs = undecided(undecidedCases);
  const ignoredUndecided = undecided(ignoredUndecidedCases);
  const invalid = undecided(invalidCases);

  for (const m of rowMeasures) {
    const s = get(small, m);
    const md = get(medium, m);

    // Other figures held at their small floors, so only `m` moves across its small floor.
    boundary(`${m} at the small floor`, { ...small }, 'small', smallRule);
    boundary(`${m} 1 below the small floor`, { ...small, [m]: s - 1 }, 'micro', microOn(m));
    boundary(`${m} 1 above the small floor`, { ...small, [m]: s + 1 }, 'small', smallRule);
    // Other figures held at their medium floors, so only `m` moves across its medium floor.
    boundary(`${m} at the medium floor`, { ...medium }, 'medium', mediumRule);
    boundary(`${m} 1 below the medium floor`, { ...medium, [m]: md - 1 }, 'small', smallRule);
    boundary(`${m} 1 above the medium floor`, { ...medium, [m]: md + 1 }, 'medium', mediumRule);

    // 或: one figure below its small floor is micro while the other is unknown.
    microAlone(`only ${m}, 1 below the small floor`, { [m]: s - 1 }, 'micro', microOn(m));
    microAlone(`only ${m}, zero`, { [m]: 0 }, 'micro', microOn(m));

    // A figure that is not micro on its own cannot decide small, medium or large by itself.
    const others = rowMeasures.filter((o) => o !== m);
    if (others.length > 0) {
      const belowCeiling = ceilingMeasures.includes(m) ? get(ceiling, m) - 1 : md;
      needs(`only ${m} at the small floor`, { [m]: s }, others);
      needs(`only ${m} at the medium floor`, { [m]: md }, others);
      needs(`only ${m} 1 below the ceiling`, { [m]: belowCeiling }, others);
    }

    invalid(`${m} negative`, { ...small, [m]: -1 }, [m]);
    invalid(`${m} NaN`, { ...small, [m]: Number.NaN }, [m]);
    invalid(`${m} Infinity`, { ...small, [m]: Number.POSITIVE_INFINITY }, [m]);
  }

  needs('no figures', {}, rowMeasures);

  for (const m of ceilingMeasures) {
    const c = get(ceiling, m);
    boundary(`${m} at the ceiling`, { ...medium, [m]: c }, 'large', largeOn(m));
    boundary(`${m} 1 below the ceiling`, { ...medium, [m]: c - 1 }, 'medium', mediumRule);
    boundary(`${m} 1 above the ceiling`, { ...medium, [m]: c + 1 }, 'large', largeOn(m));

    large(`only ${m}, at the ceiling`, { [m]: c }, 'large', largeOn(m));
    large(`only ${m}, far above the ceiling`, { [m]: HUGE }, 'large', largeOn(m));
    for (const o of rowMeasures.filter((x) => x !== m)) {
      // Large is checked first: reaching one ceiling outweighs another figure below a small floor.
      const figures = { [o]: get(small, o) - 1, [m]: c };
      large(`${m} at the ceiling, ${o} below the small floor`, figures, 'large', largeOn(m));
    }
  }

  for (const u of unused) {
    ignoredDecided(`huge ${u} beside small figures`, { ...small, [u]: HUGE }, 'small', smallRule);
    ignoredDecided(`zero ${u} beside medium figures`, { ...medium, [u]: 0 }, 'medium', mediumRule);
    ignoredUndecided(`only a huge ${u}`, { [u]: HUGE }, rowMeasures);
    ignoredUndecided(`only a zero ${u}`, { [u]: 0 }, rowMeasures);
  }
}

/** `%s` titles, because vitest truncates `$name` interpolations. */
function titled<T extends { name: string }>(cases: T[]): [string, T][] {
  return cases.map((c) => [c.name, c]);
}

function expectDecided(result: SizeResult, c: DecidedCase): void {
  expect(result).toEqual({ decided: true, industry: c.industry, sizeClass: c.sizeClass, rule: c.rule });
}
function expectUndecided(result: SizeResult, c: UndecidedCase): void {
  expect(result).toEqual({ decided: false, industry: c.industry, missing: c.missing });
}

describe('SIZE_STANDARD', () => {
  it('is cited by its reference topic', () => {
    expect(SIZE_STANDARD_CITATION).toBe('sme-size-standard');
  });

  it.each(INDUSTRY_IDS.map((industry) => ({ industry })))('$industry matches the reference table in yuan', ({ industry }) => {
    const ref = REFERENCE_WAN[industry];
    expect(SIZE_STANDARD[industry]).toEqual({
      ceiling: toYuan(ref.ceiling),
      medium: toYuan(ref.medium),
      small: toYuan(ref.small),
    });
  });

  it.each(INDUSTRY_IDS.map((industry) => ({ industry })))(
    '$industry: the ceiling and medium floors use only measures the small floors use',
    ({ industry }) => {
      // Why "all floor figures known" is enough to rule out large: no ceiling needs a further figure.
      const row = SIZE_STANDARD[industry];
      const floorMeasures = measuresFor(industry);
      for (const m of [...Object.keys(row.ceiling), ...Object.keys(row.medium)]) {
        expect(floorMeasures).toContain(m);
      }
    },
  );
});

describe('measuresFor', () => {
  it.each([
    ['agriculture', ['revenue']],
    ['industry', ['employees', 'revenue']],
    ['construction', ['revenue', 'assets']],
    ['wholesale', ['employees', 'revenue']],
    ['retail', ['employees', 'revenue']],
    ['transport', ['employees', 'revenue']],
    ['warehousing', ['employees', 'revenue']],
    ['postal', ['employees', 'revenue']],
    ['accommodation', ['employees', 'revenue']],
    ['catering', ['employees', 'revenue']],
    ['information-transmission', ['employees', 'revenue']],
    ['software-it', ['employees', 'revenue']],
    ['real-estate', ['revenue', 'assets']],
    ['property-management', ['employees', 'revenue']],
    ['leasing-business-services', ['employees', 'assets']],
    ['other', ['employees']],
  ] satisfies [IndustryId, SizeMeasure[]][])('%s -> %j', (industry, expected) => {
    expect(measuresFor(industry)).toEqual(expected);
  });
});

describe('classifySize', () => {
  describe('worked examples of the reference', () => {
    it.each(
      titled<{ name: string; given: SizeInput; expected: SizeResult }>([
        {
          name: 'wholesale, 12 employees, revenue 800万 -> micro on revenue',
          given: { industry: 'wholesale', employees: 12, revenueCny: 8_000_000 },
          expected: {
            decided: true,
            industry: 'wholesale',
            sizeClass: 'micro',
            rule: { kind: 'micro', measure: 'revenue', threshold: 10_000_000 },
          },
        },
        {
          name: 'retail, 12 employees, revenue 150万 -> small',
          given: { industry: 'retail', employees: 12, revenueCny: 1_500_000 },
          expected: {
            decided: true,
            industry: 'retail',
            sizeClass: 'small',
            rule: { kind: 'small', floors: { employees: 10, revenue: 1_000_000 } },
          },
        },
        {
          name: 'industry, 25 employees, revenue unknown -> revenue needed',
          given: { industry: 'industry', employees: 25 },
          expected: { decided: false, industry: 'industry', missing: ['revenue'] },
        },
        {
          name: 'industry, 15 employees, revenue unknown -> micro on employees',
          given: { industry: 'industry', employees: 15 },
          expected: {
            decided: true,
            industry: 'industry',
            sizeClass: 'micro',
            rule: { kind: 'micro', measure: 'employees', threshold: 20 },
          },
        },
        {
          name: 'agriculture, revenue 40万 -> micro',
          given: { industry: 'agriculture', revenueCny: 400_000 },
          expected: {
            decided: true,
            industry: 'agriculture',
            sizeClass: 'micro',
            rule: { kind: 'micro', measure: 'revenue', threshold: 500_000 },
          },
        },
      ]),
    )('%s', (_, { given, expected }) => {
      expect(classifySize(given)).toEqual(expected);
    });
  });

  describe('at, just below and just above every floor and ceiling', () => {
    it.each(titled(boundaryCases))('%s', (_, c) => {
      expectDecided(classifySize(input(c.industry, c.figures)), c);
    });
  });

  describe('micro on one figure (或) while the other is unknown', () => {
    it.each(titled(microAloneCases))('%s', (_, c) => {
      expectDecided(classifySize(input(c.industry, c.figures)), c);
    });
  });

  describe('several figures below their small floors: the first in the row decides', () => {
    it.each([
      ['industry', { employees: 5, revenue: 1_000_000 }, 'employees', 20],
      ['construction', { revenue: 1_000_000, assets: 1_000_000 }, 'revenue', 3_000_000],
      ['real-estate', { revenue: 500_000, assets: 5_000_000 }, 'revenue', 1_000_000],
      ['leasing-business-services', { employees: 3, assets: 500_000 }, 'employees', 10],
    ] satisfies [IndustryId, SizeFloors, SizeMeasure, number][])('%s %j -> micro on %s', (industry, figures, measure, threshold) => {
      expect(classifySize(input(industry, figures))).toEqual({
        decided: true,
        industry,
        sizeClass: 'micro',
        rule: { kind: 'micro', measure, threshold },
      });
    });
  });

  describe('large firms', () => {
    it.each(titled(largeCases))('%s', (_, c) => {
      expectDecided(classifySize(input(c.industry, c.figures)), c);
    });
  });

  describe('needs another figure', () => {
    it.each(titled(undecidedCases))('%s', (_, c) => {
      expectUndecided(classifySize(input(c.industry, c.figures)), c);
    });
  });

  describe('figures the row does not use never decide and are never missing', () => {
    it.each(titled(ignoredDecidedCases))('%s', (_, c) => {
      expectDecided(classifySize(input(c.industry, c.figures)), c);
    });
    it.each(titled(ignoredUndecidedCases))('%s', (_, c) => {
      expectUndecided(classifySize(input(c.industry, c.figures)), c);
    });
  });

  describe('negative, NaN and infinite figures count as not given', () => {
    it.each(titled(invalidCases))('%s', (_, c) => {
      expectUndecided(classifySize(input(c.industry, c.figures)), c);
    });
  });

  it('never throws, answers with a known class, and completes once the missing figures are added', () => {
    const figure = fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.double({ min: 0, max: 1e13, noNaN: true }));
    const completion = fc.record({ employees: figure, revenue: figure, assets: figure });
    fc.assert(
      fc.property(
        fc.constantFrom(...INDUSTRY_IDS),
        fc.option(figure, { nil: undefined }),
        fc.option(figure, { nil: undefined }),
        fc.option(figure, { nil: undefined }),
        completion,
        (industry, employees, revenueCny, assetsCny, fill) => {
          const given: SizeInput = { industry, employees, revenueCny, assetsCny };
          const result = classifySize(given);
          expect(result.industry).toBe(industry);
          if (result.decided) {
            expect(SIZE_CLASSES).toContain(result.sizeClass);
            return;
          }
          expect(result.missing.length).toBeGreaterThan(0);
          const completed: SizeInput = { ...given };
          for (const m of result.missing) {
            if (m === 'employees') completed.employees = fill.employees;
            if (m === 'revenue') completed.revenueCny = fill.revenue;
            if (m === 'assets') completed.assetsCny = fill.assets;
          }
          const after = classifySize(completed);
          expect(after.decided).toBe(true);
          if (after.decided) expect(SIZE_CLASSES).toContain(after.sizeClass);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('belowMediumBy', () => {
  it.each([
    // construction without its assets: revenue below the medium floor (6,000万) leaves small or micro
    [{ industry: 'construction', revenueCny: 12_000_000 }, 'revenue'],
    // …but at the medium floor it could still be medium
    [{ industry: 'construction', revenueCny: 60_000_000 }, undefined],
    // leasing without its assets: 50 people is below the medium floor of 100
    [{ industry: 'leasing-business-services', employees: 50 }, 'employees'],
    // retail with 40 people and no revenue: below the medium floor of 50 people
    [{ industry: 'retail', employees: 40 }, 'employees'],
    // retail with 60 people and no revenue: could be medium
    [{ industry: 'retail', employees: 60 }, undefined],
    // a decided class is never "below medium by" a figure
    [{ industry: 'retail', employees: 5 }, undefined],
    [{ industry: 'catering', employees: 20, revenueCny: 5_000_000 }, undefined],
    // no figures: nothing to say
    [{ industry: 'construction' }, undefined],
  ] satisfies [SizeInput, SizeMeasure | undefined][])('%j -> %s', (input, expected) => {
    expect(belowMediumBy(input)).toBe(expected);
  });
});
