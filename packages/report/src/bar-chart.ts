import {escapeHtml} from './escape.js'

export interface BarChartOptions {
  /** What the chart shows, for screen readers and the tests ("Findings by rule"). */
  title: string
  /** Bars beyond this many are summed into one "N more" bar. */
  limit?: number
}

const rowHeight = 22
const labelWidth = 260
const barWidth = 360

/**
 * A horizontal bar chart as inline SVG: one row per label, the count written after each bar
 * so the numbers are readable without the chart (and selectable as text).
 */
export function barChart(rows: readonly [string, number][], options: BarChartOptions): string {
  const limit = options.limit ?? 15
  let shown = rows.slice(0, limit)
  if (rows.length > limit) {
    const rest = rows.slice(limit)
    shown = [...shown, [`${rest.length} more`, rest.reduce((sum, [, n]) => sum + n, 0)]]
  }
  if (shown.length === 0) return `<p class="empty">Nothing to chart.</p>`
  const max = Math.max(...shown.map(([, n]) => n), 1)
  const height = shown.length * rowHeight + 4
  const width = labelWidth + barWidth + 60
  const bars = shown
    .map(([label, value], i) => {
      const y = i * rowHeight + 2
      const w = Math.max(1, Math.round((value / max) * barWidth))
      const short = label.length > 38 ? '…' + label.slice(-37) : label
      return (
        `<g class="bar" data-label="${escapeHtml(label)}" data-value="${value}">` +
        `<title>${escapeHtml(label)}: ${value}</title>` +
        `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(short)}</text>` +
        `<rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${rowHeight - 6}" rx="2"></rect>` +
        `<text x="${labelWidth + w + 6}" y="${y + 15}" class="value">${value}</text></g>`
      )
    })
    .join('')
  return (
    `<svg class="chart" role="img" aria-label="${escapeHtml(options.title)}" viewBox="0 0 ${width} ${height}" ` +
    `width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${bars}</svg>`
  )
}
