// The knowledge module: everything the bot knows about Internet finance for small firms, as typed
// data and pure functions with no I/O and no wording (the wording is in locales/<lng>/knowledge.json).

export * from './ids';
export * from './citations';
export * from './profile';
export * from './services';
export * from './risks';
export * from './regulation';
export * from './yunnan';
export * from './recommend';
export * from './sme-size';
export * from './cost';
export * from './next-steps';
export * from './programmes';
export * from './answers';
export * from './terms';
