import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {compileTerms} from './compile.js'
import {nlcstSegments} from './extract/nlcst.js'
import {report} from './lint.js'
import {applySuppressions} from './suppress.js'
import type {LintOptions} from './types.js'

/**
 * retext plugin: checks an nlcst tree (from retext-english, or remark-retext/rehype-retext) and
 * adds luxlint messages to the file.
 */
export default function retextLuxlint(options: LintOptions = {}) {
  const compiled = compileTerms(options)
  return function (tree: Root, file: VFile): undefined {
    const text = String(file.value ?? '')
    report(file, text, nlcstSegments(tree, text), compiled, options)
    applySuppressions(file, text, options.format ?? (text.includes('<!--') ? 'markdown' : 'text'), options)
  }
}
