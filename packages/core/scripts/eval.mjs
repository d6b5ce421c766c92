#!/usr/bin/env node
// Precision and recall of luxlint on labelled real passages: every *.jsonl in ../shared/corpus
// by default (dev.jsonl in English, dev-fr-es.jsonl in French and Spanish).
// Usage: pnpm eval [--corpus FILE|DIR]… [--profile NAME] [--json] [--verbose]
// --corpus may be given several times; LUXLINT_CORPUS takes a list separated like PATH.
// A finding at suggestion level or above that overlaps a labelled span counts as flagging it;
// info-level findings (allowed citations, mentions) count as not flagged.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {lint} from '../dist/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const {values} = parseArgs({options: {corpus: {type: 'string', multiple: true}, profile: {type: 'string'}, json: {type: 'boolean'}, verbose: {type: 'boolean'}}})
const given = values.corpus ?? (process.env.LUXLINT_CORPUS ? process.env.LUXLINT_CORPUS.split(path.delimiter).filter(Boolean) : [path.resolve(root, '../shared/corpus')])
const files = []
for (const entry of given) {
  if (!fs.existsSync(entry)) {
    console.error(`luxlint eval: corpus not found at ${entry}; pass --corpus FILE|DIR or set LUXLINT_CORPUS`)
    process.exit(2)
  }
  if (fs.statSync(entry).isDirectory()) {
    const inside = fs.readdirSync(entry).filter((name) => name.endsWith('.jsonl')).sort()
    if (!inside.length) {
      console.error(`luxlint eval: no .jsonl files in ${entry}`)
      process.exit(2)
    }
    files.push(...inside.map((name) => path.join(entry, name)))
  } else files.push(entry)
}

const flagged = new Set(['error', 'warning', 'suggestion'])
const records = files.flatMap((file) =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line, index) => {
      try {
        return JSON.parse(line)
      } catch {
        console.error(`luxlint eval: ${file}:${index + 1}: not a JSON record`)
        process.exit(2)
      }
    })
)
const corpus = files.map((file) => path.relative(process.cwd(), file)).join(', ')

const spans = [] // {record, span, start, end, flaggedBy}
const extra = [] // findings that overlap no labelled span
for (const record of records) {
  const messages = lint(record.text, {format: 'text', profile: values.profile})
  const hits = messages.filter((m) => flagged.has(m.severity))
  const own = []
  for (const span of record.expected_flags) {
    for (const [start, end] of occurrences(record.text, span)) {
      const by = hits.filter((m) => m.offset < end && start < m.endOffset)
      const context = messages.find((m) => m.offset < end && start < m.endOffset)?.context || null
      const item = {record, span, start, end, flaggedBy: by, context}
      spans.push(item)
      own.push(item)
    }
  }
  for (const m of hits) {
    if (!own.some((s) => m.offset < s.end && s.start < m.endOffset)) extra.push({record, message: m})
  }
}

function occurrences(text, span) {
  const found = [[span.start, span.end]]
  const needle = span.term_as_in_text
  let from = span.end
  while (found.length < (span.occurrences || 1)) {
    const at = text.indexOf(needle, from)
    if (at === -1) break
    found.push([at, at + needle.length])
    from = at + needle.length
  }
  return found
}

function score(items, extras = []) {
  let tp = 0, fp = 0, fn = 0, tn = 0
  for (const s of items) {
    const hit = s.flaggedBy.length > 0
    if (s.span.should_flag) hit ? tp++ : fn++
    else hit ? fp++ : tn++
  }
  fp += extras.length
  const precision = tp + fp ? tp / (tp + fp) : 1
  const recall = tp + fn ? tp / (tp + fn) : 1
  return {tp, fp, fn, tn, precision, recall}
}

