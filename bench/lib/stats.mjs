/** Nearest-rank percentile of numbers (p in 0..100); undefined for an empty list. */
export function percentile(values, p) {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]
}

/** Median as the mean of the middle two for even counts. */
export function median(values) {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function summarize(values) {
  const present = values.filter((v) => typeof v === 'number' && Number.isFinite(v))
  if (present.length === 0) return null
  return {median: median(present), min: Math.min(...present), max: Math.max(...present), n: present.length}
}
