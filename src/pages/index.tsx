import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import LatestPost from '@site/src/plugins/home-page/client/LatestPost';
import SectionCards from '@site/src/plugins/home-page/client/SectionCards';
import styles from './index.module.css';

export default function Home() {
  const { siteConfig } = useDocusaurusContext();
  return (
    <Layout
      title="Home"
      description="A handbook for engineers in their first weeks on a performance-engineering team, retelling one engineer's account: the work, the culture, the mission and recent news."
    >
      <main>
        <header className={styles.hero}>
          <div className="container">
            <Heading as="h1" className={styles.title}>
              {siteConfig.title}
            </Heading>
            <p className={styles.tagline}>{siteConfig.tagline}</p>
            <p className={styles.intro}>
              New to the team? This handbook retells one performance engineer&rsquo;s account of his work at Netflix in
              2017: how his days divide, the culture behind the decisions he saw, the mission the work serves, and what
              had changed. Anything it adds of its own is marked as a suggestion. Read it in your first weeks, search it
              when a word puzzles you, and improve it with a pull request.
            </p>
            <Link className="button button--primary button--lg" to="/docs/start-here">
              Start here
            </Link>
          </div>
        </header>
        <div className="container margin-vert--lg">
          <Heading as="h2">The four sections</Heading>
          <SectionCards />
          <LatestPost />
        </div>
      </main>
    </Layout>
  );
}
