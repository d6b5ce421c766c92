import {allRules, applyFixes, profiles} from '@luxlint/core'
import './style.css'
import {Checker, type CheckResult} from './checker.js'
import {countsText} from './counts.js'
import {byId, el} from './dom.js'
import {guessFormat} from './guess-format.js'
import {readDraft} from './read-file.js'
import {renderDetails} from './render-details.js'
import {markCurrent, renderList} from './render-list.js'
import {renderRules} from './render-rules.js'
import {renderText} from './render-text.js'
import {applyEdit, editFor} from './replace.js'
import {searchRules} from './search-rules.js'
import {severityIcon} from './severity.js'
import type {CheckRequest, Finding} from './types.js'

const draft = byId<HTMLTextAreaElement>('draft')
const profile = byId<HTMLSelectElement>('profile')
const profileHelp = byId('profile-help')
const language = byId<HTMLSelectElement>('language')
const format = byId<HTMLSelectElement>('format')
const fileInput = byId<HTMLInputElement>('file-input')
const fileName = byId('file-name')
const dropZone = byId('drop-zone')
const status = byId('status')
const announcer = byId('announcer')
const progress = byId<HTMLProgressElement>('progress')
const annotated = byId('annotated')
const details = byId('details')
const list = byId('findings')
const results = byId('results')
const fixAll = byId<HTMLButtonElement>('fix-all')
const ruleSearch = byId<HTMLInputElement>('rule-search')
const ruleList = byId('rule-list')
const ruleCount = byId('rule-count')

const state = {findings: [] as Finding[], checked: '', current: -1, name: undefined as string | undefined, requested: '', checks: 0}

for (const [name, {description}] of Object.entries(profiles)) profile.append(el('option', {value: name, 'data-description': description}, name))
const showProfileHelp = () => (profileHelp.textContent = profiles[profile.value]?.description ?? '')
showProfileHelp()

const checker = new Checker(showResult, (message) => {
  progress.hidden = true
  results.removeAttribute('aria-busy')
  status.textContent = `Unexpected error while checking: ${message}`
})

function options(): CheckRequest['options'] {
  return {
    format: format.value === 'auto' ? guessFormat(draft.value, state.name) : (format.value as CheckRequest['options']['format']),
    profile: profile.value,
    ...(language.value === 'auto' ? {} : {language: language.value})
  }
}

let timer: ReturnType<typeof setTimeout> | undefined
/**
 * Check after the user pauses; longer pauses for long texts, none after a paste, drop or fix. (A
 * check after an edit reads only what changed, and the page redraws only what changed, but in a
 * draft of 200,000 characters and thousands of findings that still holds the page ~0.1 s.)
 */
function schedule(delay = draft.value.length > 50000 ? 400 : 250) {
  clearTimeout(timer)
  timer = setTimeout(run, delay)
}

function run() {
  const text = draft.value
  const key = JSON.stringify([text, options()])
  if (key === state.requested) return
  state.requested = key
  progress.hidden = false
  results.setAttribute('aria-busy', 'true')
  document.body.dataset.state = 'checking'
  status.textContent = `Checking ${text.length.toLocaleString('en')} characters…`
  checker.check(text, options())
}

function showResult({text, findings, ms}: CheckResult) {
  state.findings = findings
  state.checked = text
  if (state.current >= findings.length) state.current = findings.length - 1
  renderText(annotated, text, findings)
  renderList(list, findings)
  fixAll.disabled = !findings.some((f) => f.fix?.safe)
  progress.hidden = true
  results.removeAttribute('aria-busy')
  const counts = countsText(findings)
  status.textContent = `${counts} Checked in ${ms} ms.`
  announcer.textContent = counts
  show(state.current)
  document.body.dataset.state = 'checked'
  document.body.dataset.checks = String(++state.checks)
}

function show(index: number) {
  state.current = index
  markCurrent(results, index)
  renderDetails(details, state.findings[index], index, state.findings.length, {replace, canEdit: draft.value === state.checked})
}

/** Select a finding, bring its highlight into view and focus it so a screen reader reads it. */
function goTo(index: number) {
  if (state.findings.length === 0) return
  const i = (index + state.findings.length) % state.findings.length
  show(i)
  const mark = annotated.querySelector<HTMLElement>(`mark[data-finding="${i}"]`)
  mark?.scrollIntoView({block: 'center'})
  mark?.focus({preventScroll: true})
  const f = state.findings[i]
  announcer.textContent = `Finding ${i + 1} of ${state.findings.length}: ${f.severity}, “${f.actual}”. ${f.reason}`
}

function setText(text: string, message: string) {
  draft.value = text
  announcer.textContent = message
  run()
}

