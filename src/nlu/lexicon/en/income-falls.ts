// The income that repays a loan falling, as owners say it in English (round 26, round 28, round 31): the goods' price falling,
// the goods not selling, the sales or the orders falling, a bad season. Supposed, they are the market risk (commands.ts
// fallSupposed, corpus convention 24); a bad season supposed, or any of them supposed with the loan's repaying asked, the
// cannot-repay question with the risks (questions.ts, corpus convention 85). One list each, shared by both readers.

/**
 * A bad season: "the harvest is bad", "the crop fails", "tourists dont come back", "bookings dry up" (round 28). Supposed, the
 * income that repays the loan is what is feared: the cannot-repay question with the risks.
 */
/** What a season brings in: the harvest, the crop, the visitors, the bookings. */
const SEASON_BRINGS = String.raw`\b(?:harvest|crops?|yield|season|tourists?|visitors?|guests?|bookings)\b`;
/** ...going bad: is bad or slow, fails, don't come, stay away, dry up, drop. */
const GOES_BAD = String.raw`\b(?:(?:is|are|was|turns out|turn out) (?:bad|poor|weak|slow)|fails?|don['’]?t come(?: back)?|stay away|dry up|drops?|falls?)`;
export const BAD_SEASON_EN = String.raw`${SEASON_BRINGS}[^.?!,]{0,12}${GOES_BAD}`;

/** The goods' price falling: "prices fall", "the price of coffee drops", "the market crashes" (round 26, convention 24). */
export const PRICE_FALLS = String.raw`\b(?:prices?|market|demand)\b[^.?!,]{0,14}\b(?:falls?|fell|drops?|dips?|crash(?:es)?|collapses?|tanks?|slumps?|plunges?|go(?:es)? down)\b`;
/** The goods not selling: "can't sell the stock", "the harvest doesn't sell", "nobody buys". */
export const UNSOLD = String.raw`(?:(?:can['’]?t|cannot|can not|couldn['’]?t|unable to|don['’]?t|doesn['’]?t|won['’]?t) sell|(?:nobody|no one) (?:buys|wants)|no buyers|unsold|stuck with)\b`;
/** ...or the sales or the orders falling ("what if sales drop", "if business slows down", "if orders dry up"). */
export const SALES_FALL = String.raw`\b(?:sales|business|orders|revenue|income|demand)\b[^.?!,]{0,10}\b(?:drops?|falls?|dips?|slows? down|dries? up|dry up|go(?:es)? down|tanks?|slumps?|(?:is|are|gets?) (?:slow|bad))\b`;

/** Any of them: the income that repays the loan falling (the goods not selling after a word boundary). */
/** A loss ("if we lose money", "if we make a loss", "if the business goes under"; round 34, corpus convention 177). */
export const LOSS_EN = String.raw`\b(?:los(?:e|es|ing) money|make a loss|(?:run|are|is) at a loss|go(?:es)? (?:bust|under|broke))\b`;

export const INCOME_FALLS_EN = String.raw`(?:${PRICE_FALLS}|${SALES_FALL}|${BAD_SEASON_EN}|\b${UNSOLD}|${LOSS_EN})`;
