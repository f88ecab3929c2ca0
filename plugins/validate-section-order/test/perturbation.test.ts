import {readFileSync, readdirSync} from 'node:fs'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, test} from 'vitest'
import {checkText, seed} from './helpers.ts'
import type {Expected, Perturbation} from './perturb.ts'
import {perturbations} from './perturb.ts'

/** Rules about structure: what perturbations break. */
const structural = new Set([
  'numbering-sequence',
  'numbering-style',
  'numbering-nesting',
  'template-missing',
  'template-order'
])

const synthetic = new URL('fixtures/synthetic/', import.meta.url)

const bases: Array<[string, string]> = [
  ...['000', '001', '002', '003', '004'].map((name): [string, string] => ['seed ' + name, seed(name)]),
  ...readdirSync(synthetic)
    .sort()
    .map((name): [string, string] => [name, readFileSync(new URL(name, synthetic), 'utf8')])
]

function ownStructural(messages: Array<VFileMessage>): Array<VFileMessage> {
  return messages.filter(
    (message) => message.source === 'validate-section-order' && structural.has(message.ruleId ?? '')
  )
}

function matches(message: VFileMessage, expected: Expected): boolean {
  return (
    message.ruleId === expected.ruleId &&
    (expected.lines.length === 0 || expected.lines.includes(message.line ?? -1))
  )
}

interface Case {
  name: string
  text: string
  before: Array<string>
  list: Array<Perturbation>
}

// Parse every base and derive its perturbations up front, so that each
// perturbation is a test of its own.
const cases: Array<Case> = []
for (const [name, text] of bases) {
  const {file, tree} = await checkText(text)
  cases.push({
    name,
    text,
    before: ownStructural(file.messages).map((message) => message.ruleId + ' ' + message.reason),
    list: perturbations(text, tree)
  })
}

describe.each(cases)('$name', ({text, before, list}) => {
  test('untouched: no numbering or template-order message', async () => {
    const {file} = await checkText(text)
    expect(
      ownStructural(file.messages)
        .filter((message) => message.ruleId !== 'template-missing')
        .map((message) => message.line + ' ' + message.ruleId + ' ' + message.reason)
    ).toEqual([])
  })

  test('the generator covers at least four kinds of change', () => {
    expect(new Set(list.map((item) => item.operation)).size).toBeGreaterThanOrEqual(4)
  })

  test.each(list)('$description', async (perturbation) => {
    const after = ownStructural((await checkText(perturbation.text)).file.messages)
    const remaining = [...before]
    const fresh = after.filter((message) => {
      const index = remaining.indexOf(message.ruleId + ' ' + message.reason)
      if (index === -1) return true
      remaining.splice(index, 1)
      return false
    })
    const found = after.map((message) => message.line + ' ' + message.ruleId)

    for (const expected of perturbation.expected) {
      expect(
        after.some((message) => matches(message, expected)),
        expected.ruleId + ' at ' + expected.lines.join('|') + ', got ' + found.join(', ')
      ).toBe(true)
    }

    const known = [...perturbation.expected, ...perturbation.allowed]
    expect(
      fresh
        .filter((message) => !known.some((expected) => matches(message, expected)))
        .map((message) => message.line + ' ' + message.ruleId + ' ' + message.reason)
    ).toEqual([])
  })
})
