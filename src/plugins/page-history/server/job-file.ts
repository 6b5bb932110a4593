// How `npm run build` (scripts/build.ts) and the plugin agree to run the
// history pass in a process of its own, after the render process: a module
// with nothing else in it, so the build script loads no more than this.

/**
 * The environment variable naming the file where postBuild saves the job
 * instead of running it; `npm run build` sets it for the render process and
 * then runs the job with HISTORY_JOB_SCRIPT.
 */
export const HISTORY_JOB_FILE_ENV = 'HANDBOOK_PAGE_HISTORY_JOB_FILE';

/** The script that runs a saved job, relative to the site folder. */
export const HISTORY_JOB_SCRIPT = 'src/plugins/page-history/server/run-history-job.ts';
