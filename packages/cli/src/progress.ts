/**
 * A one-line progress bar on stderr for long runs: shown only on a terminal, and only once a run
 * has taken over a second or has more than 50 files, so quick runs and pipes stay quiet.
 */
export class Progress {
  private readonly started = Date.now()
  private shown = false
  private lastDraw = 0

  constructor(
    private readonly total: number,
    private readonly write: (text: string) => void,
    private readonly enabled: boolean
  ) {}

  tick(done: number): void {
    if (!this.enabled) return
    const now = Date.now()
    if (!this.shown && this.total <= 50 && now - this.started < 1000) return
    if (this.shown && now - this.lastDraw < 80 && done < this.total) return
    this.shown = true
    this.lastDraw = now
    const width = 24
    const filled = Math.round((done / Math.max(1, this.total)) * width)
    this.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${this.total} files`)
  }

  done(): void {
    if (this.shown) this.write('\r\u001B[2K')
  }
}
