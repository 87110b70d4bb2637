// The Chinese word lists, one file per topic.

export * from './industries';
export * from './services';
export * from './purposes';
export * from './sizes';
export * from './markets';
export * from './commands';
export * from './answers';
export * from './figures';
export * from './scopes';
export * from './roles';
export { harvestNamed, workSeason, yearSeasons } from './seasons';
export * from './papers';
export { bankWeighed } from './banks';
