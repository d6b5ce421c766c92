import type {Document} from '@xmldom/xmldom'
import {childElements, wAttr, wChild} from '../xml.js'

interface Level {
  start: number
  format: string
  text: string
}

/**
 * Word's automatic numbering ("§ 3", "(b)"), which is not in the text: counted here so heading
 * paths show what the reader sees. Counters are shared by the lists of one abstract numbering.
 */
export class Numbering {
  private readonly levels = new Map<string, Level[]>()
  private readonly abstractOf = new Map<string, string>()
  private readonly starts = new Map<string, Map<number, number>>()
  private readonly counters = new Map<string, number[]>()

  constructor(document: Document | undefined) {
    if (!document) return
    for (const node of childElements(document.documentElement!)) {
      if (node.localName === 'abstractNum') {
        const levels: Level[] = []
        for (const level of childElements(node)) {
          if (level.localName !== 'lvl') continue
          levels[Number(wAttr(level, 'ilvl') ?? 0)] = {
            start: Number(wAttr(wChild(level, 'start'), 'val') ?? 1),
            format: wAttr(wChild(level, 'numFmt'), 'val') ?? 'decimal',
            text: wAttr(wChild(level, 'lvlText'), 'val') ?? ''
          }
        }
        this.levels.set(wAttr(node, 'abstractNumId') ?? '', levels)
      } else if (node.localName === 'num') {
        const numId = wAttr(node, 'numId') ?? ''
        this.abstractOf.set(numId, wAttr(wChild(node, 'abstractNumId'), 'val') ?? '')
        const overrides = new Map<number, number>()
        for (const override of childElements(node)) {
          const start = override.localName === 'lvlOverride' ? wAttr(wChild(override, 'startOverride'), 'val') : undefined
          if (start !== undefined) overrides.set(Number(wAttr(override, 'ilvl') ?? 0), Number(start))
        }
        this.starts.set(numId, overrides)
      }
    }
  }

  /** Count one numbered paragraph and return its label ("§ 3", "(b)"), or undefined for bullets and "none". */
  next(numId: string, ilvl: number): string | undefined {
    if (numId === '0') return undefined
    const abstract = this.abstractOf.get(numId)
    const levels = abstract === undefined ? undefined : this.levels.get(abstract)
    if (!levels || !levels[ilvl]) return undefined
    const key = abstract!
    const counters = this.counters.get(key) ?? []
    this.counters.set(key, counters)
    const startOf = (level: number) => this.starts.get(numId)?.get(level) ?? levels[level]?.start ?? 1
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl] + 1
    counters.length = ilvl + 1
    const level = levels[ilvl]
    if (level.format === 'bullet' || level.format === 'none') return undefined
    const label = level.text.replace(/%([1-9])/g, (_, n: string) => {
      const at = Number(n) - 1
      const value = counters[at] ?? startOf(at)
      return formatNumber(value, levels[at]?.format ?? 'decimal')
    })
    return label.trim() || undefined
  }
}

export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value)
    case 'upperLetter':
      return letters(value).toUpperCase()
    case 'lowerRoman':
      return roman(value).toLowerCase()
    case 'upperRoman':
      return roman(value)
    case 'decimalZero':
      return value < 10 ? '0' + value : String(value)
    default:
      return String(value)
  }
}

/** a..z, then aa..zz, as Word counts. */
function letters(value: number): string {
  if (value < 1) return String(value)
  const letter = String.fromCharCode(97 + ((value - 1) % 26))
  return letter.repeat(Math.floor((value - 1) / 26) + 1)
}

function roman(value: number): string {
  if (value < 1 || value > 3999) return String(value)
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  let result = ''
  for (const [amount, symbol] of table) {
    while (value >= amount) {
      result += symbol
      value -= amount
    }
  }
  return result
}