function replace(finding: Finding, alternative: string) {
  const edit = editFor(finding, alternative)
  if (!edit || draft.value !== state.checked) return
  setText(applyEdit(state.checked, edit), `Replaced “${finding.actual}” with “${edit.text}”.`)
}

fixAll.addEventListener('click', () => {
  if (draft.value !== state.checked) return
  const {output, applied} = applyFixes(state.checked, state.findings)
  setText(output, `Applied ${applied} safe ${applied === 1 ? 'fix' : 'fixes'}.`)
})

byId('next').addEventListener('click', () => goTo(state.current + 1))
byId('prev').addEventListener('click', () => goTo(state.current < 0 ? -1 : state.current - 1))

results.addEventListener('click', (event) => {
  const target = (event.target as HTMLElement).closest<HTMLElement>('[data-finding]')
  if (target) goTo(Number(target.dataset.finding))
})

document.addEventListener('keydown', (event) => {
  if (event.key === 'F8') {
    event.preventDefault()
    return goTo(event.shiftKey ? state.current - 1 : state.current + 1)
  }
  const typing = (event.target as HTMLElement).closest('textarea, input, select')
  if (typing || event.ctrlKey || event.metaKey || event.altKey) return
  if (event.key === 'j' || event.key === 'n') goTo(state.current + 1)
  else if (event.key === 'k' || event.key === 'p') goTo(state.current < 0 ? -1 : state.current - 1)
  else if ((event.key === 'Enter' || event.key === ' ') && (event.target as HTMLElement).matches('mark.hl')) {
    // A highlight is a button: Enter or Space opens its explanation.
    event.preventDefault()
    show(Number((event.target as HTMLElement).dataset.finding))
    details.focus()
  }
})

draft.addEventListener('input', () => {
  document.body.dataset.state = 'editing'
  if (!draft.value) {
    // An emptied box is a new draft: downloads get a neutral name again.
    state.name = undefined
    fileName.textContent = ''
  }
  schedule()
})
draft.addEventListener('paste', () => schedule(0))
for (const select of [profile, language, format]) select.addEventListener('change', () => run())
profile.addEventListener('change', showProfileHelp)

async function open(file: File | undefined) {
  if (!file) return
  try {
    const opened = await readDraft(file)
    // A Word file's text is checked as plain text; the corrected text downloads as .txt.
    const text = 'docx' in opened ? (await checker.docxText(opened.docx)).text : opened.text
    state.name = 'docx' in opened ? opened.name.replace(/\.docx$/i, '.txt') : opened.name
    fileName.textContent = `Opened ${opened.name}${'docx' in opened ? ' (its text)' : ''}`
    setText(text, `Opened ${opened.name}.`)
  } catch (error) {
    status.textContent = (error as Error).message
    announcer.textContent = (error as Error).message
  }
}

fileInput.addEventListener('change', () => open(fileInput.files?.[0]))
dropZone.addEventListener('dragover', (event) => {
  event.preventDefault()
  dropZone.classList.add('dragging')
})
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'))
dropZone.addEventListener('drop', (event) => {
  event.preventDefault()
  dropZone.classList.remove('dragging')
  void open(event.dataTransfer?.files[0])
})
// A file dropped anywhere else would make the browser navigate away from the draft.
window.addEventListener('dragover', (event) => event.preventDefault())
window.addEventListener('drop', (event) => event.preventDefault())

byId('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(draft.value)
  } catch {
    draft.select()
    document.execCommand('copy')
  }
  announcer.textContent = 'Text copied.'
  status.textContent = 'Text copied to the clipboard.'
})

byId('download').addEventListener('click', () => {
  const name = state.name ?? (options().format === 'html' ? 'draft.html' : 'draft.md')
  const url = URL.createObjectURL(new Blob([draft.value], {type: 'text/plain;charset=utf-8'}))
  const a = el('a', {href: url, download: name})
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
  announcer.textContent = `Downloaded ${name}.`
})

const rules = [...allRules()].sort((a, b) => (a.forms[0] ?? a.id).localeCompare(b.forms[0] ?? b.id))
function showRules() {
  const found = searchRules(rules, ruleSearch.value)
  renderRules(ruleList, found)
  ruleCount.textContent = `${found.length} of ${rules.length} rules`
}
ruleSearch.addEventListener('input', showRules)
showRules()

byId('legend').replaceChildren(
  ...(['error', 'warning', 'suggestion', 'info'] as const).map((sev) => el('li', {}, el('mark', {class: `hl sev-${sev}`}, `${severityIcon[sev]} ${sev}`)))
)

void checker.ready.then(() => {
  document.body.dataset.ready = 'true'
  run()
})
