// A sweep of head counts in everyday words (round 16, people16): a couple said as 我们夫妻 with no 俩, partners
// (合伙 between two, "me and my partner plus 4 staff"), a driver or two per vehicle, shifts of so many, the owner's own
// work beside the people hired ("i do the cutting myself"), an English -er role beside a Chinese one, counts said with
// 来/多/几/左右/出头 and their English hedges, a busy season's count beside the regular one, part-timers and one of the
// family helping, people still to hire (none), and customers, members, students and machines counted (no staff);
// in Chinese, English and mixed. Compares the whole Understanding but its language (the frames name no trade).
// Prints the share read wrong by frame and, with --list, each miss.
// Usage: npx tsx scripts/sweeps/people16.ts [--list] [--kind <frame>]

import { understand } from '../../src/nlu';
import { runSweep, sweepCases } from './tally';

type Fields = Record<string, unknown>;
const { cases, add } = sweepCases();
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
const heads = (n: number | undefined): Fields => (n === undefined ? {} : { employees: n });

const ZH_DIGITS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九'];
/** A count in Chinese numerals (1..99), 两 for two alone, 二 inside a larger number. */
const zh = (n: number): string => {
  if (n < 10) return ZH_DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const head = tens === 1 ? '十' : `${tens === 2 ? '二' : ZH_DIGITS[tens]}十`;
  return units === 0 ? head : `${head}${units === 2 ? '二' : ZH_DIGITS[units]}`;
};
/** A count in Chinese numerals or in digits, by turns. */
const zhOrDigits = (n: number, k: number): string => (k % 3 === 2 ? String(n) : zh(n));
const EN_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const en = (n: number, k: number): string => (k % 2 === 1 && n <= 12 ? (EN_WORDS[n] as string) : String(n));

// Chinese hands hired and English ones, by the word that counts them.
const zhHands = ['工人', '小工', '服务员', '帮工', '师傅', '员工', '人', '洗碗的', '司机', '厨师'];
const enHands = ['staff', 'workers', 'helpers', 'waiters', 'cooks', 'guys', 'employees', 'cleaners', 'drivers'];

// A. A couple said as 我们夫妻 (no 俩), 夫妻两个, 两夫妻, then hands hired.
const zhCouples = ['我们夫妻', '我们夫妇', '两夫妻', '我们两夫妻', '我家夫妻', '我们夫妻两个', '夫妻两个'];
const zhHire = ['加{n}个{h}', '请了{n}个{h}', '另外请了{n}个{h}', '还雇了{n}个{h}', '带{n}个{h}', '+{n}个{h}'];
zhCouples.forEach((couple, k) => {
  zhHire.forEach((hire, m) => {
    const n = 1 + ((k + m) % 6);
    const text = `${couple} ${hire.replace('{n}', zhOrDigits(n, m)).replace('{h}', pick(zhHands, k + m))}`;
    add('zh-couple', text, heads(2 + n));
  });
  add('zh-couple', `${couple} 没请人`, heads(2));
});
add('zh-couple', '两夫妻 +2个阿姨', heads(4));
add('zh-couple', '我们两夫妻 带两个阿姨', heads(4));
const mixedCouples = ['我们夫妻 + {n} helpers', '我们夫妻 plus {n} staff', '我们夫妻 and {n} workers', '夫妻两个 + {n} 个 cleaners'];
mixedCouples.forEach((form, k) => {
  for (const n of [2, 3, 5]) add('mixed-couple', form.replace('{n}', String(n)), heads(2 + n));
  add('mixed-couple', form.replace('{n}', String(4 + k)).replace('我们夫妻', '我们夫妻俩'), heads(6 + k));
});

