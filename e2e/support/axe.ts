import type AxeBuilder from '@axe-core/playwright';

/** One line per axe violation and element, so a failure says what to fix and where. */
export function describeViolations(results: Awaited<ReturnType<AxeBuilder['analyze']>>): string[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'unknown'}): ${node.target.join(' ')}: ${node.failureSummary ?? ''}`,
    ),
  );
}
