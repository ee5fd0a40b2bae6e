// Builds the chat's Web Chat (entry.js) from npm's packages: `node build.mjs <out.js>` writes <out.js> (Web Chat's components) and
// webchat-base.js beside it (what they build on; split.mjs says why two). Minified, production React, tree-shaken. Each script's
// first line is V8's compile hint: Chromium compiles it on a streaming thread while it downloads.
// Every bundled package's name, version and licence text go to <out>.LICENSE.txt.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSplit } from './split.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const modules = path.join(here, '..', 'node_modules');
const out = path.resolve(process.argv[2] ?? path.join(modules, '.partnerbot', 'webchat.js'));

const fixups = {
  name: 'partnerbot-fixups',
  setup(build) {
    // Polyfills of what every browser Web Chat supports has natively; DirectLineJS's streaming variant the chat does not use.
    build.onResolve({ filter: /^(core-js\/features\/promise|url-search-params-polyfill|\.\/directLineStreaming)$/ }, () => ({ path: 'none', namespace: 'empty' }));
    build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
    // p-defer-es5 builds its ES module in an install script (npm ci runs none): the plain p-defer it wraps.
    build.onResolve({ filter: /^p-defer-es5$/ }, () => ({ path: path.join(modules, 'p-defer', 'index.js') }));
    // markdown-it's browser build (it brings its own punycode; the package's main file asks for Node's).
    build.onResolve({ filter: /^markdown-it$/ }, () => ({ path: path.join(modules, 'markdown-it', 'dist', 'markdown-it.js') }));
    // Web Chat's own strings (the send box, "sending", the keyboard help, …) only for the chat's languages: the other 45 are a
    // quarter of the bundle, which every first visit downloads and compiles. Web Chat falls back to en-US for any other locale.
    build.onLoad({ filter: /botframework-webchat-api[\\/]dist[\\/]botframework-webchat-api\.mjs$/ }, args => ({
      contents: keepChatLanguages(fs.readFileSync(args.path, 'utf8')),
      loader: 'js'
    }));
  }
};

const chatLanguages = ['de-DE', 'en-US', 'fr-FR'];

// The first of the two scripts: React, Web Chat's API and core, the Direct Line client and markdown-it (about 750 KB); the
// second holds Web Chat's components and what only they use (about 560 KB).
const baseSpecifiers = ['react', 'react-dom/client', 'botframework-webchat-api', 'botframework-webchat-core', 'botframework-directlinejs/lib/directLine.js', 'markdown-it'];

// The table from locale to strings ({"ar-EG":a,"ar-JO":b,…}) keeps the chat's languages; the strings of the others are then
// unused and left out of the bundle. A Web Chat whose table looks different fails the build instead of shipping all of them.
function keepChatLanguages(source) {
  const table = /\{"ar-EG":[\w$]+,"ar-JO":[\w$]+,[^{}]*\}/g;
  const found = source.match(table);
  if (!found || found.length !== 1) {
    throw new Error(`Web Chat's table of localized strings was not found once in botframework-webchat-api (found ${found?.length ?? 0}).`);
  }
  const entries = [...found[0].matchAll(/"([\w-]+)":([\w$]+)/g)].filter(([, locale]) => chatLanguages.includes(locale));
  if (entries.length !== chatLanguages.length) {
    throw new Error(`Web Chat's table of localized strings lacks one of ${chatLanguages.join(', ')}.`);
  }
  return source.replace(table, `{${entries.map(([, locale, name]) => `"${locale}":${name}`).join(',')}}`);
}

const licence = path.basename(out) + '.LICENSE.txt';
const metafiles = await buildSplit({
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'chrome100',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  metafile: true,
  plugins: [fixups],
  logLevel: 'warning'
}, path.join(here, 'entry.js'), baseSpecifiers, modules, {
  base: path.join(path.dirname(out), 'webchat-base.js'),
  rest: out,
  banner: `//# allFunctionsCalledOnLoad\n/*! For license information please see ${licence} */`
});

// The packages the two scripts hold (the innermost node_modules/<name> or node_modules/@scope/name of each input file).
const packages = new Set(metafiles.flatMap(metafile => Object.keys(metafile.inputs))
  .map(input => /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1])
  .filter(Boolean)
  .map(dir => path.resolve(dir)));
const notices = [...packages].sort().map(dir => {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const file = fs.readdirSync(dir).find(name => /^(licen[cs]e|copying)(\..*)?$/i.test(name));
  const text = file ? fs.readFileSync(path.join(dir, file), 'utf8').trim() : `License: ${manifest.license ?? 'see the package'}`;
  return `${manifest.name} ${manifest.version} (${manifest.license ?? 'see below'})\n\n${text}\n`;
});
fs.writeFileSync(path.join(path.dirname(out), licence), `The chat's Web Chat (webchat-base.js and webchat.js) holds these npm packages:\n\n${notices.join('\n' + '-'.repeat(72) + '\n\n')}`);
