// Public hotlines an owner dials after a fraud (110, the anti-fraud 96110, the citizens' 12345, the
// banks' 95xxx): a number dialled, never a figure of the firm (那要找哪个问嘛 打96110行不行, "called
// 96110, they said its a scam"; round 55). Read by the quantities extractor, which drops such a number.

/** The numbers: police, fire, ambulance, traffic, consumer, citizens', banking and securities regulators, anti-fraud, banks. */
const HOTLINE = String.raw`(?:110|119|120|122|12315|12345|12363|12378|12381|12386|96110|95\d{3})(?!\d)`;
/** Dialling, in either language: 打, 拨, 拨打, call, ring, dial (before the number). */
const DIALLING = String.raw`(?:打|拨|拨打|\bcall(?:ed|ing)?|\brang|\bring|\bdial(?:l?ed)?|\bphoned?)`;
/** A line named after it: 热线, 电话, 专线, hotline. */
const LINE_NAMED = String.raw`(?:热线|电话|专线|hotline|line)`;

/** A hotline dialled or named, its digits the match. */
export const HOTLINE_DIALLED = new RegExp(String.raw`(?<=${DIALLING}\s*)${HOTLINE}|${HOTLINE}(?=\s*${LINE_NAMED})`, 'gi');
