import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {scanBlocks} from './blocks.mjs'
import {insertParagraphs, templates} from './inject.mjs'
import {createRandom, shuffle} from './prng.mjs'

/** Bump when the injection changes, so an old cached corpus is not reused. */
const injectionVersion = 1

function sha256(parts) {
  const hash = crypto.createHash('sha256')
  for (const part of parts) hash.update(part).update('\u0000')
  return hash.digest('hex')
}

/**
 * Decide, per document, where each phrase goes: about one per `bytesPerPhrase` bytes (the
 * remainder rounded at random), at line starts after a blank line outside code, phrases drawn
 * from a reshuffled deck so every phrase occurs equally often.
 */
export function planInjections(documents, phrases, {seed, bytesPerPhrase}) {
  const random = createRandom(seed)
  let deck = []
  const draw = () => {
    if (deck.length === 0) deck = shuffle(phrases, random)
    return deck.pop()
  }
  return documents.map((doc) => {
    const expected = Buffer.byteLength(doc.text) / bytesPerPhrase
    let count = Math.floor(expected) + (random() < expected % 1 ? 1 : 0)
    const {points} = scanBlocks(doc.text)
    count = Math.min(count, points.length)
    const chosen = shuffle(points, random).slice(0, count).sort((a, b) => a - b)
    return chosen.map((offset) => {
      const phrase = draw()
      const template = templates[Math.floor(random() * templates.length)]
      return {offset, phrase: phrase.phrase, ruleId: phrase.ruleId, template: template.id, sentence: template.render(phrase.phrase)}
    })
  })
}

/** The cache key: what went in decides the folder, so a changed input never reuses old files. */
export function corpusKey(documents, phrases, options) {
  const sourceHash = sha256(documents.flatMap((d) => [d.source, d.name, d.text]))
  const key = sha256([JSON.stringify({sourceHash, phrases, seed: options.seed, bytesPerPhrase: options.bytesPerPhrase, templates: templates.map((t) => t.id), injectionVersion})])
  return {sourceHash, key: key.slice(0, 16)}
}

/**
 * Write the injected corpus to `<cacheDir>/corpus-<key>/` (files/, phrases.txt, phrases.json,
 * MANIFEST.json) unless it is already there. Built in a temporary folder and renamed, so an
 * interrupted build never leaves a half corpus that looks complete.
 */
export function buildCorpus({documents, phrases, origins = [], cacheDir, seed = 20261128, bytesPerPhrase = 5000, label = 'full'}) {
  if (documents.length === 0) throw new Error('Unexpected empty corpus: no source documents were found')
  if (phrases.length === 0) throw new Error('Unexpected empty phrase list')
  const {sourceHash, key} = corpusKey(documents, phrases, {seed, bytesPerPhrase})
  const dir = path.join(cacheDir, `corpus-${label}-${key}`)
  const manifestPath = path.join(dir, 'MANIFEST.json')
  if (fs.existsSync(manifestPath)) return {dir, manifest: JSON.parse(fs.readFileSync(manifestPath, 'utf8')), reused: true}

  const temp = `${dir}.tmp-${process.pid}`
  fs.rmSync(temp, {recursive: true, force: true})
  const plans = planInjections(documents, phrases, {seed, bytesPerPhrase})
  const perPhrase = Object.fromEntries(phrases.map((p) => [p.phrase, 0]))
  const perTemplate = Object.fromEntries(templates.map((t) => [t.id, 0]))
  const perSource = {}
  const hashParts = []
  let bytes = 0
  let injected = 0
  documents.forEach((doc, index) => {
    const text = insertParagraphs(doc.text, plans[index])
    const rel = path.posix.join(doc.source, doc.name)
    const file = path.join(temp, 'files', doc.source, doc.name)
    fs.mkdirSync(path.dirname(file), {recursive: true})
    fs.writeFileSync(file, text)
    const size = Buffer.byteLength(text)
    bytes += size
    injected += plans[index].length
    for (const item of plans[index]) {
      perPhrase[item.phrase]++
      perTemplate[item.template]++
    }
    const source = (perSource[doc.source] ??= {files: 0, bytes: 0, injected: 0})
    source.files++
    source.bytes += size
    source.injected += plans[index].length
    hashParts.push(rel, text)
  })
  fs.writeFileSync(path.join(temp, 'phrases.txt'), phrases.map((p) => p.phrase).join('\n') + '\n')
  fs.writeFileSync(path.join(temp, 'phrases.json'), JSON.stringify(phrases, null, 1) + '\n')
  const manifest = {
    key,
    label,
    seed,
    bytesPerPhrase,
    files: documents.length,
    bytes,
    injected,
    phrases: phrases.length,
    templates: perTemplate,
    perPhrase,
    sources: origins.map((o) => ({id: o.id, version: o.version, ...(perSource[o.id] ?? {files: 0, bytes: 0, injected: 0})})),
    cleanSha256: sourceHash,
    corpusSha256: sha256(hashParts)
  }
  fs.writeFileSync(path.join(temp, 'MANIFEST.json'), JSON.stringify(manifest, null, 2) + '\n')
  fs.rmSync(dir, {recursive: true, force: true})
  fs.renameSync(temp, dir)
  return {dir, manifest, reused: false}
}

/** The corpus files in a stable order (by source, then name). */
export function corpusFiles(dir) {
  const root = path.join(dir, 'files')
  return fs
    .readdirSync(root)
    .sort()
    .flatMap((source) => fs.readdirSync(path.join(root, source)).sort().map((name) => ({source, path: path.join(root, source, name)})))
}

/**
 * One long document for the size series: files interleaved by source, each followed by a
 * fence closer when it left a fence open, then cut at the first blank line past each size.
 */
export function scalingDocuments(dir, sizesMB) {
  const outDir = path.join(dir, 'scaling')
  const wanted = sizesMB.map((mb) => ({mb, file: path.join(outDir, `doc-${mb}mb.md`)}))
  if (wanted.every((w) => fs.existsSync(w.file))) return wanted
  const bySource = new Map()
  for (const file of corpusFiles(dir)) {
    if (!bySource.has(file.source)) bySource.set(file.source, [])
    bySource.get(file.source).push(file.path)
  }
  const queues = [...bySource.values()]
  const limit = Math.max(...sizesMB) * 1e6
  const pieces = []
  let total = 0
  for (let round = 0; total < limit && queues.some((q) => round < q.length); round++) {
    for (const queue of queues) {
      if (round >= queue.length || total >= limit) continue
      let text = fs.readFileSync(queue[round], 'utf8')
      if (!text.endsWith('\n')) text += '\n'
      const {openFence} = scanBlocks(text)
      if (openFence) text += `${openFence}\n`
      text += '\n'
      pieces.push(text)
      total += Buffer.byteLength(text)
    }
  }
  const big = Buffer.from(pieces.join(''))
  fs.mkdirSync(outDir, {recursive: true})
  for (const {mb, file} of wanted) {
    const at = big.indexOf('\n\n', Math.min(big.length, Math.round(mb * 1e6)))
    fs.writeFileSync(file, big.subarray(0, at === -1 ? big.length : at + 1))
  }
  return wanted
}
