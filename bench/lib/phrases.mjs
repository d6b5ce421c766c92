import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {repoRoot} from './paths.mjs'

/**
 * The phrases to inject: every form of the English rules that say avoid/caution and fire
 * without a context condition. Conditional rules ("client", "minor", "sex worker" near a child)
 * are left out: their forms are common words in technical prose and only fire in context, so a
 * phrase count would not be a fair reference for the other tools.
 */
export function phraseList(rules) {
  const seen = new Set()
  const phrases = []
  for (const rule of rules) {
    if (rule.status === 'prefer' || rule.language !== 'en' || rule.enabled === false) continue
    if (rule.conditions && rule.conditions.length > 0) continue
    for (const form of rule.forms) {
      const key = form.toLowerCase()
      if (seen.has(key)) continue
      seen.add(key)
      phrases.push({phrase: form, ruleId: rule.id, replacement: rule.alternatives?.[0] ?? ''})
    }
  }
  return phrases.sort((a, b) => (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0))
}

/** Load the rules from the built core (the bench runs against what `pnpm build` produced). */
export async function loadPhrases() {
  const entry = path.join(repoRoot, 'packages', 'core', 'dist', 'index.js')
  let core
  try {
    core = await import(pathToFileURL(entry).href)
  } catch {
    throw new Error('Expected a built core at packages/core/dist; run `pnpm build` first')
  }
  return phraseList(core.allRules())
}
