// The start-here page's link to the printed packet. It renders only in a
// build that prints the packet (HANDBOOK_PDF=1 sets the plugin's global
// data), so a site without build/handbook.pdf never links to it.
import { usePluginData } from '@docusaurus/useGlobalData';
import type { ReactNode } from 'react';

import { PLUGIN_NAME, type PrintPacketGlobalData } from '../shared/names';

export default function FirstWeekPacket(): ReactNode {
  const data = usePluginData(PLUGIN_NAME) as PrintPacketGlobalData | undefined;
  if (!data) return null;
  return (
    <p>
      <a href={data.pdfPath} download type="application/pdf">
        Download the first-week packet
      </a>{' '}
      (PDF): this reading path and every other page, the glossary and the blog summary, in one file to read offline or
      print.
    </p>
  );
}
