import {barChart} from './bar-chart.js'
import {compareRuns, type Changes} from './changes.js'
import {embedData} from './data.js'
import {dateText} from './date.js'
import {escapeHtml as h, safeUrl} from './escape.js'
import {severityIcon} from './icons.js'
import {snippetOf} from './snippet.js'
import {reportCss} from './style.js'
import {contexts, isCitation, severities, summarise, type Summary} from './summary.js'
import type {ReportFile, ReportMessage, ReportOptions} from './types.js'

// The report never runs script or loads anything: a hostile finding cannot make it do either.
const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`

/** One self-contained HTML page (inline CSS and SVG, no script, no external asset). */
export function renderHtmlReport(results: readonly ReportFile[], options: ReportOptions = {}): string {
  const title = options.title || 'luxlint report'
  const summary = summarise(results)
  const changes = options.previous ? compareRuns(results, options.previous) : undefined
  const when = dateText(options.date)
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="luxlint">`,
    `<title>${h(title)}</title><style>${reportCss}</style></head><body>`,
    `<header><h1>${h(title)}</h1><p class="meta">${when ? `Made ${h(when)} · ` : ''}${summary.files} ${plural(summary.files, 'file')} checked against the Luxembourg Guidelines terminology.</p></header>`,
    '<main>',
    totals(summary),
    changes ? changesSection(changes) : '',
    charts(summary),
    worstFiles(summary, options.worst ?? 10),
    unreadable(summary),
    findingsSection(results),
    citationsSection(results),
    '</main>',
    embedData(results),
    '</body></html>',
    ''
  ].join('\n')
}

function plural(n: number, word: string): string {
  return n === 1 ? word : word + 's'
}

function card(label: string, value: number, key: string): string {
  return `<div><dt>${h(label)}</dt><dd data-total="${h(key)}">${value}</dd></div>`
}

function totals(s: Summary): string {
  const byStatus = [...s.byStatus].map(([status, n]) => `<tr><td>${h(status)}</td><td class="n" data-status="${h(status)}">${n}</td></tr>`).join('')
  const byContext = contexts
    .map((context) => `<tr><td>${context === 'citation' ? 'citation (allowed)' : context}</td><td class="n" data-context="${context}">${s.byContext.get(context) ?? 0}</td></tr>`)
    .join('')
  return [
    '<section aria-labelledby="totals"><h2 id="totals">Totals</h2>',
    '<dl class="cards">',
    card('Files checked', s.files, 'files'),
    card('Files with findings', s.filesWithFindings, 'files-with-findings'),
    card('Findings', s.findings, 'findings'),
    ...severities.map((sev) => card(`${severityIcon[sev]} ${sev}`, s.bySeverity[sev], sev)),
    card('Allowed citations', s.citations, 'citations'),
    '</dl>',
    '<div class="pair"><table><caption class="meta">Findings by status (citations excluded)</caption><thead><tr><th>status</th><th class="n">findings</th></tr></thead>',
    `<tbody>${byStatus || '<tr><td colspan="2" class="empty">none</td></tr>'}</tbody></table>`,
    '<table><caption class="meta">Every match by context: own words (use), quotation, mention, citation</caption><thead><tr><th>context</th><th class="n">matches</th></tr></thead>',
    `<tbody>${byContext}</tbody></table></div></section>`
  ].join('\n')
}

function changesSection(c: Changes): string {
  const added = c.added
    .map(({path, message}) => `<li class="added">+ <span class="where">${h(path)}:${message.line}:${message.column}</span> <span class="rule">${h(message.ruleId)}</span> “${h(message.actual ?? '')}”</li>`)
    .join('')
  const resolved = c.resolved
    .map((r) => `<li class="resolved">✓ <span class="where">${h(r.path)}</span> <span class="rule">${h(r.ruleId)}</span>${r.actual ? ` “${h(r.actual)}”` : ''}</li>`)
    .join('')
  return [
    '<section aria-labelledby="changes"><h2 id="changes">Since the previous report</h2>',
    `<p>Findings: <span data-change="before">${c.before}</span> before, <span data-change="after">${c.after}</span> now — `,
    `<span data-change="added">${c.added.length}</span> new, <span data-change="resolved">${c.resolved.length}</span> resolved.</p>`,
    added ? `<h3>New</h3><ul>${added}</ul>` : '',
    resolved ? `<h3>Resolved</h3><ul>${resolved}</ul>` : '',
    '</section>'
  ].join('\n')
}

