/**
 * Escaping for hand-written XML. Feeds use no CDATA: entity-escaping every text node and
 * attribute means a `]]>` or `<script>` in an imported title is just characters, and the
 * document stays well-formed whatever the import held.
 */

/** Characters XML 1.0 forbids outright (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe for an XML text node or a quoted attribute value. */
export function xmlEscape(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (ch) => ENTITY[ch]);
}

/** `<name>text</name>` with the text escaped. */
export function element(name: string, text: string): string {
  return `<${name}>${xmlEscape(text)}</${name}>`;
}

/** HTML escaping for the HTML fragments that RSS descriptions carry (escaped again as XML). */
export function htmlEscape(text: string): string {
  return xmlEscape(text);
}

/** Strips characters that no feed format can carry, for the JSON Feed's plain strings. */
export function cleanText(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}
