// Runs the agree CLI in this process and reports its peak memory (max RSS,
// which includes the render worker threads) on stderr as "maxrss-kb N".
import { createRequire } from 'node:module';

const { main } = createRequire(import.meta.url)('../bin/load.cjs').load('agree');
const code = await main({ argv: process.argv.slice(2) });
process.stderr.write(`maxrss-kb ${process.resourceUsage().maxRSS}\n`);
process.exitCode = code;
