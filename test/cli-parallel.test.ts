import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {luxlintAsync, tempDir} from './fixtures/cli/run.js'

// A run of many files is linted on every core (the main thread and worker threads take files
// from one shared counter); a run of a few files is linted on the main thread alone. Both must
// report the same findings with the same fingerprints, in the same order.
describe('multi-file runs', () => {
  const dir = tempDir()
  const phrases = ['child pornography', 'a child prostitute', 'child sex tourism', 'revenge porn', 'kiddie porn']
  for (let i = 0; i < 60; i++) {
    const lines = [`# Page ${i}`, '']
    // Files of different sizes, so threads finish them in no fixed order.
    for (let j = 0; j <= (i * 7) % 23; j++) lines.push(`On day ${j} police found ${phrases[(i + j) % phrases.length]} on the laptop of suspect ${i}.`, '')
    // Enough text that the worker threads start before the main thread has done every file.
    for (let j = 0; j < 300; j++) lines.push(`Item ${j}: the committee of district ${i} met on Tuesday to discuss budget line ${j * i}.`, '')
    fs.writeFileSync(path.join(dir, `page-${String(i).padStart(2, '0')}.md`), lines.join('\n'))
  }
  const sarifResults = (stdout: string) =>
    (JSON.parse(stdout).runs[0].results as Array<{locations: Array<{physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number; startColumn: number}}}>; ruleId: string; partialFingerprints?: Record<string, string>}>).map((r) => {
      const {artifactLocation, region} = r.locations[0].physicalLocation
      return `${artifactLocation.uri}:${region.startLine}:${region.startColumn} ${r.ruleId} ${r.partialFingerprints?.['luxlintContext/v1']}`
    })

  it('give the same findings and fingerprints, in path order, as runs of a few files', async () => {
    const names = fs.readdirSync(dir).sort()
    const [whole, ...parts] = await Promise.all([
      luxlintAsync(['--format', 'sarif', '.'], {cwd: dir}),
      ...[0, 10, 20, 30, 40, 50].map((from) => luxlintAsync(['--format', 'sarif', ...names.slice(from, from + 10)], {cwd: dir}))
    ])
    expect([whole.code, whole.stderr]).toEqual([1, ''])
    const all = sarifResults(whole.stdout)
    expect(all.length).toBeGreaterThan(300)
    expect(all.every((line) => !line.endsWith(' undefined'))).toBe(true)
    expect(all).toEqual(parts.flatMap((part) => sarifResults(part.stdout)))
  })

  it('are the same from one run to the next', async () => {
    const runs = await Promise.all([1, 2, 3].map(() => luxlintAsync(['--format', 'json', '.'], {cwd: dir})))
    expect(new Set(runs.map((run) => run.stdout)).size).toBe(1)
  })

  // Files are fixed on every core too; the main thread writes them, and the diffs of a dry run
  // come out in path order.
  it('fix files, and show the diffs of a dry run, as runs of a few files do', async () => {
    const copy = () => {
      const to = tempDir()
      for (const name of fs.readdirSync(dir)) fs.copyFileSync(path.join(dir, name), path.join(to, name))
      return to
    }
    const names = fs.readdirSync(dir).sort()
    const [many, few] = [copy(), copy()]
    const [dryMany, ...dryFew] = await Promise.all([
      luxlintAsync(['--fix-dry-run', '.'], {cwd: many}),
      ...[0, 10, 20, 30, 40, 50].map((from) => luxlintAsync(['--fix-dry-run', ...names.slice(from, from + 10)], {cwd: few}))
    ])
    expect(dryMany.stdout.split('\n+++ ').length).toBeGreaterThan(40)
    expect(dryMany.stdout).toBe(dryFew.map((run) => run.stdout).join(''))
    const fixedMany = await luxlintAsync(['--fix', '--format', 'json', '.'], {cwd: many})
    const fixedFew = []
    for (const from of [0, 10, 20, 30, 40, 50]) fixedFew.push(await luxlintAsync(['--fix', '--format', 'json', ...names.slice(from, from + 10)], {cwd: few}))
    const count = (stderr: string) => /fixed (\d+) findings? in (\d+) files?/.exec(stderr)!.slice(1).map(Number)
    const [fixes, files] = count(fixedMany.stderr)
    expect(files).toBeGreaterThan(40)
    expect([fixes, files]).toEqual(fixedFew.map((run) => count(run.stderr)).reduce((a, b) => [a[0] + b[0], a[1] + b[1]]))
    expect(JSON.parse(fixedMany.stdout)).toEqual(fixedFew.flatMap((run) => JSON.parse(run.stdout)))
    for (const name of names) expect(fs.readFileSync(path.join(many, name), 'utf8')).toBe(fs.readFileSync(path.join(few, name), 'utf8'))
    expect(fs.readFileSync(path.join(many, names[0]), 'utf8')).not.toBe(fs.readFileSync(path.join(dir, names[0]), 'utf8'))
  })

  // Fingerprints are computed only for SARIF, GitLab and baselines: a baseline written by a
  // many-file run in the default format must still match each finding of a few-file run.
  it('write a baseline that a run of a few files accepts whole', async () => {
    const baseline = path.join(tempDir(), 'baseline.json')
    const written = await luxlintAsync(['--baseline-write', baseline, '.'], {cwd: dir})
    expect(written.code).toBe(0)
    const entries = (JSON.parse(fs.readFileSync(baseline, 'utf8')) as {findings: Array<{fingerprint: string}>}).findings
    expect(entries.length).toBeGreaterThan(300)
    expect(entries.every((entry) => /^[0-9a-f]{16}:\d+$/.test(entry.fingerprint))).toBe(true)
    const names = fs.readdirSync(dir).sort()
    const parts = await Promise.all([0, 30].map((from) => luxlintAsync(['--format', 'json', '--baseline', baseline, ...names.slice(from, from + 10)], {cwd: dir})))
    for (const part of parts) {
      expect(part.code).toBe(0)
      expect((JSON.parse(part.stdout) as Array<{messages: unknown[]}>).flatMap((file) => file.messages)).toEqual([])
    }
    const few = await luxlintAsync(['--format', 'json', ...names.slice(0, 10)], {cwd: dir})
    expect((JSON.parse(few.stdout) as Array<{messages: unknown[]}>).flatMap((file) => file.messages).length).toBeGreaterThan(20)
  })
})
