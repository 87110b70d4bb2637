// Rent and fees a firm collects (a landlord, a market, a property manager; round 65): said after the verb of collecting they are its
// takings (figures.ts, a revenue cue), never a cost asked (commands.ts, 管理费) nor a rent to pay (purposes.ts, 租金, 房租).

/** The verb of collecting before them: 收, 收的, 收了, 收取的. */
export const COLLECTED_ZH = String.raw`收(?:的|了|取的?)?`;

/** Rent and fees a landlord or a market collects. */
export const FEES_COLLECTED = '租金|房租|租子|管理费|物业费|摊位费|场地费';
