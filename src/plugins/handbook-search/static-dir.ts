import { join } from 'node:path';
import { GENERATED_FILES_DIR_NAME } from '@docusaurus/utils';

/**
 * Where the plugin writes the search index, relative to the site. It sits
 * inside the generated-files folder (so parallel builds with their own
 * DOCUSAURUS_GENERATED_FILES_DIR_NAME never share it) and is listed in the
 * config's staticDirectories, which makes `docusaurus build` copy it into the
 * output and `docusaurus start` serve it.
 */
export const SEARCH_STATIC_DIR = join(GENERATED_FILES_DIR_NAME, 'handbook-search-static');
