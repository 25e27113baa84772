/**
 * A growing list of paper rowids in an Int32Array (4 bytes a paper instead of a boxed number array's
 * 8 or more): what a bulk import remembers of every paper it changed until its extraction phase.
 */
export class RowidList {
  private ids = new Int32Array(1024);
  private size = 0;

  push(rowids: Iterable<number>): void {
    for (const id of rowids) {
      if (this.size === this.ids.length) {
        const grown = new Int32Array(this.ids.length * 2);
        grown.set(this.ids);
        this.ids = grown;
      }
      this.ids[this.size++] = id;
    }
  }

  /**
   * The rowids sorted, each once (a paper changed by two batches is extracted once, from its last
   * text): a view of the list's own array, so the list can be dropped afterwards.
   */
  sortedUnique(): Int32Array {
    const sorted = this.ids.subarray(0, this.size).sort();
    let n = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
    return sorted.subarray(0, n);
  }
}
