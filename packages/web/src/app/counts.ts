import type {Finding} from './types.js'

const order = ['error', 'warning', 'suggestion', 'info'] as const

/** "3 findings: 1 error, 2 warnings" — what the live region announces after each check. */
export function countsText(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No findings.'
  const parts = order
    .map((severity) => [severity, findings.filter((f) => f.severity === severity).length] as const)
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => `${n} ${n === 1 ? severity : severity + 's'}`)
  const safe = findings.filter((f) => f.fix?.safe).length
  return `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}: ${parts.join(', ')}.${safe ? ` ${safe} safe ${safe === 1 ? 'fix' : 'fixes'} available.` : ''}`
}
