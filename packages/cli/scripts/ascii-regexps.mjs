// Shared with the language server's bundle: the code lives in the root scripts/bundle folder.
export {asciiRegExps, escapeRegExpLiteral} from '../../../scripts/bundle/ascii-regexps.mjs'
