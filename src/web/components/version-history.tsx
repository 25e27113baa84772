import type { PaperVersion } from '../../harvest/repo.ts';
import { longDay } from '../view/format.ts';
import { RichText } from './rich-text.tsx';

function label(v: PaperVersion, i: number): string {
  if (v.version !== null) return `v${v.version}`;
  return i === 0 ? 'First seen' : 'New version';
}

function changes(v: PaperVersion, i: number) {
  if (i === 0) return <span class="muted">{v.version === 1 ? 'first version' : 'the version Paperboy first saw'}</span>;
  if (v.titleChanged && v.abstractChanged) return <span>Title and abstract changed; the title was “<RichText text={v.previousTitle ?? ''} inline />”.</span>;
  if (v.titleChanged) return <span>Title changed; it was “<RichText text={v.previousTitle ?? ''} inline />”.</span>;
  if (v.abstractChanged) return <span>Abstract revised.</span>;
  return <span class="muted">Title and abstract unchanged.</span>;
}

/** A paper's versions, oldest first, with their dates and what changed in title or abstract. */
export function VersionHistory({ versions, deletedAt }: { versions: PaperVersion[]; deletedAt: string | null }) {
  if (versions.length < 2 && !deletedAt) return null;
  return (
    <section class="versions" aria-labelledby="versions-h">
      <h2 id="versions-h">Version history</h2>
      <ol class="version-list">
        {versions.map((v, i) => (
          <li>
            <strong>{label(v, i)}</strong> · <time datetime={v.versionDate}>{longDay(v.versionDate)}</time> · {changes(v, i)}
          </li>
        ))}
        {deletedAt ? <li><strong>Removed</strong> · <time datetime={deletedAt}>{longDay(deletedAt)}</time> · arXiv no longer lists this record.</li> : null}
      </ol>
    </section>
  );
}
