// Machines and vehicles named in English among Chinese words (买 grinder, 买 一台 新的 roaster, 新的 bread oven): a thing
// bought to use (kitchen ones too: grill, fryer, stove; round 23), read by the purpose list (equipment) and the scope
// of things bought (no trade from the machine's word).

/** A machine or a vehicle named in English among the Chinese words (grinder, roaster, espresso machine): a thing bought to use. */
/** Kitchen machines (grill, fryer, steamer; round 23). */
const KITCHEN_MACHINE = String.raw`grill|griddle|fryer|stove|steamer|dishwasher|chiller|blender|sealer`;
/** Not the head of a trade's words (boat tours, truck rental, van hire: the trade, round 30). */
const NOT_A_TRADE_HEAD = String.raw`(?!\s*(?:tours?|trips?|rides?|rentals?|hire|repairs?|services?)\b)`;
/** Machines of the site and the farm (forklift, excavator, tractor, generator, compressor). */
const SITE_MACHINE = String.raw`forklift|excavator|tractor|generator|compressor`;
export const ENGLISH_MACHINE = String.raw`(?:kiln|machine|oven|dryer|freezer|fridge|truck|van|boiler|grinder|mixer|printer|press|loom|boat|roaster|equipment|${SITE_MACHINE}|${KITCHEN_MACHINE})s?(?![a-z])${NOT_A_TRADE_HEAD}`;
