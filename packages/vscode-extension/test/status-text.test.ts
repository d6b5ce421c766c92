import {describe, expect, it} from 'vitest'
import {statusText, statusTooltip} from '../src/status-text'

describe('statusText', () => {
  it('shows the count and the profile', () => {
    expect(statusText(3, 'journalism')).toBe('luxlint: 3 · journalism')
    expect(statusText(0, 'legal')).toBe('luxlint: 0 · legal')
  })

  it('leaves the profile out when the config file chooses it', () => {
    expect(statusText(2, undefined)).toBe('luxlint: 2')
  })

  it('says when luxlint is turned off', () => {
    expect(statusText(5, 'default', false)).toBe('luxlint: off')
  })
})

describe('statusTooltip', () => {
  it('counts findings and hinted notes in sentences', () => {
    expect(statusTooltip(1, 0, 'journalism')).toBe('1 luxlint finding in this document, with the “journalism” profile. Click to open the Problems panel.')
    expect(statusTooltip(3, 2, undefined)).toBe(
      '3 luxlint findings in this document, with the profile of the config file, or default. 2 notes on quotations, mentions or citations are shown as dotted hints. Click to open the Problems panel.'
    )
  })
})
