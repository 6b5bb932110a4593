// The page-history pass as a process of its own: `npm run build` runs it with
// the job postBuild saved, after the render process has exited
// (write-histories.ts, design/page-history.md).
//
// Try: node --import tsx src/plugins/page-history/server/run-history-job.ts <job file>
import { readFile } from 'node:fs/promises';

import { writePageHistories, type HistoryJob } from './write-histories.ts';

async function main(jobFile: string | undefined) {
  if (jobFile === undefined) throw new Error('usage: run-history-job.ts <job file saved by postBuild>');
  const job = JSON.parse(await readFile(jobFile, 'utf8')) as HistoryJob;
  console.log(await writePageHistories(job));
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(`[page-history] could not write the page histories: ${(error as Error).message}`);
  process.exitCode = 1;
});
