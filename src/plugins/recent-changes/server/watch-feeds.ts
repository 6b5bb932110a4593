// The feeds a reader can watch besides the whole handbook's: one per docs
// section (docs/<folder>/) and one per owner (the doc's `owner` front matter;
// blog posts and unowned docs go to the handbook maintainers, as CODEOWNERS
// does). They are cut from the same list of changes the recent-changes page
// shows, read from git once per build (git-history.ts).
import type { PageChange, WatchFeed } from '../shared/types.ts';

/** A change with what decides which feeds it goes to. */
export type WatchedChange = PageChange & {
  /** Source file relative to the site root, e.g. docs/culture/freedom.md. */
  file: string;
  /** The page's owner id, or undefined for a page without one. */
  owner: string | undefined;
};

export type WatchSection = { folder: string; label: string; to: string };
export type WatchOwner = { id: string; name: string };

export type WatchFeedWithChanges = WatchFeed & { changes: PageChange[] };

/** Where feeds live in the build, beside the whole handbook's recent-changes/atom.xml. */
function watchFeedPath(kind: WatchFeed['kind'], id: string): string {
  return `recent-changes/${kind === 'section' ? 'sections' : 'owners'}/${id}.xml`;
}

function pageChange({ title, url, date, summary, commit }: WatchedChange): PageChange {
  return { title, url, date, summary, commit };
}

/**
 * One feed per section and per owner, each with its pages' latest changes,
 * newest first, at most `limit`. Every section and owner gets a feed, even
 * with no change yet, so a reader can subscribe before the first one.
 */
export function watchFeeds(
  changes: readonly WatchedChange[],
  sections: readonly WatchSection[],
  owners: readonly WatchOwner[],
  fallbackOwner: string,
  limit: number,
): WatchFeedWithChanges[] {
  const sectionFeeds = sections.map((section): WatchFeedWithChanges => ({
    kind: 'section',
    id: section.folder,
    label: section.label,
    indexPath: section.to,
    path: watchFeedPath('section', section.folder),
    changes: changes
      .filter((change) => change.file.startsWith(`docs/${section.folder}/`))
      .slice(0, limit)
      .map(pageChange),
  }));
  const known = new Set(owners.map((owner) => owner.id));
  const ownerOf = (change: WatchedChange) =>
    change.owner !== undefined && known.has(change.owner) ? change.owner : fallbackOwner;
  const ownerFeeds = owners.map((owner): WatchFeedWithChanges => ({
    kind: 'owner',
    id: owner.id,
    label: owner.name,
    indexPath: null,
    path: watchFeedPath('owner', owner.id),
    changes: changes
      .filter((change) => ownerOf(change) === owner.id)
      .slice(0, limit)
      .map(pageChange),
  }));
  return [...sectionFeeds, ...ownerFeeds];
}
