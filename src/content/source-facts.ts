// The fact map (src/data/source-facts.yml): every fact of the source account,
// the page that states it, and short phrases of that page's own wording that
// show it there. A fact retold on more pages lists them under `also`. The
// fact-mapping test reads it one way (each fact reaches a page), the
// paragraph-evidence check the other (each paragraph rests on a fact).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

export const SOURCE_FACTS_FILE = 'src/data/source-facts.yml';

export type FactMention = { page: string; evidence: string[] };
export type SourceFact = FactMention & { fact: string; also?: FactMention[] };

/** The fact map, or null when the site has none (a fixture site, say). */
export function readSourceFacts(siteDir: string): SourceFact[] | null {
  const file = join(siteDir, SOURCE_FACTS_FILE);
  if (!existsSync(file)) return null;
  return (parseYaml(readFileSync(file, 'utf8')) as SourceFact[] | null) ?? [];
}

/** Every place a fact is said: its main page, then the pages under `also`. */
export function mentionsOf(fact: SourceFact): FactMention[] {
  return [{ page: fact.page, evidence: fact.evidence }, ...(fact.also ?? [])];
}

/** The evidence phrases the map lists for each page id. */
export function evidenceByPage(facts: readonly SourceFact[]): Map<string, string[]> {
  const byPage = new Map<string, string[]>();
  for (const mention of facts.flatMap(mentionsOf)) {
    byPage.set(mention.page, [...(byPage.get(mention.page) ?? []), ...mention.evidence]);
  }
  return byPage;
}

/** Case and line breaks do not matter when a phrase is looked for in a page. */
export function normaliseForEvidence(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();
}
