// esbuild writes ASCII-only output except inside regular expression literals, whose text it
// leaves as written ("’", "é"). One such character makes V8 hold the whole 1.3 MB bundle as a
// two-byte string, decoded from UTF-8 at every start. This rewrites those characters as \u
// escapes, which mean the same character in a regular expression with or without the u flag.
import ts from 'typescript'

/** `text` of one regular expression literal with every non-ASCII character written as \uXXXX. */
export function escapeRegExpLiteral(text) {
  return text.replace(/(\\*)([^\x00-\x7F])/g, (match, slashes, char) => {
    const escaped = [...char].map((unit) => `\\u${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join('')
    // An odd run of backslashes escapes the character itself ("\é" is "é"): its escape replaces that one.
    return (slashes.length % 2 ? slashes.slice(1) : slashes) + escaped
  })
}

/**
 * `code` with the non-ASCII characters of its regular expression literals escaped (found by
 * TypeScript's parser, so a `/` that divides is never taken for one). Characters elsewhere
 * (tagged template literals, comments) stay: `ascii` says whether any is left.
 */
export function asciiRegExps(code) {
  if (!/[^\x00-\x7F]/.test(code)) return {code, ascii: true}
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS)
  const literals = []
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) literals.push([node.getStart(file), node.end])
    ts.forEachChild(node, visit)
  }
  visit(file)
  let out = ''
  let at = 0
  for (const [start, end] of literals) {
    out += code.slice(at, start) + escapeRegExpLiteral(code.slice(start, end))
    at = end
  }
  out += code.slice(at)
  return {code: out, ascii: !/[^\x00-\x7F]/.test(out)}
}
