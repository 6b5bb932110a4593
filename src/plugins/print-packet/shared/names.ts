/** The plugin's name, as usePluginData asks for it. */
export const PLUGIN_NAME = 'print-packet';

/** The print edition page, in the build's root (served as /print). */
export const PRINT_EDITION_FILE = 'print.html';

/** The printed packet, in the build's root. */
export const PACKET_FILE = 'handbook.pdf';

/** Global data, set only when the build prints the packet (HANDBOOK_PDF=1). */
export type PrintPacketGlobalData = { pdfPath: string };
