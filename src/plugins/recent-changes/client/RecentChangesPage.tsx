// The /recent-changes route added by the recent-changes plugin; its data module
// is written at build time from git (see server/git-history.ts).
import Head from '@docusaurus/Head';
import Layout from '@theme/Layout';

import RecentChanges from './RecentChanges';
import type { FeedLink, RecentChanges as RecentChangesData } from '../shared/types.ts';

const TITLE = 'Recent changes';
const DESCRIPTION = 'The handbook pages that changed most recently, newest first, with what changed in each.';

function FeedList({ heading, feeds }: { heading: string; feeds: FeedLink[] }) {
  if (feeds.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      <ul>
        {feeds.map((feed) => (
          <li key={feed.href}>
            <a href={feed.href}>{feed.label}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

export default function RecentChangesPage({ recentChanges }: { recentChanges: RecentChangesData }) {
  return (
    <Layout title={TITLE} description={DESCRIPTION}>
      <Head>
        <link
          rel="alternate"
          type="application/atom+xml"
          title="Handbook recent changes"
          href={recentChanges.feedPath}
        />
      </Head>
      <main className="container margin-vert--lg">
        <div className="row">
          <div className="col col--8 col--offset-2">
            <h1>{TITLE}</h1>
            <p>
              The handbook pages changed most recently, from the repository&apos;s history. Follow them in a feed reader
              with the <a href={recentChanges.feedPath}>Atom feed of recent changes</a>.
            </p>
            <RecentChanges data={recentChanges} />
            <section aria-labelledby="watch-feeds">
              <h2 id="watch-feeds">Watch a section or an owner</h2>
              <p>Each of these Atom feeds lists the changes to some of the pages only.</p>
              <FeedList
                heading="By section"
                feeds={recentChanges.watchFeeds.filter((feed) => feed.kind === 'section')}
              />
              <FeedList heading="By owner" feeds={recentChanges.watchFeeds.filter((feed) => feed.kind === 'owner')} />
            </section>
          </div>
        </div>
      </main>
    </Layout>
  );
}
