// A blog post that retells someone else's post says so in its front matter
// (`based_on`), and the page, the feeds and the structured data all credit
// that post's author as the source, not as the author of the post.

export type BasedOn = {
  title: string;
  url: string;
  author: string;
  /** The source author's role, e.g. "Performance engineer at Netflix". */
  authorTitle: string;
};

/**
 * Blog authors that are a group rather than a person (keys of blog/authors.yml):
 * structured data names them as an Organization.
 */
const GROUP_AUTHOR_KEYS: readonly string[] = ['handbook-maintainers'];

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** The post's `based_on` front matter, or undefined when it has none (the content checks validate its shape). */
export function readBasedOn(frontMatter: Record<string, unknown>): BasedOn | undefined {
  const value = frontMatter.based_on as Record<string, unknown> | undefined;
  if (!value || typeof value !== 'object') return undefined;
  const { title, url, author, author_title: authorTitle } = value;
  if (!isText(title) || !isText(url) || !isText(author) || !isText(authorTitle)) return undefined;
  return { title, url, author, authorTitle };
}

/** "Based on Brendan Gregg's post "Working at Netflix 2017"": the words every credit starts with. */
export function basedOnPhrase(basedOn: BasedOn): string {
  return `Based on ${basedOn.author}'s post “${basedOn.title}”`;
}

/** The source's author and role, as shown under the byline. */
export function sourceAuthorPhrase(basedOn: BasedOn): string {
  return `${basedOn.author}, ${basedOn.authorTitle}`;
}

/** One sentence for places that show plain text only (feed summaries). */
export function creditSentence(basedOn: BasedOn, authorNames: readonly string[]): string {
  const by = authorNames.length > 0 ? `By ${authorNames.join(', ')}. ` : '';
  return `${by}${basedOnPhrase(basedOn)} (${basedOn.url}); source author: ${sourceAuthorPhrase(basedOn)}.`;
}

type JsonObject = Record<string, unknown>;
type PostAuthor = { key?: string | null; name?: string };

/** schema.org's CreativeWork for the source post, with its author as a Person. */
function sourceStructuredData(basedOn: BasedOn): JsonObject {
  return {
    '@type': 'BlogPosting',
    name: basedOn.title,
    headline: basedOn.title,
    url: basedOn.url,
    author: { '@type': 'Person', name: basedOn.author, jobTitle: basedOn.authorTitle },
  };
}

/**
 * A BlogPosting as Docusaurus builds it, with group authors typed as an
 * Organization and, when the post retells another, that post as `isBasedOn`.
 */
export function creditStructuredData(
  posting: JsonObject,
  authors: readonly PostAuthor[],
  basedOn: BasedOn | undefined,
): JsonObject {
  const groupNames = new Set(
    authors.filter((author) => author.key && GROUP_AUTHOR_KEYS.includes(author.key)).map((author) => author.name),
  );
  const retype = (author: unknown) =>
    author && typeof author === 'object' && groupNames.has((author as JsonObject).name as string)
      ? { ...(author as JsonObject), '@type': 'Organization' }
      : author;
  const author = Array.isArray(posting.author) ? posting.author.map(retype) : retype(posting.author);
  return {
    ...posting,
    ...(posting.author === undefined ? {} : { author }),
    ...(basedOn ? { isBasedOn: sourceStructuredData(basedOn) } : {}),
  };
}
