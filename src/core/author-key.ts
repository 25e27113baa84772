/** The key an author page is found by: case, accents and spacing do not matter. */
export function authorKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[\s.]+/g, ' ').trim();
}
