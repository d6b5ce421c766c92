import type {Trie} from './matcher.js'
import {refersToChild, isPersonNoun, exploitationContext} from './conditions.js'
import {classifyContext, segmentFacts, type ContextDecision, type SegmentFacts} from './context.js'
import {formPattern} from './normalize.js'
import {sentenceAt, sentenceRanges} from './sentences.js'
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
export function analyseSegment(segment: Segment, source: string, trie: Trie, allowed: RegExp | null): Match[] {
  const raw = trie.find(segment.text).filter((hit) => hit.term.status !== 'prefer')
  if (raw.length === 0) return []

  const blocked = allowed ? ranges(allowed, segment.text) : []
  let sentences: Array<[number, number]> | undefined
  let facts: SegmentFacts | undefined
  const matches: Match[] = []
  for (const hit of raw) {
    if (blocked.some(([from, to]) => hit.start < to && from < hit.end)) continue
    sentences ??= sentenceRanges(segment.text, hit.term.language)
    const index = sentenceAt(sentences, hit.start)
    const sentence = sentences[index]
    if (!conditionsHold(hit.term, segment.text, hit.start, hit.end, sentences, index)) continue
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

function conditionsHold(
  term: TermRecord,
  text: string,
  start: number,
  end: number,
  sentences: Array<[number, number]>,
  index: number
): boolean {
  for (const condition of term.conditions) {
    if (condition === 'child-reference') {
      // "adult prostitutes" is about adults, whoever else the sentence mentions.
      const near = text.slice(Math.max(0, start - 30), start)
      const adult = /\b(?:adults?|grown[\s-]?ups?|mature)\b(?![\s\S]*\b(?:child|children|girls?|boys?|minors?|teens?)\b)/iu
      if (adult.test(near)) return false
      const from = sentences[Math.max(0, index - 1)][0]
      const to = sentences[index][1]
      // The phrase itself does not count as the reference ("young prostitute" is not a child).
      const around = text.slice(from, start) + ' ' + text.slice(end, to)
      if (!refersToChild(around)) return false
    } else if (condition === 'exploitation-context') {
      const from = sentences[Math.max(0, index - 1)][0]
      if (!exploitationContext.test(text.slice(from, sentences[index][1]))) return false
    } else if (condition === 'person-noun') {
      if (!isPersonNoun(text, start, end)) return false
    }
  }
  return true
}

function ranges(expression: RegExp, text: string): Array<[number, number]> {
  const result: Array<[number, number]> = []
  expression.lastIndex = 0
  let found: RegExpExecArray | null
  while ((found = expression.exec(text))) {
    result.push([found.index, found.index + found[0].length])
    if (found[0].length === 0) expression.lastIndex++
  }
  return result
}

/** Allowed phrases from config, as one literal, case-insensitive pattern. */
export function allowPattern(phrases: string[] | undefined): RegExp | null {
  const usable = (phrases || []).filter((phrase) => phrase.trim())
  if (usable.length === 0) return null
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${usable.map(formPattern).join('|')})(?![\\p{L}\\p{N}])`,
    'giu'
  )
}
