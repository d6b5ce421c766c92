import {allRules, findRule, type TermRecord} from '@luxlint/core'
import {UsageError} from '../errors.js'
import {closest} from '@luxlint/core/config'
import {t} from '../locale/index.js'

const key = (text: string) => text.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/[\u2010-\u2015]/g, '-').trim()

/** A rule by id or alias, or the rule one of whose forms is `query` (case and spacing ignored). */
export function lookupRule(query: string): TermRecord | undefined {
  const byId = findRule(query.trim())
  if (byId) return byId
  const wanted = key(query)
  return allRules().find((rule) => rule.forms.some((form) => key(form) === wanted || key(form).replace(/-/g, ' ') === wanted.replace(/-/g, ' ')))
}

export function explainRule(rule: TermRecord): string {
  const out = [`${rule.id}${rule.aliases.length ? ` (also: ${rule.aliases.join(', ')})` : ''}`, '']
  out.push(`Status:       ${rule.status}${rule.status === 'caution' ? ' (use with care)' : rule.status === 'avoid' ? ' (write something else)' : ''}`)
  out.push(`Confidence:   ${rule.confidence}${rule.confidence === 'confirmed' ? ' (a source attributes this to the Luxembourg Guidelines)' : ' (advisory: not confirmed as a Guidelines recommendation)'}`)
  out.push(`Catches:      ${rule.forms.join(', ')}`)
  out.push(`Write:        ${rule.alternatives.length ? rule.alternatives.join(' · ') : '(no single replacement; rephrase)'}`)
  out.push(`Automatic fix: ${rule.autofix ? `yes, to “${rule.alternatives[0]}” where the term is used in your own words` : 'no'}`)
  out.push('', rule.explanation, '')
  if (rule.guidelines) {
    const g = rule.guidelines
    out.push(`Guidelines:   ${[g.edition && `edition ${g.edition}`, g.section && `section ${g.section}`, g.page && `page ${g.page}`, g.note].filter(Boolean).join(', ')}`)
  }
  if (rule.sources.length) {
    out.push('Sources:')
    for (const source of rule.sources) out.push(`  - ${source.title}${source.publisher ? ` (${source.publisher})` : ''}\n    ${source.url}`)
  }
  out.push(`Docs:         ${rule.url}`)
  return out.join('\n') + '\n'
}

/** `luxlint explain <rule-id | phrase>`: the rule, or a one-line error with a suggestion. */
export function explain(operands: string[]): string {
  if (operands.length === 0) throw new UsageError(t().explainNeedsQuery)
  const query = operands.join(' ')
  const rule = lookupRule(query)
  if (rule) return explainRule(rule)
  const names = new Set<string>()
  for (const r of allRules()) {
    names.add(r.id)
    for (const alias of r.aliases) names.add(alias)
    for (const form of r.forms) names.add(form)
  }
  const near = closest(query, names)
  throw new UsageError(t().noRuleOrPhrase(query, near))
}
