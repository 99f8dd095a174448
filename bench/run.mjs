#!/usr/bin/env node
// npm run bench [-- --n 400 --runs 5 --no-write]
//
// Measures agree against SPEC §6 side by side in one run (these machines are
// noisy, so every target is a ratio of two figures taken together):
//   1. cold `agree check` of one file vs a bare `node -e 0`          (≤ 2×)
//   2. cold `agree render` of one PDF vs pandoc + HTML template +
//      wkhtmltopdf on the same content                              (agree faster)
//   3. a batch of N district agreements to PDF and Markdown with
//      --jobs 1 and --jobs 2: per document vs the pandoc route       (≥ 20×),
//      --jobs 2 vs --jobs 1                                          (≥ 1.6×)
//   4. 100 vs N documents                                           (linear)
//   5. peak memory of the N-document batch                           (< 300 MB)
// Medians of several runs, alternating the commands compared. The table is
// printed and written to bench/RESULTS.md with the machine it ran on.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'agree.cjs');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const N = option('--n', 400);
const RUNS = option('--runs', 5);
const BATCH_RUNS = option('--batch-runs', 3);
const write = !argv.includes('--no-write');

const work = mkdtempSync(join(tmpdir(), 'agree-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const log = (s) => process.stderr.write(s + '\n');

// ---- the synthetic districts: N files extending one base file ----------------
function generate(dir, n) {
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(root, 'examples/districts/base-sh.yaml'), join(dir, 'base-sh.yaml'));
  const template = readFileSync(join(root, 'examples/districts/kiel.yaml'), 'utf8');
  for (let i = 1; i <= n; i++) {
    const tag = String(i).padStart(4, '0');
    const text = template
      .replace(/^id: .*$/m, `id: kreis-${tag}`)
      .replace(/^district: .*$/m, `district: Kreis Musterland ${tag}`)
      .replace(/Kiel/g, `Musterstadt ${tag}`);
    writeFileSync(join(dir, `kreis-${tag}.yaml`), text);
  }
}
const districts = join(work, 'districts');
const hundred = join(work, 'districts-100');
generate(districts, N);
generate(hundred, Math.min(100, N));
const single = join(districts, 'kreis-0001.yaml');

// ---- timing -------------------------------------------------------------------
function run(cmd, args, options = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26, ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && !options.allowFail) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, stdout: r.stdout, stderr: r.stderr, status: r.status };
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** alternates the commands, one warm-up round first (file cache, not the process) */
function compare(runs, commands) {
  const times = commands.map(() => []);
  for (let round = -1; round < runs; round++) {
    commands.forEach((c, i) => {
      const t = c().ms;
      if (round >= 0) times[i].push(t);
    });
  }
  return times.map(median);
}
const has = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

const rows = [];
const row = (what, figure, target, verdict) => rows.push({ what, figure, target, verdict });

// 1. check vs node -e 0
log(`1/5 cold check vs node -e 0 (${RUNS} runs each)`);
const [nodeMs, checkMs] = compare(RUNS, [() => run(process.execPath, ['-e', '0']), () => run(process.execPath, [bin, 'check', single])]);
row('cold `agree check` (1 file) / `node -e 0`', `${fmt(checkMs)} / ${fmt(nodeMs)} = ${(checkMs / nodeMs).toFixed(2)}×`, '≤ 2×', checkMs / nodeMs <= 2);

// 2. render one PDF vs pandoc + wkhtmltopdf
log(`2/5 cold render of one PDF vs pandoc + wkhtmltopdf (${RUNS} runs each)`);
const out1 = join(work, 'out-single');
mkdirSync(out1);
const md = run(process.execPath, [bin, 'render', single, '--format', 'md', '--out', '-']).stdout;
writeFileSync(join(work, 'single.md'), md);
const pandoc = has('pandoc') && has('wkhtmltopdf');
let pandocMs = null;
const renderOne = () => run(process.execPath, [bin, 'render', single, '--format', 'pdf', '--out', out1]);
if (pandoc) {
  const pandocOne = () =>
    run('pandoc', [join(work, 'single.md'), '-s', '--template', join(root, 'bench/pandoc-template.html'), '--metadata', 'title=Kooperationsvereinbarung', '--metadata', 'lang=de', '--pdf-engine=wkhtmltopdf', '--pdf-engine-opt=--quiet', '-o', join(work, 'pandoc.pdf')]);
  const [renderMs, pMs] = compare(RUNS, [renderOne, pandocOne]);
  pandocMs = pMs;
  row('cold `agree render` (1 PDF) / pandoc + wkhtmltopdf', `${fmt(renderMs)} / ${fmt(pMs)} = ${(renderMs / pMs).toFixed(2)}×`, '< 1×', renderMs < pMs);
} else {
  const [renderMs] = compare(RUNS, [renderOne]);
  row('cold `agree render` (1 PDF)', fmt(renderMs), '< pandoc route', null);
  log('   pandoc or wkhtmltopdf is missing (apt-get install pandoc wkhtmltopdf): comparison skipped');
}

