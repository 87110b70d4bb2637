// A sweep of head counts (round 14, people14): the owner and the family listed in either language, joined
// by any adding word, their count said before, after or not at all, hired hands by known and unseen role
// words (-er words, X的, trade words), a season's hires beside the regular count, and clauses around them
// whose figures are no people (sales, a loan, an age, years, shops, machines, animals, land). Each message
// has the head count a careful reader gets; only `employees` is compared. Round 15 (people15) adds frames of counts mixed
// across languages, the owner added, approximate counts, the family with the owner, typos of roles and controls. Prints the share read wrong by
// frame and, with --list, each miss. Usage: npx tsx scripts/sweeps/people.ts [--list] [--frame NAME]

import { understand } from '../../src/nlu';

interface Case {
  frame: string;
  text: string;
  employees: number | undefined;
}
const cases: Case[] = [];
const add = (frame: string, text: string, employees: number | undefined): void => {
  cases.push({ frame, text, employees });
};
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

const ZH_NUM = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

// Chinese lists: the owner and the family, with how many heads each list is.
const zhLists: [string, number][] = [
  ['我跟我老公还有公公婆婆', 4],
  ['我和我老婆还有我丈母娘', 3],
  ['我跟我哥', 2],
  ['我爸我妈我', 3],
  ['我和我弟', 2],
  ['我、我媳妇、我岳父', 3],
  ['我跟我儿子儿媳', 3],
  ['我妈我姨还有我', 3],
  ['我和老伴', 2],
  ['我跟我姐 还有我姐夫', 3],
  ['我老婆跟我', 2],
  ['我爸跟我', 2],
  ['我和我表哥', 2],
  ['我跟我老婆加上我小舅子', 3],
  ['我和我老公 我婆婆', 3],
];
const zhCountAfter = (n: number): string[] => [`${ZH_NUM[n]}个人`, `${ZH_NUM[n]}个`, `一共${ZH_NUM[n]}个人`, ` ${n}个人`];
const zhHired: [string, string][] = [
  // [count form with {n}, role]
  ['{n}个拉坯的师傅', '拉坯'],
  ['{n}个拉坯的', '拉坯'],
  ['{n}个打磨的', '打磨'],
  ['{n}个绣娘', '绣娘'],
  ['{n}个刺绣的', '刺绣'],
  ['{n}个赶马的', '赶马'],
  ['{n}个炒茶师傅', '炒茶'],
  ['{n}个帮工', '帮工'],
  ['{n}个小工', '小工'],
  ['{n}个采茶的', '采茶'],
  ['{n}个雕刻师傅', '雕刻'],
  ['{n}个工人', '工人'],
  ['{n}个服务员', '服务员'],
  ['{n}个上釉的', '上釉'],
  ['{n}个织布的', '织布'],
  ['{n}个杀猪的', '杀猪'],
];
const zhJoin = ['加上', '还有', '另外请了', '再加', '外加', ' 请了', '，请了', ' 还请了'];
const zhExtras: string[] = [
  '',
  ' 一年流水五十来万',
  ' 想借二十万',
  ' 我今年四十五了',
  ' 干了十二年了',
  ' 有两个铺面',
  ' 厂里有三台机器',
  ' 养了两百多头猪',
  ' 种了三十亩茶',
  ' 一个月休四天',
  '，一斤卖八十块',
];

