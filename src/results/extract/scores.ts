/**
 * Bare scores: a number named by the score before it ("an F1 of 0.91", "pass@1 = 62%", "EM 41.2") or
 * after it ("0.96 F1"). One list serves the sentence rules (claims.ts) and the pre-scan that skips a
 * paper with nothing to read (index.ts), so a score the rules can read is never skipped unread.
 */
const NAMED_BEFORE = ['avg@\\d+', 'pass@\\d+', 'score', 'accuracy', 'F1', 'BLEU', 'mAP', 'EM', 'AUC(?:-ROC)?', 'AUROC', 'AUPRC', 'm?IoU', 'kappa', 'κ', 'R\\^?2', 'ρ', '\\\\rho', '(?:rank )?correlation'];
const NAMED_AFTER = ['F1', 'AUC(?:-ROC)?', 'mAP', 'm?IoU'];

// Names that start with a letter are whole words; "κ" is not a word character to \b.
const before = NAMED_BEFORE.map((n) => (/^[a-z]/i.test(n) ? `\\b${n}` : n)).join('|');
const after = NAMED_AFTER.join('|');

/** A score's name right before where a number starts. */
export const BARE_SCORE = new RegExp(`(?:${before})s?\\s*(?:of|=|:)?\\s*$`, 'i');

/** A score's name right after a number ("0.96 F1 score"). */
export const SCORE_AFTER = new RegExp(`^\\s?(?:macro[- ]|micro[- ]|weighted[- ])?(?:${after})\\b`, 'i');

/** "IPC of 1.8": instructions per cycle, a throughput with no unit after it. */
export const IPC_OF = /\bIPC\s+of\s$/;

/** Anywhere in a text: a number the rules above can read as a score. */
export const MAY_HOLD_SCORE = new RegExp(`(?:${before}|\\bIPC)s?\\s?(?:of|=|:)?\\s?\\d|\\d\\s?(?:${after})\\b`, 'i');
