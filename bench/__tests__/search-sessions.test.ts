import { describe, expect, test } from 'vitest';

import { combineSessions, type SearchSession } from '../search-latency.ts';

function session(p95: number, firstResultMs: number): SearchSession {
  return {
    bytesBeforeFirstResult: 53_000,
    bytesWholeSession: 1_400_000,
    firstResultMs,
    keystrokeP50: 11,
    keystrokeP95: p95,
    keystrokesMeasured: 76,
  };
}

describe('combineSessions', () => {
  test('reports the median of each figure, so one session on a busy machine does not decide the p95', () => {
    const combined = combineSessions([session(38, 150), session(90, 400), session(42, 170)], 20, 20);
    expect(combined).toEqual({
      bytesBeforeFirstResult: 53_000,
      bytesWholeSession: 1_400_000,
      firstResultMs: 170,
      keystrokeP50: 11,
      keystrokeP95: 42,
      keystrokesMeasured: 76,
      sessions: 3,
      needlesAtRank1: 20,
      needles: 20,
    });
  });

  test('a single session is reported as it was', () => {
    expect(combineSessions([session(55, 179)], 19, 20)).toMatchObject({
      keystrokeP95: 55,
      sessions: 1,
      needlesAtRank1: 19,
    });
  });
});
