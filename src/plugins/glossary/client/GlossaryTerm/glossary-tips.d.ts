// Modules the glossary plugin maps to its glossary-tips.json
// (src/plugins/glossary): every entry's tooltip by entry id.
declare module '@handbook/glossary-tips' {
  /** The tooltips at build time; null in the browser bundle. */
  const tips: Readonly<Record<string, string>> | null;
  export default tips;
}

declare module '@handbook/glossary-tips-data' {
  /** The tooltips, loaded as their own chunk when a page is rendered in the browser. */
  const tips: Readonly<Record<string, string>>;
  export default tips;
}
