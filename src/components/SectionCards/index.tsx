import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';

import styles from './styles.module.css';

type Section = { title: string; to: string; summary: string };

const SECTIONS: readonly Section[] = [
  {
    title: 'Day in the Life',
    to: '/docs/day-in-the-life',
    summary: 'How the week splits between planned projects and fire-fighting, and where you ask for help.',
  },
  {
    title: 'Culture',
    to: '/docs/culture',
    summary: 'Freedom and responsibility, the culture deck, and how it shapes everyday decisions.',
  },
  {
    title: 'Mission',
    to: '/docs/mission',
    summary: 'What the company is trying to do for its members, and why honesty is part of it.',
  },
  {
    title: 'Work Updates',
    to: '/docs/work-updates',
    summary: 'Growth, the SRE rotation, Linux tracing, PMCs in the cloud and team changes.',
  },
];

/** The four handbook sections as cards, one line each. */
export default function SectionCards() {
  return (
    <ul className={styles.grid} aria-label="Handbook sections">
      {SECTIONS.map((section) => (
        <li key={section.to} className={styles.card}>
          <Heading as="h3" className={styles.cardTitle}>
            <Link to={section.to} className={styles.cardLink}>
              {section.title}
            </Link>
          </Heading>
          <p className={styles.summary}>{section.summary}</p>
        </li>
      ))}
    </ul>
  );
}
