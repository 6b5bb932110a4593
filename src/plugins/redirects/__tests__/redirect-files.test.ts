import { describe, expect, test } from 'vitest';

import { nginxRedirectLocations, parseRedirectsFile, redirectsFile } from '../server/redirect-files.ts';

const MOVES = [{ from: '/docs/old', to: '/docs/new' }];

describe('redirect files', () => {
  test.each([
    ['/', '/docs/old /docs/new 301'],
    ['/handbook/', '/handbook/docs/old /handbook/docs/new 301'],
  ])('_redirects under baseUrl %s has a 301 line', (baseUrl, line) => {
    expect(redirectsFile(MOVES, baseUrl).split('\n')).toContain(line);
  });

  test('the preview server reads back what the build wrote', () => {
    expect(parseRedirectsFile(redirectsFile(MOVES))).toEqual(new Map([['/docs/old', '/docs/new']]));
  });

  test('nginx answers the old address with and without a trailing slash, keeping the query', () => {
    const blocks = nginxRedirectLocations(MOVES);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toContain('location = /docs/old {');
    expect(blocks[1]).toContain('location = /docs/old/ {');
    expect(blocks[0]).toContain('return 301 /docs/new$is_args$args;');
  });
});
