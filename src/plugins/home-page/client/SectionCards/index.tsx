import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';

import { useHomePageData } from '../home-page-data.ts';
import styles from './styles.module.css';

/** The handbook's sections as cards, one line each, from their _category_.json files. */
export default function SectionCards() {
  const { sections } = useHomePageData();
  return (
    <ul className={styles.grid} aria-label="Handbook sections">
      {sections.map((section) => (
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
