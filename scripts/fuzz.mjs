#!/usr/bin/env node
// `pnpm fuzz`: the long version of test/reliability. Runs the property invariants on random
// documents for a while, then a long random editing session against the real language server,
// prints counts and writes test/reliability/fuzz-results.json.
//
//   pnpm fuzz [--seconds 120] [--runs N] [--edits 10000] [--seed S] [--no-lsp] [--out file]
//   (or LUXLINT_FUZZ_SECONDS, LUXLINT_FUZZ_RUNS, LUXLINT_FUZZ_EDITS, LUXLINT_SEED)
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {pathToFileURL} from 'node:url'
import fc from 'fast-check'
import {documentArb, phraseForms} from '../test/reliability/lib/arbitraries.mjs'
import {applyEdit, randomEdit, seeded} from '../test/reliability/lib/edits.mjs'
import {checkDocument} from '../test/reliability/lib/invariants.mjs'
import {offsetAt, positionAt, startServer} from '../test/reliability/lib/lsp-client.mjs'
import {coreDist, root} from '../test/reliability/lib/paths.mjs'

const {values: flags} = parseArgs({
  options: {
    seconds: {type: 'string'},
    runs: {type: 'string'},
    edits: {type: 'string'},
    seed: {type: 'string'},
    'no-lsp': {type: 'boolean'},
    out: {type: 'string'}
  }
})
const seconds = Number(flags.seconds ?? process.env.LUXLINT_FUZZ_SECONDS ?? 120)
const maxRuns = Number(flags.runs ?? process.env.LUXLINT_FUZZ_RUNS ?? Infinity)
const edits = Number(flags.edits ?? process.env.LUXLINT_FUZZ_EDITS ?? 10000)
const seed = Number(flags.seed ?? process.env.LUXLINT_SEED ?? Date.now() % 1000000)
const out = flags.out ?? path.join(root, 'test/reliability/fuzz-results.json')

const core = await import(coreDist)
const forms = phraseForms(core.allRules())
const arb = documentArb(forms)

// 1. Documents: lint, ranges, fixes, idempotence, on random Unicode/Markdown/HTML.
const documents = {tried: 0, findings: 0, crashes: 0, invariantFailures: 0, byKind: {}, byFormat: {text: 0, markdown: 0, html: 0}, examples: []}
const deadline = Date.now() + seconds * 1000
let batch = 0
const started = Date.now()
while (Date.now() < deadline && documents.tried < maxRuns) {
  for (const doc of fc.sample(arb, {numRuns: 50, seed: seed + batch++})) {
    documents.tried++
    documents.byFormat[doc.format]++
    const {crash, problems, messages} = checkDocument(core, doc)
    documents.findings += messages.length
    if (crash) {
      documents.crashes++
      if (documents.examples.length < 20) documents.examples.push({kind: 'crash', detail: String(crash.message).split('\n')[0], format: doc.format, text: doc.text.slice(0, 20000), profile: doc.profile})
    }
    if (problems.length > 0) documents.invariantFailures++
    for (const p of problems) {
      documents.byKind[p.kind] = (documents.byKind[p.kind] ?? 0) + 1
      if (!documents.examples.some((e) => e.kind === p.kind)) documents.examples.push({kind: p.kind, detail: p.detail, format: doc.format, text: doc.text.slice(0, 20000), profile: doc.profile})
    }
    if (documents.tried >= maxRuns) break
  }
  process.stderr.write(`\rdocuments: ${documents.tried} tried, ${documents.crashes} crashes, ${documents.invariantFailures} with invariant failures`)
}
process.stderr.write('\n')
documents.seconds = Math.round((Date.now() - started) / 1000)

// Written now too, so a failure in the server phase still leaves the document counts.
fs.writeFileSync(out, JSON.stringify({date: new Date().toISOString(), node: process.version, seed, documents, lsp: {skipped: true, reason: 'not reached'}}, null, 2) + '\n')

// 2. The language server: a long random editing session, then diagnostics = a fresh lint.
let lsp = {skipped: true}
if (!flags['no-lsp']) {
  // Removed when the session ends (below). Not the tests' tempDir, which needs vitest to remove it.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'luxlint-fuzz-'))
  const server = startServer()
  // The session only waits on the server's pipes; keep the loop alive if they close early.
  const keepAlive = setInterval(() => {}, 1000)
  const lspStarted = Date.now()
  lsp = {edits, crashed: false, diagnosticsMatchFreshLint: null, mismatches: 0, rssKb: {}}
  try {
    await server.initialize(folder)
    lsp.rssKb.start = server.rssKb()
    const random = seeded(seed)
    const uri = pathToFileURL(path.join(folder, 'session.md')).href
    let text = '# Draft\n\nPolice found child porn.\r\n'
    let version = 1
    server.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version, text}})
    for (let i = 0; i < edits; i++) {
      const edit = randomEdit(random, text, forms)
      const range = {start: positionAt(text, edit.start), end: positionAt(text, edit.end)}
      text = applyEdit(text, edit)
      if (text.length > 20000) {
        text = text.slice(0, 5000)
        server.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: ++version}, contentChanges: [{text}]})
      } else {
        server.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: ++version}, contentChanges: [{range, text: edit.text}]})
      }
      if (i % 500 === 0) {
        await new Promise((resolve) => setTimeout(resolve, 10))
        process.stderr.write(`\rlsp: ${i}/${edits} edits`)
      }
    }
    process.stderr.write('\n')
    const last = await server.waitFor(uri, (p) => p.version === version, 600000)
    const got = last.diagnostics.map((d) => `${offsetAt(text, d.range.start)}-${offsetAt(text, d.range.end)} ${d.code}`).sort()
    const want = core.lint(text, {format: 'markdown'}).map((m) => `${m.offset}-${m.endOffset} ${m.ruleId}`).sort()
    lsp.diagnosticsMatchFreshLint = JSON.stringify(got) === JSON.stringify(want)
    lsp.mismatches = got.filter((x) => !want.includes(x)).length + want.filter((x) => !got.includes(x)).length
    lsp.finalLength = text.length
    lsp.rssKb.end = server.rssKb()
  } catch (error) {
    lsp.error = String(error.message ?? error)
  }
  lsp.crashed = server.exited !== null && server.exited !== undefined
  lsp.seconds = Math.round((Date.now() - lspStarted) / 1000)
  await server.stop()
  clearInterval(keepAlive)
  lsp.stderr = server.stderr.slice(0, 2000)
  fs.rmSync(folder, {recursive: true, force: true})
}

const summary = {
  date: new Date().toISOString(),
  node: process.version,
  seed,
  documents,
  lsp
}
fs.writeFileSync(out, JSON.stringify(summary, null, 2) + '\n')
console.log(`inputs tried: ${documents.tried} (text ${documents.byFormat.text}, markdown ${documents.byFormat.markdown}, html ${documents.byFormat.html}) in ${documents.seconds} s, ${documents.findings} findings`)
console.log(`crashes: ${documents.crashes}`)
console.log(`invariant failures: ${documents.invariantFailures} documents ${JSON.stringify(documents.byKind)}`)
if (!lsp.skipped) console.log(`language server: ${lsp.edits} edits, crashed: ${lsp.crashed}, diagnostics equal a fresh lint: ${lsp.diagnosticsMatchFreshLint}${lsp.error ? `, error: ${lsp.error}` : ''}, RSS ${lsp.rssKb.start} → ${lsp.rssKb.end} KB`)
console.log(`summary: ${path.relative(process.cwd(), out)} (seed ${seed})`)
process.exitCode = documents.crashes > 0 || lsp.crashed ? 1 : 0
