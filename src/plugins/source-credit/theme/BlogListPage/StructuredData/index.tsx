// The blog list's JSON-LD (Docusaurus's public hook), each post credited as
// on its own page: see ../../BlogPostPage/StructuredData.
import Head from '@docusaurus/Head';
import { useBlogListPageStructuredData } from '@docusaurus/plugin-content-blog/client';
import type { Props } from '@theme/BlogListPage/StructuredData';

import { creditStructuredData, readBasedOn } from '../../../shared/based-on';

export default function BlogListPageStructuredData(props: Props) {
  const structuredData = useBlogListPageStructuredData(props) as unknown as Record<string, unknown>;
  const postings = (structuredData.blogPost as Record<string, unknown>[] | undefined) ?? [];
  const blogPost = postings.map((posting, index) => {
    const content = props.items[index]?.content;
    if (!content) return posting;
    return creditStructuredData(
      posting,
      content.metadata.authors,
      readBasedOn(content.frontMatter as Record<string, unknown>),
    );
  });
  return (
    <Head>
      <script type="application/ld+json">{JSON.stringify({ ...structuredData, blogPost })}</script>
    </Head>
  );
}