// B. Partners: 合伙 between two (the owner and someone named), a number of partners, then hands.
const zhPartners: [string, number][] = [
  ['我跟朋友合伙开的', 2],
  ['我和同学合伙做的', 2],
  ['跟我表哥合伙开的', 2],
  ['我和一个朋友合伙', 2],
  ['两个人合伙', 2],
  ['三个人合伙开的', 3],
  ['我们四个合伙', 4],
  ['我跟我老乡两个合伙', 2],
];
const zhPartnerHire = [' 另外请了{n}个{h}', ' 雇了{n}个{h}', '，请了{n}个{h}', ' 还有{n}个{h}', ' 下面{n}个{h}'];
zhPartners.forEach(([who, p], k) => {
  zhPartnerHire.forEach((hire, m) => {
    const n = 2 + ((k + m) % 6);
    add('zh-partners', `${who}${hire.replace('{n}', zhOrDigits(n, k + m)).replace('{h}', pick(zhHands, k * 2 + m))}`, heads(p + n));
  });
});
const enPartners: [string, number][] = [
  ['me and my partner', 2],
  ['me n my partner', 2],
  ['my partner and i', 2],
  ['me, my business partner', 2],
  ['my business partner and me', 2],
  ['2 partners', 2],
  ['three partners', 3],
  ['we are 2 partners', 2],
];
const enPartnerHire = [' plus {n} {h}', ' + {n} {h}', ', {n} {h}', ' and {n} {h}', ' with {n} {h} under us'];
enPartners.forEach(([who, p], k) => {
  enPartnerHire.forEach((hire, m) => {
    const n = 2 + ((k + m) % 6);
    add('en-partners', `${who}${hire.replace('{n}', en(n, k + m)).replace('{h}', pick(enHands, k + m))}`, heads(p + n));
  });
});
for (const [text, n] of [
  ['我们 two partners 加 5 个工人', 7],
  ['我跟 my partner 加 4 个 staff', 6],
  ['me and my 合伙人 plus 3 workers', 5],
  ['2 个 partners, 6 个 workers', 8],
  ['我和 partner 两个 另外请了 3 个', 5],
  ['three partners 请了八个工人', 11],
] as const)
  add('mixed-partners', text, heads(n));

// C. A driver (or two) per vehicle: the vehicles times the drivers each.
const zhVehicles = ['辆车', '辆货车', '台车', '辆大车', '辆面包车'];
const zhPer: [string, number][] = [
  [' 每辆车一个司机', 1],
  [' 每辆配一个司机', 1],
  [' 一车一个司机', 1],
  [' 每台配两个司机', 2],
  ['，每辆两个司机轮流开', 2],
  [' 一辆车一个师傅', 1],
];
zhVehicles.forEach((vehicle, k) => {
  zhPer.forEach(([per, each], m) => {
    const v = 3 + ((k + m) % 7);
    add('zh-per-vehicle', `${zhOrDigits(v, k + m)}${vehicle}${per}`, heads(v * each));
  });
});
const enPer: [string, number][] = [
  ['{v} trucks each with a driver', 1],
  ['{v} trucks each w a driver', 1],
  ['{v} vans, one driver each', 1],
  ['{v} trucks, a driver per truck', 1],
  ['{v} buses with 2 drivers each', 2],
  ['{v} lorries and a driver for each', 1],
  ['{v} taxis, 2 drivers per taxi', 2],
];
enPer.forEach(([form, each], k) => {
  const trade = form.includes('taxis') ? { industry: 'transport' } : {};
  for (const v of [3, 5, 8, 12]) add('en-per-vehicle', form.replace('{v}', en(v, k + v)), { ...heads(v * each), ...trade });
});
for (const [text, n] of [
  ['6 辆 trucks 每辆一个 driver', 6],
  ['5 trucks 每辆一个司机', 5],
  ['四辆车 each with a driver', 4],
  ['8 台 vans, 一台一个 driver', 8],
  ['3 辆 buses 每辆两个 drivers', 6],
] as const)
  add('mixed-per-vehicle', text, heads(n));

