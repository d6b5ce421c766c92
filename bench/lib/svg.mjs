const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const palette = ['#3b6ea5', '#d0843b', '#5a9e6f', '#a2544f', '#7a68a6']

/**
 * A horizontal bar chart on a log scale (the tools span three orders of magnitude).
 * rows: [{label, bars: [{series, value, text}]}]; values must be > 0 to be drawn.
 */
export function barChartSvg({title, subtitle = '', unit = 's', rows}) {
  const series = [...new Set(rows.flatMap((r) => r.bars.map((b) => b.series)))]
  const values = rows.flatMap((r) => r.bars.map((b) => b.value)).filter((v) => v > 0)
  const low = 10 ** Math.floor(Math.log10(Math.min(...values)))
  const high = 10 ** Math.ceil(Math.log10(Math.max(...values)))
  const left = 250
  const width = 860
  const plot = width - left - 150
  const barHeight = 18
  const rowHeight = barHeight * series.length + 12
  const top = 64
  const height = top + rows.length * rowHeight + 40 + (series.length > 1 ? 22 : 0)
  const x = (v) => left + (plot * (Math.log10(v) - Math.log10(low))) / (Math.log10(high) - Math.log10(low))
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="12" y="22" font-size="15" font-weight="bold">${escape(title)}</text>`,
    `<text x="12" y="42" fill="#555">${escape(subtitle)}</text>`
  ]
  const axisBottom = top + rows.length * rowHeight
  for (let tick = low; tick <= high * 1.0001; tick *= 10) {
    out.push(`<line x1="${x(tick).toFixed(1)}" y1="${top - 6}" x2="${x(tick).toFixed(1)}" y2="${axisBottom}" stroke="#ddd"/>`)
    out.push(`<text x="${x(tick).toFixed(1)}" y="${axisBottom + 16}" text-anchor="middle" fill="#555">${escape(`${+tick.toPrecision(3)} ${unit}`)}</text>`)
  }
  rows.forEach((row, r) => {
    const y0 = top + r * rowHeight
    out.push(`<text x="${left - 8}" y="${y0 + (rowHeight - 12) / 2 + 4}" text-anchor="end">${escape(row.label)}</text>`)
    row.bars.forEach((bar) => {
      const s = series.indexOf(bar.series)
      const y = y0 + s * barHeight
      if (!(bar.value > 0)) {
        out.push(`<text x="${left + 4}" y="${y + 13}" fill="#888">${escape(bar.text ?? 'not run')}</text>`)
        return
      }
      const w = Math.max(1, x(bar.value) - left)
      out.push(`<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="${barHeight - 3}" fill="${palette[s % palette.length]}"/>`)
      out.push(`<text x="${(left + w + 4).toFixed(1)}" y="${y + 12}">${escape(bar.text ?? bar.value)}</text>`)
    })
  })
  if (series.length > 1) {
    series.forEach((name, s) => {
      const lx = left + s * 160
      out.push(`<rect x="${lx}" y="${axisBottom + 26}" width="12" height="12" fill="${palette[s % palette.length]}"/>`)
      out.push(`<text x="${lx + 16}" y="${axisBottom + 36}">${escape(name)}</text>`)
    })
  }
  out.push('</svg>')
  return out.join('\n') + '\n'
}
