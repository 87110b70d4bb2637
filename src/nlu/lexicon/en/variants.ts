// English word lists. Misspellings owners type: each key is the right spelling, its list the
// spellings read as it. compile() reads them wherever a list's word holds the right one (not
// inside a guard (?!…), (?<!…)).

export const variants: Readonly<Record<string, readonly string[]>> = {
  restaurant: ['resturant', 'restaraunt', 'restuarant', 'restraunt', 'restarant', 'resturent'],
  noodle: ['noodel', 'nooddle'],
  business: ['bussiness', 'buisness', 'busines'],
  revenue: ['revenu', 'reveune', 'revnue', 'revenew'],
  turnover: ['turnvoer', 'turnovr', 'tunrover', 'trunover', 'turnvover'],
  sales: ['slaes', 'saels', 'salse'],
  profit: ['proft', 'porfit', 'profti'],
  employees: ['employes', 'emploees', 'employess', 'eployees'],
  equipment: ['equipement', 'equiptment', 'equipmnet', 'equipmet'],
  working: ['workign', 'workin', 'wroking'],
  'guest ?house': ['guest-house', 'guest ?hose', 'guest ?hous', 'gest ?house', 'guset ?house'],
  logistics: ['logistic', 'logistik'],
  warehouse: ['warehose', 'wherehouse', 'warehous', 'ware house', 'wearhouse'],
  guesthouse: ['guesthose'],
  loan: ['lone'],
  interest: ['intrest', 'interst', 'intrist'],
  receiv: ['reciev'],
  // "to use our business acount to recieve payments for them" (round 57, convention 645).
  account: ['acount', 'accout'],
  borrow: ['borow'],
  // capitol: the same sound (working capitol: round 34).
  capital: ['captial', 'capitol'],
  // The purpose words as owners mistype them: "for inventroy", "to renovte", "restok", "pay wagess".
  inventory: ['inventroy', 'invetory', 'inventry', 'inventary', 'invntory'],
  renovat: ['renovt', 'renavat', 'renovet', 'renoavt'],
  stock: ['stok', 'stcok'],
  wages: ['wagess', 'wagse', 'wges'],
  // Texting shorthand: "how much wld that cost", "cld we borrow".
  would: ['wld', 'wud'],
  could: ['cld', 'cud'],
  // "lemme check with my accountant".
  'let me': ['lemme'],
  // Words of the questions as owners mistype them (round 25): "how long does the bank usualy take", "my personal credt card".
  usually: ['usualy', 'usally', 'ususally', 'usaully'],
  credit: ['credt', 'crdit', 'credti', 'cedit'],
  // Second-hand typed with a space (round 30): "80k for a second hand delivery van".
  'second-?hand': ['second hand'],
  // "a deposit to our vietnamese suplier" (round 50).
  supplier: ['suplier', 'supplyer', 'suppiler', 'supllier'],
};

/**
 * Misspellings of the words the number grammar reads after a figure (units of time, people counted):
 * "6 monts", "abt 30 wrokers", "3 devlopers". The grammar has no word lists, so normalize() reads
 * these as the right word, whole words only.
 */
export const unitVariants: Readonly<Record<string, readonly string[]>> = {
  months: ['monts', 'mnths', 'montsh', 'monhts', 'motnhs', 'mounths'],
  month: ['mnth', 'monht', 'mounth'],
  years: ['yeras', 'yaers', 'yers'],
  workers: ['wrokers', 'wokers', 'workres', 'worksers', 'wrokrs'],
  worker: ['wroker', 'woker'],
  developers: ['devlopers', 'develeopers', 'developpers', 'develpers'],
  developer: ['devloper', 'develeoper', 'developper', 'develper'],
};

/**
 * The roles owners count, as key words for their misspellings after a count ("3 dentsits and 4 asistants", "6 teachrs",
 * "2 cheifs"): normalize() reads a word of six letters or more one edit from one of these, right after a count in digits or words, as the
 * role (its singular too), never a word of the exceptions below nor a word of no person's (printers, dryers).
 */
export const roleKeyWords: readonly string[] = [
  ...['dentists', 'assistants', 'chefs', 'drivers', 'mechanics', 'teachers', 'nurses', 'hygienists', 'waiters'],
  ...['waitresses', 'gardeners', 'cleaners', 'receptionists', 'cashiers', 'technicians', 'carpenters', 'electricians'],
  ...['plumbers', 'tailors', 'bakers', 'butchers', 'labourers', 'laborers', 'helpers', 'cooks', 'instructors'],
  ...['accountants', 'pharmacists', 'doctors', 'therapists', 'hairdressers', 'barbers', 'painters', 'welders'],
  ...['farmhands', 'pickers', 'packers', 'servers', 'managers', 'apprentices', 'stylists', 'baristas', 'bartenders'],
  ...['housekeepers', 'porters', 'clerks', 'dishwashers', 'salesmen', 'employees', 'workers', 'guides', 'masons'],
];
/** English words one edit from a role that name something else: "3 printers", "2 rivers", "5 makers". */
export const notRoleSpellings: readonly string[] = [
  ...['printers', 'pointers', 'purses', 'curses', 'rivers', 'divers', 'drives', 'makers', 'takers', 'hackers'],
  ...['backers', 'sailors', 'serves', 'severs', 'teaches', 'manages', 'bikers', 'kickers', 'parkers', 'potters'],
  ...['sorters', 'gleaners', 'chiefs', 'guided', 'guider', 'waiver', 'waivers', 'cookie', 'cookies', 'workerd'],
  ...['bankers', 'bunkers', 'hunters', 'planners', 'renters', 'ranchers', 'teacups', 'nursery', 'waitlist'],
];
