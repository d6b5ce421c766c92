import {describe, expect, it} from 'vitest'
import {warmUpDocument, warmUpEdits, warmUpText} from '../dist/warm-up.js'

// The server runs its warm-up inside `initialize`: a throw there would leave the editor without
// a language server.
describe('the server’s warm-up', () => {
  it('applies its keystrokes and publishes the findings they move, without error', () => {
    expect(() => warmUpDocument()).not.toThrow()
  })

  it('types and deletes, so the text ends as it began', () => {
    let text = warmUpText
    for (const {edits, length} of warmUpEdits(warmUpText)) {
      for (const edit of edits) text = text.slice(0, edit.offset) + edit.text + text.slice(edit.endOffset)
      expect(text.length).toBe(length)
    }
    expect(text).toBe(warmUpText)
  })
})
