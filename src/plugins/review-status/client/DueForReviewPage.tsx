// The /due-for-review page: every doc past its review date, most overdue
// first, with the owner to ask. Its rows arrive as route props, so only this
// page loads them.
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import type { DueForReviewProps } from '../shared/types.ts';
import styles from './DueForReviewPage.module.css';

function overdueText(days: number): string {
  if (days === 0) return 'due today';
  return `${days} day${days === 1 ? '' : 's'} overdue`;
}

export default function DueForReviewPage({ duePages, reviewDate, defaultReviewEvery }: DueForReviewProps) {
  return (
    <Layout title="Due for review" description="Handbook pages past their review date, with the team that owns each.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Due for review</Heading>
        <p>
          Each page names an owner and is reviewed on a schedule (every {defaultReviewEvery} unless its front matter
          says otherwise). This list was made when the site was built, on {reviewDate}.
        </p>
        {duePages.length === 0 ? (
          <p className={styles.allFresh}>No page is due for review: every page was reviewed within its interval.</p>
        ) : (
          <>
            <p>
              {duePages.length} page{duePages.length === 1 ? ' is' : 's are'} due. If you own one, read it through, fix
              what has changed and set <code>last_reviewed</code> to today in a pull request.
            </p>
            <div className={styles.tableWrapper}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Page</th>
                    <th scope="col">Owner</th>
                    <th scope="col">Last reviewed</th>
                    <th scope="col">Due since</th>
                  </tr>
                </thead>
                <tbody>
                  {duePages.map((page) => (
                    <tr key={page.id}>
                      <td>
                        <Link to={page.permalink}>{page.title}</Link>
                      </td>
                      <td>{page.ownerName}</td>
                      <td className={styles.date}>
                        <time dateTime={page.lastReviewed}>{page.lastReviewed}</time>
                      </td>
                      <td>
                        <time className={styles.date} dateTime={page.dueDate}>
                          {page.dueDate}
                        </time>{' '}
                        ({overdueText(page.daysOverdue)})
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </main>
    </Layout>
  );
}
