import {findRule} from '@luxlint/core'
import {el, link} from './dom.js'
import {severityIcon} from './severity.js'
import type {Finding} from './types.js'

export interface DetailActions {
  /** Replace the finding with `alternative` (the suggested fix when it is the first). */
  replace: (finding: Finding, alternative: string) => void
  /** Whether the text shown is the text checked: fixes are offered only then. */
  canEdit: boolean
}

const contextNames = {use: 'your own words', quote: 'a quotation', mention: 'a mention of the term', citation: 'an allowed citation'}

/** Everything about one finding: why, what instead (with buttons), the explanation and its sources. */
export function renderDetails(panel: HTMLElement, finding: Finding | undefined, index: number, total: number, actions: DetailActions): void {
  if (!finding) {
    panel.replaceChildren(el('p', {class: 'muted'}, total ? 'Choose a highlight or a finding to read why and what to write instead.' : ''))
    return
  }
  const rule = findRule(finding.ruleId)
  const alternatives = finding.expected.map((alternative, i) =>
    el(
      'li',
      {},
      el('span', {}, `“${alternative}”`),
      ' ',
      actions.canEdit && finding.context !== 'citation'
        ? el(
            'button',
            {type: 'button', class: 'small', 'data-replace': i},
            i === 0 && finding.fix ? (finding.fix.safe ? 'Apply fix' : 'Apply fix (check the grammar)') : 'Use this',
            el('span', {class: 'visually-hidden'}, `: replace “${finding.actual}” with “${alternative}”`)
          )
        : null
    )
  )
  const parts: (Node | null)[] = [
    el(
      'h3',
      {id: 'details-heading'},
      el('span', {class: `badge sev-${finding.severity}`}, `${severityIcon[finding.severity]} ${finding.severity}`),
      ` Finding ${index + 1} of ${total}: “${finding.actual.replace(/\s+/g, ' ')}”`
    ),
    el('p', {class: 'reason'}, finding.reason),
    el('p', {class: 'muted'}, `Line ${finding.line}, column ${finding.column} · ${contextNames[finding.context]}${finding.contextReason ? ` (${finding.contextReason})` : ''} · ${finding.confidence === 'confirmed' ? 'confirmed Guidelines recommendation' : 'advisory'}`),
    alternatives.length ? el('div', {}, el('h4', {}, 'Write instead'), el('ul', {class: 'alternatives'}, ...alternatives)) : null,
    el('h4', {}, 'Why'),
    el('p', {}, finding.note),
    finding.citation ? el('p', {}, 'Cited: ', link(finding.citation.url, finding.citation.title), finding.citation.year ? ` (${finding.citation.year})` : '') : null,
    rule?.sources.length
      ? el('div', {}, el('h4', {}, 'Sources'), el('ul', {class: 'sources'}, ...rule.sources.map((s) => el('li', {}, link(s.url, s.title), s.publisher ? ` — ${s.publisher}` : ''))))
      : null,
    el('p', {class: 'muted'}, 'Rule ', el('code', {}, finding.ruleId), ' · ', link(finding.url, 'rule documentation'))
  ]
  panel.replaceChildren(...parts.filter((part): part is Node => part !== null))
  panel.querySelectorAll<HTMLButtonElement>('button[data-replace]').forEach((button) =>
    button.addEventListener('click', () => actions.replace(finding, finding.expected[Number(button.dataset.replace)]))
  )
}
