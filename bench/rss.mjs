// Runs the agree CLI in this process and reports its peak memory (max RSS,
// which includes the render worker threads) on stderr as "maxrss-kb N".
import { main } from '../dist/bundle/main.js';

const code = await main({ argv: process.argv.slice(2) });
process.stderr.write(`maxrss-kb ${process.resourceUsage().maxRSS}\n`);
process.exitCode = code;
