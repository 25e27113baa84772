import type { Child } from 'hono/jsx';

/** A friendly message where a list would be, with a way onward. */
export function EmptyState({ title, children }: { title: string; children?: Child }) {
  return (
    <div class="empty">
      <p class="empty-title">{title}</p>
      {children}
    </div>
  );
}
