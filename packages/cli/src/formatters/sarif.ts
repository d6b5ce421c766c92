import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {findRule, type LuxlintMessage} from '@luxlint/core'
import {fingerprintOf} from '../fingerprint.js'
import {redactText} from '../redact.js'
import {cliVersion} from '../version.js'
import type {FileResult} from './types.js'

const level = {error: 'error', warning: 'warning', suggestion: 'note', info: 'note'} as const

export interface SarifOptions {
  /** Masks for rule texts when --redact is on. */
  redactPatterns?: RegExp[]
}

function uri(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href
  return encodeURI(file.split(path.sep).join('/')).replace(/[?#]/g, encodeURIComponent)
}

const firstSentence = (text: string) => text.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? text

function ruleDescriptor(id: string, example: LuxlintMessage, mask: (text: string) => string) {
  const rule = findRule(id)
  const short = rule
    ? `${rule.status === 'caution' ? 'Use with caution' : 'Avoid'}: “${rule.forms[0]}”${rule.alternatives[0] ? `; prefer “${rule.alternatives[0]}”` : ''}`
    : firstSentence(example.note || example.reason)
  // Custom terms (from a config) and luxlint's own checks of suppression comments.
  const full = rule ? rule.explanation : example.note || example.reason
  return {
    id,
    name: id,
    shortDescription: {text: mask(short)},
    fullDescription: {text: mask(full)},
    ...(example.url ? {helpUri: example.url} : {}),
    help: {text: mask(`${full}${rule?.alternatives.length ? ` Alternatives: ${rule.alternatives.join('; ')}.` : ''}`)},
    defaultConfiguration: {level: level[example.severity]},
    properties: {
      status: example.status,
      confidence: example.confidence,
      ...(rule ? {aliases: rule.aliases, alternatives: rule.alternatives} : {}),
      tags: ['terminology', 'luxembourg-guidelines', example.confidence]
    }
  }
}

function result(file: string, m: LuxlintMessage, ruleIndex: number, suppressed?: 'baseline' | 'unchanged') {
  const artifactLocation = {uri: uri(file)}
  return {
    ruleId: m.ruleId,
    ruleIndex,
    level: level[m.severity],
    message: {text: m.reason},
    locations: [
      {
        physicalLocation: {
          artifactLocation,
          region: {
            startLine: m.line,
            startColumn: m.column,
            endLine: m.endLine,
            endColumn: m.endColumn,
            charOffset: m.offset,
            charLength: m.endOffset - m.offset
          }
        }
      }
    ],
    ...(fingerprintOf(m) ? {partialFingerprints: {'luxlintContext/v1': fingerprintOf(m)}} : {}),
    ...(m.fix?.safe
      ? {
          fixes: [
            {
              description: {text: `Replace with “${m.fix.text}”`},
              artifactChanges: [
                {
                  artifactLocation,
                  replacements: [{deletedRegion: {charOffset: m.fix.offset, charLength: m.fix.endOffset - m.fix.offset}, insertedContent: {text: m.fix.text}}]
                }
              ]
            }
          ]
        }
      : {}),
    properties: {severity: m.severity, status: m.status, confidence: m.confidence, context: m.context, ...(m.contextReason ? {contextReason: m.contextReason} : {})},
    ...(suppressed
      ? {suppressions: [{kind: 'external', status: 'accepted', justification: suppressed === 'baseline' ? 'Listed in the luxlint baseline file.' : 'On a line not changed since the --changed-since ref.'}]}
      : {})
  }
}

/** SARIF 2.1.0: one run, the rules that fired, results with locations, safe fixes and suppressions. */
export function formatSarif(results: FileResult[], options: SarifOptions = {}): string {
  const mask = (text: string) => (options.redactPatterns ? redactText(text, options.redactPatterns) : text)
  const ruleIds: string[] = []
  const examples = new Map<string, LuxlintMessage>()
  for (const r of results) {
    for (const m of [...r.messages, ...(r.suppressed ?? []).map((s) => s.message)]) {
      if (!examples.has(m.ruleId)) {
        examples.set(m.ruleId, m)
        ruleIds.push(m.ruleId)
      }
    }
  }
  ruleIds.sort()
  const index = new Map(ruleIds.map((id, i) => [id, i]))
  const out = []
  const notifications = []
  for (const r of results) {
    if (r.error) {
      notifications.push({
        level: 'error',
        message: {text: r.error},
        locations: [{physicalLocation: {artifactLocation: {uri: uri(r.path)}}}],
        ...(r.config !== undefined ? {properties: {config: r.config}} : {})
      })
      continue
    }
    for (const m of r.messages) out.push(result(r.path, m, index.get(m.ruleId)!))
    for (const s of r.suppressed ?? []) out.push(result(r.path, s.message, index.get(s.message.ruleId)!, s.reason))
  }
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'luxlint',
            semanticVersion: cliVersion(),
            rules: ruleIds.map((id) => ruleDescriptor(id, examples.get(id)!, mask))
          }
        },
        invocations: [{executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications}],
        columnKind: 'utf16CodeUnits',
        results: out
      }
    ]
  }
  return JSON.stringify(sarif, null, 2) + '\n'
}
