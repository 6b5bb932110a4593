// The /recent-changes route added by the recent-changes plugin; its data module
// is written at build time from git (see server/git-history.ts).
import Head from '@docusaurus/Head';
import Layout from '@theme/Layout';

import RecentChanges from './RecentChanges';
import type { RecentChanges as RecentChangesData } from '../shared/types.ts';

const TITLE = 'Recent changes';
const DESCRIPTION = 'The handbook pages that changed most recently, newest first, with what changed in each.';

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
          </div>
        </div>
      </main>
    </Layout>
  );
}
