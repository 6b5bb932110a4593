// Writes the history file of every page into a built site. postBuild calls
// it in the render process when Docusaurus is run on its own; `npm run build`
// instead has postBuild save the job to a file and runs it in a process of
// its own (run-history-job.ts) once the render process has exited, so the pass neither
// adds to the memory the render process still holds nor competes with the
// other plugins' postBuild work (design/page-history.md).
//
// Try: npm run build   (the log says "[page-history] wrote the history of ...")
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import { withoutBaseUrl } from '../../../content/handbook-pages.ts';
import { historyDataPath } from '../shared/types.ts';
import { buildPageHistories, type HistoryPage } from './build-histories.ts';

/** Everything the pass needs, from the build that rendered the pages. */
export type HistoryJob = {
  siteDir: string;
  outDir: string;
  baseUrl: string;
  /** Prefix of a commit's web page. */
  commitUrl: string;
  pages: HistoryPage[];
};

/** Writes every page's history file into `job.outDir`; returns a line for the build log. */
export async function writePageHistories(job: HistoryJob): Promise<string> {
  const started = performance.now();
  await buildPageHistories(job.siteDir, job.pages, job.commitUrl, async (page, file) => {
    const target = join(job.outDir, historyDataPath(withoutBaseUrl(page.url, job.baseUrl)));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, JSON.stringify(file));
  });
  const ms = Math.round(performance.now() - started);
  return `[page-history] wrote the history of ${job.pages.length} pages in ${ms} ms`;
}

/** Saves the job for a later process (see job-file.ts). */
export async function saveHistoryJob(file: string, job: HistoryJob): Promise<void> {
  await writeFile(file, JSON.stringify(job));
}
