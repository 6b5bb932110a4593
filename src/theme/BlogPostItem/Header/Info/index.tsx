// The date and reading time under a blog post's title, as the classic theme
// writes them, with the date formatted without Intl (see format-date.ts): the
// theme's version builds an Intl.DateTimeFormat for the date, and an
// Intl.PluralRules for "min read", while the post hydrates, and the first one
// loads the browser's locale data (design/dates-without-intl.md). The blog
// list shows posts through it too.
import type { ReactNode } from 'react';
import clsx from 'clsx';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import type { Props } from '@theme/BlogPostItem/Header/Info';

import { formatDate } from '@site/src/components/format-date';
import { readingTimeLabel } from '@site/src/plugins/reading-time/shared/reading-time-label';
import styles from './styles.module.css';

export default function BlogPostItemHeaderInfo({ className }: Props): ReactNode {
  const { metadata } = useBlogPost();
  const { date, readingTime } = metadata;
  return (
    <div className={clsx(styles.container, 'margin-vert--md', className)}>
      <time dateTime={date}>{formatDate(date, 'long')}</time>
      {readingTime !== undefined && (
        <>
          {' · '}
          {readingTimeLabel(readingTime)}
        </>
      )}
    </div>
  );
}
