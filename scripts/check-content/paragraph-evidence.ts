// Every prose paragraph rests on the source or says it is advice. The fact
// map (src/data/source-facts.yml) lists, per page, short phrases of the
// page's own wording that carry a fact of the source account. A paragraph, a
// list item or a table passes when:
//   - it contains one of the phrases the map lists for its page (evidence),
//   - it sits inside a `:::suggestion` block (advice, labelled for readers), or
//   - the line before it (or before its list) is the handbook-note marker,
//     for sentences about the handbook itself: how to read a diagram, where
//     to go next.
// Headings, code, HTML and MDX imports are not prose and are not checked.
// A site without a fact map (a fixture, say) is not checked.
//
// Try: npm run check:content
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

import type { ContentProblem } from '../../src/content/schema.ts';
import {
  SOURCE_FACTS_FILE,
  evidenceByPage,
  mentionsOf,
  normaliseForEvidence,
  readSourceFacts,
} from '../../src/content/source-facts.ts';
import { ADVICE_KEYWORD } from '../../src/plugins/advice-block/shared/keyword.ts';
import type { SourcePage } from './pages.ts';

/**
 * The marker in .md files; .mdx files write it as an MDX comment, without
 * inner spaces (markdownlint reads `/* h` as emphasis with a space in it).
 */
const HANDBOOK_NOTE_MARKER = '<!-- handbook-note -->';
const HANDBOOK_NOTE_MARKER_MDX = '{/*handbook-note*/}';
const MDX_MARKER = /^\{\/\*\s*handbook-note\s*\*\/\}$/;

/** Longer evidence starts to be a quoted sentence rather than a phrase that points at one. */
const MAX_EVIDENCE_WORDS = 7;

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

type PageToCheck = Pick<SourcePage, 'id' | 'file' | 'body' | 'bodyStartLine'>;

const rawText = (node: Nodes, body: string) =>
  body.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);

function isMarker(node: RootContent, body: string, mdx: boolean): boolean {
  if (node.type === 'html') return node.value.trim() === HANDBOOK_NOTE_MARKER;
  // A Markdown parser reads the MDX comment as a paragraph of its own.
  if (mdx && node.type === 'paragraph') return MDX_MARKER.test(rawText(node, body).trim());
  return false;
}

/** MDX's import and export lines read as paragraphs to a Markdown parser; they are code. */
function isModuleSyntax(node: RootContent, body: string): boolean {
  if (node.type !== 'paragraph') return false;
  const start = node.position?.start.offset ?? 0;
  return /^(import|export)\s/.test(body.slice(start, start + 7));
}

/** The prose units of a page that need evidence: paragraphs, list items' paragraphs, tables. */
function unitsNeedingEvidence(tree: Root, body: string, mdx: boolean): Nodes[] {
  const units: Nodes[] = [];
  const visitChildren = (parent: Parent) => {
    let exemptNext = false;
    for (const child of parent.children as RootContent[]) {
      const exempt = exemptNext;
      exemptNext = isMarker(child, body, mdx);
      if (exemptNext || exempt) continue;
      switch (child.type) {
        case 'containerDirective':
          // Advice is labelled for the reader, so it needs no fact; other boxes hold prose like any page.
          if (child.name !== ADVICE_KEYWORD) visitChildren(child);
          break;
        case 'paragraph':
          if (child.data && 'directiveLabel' in child.data) break;
          if (!isModuleSyntax(child, body) && toString(child).trim() !== '') units.push(child);
          break;
        case 'table':
          units.push(child);
          break;
        case 'list':
        case 'listItem':
        case 'blockquote':
          visitChildren(child);
          break;
        default:
          break;
      }
    }
  };
  visitChildren(tree);
  return units;
}

/** A unit's words; a table's cells are kept apart by spaces. */
function plainText(unit: Nodes): string {
  if (unit.type !== 'table') return toString(unit);
  return unit.children.flatMap((row) => row.children.map((cell) => toString(cell))).join(' ');
}

