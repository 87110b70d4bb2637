// The day the dialog tests are advised on, 16 March 2026 (10:00 in Beijing; the month of the LPR the reference gives): replies pinned
// whole must not change with the day the tests run. A programme's last day (the service-loan subsidy's, 31 December 2026) is tested on
// days of its own (test/knowledge/programmes-until.test.ts, test/dialogs/subsidy-ends.test.ts).

export const ADVICE_DAY_MS = Date.UTC(2026, 2, 16, 2, 0, 0);

/** A clock stopped on the advice day, for the engine and its store. */
export const onAdviceDay = (): number => ADVICE_DAY_MS;
