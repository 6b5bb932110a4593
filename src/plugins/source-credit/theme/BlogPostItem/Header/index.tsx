// The theme's post header, followed by the source credit when the post
// retells another (front matter `based_on`). A wrapper: the header itself is
// the theme's (@theme-init: from a plugin's theme folder, @theme-original
// would resolve to this very file).
import Header from '@theme-init/BlogPostItem/Header';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';

import SourceCredit from '../../../client/SourceCredit';
import { readBasedOn } from '../../../shared/based-on';

export default function HeaderWithSourceCredit() {
  const { frontMatter } = useBlogPost();
  const basedOn = readBasedOn(frontMatter as Record<string, unknown>);
  return (
    <>
      <Header />
      {basedOn ? <SourceCredit basedOn={basedOn} /> : null}
    </>
  );
}
