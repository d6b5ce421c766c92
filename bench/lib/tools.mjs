import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {luxlintBin} from './paths.mjs'

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'))

/** Findings in luxlint's or textlint's JSON: an array of files with `messages`. */
export function countJsonMessages(file) {
  const data = readJson(file)
  return data.reduce((sum, entry) => sum + entry.messages.length, 0)
}

/** alex prints `⚠ N warnings` (and `✖ N errors`) at the end of its report. */
export function countAlexFindings(text) {
  const summary = text.trim().split('\n').pop() ?? ''
  const counts = [...summary.matchAll(/(\d+) (?:warnings?|errors?)/g)].map((m) => Number(m[1]))
  if (counts.length > 0) return counts.reduce((a, b) => a + b, 0)
  return text.split('\n').filter((line) => /^\s+\d+:\d+(-\d+:\d+)?\s+(warning|error)/.test(line)).length
}

/** `rg -c` prints `path:count` per file with a match. */
export function countRipgrepLines(text) {
  return text
    .split('\n')
    .filter(Boolean)
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(':') + 1)), 0)
}

function commandVersion(command, args) {
  const result = spawnSync(command, args, {encoding: 'utf8'})
  return result.status === 0 ? result.stdout.split('\n')[0].trim() : null
}

/**
 * The tools of the whole-process comparison. Each knows how to run on a target (folder or
 * file), which exit codes mean "ran" (1 is "found something" for linters) and how to count.
 */
export function folderTools({peersDir, phrasesFile, textlintConfig, resultCache}) {
  const luxlintVersion = readJson(path.join(path.dirname(luxlintBin), '..', 'package.json')).version
  return [
    {
      id: 'node',
      label: 'node -e 0 (start-up floor)',
      version: process.version,
      speed: 'fast',
      command: () => ({command: process.execPath, args: ['-e', '0']}),
      okExit: [0],
      count: null
    },
    {
      id: 'luxlint',
      label: 'luxlint CLI --format json',
      version: luxlintVersion,
      speed: 'fast',
      command: (target) => ({command: process.execPath, args: [luxlintBin, '--format', 'json', target], env: {...process.env, NO_COLOR: '1'}}),
      okExit: [0, 1],
      count: ({stdoutFile}) => countJsonMessages(stdoutFile)
    },
    {
      // The same command with --cache, the cache written by one untimed run first: a CI job
      // over an archive where nothing changed since the last run.
      id: 'luxlint-cache',
      label: 'luxlint CLI --cache, nothing changed',
      version: luxlintVersion,
      speed: 'fast',
      prepare: (target) => {
        fs.rmSync(resultCache, {force: true})
        const run = spawnSync(process.execPath, [luxlintBin, '--cache-location', resultCache, '--format', 'json', target], {stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'})
        // Without its cache, every timed run would be a first run.
        if (![0, 1].includes(run.status) || !fs.existsSync(resultCache)) throw new Error(`luxlint --cache could not write its cache: ${run.stderr.split('\n')[0] || `exit ${run.status}`}`)
      },
      command: (target) => ({command: process.execPath, args: [luxlintBin, '--cache-location', resultCache, '--format', 'json', target], env: {...process.env, NO_COLOR: '1'}}),
      okExit: [0, 1],
      count: ({stdoutFile}) => countJsonMessages(stdoutFile)
    },
    {
      id: 'ripgrep',
      label: 'ripgrep rg -i -F -f phrases -c',
      version: commandVersion('rg', ['--version']),
      available: () => (commandVersion('rg', ['--version']) ? true : 'rg not installed (apt-get install ripgrep)'),
      speed: 'fast',
      command: (target) => ({command: 'rg', args: ['-i', '-F', '-c', '-f', phrasesFile, target]}),
      okExit: [0, 1],
      count: ({stdoutFile}) => countRipgrepLines(fs.readFileSync(stdoutFile, 'utf8')),
      countUnit: 'lines'
    },
    {
      id: 'textlint',
      label: 'textlint + textlint-rule-terminology',
      peer: 'textlint',
      speed: 'slow',
      command: (target) => ({
        command: process.execPath,
        args: [path.join(peersDir, 'node_modules', 'textlint', 'bin', 'textlint.js'), '--config', textlintConfig, '--format', 'json', target],
        cwd: peersDir
      }),
      okExit: [0, 1],
      count: ({stdoutFile}) => countJsonMessages(stdoutFile)
    },
    {
      id: 'alex',
      label: 'alex (default rules)',
      peer: 'alex',
      speed: 'slow',
      command: (target) => ({command: process.execPath, args: [path.join(peersDir, 'node_modules', 'alex', 'cli.js'), target], cwd: peersDir}),
      okExit: [0, 1],
      count: ({stderrFile}) => countAlexFindings(fs.readFileSync(stderrFile, 'utf8')),
      countUnit: 'own rules'
    }
  ]
}
