/**
 * An incremental scanner that cuts one JSON document (an array, or an object) into its top-level
 * elements without parsing it whole. Each element is then JSON.parse'd on its own, which gives
 * three things a single JSON.parse cannot: a line number per record, a rejection per bad element
 * instead of a dead file, and the complete records of a truncated file.
 */

/** An array element's text, or an object member's text (`"key": value`). */
export interface ScannedElement { line: number; text: string; oversized?: undefined }
/** An element longer than the limit: its text was dropped while scanning. */
export interface ScannedOversized { line: number; oversized: true; chars: number }
export type ScanItem = ScannedElement | ScannedOversized;

export interface ScanProblem { line: number; message: string }

const QUOTE = 0x22, BACKSLASH = 0x5c, COMMA = 0x2c, NL = 0x0a;
const OPEN_BRACE = 0x7b, CLOSE_BRACE = 0x7d, OPEN_BRACKET = 0x5b, CLOSE_BRACKET = 0x5d;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff;
}

/** Feed it text in pieces; it returns each top-level element as soon as the element is complete. */
export class JsonTopLevelScanner {
  /** "[" or "{" once the document has started. */
  kind: '[' | '{' | null = null;
  /** A structural problem that stops the scan (not JSON at the start, content after the end). */
  problem: ScanProblem | null = null;
  private state: 'start' | 'between' | 'element' | 'done' = 'start';
  private depth = 0;
  private inString = false;
  private escape = false;
  private line = 1;
  private parts: string[] = [];
  private partsLen = 0;
  private elemLine = 0;
  private dropping = false;

  constructor(private readonly maxChars: number) {}

  /** Feeds the next piece of text; returns the elements it completed. */
  push(chunk: string): ScanItem[] {
    const out: ScanItem[] = [];
    if (this.problem) return out;
    let start = this.state === 'element' ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === NL) this.line++;
      if (this.state === 'element') {
        if (this.inString) {
          if (this.escape) this.escape = false;
          else if (c === BACKSLASH) this.escape = true;
          else if (c === QUOTE) this.inString = false;
          continue;
        }
        if (c === QUOTE) this.inString = true;
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.depth++;
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
          this.depth--;
          if (this.depth === 0) { out.push(this.take(chunk, start, i)); this.state = 'done'; }
        } else if (c === COMMA && this.depth === 1) {
          out.push(this.take(chunk, start, i));
          this.state = 'between';
        }
        continue;
      }
      if (isSpace(c)) continue;
      if (this.state === 'start') {
        if (c === OPEN_BRACKET || c === OPEN_BRACE) {
          this.kind = c === OPEN_BRACKET ? '[' : '{';
          this.depth = 1;
          this.state = 'between';
        } else {
          this.problem = { line: this.line, message: `expected "[" or "{" at the start, got ${JSON.stringify(chunk.slice(i, i + 20))}` };
          return out;
        }
      } else if (this.state === 'between') {
        if (c === COMMA) continue;
        if (c === CLOSE_BRACKET || c === CLOSE_BRACE) { this.depth = 0; this.state = 'done'; continue; }
        this.state = 'element';
        this.elemLine = this.line;
        start = i;
        i--; // let the element branch see this character (never a newline: spaces were skipped)
      } else {
        this.problem = { line: this.line, message: 'unexpected content after the end of the JSON document' };
        return out;
      }
    }
    if (this.state === 'element') this.hold(chunk, start < 0 ? 0 : start);
    return out;
  }

  /**
   * Ends the input: returns an element that was complete but not yet closed by "," or "]", and
   * sets `problem` when the document was not closed (a truncated file).
   */
  end(): ScanItem[] {
    if (this.problem) return [];
    const out: ScanItem[] = [];
    const close = this.kind === '[' ? ']' : '}';
    if (this.state === 'element' && this.depth === 1 && !this.inString) {
      // The last element ended (its own brackets closed) but the document's "]" never came.
      out.push(this.take('', 0, 0));
      this.state = 'between';
    }
    if (this.state === 'element') {
      this.problem = { line: this.elemLine, message: 'the file ends inside this element (truncated JSON?)' };
    } else if (this.state === 'between') {
      this.problem = { line: this.line, message: `the file ends before the closing "${close}" (truncated JSON?)` };
    }
    return out;
  }

  /** True when nothing but whitespace was seen. */
  get empty(): boolean {
    return this.state === 'start' && !this.problem;
  }

  /** The text of the element in progress (for format detection on a cut-off head). */
  pendingText(): string {
    return this.state === 'element' ? this.parts.join('') : '';
  }

  private hold(chunk: string, from: number): void {
    const piece = chunk.length - from;
    if (!this.dropping && this.partsLen + piece > this.maxChars) {
      this.dropping = true;
      this.parts = [];
    }
    if (!this.dropping) this.parts.push(from === 0 ? chunk : chunk.slice(from));
    this.partsLen += piece;
  }

  private take(chunk: string, start: number, end: number): ScanItem {
    const from = start < 0 ? 0 : start;
    const chars = this.partsLen + (end - from);
    let item: ScanItem;
    if (this.dropping || chars > this.maxChars) {
      item = { line: this.elemLine, oversized: true, chars };
    } else {
      const text = this.parts.length === 0 ? chunk.slice(from, end) : this.parts.join('') + chunk.slice(from, end);
      item = { line: this.elemLine, text };
    }
    this.parts = [];
    this.partsLen = 0;
    this.dropping = false;
    return item;
  }
}

/** Parses a scanned object member (`"key": value`) into its key and value. */
export function parseMember(text: string): [string, unknown] {
  const obj = JSON.parse(`{${text}}`) as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length !== 1) throw new SyntaxError('expected one "key": value member');
  return [keys[0], obj[keys[0]]];
}

/**
 * Runs a scanner over a byte stream (UTF-8 split across chunks is handled by the decoder) and ends
 * it. Stops early on a structural problem; afterwards `scanner.problem` holds the verdict.
 */
export async function* scanStream(
  input: AsyncIterable<Buffer | string>,
  scanner: JsonTopLevelScanner,
): AsyncGenerator<ScanItem> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    yield* scanner.push(text);
    if (scanner.problem) return;
  }
  yield* scanner.push(decoder.decode());
  yield* scanner.end();
}
