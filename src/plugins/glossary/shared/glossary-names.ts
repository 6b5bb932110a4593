// Names the glossary shares between the build (which marks terms), the
// browser (which renders the marks) and other features that link to it.

/** Where the glossary page lives; each entry's heading id is the entry's id. */
export const GLOSSARY_PATH = '/docs/glossary';

/** The name the mark's element has in the MDX; theme/MDXComponents.tsx maps it to the GlossaryTerm component. */
export const GLOSSARY_TERM_ELEMENT = 'glossary-term';
