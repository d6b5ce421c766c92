import {allRules} from '@luxlint/core'

/** `luxlint rules`: every rule as a table, or as JSON for scripts. */
export function listRules(format: 'table' | 'json'): string {
  const rules = [...allRules()].sort((a, b) => (a.id < b.id ? -1 : 1))
  if (format === 'json') {
    return (
      JSON.stringify(
        rules.map((r) => ({id: r.id, aliases: r.aliases, status: r.status, confidence: r.confidence, enabled: r.enabled, autofix: r.autofix, forms: r.forms, alternatives: r.alternatives, url: r.url})),
        null,
        2
      ) + '\n'
    )
  }
  const rows = rules.map((r) => [r.id, r.status, r.confidence, r.autofix ? 'fix' : '', r.alternatives[0] ?? ''])
  const header = ['RULE', 'STATUS', 'CONFIDENCE', 'FIX', 'WRITE INSTEAD']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)))
  const line = (cells: string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ').trimEnd()
  return [line(header), ...rows.map(line), '', `${rules.length} rules. luxlint explain <rule> shows why, with sources.`].join('\n') + '\n'
}
