import { raw } from 'hono/html';

/**
 * Small SVG icons, drawn once per page in a hidden sprite and referenced with <use>, so a list of
 * fifty cards repeats a 70-byte reference instead of the path data. Decorative: aria-hidden, the
 * text beside each icon carries its meaning. They take the text colour via currentColor.
 */
const PATHS = {
  up: '<path d="M12 5l7 9H5z" fill="currentColor" stroke="none"/>',
  comment: '<path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1.1-4.6A8 8 0 1 1 21 12z"/>',
  code: '<path d="M8 8l-4 4 4 4M16 8l4 4-4 4"/>',
  calendar: '<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>',
  feed: '<path d="M5 11a8 8 0 0 1 8 8M5 5a14 14 0 0 1 14 14"/><circle cx="6" cy="18" r="1.5" fill="currentColor"/>',
  search: '<circle cx="11" cy="11" r="7"/><path d="M20 20l-4-4"/>',
  prev: '<path d="M15 6l-6 6 6 6"/>',
  next: '<path d="M9 6l6 6-6 6"/>',
  external: '<path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"/>',
  pdf: '<path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z"/><path d="M14 3v5h5M9 13h6M9 17h6"/>',
  filter: '<path d="M4 5h16l-6 8v5l-4 2v-7z"/>',
  close: '<path d="M6 6l12 12M18 6L6 18"/>',
  flame: '<path d="M12 3c1 4 5 5.5 5 10a5 5 0 0 1-10 0c0-2 1-3.5 2-4.5.3 1.5 1 2.5 2 3 0-3-1-5.5 1-8.5z"/>',
} as const;

type IconName = keyof typeof PATHS;

/** The hidden sprite, written once at the top of <body>. */
export const ICON_SPRITE = raw(
  `<svg xmlns="http://www.w3.org/2000/svg" class="sprite" aria-hidden="true">${Object.entries(PATHS)
    .map(([name, body]) => `<symbol id="i-${name}" viewBox="0 0 24 24">${body}</symbol>`).join('')}</svg>`,
);

const use = (name: IconName) => raw(`<svg class="icon icon-${name}" width="16" height="16" aria-hidden="true"><use href="#i-${name}"/></svg>`);

export const ICONS = Object.fromEntries(Object.keys(PATHS).map((k) => [k, use(k as IconName)])) as Record<IconName, ReturnType<typeof raw>>;