let i = 0;
for (const [list, heads] of zhLists) {
  for (const after of zhCountAfter(heads)) {
    const extra = pick(zhExtras, i++);
    add('zh-list-count', `${list}${after}${extra}`, heads);
  }
  zhHired.forEach(([form, _role], k) => {
    const n = 2 + (k % 5);
    const hired = form.replace('{n}', ZH_NUM[n] as string);
    const join = pick(zhJoin, k + i);
    const extra = pick(zhExtras, i++);
    add('zh-list-hired', `${list}${join}${hired}${extra}`, heads + n);
    const count = pick(zhCountAfter(heads), k);
    add('zh-list-count-hired', `${list}${count}${join}${hired}${extra}`, heads + n);
  });
}
// Hired hands counted first, the family after.
zhHired.forEach(([form], k) => {
  const n = 2 + (k % 6);
  const hired = form.replace('{n}', ZH_NUM[n] as string);
  for (const [list, heads] of [zhLists[k % zhLists.length], zhLists[(k + 5) % zhLists.length]] as [string, number][]) {
    add('zh-hired-then-list', `${hired} 还有${list}`, heads + n);
    add('zh-hired-then-list', `请了${hired} 加上${list}`, heads + n);
  }
  // Roles counted alone, count before and after.
  add('zh-role-alone', `店里${hired}`, n);
  add('zh-role-alone', `我们请了${hired}`, n);
  const roleWord = form.replace('{n}个', '');
  add('zh-role-after', `${roleWord}${ZH_NUM[n]}个`, n);
  add('zh-role-after', `${roleWord}有${ZH_NUM[n]}个 ${pick(zhExtras, k + 1)}`.trim(), n);
  // Two roles.
  const [form2] = zhHired[(k + 3) % zhHired.length] as [string, string];
  const m = 1 + (k % 3);
  add('zh-two-roles', `${hired} ${form2.replace('{n}', ZH_NUM[m] as string)}`, n + m);
});
// A season's hires beside the regular count.
const zhSeasons = ['摘果的时候', '采茶的时候', '农忙的时候', '旺季', '收核桃的时候', '过年那阵'];
zhSeasons.forEach((season, k) => {
  const [list, heads] = zhLists[(k * 2) % zhLists.length] as [string, number];
  const big = 15 + k * 3;
  add('zh-season', `平时就${list}${ZH_NUM[heads]}个人 ${season}请${big}个`, heads);
  add('zh-season', `平时${ZH_NUM[heads]}个人 ${season}要请二十几个`, heads);
  add('zh-season', `${season}请${big}个 平时就${list}`, heads);
  add('zh-season', `平时就${list} ${season}请${big}个人`, heads);
  add('zh-season', `${season}要请${big}个临时工`, big);
});
// English lists.
const enLists: [string, number][] = [
  ['me, my wife and her brother', 3],
  ['me and my 2 sons', 3],
  ['my husband and i', 2],
  ['me, my dad and my uncle', 3],
  ['me and my mom', 2],
  ['my wife, my mother-in-law and me', 3],
  ['me & my brother', 2],
  ['my sister and me', 2],
  ['me, my wife and my 3 kids', 5],
  ['my parents and i', 3],
];
const enWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const enRoles = [
  'workers',
  'carvers',
  'polishers',
  'weavers',
  'pickers',
  'staff',
  'potters',
  'helpers',
  'cooks',
  'drivers',
  'stitchers',
  'packers',
  'dyers',
  'tailors',
];
const enJoin = [' plus ', ' and ', ', plus ', ' with ', ' + ', ', we also have ', ', and we hire ', ' besides '];
const enExtras = [
  '',
  ', revenue about 800k a year',
  ', need to borrow 200k',
  ", i'm 45",
  ', been open 12 years',
  ', we have 2 shops',
  ', 3 machines',
  ', 50 pigs',
  ', 30 mu of tea',
  ', open 6 days a week',
];
let j = 0;
for (const [list, heads] of enLists) {
  add('en-list-count', `${list}, ${heads} of us${pick(enExtras, j++)}`, heads);
  add('en-list-count', `it's ${list}, ${enWords[heads]} people total${pick(enExtras, j++)}`, heads);
  add('en-list-count', `just ${list}, ${heads} of us in total`, heads);
  enRoles.forEach((role, k) => {
    const n = 2 + (k % 6);
    const count = k % 2 === 0 ? String(n) : (enWords[n] as string);
    const join = pick(enJoin, k + j);
    add('en-list-hired', `${list}${join}${count} ${role}${pick(enExtras, j++)}`, heads + n);
    if (k % 3 === 0)
      add('en-list-count-hired', `${list}, ${heads} of us${join.startsWith(',') ? join : `,${join}`}${count} ${role}`, heads + n);
  });
}
// The owner not counted in English: "I run a noodle shop with my wife and 2 staff".
const enShops = ['noodle shop', 'guesthouse', 'tea farm', 'pottery workshop', 'bakery', 'repair shop', 'small restaurant'];
const enKin: [string, number][] = [
  ['my wife', 1],
  ['my husband', 1],
  ['my son', 1],
  ['my 2 sons', 2],
  ['my parents', 2],
  ['my brother', 1],
  ['my wife and her sister', 2],
];
enShops.forEach((shop, k) => {
  for (const [kin, heads] of enKin) {
    const n = 1 + ((k + heads) % 5);
    const role = pick(enRoles, k + heads);
    add('en-owner-with', `I run a ${shop} with ${kin} and ${n} ${role}`, 1 + heads + n);
    add('en-owner-with', `i run a ${shop} with ${kin}, we have ${n} ${role}${pick(enExtras, k)}`, 1 + heads + n);
    add('en-owner-with', `it's me and ${kin} plus ${n} ${role}`, 1 + heads + n);
  }
});
// -er and trade roles counted alone and two together.
// (Not 'staff' beside a role: "7 staff and 2 cooks" may be a total with its part.)
const enRolesOnly = enRoles.filter((r) => r !== 'staff');
enRolesOnly.forEach((role, k) => {
  const n = 2 + (k % 7);
  const role2 = pick(enRolesOnly, k + 3);
  const m = 2 + (k % 4);
  add('en-roles', `we have ${n} ${role} and ${m} ${role2}`, n + m);
  add('en-roles', `we employ ${n} ${role}`, n);
  add('en-roles', `${n} ${role}, ${m} ${role2}${pick(enExtras, k)}`, n + m);
});
// A season's hires.
for (const [list, heads] of enLists.slice(0, 6)) {
  add('en-season', `usually just ${list}, in harvest season we hire 30 pickers`, heads);
  add('en-season', `${list} plus two pickers, in harvest we hire 20 more`, heads + 2);
}
add('en-season', 'we hire 30 pickers in harvest season', 30);
add('en-season', 'during the tea season we bring in 25 pickers', 25);
// Mixed: roles in English with a Chinese count, the family in either language.
const mixedRoles = ['worker', 'driver', 'carver', 'helper', 'staff', 'cook', 'picker', 'weaver'];
mixedRoles.forEach((role, k) => {
  const n = 2 + (k % 6);
  add('mixed', `${n}个 ${role}`, n);
  add('mixed', `店里 ${n} 个 ${role} 加我`, n + 1);
  add('mixed', `我跟my wife 两个人, plus ${n}个 ${role}`, 2 + n);
  add('mixed', `我和我老公 + ${n} ${role}s`, 2 + n);
  add('mixed', `me and 我老婆 还有 ${n} 个 ${role}`, 2 + n);
  add('mixed', `平时就 me and my dad, 摘茶的时候请 ${10 + n} 个`, 2);
});

