// The peak memory of a whole process tree: the sum of the resident sets of a
// process and all its descendants alive at the same moment, sampled from
// /proc. GNU time's "Maximum resident set size" is the largest single
// process, so work handed to a child process (git, a worker process) while
// the parent still holds its own memory would not show in it.
//
// Try: npm run bench:history -- --runs 1 --pages 50 --commits 20   ("tree peak")
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

/** Each running process's parent and resident bytes, from /proc (empty off Linux). */
function processTable(): Map<number, { parent: number; residentBytes: number }> {
  const table = new Map<number, { parent: number; residentBytes: number }>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return table;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name in stat may hold spaces and parentheses: fields start after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const resident = Number(readFileSync(`/proc/${entry}/statm`, 'utf8').split(' ')[1]);
      table.set(Number(entry), { parent, residentBytes: resident * PAGE_BYTES });
    } catch {
      // The process ended between listing and reading: it holds nothing any more.
    }
  }
  return table;
}

/** Bytes resident in `root` and every descendant of it right now. */
export function treeResidentBytes(root: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of table) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let total = 0;
  const pending = [root];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    total += table.get(pid)?.residentBytes ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Samples the tree under `root` every `intervalMs` until stopped; `stop`
 * returns the largest sum seen, in MiB, or null when /proc could not be read.
 */
export function sampleTreeMemory(root: number, intervalMs = 100): { stop: () => number | null } {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeResidentBytes(root));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak > 0 ? Math.round(peak / (1024 * 1024)) : null;
    },
  };
}
