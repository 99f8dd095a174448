// A one-line progress bar for batches on a terminal: done/total, the current
// file, documents per second. Written to stderr with \r and cleared at the end;
// nothing at all when stderr is not a TTY, with --quiet, or for one document.

import type { Output } from './context.js';

export class Progress {
  private done = 0;
  private lastDraw = 0;
  private readonly started = Date.now();
  private visible = false;

  constructor(
    private readonly out: Output,
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}

  static for(out: Output, total: number, quiet: boolean): Progress {
    return new Progress(out, total, Boolean(out.isTTY) && !quiet && total > 1);
  }

  /** one more document is finished */
  tick(file: string): void {
    this.done++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 80 && this.done < this.total) return;
    this.lastDraw = now;
    this.out.write('\r' + this.line(file, now) + '\u001b[K');
    this.visible = true;
  }

  /** remove the bar so that the summary stands alone */
  clear(): void {
    if (this.visible) this.out.write('\r\u001b[K');
    this.visible = false;
  }

  line(file: string, now = Date.now()): string {
    const columns = Math.max(40, this.out.columns ?? 80);
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const rate = `${(this.done / seconds).toFixed(1)}/s`;
    const count = `${this.done}/${this.total}`;
    const barWidth = Math.min(30, Math.max(10, columns - count.length - rate.length - 30));
    const filled = Math.round((barWidth * this.done) / this.total);
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}]`;
    const room = columns - bar.length - count.length - rate.length - 4;
    const name = file.length > room ? '…' + file.slice(file.length - room + 1) : file;
    return `${bar} ${count} ${rate} ${name}`;
  }
}
