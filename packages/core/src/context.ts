import {citations, titleAround, tokenize, type Token} from './citations.js'
import {cues} from './generated/citations.js'
import {quotedRanges} from './quotes.js'
import {sortedIndexBy} from './sorted.js'
import {endsWithCue, endsWithSeparator, lastCueEnd, listSeparator, listSplit} from './mention-cue.js'
import {statuteText} from './statute-text.js'
import type {Segment} from './segment.js'
import type {CitationRecord, Context} from './types.js'

export interface ContextDecision {
  context: Context
  /** Why, in a few words: "title of the Optional Protocol (2000)". */
  reason?: string
  citation?: {id: string; title: string; url: string; year?: number}
}

/** Per-segment facts computed once, when the first match needs them. */
export interface SegmentFacts {
  tokens: Token[]
  quotes: Array<[number, number]>
}

export function segmentFacts(segment: Segment): SegmentFacts {
  return {tokens: tokenize(segment.text), quotes: [...segment.quoted, ...quotedRanges(segment.text)]}
}

const use: ContextDecision = {context: 'use'}

/**
 * How the phrase at [start, end) of the segment is used: the author's own voice (`use`), a legal
 * or official title (`citation`), talk about the word itself (`mention`), or someone else's
 * words (`quote`). Order matters: a title inside quotation marks is still a citation, and a
 * single term in quotation marks is a mention, not a quotation.
 */
export function classifyContext(segment: Segment, start: number, end: number, sentence: [number, number], facts: SegmentFacts, framing = false): ContextDecision {
  const text = segment.text
  return (
    titleCitation(text, start, end, sentence, facts) ??
    namedTitle(text, start, end, sentence) ??
    statuteHeading(text, start) ??
    legalTerm(text, start, sentence) ??
    mention(segment, start, end, sentence, facts, framing) ??
    quotation(segment, start, end, facts) ??
    cueCitation(text, start, end, sentence) ??
    use
  )
}

// ---------------------------------------------------------------------------------------------
// Citations of titles in the gazetteer (terms/citations.yml)

