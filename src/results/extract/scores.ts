/**
 * Bare scores: a number named by the score before it ("an F1 of 0.91", "pass@1 = 62%", "EM 41.2") or
 * after it ("0.96 F1"). One list serves the sentence rules (claims.ts) and the pre-scan that skips a
 * paper with nothing to read (index.ts), so a score the rules can read is never skipped unread.
 */
// Distances between generated and real samples: quality scores of any size ("an FVD of 279.01").
// ("an rFID of 0.38", "gFID 2.74", "sFID 8.07": a reconstruction's, a generator's or the spatial-feature one.)
const DISTANCES = ['[rgs]?FID', 'FVD'];
const NAMED_BEFORE = ['avg@\\d+', 'pass@\\d+', 'score', 'accuracy', 'Acc', '[A-Za-z-]*F1', 'BLEU', 'mAP(?:@[\\d.]+(?::[\\d.]+)?(?![\\d.:]))?', 'EM', '(?:MS-)?SSIM', 'AUC(?:-ROC)?', 'PR-AUC', 'AUROC', 'AUPRC', 'area under (?:the )?(?:[\\w-]+ ){0,4}?curve', '[cgm]?IoU', 'kappa', 'κ', 'R\\^?2', 'ρ', '\\\\rho', '(?:rank )?correlation', 'perplexity', 'PPL', 'sensitivity', 'specificity', 'recall', '(?:Hit|HR|Recall|NDCG|MRR|P|Acc)@\\d+', 'NDCG', 'MRR',
  // Quality scores no other metric names are accuracy, lower-is-better distances too (labels, rule 27).
  ...DISTANCES, 'LPIPS', 'SPL', 'PSNR', 'Jaccard(?: index)?', 'Dice(?: score| coefficient)?', 'DSC', 'NDS', 'HOTA', 'MOTA',
  // Text, caption and translation quality, agreement and driving scores.
  'CIDEr', 'ROUGE(?:-[L12])?', 'METEOR', 'BERTScore', 'CLIPScore', 'COMET(?:-?kiwi)?', 'chrF\\+*', "Spearman(?:'s)?[- ]rho", "Kendall(?:'s)?[- ]tau", 'ICC(?:\\(\\d,\\s?\\d\\)|(?!\\())', 'E?PDMS', 'exact match'];
const NAMED_AFTER = ['F1', 'AUC(?:-ROC)?', 'AUROC', 'mAP', '[cgm]?IoU', '(?:MS-)?SSIM', 'LPIPS', 'BLEU', 'recall', 'precision', 'perplexity', 'PPL', 'CIDEr', 'ROUGE(?:-[L12])?', 'E?PDMS',
  // A detector's or a segmenter's average precision: "44.8 APbox", "41.1 APmask", "49.6 mask AP", "0.699 AP".
  'AP(?:box|mask|50|75)?', '(?:box|mask) AP'];
/** Scores where lower is better: an error, a loss, a divergence ("RMSE 0.14", "KL divergence below 8.4e-9"). */
const ERROR_BEFORE = ['RMSE', 'NRMSE', 'MAE', 'MSE', 'MAPE', 'Brier(?: scores?)?', '(?:training |validation |test |minimum )loss', 'KL divergence', 'KL', 'error'];

