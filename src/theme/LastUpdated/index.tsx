// "Last updated on <date> by <author>" under each doc, as the classic theme
// writes it, with the date formatted without Intl (see format-date.ts): the
// theme's own version builds an Intl.DateTimeFormat while every doc page
// hydrates. A page changed since the reader last opened it says so here
// (src/plugins/recent-changes).
import type { ReactNode } from 'react';
import { ThemeClassNames } from '@docusaurus/theme-common';
import type { Props } from '@theme/LastUpdated';

import { formatDate } from '@site/src/components/format-date';
import ChangedSinceLastVisit from '@site/src/plugins/recent-changes/client/ChangedSinceLastVisit';

export default function LastUpdated({ lastUpdatedAt, lastUpdatedBy }: Props): ReactNode {
  const date = lastUpdatedAt ? new Date(lastUpdatedAt) : null;
  return (
    <span className={ThemeClassNames.common.lastUpdated}>
      Last updated
      {date ? (
        <>
          {' on '}
          <b>
            <time dateTime={date.toISOString()} itemProp="dateModified">
              {formatDate(date, 'medium')}
            </time>
          </b>
        </>
      ) : null}
      {lastUpdatedBy ? (
        <>
          {' by '}
          <b>{lastUpdatedBy}</b>
        </>
      ) : null}
      {lastUpdatedAt ? <ChangedSinceLastVisit date={lastUpdatedAt} /> : null}
      {process.env.NODE_ENV === 'development' && (
        <small> (a stand-in date under npm start: production builds take it from git)</small>
      )}
    </span>
  );
}
