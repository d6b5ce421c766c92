import fs from 'node:fs'
import path from 'node:path'
import {scalingDocuments} from './corpus.mjs'
import {ratios, runAlternating} from './folder-suite.mjs'
import {fmtMiB, fmtNum, fmtRange, fmtRate, fmtRatio, fmtS, markdownTable} from './format.mjs'
import {runLspLatency} from './lsp-suite.mjs'
import {repoRoot} from './paths.mjs'
import {ensurePeers, peerVersion, writeTextlintConfig} from './peers.mjs'
import {ensureDebianPackages} from './sources.mjs'
import {barChartSvg} from './svg.mjs'
import {folderTools} from './tools.mjs'

const scalingSizesMB = [0.5, 1, 2, 4, 10]
/** textlint's cost grows faster than size; above this it takes minutes per run. */
const textlintScalingMaxMB = 2
const textlintScalingCapS = 300

/** The tools a suite may use, after installing what they need (peers, ripgrep, GNU time). */
export function selectTools(ctx, wanted) {
  const {options, cacheDir, corpus, phrases, log} = ctx
  const ids = options.tools ?? wanted
  const needsPeers = ids.some((id) => id === 'alex' || id === 'textlint')
  if (!options.sourceDir && ids.includes('ripgrep')) ensureDebianPackages(['ripgrep', 'time'], log)
  let peersDir = path.join(cacheDir, 'peers')
  let textlintConfig = null
  if (needsPeers) {
    peersDir = ensurePeers(cacheDir, log)
    textlintConfig = writeTextlintConfig(peersDir, phrases)
  }
  const tools = folderTools({peersDir, phrasesFile: path.join(corpus.dir, 'phrases.txt'), textlintConfig, resultCache: path.join(cacheDir, 'luxlint-result.cache')})
    .filter((tool) => ids.includes(tool.id) && wanted.includes(tool.id))
    .filter((tool) => {
      const available = tool.available ? tool.available() : true
      if (available !== true) log(`skipping ${tool.id}: ${available}`)
      return available === true
    })
  for (const tool of tools) if (tool.peer) tool.version = peerVersion(peersDir, tool.peer)
  return tools
}

function corpusInfo(corpus) {
  const {key, label, files, bytes, injected, phrases, corpusSha256, cleanSha256, sources, templates, seed, bytesPerPhrase} = corpus.manifest
  return {key, label, files, bytes, mb: bytes / 1e6, injected, phrases, seed, bytesPerPhrase, templates, corpusSha256, cleanSha256, sources}
}