// Names that start with a letter are whole words; "κ" is not a word character to \b.
const words = (names: string[]) => names.map((n) => (/^[a-z[(]/i.test(n) ? `\\b${n}` : n)).join('|');
const before = words(NAMED_BEFORE);
const errors = words(ERROR_BEFORE);
const after = NAMED_AFTER.join('|');
// "an F1 of 0.91", "AUC-ROC score of up to 0.805", "raises F1 to 0.9", "KL divergence below 8.4e-9".
// "accuracy over 3 runs", "accuracy at 4 bits": other words link a setting, not the score.
// "(SPL) to 0.66", "(AUROC) 0.650-0.714": an abbreviation in parentheses may follow the name, or a setting ("gFID (w/o
// CFG) of 2.20", "FID (lower is better) of 15.9"), and
// "PSNR (9.87 → 15.98)", "(accuracy: 0.590 → 0.730)": the level an arrow reaches (the first number is where it started), and
// "value" the score ("a Dice score value of 0.819"; "PSNR values reaching 24.13, 27.09, and 22.59").
// "F1 score increases of up to 0.60", "improves the VBench score by +0.26": a gain of the score, in its own units.
const LINK = String.raw`s?(?:\s(?:scores?|values?))?(?:\s?\([\w@-]{1,10}\)|\s\((?:w\/o|w\/|without|with|lower|higher)\s[\w\s-]{1,16}\)|\))?(?:\s(?:increases?|gains?|improvements?)(?=\sof\b))?\s*(?:(?:of|=|:|≈|(?:from\s[\d.]+\s)?to|is|was|reach(?:es|ed|ing)?|(?:\(|:|=|of)?\s?[\d.]+\s?→|\()\s*(?:(?:up to|about|around|approximately|nearly|only|just|roughly|over|below|above|as low as|as high as|an average of|[<>≈~])\s?)?|by\s(?:(?:up to|about|around|approximately|nearly|over|an average of|[<>≈~])\s?)?\$?\+?|(?:up to|below|under|above|less than|[<>≈~])\s?|\s\+)?$`;
// "Pearson r=0.78", "a correlation of r=0.96": r only with its equals sign.
const R_IS = String.raw`\b(?:Pearson\s|Spearman\s)?r\s?=\s?$`;

/** A score's name right before where a number starts. */
export const BARE_SCORE = new RegExp(`(?:${before})${LINK}|${R_IS}`, 'i');

/** An error score's name right before where a number starts: the number is an error, however large. */
export const ERROR_SCORE = new RegExp(`(?:${errors})${LINK}`, 'i');

/** A distance's name right before where a number starts: a score however large. */
export const DISTANCE_SCORE = new RegExp(`\\b(?:${DISTANCES.join('|')})${LINK}`, 'i');

/**
 * A distance named right after a number, of any size: "1.47 FID", "0.21 rFID", "1.97 gFID" (a
 * reconstruction's or a generator's). Case-sensitive: "4 RFID tags" are radio tags.
 */
const DISTANCE_NAME = `[rg]?(?:${DISTANCES.join('|')})`;
export const DISTANCE_AFTER = new RegExp(`^\\s?${DISTANCE_NAME}\\b`);

/** A score's name right after a number ("0.96 F1 score"). */
export const SCORE_AFTER = new RegExp(`^\\s?(?:macro[- ]|micro[- ]|weighted[- ])?(?:${after})\\b`, 'i');

/** "an 83.0 score on Arena-Hard-Auto", "achieves 0.345 overall score": a decimal named a score after it. */
export const SCORE_WORD_AFTER = /^\s(?:(?:average|overall|mean)\s)?score\b/i;
export const scoreWordAfter = (text: string, start: number, end: number) => /\.\d/.test(text.slice(start, end)) && SCORE_WORD_AFTER.test(text.slice(end, end + 20));

const RATING = /^\s?\/\s?(?:5|10)(?:\.0+)?(?![\d.])/;

/**
 * "(4.53/5.0)", "rated 8.2/10": a rating on a 5- or 10-point scale, written with a decimal; "4/5
 * attacks" and "1/10 of their parameters" are counts and shares.
 */
export function isRating(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 24);
  return RATING.test(after) && (text.slice(start, end).includes('.') || /^\s?\/\s?\d+\.0/.test(after))
    && !/^\s?\/\s?[\d.]+\s(?:of|[a-z]+s)\b/i.test(after);
}

/**
 * "attains 5.83 on GEditBench-EN", "we achieve 4.01 on CALVIN ABC": a bare number a verb of attainment
 * reaches on a named benchmark is the score there (a name with a second capital or a digit: "VBench",
 * "LIBERO-90"; not "on Monday"). The verb must be right before it: "reduces latency to 12 on ..." is not.
 */
export const SCORE_VERB = /\b(?:achiev(?:e|es|ed|ing)|attain(?:s|ed|ing)?|reach(?:es|ed|ing)?|scor(?:e|es|ed|ing)|obtain(?:s|ed|ing)?)\s(?:a\s(?:score\s|new\s|state-of-the-art\s)?|an average of\s|up to\s|about\s|around\s|approximately\s|nearly\s|over\s)?$/i;
/**
 * "state-of-the-art performance ... -- e.g., 77.5 on AIME, 96.2 on MATH 500": an example of the results
 * a sentence claims, given as a bare number on a named benchmark, is the score there too (the rest of
 * its list follows it, claims.ts).
 */
export const EXAMPLE_SCORE = /(?:\be\.g\.|\\eg|\bsuch as|\bincluding)[,:]?\s$/i;
export const RESULT_WORDS = /\b(?:performance|results?|scores?|state-of-the-art|SOTA|outperform\w*|quality|accuracy)\b/i;
export const ON_NAMED_BENCHMARK = /^\s(?:on|in)\s(?:the\s)?[A-Z](?=[\w.+'’-]*?[A-Z0-9])[\w.+'’-]*/;

/**
 * "improves IS from 86.55 to 116.70", "raises the six-task NIAH average from 70.6 to 97.4", "improves
 * deterministic quality from 0.457 to 0.538": a score that a verb of change moves, named only by a
 * score word, an average or a quality, reaches its second number (labels, rules 11 and 27), of any size.
 * Case-sensitive: "IS" is the Inception Score, "is" a verb.
 */
// ("improves FVD on UCF-101 from 99.5 to 88.6": a quality score or distance, also on a named set; "PickScore increases from
// 20.46 to 23.81": a score named before its verb.)
const NAMES_CORE = String.raw`IS|average|quality|performance|[rg]?FID|FVD|PSNR|(?:MS-)?SSIM|LPIPS|BLEU|CIDEr|[cgm]?IoU|mAP`;
const FROM_TO_NAMES = String.raw`${NAMES_CORE}|[Ss]core|[A-Z][A-Za-z]*Score`;
const ON_SET = String.raw`(?:\s\([\w@-]{1,10}\))?(?:\son\s[\w.+-]+)?\sfrom\s`;
const MOVES = String.raw`\s(?:increas|improv|ris|rose|climb|jump|drop|decreas|fell|falls|goes|went)\w*\sfrom\s`;
const FROM_TO_NAME = String.raw`\b(?:${FROM_TO_NAMES})${ON_SET}`;
const NAME_MOVES_FROM = String.raw`\b(?:${FROM_TO_NAMES})${MOVES}`;
// The pre-scan finds a name ending in "score" by its end ("PickScore"): a capital-letter word tried at every word is
// what it must not do (case-insensitive, it would be any word).
const PRESCAN_NAME = String.raw`(?:\b(?:${NAMES_CORE})|score)`;
export const SCORE_FROM_TO = new RegExp(String.raw`(?:\b(?:improv|rais|boost|increas|lift|reduc|lower|cut|decreas|drop|ris|rose|climb|jump)\w*\s[^,;]{0,80}?${FROM_TO_NAME}|${NAME_MOVES_FROM})(?:about\s|around\s|~\s?)?\d[\d.]*\sto\s(?:about\s|around\s|~\s?)?$`);

/** "IPC of 1.8": instructions per cycle, a throughput with no unit after it. */
export const IPC_OF = /\bIPC\s+of\s$/;

/** Anywhere in a text: a number the rules above can read as a score. */
// A name written with any prefix ("[A-Za-z-]*F1": "FacetF1", "macro-F1") is found by its end: trying
// a word of any length before every word was most of the pre-scan's time.
const prefixed = /^\[A-Za-z-\]\*/;
const anywhere = words(NAMED_BEFORE.filter((n) => !prefixed.test(n))) + NAMED_BEFORE.filter((n) => prefixed.test(n)).map((n) => `|${n.replace(prefixed, '')}`).join('');
export const MAY_HOLD_SCORE = new RegExp(`(?:${anywhere}|${errors}|\\bIPC)[^.;]{0,24}?\\d|\\d\\s?(?:${after}|${DISTANCE_NAME})\\b|\\br\\s?=\\s?\\d|${PRESCAN_NAME}${ON_SET}\\d|${PRESCAN_NAME}${MOVES}\\d|\\d\\s?\\/\\s?(?:5|10)\\b|\\+\\s?\\d[\\d.]*\\s?(?:\\)|\\s(?:on|in)\\s)|\\.\\d+\\s(?:(?:average|overall|mean)\\s)?score\\b|\\d\\s(?:on|in)\\s(?:the\\s)?[A-Z](?<=(?:(?:achiev|attain|reach|scor|obtain)\\w{0,3}\\s(?:[\\w ,.]{0,32}\\s)?|(?:e\\.g\\.|\\\\eg|such as|including),?\\s)[\\d.]+\\s(?:on|in)\\s(?:the\\s)?[A-Z])`, 'i');