// Frames written after the first fixes, to probe beyond them: the owners as subject running the firm, hires after a
// verb, a family counted with an age or years after, kin by marriage, roles in X的 + person noun.
const subjects: [string, number][] = [
  ['my wife and i run', 2],
  ['me and my husband run', 2],
  ['my brother and i own', 2],
  ['i and my 2 daughters run', 3],
];
const places = ['a tea shop', 'a small guesthouse', 'a noodle place', 'a carving workshop'];
subjects.forEach(([subject, heads], k) => {
  places.forEach((place, l) => {
    const n = 2 + ((k + l) % 4);
    const role = pick(enRolesOnly, k * 4 + l);
    add('en-owners-run', `${subject} ${place} with ${n} ${role}`, heads + n);
    add('en-owners-run', `${subject} ${place}, we hire ${n} ${role}`, heads + n);
    add('en-owners-run', `${subject} ${place}, ${n} ${role} help us${pick(enExtras, k + l)}`, heads + n);
  });
});
const zhMore: [string, number][] = [
  ['我跟我老婆两个 今年都五十了', 2],
  ['我和我妈两个人 干了二十年', 2],
  ['就我跟我小叔子两个 一年也就卖个三十来万', 2],
  ['我、我老公、我大姑子 三个人 种了四十亩', 3],
  ['我们两口子加上我丈人 三个人', 3],
  ['我跟我连襟两个 外加四个搬砖的工人', 6],
  ['一家三口 请了两个放羊的', 5],
  ['我们夫妻俩 还请了三个挖三七的', 5],
  ['我哥跟我 三个切菜的 一个洗碗的', 6],
  ['请了五个做手工的妇女 加上我和我妈', 7],
  ['店里两个做糕点的师傅 加我一个', 3],
  ['平时就我们两个 赶马的时候要请十几个赶马的', 2],
];
for (const [text, n] of zhMore) add('zh-more', text, n);

