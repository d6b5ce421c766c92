#!/usr/bin/env node
// Validates terms/**/*.yml and writes the typed term module and docs/rules.md from them.
// Every problem is reported as one sentence naming the file, the entry and what to change.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import Ajv from 'ajv'
import YAML from 'yaml'
import {expandPhrase} from './phrases.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../../..')
const docsUrl = 'https://github.com/luxlint/luxlint/blob/main/docs/rules.md'

export class TermDataError extends Error {}

/** Load and validate every term file below `termsDir`. Throws TermDataError with one line per problem. */
export function loadTerms(termsDir = path.join(root, 'terms')) {
  const schema = JSON.parse(fs.readFileSync(path.join(termsDir, 'schema.json'), 'utf8'))
  const validate = new Ajv({allErrors: true, strict: false}).compile(schema)
  const problems = []
  const terms = []
  const ids = new Map()
  const phrases = new Map()

  for (const language of fs.readdirSync(termsDir).sort()) {
    const dir = path.join(termsDir, language)
    if (!fs.statSync(dir).isDirectory()) continue
    for (const name of fs.readdirSync(dir).sort()) {
      if (!/\.ya?ml$/.test(name)) continue
      const rel = `terms/${language}/${name}`
      let data
      try {
        data = YAML.parse(fs.readFileSync(path.join(dir, name), 'utf8'))
      } catch (error) {
        problems.push(`${rel}: is not valid YAML (${String(error.message).split('\n')[0]}); fix the syntax`)
        continue
      }
      if (!validate(data)) {
        for (const error of validate.errors) problems.push(describe(rel, data, error))
        continue
      }
      const theme = name.replace(/\.ya?ml$/, '')
      if (data.theme !== theme) problems.push(`${rel}: theme is \`${data.theme}\`; set it to \`${theme}\` (the file name)`)
      if (data.language !== language) problems.push(`${rel}: language is \`${data.language}\`; set it to \`${language}\` (the folder name)`)
      for (const term of data.terms) {
        for (const id of [term.id, ...(term.aliases || [])]) {
          if (ids.has(id)) problems.push(`${rel}: entry \`${term.id}\` reuses the id \`${id}\` of ${ids.get(id)}; choose another id`)
          else ids.set(id, `${rel} entry \`${term.id}\``)
        }
        const forms = [...new Set(term.phrases.flatMap((phrase) => expandPhrase(phrase, language)))]
        for (const form of forms) {
          const key = language + ':' + form.toLowerCase().replace(/[\s\-\u2010\u2011]+/g, ' ')
          if (phrases.has(key)) problems.push(`${rel}: entry \`${term.id}\` repeats the phrase "${form}" of ${phrases.get(key)}; keep it in one entry`)
          else phrases.set(key, `${rel} entry \`${term.id}\``)
        }
        if (term.autofix && !(term.alternatives && term.alternatives.length)) problems.push(`${rel}: entry \`${term.id}\` has autofix but no alternatives; add one or remove autofix`)
        terms.push({
          id: term.id,
          aliases: term.aliases || [],
          language,
          theme,
          file: rel,
          status: term.status,
          confidence: term.confidence,
          enabled: term.enabled !== false,
          forms,
          alternatives: term.alternatives || [],
          autofix: term.autofix === true,
          conditions: term.conditions || [],
          explanation: term.explanation.replace(/\s+/g, ' ').trim(),
          guidelines: term.guidelines || null,
          sources: term.sources,
          examples: {flag: term.examples?.flag || [], pass: term.examples?.pass || []},
          url: `${docsUrl}#${term.id}`
        })
      }
    }
  }

  if (problems.length > 0) throw new TermDataError(problems.join('\n'))
  terms.sort((a, b) => (a.language + a.id < b.language + b.id ? -1 : 1))
  return terms
}

