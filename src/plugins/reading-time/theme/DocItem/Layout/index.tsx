// Puts the reading time, computed at build time by the reading-time plugin,
// at the top of the doc's content: just under the title, where a reader
// decides whether to read now or later.
import type { ReactNode } from 'react';
import Layout from '@theme-init/DocItem/Layout';
import type LayoutType from '@theme/DocItem/Layout';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';

import { useReadingMinutes } from '../../../client/use-reading-minutes.ts';
import { readingTimeLabel } from '../../../shared/reading-time-label.ts';
import styles from './styles.module.css';

type Props = WrapperProps<typeof LayoutType>;

export default function LayoutWrapper({ children, ...props }: Props): ReactNode {
  const { metadata } = useDoc();
  const minutes = useReadingMinutes(metadata.permalink);
  return (
    <Layout {...props}>
      {minutes !== undefined && <p className={styles.readingTime}>{readingTimeLabel(minutes)}</p>}
      {children}
    </Layout>
  );
}
