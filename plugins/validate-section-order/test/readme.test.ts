import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import type {RuleId} from '../src/index.ts'
import {ruleIds} from '../src/index.ts'
import {checkText, own} from './helpers.ts'

interface Example {
  rule: RuleId
  pass: string
  fail: string
  out: Array<string>
}

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

/** The `text pass`, `text fail` and `text out` blocks of each rule's section. */
function examples(): Array<Example> {
  const sections = readme.split(/^### `([a-z-]+)`$/m)
  const result: Array<Example> = []

  for (let index = 1; index < sections.length; index += 2) {
    const rule = sections[index] as RuleId
    const body = sections[index + 1] ?? ''
    const blocks = new Map<string, Array<string>>()
    for (const match of body.matchAll(/^```text (pass|fail|out)\n([\s\S]*?)^```$/gm)) {
      const kind = match[1] ?? ''
      blocks.set(kind, [...(blocks.get(kind) ?? []), (match[2] ?? '').replace(/\n$/, '')])
    }

    const [pass, fail, out] = ['pass', 'fail', 'out'].map((kind) => blocks.get(kind) ?? [])
    if (pass?.length !== 1 || fail?.length !== 1 || out?.length !== 1) {
      throw new Error('Unexpected examples for `' + rule + '`, expected one pass, fail and out block')
    }

    result.push({rule, pass: pass[0] ?? '', fail: fail[0] ?? '', out: (out[0] ?? '').split('\n')})
  }

  return result
}

/** Only `rule` on, at its default severity. */
function only(rule: RuleId) {
  return {rules: Object.fromEntries(ruleIds.map((id) => [id, id === rule ? 'on' : 'off']))}
}

test('the README documents every rule, in order, with examples', () => {
  expect(examples().map((example) => example.rule)).toEqual(ruleIds)
})

describe.each(examples())('README example of `$rule`', ({rule, pass, fail, out}) => {
  test('the passing example yields nothing', async () => {
    const {file} = await checkText(pass, only(rule))
    expect(own(file)).toEqual([])
  })

  test('the failing example yields exactly the messages shown', async () => {
    const {file} = await checkText(fail, only(rule))
    expect(own(file)).toEqual(out)
    expect(file.messages.filter((message) => message.source === 'validate-section-order').every((message) => message.ruleId === rule)).toBe(true)
  })

  test('the passing example passes with every rule on', async () => {
    const {file} = await checkText(pass, {profile: 'none'})
    expect(own(file)).toEqual([])
  })
})
