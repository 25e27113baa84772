/**
 * A lexicon for reading a large corpus once: numbers stems (0, 1, 2, ... in order of first
 * appearance) and remembers how each is most often written, for display.
 *
 * It keeps its own word table (lower-case word to word entry), so the common case, a word seen
 * before, costs one table probe: no substring, no Map lookup, no stemming. Unlike the analyzer's
 * shared cache it is never cleared; it lives as long as one training run.
 */
import { scanWords, stemWord } from './analyze.ts';
import { WordTable } from './word-table.ts';

export class Lexicon {
  /** Stems by id. */
  readonly stems: string[] = [];
  private readonly stemIds = new Map<string, number>();
  private readonly words = new WordTable(16);
  // Per distinct lower-case word: its stem id (-1 when dropped), its lower-case form, how often
  // it was written all lower-case and otherwise, and the first non-lower-case form seen.
  private readonly wordStem: number[] = [];
  private readonly wordLower: string[] = [];
  private readonly lowerCount: number[] = [];
  private readonly casedCount: number[] = [];
  private readonly casedForm: (string | null)[] = [];

  /** Calls visit(stemId) for every kept word of the text, in order. */
  read(text: string, visit: (stemId: number) => void): void {
    scanWords(text, (lower, written, start, end, hash) => {
      let w = this.words.get(lower, start, end, hash);
      if (w === undefined) w = this.addWord(lower.slice(start, end), hash);
      const stem = this.wordStem[w];
      if (stem < 0) return;
      if (isLowerCase(written, lower, start, end)) this.lowerCount[w]++;
      else if (this.casedCount[w]++ === 0) this.casedForm[w] = written.slice(start, end);
      visit(stem);
    });
  }

  /**
   * The display form of each stem id: its most frequent word, written the way it is written most
   * often ("GPUs", "LLM", but "quantization" even though sentences start with "Quantization").
   */
  surfaces(): string[] {
    const out = this.stems.slice();
    const best = new Float64Array(this.stems.length);
    for (let w = 0; w < this.wordStem.length; w++) {
      const stem = this.wordStem[w];
      if (stem < 0) continue;
      const count = this.lowerCount[w] + this.casedCount[w];
      const form = this.casedCount[w] > this.lowerCount[w] ? this.casedForm[w]! : this.wordLower[w];
      // Ties go to the alphabetically first form, so the choice does not depend on reading order.
      if (count > best[stem] || (count === best[stem] && form < out[stem])) {
        best[stem] = count;
        out[stem] = form;
      }
    }
    return out;
  }

  private addWord(word: string, hash: number): number {
    const w = this.wordStem.length;
    const stem = stemWord(word);
    let id = -1;
    if (stem !== null) {
      id = this.stemIds.get(stem) ?? -1;
      if (id < 0) {
        id = this.stems.length;
        this.stems.push(stem);
        this.stemIds.set(stem, id);
      }
    }
    this.words.set(word, hash, w);
    this.wordStem.push(id);
    this.wordLower.push(word);
    this.lowerCount.push(0);
    this.casedCount.push(0);
    this.casedForm.push(null);
    return w;
  }
}

function isLowerCase(written: string, lower: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (written.charCodeAt(i) !== lower.charCodeAt(i)) return false;
  return true;
}
