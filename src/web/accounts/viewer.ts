import type { Context } from 'hono';
import { createContext, useContext } from 'hono/jsx';
import type { User } from '../../accounts/types.ts';
import type { AppDeps } from '../deps.ts';

/** What pages need to know about the person looking: who, the CSRF token for forms, what they upvoted. */
export interface Viewer {
  user: User;
  csrf: string;
  /** Stable ids of papers this user upvoted. */
  voted: Set<string>;
}

/** Carries the viewer down to cards without threading it through every component. */
export const ViewerContext = createContext<Viewer | null>(null);

/** The viewer inside a component rendered by renderPage (null when signed out). */
export function useViewer(): Viewer | null {
  return useContext(ViewerContext);
}

/** The viewer of a page request: only browser sessions (pages are never rendered for tokens). */
export async function viewerOf(c: Context, deps: AppDeps): Promise<Viewer | null> {
  const auth = c.get('auth');
  if (!auth || auth.via !== 'session' || !auth.csrf) return null;
  return { user: auth.user, csrf: auth.csrf, voted: await deps.store.votes.votedPaperIds(auth.user.id) };
}
