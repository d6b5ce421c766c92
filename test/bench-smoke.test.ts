import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
// @ts-expect-error -- plain ES modules of the bench harness, no type declarations
import {scanBlocks} from '../bench/lib/blocks.mjs'
// @ts-expect-error -- plain ES modules of the bench harness, no type declarations
import {insertParagraphs} from '../bench/lib/inject.mjs'
// @ts-expect-error -- plain ES modules of the bench harness, no type declarations
import {phraseList} from '../bench/lib/phrases.mjs'

// Keeps the benchmark harness from rotting: its corpus builder and the luxlint run on a tiny
// generated corpus (no apt, no npm, no peers). Timings are not asserted; only shapes and counts.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
let work: string

const paragraph = (n: number) =>
  `Paragraph ${n} explains how the build tool reads its configuration file and which options it passes on to the compiler.\n`

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'luxlint-bench-smoke-'))
  const src = path.join(work, 'src')
  fs.mkdirSync(src, {recursive: true})
  for (let f = 0; f < 3; f++) {
    const blocks = []
    for (let p = 0; p < 60; p++) blocks.push(p % 15 === 7 ? '```sh\nmake install\n\nmake test\n```\n' : paragraph(p))
    fs.writeFileSync(path.join(src, `doc-${f}.md`), `# Document ${f}\n\n${blocks.join('\n')}`)
  }
})

afterAll(() => {
  fs.rmSync(work, {recursive: true, force: true})
})

describe('bench harness', () => {
  it('finds paragraph starts outside fences, comments and front matter', () => {
    const text = '---\ntitle: x\n\nmore: y\n---\n\nOne.\n\n~~~~\n\nin fence\n~~~~\n\n<!-- note\n\nstill comment -->\n\nTwo.\n'
    const {points, openFence} = scanBlocks(text)
    expect(points.map((offset: number) => text.slice(offset).split('\n')[0])).toEqual(['One.', '~~~~', '<!-- note', 'Two.'])
    expect(openFence).toBe(null)
    expect(scanBlocks('Text.\n\n```js\nopen').openFence).toBe('```')
  })

  it('inserts each sentence as its own paragraph', () => {
    const text = 'A.\n\nB.\n\nC.\n'
    const points = scanBlocks(text).points
    expect(insertParagraphs(text, [{offset: points[0], sentence: 'X one.'}, {offset: points[1], sentence: 'Y two.'}])).toBe('A.\n\nX one.\n\nB.\n\nY two.\n\nC.\n')
  })

  it('takes the phrases from English avoid/caution rules without context conditions', () => {
    const phrases = phraseList([
      {id: 'a', status: 'avoid', language: 'en', enabled: true, conditions: [], forms: ['bad term', 'Bad Term'], alternatives: ['good term']},
      {id: 'b', status: 'prefer', language: 'en', enabled: true, conditions: [], forms: ['good term'], alternatives: []},
      {id: 'c', status: 'caution', language: 'en', enabled: true, conditions: ['child-reference'], forms: ['client'], alternatives: ['x']},
      {id: 'd', status: 'avoid', language: 'fr', enabled: true, conditions: [], forms: ['mauvais'], alternatives: ['bon']}
    ])
    expect(phrases).toEqual([{phrase: 'bad term', ruleId: 'a', replacement: 'good term'}])
  })

  it('builds a corpus and runs luxlint on it, writing the result JSON', () => {
    const args = ['bench/run.mjs', '--suite=folder', '--tools=node,luxlint,luxlint-cache', '--runs', '1', '--label', 'smoke', `--source-dir=${path.join(work, 'src')}`, `--cache-dir=${path.join(work, 'cache')}`, `--results-dir=${path.join(work, 'results')}`]
    const run = spawnSync(process.execPath, args, {cwd: root, encoding: 'utf8'})
    expect(run.stderr).not.toMatch(/^bench:/m)
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('| luxlint CLI --format json |')

    const [file] = fs.readdirSync(path.join(work, 'results')).filter((name) => name.endsWith('-folder-smoke.json'))
    const result = JSON.parse(fs.readFileSync(path.join(work, 'results', file), 'utf8'))
    expect(result).toMatchObject({schema: 1, suite: 'folder', corpus: {label: 'local', files: 3}, git: {commit: expect.any(String)}})
    expect(result.corpus.injected).toBeGreaterThan(0)
    expect(result.corpus.corpusSha256).toMatch(/^[0-9a-f]{64}$/)

    const luxlint = result.tools.find((tool: {id: string}) => tool.id === 'luxlint')
    expect(luxlint.errors).toEqual([])
    expect(luxlint.wallS.median).toBeGreaterThan(0)
    expect(luxlint.mbPerS).toBeGreaterThan(0)
    // Every injected phrase sits in a plain paragraph; quoted mentions of advisory terms may be
    // dropped by design, so luxlint reports at most one finding per injection and most of them.
    expect(luxlint.findings).toBeGreaterThan(result.corpus.injected / 2)
    expect(luxlint.findings).toBeLessThanOrEqual(result.corpus.injected * 2)
    expect(result.tools.map((tool: {id: string}) => tool.id)).toEqual(['node', 'luxlint', 'luxlint-cache'])
    // The run with a cache written by an untimed run first reports the same findings.
    const cached = result.tools.find((tool: {id: string}) => tool.id === 'luxlint-cache')
    expect(cached.errors).toEqual([])
    expect(cached.findings).toBe(luxlint.findings)
    expect(fs.existsSync(path.join(work, 'cache', 'luxlint-result.cache'))).toBe(true)

    // The corpus is reused, byte for byte, on the next build.
    const again = spawnSync(process.execPath, args, {cwd: root, encoding: 'utf8'})
    expect(again.status).toBe(0)
    expect(again.stderr).toContain('corpus reused')
    expect(again.stderr).toContain(result.corpus.corpusSha256.slice(0, 16))
  })

  it('rejects a bad option with one line and exit code 2', () => {
    const run = spawnSync(process.execPath, ['bench/run.mjs', '--suite=everything'], {cwd: root, encoding: 'utf8'})
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('bench: Unexpected --suite `everything`; expected one of folder, scaling, lsp, startup, all\n')
    const label = spawnSync(process.execPath, ['bench/run.mjs', '--label', '../x'], {cwd: root, encoding: 'utf8'})
    expect([label.status, label.stderr]).toEqual([2, 'bench: Unexpected --label `../x`; expected lower-case letters, digits and hyphens\n'])
  })
})
