import {expect, test} from 'vitest'

test('exports the public API', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'RuleOptionError',
    'addRuleMessage',
    'checkTree',
    'closing',
    'defineRule',
    'detectRole',
    'emptyMeta',
    'enumeration',
    'enumerationItem',
    'findDates',
    'heading',
    'headingTitle',
    'note',
    'numbering',
    'paragraph',
    'parseChineseNumeral',
    'parseDate',
    'redacted',
    'registerNodeType',
    'resolveRuleSetting',
    'resolveRuleSettings',
    'root',
    'salutation',
    'section',
    'signatory',
    'signature',
    'signatureDate',
    'table',
    'tableCell',
    'tableRow',
    'text',
    'title',
    'toMessageRecord',
    'toText'
  ])
})

test('exports the testing API from `@baogao/plugin-kit/testing`', async () => {
  expect(Object.keys(await import('../src/testing.ts')).sort()).toEqual([
    'checkConformance',
    'conformanceChecks',
    'createSubjectProcessor',
    'describeConformance',
    'describeFixtures',
    'formatMessages',
    'formatPlace',
    'listFixtureCases',
    'outputValue',
    'readSubjectInput',
    'runFixtureCase',
    'sampleReports',
    'updating',
    'writeFixtureGoldens'
  ])
})

test('exports the scaffolder from `@baogao/plugin-kit/scaffold`', async () => {
  expect(Object.keys(await import('../src/scaffold.ts')).sort()).toEqual(['createPluginPackage', 'pluginNames', 'templateVersions'])
})

test('re-exports core’s builders and rule helper as they are', async () => {
  const kit = await import('../src/index.ts')
  const core = await import('@baogao/core')
  expect(kit.defineRule).toBe(core.defineRule)
  expect(kit.paragraph).toBe(core.paragraph)
  expect(kit.checkTree).toBe(core.checkTree)
  expect(kit.RuleOptionError).toBe(core.RuleOptionError)
  expect(kit.resolveRuleSettings).toBe(core.resolveRuleSettings)
})
