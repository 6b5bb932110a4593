// Wraps each doc's content (a theme wrapper, so theme updates still apply):
// the stale-page banner above it, the owner below it, just before the
// "Edit this page" and "Last updated" footer.
// https://docusaurus.io/docs/swizzling#wrapping
import type { WrapperProps } from '@docusaurus/types';
import Content from '@theme-init/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';

import PageOwner from '../../../client/PageOwner';
import StaleBanner from '../../../client/StaleBanner';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props) {
  return (
    <>
      <StaleBanner />
      <Content {...props} />
      <PageOwner />
    </>
  );
}
