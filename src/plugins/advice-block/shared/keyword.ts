/**
 * The admonition keyword of the handbook's one advice block: `:::suggestion`.
 * The docs, blog and pages plugins register it, the theme renders it, and the
 * paragraph-evidence check lets prose inside it stand without a fact.
 */
export const ADVICE_KEYWORD = 'suggestion';

/** The admonitions option the classic preset's content plugins take. */
export const ADVICE_ADMONITIONS = { keywords: [ADVICE_KEYWORD], extendDefaults: true };