// Round 15 (people15): head counts mixed across languages, the owner added, approximate counts, the family with
// the owner (the count said the whole), typos of English roles, roles with no count word, and controls.
const enRoles15 = [
  'drivers',
  'instructors',
  'cooks',
  'waiters',
  'cleaners',
  'mechanics',
  'tailors',
  'bakers',
  'nurses',
  'guides',
  'crew',
  'staff',
  'workers',
  'helpers',
  'technicians',
  'packers',
];
const zhCounts15: [string, number][] = [
  ['三个', 3],
  ['十六个', 16],
  ['3个', 3],
  ['12 个', 12],
  ['十几个', 15],
  ['二十几个', 25],
  ['十来个', 10],
  ['三十多个', 30],
  ['七八个', 8],
  ['两个', 2],
  ['五六个', 6],
  ['20几个', 25],
];
const zhFrames15 = ['', '我们', '店里', '驾校', '厂里', '我们做冷链的 ', '公司'];
enRoles15.forEach((role, k) => {
  const [c1, n1] = pick(zhCounts15, k);
  const [c2, n2] = pick(zhCounts15, k + 5);
  // (Not 'staff' beside a role: a total may hold its part.)
  const role2 = role === 'staff' ? 'office' : pick(enRoles15, k + 3) === 'staff' ? 'crew' : pick(enRoles15, k + 3);
  const frame = pick(zhFrames15, k);
  add('mixed15-role-count', `${frame}${role} ${c1}`, n1);
  add('mixed15-role-count', `${frame}有${c1} ${role}`, n1);
  add('mixed15-two-roles', `${frame}${role} ${c1} ${role2 === role ? 'office' : role2} ${c2}`, n1 + n2);
  add('mixed15-two-roles', `${frame}${c1}${role} ${c2}${role2 === role ? 'office' : role2}`, n1 + n2);
  add('mixed15-role-count', `${role}大概${c1}`, n1);
});
// Chinese roles inside English, and singular English roles after 个.
const zhRoles15 = ['司机', '厨师', '服务员', '工人', '师傅', '阿姨', '导游', '保安'];
zhRoles15.forEach((role, k) => {
  const n = 2 + (k % 6);
  add('mixed15-zh-in-en', `we have ${n} ${role}`, n);
  add('mixed15-zh-in-en', `about ${n} ${role} and ${n + 1} workers`, 2 * n + 1);
  add('mixed15-zh-in-en', `${n}个 ${pick(['baker', 'driver', 'cook', 'cleaner', 'waiter'], k)}`, n);
});
add('mixed15-brothers', '我们 3 兄弟 开了个物流公司 drivers 12 个', 15);
add('mixed15-brothers', '我们 2 姐妹 加 4 个 workers', 6);
add('mixed15-brothers', '我们做tent and stage rental crew 十来个', 10);
add('mixed15-brothers', '我们两口子 plus 三个 helpers', 5);
// The owner added, in English.
const enHands15 = ['washers', 'waiters', 'drivers', 'cooks', 'cleaners', 'pickers', 'guides', 'helpers', 'mechanics'];
enHands15.forEach((role, k) => {
  const n = 2 + (k % 6);
  const one = role.replace(/s$/, '');
  add('en15-owner-added', `${n} ${role} plus me`, n + 1);
  add('en15-owner-added', `${n} ${role} and myself`, n + 1);
  add('en15-owner-added', `me and 1 hired ${one}`, 2);
  add('en15-owner-added', `just me and my wife plus ${n} ${role}`, n + 2);
  add('en15-owner-added', `myself + ${n} ${role}`, n + 1);
  add('en15-owner-added', `me and ${n} hired ${role}`, n + 1);
  add('en15-no-count', `a ${one} and a ${one === 'cook' ? 'dishwasher' : 'cook'}`, 2);
  add('en15-no-count', `me, a ${one} and a cleaner`, 3);
});
// English typos of roles.
const enTypos15: [string, string][] = [
  ['dentsits', 'asistants'],
  ['waitors', 'cheifs'],
  ['drivres', 'mechanis'],
  ['cleanrs', 'gardners'],
  ['teachrs', 'asistants'],
  ['nurces', 'recepionists'],
];
enTypos15.forEach(([a, b], k) => {
  const n = 2 + k;
  add('en15-typos', `${n} ${a} and ${k + 1} ${b}`, n + k + 1);
  add('en15-typos', `we have ${n} ${a}, ${k + 1} ${b}`, n + k + 1);
});
// The owners and the family said in English as the subject running the firm.
const enRun15: [string, number][] = [
  ['i and my 2 daughters', 3],
  ['me and my 3 sons', 4],
  ['my wife and i', 2],
  ['the wife and me', 2],
  ['me, the wife and our 2 boys', 4],
  ['my dad, my uncle and me', 3],
];
enRun15.forEach(([who, heads], k) => {
  // The owners named running the firm with no staff counted say who runs it: no head count (head-counts.json); "no hired
  // help" says they are all.
  add('en15-family-run', `${who} run the place`, undefined);
  add('en15-family-run', `${who} run a noodle shop, no hired help`, heads);
  add('en15-family-run', `${who} run it with ${k + 2} ${pick(enHands15, k)}`, heads + k + 2);
});
// The family with the owner in Chinese: the count said is the whole; counts per person; the owner's own practice.
const zhFamily15: [string, number][] = [
  ['我两口子加一个阿姨', 3],
  ['就我跟我爹两个人', 2],
  ['我跟老公开了个小卖部 就我们两个人', 2],
  ['自己家四个人加两个放牛的', 6],
  ['跟老伴种了八亩 请了三个', 5],
  ['我一个 我侄女一个 再请了两个小工', 4],
  ['我自己坐诊 另外两个医生一个抓药的', 4],
  ['请了四个挖三七的 加我们夫妻俩', 6],
  ['我们夫妻俩 还请了三个挖三七的', 5],
  ['我跟我媳妇 请了两个学徒', 4],
  ['跟我媳妇开了个修车铺 请了两个学徒', 4],
  ['我们一家五口都在店里帮忙 另外请了一个', 6],
  ['就我和我妈 请了一个洗碗的', 3],
  ['我们老两口 加一个帮工', 3],
  ['我和我哥两个 另外雇了三个搬运的', 5],
  ['我们三姊妹 请了两个绣娘', 5],
  ['绣娘 20 几个', 25],
  ['十几个阿姨在编', 15],
  ['工人大概三十来个', 30],
  ['2个 baker', 2],
  ['驾校 instructors 十六个 office 三个', 19],
  ['cold chain drivers 十五个 office 3个', 18],
  ['6 washers plus me', 7],
  ['3 dentsits and 4 asistants', 7],
  ['just me and my wife plus 3 waiters', 5],
  ['a cleaner and a cook', 2],
];
for (const [text, n] of zhFamily15) add('family15', text, n);
// Controls: counts of what is no staff stay no count.
const controls15 = [
  '一天接待四十多个客人',
  '客房十二间',
  '有三辆货车',
  '种了八亩',
  '招了六十个学生',
  '我今年五十二',
  '干了十五年了',
  'we have 40 customers a day',
  'we have 12 rooms',
  'we own 3 trucks',
  '30 mu of tea',
  'about 60 students',
  "i'm 52",
  'been doing it 15 years',
  '客人一天二十几个',
  'students 六十个',
  '货车 3 辆',
  'rooms 十二间',
];
for (const text of controls15) add('controls15', text, undefined);

const args = process.argv.slice(2);
const only = args.includes('--frame') ? args[args.indexOf('--frame') + 1] : undefined;
const byFrame = new Map<string, { all: number; wrong: number; misses: string[] }>();
for (const c of cases) {
  if (only !== undefined && c.frame !== only) continue;
  const u = understand(c.text);
  const row = byFrame.get(c.frame) ?? { all: 0, wrong: 0, misses: [] };
  row.all++;
  if (u.employees !== c.employees) {
    row.wrong++;
    row.misses.push(`  want ${c.employees} got ${u.employees}  ${c.text}`);
  }
  byFrame.set(c.frame, row);
}
let all = 0;
let wrong = 0;
for (const [frame, row] of byFrame) {
  all += row.all;
  wrong += row.wrong;
  console.log(`${frame}: ${row.wrong}/${row.all} wrong`);
  if (args.includes('--list')) console.log(row.misses.join('\n'));
}
console.log(`all: ${wrong}/${all} wrong (${((100 * wrong) / all).toFixed(1)}%)`);
