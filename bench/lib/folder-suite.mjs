import fs from 'node:fs'
import path from 'node:path'
import {measure} from './measure.mjs'
import {summarize} from './stats.mjs'

/**
 * Whole-process runs on one target, alternating tools within each round so load changes on a
 * shared machine hit every tool alike. Slow tools stop after `slowRuns` rounds. `timeoutS` is a
 * number or a function of the tool.
 */
export async function runAlternating({tools, target, runs, slowRuns, rawDir, tag, timeoutS, log}) {
  const results = new Map(tools.map((tool) => [tool.id, []]))
  const rounds = Math.max(runs, slowRuns)
  for (const tool of tools) tool.prepare?.(target)
  for (let round = 1; round <= rounds; round++) {
    for (const tool of tools) {
      const wanted = tool.speed === 'slow' ? slowRuns : runs
      if (round > wanted) continue
      const base = path.join(rawDir, `${tag}-${tool.id}-${round}`)
      const stdoutFile = tool.count ? `${base}.out` : '/dev/null'
      const stderrFile = `${base}.err`
      const spec = tool.command(target)
      const cap = typeof timeoutS === 'function' ? timeoutS(tool) : timeoutS
      const m = await measure(spec.command, spec.args, {cwd: spec.cwd, env: spec.env, stdoutFile, stderrFile, timeoutS: cap})
      const run = {round, wallS: m.wallS, cpuS: m.cpuS, maxRssKiB: m.maxRssKiB, exitCode: m.exitCode}
      if (m.timedOut) run.error = `stopped after the ${cap} s cap`
      else if (!tool.okExit.includes(m.exitCode)) run.error = `exit code ${m.exitCode}: ${firstLine(stderrFile)}`
      else if (tool.count) {
        try {
          run.findings = tool.count({stdoutFile, stderrFile})
        } catch (error) {
          run.error = `could not count findings: ${error.message}`
        }
      }
      results.get(tool.id).push(run)
      log(`  ${tag} round ${round}: ${tool.id} ${m.wallS.toFixed(2)} s${run.findings != null ? `, ${run.findings} findings` : ''}${run.error ? ` (${run.error})` : ''}`)
    }
  }
  return tools.map((tool) => summarizeTool(tool, results.get(tool.id)))
}

function firstLine(file) {
  try {
    return fs.readFileSync(file, 'utf8').trim().split('\n')[0]?.slice(0, 200) ?? ''
  } catch {
    return ''
  }
}

export function summarizeTool(tool, runs) {
  const ok = runs.filter((r) => !r.error)
  const findings = ok.map((r) => r.findings).filter((f) => f != null)
  return {
    id: tool.id,
    label: tool.label,
    version: tool.version ?? null,
    countUnit: tool.countUnit ?? 'findings',
    wallS: summarize(ok.map((r) => r.wallS)),
    cpuS: summarize(ok.map((r) => r.cpuS)),
    maxRssKiB: summarize(ok.map((r) => r.maxRssKiB)),
    findings: findings.length ? findings[findings.length - 1] : null,
    findingsStable: new Set(findings).size <= 1,
    errors: runs.filter((r) => r.error).map((r) => r.error),
    runs
  }
}

/** Peer time ÷ luxlint time (wall or cpu medians): above 1 means luxlint is that many times faster. */
export function ratios(summaries, baseId = 'luxlint', measure = 'wallS') {
  const base = summaries.find((s) => s.id === baseId)?.[measure]?.median
  if (!base) return {}
  return Object.fromEntries(summaries.filter((s) => s.id !== baseId && s.id !== 'node' && s[measure]).map((s) => [s.id, s[measure].median / base]))
}
