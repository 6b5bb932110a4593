// The bench's long-page profile: pages of about 1,100 words, the length of a
// real handbook page, over a vocabulary of about 4,000 words. The short
// profile repeats a few dozen phrases, so its search index is small and its
// posting lists short; a real handbook's is neither. Word frequencies follow
// Zipf's law (the word of rank r is used about 1/r as often as the commonest),
// which is how words are spread in real prose, so search meets a few very
// long posting lists and thousands of short ones. English function words take
// the top ranks, handbook words the next ones, and made-up pronounceable
// words (from the seed) the long tail. See design/long-page-profile.md.
/** Words a page has at least; a page is written until its body reaches this. */
export const LONG_PAGE_MIN_WORDS = 1_000;
/** Distinct words the prose draws from (function words, handbook words and made-up ones). */
export const LONG_VOCABULARY_SIZE = 4_000;

/** The commonest words of English prose: they take the top Zipf ranks, as they do in real text. */
const FUNCTION_WORDS = [
  'the',
  'of',
  'and',
  'to',
  'a',
  'in',
  'is',
  'that',
  'for',
  'it',
  'with',
  'as',
  'on',
  'we',
  'be',
  'by',
  'this',
  'are',
  'or',
  'at',
  'from',
  'when',
  'our',
  'not',
  'each',
];

/** Words a performance team's handbook uses; they include every word the bench types into search. */
const HANDBOOK_WORDS = (
  'latency capacity planning review tracing tail incident runbooks cache hit ratio profile flame graph ' +
  'on-call rollout deploy canary budget error alert dashboard metric throughput queue thread kernel ' +
  'scheduler memory heap garbage collection pause disk network retransmit storage replica shard index ' +
  'benchmark baseline regression owner service cluster load balancer timeout retry backoff sampling ' +
  'percentile median histogram counter trace span postmortem escalation pager handoff onboarding ' +
  'mentor checklist practice culture mission team engineer reviewer design record decision measure ' +
  'compare tune instrument summarise escalate document replay throttle retire saturation contention ' +
  'fragmentation fan-out fault context switch lock cold start warm steady state workload capacity'
)
  .split(' ')
  .filter((word, index, all) => all.indexOf(word) === index);

const ONSETS = [
  'b',
  'd',
  'f',
  'g',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'cl',
  'dr',
  'gr',
  'pl',
  'st',
  'tr',
  'sh',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'm', 'nd', 'st'];

/**
 * `size` distinct words in Zipf rank order: function words, then handbook
 * words, then made-up words of two or three syllables. Made-up words never
 * end in "ium", the needle words' ending, so no needle can occur twice.
 */
export function longVocabulary(random: () => number, size = LONG_VOCABULARY_SIZE): string[] {
  const words = new Set<string>([...FUNCTION_WORDS, ...HANDBOOK_WORDS]);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  while (words.size < size) {
    const syllables = 2 + Math.floor(random() * 2);
    let word = '';
    for (let i = 0; i < syllables; i++) word += pick(ONSETS) + pick(VOWELS) + (i === syllables - 1 ? pick(CODAS) : '');
    if (!word.endsWith('ium')) words.add(word);
  }
  return [...words];
}

/** Draws words by Zipf rank: P(rank r) ∝ 1 / r. */
function zipfSampler(words: readonly string[], random: () => number): () => string {
  const cumulative = new Float64Array(words.length);
  let total = 0;
  words.forEach((_, rank) => (cumulative[rank] = total += 1 / (rank + 1)));
  return () => {
    const target = random() * total;
    let low = 0;
    let high = words.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return words[low] ?? 'the';
  };
}

const TOPICS = [
  'Capacity',
  'Latency',
  'Tracing',
  'Profiling',
  'Rollouts',
  'Incidents',
  'Caching',
  'Storage',
  'Runbooks',
];

/**
 * Returns a page writer (same signature as the short profile's): front
 * matter, an introduction, six or more h2 sections of two or three paragraphs, an h3
 * with a list, a table and a code block, until the body has at least
 * LONG_PAGE_MIN_WORDS words. A needle is planted once in the first section.
 */
export function longPageWriter(
  vocabularyRandom: () => number,
  commonHeadings: readonly string[],
): (index: number, random: () => number, needle: string | undefined) => string {
  const vocabulary = longVocabulary(vocabularyRandom);
  return (index, random, needle) => {
    const word = zipfSampler(vocabulary, random);
    let words = 0;
    const sentence = () => {
      const length = 8 + Math.floor(random() * 13);
      const parts = Array.from({ length }, word);
      words += length;
      const text = parts.join(' ');
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    };
    const paragraph = () => Array.from({ length: 4 + Math.floor(random() * 3) }, sentence).join(' ');
    const heading = () => {
      const text = Array.from({ length: 2 + Math.floor(random() * 3) }, word).join(' ');
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
    };
    const topic = TOPICS[Math.floor(random() * TOPICS.length)] ?? 'Latency';
    const headings = needle && index % 2 === 0 ? [...commonHeadings] : [];
    const lines = [
      '---',
      `title: ${topic} handbook ${index + 1}`,
      `description: Generated long page ${index + 1} about ${topic.toLowerCase()} for the benchmark corpus.`,
      'tags: [benchmark]',
      'owner: handbook-maintainers',
      'last_reviewed: 2026-11-25',
      '---',
      '',
      paragraph(),
      '',
    ];
    for (let section = 0; section < 6 || words < LONG_PAGE_MIN_WORDS; section++) {
      lines.push(`## ${headings[section] ?? heading()}`, '', paragraph(), '');
      if (section === 0 && needle)
        lines.push(`The ${needle} procedure is documented only on this page. ${sentence()}`, '');
      lines.push(paragraph(), '');
      if (section % 2 === 1)
        lines.push(`### ${heading()}`, '', ...Array.from({ length: 4 }, () => `- ${sentence()}`), '');
      if (section === 2) {
        lines.push('| Signal | Threshold | Owner |', '| --- | --- | --- |');
        for (let row = 0; row < 3; row++)
          lines.push(`| ${word()} ${word()} | ${100 + Math.floor(random() * 900)} ms | ${word()} |`);
        lines.push('', '```sh', `perf record -F ${49 + Math.floor(random() * 90)} -a -g -- sleep 10`, '```', '');
      }
    }
    return lines.join('\n');
  };
}