// D. Shifts: so many shifts of so many.
const zhShifts: [string, number][] = [
  ['两班倒 一个班{n}个人', 2],
  ['三班倒 每班{n}个', 3],
  ['分两班 每班{n}个人', 2],
  ['两个班 一个班{n}个工人', 2],
  ['白班夜班各{n}个', 2],
  ['三班 每个班{n}个人', 3],
];
zhShifts.forEach(([form, shifts], k) => {
  for (const n of [3, 5, 6, 8, 10]) add('zh-shifts', form.replace('{n}', zhOrDigits(n, k + n)), heads(shifts * n));
});
const enShifts: [string, number][] = [
  ['we work two shifts of {n}', 2],
  ['2 shifts, {n} people each', 2],
  ['three shifts of {n} workers', 3],
  ['{n} per shift, two shifts', 2],
  ['{n} workers a shift, 3 shifts', 3],
  ['two shifts with {n} staff each', 2],
];
enShifts.forEach(([form, shifts], k) => {
  for (const n of [4, 6, 8, 10]) add('en-shifts', form.replace('{n}', en(n, k + n)), heads(shifts * n));
});
for (const [text, n] of [
  ['two shifts 每班 8 个人', 16],
  ['两班 each 6 people', 12],
  ['3 shifts 一个班 5 个', 15],
  ['两班倒 10 workers a shift', 20],
] as const)
  add('mixed-shifts', text, heads(n));

// E. The owner's own work beside the people hired: one more head.
const zhOwnWork = ['我自己裁', '我自己炒菜', '我自己掌勺', '我自己开车', '我自己看店', '我自己修', '剪头发我自己来', '账我自己管'];
zhOwnWork.forEach((own, k) => {
  const n = 2 + (k % 5);
  const trade = own.includes('剪头发') ? { industry: 'other' } : {};
  add('zh-own-work', `${own} 请了${zhOrDigits(n, k)}个${pick(zhHands, k)}`, { ...heads(1 + n), ...trade });
  add('zh-own-work', `${pick(['工人', '服务员', '师傅', '帮工', '小工'], k)}${zh(n)}个 ${own}`, { ...heads(1 + n), ...trade });
});
const enOwnWork = [
  'i do the cutting myself',
  'i cook myself',
  'i do the driving myself',
  'i handle the books',
  'i do the repairs',
  'i run the till',
  'i do all the cooking',
];
const enOwnHands = ['{n} girls sew', '{n} waiters', '{n} guys do the loading', '{n} staff do the rest', '{n} helpers', '{n} workers'];
enOwnWork.forEach((own, k) => {
  enOwnHands.forEach((hands, m) => {
    const n = 2 + ((k + m) % 5);
    add('en-own-work', `${own}, ${hands.replace('{n}', en(n, k + m))}`, heads(1 + n));
  });
});
for (const [text, n, industry] of [
  ['我自己 do the cooking, 请了 2 个 waiters', 3, undefined],
  ['i do the 剪头发 myself, 3 个 helpers', 4, 'other'],
  ['我自己开车, plus 2 drivers', 3, undefined],
  ['我自己 cook, 三个 waiters', 4, undefined],
] as const)
  add('mixed-own-work', text, { ...heads(n), ...(industry === undefined ? {} : { industry }) });

// F. An English -er/-or role beside a Chinese one (and in Chinese counts).
const zhRoles = ['裁缝', '师傅', '厨师', '工人', '服务员', '司机', '绣娘'];
const enOneRoles = ['designer', 'manager', 'supervisor', 'driver', 'accountant', 'cashier', 'bookkeeper', 'cleaner'];
zhRoles.forEach((role, k) => {
  enOneRoles.forEach((enRole, m) => {
    const n = 3 + ((k + m) % 8);
    const one = 1 + (m % 2);
    const text = pick(
      [
        `${n} 个${role} and ${one} ${enRole}${one > 1 ? 's' : ''}`,
        `${role}${zh(n)}个 ${enRole}${one > 1 ? 's' : ''} ${zh(one)}个`,
        `${n}个${role} 加 ${one} 个 ${enRole}`,
        `${role} ${n} 个, ${one} ${enRole}${one > 1 ? 's' : ''}`,
      ],
      k + m,
    );
    add('mixed-er-role', text, heads(n + one));
  });
});

