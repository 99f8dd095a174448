// Bundles the command line with esbuild into CommonJS files under dist/cjs/:
//   agree.cjs          the CLI: every command, and `agree check` entirely
//   output-<kind>.cjs  one per output kind (src/outputs/<kind>/render.ts: pdfkit
//                      and fonts for pdf, …), loaded only when that kind is written
//   render-worker.cjs  a render worker (worker_threads): check and render
// One file instead of hundreds of modules to resolve, and CommonJS so that
// bin/load.cjs can compile it with V8's code cache (dist/cjs/*.cache, written
// by scripts/code-cache.mjs at build time): at start-up V8 then skips parsing
// and compiling what it has seen before. Node 20 has no compile cache for ES
// modules. The library (dist/index.js) is compiled by tsc as usual.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

// pdfkit finds its standard fonts (#standard-fonts/*, a package subpath
// import) and its ICC profile relative to its own file. Inside a bundle that
// file is gone, so point both at the installed pdfkit package instead.
const pdfkitPaths = {
  name: 'pdfkit-paths',
  setup(b) {
    b.onLoad({ filter: /pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const pdfkitFile = "createRequire(import.meta.url).resolve('pdfkit')";
      const replaced = source
        .replace('createRequire(import.meta.url)', `createRequire(${pdfkitFile})`)
        .replace(
          "new URL('./data/sRGB_IEC61966_2_1.icc', import.meta.url)",
          `new URL('./data/sRGB_IEC61966_2_1.icc', 'file://' + ${pdfkitFile})`,
        );
      if (!replaced.includes(`createRequire(${pdfkitFile})`) || !replaced.includes('file://')) {
        throw new Error('pdfkit changed: the bundle can no longer redirect its font and ICC paths (scripts/bundle.mjs)');
      }
      return { contents: replaced, loader: 'js' };
    });
  },
};

// fontkit, unicode-properties and linebreak each unpack a Unicode table
// (UnicodeTrie, inflated from base64) when they are imported — about a tenth
// of a cold render, for tables that Latin and Cyrillic text never needs. Build
// them on first use instead: the modules only ever call trie.get().
const lazyUnicodeTries = {
  name: 'lazy-unicode-tries',
  setup(b) {
    b.onResolve({ filter: /^agree:lazy-unicode-trie$/ }, () => ({ path: 'lazy-unicode-trie', namespace: 'agree' }));
    b.onLoad({ filter: /.*/, namespace: 'agree' }, () => ({
      resolveDir: process.cwd(),
      contents: `import UnicodeTrie from 'unicode-trie';
        export default class LazyUnicodeTrie {
          constructor(data) { this.data = data; this.trie = null; }
          get(codePoint) { return (this.trie ??= new UnicodeTrie(this.data)).get(codePoint); }
        }`,
    }));
    b.onLoad({ filter: /node_modules[\\/](fontkit|unicode-properties|linebreak)[\\/]dist[\\/]module\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const replaced = source.replace(/from "unicode-trie";/, 'from "agree:lazy-unicode-trie";');
      if (replaced === source) throw new Error(`${args.path} no longer imports unicode-trie as expected (scripts/bundle.mjs)`);
      return { contents: replaced, loader: 'js', resolveDir: args.path.replace(/[\\/][^\\/]+$/, '') };
    });
  },
};

// fontkit decompresses WOFF2 fonts with brotli, whose decoder brings an 800 KB
// dictionary — a third of the PDF code that every cold render parses. agree
// embeds TrueType fonts only, so the decoder is left out.
const noBrotli = {
  name: 'no-brotli',
  setup(b) {
    b.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, () => ({ path: 'brotli', namespace: 'agree-no-brotli' }));
    b.onLoad({ filter: /.*/, namespace: 'agree-no-brotli' }, () => ({
      contents: 'export default function decompress() { throw new Error("WOFF2 fonts are not supported by agree"); }',
    }));
  },
};

// Output kinds (src/outputs/registry.ts): each kind's renderers,
// src/outputs/<kind>/render.ts, become their own chunk output-<kind>.cjs. Where
// the other bundles import one (the kind's lazy load()), they load the chunk
// instead (through bin/load.cjs, with its code cache; plain require in a worker).
const OUTPUTS = readdirSync('src/outputs', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/outputs/${d.name}/render.ts`))
  .map((d) => d.name);
const chunkOf = new Map(OUTPUTS.map((kind) => [resolve(`src/outputs/${kind}/render.ts`), `output-${kind}`]));
// signing and verifying (node-forge, the CMS code): loaded only by agree sign and agree verify
chunkOf.set(resolve('src/sign/index.ts'), 'sign');
const outputsApart = {
  name: 'outputs-apart',
  setup(b) {
    b.onResolve({ filter: /^\./ }, (args) => {
      const chunk = chunkOf.get(resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')));
      return chunk ? { path: chunk, namespace: 'agree-chunk' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'agree-chunk' }, (args) => ({
      // __dirname is dist/cjs/ at run time; a computed path, so that esbuild leaves the require alone
      contents: `module.exports = globalThis.__agreeLoad ? globalThis.__agreeLoad(${JSON.stringify(args.path)}) : require(require("node:path").join(__dirname, ${JSON.stringify(args.path + '.cjs')}));`,
      loader: 'js',
    }));
  },
};

rmSync('dist/cjs', { recursive: true, force: true });

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outdir: 'dist/cjs',
  outExtension: { '.js': '.cjs' },
  // the sources are ES modules: give them their file URL in CommonJS
  define: { 'import.meta.url': '__agreeUrl' },
  banner: { js: "const __agreeUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'linked',
  logLevel: 'warning',
};
await build({ ...common, entryPoints: { agree: 'src/cli/main.ts', 'render-worker': 'src/render/worker.ts' }, plugins: [outputsApart, pdfkitPaths, lazyUnicodeTries, noBrotli] });
// the chunks themselves: everything a kind's renderers import, except other chunks
await build({
  ...common,
  entryPoints: { ...Object.fromEntries(OUTPUTS.map((kind) => [`output-${kind}`, `src/outputs/${kind}/render.ts`])), sign: 'src/sign/index.ts' },
  plugins: [pdfkitPaths, lazyUnicodeTries, noBrotli],
});
