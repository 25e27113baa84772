/**
 * A cut down to a level ("reducing TTFT to 83% of that in X"): what the level measures (claims.ts)
 * and what it is set against (claim-baseline.ts) read the same words.
 */
// "compresses the KV cache to 28.125% of X", "reducing TTFT to 83% of that in X": a cut down to a level.
const CUT_VERB = String.raw`\b(?:reduc(?:e|es|ed|ing)|compress(?:es|ed|ing)?|cut(?:s|ting)?|shrink(?:s|ing)?|lower(?:s|ed|ing)?|decreas(?:e|es|ed|ing)|bring(?:s|ing)?)\s`;
const DOWN_TO = String.raw`(?:down\s)?to\s(?:only\s|just\s|merely\s|about\s|around\s|approximately\s|roughly\s|~\s?)?$`;
/** The words before the level: the verb, up to six words ("up to" is a hedge), "down to". */
export const CUT_DOWN_TO = new RegExp(String.raw`${CUT_VERB}(?:(?!up\s)[\w-]+\s){0,6}?${DOWN_TO}`, 'i');
/** The words before the cut's measure word, and those between it and the level. */
export const CUT_TO = new RegExp(String.raw`${CUT_VERB}(?:the\s|its\s|their\s)?(?:[\w-]+\s){0,3}$`, 'i');
export const MEASURE_DOWN_TO = new RegExp(String.raw`^(?:\s[\w-]+){0,4}?\s${DOWN_TO}`, 'i');