/** Load and validate terms/citations.yml: titles of laws, mandates, reports and organisations. */
export function loadCitations(termsDir = path.join(root, 'terms')) {
  const file = path.join(termsDir, 'citations.yml')
  const rel = 'terms/citations.yml'
  const schema = JSON.parse(fs.readFileSync(path.join(termsDir, 'citations.schema.json'), 'utf8'))
  const validate = new Ajv({allErrors: true, strict: false}).compile(schema)
  let data
  try {
    data = YAML.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    throw new TermDataError(`${rel}: is not valid YAML (${String(error.message).split('\n')[0]}); fix the syntax`)
  }
  if (!validate(data)) {
    throw new TermDataError(validate.errors.map((error) => describe(rel, {terms: data.citations || []}, {...error, instancePath: error.instancePath.replace(/^\/citations/, '/terms')})).join('\n'))
  }
  const seen = new Set()
  const citations = data.citations.map((entry) => {
    if (seen.has(entry.id)) throw new TermDataError(`${rel}: entry \`${entry.id}\` repeats an id; choose another id`)
    seen.add(entry.id)
    return {
      id: entry.id,
      kind: entry.kind,
      title: entry.title,
      short: entry.short,
      year: entry.year ?? null,
      url: entry.url,
      language: entry.language,
      confidence: entry.confidence,
      texts: [entry.title, ...(entry.variants || []).map((v) => (typeof v === 'string' ? v : v.text))],
      fragments: entry.fragments || [],
      cues: entry.cues || [],
      numbers: entry.numbers || [],
      needsCue: entry.needs_cue === true
    }
  })
  return {citations, cues: data.cues}
}

/** Turn one ajv error into a sentence a term author can act on. */
function describe(file, data, error) {
  const parts = error.instancePath.split('/').slice(1)
  let where = ''
  if (parts[0] === 'terms' && parts.length > 1) {
    const entry = data.terms[Number(parts[1])]
    where = ` entry \`${entry && entry.id ? entry.id : '#' + (Number(parts[1]) + 1)}\``
    parts.splice(0, 2)
  }
  const field = parts.join('.')
  const p = error.params
  let what
  switch (error.keyword) {
    case 'required':
      what =
        p.missingProperty === 'sources'
          ? 'has no sources; add at least one'
          : `has no \`${p.missingProperty}\`${field ? ' in `' + field + '`' : ''}; add it`
      break
    case 'additionalProperties':
      what = `has an unknown field \`${p.additionalProperty}\`${field ? ' in `' + field + '`' : ''}; remove it or fix its spelling`
      break
    case 'enum':
      what = `has \`${field}\` set to ${JSON.stringify(valueAt(data, error.instancePath))}; use one of ${p.allowedValues.join(', ')}`
      break
    case 'pattern':
      what = `has \`${field}\` ${JSON.stringify(valueAt(data, error.instancePath))} that does not match ${p.pattern}; ${field.endsWith('id') ? 'use kebab-case' : 'fix it'}`
      break
    case 'minItems':
      what = `has an empty \`${field}\`; add at least ${p.limit}`
      break
    case 'minLength':
      what = `has a \`${field}\` that is too short; write at least ${p.limit} characters`
      break
    case 'type':
      what = `has \`${field || 'the entry'}\` of the wrong type; it must be ${p.type}`
      break
    default:
      what = `\`${field}\` ${error.message}`
  }
  return `${file}:${where} ${what}`.replace(':  ', ': ')
}

function valueAt(data, pointer) {
  return pointer.split('/').slice(1).reduce((value, key) => (value == null ? value : value[key]), data)
}

/** The typed module the engine imports. */
export function renderModule(terms) {
  return `// Generated by scripts/generate.mjs from terms/**/*.yml. Do not edit.\nimport type {TermRecord} from '../types.js'\n\nexport const terms: readonly TermRecord[] = ${JSON.stringify(terms, null, 2)}\n`
}

export function renderCitations({citations, cues}) {
  return `// Generated by scripts/generate.mjs from terms/citations.yml. Do not edit.\nimport type {CitationRecord, CitationCues} from '../types.js'\n\nexport const citations: readonly CitationRecord[] = ${JSON.stringify(citations, null, 2)}\n\nexport const cues: CitationCues = ${JSON.stringify(cues, null, 2)}\n`
}

const statusWords = {avoid: 'avoid', caution: 'use with caution', prefer: 'preferred'}

