// What `@handbook/glossary-tips` is in the browser bundle: nothing. The
// tooltips come from the page's HTML or a chunk loaded on demand (tips.ts).
const tips: Readonly<Record<string, string>> | null = null;
export default tips;
