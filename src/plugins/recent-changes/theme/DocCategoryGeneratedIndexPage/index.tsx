// A section's index page (the category page Docusaurus generates) names the
// Atom feed of changes to that section's pages, for a reader's feed reader
// and for readers that discover feeds from <link rel="alternate">.
// https://docusaurus.io/docs/swizzling#wrapping
import type { ReactNode } from 'react';
import Head from '@docusaurus/Head';
import DocCategoryGeneratedIndexPage from '@theme-init/DocCategoryGeneratedIndexPage';
import type PageType from '@theme/DocCategoryGeneratedIndexPage';
import type { WrapperProps } from '@docusaurus/types';
import sectionFeeds from '@handbook/section-feeds';

import styles from './styles.module.css';

type Props = WrapperProps<typeof PageType>;

export default function DocCategoryGeneratedIndexPageWrapper(props: Props): ReactNode {
  const feed = sectionFeeds[props.categoryGeneratedIndex.permalink];
  return (
    <>
      {feed && (
        <Head>
          <link rel="alternate" type="application/atom+xml" title={`${feed.label}: changes`} href={feed.href} />
        </Head>
      )}
      <DocCategoryGeneratedIndexPage {...props} />
      {feed && (
        <p className={styles.watch}>
          Watch this section: the <a href={feed.href}>Atom feed of changes to {feed.label} pages</a> tells your feed
          reader whenever one of them changes.
        </p>
      )}
    </>
  );
}
