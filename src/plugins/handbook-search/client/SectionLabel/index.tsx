import type { ReactNode } from 'react';

import styles from './styles.module.css';

/** The handbook section a search result belongs to, as a small badge (the dialog and the /search page). */
export default function SectionLabel({ label }: { label: string }): ReactNode {
  return <span className={styles.sectionLabel}>{label}</span>;
}