// G. Counts said with 来/多/几/左右/出头 (and English hedges): 来, 多, 左右, 出头 the number said; 几 after tens the middle.
const zhStaffWords = ['员工', '工人', '师傅', '服务员'];
const zhApprox: [string, (n: number) => number][] = [
  ['{t}来个', (n) => n],
  ['{t}多个', (n) => n],
  ['{t}几个', (n) => n + 5],
  ['{t}个左右', (n) => n],
  ['{t}出头', (n) => n],
  ['{t}个出头', (n) => n],
  ['大概{t}个', (n) => n],
];
zhApprox.forEach(([form, value], k) => {
  for (const t of [10, 20, 30, 40]) {
    const word = pick(zhStaffWords, k + t / 10);
    const count = form.replace('{t}', zh(t));
    add('zh-approx', `${word}${count}`, heads(value(t)));
    add('zh-approx', `店里${word}${count}`, heads(value(t)));
  }
});
const enApprox: [string, (n: number) => number][] = [
  ['around {t} staff', (n) => n],
  ['{t} or so workers', (n) => n],
  ['{t}-odd employees', (n) => n],
  ['about {t} people', (n) => n],
  ['roughly {t} staff', (n) => n],
  ['{t}ish workers', (n) => n],
  ['approx {t} staff', (n) => n],
];
enApprox.forEach(([form, value]) => {
  for (const t of [10, 15, 20, 30]) add('en-approx', form.replace('{t}', String(t)), heads(value(t)));
});
for (const [text, n] of [
  ['二十来个人', 20],
  ['十几个人', 15],
  ['三十个人左右', 30],
  ['四十多个人', 40],
] as const)
  add('zh-approx', text, heads(n));
for (const [text, n] of [
  ['workers 二十出头', 20],
  ['staff 三十来个', 30],
  ['员工 around 15 个', 15],
  ['helpers 十多个', 10],
  ['工人 20 个左右', 20],
  ['staff 四十出头', 40],
] as const)
  add('mixed-approx', text, heads(n));

// H. A busy season's count beside the regular one: the regular one.
const enSeason = [
  'around {r} staff normally, {b} in the busy season',
  '{b} in peak season, {r} the rest of the year',
  '{r} workers usually, up to {b} at harvest',
  'normally {r} staff, {b} during high season',
  '{r} full-time, {b} in summer',
];
enSeason.forEach((form, k) => {
  for (const [r, b] of [
    [5, 20],
    [8, 30],
    [12, 40],
  ] as const)
    add('en-season', form.replace('{r}', String(r)).replace('{b}', String(b + k)), heads(r));
});
for (const [text, n] of [
  ['平时 staff 五个左右, busy season 十几个', 5],
  ['busy season 要请二十几个, 平时 6 个', 6],
  ['旺季 staff 三十来个 平时八个', 8],
  ['normally 4 个人, 旺季 15 个', 4],
] as const)
  add('mixed-season', text, heads(n));