const fmt = (r) => `P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn}, tn ${r.tn})`
const unambiguous = spans.filter((s) => !s.record.ambiguous)
const extraUnambiguous = extra.filter((e) => !e.record.ambiguous)
const report = {
  corpus,
  passages: records.length,
  spans: spans.length,
  unambiguous: score(unambiguous, extraUnambiguous),
  all: score(spans, extra),
  byClass: {},
  byLanguage: {},
  byContext: {},
  byRule: {}
}
for (const cls of [...new Set(records.map((r) => r.class))].sort()) {
  const name = records.find((r) => r.class === cls).class_name
  report.byClass[`${cls} ${name}`] = {
    unambiguous: score(unambiguous.filter((s) => s.record.class === cls), extraUnambiguous.filter((e) => e.record.class === cls)),
    all: score(spans.filter((s) => s.record.class === cls), extra.filter((e) => e.record.class === cls))
  }
}
// Records may carry a `language` (en, fr, es); those without one are English.
const languageOf = (record) => record.language || 'en'
for (const language of [...new Set(records.map(languageOf))].sort()) {
  report.byLanguage[language] = {
    unambiguous: score(unambiguous.filter((s) => languageOf(s.record) === language), extraUnambiguous.filter((e) => languageOf(e.record) === language)),
    all: score(spans.filter((s) => languageOf(s.record) === language), extra.filter((e) => languageOf(e.record) === language))
  }
}
for (const context of ['use', 'citation', 'mention', 'quote', null]) {
  const items = spans.filter((s) => s.context === context)
  if (items.length) report.byContext[context ?? 'no finding'] = score(items)
}
for (const s of spans) for (const m of s.flaggedBy) (report.byRule[m.ruleId] ??= []).push(s)
for (const e of extra) (report.byRule[e.message.ruleId] ??= [])
for (const id of Object.keys(report.byRule)) report.byRule[id] = score(report.byRule[id], extra.filter((e) => e.message.ruleId === id))

const misses = [
  ...spans.filter((s) => s.span.should_flag && !s.flaggedBy.length).map((s) => ({kind: 'missed', s})),
  ...spans.filter((s) => !s.span.should_flag && s.flaggedBy.length).map((s) => ({kind: 'false alarm', s})),
  ...extra.map((e) => ({kind: 'unlabelled finding', e}))
]

if (values.json) {
  console.log(JSON.stringify({...report, misses: misses.length}, null, 2))
} else {
  console.log(`luxlint eval on ${report.corpus}: ${report.passages} passages, ${report.spans} labelled spans${values.profile ? `, profile ${values.profile}` : ''}`)
  console.log(`\nunambiguous spans  ${fmt(report.unambiguous)}`)
  console.log(`all spans          ${fmt(report.all)}`)
  console.log('\nby class (unambiguous | all)')
  for (const [k, v] of Object.entries(report.byClass)) console.log(`  ${k.padEnd(20)} ${fmt(v.unambiguous)}  |  ${fmt(v.all)}`)
  console.log('\nby language (unambiguous | all)')
  for (const [k, v] of Object.entries(report.byLanguage)) console.log(`  ${k.padEnd(20)} ${fmt(v.unambiguous)}  |  ${fmt(v.all)}`)
  console.log('\nby context luxlint assigned (all spans)')
  for (const [k, v] of Object.entries(report.byContext)) console.log(`  ${k.padEnd(12)} ${fmt(v)}`)
  console.log('\nby rule (spans it flagged, all)')
  for (const [k, v] of Object.entries(report.byRule).sort()) console.log(`  ${k.padEnd(36)} ${fmt(v)}`)
  console.log(`\nmisses and false alarms (${misses.length})`)
  for (const miss of misses) {
    if (miss.s) {
      const {record, span, start, end} = miss.s
      const by = miss.s.flaggedBy.map((m) => `${m.ruleId}/${m.context}/${m.severity}`).join(', ')
      console.log(`  ${miss.kind.padEnd(12)} ${record.id} [${record.class}${record.ambiguous ? ' ambiguous' : ''}] “${record.text.slice(start, end)}”${by ? ' ← ' + by : ` (luxlint context: ${miss.s.context ?? 'no finding'})`}`)
      if (values.verbose) console.log(`      ${record.text.slice(Math.max(0, start - 120), end + 80).replace(/\s+/g, ' ')}`)
    } else {
      const {record, message} = miss.e
      console.log(`  ${miss.kind.padEnd(12)} ${record.id} [${record.class}${record.ambiguous ? ' ambiguous' : ''}] “${message.actual}” ← ${message.ruleId}/${message.context}/${message.severity}`)
      if (values.verbose) console.log(`      ${record.text.slice(Math.max(0, message.offset - 120), message.endOffset + 80).replace(/\s+/g, ' ')}`)
    }
  }
}
