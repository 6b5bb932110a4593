// The elements Markdown may render to, plus the one our remark plugins add:
// `glossary-term` (src/remark/glossary-terms.ts → src/components/GlossaryTerm).
import MDXComponents from '@theme-original/MDXComponents';

import GlossaryTerm from '@site/src/components/GlossaryTerm';

export default {
  ...MDXComponents,
  'glossary-term': GlossaryTerm,
};
