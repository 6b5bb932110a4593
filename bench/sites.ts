// The sites the benchmark builds: the handbook as it is ("ours"), and two
// peers built from the same content: stock Docusaurus (classic preset, the
// template's settings, none of our plugins) and stock plus the most used
// local-search plugin. Each lives in a throw-away folder outside the git work
// tree (so none of them reads git history), sharing our node_modules.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { copySite } from '../scripts/lib/copy-site.ts';
import { generateCorpus, type Corpus, type CorpusProfile } from './corpus.ts';

export type Variant = 'ours' | 'stock' | 'easyops';
export const VARIANTS: readonly Variant[] = ['ours', 'stock', 'easyops'];

const STOCK_HOME = `import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';

export default function Home() {
  return (
    <Layout title="Home" description="Stock Docusaurus home page for the benchmark.">
      <main className="container margin-vert--lg">
        <h1>Engineering Culture Handbook</h1>
        <Link className="button button--primary" to="/docs/start-here">Start here</Link>
      </main>
    </Layout>
  );
}
`;

function stockConfig(withEasyops: boolean): string {
  const themes = withEasyops
    ? `themes: [[require.resolve('@easyops-cn/docusaurus-search-local'), { hashed: true, indexBlog: true, indexDocs: true }]],`
    : '';
  return `// Stock Docusaurus: the classic template's settings, no custom plugins.
module.exports = {
  title: 'Engineering Culture Handbook',
  url: 'https://handbook.example.com',
  baseUrl: '/',
  future: { v4: true },
  onBrokenLinks: 'warn',
  markdown: { format: 'detect', hooks: { onBrokenMarkdownLinks: 'warn' } },
  presets: [
    [
      'classic',
      {
        docs: { sidebarPath: './sidebars.ts' },
        blog: { showReadingTime: true, onInlineTags: 'warn', onInlineAuthors: 'warn', onUntruncatedBlogPosts: 'warn' },
        theme: { customCss: './src/css/custom.css' },
      },
    ],
  ],
  ${themes}
  themeConfig: {
    navbar: {
      title: 'Engineering Culture Handbook',
      items: [
        { type: 'docSidebar', sidebarId: 'handbook', label: 'Handbook', position: 'left' },
        { to: '/blog', label: 'Blog', position: 'left' },
      ],
    },
  },
};
`;
}

/**
 * The peers have none of our components, so an allow-listed .mdx page becomes
 * plain Markdown for them: its imports and the component tags that wrap
 * Markdown go, the Markdown inside stays.
 */
function mdxToPlainMarkdown(docsDir: string): void {
  const files = readdirSync(docsDir, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.mdx'),
  );
  for (const entry of files) {
    const file = join(entry.parentPath, entry.name);
    const markdown = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^import\s/.test(line) && !/^<\/?[A-Z][A-Za-z]*(\s[^>]*)?>\s*$/.test(line))
      .join('\n');
    rmSync(file);
    writeFileSync(file.replace(/\.mdx$/, '.md'), markdown);
  }
}

/** Copies the handbook into `dir` as the given variant, with `extraPages` generated pages of the given profile added. */
export function prepareSite(
  siteRoot: string,
  dir: string,
  variant: Variant,
  extraPages: number,
  profile: CorpusProfile = 'short',
): Corpus {
  copySite(siteRoot, dir);
  const tagsFile = join(dir, 'docs', 'tags.yml');
  writeFileSync(
    tagsFile,
    `${readFileSync(tagsFile, 'utf8')}\nbenchmark:\n  label: Benchmark\n  permalink: /benchmark\n  description: Generated pages.\n`,
  );
  if (variant !== 'ours') {
    rmSync(join(dir, 'docusaurus.config.ts'));
    writeFileSync(join(dir, 'docusaurus.config.js'), stockConfig(variant === 'easyops'));
    const src = join(dir, 'src');
    rmSync(src, { recursive: true, force: true });
    mkdirSync(join(src, 'pages'), { recursive: true });
    mkdirSync(join(src, 'css'), { recursive: true });
    writeFileSync(join(src, 'pages', 'index.tsx'), STOCK_HOME);
    writeFileSync(join(src, 'css', 'custom.css'), '');
    mdxToPlainMarkdown(join(dir, 'docs'));
  }
  return extraPages > 0 ? generateCorpus(join(dir, 'docs'), extraPages, undefined, profile) : { pages: 0, needles: [] };
}
