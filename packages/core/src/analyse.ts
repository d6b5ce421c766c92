import {Trie} from './matcher.js'
import {refersToChild, isPersonNoun, exploitationContext} from './conditions.js'
import {classifyContext, segmentFacts, type ContextDecision, type SegmentFacts} from './context.js'
import {SentenceFinder} from './sentences.js'
import type {Segment} from './segment.js'
import type {TermRecord} from './types.js'

/** A term found in a segment, before policy and messages. */
export interface Match {
  term: TermRecord
  segment: Segment
  /** Range in `segment.text`. */
  start: number
  end: number
  /** Range in the original text (UTF-16). */
  offset: number
  endOffset: number
  /** The original text of the range (with any markup inside it). */
  actual: string
  decision: ContextDecision
}

/** Find, filter and classify every term in one segment. */
export function analyseSegment(segment: Segment, source: string, trie: Trie, allowed: Trie | null): Match[] {
  const raw = trie.find(segment.text).filter((hit) => hit.term.status !== 'prefer')
  if (raw.length === 0) return []

  const blocked = allowed ? allowed.find(segment.text).map((hit) => [hit.start, hit.end] as const) : []
  let sentences: SentenceFinder | undefined
  let facts: SegmentFacts | undefined
  const matches: Match[] = []
  for (const hit of raw) {
    if (blocked.some(([from, to]) => hit.start < to && from < hit.end)) continue
    sentences ??= new SentenceFinder(segment.text, hit.term.language, raw.map((each) => each.start))
    const {sentence, withPrevious} = sentences.around(hit.start, hit.end)
    if (!conditionsHold(hit.term, segment.text, hit.start, hit.end, withPrevious)) continue
    facts ??= segmentFacts(segment)
    const offset = segment.starts[hit.start]
    const endOffset = segment.ends[hit.end - 1]
    matches.push({
      term: hit.term,
      segment,
      start: hit.start,
      end: hit.end,
      offset,
      endOffset,
      actual: source.slice(offset, endOffset),
      decision: classifyContext(segment, hit.start, hit.end, sentence, facts, hit.term.conditions.includes('child-reference'))
    })
  }
  return matches
}

/** `from`–`to`: the sentence of the term and the one before it. */
function conditionsHold(term: TermRecord, text: string, start: number, end: number, [from, to]: [number, number]): boolean {
  for (const condition of term.conditions) {
    if (condition === 'child-reference') {
      // "adult prostitutes" is about adults, whoever else the sentence mentions.
      const near = text.slice(Math.max(0, start - 30), start)
      const adult = /\b(?:adults?|grown[\s-]?ups?|mature)\b(?![\s\S]*\b(?:child|children|girls?|boys?|minors?|teens?)\b)/iu
      if (adult.test(near)) return false
      // The phrase itself does not count as the reference ("young prostitute" is not a child).
      const around = text.slice(from, start) + ' ' + text.slice(end, to)
      if (!refersToChild(around)) return false
    } else if (condition === 'exploitation-context') {
      if (!exploitationContext.test(text.slice(from, to))) return false
    } else if (condition === 'person-noun') {
      if (!isPersonNoun(text, start, end)) return false
    }
  }
  return true
}

/**
 * Allowed phrases from config, matched by the same word trie as the terms (case, accents,
 * spaces and hyphens alike), so an allowed phrase covers exactly what a term would.
 */
export function allowMatcher(phrases: string[] | undefined): Trie | null {
  const usable = (phrases || []).filter((phrase) => /[\p{L}\p{N}]/u.test(phrase))
  if (usable.length === 0) return null
  const trie = new Trie()
  for (const phrase of usable) trie.add(phrase, allowedPhrase)
  return trie
}

const allowedPhrase = {id: 'allowed', status: 'avoid', conditions: []} as unknown as TermRecord
