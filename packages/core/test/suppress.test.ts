import {describe, expect, it} from 'vitest'
import {lint} from '@luxlint/core'

const ids = (text: string, options = {}) => lint(text, options).map((m) => [m.ruleId, m.line])

describe('suppression comments', () => {
  it('disable-next-line with a reason silences the next line only', () => {
    const md = '<!-- luxlint-disable-next-line child-pornography -- quoting the 1996 statute -->\nThe child pornography statute.\n\nMore child pornography.\n'
    expect(ids(md)).toEqual([['child-pornography', 4]])
  })
  it('disable … enable silences a range, for the named rules', () => {
    const md = 'child porn\n\n<!-- luxlint-disable child-pornography -- archive copy -->\n\nchild porn and child sex tourism\n\n<!-- luxlint-enable -->\n\nchild porn\n'
    expect(ids(md)).toEqual([['child-pornography', 1], ['child-sex-tourism', 5], ['child-pornography', 9]])
  })
  it('a disable without rule ids covers every rule', () => {
    expect(ids('<!-- luxlint-disable -- legacy page -->\n\nchild porn, child sex tourism\n')).toEqual([])
  })
  it('works in HTML, MDX and plain text', () => {
    expect(ids('<!-- luxlint-disable-next-line -- quote -->\n<p>child porn</p>', {format: 'html'})).toEqual([])
    expect(ids('{/* luxlint-disable-next-line child-pornography -- quote */}\nchild porn\n')).toEqual([])
    expect(ids('# luxlint-disable-next-line child-pornography -- statute title\nchild porn\nchild porn\n', {format: 'text'})).toEqual([['child-pornography', 3]])
  })
  it('a suppression without a reason is itself reported', () => {
    const [m] = lint('<!-- luxlint-disable-next-line child-pornography -->\nchild porn\n')
    expect(m).toMatchObject({ruleId: 'disable-without-reason', severity: 'suggestion', line: 1})
  })
  it('an unknown rule id is reported and suppresses nothing', () => {
    expect(ids('<!-- luxlint-disable-next-line child-porn -- typo -->\nchild porn\n')).toEqual([['unknown-rule-in-disable', 1], ['child-pornography', 2]])
  })
  it('comments shown inside Markdown code are examples, not directives', () => {
    expect(ids('```\n<!-- luxlint-disable -->\n```\n\nUse `<!-- luxlint-disable-next-line x -->` like this.\n\nchild porn\n')).toEqual([['child-pornography', 7]])
  })
  it('unused suppressions are reported on request', () => {
    const text = '<!-- luxlint-disable-next-line child-pornography -- quote -->\nNothing here.\n'
    expect(ids(text)).toEqual([])
    expect(ids(text, {reportUnusedDisable: true})).toEqual([['unused-disable', 1]])
  })
})
