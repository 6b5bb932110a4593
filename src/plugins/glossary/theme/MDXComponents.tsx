// The elements Markdown may render to, plus the one the glossary adds:
// `glossary-term` (server/glossary-terms.ts → client/GlossaryTerm).
// `@theme-init`: the classic theme's map, which this plugin's theme wraps.
import MDXComponents from '@theme-init/MDXComponents';

import GlossaryTerm from '../client/GlossaryTerm';
import { GLOSSARY_TERM_ELEMENT } from '../shared/glossary-names.ts';

export default {
  ...MDXComponents,
  [GLOSSARY_TERM_ELEMENT]: GlossaryTerm,
};
