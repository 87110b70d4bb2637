// The NLU's public API: `understand` for the dialog, the rest for tests and tools.

export { understand } from './understand';
export { assetNamed } from './asset';
export { warmUp } from './warm-up';
export { normalize, detectLanguage, writtenLanguage, languageWords, MAX_INPUT_LENGTH } from './normalize';
export { findQuantities } from './numbers';
export type { Quantity, MoneyQuantity, PeopleQuantity, DurationQuantity, NumberQuantity } from './numbers';
export { parseChineseNumeral, parseArabic, parseEnglishNumber, MAX_VALUE } from './numerals';
export { COMMANDS } from './types';
export type { Command, Understanding } from './types';
