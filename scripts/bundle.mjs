// Bundles the command line into dist/bundle/ with esbuild: one module graph
// instead of hundreds of files to resolve at start-up. Code that only some
// commands need (pdfkit and fonts, Handlebars, the review) stays behind dynamic
// imports and lands in chunks that load on first use, so `agree check` never
// loads them. The library (dist/index.js) is compiled by tsc as usual.
import { readFileSync, rmSync } from 'node:fs';
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

// chunk names carry content hashes: start empty so that old chunks do not pile up
rmSync('dist/bundle', { recursive: true, force: true });

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

await build({
  entryPoints: { main: 'src/cli/main.ts', 'render-worker': 'src/render/worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS dependencies inside the ESM bundle still call require()
  banner: { js: "import { createRequire as __agreeRequire } from 'node:module'; const require = __agreeRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'linked',
  plugins: [pdfkitPaths, lazyUnicodeTries, noBrotli],
  logLevel: 'warning',
});