export async function folderSuite(ctx) {
  const {options, corpus, rawDir, log} = ctx
  const tools = selectTools(ctx, ['node', 'luxlint', 'luxlint-cache', 'ripgrep', 'textlint', 'alex'])
  const mb = corpus.manifest.bytes / 1e6
  log(`folder suite: ${tools.map((t) => t.id).join(', ')} on ${corpus.manifest.files} files (${mb.toFixed(2)} MB)`)
  const summaries = await runAlternating({tools, target: path.join(corpus.dir, 'files'), runs: options.runs, slowRuns: options.slowRuns, rawDir, tag: 'folder', timeoutS: options.timeout, log})
  for (const s of summaries) s.mbPerS = s.id !== 'node' && s.wallS ? mb / s.wallS.median : null
  const result = {suite: 'folder', corpus: corpusInfo(corpus), tools: summaries, ratios: ratios(summaries), cpuRatios: ratios(summaries, 'luxlint', 'cpuS')}
  const rows = summaries.map((s) => [s.label, s.version ?? '–', fmtRange(s.wallS), fmtRate(s.mbPerS), fmtS(s.cpuS?.median), fmtMiB(s.maxRssKiB?.median), String(s.wallS?.n ?? 0), s.findings == null ? '–' : `${fmtNum(s.findings)}${s.countUnit === 'findings' ? '' : ` (${s.countUnit})`}`, s.id === 'luxlint' || s.id === 'node' ? '–' : fmtRatio(result.ratios[s.id])])
  const table = markdownTable(['tool', 'version', 'wall median (min–max)', 'MB/s', 'cpu median', 'peak RSS', 'runs', 'findings', 'peer time ÷ luxlint time'], rows, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'])
  const svg = barChartSvg({
    title: `Whole-process time on ${fmtNum(corpus.manifest.files)} files, ${mb.toFixed(1)} MB (median, log scale)`,
    subtitle: `${corpus.manifest.injected} injected phrases · Node ${process.version} · commit ${ctx.meta.git.commit?.slice(0, 10) ?? '?'}`,
    rows: summaries.filter((s) => s.wallS).map((s) => ({label: s.label, bars: [{series: 'wall', value: s.wallS.median, text: `${fmtS(s.wallS.median)} s${s.mbPerS ? ` · ${fmtRate(s.mbPerS)} MB/s` : ''}`}]}))
  })
  return {result, table, svg}
}

export async function scalingSuite(ctx) {
  const {options, corpus, rawDir, log} = ctx
  const sizes = options.quick ? [0.5] : scalingSizesMB
  const docs = scalingDocuments(corpus.dir, sizes)
  const wanted = options.sourceDir ? ['luxlint'] : ['luxlint', 'textlint']
  const tools = selectTools({...ctx, options: {...options, tools: options.tools?.filter((t) => wanted.includes(t)) ?? null}}, wanted)
  const rows = []
  for (const doc of docs) {
    const bytes = fs.statSync(doc.file).size
    const here = tools.filter((t) => t.id !== 'textlint' || doc.mb <= textlintScalingMaxMB)
    log(`scaling suite: ${(bytes / 1e6).toFixed(2)} MB with ${here.map((t) => t.id).join(', ')}`)
    const summaries = await runAlternating({tools: here, target: doc.file, runs: options.runs, slowRuns: 1, rawDir, tag: `scaling-${doc.mb}mb`, timeoutS: (tool) => (tool.id === 'textlint' ? Math.min(options.timeout, textlintScalingCapS) : options.timeout), log})
    for (const s of summaries) s.mbPerS = s.wallS ? bytes / 1e6 / s.wallS.median : null
    rows.push({mb: doc.mb, bytes, tools: summaries})
  }
  const result = {suite: 'scaling', corpus: corpusInfo(corpus), textlint: {maxMB: textlintScalingMaxMB, capS: textlintScalingCapS}, sizes: rows}
  const find = (row, id) => row.tools.find((t) => t.id === id)
  const table = markdownTable(
    ['size', 'luxlint wall median (min–max)', 'luxlint MB/s', 'luxlint cpu', 'luxlint peak RSS', 'luxlint findings', 'textlint wall', 'textlint cpu', 'textlint peak RSS'],
    rows.map((row) => {
      const lux = find(row, 'luxlint')
      const tl = find(row, 'textlint')
      return [`${(row.bytes / 1e6).toFixed(2)} MB`, fmtRange(lux?.wallS), fmtRate(lux?.mbPerS), `${fmtS(lux?.cpuS?.median)} s`, fmtMiB(lux?.maxRssKiB?.median), fmtNum(lux?.findings), tl ? (tl.wallS ? `${fmtS(tl.wallS.median)} s` : tl.errors[0] ?? '–') : 'not run', tl ? `${fmtS(tl.cpuS?.median)} s` : '–', fmtMiB(tl?.maxRssKiB?.median)]
    }),
    ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']
  )
  const svg = barChartSvg({
    title: 'Whole-process time against document size (median, log scale)',
    subtitle: `one document cut from the corpus at paragraph breaks · textlint up to ${textlintScalingMaxMB} MB · commit ${ctx.meta.git.commit?.slice(0, 10) ?? '?'}`,
    rows: rows.map((row) => ({
      label: `${(row.bytes / 1e6).toFixed(2)} MB`,
      bars: tools.map((tool) => {
        const t = find(row, tool.id)
        if (!t) return {series: tool.id, value: 0, text: `${tool.id}: not run above ${textlintScalingMaxMB} MB`}
        return {series: t.id, value: t.wallS?.median ?? 0, text: t.wallS ? `${fmtS(t.wallS.median)} s` : `${t.id}: ${t.errors[0] ?? 'not run'}`}
      })
    }))
  })
  return {result, table, svg}
}

/** About 2 KB of whole paragraphs starting at the first injected phrase, so there is a finding. */
export function smallDocument(text, phrases) {
  const lower = text.toLowerCase()
  const first = Math.min(...phrases.map((p) => lower.indexOf(p.phrase.toLowerCase())).filter((i) => i >= 0), text.length)
  const start = first === text.length ? 0 : text.lastIndexOf('\n\n', first) + 2
  const end = text.indexOf('\n\n', start + 2000)
  return text.slice(start, end === -1 ? text.length : end + 1)
}

export async function startupSuite(ctx) {
  const {options, corpus, rawDir, log} = ctx
  const [half] = scalingDocuments(corpus.dir, options.quick ? [0.5] : scalingSizesMB)
  const file = path.join(corpus.dir, 'startup', 'doc-2k.md')
  fs.mkdirSync(path.dirname(file), {recursive: true})
  fs.writeFileSync(file, smallDocument(fs.readFileSync(half.file, 'utf8'), ctx.phrases))
  const tools = selectTools({...ctx, options: {...options, tools: null}}, ['node', 'luxlint'])
  const runs = options.quick ? 1 : Math.max(options.runs, 10)
  log(`startup suite: ${tools.map((t) => t.id).join(', ')} on ${fs.statSync(file).size} bytes, ${runs} runs`)
  const summaries = await runAlternating({tools, target: file, runs, slowRuns: runs, rawDir, tag: 'startup', timeoutS: options.timeout, log})
  const node = summaries.find((s) => s.id === 'node')?.wallS?.median
  const lux = summaries.find((s) => s.id === 'luxlint')?.wallS?.median
  const result = {suite: 'startup', documentBytes: fs.statSync(file).size, tools: summaries, overheadS: node != null && lux != null ? lux - node : null}
  const table = markdownTable(
    ['process', 'wall median (min–max)', 'cpu median', 'peak RSS', 'runs', 'findings'],
    summaries.map((s) => [s.label, fmtRange(s.wallS), fmtS(s.cpuS?.median), fmtMiB(s.maxRssKiB?.median), String(s.wallS?.n ?? 0), fmtNum(s.findings)]),
    ['l', 'r', 'r', 'r', 'r', 'r']
  ) + `\n\nluxlint over node -e 0: ${fmtS(result.overheadS)} s`
  return {result, table, svg: null}
}

export async function lspSuite(ctx) {
  const {options, corpus, log} = ctx
  const serverBin = path.join(repoRoot, 'packages', 'lsp-server', 'dist', 'bin.js')
  if (!fs.existsSync(serverBin)) {
    log('lsp suite skipped: packages/lsp-server/dist/bin.js is not built')
    return null
  }
  const [doc] = scalingDocuments(corpus.dir, [options.quick ? 0.5 : 1])
  log(`lsp suite: ${options.lspEdits} edits on ${(fs.statSync(doc.file).size / 1e6).toFixed(2)} MB`)
  const latency = await runLspLatency({serverBin, docFile: doc.file, edits: options.lspEdits, seed: options.seed, log})
  const result = {suite: 'lsp', server: 'packages/lsp-server/dist/bin.js --stdio', ...latency}
  const l = latency.latencyMs
  const server = latency.serverMs
  const ms = (value, digits = 0) => (typeof value === 'number' ? `${value.toFixed(digits)} ms` : '–')
  const moving = latency.movingEdits
  const row = (label, edits, published, l, server, cpu) => [
    label,
    `${edits} (${published} published)`,
    `${ms(l.p50)} / ${ms(l.p95)}`,
    server ? `${ms(server.p50, 1)} / ${ms(server.p95, 1)}` : '–',
    server ? `${server.min.toFixed(1)}–${server.max.toFixed(1)} ms` : '–',
    cpu ? `${ms(cpu.p50, 1)} / ${ms(cpu.p95, 1)}` : '–'
  ]
  const table = [
    markdownTable(
      ['document', 'sync', 'cold open → diagnostics', 'open (server ready) → diagnostics', 'diagnostics'],
      [[`${(latency.documentBytes / 1e6).toFixed(2)} MB`, latency.sync, ms(latency.openMs), `${ms(latency.warmOpenMs)} (server ${ms(latency.warmOpenServer?.serverMs)})`, String(latency.openDiagnostics)]],
      ['r', 'l', 'r', 'r', 'r']
    ),
    markdownTable(
      ['edits', 'count', 'edit → diagnostics p50 / p95', 'server time per edit p50 / p95', 'min–max (server)', 'server CPU per edit p50 / p95'],
      [
        row('x typed in prose lines', latency.edits, latency.published, l, server, latency.serverCpuMs),
        ...(moving?.edits ? [row('space typed before a finding', moving.edits, moving.published, moving.latencyMs, moving.serverMs, moving.serverCpuMs)] : [])
      ],
      ['l', 'r', 'r', 'r', 'r', 'r']
    )
  ].join('\n\n')
  return {result, table, svg: null}
}

export const suiteRunners = {folder: folderSuite, scaling: scalingSuite, lsp: lspSuite, startup: startupSuite}
