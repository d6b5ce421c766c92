import {lint} from '@luxlint/core'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {describe, expect, it} from 'vitest'
import {indentationOf, rangeContains, sameRange, toOffsets, toRange} from '../src/positions.js'

const doc = (text: string) => TextDocument.create('file:///x.md', 'markdown', 1, text)

/** The range of the first finding core reports in `text`, converted for LSP. */
function firstRange(text: string) {
  const [message] = lint(text, {format: 'text'})
  expect(message, `no finding in ${JSON.stringify(text)}`).toBeDefined()
  return toRange(doc(text), message.offset, message.endOffset)
}

describe('positions (UTF-16 code units, as LSP requires)', () => {
  it('counts an astral emoji as two units', () => {
    expect(firstRange('a😀 child pornography')).toEqual({start: {line: 0, character: 4}, end: {line: 0, character: 21}})
  })

  it('counts a combining mark as its own unit', () => {
    // "é" written as e + U+0301: two code units, one visible character.
    expect(firstRange('Cafe\u0301 child pornography')).toEqual({start: {line: 0, character: 6}, end: {line: 0, character: 23}})
  })

  it('treats CRLF as one line break and keeps columns after it', () => {
    expect(firstRange('First line.\r\nSecond 😀 child pornography.')).toEqual({start: {line: 1, character: 10}, end: {line: 1, character: 27}})
  })

  it('gives a finding across a CRLF line break a two-line range', () => {
    expect(firstRange('They found child\r\npornography.')).toEqual({start: {line: 0, character: 11}, end: {line: 1, character: 11}})
  })

  it('converts back to the same offsets', () => {
    const document = doc('x😀\r\ny child pornography')
    const range = toRange(document, 7, 24) // "child pornography", after an emoji and a CRLF
    expect(document.getText(range)).toBe('child pornography')
    expect(toOffsets(document, range)).toEqual({offset: 7, endOffset: 24})
  })

  it('contains positions at both ends of a range', () => {
    const range = {start: {line: 1, character: 2}, end: {line: 1, character: 5}}
    expect(rangeContains(range, {line: 1, character: 2})).toBe(true)
    expect(rangeContains(range, {line: 1, character: 5})).toBe(true)
    expect(rangeContains(range, {line: 1, character: 6})).toBe(false)
    expect(rangeContains(range, {line: 0, character: 3})).toBe(false)
  })

  it('reads the indentation of a line', () => {
    const document = doc('a\n  \tb child\r\nc')
    expect(indentationOf(document, 1)).toBe('  \t')
    expect(indentationOf(document, 2)).toBe('')
  })
})

describe('sameRange', () => {
  it('is true only for the same four numbers, and false for a range a client sent without its members', () => {
    const range = {start: {line: 2, character: 4}, end: {line: 2, character: 9}}
    expect(sameRange(range, structuredClone(range))).toBe(true)
    expect(sameRange(range, {...range, end: {line: 2, character: 10}})).toBe(false)
    expect(sameRange(range, {...range, start: {line: 1, character: 4}})).toBe(false)
    expect(sameRange(range, {start: {line: 2, character: 4}} as typeof range)).toBe(false)
  })
})