function snippet(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const start = words.slice(0, 8).join(' ');
  return words.length > 8 ? `${start}…` : start;
}

/** The problems of one page, given the evidence phrases its fact-map entries list. */
export function findUnevidencedProse(page: PageToCheck, evidence: readonly string[]): ContentProblem[] {
  const phrases = evidence.map(normaliseForEvidence);
  const mdx = page.file.endsWith('.mdx');
  const marker = mdx ? HANDBOOK_NOTE_MARKER_MDX : HANDBOOK_NOTE_MARKER;
  const problems: ContentProblem[] = [];
  for (const unit of unitsNeedingEvidence(parser.parse(page.body), page.body, mdx)) {
    const plain = plainText(unit);
    const raw = rawText(unit, page.body);
    const text = `${normaliseForEvidence(plain)}\n${normaliseForEvidence(raw)}`;
    if (phrases.some((phrase) => text.includes(phrase))) continue;
    const what = unit.type === 'table' ? 'table' : 'paragraph';
    problems.push({
      file: page.file,
      line: (unit.position?.start.line ?? 1) + page.bodyStartLine - 1,
      field: 'paragraph',
      message:
        `${what} "${snippet(plain)}" states nothing the fact map lists for ${page.id}; ` +
        `fix: map it to a fact (add a short phrase of its own wording to that fact's evidence for ${page.id} in ${SOURCE_FACTS_FILE}), ` +
        `or put it in a :::${ADVICE_KEYWORD} block if it is advice or inference; ` +
        `if it speaks about the handbook itself (how to read a diagram, where to go next), put ${marker} on the line before it`,
    });
  }
  return problems;
}

/** 1-based line of the first occurrence of `needle` in `text`, or 1. */
function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  return index === -1 ? 1 : text.slice(0, index).split('\n').length;
}

/** The map itself: every phrase is short, and found on the page it names. */
function checkFactMap(siteDir: string, pages: readonly PageToCheck[]): ContentProblem[] {
  const facts = readSourceFacts(siteDir) ?? [];
  const mapText = readFileSync(join(siteDir, SOURCE_FACTS_FILE), 'utf8');
  const byId = new Map(pages.map((page) => [page.id, page]));
  const problems: ContentProblem[] = [];
  for (const fact of facts) {
    for (const mention of mentionsOf(fact)) {
      const page = byId.get(mention.page);
      if (!page) {
        problems.push({
          file: SOURCE_FACTS_FILE,
          line: lineOf(mapText, `page: ${mention.page}`),
          field: 'page',
          message: `"${mention.page}" is not a handbook page; use a doc id such as culture/culture-deck or blog/<folder>`,
        });
        continue;
      }
      const body = normaliseForEvidence(page.body);
      for (const phrase of mention.evidence) {
        const words = phrase.trim().split(/\s+/).length;
        if (words > MAX_EVIDENCE_WORDS) {
          problems.push({
            file: SOURCE_FACTS_FILE,
            line: lineOf(mapText, phrase),
            field: 'evidence',
            message: `"${phrase}" is ${words} words; keep evidence to a phrase of at most ${MAX_EVIDENCE_WORDS} words from the page, never a sentence of the source`,
          });
        }
        if (!body.includes(normaliseForEvidence(phrase))) {
          problems.push({
            file: SOURCE_FACTS_FILE,
            line: lineOf(mapText, phrase),
            field: 'evidence',
            message: `"${phrase}" is not on ${page.file}; copy a phrase the page says now, or move the fact to the page that says it`,
          });
        }
      }
    }
  }
  return problems;
}

export function checkParagraphEvidence(siteDir: string, pages: readonly PageToCheck[]): ContentProblem[] {
  const facts = readSourceFacts(siteDir);
  if (facts === null) return [];
  const evidence = evidenceByPage(facts);
  return [
    ...checkFactMap(siteDir, pages),
    ...pages.flatMap((page) => findUnevidencedProse(page, evidence.get(page.id) ?? [])),
  ];
}