// I. Part-timers added; one of the family helping beside the staff counted is one more head.
const zhFamily = ['我妈', '我老婆', '我爸', '我女儿', '我弟', '我婆婆'];
zhFamily.forEach((kin, k) => {
  const n = 2 + (k % 5);
  add('zh-family-helps', `店里${zh(n)}个员工 ${kin}也在店里帮忙`, heads(n + 1));
  add('zh-family-helps', `请了${zh(n)}个${pick(zhHands, k)} ${kin}也来帮忙`, heads(n + 1));
  add('zh-part-time', `请了${zh(n)}个全职 还有${zh(1 + (k % 3))}个兼职的${pick(['大学生', '学生', '阿姨'], k)}`, heads(n + 1 + (k % 3)));
});
const enFamily = ['my daughter', 'my wife', 'my son', 'my mom', 'my husband'];
enFamily.forEach((kin, k) => {
  const n = 2 + (k % 4);
  add('en-family-helps', `${n} waiters, ${kin} helps at the counter`, heads(n + 1));
  add('en-family-helps', `${en(n, k)} staff and ${kin} helps out too`, heads(n + 1));
  add('en-part-time', `${n} full-time staff plus ${1 + (k % 3)} part-timers on weekends`, heads(n + 1 + (k % 3)));
  add('en-part-time', `my wife and i plus ${n} part-timers on weekends`, heads(n + 2));
});

// J. People still to hire: none; the count had now is the staff.
zhRoles.forEach((role, k) => {
  const n = 2 + (k % 3);
  const now = 3 + (k % 5);
  add('zh-to-hire', `还想再招${zh(n)}个${role} 现在就${zh(now)}个`, heads(now));
  add('zh-to-hire', `准备再请${zh(n)}个${role} 目前有${zh(now)}个`, heads(now));
});
['cooks', 'drivers', 'cleaners', 'teachers'].forEach((role, k) => {
  add('en-to-hire', `hiring ${2 + k} more, right now ${5 + k} ${role} and a manager`, heads(6 + k));
  add('mixed-to-hire', `还要 hire ${zh(2 + k)}个 ${role}, 现在有 ${4 + k} 个`, heads(4 + k));
});

// K. Customers, members, students and machines counted are no staff.
const zhNotStaff = [
  '会员两百多个',
  '学生一百来个',
  '机器十五台',
  '一天来吃饭的有两三百人',
  '缝纫机三十台',
  '客户八十多家',
  '一天接待五十来个客人',
];
const zhCountedStaff: [string, number][] = [
  ['教练就４个', 4],
  ['老师8个', 8],
  ['工人二十个左右', 20],
  ['服务员六个', 6],
  ['员工十个', 10],
];
zhNotStaff.forEach((other, k) => {
  for (const [staff, n] of [pick(zhCountedStaff, k), pick(zhCountedStaff, k + 2)] as [string, number][]) {
    add('zh-not-staff', `${other} ${staff}`, heads(n));
    add('zh-not-staff', `${staff} ${other}`, heads(n));
  }
});
for (const [text, n] of [
  ['120 students, 9 teachers', 9],
  ['10 sewing machines and 8 machinists', 8],
  ['we serve 200 customers a day with 6 staff', 6],
  ['40 members, 3 coaches', 3],
  ['15 machines, 12 operators', 12],
  ['about 500 students and 20 tutors', 20],
] as const)
  add('en-not-staff', text, heads(n));
add('en-not-staff', 'gym with 300 members and 5 trainers', { employees: 5, industry: 'other' });
for (const [text, n] of [
  ['members 三百多 coaches 六个', 6],
  ['students 一百来个 teachers 7 个', 7],
  ['machines 二十台 workers 十五个', 15],
  ['customers 每天 100 多 staff 4 个', 4],
] as const)
  add('mixed-not-staff', text, heads(n));

// L. The owners named with no staff: no one hired said, they are all; nothing said, no head count.
for (const [text, n] of [
  ['我和我表哥 没请人', 2],
  ['我跟我弟 没有请人', 2],
  ['就我和我老婆 没雇人', 2],
  ['me and my cousin, no hired help', 2],
  ['me and my bro handle the driving ourselves', undefined],
  ['me and my cousin do all the loading', undefined],
  ['my wife and i, no staff', 2],
  ['我跟 my cousin 开车 no staff', 2],
] as const)
  add('owners-named', text, heads(n));

runSweep(cases, (text) => {
  const { language: _language, rules: _rules, ...got } = understand(text) as unknown as Fields;
  return got;
});
