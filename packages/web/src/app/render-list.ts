import {el, patchChildren} from './dom.js'
import {severityIcon} from './severity.js'
import type {Finding} from './types.js'

/** The findings as a list of buttons, in document order; entries that show the same as after the last check are kept. */
export function renderList(list: HTMLElement, findings: readonly Finding[]): void {
  const labels = findings.map(label)
  patchChildren(
    list,
    // A label says all an entry shows, its severity too.
    labels,
    // One text node per button: thousands of findings must stay cheap to lay out.
    (i) => el('li', {class: `sev-${findings[i].severity}`}, el('button', {type: 'button', 'data-finding': i}, labels[i])),
    (entry, i) => ((entry.firstElementChild as HTMLElement).dataset.finding = String(i))
  )
}

function label(f: Finding): string {
  return `${severityIcon[f.severity]} ${f.severity} · line ${f.line}:${f.column} · ${f.actual.replace(/\s+/g, ' ')}` + (f.expected[0] && f.context === 'use' ? ` → ${f.expected[0]}` : '')
}

/** Mark one finding as the current one in the list and in the text. */
export function markCurrent(root: HTMLElement, index: number): void {
  for (const node of root.querySelectorAll('[aria-current]')) node.removeAttribute('aria-current')
  for (const node of root.querySelectorAll(`[data-finding="${index}"]`)) node.setAttribute('aria-current', 'true')
  for (const node of root.querySelectorAll('mark.hl[tabindex="0"]')) node.setAttribute('tabindex', '-1')
  root.querySelector(`mark.hl[data-finding="${index}"]`)?.setAttribute('tabindex', '0')
}
