import {lint, type Format} from '@luxlint/core'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {CodeAction, Diagnostic, TextEdit} from 'vscode-languageserver'
import {describe, expect, it} from 'vitest'
import {buildCodeActions, disableComment, fixAllEdits, fixAllKind, type AllowTarget} from '../src/code-actions.js'
import {checkFindings} from '../src/diagnostics.js'
import {toPlainMessage} from '../src/lint-document.js'
import {applyMessageDiff} from '../src/message-diff.js'

function setup(text: string, format: Format = 'markdown', uri = 'file:///w/draft.md') {
  const languageId = format === 'text' ? 'plaintext' : format
  const document = TextDocument.create(uri, languageId, 1, text)
  const checked = checkFindings(lint(text, {format}).map(toPlainMessage), document)
  return {document, checked, diagnostics: checked.diagnostics}
}

/** The document text after applying one action's edits to it. */
function apply(document: TextDocument, action: CodeAction): string {
  const edits = action.edit!.changes![document.uri] as TextEdit[]
  return TextDocument.applyEdits(document, edits)
}

const target = (text: string | null, fileName = '/w/.luxlintrc.json', canCreate = true): AllowTarget => ({uri: `file://${fileName}`, fileName, text, canCreate})

describe('code actions', () => {
  it('offers one replacement per alternative, the safe fix preferred, keeping the case', () => {
    const {document, diagnostics, checked} = setup('Child pornography was seized.')
    const actions = buildCodeActions({document, format: 'markdown', diagnostics: [diagnostics[0]], checked})
    const replacements = actions.filter((a) => a.title.startsWith('Replace'))
    expect(replacements.map((a) => [a.title, a.isPreferred, a.kind])).toEqual([
      ["Replace with 'Child sexual abuse material'", true, 'quickfix'],
      ["Replace with 'Child sexual exploitation material'", false, 'quickfix']
    ])
    expect(apply(document, replacements[0])).toBe('Child sexual abuse material was seized.')
    expect(apply(document, replacements[1])).toBe('Child sexual exploitation material was seized.')
    expect(replacements[0].diagnostics).toEqual([diagnostics[0]])
  })

  it('puts core’s fix first: line breaks kept, and not preferred when it is not safe', () => {
    const wrapped = setup('They seized child\npornography.')
    const [fix, other] = buildCodeActions({document: wrapped.document, format: 'markdown', diagnostics: wrapped.diagnostics, checked: wrapped.checked})
    expect([fix.title, fix.isPreferred]).toEqual(["Replace with 'child sexual abuse material'", true])
    expect(apply(wrapped.document, fix)).toBe('They seized child sexual abuse\nmaterial.')
    expect(other.title).toBe("Replace with 'child sexual exploitation material'")

    const marked = setup('They seized child **pornography** here.')
    const replacements = buildCodeActions({document: marked.document, format: 'markdown', diagnostics: marked.diagnostics, checked: marked.checked}).filter((a) => a.title.startsWith('Replace'))
    expect(replacements.map((a) => a.isPreferred)).toEqual([false, false])
    expect(fixAllEdits(marked.document, marked.checked)).toEqual([])
  })

  it('moves a fix with its diagnostic after edits elsewhere', () => {
    const {document, diagnostics, checked} = setup('Intro.\n\nThey seized child pornography.')
    const edited = TextDocument.update(document, [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, text: 'New first line.\n'}], 2)
    const moved = {...diagnostics[0], range: {start: {line: 3, character: 12}, end: {line: 3, character: 29}}}
    const [fix] = buildCodeActions({document: edited, format: 'markdown', diagnostics: [moved], checked})
    expect(apply(edited, fix)).toBe('New first line.\nIntro.\n\nThey seized child sexual abuse material.')
  })

  it('resolves a client’s older diagnostic to its finding moved by the server’s newer check', () => {
    const {document, diagnostics, checked} = setup('Intro.\n\nThey seized child pornography.')
    const typed = 'New first line.\n'
    const edited = TextDocument.update(document, [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, text: typed}], 2)
    // The server moved its findings with the edit and checked version 2; the client still has its
    // diagnostic of version 1, its range moved by the editor.
    const newer = checkFindings(applyMessageDiff(checked.messages, {keep: 0, fresh: [], tail: checked.messages.length, delta: typed.length})!, edited)
    const old = {...diagnostics[0], range: newer.diagnostics[0].range}
    const actions = buildCodeActions({document: edited, format: 'markdown', diagnostics: [old], checked: newer})
    expect(actions.map((a) => a.title)).toEqual([
      "Replace with 'child sexual abuse material'",
      "Replace with 'child sexual exploitation material'",
      'Disable luxlint for this line (child-pornography)',
      'Fix all safe luxlint problems (1)'
    ])
    expect(apply(edited, actions[0])).toBe('New first line.\nIntro.\n\nThey seized child sexual abuse material.')
    expect(actions[0].diagnostics).toEqual([old])
  })

  it('gives the same actions for a diagnostic whose data the client dropped, and none for a finding that is gone', () => {
    const {document, diagnostics, checked} = setup('They seized child pornography.')
    const {data: _data, ...dropped} = diagnostics[0]
    const titles = (diagnostic: Diagnostic) => buildCodeActions({document, format: 'markdown', diagnostics: [diagnostic], checked, only: ['quickfix']}).map((a) => a.title)
    expect(titles(dropped)).toEqual(titles(diagnostics[0]))
    expect(titles(dropped)).toHaveLength(3)
    // Fixed and checked again: the client's diagnostic of before names a finding that is gone.
    const fixed = setup('They seized child sexual abuse material.')
    expect(buildCodeActions({document: fixed.document, format: 'markdown', diagnostics: [diagnostics[0], dropped], checked: fixed.checked})).toEqual([])
  })

  it('offers no replacement for a citation, but still disabling and allowing', () => {
    const {document, diagnostics, checked} = setup('See the Optional Protocol on the sale of children, child prostitution and child pornography.')
    const actions = buildCodeActions({document, format: 'markdown', diagnostics: [diagnostics[1]], checked, allowTarget: target(null)})
    expect(actions.map((a) => a.title)).toEqual(['Disable luxlint for this line (child-pornography)', "Allow 'child pornography' in this workspace"])
  })

  it('fixes all safe findings of the document in one edit, leaving citations alone', () => {
    const text = 'Child pornography was seized.\n\nThe OPSC, the Optional Protocol on the sale of children, child prostitution and child pornography, applies.\n\nMore child pornography.'
    const {document, checked} = setup(text)
    const edits = fixAllEdits(document, checked)
    expect(edits).toHaveLength(2)
    expect(TextDocument.applyEdits(document, edits)).toBe(text.replace('Child pornography was', 'Child sexual abuse material was').replace('More child pornography', 'More child sexual abuse material'))
    const actions = buildCodeActions({document, format: 'markdown', diagnostics: [], checked, only: ['source.fixAll']})
    expect(actions).toHaveLength(1)
    expect(actions[0]).toMatchObject({kind: fixAllKind, title: 'Fix all safe luxlint problems (2)'})
  })

  it('offers nothing for a diagnostic whose text has changed since', () => {
    const {diagnostics, checked} = setup('They seized child pornography.')
    const edited = TextDocument.create('file:///w/draft.md', 'markdown', 2, 'They seized child sexual abuse material.')
    expect(buildCodeActions({document: edited, format: 'markdown', diagnostics, checked})).toEqual([])
  })

  it('filters by the requested kinds', () => {
    const {document, diagnostics, checked} = setup('They seized child pornography.')
    const quick = buildCodeActions({document, format: 'markdown', diagnostics, checked, only: ['quickfix']})
    expect(quick.every((a) => a.kind === 'quickfix')).toBe(true)
    expect(buildCodeActions({document, format: 'markdown', diagnostics, checked, only: ['refactor']})).toEqual([])
  })

  it('inserts a disable comment above the line, with its indentation, in the document’s syntax', () => {
    const markdown = setup('Intro.\n\n  - they seized child pornography\n')
    const disable = buildCodeActions({document: markdown.document, format: 'markdown', diagnostics: markdown.diagnostics, checked: markdown.checked}).find((a) => a.title.startsWith('Disable'))!
    expect(apply(markdown.document, disable)).toBe('Intro.\n\n  <!-- luxlint-disable-next-line child-pornography -- add your reason here -->\n  - they seized child pornography\n')

    const text = setup('\tThey seized child pornography.', 'text', 'file:///w/notes.txt')
    const disableText = buildCodeActions({document: text.document, format: 'text', diagnostics: text.diagnostics, checked: text.checked}).find((a) => a.title.startsWith('Disable'))!
    expect(apply(text.document, disableText)).toBe('\t# luxlint-disable-next-line child-pornography -- add your reason here\n\tThey seized child pornography.')
    expect(disableComment('x', 'html', '')).toBe('<!-- luxlint-disable-next-line x -- add your reason here -->\n')
  })

  it('inserts a comment that core honours: the finding is gone after the edit', () => {
    for (const [format, text] of [['markdown', '# Title\n\n  They seized child pornography.\n'], ['html', '<p>\n  They seized child pornography.\n</p>'], ['text', 'They seized\nchild pornography.']] as const) {
      const {document, diagnostics, checked} = setup(text, format, `file:///w/x.${format}`)
      expect(diagnostics).toHaveLength(1)
      const disable = buildCodeActions({document, format, diagnostics, checked}).find((a) => a.title.startsWith('Disable'))!
      expect(lint(apply(document, disable), {format}), format).toEqual([])
    }
  })

  it('adds the phrase to an existing config file, keeping the rest of the JSON', () => {
    const {document, diagnostics, checked} = setup('They seized child **pornography**.')
    const config = '{\n  "profile": "journalism",\n  "allow": ["grooming"]\n}\n'
    const [allow] = buildCodeActions({document, format: 'markdown', diagnostics, checked, allowTarget: target(config)}).filter((a) => a.title.startsWith('Allow'))
    expect(allow.title).toBe("Allow 'child pornography' in this workspace")
    const edits = allow.edit!.changes!['file:///w/.luxlintrc.json']
    const after = TextDocument.applyEdits(TextDocument.create('file:///w/.luxlintrc.json', 'json', 1, config), edits)
    expect(JSON.parse(after)).toEqual({profile: 'journalism', allow: ['grooming', 'child pornography']})
    expect(after.startsWith('{\n  "profile": "journalism",\n')).toBe(true)
  })

  it('creates the config file when there is none, or asks the server to when the client cannot', () => {
    const {document, diagnostics, checked} = setup('They seized child pornography.')
    const [create] = buildCodeActions({document, format: 'markdown', diagnostics, checked, allowTarget: target(null)}).filter((a) => a.title.startsWith('Allow'))
    expect(create.edit!.documentChanges).toEqual([
      {kind: 'create', uri: 'file:///w/.luxlintrc.json', options: {ignoreIfExists: true}},
      {textDocument: {uri: 'file:///w/.luxlintrc.json', version: null}, edits: [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, newText: '{\n  "allow": [\n    "child pornography"\n  ]\n}\n'}]}
    ])
    const [command] = buildCodeActions({document, format: 'markdown', diagnostics, checked, allowTarget: target(null, '/w/.luxlintrc.json', false)}).filter((a) => a.title.startsWith('Allow'))
    expect(command.edit).toBeUndefined()
    expect(command.command).toEqual({title: command.title, command: 'luxlint.allowPhrase', arguments: ['file:///w/.luxlintrc.json', 'child pornography']})
  })

  it('offers no allow action when the phrase is already allowed or the config is broken', () => {
    const {document, diagnostics, checked} = setup('They seized child pornography.')
    const titles = (text: string) => buildCodeActions({document, format: 'markdown', diagnostics, checked, allowTarget: target(text)}).map((a) => a.title)
    expect(titles('{"allow": ["Child Pornography"]}')).not.toContain("Allow 'child pornography' in this workspace")
    expect(titles('{"allow": [')).not.toContain("Allow 'child pornography' in this workspace")
  })
})
