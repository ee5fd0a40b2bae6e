// Builds the chat's Web Chat as two scripts instead of one: the base (React, Web Chat's API and core, the Direct Line client,
// markdown-it) and the rest (Web Chat's components). The browser compiles the two side by side, each on a streaming thread of
// its own, instead of one 1.3 MB script on one thread while the page waits; they run in order, the base first.
// Every module is in exactly one of them: where the components import a module of the base, they get the base's instance
// (window.PartnerBotWebChatBase), so React, Web Chat's contexts and its store exist once.
import esbuild from 'esbuild';
import path from 'node:path';

/**
 * @param {object} options esbuild options both scripts share (plugins included).
 * @param {string} entry the chat's entry (entry.js), which imports base and components alike.
 * @param {string[]} baseSpecifiers what the base holds (with everything these import).
 * @param {string} modules the node_modules folder (keys of the shared modules are relative to it).
 * @param {{ base: string, rest: string, banner: string }} out the two scripts' files and their first lines.
 * @returns the two builds' metafiles.
 */
export async function buildSplit(options, entry, baseSpecifiers, modules, out) {
  const resolveDir = path.dirname(entry);
  const probe = await esbuild.build({ ...options, write: false, stdin: { contents: baseSpecifiers.map((s, i) => `import * as m${i} from ${JSON.stringify(s)}; window.m${i} = m${i};`).join('\n'), resolveDir } });
  const baseFiles = new Set(Object.keys(probe.metafile.inputs).filter(file => !file.includes(':')).map(file => path.resolve(file)));

  // The base modules the components import directly: the base hands these out.
  const whole = await esbuild.build({ ...options, write: false, entryPoints: [entry] });
  const shared = new Map();
  for (const [file, input] of Object.entries(whole.metafile.inputs)) {
    if (!baseFiles.has(path.resolve(file))) {
      for (const imported of input.imports) {
        const target = path.resolve(imported.path);
        if (baseFiles.has(target)) { shared.set(target, null); }
      }
    }
  }
  for (const file of shared.keys()) { shared.set(file, await exportsOf(options, file)); }

  const key = file => path.relative(modules, file).split(path.sep).join('/');
  const files = [...shared.keys()].sort();
  // An ES module is handed out as its namespace, a CommonJS module as its module.exports (exactly what a require gives).
  const handOut = files.map((file, i) => shared.get(file)
    ? `import * as m${i} from ${JSON.stringify(file)};`
    : `const m${i} = require(${JSON.stringify(file)});`).join('\n');
  const base = await esbuild.build({
    ...options, outfile: out.base, banner: { js: out.banner },
    stdin: { contents: `${handOut}\nwindow.PartnerBotWebChatBase = {${files.map((file, i) => `${JSON.stringify(key(file))}: m${i}`).join(',')}};`, resolveDir }
  });

  const fromBase = {
    name: 'partnerbot-from-base',
    setup(build) {
      build.onLoad({ filter: /node_modules/ }, args => {
        const file = path.resolve(args.path);
        return shared.has(file) ? { contents: standIn(`window.PartnerBotWebChatBase[${JSON.stringify(key(file))}]`, shared.get(file)), loader: 'js' } : undefined;
      });
    }
  };
  const rest = await esbuild.build({ ...options, outfile: out.rest, banner: { js: out.banner }, entryPoints: [entry], plugins: [fromBase, ...(options.plugins ?? [])] });
  const twice = Object.keys(rest.metafile.inputs).map(file => path.resolve(file)).filter(file => baseFiles.has(file) && !shared.has(file));
  if (twice.length > 0) {
    throw new Error(`These modules would be in both scripts: ${twice.map(key).join(', ')}`);
  }
  return [base.metafile, rest.metafile];
}

// The names an ES module exports, or null for a CommonJS module (whose one export esbuild calls default).
async function exportsOf(options, file) {
  const alone = await esbuild.build({ ...options, entryPoints: [file], format: 'esm', minify: false, write: false, outdir: 'unused', stdin: undefined, banner: undefined });
  const output = Object.values(alone.metafile.outputs).find(o => o.entryPoint);
  const text = alone.outputFiles.find(f => f.path.endsWith('.js')).text;
  return output.exports.length === 1 && output.exports[0] === 'default' && text.includes('__commonJS') ? null : output.exports;
}

// The module the components load in place of a base module: the base's instance under the same exports.
function standIn(source, names) {
  if (!names) { return `module.exports = ${source};`; }
  const named = names.filter(name => name !== 'default');
  return `const m = ${source};\n${named.length ? `export const { ${named.join(', ')} } = m;\n` : ''}${names.includes('default') ? 'export default m.default;\n' : ''}`;
}
