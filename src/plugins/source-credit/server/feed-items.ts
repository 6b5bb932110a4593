// The feeds' items as Docusaurus builds them, plus the credit of the post
// each one retells: the summary and the content start with who wrote it and
// whose post it is based on (RSS shows no author without an email address),
// and Atom lists the source's author as a contributor.
import type { PluginOptions } from '@docusaurus/plugin-content-blog';

import { basedOnPhrase, creditSentence, readBasedOn, sourceAuthorPhrase } from '../shared/based-on.ts';

type CreateFeedItems = NonNullable<PluginOptions['feedOptions']['createFeedItems']>;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const createCreditedFeedItems: CreateFeedItems = async (params) => {
  const { blogPosts, defaultCreateFeedItems, ...rest } = params;
  const items = await defaultCreateFeedItems({ blogPosts, ...rest });
  return items.map((item, index) => {
    const post = blogPosts[index];
    const basedOn = post ? readBasedOn(post.metadata.frontMatter as Record<string, unknown>) : undefined;
    if (!post || !basedOn) return item;
    const authorNames = post.metadata.authors.flatMap((author) => (author.name ? [author.name] : []));
    const credit =
      `<p>${authorNames.length > 0 ? `By ${escapeHtml(authorNames.join(', '))}. ` : ''}` +
      `${escapeHtml(basedOnPhrase(basedOn).replace(/“.*”$/, ''))}` +
      `<a href="${escapeHtml(basedOn.url)}">“${escapeHtml(basedOn.title)}”</a>; ` +
      `source author: ${escapeHtml(sourceAuthorPhrase(basedOn))}.</p>`;
    return {
      ...item,
      description: `${item.description ?? ''} ${creditSentence(basedOn, authorNames)}`.trim(),
      content: `${credit}${item.content ?? ''}`,
      contributor: [...(item.contributor ?? []), { name: basedOn.author, link: basedOn.url }],
    };
  });
};
