// "Linked from": the docs and blog posts whose Markdown links to this page,
// found at build time by src/plugins/backlinks. It lets a reader walk the
// handbook backwards, from an idea to the pages that rely on it.
import { useId } from 'react';
import Link from '@docusaurus/Link';

import type { LinkingPage } from '../../shared/types.ts';
import styles from './styles.module.css';

export default function Backlinks({ pages }: { pages: readonly LinkingPage[] }) {
  const headingId = useId();
  if (pages.length === 0) return null;
  return (
    <nav className={styles.backlinks} aria-labelledby={headingId}>
      <h2 className={styles.heading} id={headingId}>
        Linked from
      </h2>
      <ul className={styles.list}>
        {pages.map((page) => (
          <li key={page.url}>
            <Link to={page.url}>{page.title}</Link>
            {page.kind === 'blog' && <span className={styles.kind}> (blog post)</span>}
          </li>
        ))}
      </ul>
    </nav>
  );
}
