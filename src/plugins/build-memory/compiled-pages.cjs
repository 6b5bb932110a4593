// Hands each Markdown page's compiled module from the client's bundling
// process to the server's, when a large site's build makes the two bundles
// in two processes in turn (design/two-process-build.md): the first process
// records what the MDX loader made of each page, and the second answers each
// page from that record before the MDX loader runs, as Docusaurus' own
// cross-compiler cache does inside one process (the server takes the
// client's compile). It sits next to the page compile gate
// (`enforce: 'post'`): its pitch comes before the MDX loader's, its normal
// step right after it. Rspack loads loaders as plain JavaScript, hence
// CommonJS here.
/* global module, require */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS loader imports with require */
const { createHash } = require('node:crypto');
const { readFile, writeFile } = require('node:fs');
const { join } = require('node:path');

/** One file per module: the resource with its query, as the MDX loader's own cache keys it. */
function recordFile(dir, resource) {
  return join(dir, `${createHash('sha1').update(resource).digest('hex')}.js`);
}

function pitch() {
  const { dir, mode } = this.getOptions();
  if (mode !== 'replay') return undefined;
  const callback = this.async();
  readFile(recordFile(dir, this.resource), 'utf8', (error, code) => {
    // A page the first process did not compile is compiled here.
    if (error) return error.code === 'ENOENT' ? callback() : callback(error);
    return callback(null, code);
  });
  return undefined;
}

function compiledPagesLoader(source, map, meta) {
  const { dir, mode } = this.getOptions();
  if (mode !== 'record') return this.callback(null, source, map, meta);
  const callback = this.async();
  writeFile(recordFile(dir, this.resource), source, (error) => callback(error ?? null, source, map, meta));
  return undefined;
}

module.exports = compiledPagesLoader;
module.exports.pitch = pitch;
