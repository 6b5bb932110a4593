import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';

import { formatDate } from '@site/src/components/format-date';
import { useHomePageData } from '../home-page-data.ts';
import styles from './styles.module.css';

/** The newest blog post, as the home page shows it. */
export default function LatestPost() {
  const { latestPost } = useHomePageData();
  if (!latestPost) return null;
  return (
    <section className={styles.latest} aria-labelledby="latest-post">
      <Heading as="h2" id="latest-post">
        Latest from the blog
      </Heading>
      <article>
        <Heading as="h3" className={styles.title}>
          <Link to={latestPost.permalink}>{latestPost.title}</Link>
        </Heading>
        <p className={styles.date}>
          <time dateTime={latestPost.date}>{formatDate(latestPost.date, 'long')}</time>
        </p>
        <p>{latestPost.description}</p>
      </article>
    </section>
  );
}
