// The post's JSON-LD as Docusaurus computes it (its public hook), with the
// handbook's group author typed as an Organization and the retold post as
// `isBasedOn`, its author a Person with a jobTitle.
import Head from '@docusaurus/Head';
import { useBlogPost, useBlogPostStructuredData } from '@docusaurus/plugin-content-blog/client';

import { creditStructuredData, readBasedOn } from '../../../shared/based-on';

export default function BlogPostStructuredData() {
  const structuredData = useBlogPostStructuredData() as unknown as Record<string, unknown>;
  const { metadata, frontMatter } = useBlogPost();
  const credited = creditStructuredData(
    structuredData,
    metadata.authors,
    readBasedOn(frontMatter as Record<string, unknown>),
  );
  return (
    <Head>
      <script type="application/ld+json">{JSON.stringify(credited)}</script>
    </Head>
  );
}
