import { hasRole } from '../../accounts/types.ts';
import { useViewer } from '../accounts/viewer.ts';

/** The header's account corner: "Sign in" for visitors, the user's menu (settings, admin, log out) otherwise. */
export function UserMenu({ path }: { path: string }) {
  const viewer = useViewer();
  if (!viewer) {
    const next = path && path !== '/' && !path.startsWith('/login') ? `?next=${encodeURIComponent(path)}` : '';
    return <a class="sign-in" href={`/login${next}`}>Sign in</a>;
  }
  const u = viewer.user;
  return (
    <details class="user-menu">
      <summary title={u.email}>{u.displayName || u.email.split('@')[0]}</summary>
      <div class="user-menu-items">
        <a href="/for-you">For you</a>
        <a href="/collections">Collections</a>
        <a href="/read-later">Read later</a>
        <a href="/settings">Settings</a>
        {hasRole(u.role, 'moderator') ? <a href="/admin">Admin</a> : null}
        <form method="post" action="/logout">
          <input type="hidden" name="_csrf" value={viewer.csrf} />
          <button type="submit">Log out</button>
        </form>
      </div>
    </details>
  );
}
