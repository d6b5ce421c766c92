import type {TermRecord} from '@luxlint/core'
import {el, link} from './dom.js'

const statusWords = {avoid: 'avoid', caution: 'use with caution', prefer: 'preferred'}
const languageNames: Record<string, string> = {en: 'English', fr: 'French', es: 'Spanish'}

/** The rules reference: one collapsible entry per rule. */
export function renderRules(container: HTMLElement, rules: readonly TermRecord[]): void {
  container.replaceChildren(
    ...rules.map((rule) =>
      el(
        'details',
        {class: 'rule', 'data-rule': rule.id},
        el('summary', {}, el('strong', {}, rule.forms[0] ?? rule.id), ` — ${statusWords[rule.status]} (${languageNames[rule.language] ?? rule.language}, ${rule.confidence})`),
        rule.alternatives.length ? el('p', {}, 'Write instead: ', rule.alternatives.map((a) => `“${a}”`).join(' · ')) : null,
        el('p', {}, rule.explanation),
        rule.forms.length > 1 ? el('p', {class: 'muted'}, 'Also catches: ', rule.forms.slice(1, 12).join(', ') + (rule.forms.length > 12 ? ' …' : '')) : null,
        rule.sources.length ? el('ul', {class: 'sources'}, ...rule.sources.map((s) => el('li', {}, link(s.url, s.title), s.publisher ? ` — ${s.publisher}` : ''))) : null,
        el('p', {class: 'muted'}, 'Rule ', el('code', {}, rule.id))
      )
    )
  )
}
