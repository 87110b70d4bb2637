// English word lists. Misspellings owners type: each key is the right spelling, its list the
// spellings read as it. compile() reads them wherever a list's word holds the right one (not
// inside a guard (?!…), (?<!…)).

export const variants: Readonly<Record<string, readonly string[]>> = {
  restaurant: ['resturant', 'restaraunt', 'restuarant', 'restraunt', 'restarant', 'resturent'],
  noodle: ['noodel', 'nooddle'],
  business: ['bussiness', 'buisness', 'busines'],
  revenue: ['revenu', 'reveune', 'revnue'],
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
  borrow: ['borow'],
  capital: ['captial'],
};
