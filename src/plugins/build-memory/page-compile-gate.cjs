// Lets a few Markdown pages at a time into the loaders that compile them,
// where Rspack would start them all at once; it lowers the bundling peak,
// by a cause not yet established (design/page-compile-gate.md). It comes first in each page's
// chain (`enforce: 'post'`): its pitch waits for a place, its normal step,
// the last of the chain, frees it. Each bundle has its own gate, because the
// server's MDX loader waits for the client's compile of the same page. A
// page whose compile fails never frees its place, so a gate that has freed
// none for STALL_MS while pages wait counts one as lost and lets the next in.
// Rspack loads loaders as plain JavaScript, hence CommonJS here.
/* global module, setTimeout, clearTimeout */

const STALL_MS = 10_000;

/** @type {Map<string, {limit: number, active: number, waiting: Array<() => void>, watchdog: ReturnType<typeof setTimeout> | undefined}>} */
const gates = new Map();

function gateFor(name, limit) {
  let gate = gates.get(name);
  if (!gate) {
    gate = { limit, active: 0, waiting: [], watchdog: undefined };
    gates.set(name, gate);
  }
  return gate;
}

function admit(gate) {
  while (gate.active < gate.limit && gate.waiting.length > 0) {
    gate.active++;
    gate.waiting.shift()();
  }
  if (gate.waiting.length === 0 && gate.watchdog) {
    clearTimeout(gate.watchdog);
    gate.watchdog = undefined;
  } else if (gate.waiting.length > 0 && !gate.watchdog) {
    gate.watchdog = setTimeout(() => {
      gate.watchdog = undefined;
      release(gate);
    }, STALL_MS);
    gate.watchdog.unref?.();
  }
}

function release(gate) {
  gate.active = Math.max(0, gate.active - 1);
  if (gate.watchdog) clearTimeout(gate.watchdog);
  gate.watchdog = undefined;
  admit(gate);
}

function pitch() {
  const { gate: name, limit } = this.getOptions();
  const gate = gateFor(name, limit);
  const enter = this.async();
  gate.waiting.push(() => enter());
  admit(gate);
}

function pageCompileGateLoader(source, map, meta) {
  const { gate: name, limit } = this.getOptions();
  release(gateFor(name, limit));
  this.callback(null, source, map, meta);
}

module.exports = pageCompileGateLoader;
module.exports.pitch = pitch;
module.exports.STALL_MS = STALL_MS;
/** How many pages each gate has let in and not yet let out (for tests). */
module.exports.inFlight = (name) => gates.get(name)?.active ?? 0;
/** Forgets every gate (for tests). */
module.exports.resetGates = () => {
  for (const gate of gates.values()) if (gate.watchdog) clearTimeout(gate.watchdog);
  gates.clear();
};
