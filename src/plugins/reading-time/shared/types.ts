/** Global data: doc permalink -> minutes a reader needs for the page, rounded up. */
export type ReadingTimeGlobalData = { readingMinutes: Record<string, number> };
