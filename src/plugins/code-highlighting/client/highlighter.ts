// The theme's code block with Prism and the site's additional languages
// (themeConfig.prism.additionalLanguages), in a chunk of its own.
import { Prism } from 'prism-react-renderer';
import CodeBlock from '@theme-original/CodeBlock';
import prismIncludeLanguages from '@theme/prism-include-languages';

import { registerCodeBlock } from './code-block-loader';

prismIncludeLanguages(Prism);
registerCodeBlock(CodeBlock);

export default CodeBlock;
