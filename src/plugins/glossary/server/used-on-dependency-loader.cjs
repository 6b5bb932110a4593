// Makes the glossary page's module depend on the file the glossary plugin
// rewrites when a save changes which pages use which term (index.ts), so
// `npm start` compiles the glossary page again then, and only then. Rspack
// loads loaders as plain JavaScript, hence CommonJS here.
/* global module */
module.exports = function usedOnDependencyLoader(source) {
  this.addDependency(this.getOptions().usedOnFile);
  return source;
};
