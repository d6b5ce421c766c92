import {matchCase, type Format} from '@luxlint/core'
import {CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {addAllowChanges, allowPhrase} from './config-edit.js'
import {findingAt, resolveFinding, type CheckedFindings, type FindingData} from './diagnostics.js'
import {indentationOf, toOffsets, toRange} from './positions.js'

export const fixAllKind = `${CodeActionKind.SourceFixAll}.luxlint`

/** Where "Allow this phrase" writes: the config file resolveConfig found, or a new `.luxlintrc.json`. */
export interface AllowTarget {
  uri: string
  fileName: string
  /** Current content, or null when the file does not exist yet. */
  text: string | null
  /** Whether the client can create files in a WorkspaceEdit; if not, the server writes the file itself. */
  canCreate: boolean
}

export interface ActionRequest {
  document: TextDocument
  format: Format
  /** The diagnostics the client sent with the request (those under the cursor). */
  diagnostics: readonly Diagnostic[]
  /**
   * The document's last check, where the client's diagnostics find their findings (undefined:
   * not checked yet). "Fix all" is offered from it only when it is of the document's version.
   */
  checked: CheckedFindings | undefined
  only?: readonly string[]
  allowTarget?: AllowTarget
}

/** The code actions for one request; pure, built from the findings of the last check only. */
export function buildCodeActions(request: ActionRequest): CodeAction[] {
  const actions: CodeAction[] = []
  for (const diagnostic of request.diagnostics) {
    const finding = resolveFinding(request.checked, diagnostic)
    if (!finding || !stillThere(request.document, diagnostic, finding)) continue
    actions.push(...replaceActions(request.document, diagnostic, finding))
    actions.push(disableLineAction(request.document, diagnostic, finding, request.format))
    if (request.allowTarget) {
      const allow = allowAction(diagnostic, finding, request.allowTarget)
      if (allow) actions.push(allow)
    }
  }
  const fixAll = request.checked?.version === request.document.version ? fixAllAction(request.document, request.checked) : undefined
  if (fixAll) actions.push(fixAll)
  return request.only ? actions.filter((action) => request.only!.some((kind) => action.kind === kind || action.kind!.startsWith(`${kind}.`))) : actions
}

/**
 * "Replace with '…'" for a finding in the writer's own words. Core's fix comes first (it keeps
 * case, line breaks and a matching article); the safe one is preferred. The other alternatives
 * replace the flagged words, keeping their case.
 */
export function replaceActions(document: TextDocument, diagnostic: Diagnostic, finding: FindingData): CodeAction[] {
  if (finding.context !== 'use') return []
  const actions: CodeAction[] = []
  const replace = (title: string, range: Range, newText: string, isPreferred: boolean): CodeAction => ({
    title: `Replace with '${title.replace(/\s+/g, ' ')}'`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred,
    edit: {changes: {[document.uri]: [{range, newText}]}}
  })
  const fix = finding.fix
  const range = fix && fixRange(document, diagnostic, finding)
  if (fix && range) actions.push(replace(fix.text, range, fix.text, fix.safe))
  const fixWords = fix && range ? words(fix.text) : undefined
  for (const alternative of finding.expected) {
    const text = matchCase(finding.actual, alternative)
    if (fixWords && (fixWords === words(text) || fixWords.endsWith(` ${words(text)}`))) continue // the fix offers it already
    actions.push(replace(text, diagnostic.range, text, false))
  }
  return actions
}

/** The edits that apply every safe fix of a checked document (overlaps skipped, as core's applyFixes does). */
export function fixAllEdits(document: TextDocument, checked: CheckedFindings): TextEdit[] {
  const edits: TextEdit[] = []
  const fixes: Array<{offset: number; endOffset: number; text: string}> = []
  for (const [index, diagnostic] of checked.diagnostics.entries()) {
    if (!checked.messages[index].fix?.safe) continue // most findings: no copy of their data made
    const finding = findingAt(checked, index)
    if (!finding.fix || !stillThere(document, diagnostic, finding)) continue
    const range = fixRange(document, diagnostic, finding)
    if (range) fixes.push({...toOffsets(document, range), text: finding.fix.text})
  }
  fixes.sort((a, b) => a.offset - b.offset)
  let last = -1
  for (const fix of fixes) {
    if (fix.offset < last) continue
    edits.push({range: toRange(document, fix.offset, fix.endOffset), newText: fix.text})
    last = fix.endOffset
  }
  return edits
}

/**
 * Where core's fix applies now. Its offsets (like the finding's) belong to the version that was
 * checked, `finding.version`: the server's last check, not the version of the client's
 * diagnostic. On that version they are used as they are. After edits since, the fix is moved
 * with the client's diagnostic (its place within the finding is the same in every version), as
 * long as it lies within the finding; a fix that also rewrites an article before it is only
 * offered on the checked version.
 */
export function fixRange(document: TextDocument, diagnostic: Diagnostic, finding: FindingData): Range | undefined {
  const fix = finding.fix
  if (!fix) return undefined
  if (document.version === finding.version) return toRange(document, fix.offset, fix.endOffset)
  if (fix.offset < finding.offset || fix.endOffset > finding.endOffset) return undefined
  const start = document.offsetAt(diagnostic.range.start)
  return toRange(document, start + fix.offset - finding.offset, start + fix.endOffset - finding.offset)
}

function words(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase()
}

export function fixAllAction(document: TextDocument, checked: CheckedFindings): CodeAction | undefined {
  const edits = fixAllEdits(document, checked)
  if (edits.length === 0) return undefined
  return {title: `Fix all safe luxlint problems (${edits.length})`, kind: fixAllKind, edit: {changes: {[document.uri]: edits}}}
}

/** The suppression comment for a line, in the document's own comment syntax. */
export function disableComment(ruleId: string, format: Format, indentation: string): string {
  const words = `luxlint-disable-next-line ${ruleId} -- add your reason here`
  return format === 'text' ? `${indentation}# ${words}\n` : `${indentation}<!-- ${words} -->\n`
}

export function disableLineAction(document: TextDocument, diagnostic: Diagnostic, finding: FindingData, format: Format): CodeAction {
  const line = diagnostic.range.start.line
  const at = {line, character: 0}
  return {
    title: `Disable luxlint for this line (${finding.ruleId})`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {changes: {[document.uri]: [{range: {start: at, end: at}, newText: disableComment(finding.ruleId, format, indentationOf(document, line))}]}}
  }
}

/** "Allow this phrase in this workspace": an edit of the config file, or a server command when the client cannot create it. */
export function allowAction(diagnostic: Diagnostic, finding: FindingData, target: AllowTarget): CodeAction | undefined {
  const phrase = allowPhrase(finding.actual)
  if (!phrase) return undefined
  const title = `Allow '${phrase}' in this workspace`
  let changes
  try {
    changes = addAllowChanges(target.fileName, target.text, phrase)
  } catch {
    return undefined // the config file is broken; the config error is already reported
  }
  if (changes.length === 0) return undefined
  const base = {title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic]}
  if (target.text === null && !target.canCreate) {
    return {...base, command: {title, command: 'luxlint.allowPhrase', arguments: [target.uri, phrase]}}
  }
  const old = TextDocument.create(target.uri, 'json', 0, target.text ?? '')
  const edits = changes.map((change) => ({range: toRange(old, change.offset, change.offset + change.length), newText: change.content}))
  const edit: WorkspaceEdit =
    target.text === null
      ? {documentChanges: [{kind: 'create', uri: target.uri, options: {ignoreIfExists: true}}, {textDocument: {uri: target.uri, version: null}, edits}]}
      : {changes: {[target.uri]: edits}}
  return {...base, edit}
}

/** A diagnostic may be stale (the text moved on): only offer edits when its range still holds the flagged text. */
function stillThere(document: TextDocument, diagnostic: Diagnostic, finding: FindingData): boolean {
  return document.getText(diagnostic.range) === finding.actual
}