/** docs/rules.md: one anchored section per rule. */
export function renderDocs(terms) {
  const lines = [
    '# luxlint rules',
    '',
    '<!-- Generated by packages/core/scripts/generate.mjs from terms/**/*.yml. Do not edit. -->',
    '',
    'Each rule is one entry of the term data in `terms/`. *Confirmed* rules rest on a source that attributes the recommendation to the Luxembourg Guidelines and are reported as warnings; *unconfirmed* rules are advisory and reported as suggestions. *Preferred* entries are never reported: they protect the recommended vocabulary, so that nothing inside it is flagged.',
    '',
    '| Rule | Language | Status | Confidence | Catches |',
    '| --- | --- | --- | --- | --- |'
  ]
  for (const term of terms) {
    const forms = term.forms.slice(0, 4).map((f) => `“${f}”`).join(', ') + (term.forms.length > 4 ? ', …' : '')
    lines.push(`| [\`${term.id}\`](#${term.id}) | ${term.language} | ${statusWords[term.status]}${term.enabled ? '' : ' (off by default)'} | ${term.confidence} | ${forms} |`)
  }
  for (const term of terms) {
    lines.push('', `## ${term.id}`, '')
    lines.push(`**Status:** ${statusWords[term.status]} · **Confidence:** ${term.confidence} · **Language:** ${term.language} · **Defined in:** \`${term.file}\`${term.enabled ? '' : ' · **Off by default**'}`, '')
    if (term.aliases.length) lines.push(`**Former ids:** ${term.aliases.map((a) => '`' + a + '`').join(', ')}`, '')
    lines.push(term.explanation, '')
    if (term.conditions.length) lines.push(`**Only when:** ${term.conditions.map(conditionText).join('; ')}.`, '')
    lines.push(`**Catches:** ${term.forms.map((f) => `“${f}”`).join(', ')}`, '')
    if (term.alternatives.length) {
      lines.push('**Write instead:**', '')
      term.alternatives.forEach((a, i) => lines.push(`${i + 1}. ${a}${i === 0 && term.autofix ? ' (applied by `--fix`)' : ''}`))
      lines.push('')
    }
    if (term.guidelines) {
      const g = term.guidelines
      lines.push(`**In the Guidelines:** ${[g.edition && `${g.edition} edition`, g.section, g.page && `p. ${g.page}`, g.note].filter(Boolean).join(', ')}`, '')
    }
    lines.push('**Sources:**', '')
    for (const s of term.sources) {
      lines.push(`- [${s.title}](${s.url})${s.publisher ? ', ' + s.publisher : ''}${s.edition ? ', ' + s.edition : ''}${s.page ? ', p. ' + s.page : ''}${s.supports ? ' — ' + s.supports : ''}`)
    }
    if (term.examples.flag.length || term.examples.pass.length) {
      lines.push('', '**Examples:**', '')
      for (const e of term.examples.flag) lines.push(`- ✗ ${e}`)
      for (const e of term.examples.pass) lines.push(`- ✓ ${e}`)
    }
  }
  lines.push(
    '',
    '## Suppression comments',
    '',
    'Switch rules off where a text must keep a term (a verbatim quotation, a statute title luxlint does not know), and say why after `--`:',
    '',
    '```markdown',
    '<!-- luxlint-disable-next-line child-pornography -- title of the 1996 Act, quoted verbatim -->',
    '<!-- luxlint-disable child-prostitution -- archived press release -->',
    '…',
    '<!-- luxlint-enable -->',
    '```',
    '',
    'MDX uses `{/* luxlint-disable-next-line … */}`; plain text uses the same words on a line of their own, optionally after `#`, `//`, `--`, `%` or `;`. Without rule ids a comment covers every rule. luxlint reports problems with the comments themselves under these ids:',
    '',
    '- `disable-without-reason` (suggestion): the comment gives no reason after `--`.',
    '- `unknown-rule-in-disable` (warning): the comment names a rule that does not exist; it suppresses nothing.',
    '- `unused-disable` (suggestion, only with `--report-unused-disable`): the comment suppresses nothing.'
  )
  return lines.join('\n') + '\n'
}

function conditionText(condition) {
  return condition === 'child-reference'
    ? 'the sentence, or the one before it, refers to a person under 18'
    : condition === 'exploitation-context'
      ? 'the sentence, or the one before it, is about sexual exploitation or prostitution'
      : 'the word names a person'
}

function main() {
  let terms
  let citations
  try {
    terms = loadTerms()
    citations = loadCitations()
  } catch (error) {
    if (error instanceof TermDataError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
  const out = path.join(here, '../src/generated')
  fs.mkdirSync(out, {recursive: true})
  fs.writeFileSync(path.join(out, 'terms.ts'), renderModule(terms))
  fs.writeFileSync(path.join(out, 'citations.ts'), renderCitations(citations))
  fs.mkdirSync(path.join(root, 'docs'), {recursive: true})
  fs.writeFileSync(path.join(root, 'docs/rules.md'), renderDocs(terms))
  fs.mkdirSync(path.join(here, '../schema'), {recursive: true})
  fs.copyFileSync(path.join(root, 'terms/schema.json'), path.join(here, '../schema/terms.schema.json'))
  fs.copyFileSync(path.join(root, 'terms/citations.schema.json'), path.join(here, '../schema/citations.schema.json'))
  console.log(`luxlint: ${terms.length} terms, ${citations.citations.length} citations → src/generated/, docs/rules.md`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main()
