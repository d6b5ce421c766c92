/** Number formatting and a plain Markdown table for the terminal and the README. */
export const fmtS = (s) => (s == null ? '–' : s < 1 ? s.toFixed(3) : s < 100 ? s.toFixed(2) : s.toFixed(1))
export const fmtRange = (stat) => (stat ? `${fmtS(stat.median)} s (${fmtS(stat.min)}–${fmtS(stat.max)})` : '–')
export const fmtMiB = (kib) => (kib == null ? '–' : `${Math.round(kib / 1024)} MiB`)
export const fmtRatio = (r) => (r == null ? '–' : r >= 10 ? `${r.toFixed(0)}×` : `${r.toFixed(2)}×`)
/** MB/s with two significant digits below 10, so slow tools do not print as 0.0. */
export const fmtRate = (r) => (r == null ? '–' : r >= 10 ? r.toFixed(0) : r.toPrecision(2))
export const fmtNum = (n) => (n == null ? '–' : n.toLocaleString('en-US'))

export function markdownTable(header, rows, align = []) {
  const line = (cells) => `| ${cells.join(' | ')} |`
  const rule = header.map((_, i) => (align[i] === 'r' ? '---:' : '---'))
  return [line(header), line(rule), ...rows.map(line)].join('\n')
}