const instrumentWords =
  /(?:^|[^\p{L}])(?:law|laws|act|acts|mandate|protocol|convention|directive|rapporteur|decision|code|statute|resolution|title|bill|loi|ley|protocole|protocolo|convención|mandat|mandato|relatora?|rapporteuse)[\s,]*(?:on|of|for|to|concerning|regarding|relating to|related to|against|sur|sobre|relativo a|relative à|concernant)?[\s,]*(?:the|la|le|les|el|los|las|l['’])?[\s“"'‘«]*$/iu

function titleCitation(text: string, start: number, end: number, sentence: [number, number], facts: SegmentFacts): ContextDecision | undefined {
  const {tokens} = facts
  // The first token ending after `start`, found by halving: a long paragraph has thousands.
  const first = sortedIndexBy(tokens, start + 1, tokenEnd)
  if (first === tokens.length || tokens[first].start >= end) return undefined
  let last = first
  while (last + 1 < tokens.length && tokens[last + 1].start < end) last++
  const run = titleAround(tokens, first, last)
  if (!run) return undefined
  const citation = run.citation
  const runStart = tokens[run.from].start
  const before = text.slice(Math.max(sentence[0], runStart - 160), runStart)
  const cued = hasEntryCue(citation, before) || instrumentWords.test(before.slice(-60))
  // A whole title speaks for itself; a part of one needs a cue right before it ("the mandate on …").
  const extra = run.to - run.from - (last - first)
  const accepted = run.whole
    ? !citation.needsCue || cued
    : (run.fragment || extra >= 3) && (hasEntryCue(citation, before.slice(-40)) || instrumentWords.test(before.slice(-60)))
  if (!accepted) return undefined
  return {
    context: 'citation',
    reason: `${run.whole ? 'title' : 'part of the title'} of ${describe(citation)}`,
    citation: {id: citation.id, title: citation.title, url: citation.url, ...(citation.year ? {year: citation.year} : {})}
  }
}

const tokenEnd = (token: Token) => token.end

function hasEntryCue(citation: CitationRecord, before: string): boolean {
  const lower = before.toLowerCase()
  return [...citation.cues, ...citation.numbers].some((cue) => lower.includes(cue.toLowerCase()))
}

function describe(citation: CitationRecord): string {
  const name = /^(?:the |[\p{L}]+['’]s )/u.test(citation.short) ? citation.short : `the ${citation.short}`
  return citation.year && !name.includes(String(citation.year)) ? `${name} (${citation.year})` : name
}

// ---------------------------------------------------------------------------------------------
// Names of laws and bodies that are not in the gazetteer: Title Case runs with a head noun, and
// expansions of acronyms ("ECPAT (End Child Prostitution in Asian Tourism)").

const heads = new Set(['act', 'law', 'code', 'convention', 'protocol', 'directive', 'regulation', 'decision', 'bill', 'ordinance', 'decree', 'statute', 'rapporteur', 'committee', 'commission', 'coalition', 'council', 'unit', 'taskforce', 'force', 'division', 'office', 'initiative', 'project', 'programme', 'program', 'centre', 'center', 'alliance', 'network', 'foundation', 'institute', 'agency', 'bureau', 'section', 'team', 'squad'])
const lawHeads = new Set(['act', 'law', 'code', 'convention', 'protocol', 'directive', 'bill', 'statute', 'decree', 'ordinance'])
const connectors = new Set(['of', 'on', 'the', 'and', 'for', 'to', 'in', 'against', 'relating', 'related', 'concerning', 'regarding', 'from', 'with', '&'])

interface Word {
  text: string
  start: number
  end: number
}

const wordPattern = /[\p{L}\p{N}&]+(?:[-'’.][\p{L}\p{N}]+)*\.?|[,:;()[\]“”"!?]/uy

function words(text: string, from: number, to: number): Word[] {
  const list: Word[] = []
  const expression = new RegExp(wordPattern, 'gu')
  expression.lastIndex = from
  let found: RegExpExecArray | null
  while ((found = expression.exec(text)) && found.index < to) list.push({text: found[0], start: found.index, end: found.index + found[0].length})
  return list
}

const capitalized = (word: string) => /^[\p{Lu}\p{N}]/u.test(word) || /^[\p{Ll}]+-[\p{Lu}]/u.test(word)

function namedTitle(text: string, start: number, end: number, sentence: [number, number]): ContextDecision | undefined {
  // Most terms are in lower case: tell so from their first word, without the words of the whole
  // sentence. After white space (or at the sentence's start) the first word of the sentence's
  // words to end after `start` is the one that starts there.
  if (start === sentence[0] || /\s/.test(text[start - 1])) {
    wordPattern.lastIndex = start
    const first = wordPattern.exec(text)?.[0]
    if (first !== undefined && !capitalized(first) && !connectors.has(first.toLowerCase())) return undefined
  }
  const list = words(text, sentence[0], sentence[1])
  const first = list.findIndex((w) => w.end > start)
  let last = first
  while (last + 1 < list.length && list[last + 1].start < end) last++
  if (first === -1) return undefined
  // The term itself must be capitalised, like the rest of a name ("Child Pornography").
  for (let i = first; i <= last; i++) if (!capitalized(list[i].text) && !connectors.has(list[i].text.toLowerCase())) return undefined

  const inName = (w: Word | undefined, next: Word | undefined) =>
    w !== undefined && (capitalized(w.text) || (connectors.has(w.text.toLowerCase()) && next !== undefined && (capitalized(next.text) || connectors.has(next.text.toLowerCase()))) || w.text === ',')
  let from = first
  while (from > 0 && inName(list[from - 1], list[from])) from--
  let to = last
  while (to + 1 < list.length && inName(list[to + 1], list[to + 2])) to++
  while (to > last && (list[to].text === ',' || connectors.has(list[to].text.toLowerCase()))) to--
  while (from < first && (list[from].text === ',' || connectors.has(list[from].text.toLowerCase()))) from++

  const span = text.slice(list[from].start, list[to].end)
  const headline = isHeadline(list)
  // Acronym expansion: "ECPAT (End Child …)" or "End Child … (ECPAT)".
  const after = text.slice(list[to].end, list[to].end + 16)
  const beforeText = text.slice(Math.max(sentence[0], list[from].start - 16), list[from].start)
  const acronym = /^\s*\(([\p{Lu}][\p{Lu}\p{N}&.-]{1,11})\)/u.exec(after)?.[1] ?? /([\p{Lu}][\p{Lu}\p{N}&-]{1,11})\s*\(\s*$/u.exec(beforeText)?.[1]
  if (acronym) {
    const initials = list.slice(from, to + 1).filter((w) => capitalized(w.text) && /^\p{Lu}/u.test(w.text)).map((w) => w.text[0]).join('')
    if (initials.length >= 2 && initials.toUpperCase() === acronym.replace(/[^\p{L}]/gu, '').toUpperCase()) {
      return {context: 'citation', reason: `name of ${acronym}, “${span}”`}
    }
  }
  for (let i = from; i <= to; i++) {
    const head = list[i].text.toLowerCase().replace(/\.$/, '')
    if (headline ? i > last && i <= last + 3 && lawHeads.has(head) : heads.has(head) && (i > last || i === from || i === from + 1)) {
      if (to - from > last - first) return {context: 'citation', reason: `name of “${span}”`}
    }
  }
  return undefined
}

/** A sentence in which most words are capitalised is a headline, not a name. */
function isHeadline(list: Word[]): boolean {
  const real = list.filter((w) => /\p{L}/u.test(w.text) && !connectors.has(w.text.toLowerCase()))
  return real.length >= 4 && real.filter((w) => capitalized(w.text)).length / real.length >= 0.7
}

/** "Sec. 2252A. Certain activities relating to …", "2427. Inclusion of offenses …" */
function statuteHeading(text: string, start: number): ContextDecision | undefined {
  if (start > 240) return undefined
  const heading = /^\s*(?:(?:Sec(?:tion)?|Art(?:icle)?|Rule)\.?\s*\d+[\p{L}\d.()-]*|§{1,2}\s*\d+[\p{L}\d.()-]*|\d{3,5}[A-Za-z]?\.)\s/u.exec(text)
  return heading ? {context: 'citation', reason: `heading of ${heading[0].trim().replace(/\.$/, '')}`} : undefined
}

// ---------------------------------------------------------------------------------------------
// Mentions: the word is talked about, not used.

const isTermAfter = /^[\s”"’»)]*(?:is|was|are|were|remains|has\s+been)\s+(?:(?:a|an|the|no\s+longer\s+(?:a|an|the))\s+)?(?:[\p{L}-]+\s+){0,2}(?:term|word|phrase|label|expression|euphemism|misnomer)\b/iu

function mention(segment: Segment, start: number, end: number, sentence: [number, number], facts: SegmentFacts, framing: boolean): ContextDecision | undefined {
  const text = segment.text
  const matched = text.slice(start, end)
  // A term alone in quotation marks: “child prostitute”.
  for (const [from, to] of facts.quotes) {
    if (from <= start && end <= to) {
      const inside = text.slice(from, to).replace(/^[\s'‘’]+|[\s,.;:!?'‘’]+$/g, '')
      if (inside.toLowerCase() === matched.toLowerCase() || inside.toLowerCase() === matched.toLowerCase() + 's') return {context: 'mention', reason: 'the term in quotation marks'}
    }
  }
  const before = text.slice(sentence[0], start)
  // "Webcam Child Sex Tourism (WCST)": an abbreviation being introduced.
  if (/\(\s*$/.test(before) && /^\s*\)/.test(text.slice(end, end + 3)) && matched === matched.toUpperCase()) {
    return {context: 'mention', reason: 'an abbreviation being introduced'}
  }
  if (endsWithCue(before)) return {context: 'mention', reason: 'the term is named, not used'}
  // A list after a cue: "referred to as pedophile rings, pedophile networks, …"
  let cueEnd = -1
  if (endsWithSeparator(before)) cueEnd = lastCueEnd(before)
  if (cueEnd !== -1) {
    const between = before.slice(cueEnd)
    if (listSeparator.test(between)) {
      const items = between.split(listSplit).map((item) => item.replace(/[“”"'‘’«»()]/g, '').trim()).filter(Boolean)
      if (items.length <= 8 && items.every((item) => item.split(/\s+/).length <= 5)) return {context: 'mention', reason: 'one of a list of terms being named'}
    }
  }
  if (alternativeNames(text, start, end, sentence)) return {context: 'mention', reason: 'one of several names given to the subject'}
  if (isTermAfter.test(text.slice(end, end + 60))) return {context: 'mention', reason: 'the sentence talks about the term'}
  // "“Pornography” can imply the child was a consenting participant": a framing discussed, not used.
  if (framing && /\b(?:impl(?:y|ies|ied|ying)|suggest(?:s|ed|ing)?|as\s+though|as\s+if)\b/iu.test(before)) {
    return {context: 'mention', reason: 'the sentence discusses what the wording implies'}
  }
  if (/^\s*(?:myth|false)\b\s*[:#\d.–—-]*\s/iu.test(text.slice(sentence[0], start)) || /^\s*myth\b/iu.test(text)) {
    return {context: 'mention', reason: 'a myth being corrected'}
  }
  if (segment.block.definition) return {context: 'mention', reason: 'a glossary entry'}
  if (start === firstLetter(text) && /^[\s”"’*]*(?:[:–—]|\s-)\s/u.test(text.slice(end, end + 4))) {
    return {context: 'mention', reason: 'the term being defined'}
  }
  if (segment.block.kind === 'table-cell' && text.replace(/[\s“”"'‘’«».,;:*_]/g, '').length <= matched.replace(/\s/g, '').length + 2) {
    return {context: 'mention', reason: 'a table of terms'}
  }
  return undefined
}

const alsoCue = /\s*,?\s+(?:ou\s+(?:encore|bien)|o\s+(?:también|bien))\s+/iu
const article = /^(?:le|la|les|l['’]|un|une|des|du|el|los|las|lo|un|una|unos|unas|del|al)(?:\s|(?<=['’]))/iu
// The verb that defines the subject: "est une …", "désigne …", "es el …", "se refiere a …".
const namesEnd =
  /^([^,;:.()«»“”"]{1,60}?)\s*,?\s+(?:(?:est|était|es|era)\s+(?:un|une|le|la|l['’]|el|una|lo)\b|désigne|se\s+définit|consiste|recouvre|renvoie|designa|se\s+refiere|se\s+define|se\s+entiende|alude)/iu

/**
 * An opening like "La prostitution enfantine, prostitution infantile ou encore … est …": several
 * names of one subject, joined by "ou encore"/"o también" and followed by a definition. The
 * items after the first have no article; a list of different things usually repeats it ("la
 * traite, la prostitution enfantine ou encore le travail forcé").
 */
function alternativeNames(text: string, start: number, end: number, sentence: [number, number]): boolean {
  const body = text.slice(sentence[0], Math.min(sentence[1], sentence[0] + 400))
  const cue = alsoCue.exec(body)
  if (!cue) return false
  const last = namesEnd.exec(body.slice(cue.index + cue[0].length))
  if (!last) return false
  if (end > sentence[0] + cue.index + cue[0].length + last[1].length) return false
  const items = [...body.slice(0, cue.index).split(','), last[1]].map((item) => item.trim())
  items[0] = items[0].replace(article, '').trim()
  return items.every((item, index) => item !== '' && item.split(/\s+/).length <= 5 && (index === 0 || !article.test(item)))
}

function firstLetter(text: string): number {
  const index = text.search(/[\p{L}\p{N}]/u)
  return index === -1 ? 0 : index
}

// ---------------------------------------------------------------------------------------------
// Quotations: someone else's words.

const speech = /(?:\b(?:said|says|say|told|tells|according to|wrote|writes|stated|states|testified|added|explained|argued|claimed|asked|replied|insisted|warned|noted|recalled|declared|selon|dijo|afirmó|declaró|explicó|según)\b|\ba\s+(?:déclaré|dit|affirmé|expliqué|ajouté|indiqué)\b)/iu

function quotation(segment: Segment, start: number, end: number, facts: SegmentFacts): ContextDecision | undefined {
  if (segment.block.quote) return {context: 'quote', reason: 'inside a block quotation'}
  for (const [from, to] of facts.quotes) {
    if (from <= start && end <= to) {
      const around = segment.text.slice(Math.max(0, from - 60), from) + ' ' + segment.text.slice(to, to + 60)
      return {context: 'quote', reason: speech.test(around) ? 'direct speech attributed to a source' : 'inside quotation marks'}
    }
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Citations by cue: offences, legal references, legal terms.

const riskyOffenceCues = new Set(['possession of', 'distribution of', 'receipt of'])
const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')
const offenceCue = new RegExp(
  `(?:${[...cues.offence.filter((cue) => !riskyOffenceCues.has(cue.toLowerCase())).map(escape), 'offen[cs]es?\\s+(?:such\\s+as|as|like|including|relating\\s+to|related\\s+to|concerning|involving|of)', 'criminali[sz](?:e|es|ed|ing)', 'charg(?:e|es|ed|ing)\\s+[\\p{L}\\s.]{1,40}?\\s+with'].join('|')})`,
  'iu'
)
const legalTermCue = new RegExp(`(?:${cues['legal-term'].map(escape).join('|')})`, 'iu')
const legalReference =
  /(?:\b(?:Art(?:icle|ículo|iculo)?s?|Sec(?:tion|ción|cion)?s?|ss?|para(?:graph|graphe)?s?|chapter|chapitre|cap[ií]tulo|Title|Titre|T[ií]tulo|Rule)\.?\s*\d+[\p{L}\d.()/-]*|§{1,2}\s*\d+[\p{L}\d.()/-]*|\b\d+\s+U\.?\s?S\.?\s?C\.?\s*§*\s*\d+[\p{L}\d.()/-]*|\b\d{4}\/\d+\/(?:EU|EC|JHA)\b|\b(?:C?ETS|Law|Act|Republic Act)\s+No\.?\s*\d+)/giu
const titleIntroducer = /\b(?:on|concerning|relating\s+to|related\s+to|regarding|entitled|titled|headed|\(|:|—|–)/iu
const violation = /^[\s,]*[([]?\s*(?:in\s+violation\s+of|contrary\s+to|under|pursuant\s+to|as\s+defined\s+(?:in|by)|within\s+the\s+meaning\s+of|punishable\s+under)\s+(?:(?:18\s+)?U\.?\s?S\.?\s?C|§|s\.|ss\.|sections?|articles?|arts?\.|chapter|the\s+\p{Lu}|\d)/iu

/** "legally referred to as child pornography": the law's word, cited as such. */
function legalTerm(text: string, start: number, sentence: [number, number]): ContextDecision | undefined {
  const term = legalTermCue.exec(text.slice(Math.max(sentence[0], start - 60), start))
  return term ? {context: 'citation', reason: `the legal term (“${term[0]}”)`} : undefined
}

function cueCitation(text: string, start: number, end: number, sentence: [number, number]): ContextDecision | undefined {
  const before = text.slice(Math.max(sentence[0], start - 160), start)
  const near = before.slice(-90)
  const offence = offenceCue.exec(near)
  if (offence && !/[.;!?]/.test(near.slice(offence.index + offence[0].length))) {
    return {context: 'citation', reason: `name of an offence (“${offence[0].replace(/\s+/g, ' ')}”)`}
  }
  if (violation.test(text.slice(end, end + 80))) return {context: 'citation', reason: 'named as the offence a law defines'}
  const statute = statuteText(text, sentence)
  if (statute) return {context: 'citation', reason: `statute text (“${statute.replace(/\s+/g, ' ')}”)`}
  legalReference.lastIndex = 0
  let reference: RegExpExecArray | null
  let lastReference: RegExpExecArray | null = null
  while ((reference = legalReference.exec(before))) lastReference = reference
  if (lastReference) {
    const gap = before.slice(lastReference.index + lastReference[0].length)
    if (gap.length <= 40 || (titleIntroducer.test(gap) && gap.length <= 150)) {
      return {context: 'citation', reason: `the subject of ${lastReference[0].trim()}`}
    }
  }
  return undefined
}

export {citations}
