/**
 * Text conventions of arXiv's metadata (as in the Kaggle arxiv-metadata-oai-snapshot), used by the
 * benchmark generator so its output exercises the same parsing paths as the real file: hard-wrapped
 * titles and abstracts, LaTeX accents in author lists, RFC 1123 version dates.
 */

const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** "Mon, 2 Apr 2007 19:18:42 GMT": arXiv writes the day without a leading zero, unlike toUTCString. */
export function arxivDate(ms: number): string {
  const d = new Date(ms);
  return `${DOW[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} `
    + `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} GMT`;
}

/** YYYY-MM-DD of a UTC timestamp. */
export function isoDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/**
 * Greedy hard wrap at `width` columns, continuation lines joined with `joiner`: arXiv stores
 * titles as "first line\n  rest" and abstracts as lines of about 80 characters.
 */
export function hardWrap(text: string, width: number, joiner: string): string {
  if (text.length <= width) return text;
  let out = '';
  let start = 0;
  while (text.length - start > width) {
    let cut = text.lastIndexOf(' ', start + width);
    if (cut <= start) cut = text.indexOf(' ', start + width);
    if (cut === -1) break;
    out += text.slice(start, cut) + joiner;
    start = cut + 1;
  }
  return out + text.slice(start);
}

/** The abstract field as arXiv stores it: two leading spaces, wrapped lines, a final newline. */
export function arxivAbstract(text: string): string {
  return `  ${hardWrap(text, 78, '\n')}\n`;
}

/** LaTeX forms of the accented letters our synthetic names use; others stay as Unicode. */
const LATEX_ACCENTS: Record<string, string> = {
  á: "\\'a", é: "\\'e", í: "\\'i", ó: "\\'o", ú: "\\'u", É: "\\'E", ý: "\\'y",
  à: '\\`a', è: '\\`e', ò: '\\`o',
  ä: '\\"a', ë: '\\"e', ï: '\\"i', ö: '\\"o', ü: '\\"u', Ö: '\\"O', Ü: '\\"U',
  ç: '\\c{c}', ñ: '\\~n', ã: '\\~a', ø: '{\\o}', Ø: '{\\O}', ł: '{\\l}', Ł: '{\\L}', ß: '{\\ss}',
  č: '\\v{c}', ř: '\\v{r}', š: '\\v{s}', ž: '\\v{z}', ě: '\\v{e}', ğ: '\\u{g}', ş: '\\c{s}', Ş: '\\c{S}',
  ą: '\\k{a}', ę: '\\k{e}', ć: "\\'c", ń: "\\'n", ś: "\\'s", ő: '\\H{o}',
};
const ACCENTED = new RegExp(`[${Object.keys(LATEX_ACCENTS).join('')}]`, 'g');

/** Writes accented letters the way many arXiv author lists do ("Müller" -> "M\"uller"). */
export function latexAccents(name: string): string {
  return name.replace(ACCENTED, (ch) => LATEX_ACCENTS[ch]);
}

const EAST_ASIAN = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
/** Lower-case particles that start a family name ("van der Tak", "de la Cruz"). */
const PARTICLE = / (?:van|von|de|der|den|da|di|del|della|du|le|la) /;

/**
 * Splits a display name into [last, first] as authors_parsed holds it, following arXiv's reading:
 * the last word is the family name unless a particle starts it earlier ("Floris van der Tak" ->
 * "van der Tak"); names written in an East Asian script put the family name first ("田中 健太");
 * a single token is all family name.
 */
export function splitName(name: string): [string, string] {
  const space = name.indexOf(' ');
  if (space === -1) return [name, ''];
  if (EAST_ASIAN.test(name)) return [name.slice(0, space), name.slice(space + 1)];
  const particle = PARTICLE.exec(name);
  const cut = particle ? particle.index : name.lastIndexOf(' ');
  return [name.slice(cut + 1), name.slice(0, cut)];
}

/** "José Müller" -> "J. Müller"; hyphenated first names keep both initials ("Hyun-woo" -> "H.-w."). */
export function initialed(name: string): string {
  const [last, first] = splitName(name);
  if (!first || EAST_ASIAN.test(name)) return name;
  // Every given name becomes an initial: "Nguyễn Văn An" -> "N. V. An".
  return `${first.split(' ').map((w) => w.split('-').map((p) => `${p[0]}.`).join('-')).join(' ')} ${last}`;
}

/** The ways one person can appear in a snapshot record, computed once per name. */
export interface AuthorForms {
  /** As written in the authors field: [plain, LaTeX accents] x [full name, initials]. */
  full: string;
  fullLatex: string;
  short: string;
  shortLatex: string;
  /** authors_parsed entries [last, first] for the full and the initialed form. */
  parsedFull: [string, string];
  parsedShort: [string, string];
}

/** All the forms of a name (see AuthorForms). */
export function authorForms(name: string): AuthorForms {
  const short = initialed(name);
  return {
    full: name,
    fullLatex: latexAccents(name),
    short,
    shortLatex: latexAccents(short),
    parsedFull: splitName(name),
    parsedShort: splitName(short),
  };
}