function charts(s: Summary): string {
  // One folder says nothing: chart the files instead.
  const byPlace = s.byFolder.length > 1 ? s.byFolder : s.worst.map((f): [string, number] => [f.path, f.total])
  const placeTitle = s.byFolder.length > 1 ? 'Findings by folder' : 'Findings by file'
  return [
    '<section aria-labelledby="charts"><h2 id="charts">Charts</h2>',
    `<h3>Findings by rule</h3><figure data-chart="rule">${barChart(s.byRule, {title: 'Findings by rule'})}</figure>`,
    `<h3>${placeTitle}</h3><figure data-chart="place">${barChart(byPlace, {title: placeTitle})}</figure>`,
    '</section>'
  ].join('\n')
}

function worstFiles(s: Summary, limit: number): string {
  const rows = s.worst
    .slice(0, limit)
    .map(
      (f, i) =>
        `<tr data-file="${h(f.path)}"><td class="n">${i + 1}</td><td>${h(f.path)}</td>` +
        severities.map((sev) => `<td class="n" data-sev="${sev}">${f.counts[sev]}</td>`).join('') +
        `<td class="n" data-sev="total">${f.total}</td></tr>`
    )
    .join('')
  return [
    '<section aria-labelledby="worst"><h2 id="worst">Files with the most findings</h2>',
    rows
      ? `<table id="worst-files"><thead><tr><th class="n">#</th><th>file</th>${severities.map((sev) => `<th class="n">${severityIcon[sev]} ${sev}</th>`).join('')}<th class="n">total</th></tr></thead><tbody>${rows}</tbody></table>`
      : '<p class="empty">No file has findings.</p>',
    '</section>'
  ].join('\n')
}

function unreadable(s: Summary): string {
  if (s.errors.length === 0) return ''
  const items = s.errors.map((e) => `<li><span class="where">${h(e.path)}</span>: ${h(e.error)}</li>`).join('')
  return `<section aria-labelledby="unreadable"><h2 id="unreadable">Files that could not be checked</h2><ul>${items}</ul></section>`
}

function findingItem(message: ReportMessage, text: string | undefined): string {
  const snippet = snippetOf(message, text)
  const docs = safeUrl(message.url)
  const alternatives = message.expected?.length ? `<p class="alts">Instead: ${message.expected.map((e) => `“${h(e)}”`).join(' · ')}</p>` : ''
  const why = message.context && message.context !== 'use' ? `<p class="why">Context: ${h(message.context)}${message.contextReason ? ` — ${h(message.contextReason)}` : ''}</p>` : ''
  return (
    `<li class="border-${h(message.severity)}" data-rule="${h(message.ruleId)}">` +
    `<span class="where">${message.line}:${message.column}</span> ` +
    `<span class="sev sev-${h(message.severity)}">${severityIcon[message.severity] ?? ''} ${h(message.severity)}</span> ` +
    `<span class="rule">${docs ? `<a href="${h(docs)}">${h(message.ruleId)}</a>` : h(message.ruleId)}</span>` +
    `<p><span class="snippet">${h(snippet.before)}<mark>${h(snippet.match)}</mark>${h(snippet.after)}</span></p>` +
    `<p>${h(message.message)}</p>${alternatives}${why}</li>`
  )
}

function findingsSection(results: readonly ReportFile[]): string {
  const files = results
    .map((file) => ({file, messages: file.messages.filter((m) => !isCitation(m))}))
    .filter(({messages}) => messages.length > 0)
    .map(
      ({file, messages}) =>
        `<section class="file" data-file="${h(file.path)}"><h3>${h(file.path)} <span class="meta">(${messages.length} ${plural(messages.length, 'finding')})</span></h3>` +
        `<ol class="findings">${messages.map((m) => findingItem(m, file.text)).join('')}</ol></section>`
    )
  return `<section aria-labelledby="all-findings"><h2 id="all-findings">Every finding</h2>${files.join('\n') || '<p class="empty">No findings.</p>'}</section>`
}

function citationsSection(results: readonly ReportFile[]): string {
  const rows = results.flatMap((file) =>
    file.messages.filter(isCitation).map((m) => {
      const link = safeUrl(m.citation?.url)
      const cited = m.citation ? `${link ? `<a href="${h(link)}">${h(m.citation.title)}</a>` : h(m.citation.title)}${m.citation.year ? ` (${m.citation.year})` : ''}` : h(m.contextReason ?? '')
      return `<tr><td>${h(file.path)}:${m.line}:${m.column}</td><td>“${h(m.actual ?? '')}”</td><td>${cited}</td></tr>`
    })
  )
  return [
    '<section aria-labelledby="citations"><h2 id="citations">Allowed citations</h2>',
    '<p class="meta">Titles of laws, treaties and reports quoted word for word. They are not findings: the wording belongs to the cited text.</p>',
    rows.length ? `<table id="citation-list"><thead><tr><th>where</th><th>words</th><th>cited title</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : '<p class="empty">None.</p>',
    '</section>'
  ].join('\n')
}