// 3. batch N to PDF + Markdown, --jobs 1 and --jobs 2
log(`3/5 batch of ${N} to PDF + Markdown, --jobs 1 and --jobs 2 (${BATCH_RUNS} runs each)`);
const batch = (dir, jobs) => () => {
  const out = mkdtempSync(join(work, 'out-'));
  const r = run(process.execPath, [bin, 'render', dir, '--format', 'all', '--out', out, '--jobs', String(jobs), '--quiet']);
  rmSync(out, { recursive: true, force: true });
  return r;
};
const [jobs1Ms, jobs2Ms] = compare(BATCH_RUNS, [batch(districts, 1), batch(districts, 2)]);
const perDoc = jobs2Ms / N;
if (pandocMs !== null) {
  row(`batch of ${N}, per document (--jobs 2) vs pandoc route`, `${fmt(perDoc)} vs ${fmt(pandocMs)} = ${(pandocMs / perDoc).toFixed(1)}× faster`, '≥ 20×', pandocMs / perDoc >= 20);
} else {
  row(`batch of ${N}, per document (--jobs 2)`, fmt(perDoc), '≥ 20× faster than pandoc', null);
}
row(`batch of ${N}: --jobs 1 / --jobs 2`, `${fmt(jobs1Ms)} / ${fmt(jobs2Ms)} = ${(jobs1Ms / jobs2Ms).toFixed(2)}×`, '≥ 1.6×', jobs1Ms / jobs2Ms >= 1.6);

// 4. 100 vs N documents
log(`4/5 batch of 100 vs ${N} (--jobs 2, ${BATCH_RUNS} runs)`);
const [hundredMs] = compare(BATCH_RUNS, [batch(hundred, 2)]);
const growth = jobs2Ms / hundredMs;
const expected = N / Math.min(100, N);
row(`time for ${N} / time for 100 documents`, `${fmt(jobs2Ms)} / ${fmt(hundredMs)} = ${growth.toFixed(2)}× (${expected}× the documents)`, `≤ ${expected}× (linear)`, growth <= expected * 1.1);

// 5. peak memory
log(`5/5 peak memory of the batch of ${N} (--jobs 2)`);
const memOut = mkdtempSync(join(work, 'out-'));
const mem = run(process.execPath, [join(root, 'bench/rss.mjs'), 'render', districts, '--format', 'all', '--out', memOut, '--jobs', '2', '--quiet']);
const rssMb = Number(/maxrss-kb (\d+)/.exec(mem.stderr)?.[1] ?? NaN) / 1024;
row(`peak memory, batch of ${N} (max RSS, all threads)`, `${rssMb.toFixed(0)} MB`, '< 300 MB', rssMb < 300);

// ---- report ---------------------------------------------------------------------
const mark = (v) => (v === null ? 'n/a' : v ? 'met' : 'NOT met');
const table = ['| measurement | figure | target | |', '|---|---|---|---|', ...rows.map((r) => `| ${r.what} | ${r.figure} | ${r.target} | ${mark(r.verdict)} |`)].join('\n');
const versions = (cmd, args) => (has(cmd) ? spawnSync(cmd, args, { encoding: 'utf8' }).stdout.split('\n')[0].trim() : 'not installed');
const machine = [
  `- date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  `- machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB (${(freemem() / 2 ** 30).toFixed(0)} GiB free), ${platform()} ${release()}`,
  `- load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(', ')}`,
  `- node ${process.version}; pandoc: ${versions('pandoc', ['--version'])}; wkhtmltopdf: ${versions('wkhtmltopdf', ['--version'])}`,
  `- runs: ${RUNS} (single commands), ${BATCH_RUNS} (batches), medians; N = ${N}`,
].join('\n');
process.stdout.write(`\n${table}\n\n${machine}\n`);
if (write) {
  const doc = `# Benchmark results\n\nWritten by \`npm run bench\` (bench/run.mjs). Every target of SPEC §6 is a ratio of two figures measured side by side in one run.\n\n${table}\n\n${machine}\n`;
  writeFileSync(join(root, 'bench', 'RESULTS.md'), doc);
  log('written to bench/RESULTS.md');
}
