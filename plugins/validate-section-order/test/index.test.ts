import {expect, test} from 'vitest'

test('public exports', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'default',
    'loadRuleConfig',
    'parseRuleConfig',
    'ruleIds'
  ])
})

test('rule ids', async () => {
  const {ruleIds} = await import('../src/index.ts')
  expect(ruleIds).toEqual([
    'numbering-sequence',
    'numbering-style',
    'numbering-nesting',
    'template-missing',
    'template-order',
    'title-missing',
    'year-mismatch',
    'published-late'
  ])
})
