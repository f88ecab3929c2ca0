import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {RuleOptionError} from '@baogao/core'
import {unified} from 'unified'
import {afterEach, describe, expect, test} from 'vitest'
import validateSectionOrder, {loadRuleConfig, parseRuleConfig} from '../src/index.ts'
import {bodyTree, check} from './helpers.ts'

const gap = bodyTree(['一、甲', '二、乙', '四、丁'].join('\n'))

function attach(options: unknown): () => void {
  return () => {
    unified().use(validateSectionOrder, options as never).freeze()
  }
}

function caught(run: () => void): unknown {
  try {
    run()
  } catch (error) {
    return error
  }

  throw new Error('Expected a throw')
}

/** A rule's bad setting throws `@baogao/core`'s `RuleOptionError`. */
function describeRuleError(error: unknown) {
  if (!(error instanceof RuleOptionError)) return error
  const {name, message, origin, source, rule, field} = error
  return {isTypeError: error instanceof TypeError, name, message, origin, source, rule, field}
}

async function severities(options: unknown): Promise<Array<string>> {
  const file = await check(structuredClone(gap), options as never)
  return file.messages.map(
    (message) => message.ruleId + ' ' + String(message.fatal)
  )
}

describe('severity settings', () => {
  test('rules are on at their default severity', async () => {
    expect(await severities({profile: 'none'})).toEqual(['numbering-sequence false'])
  })

  test.each([
    ['off', []],
    [false, []],
    [0, []],
    ['warn', ['numbering-sequence false']],
    [1, ['numbering-sequence false']],
    ['error', ['numbering-sequence true']],
    [2, ['numbering-sequence true']],
    ['info', ['numbering-sequence undefined']],
    ['on', ['numbering-sequence false']],
    [true, ['numbering-sequence false']],
    [['error'], ['numbering-sequence true']],
    [['error', {continuation: 'restart'}], ['numbering-sequence true']],
    [{continuation: 'restart'}, ['numbering-sequence false']]
  ])('`numbering-sequence: %j`', async (setting, expected) => {
    expect(
      await severities({profile: 'none', rules: {'numbering-sequence': setting}})
    ).toEqual(expected)
  })

  test('`published-late` is informational by default and can be raised', async () => {
    const tree = bodyTree('一、甲', {published: '2021-05-01'})
    const info = await check(tree, {profile: 'none'})
    expect(info.messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['published-late', undefined]
    ])
    const error = await check(tree, {profile: 'none', rules: {'published-late': 'error'}})
    expect(error.messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['published-late', true]
    ])
  })

  test('messages carry rule id, source, url and place', async () => {
    const file = await check(structuredClone(gap), {profile: 'none'})
    const [message] = file.messages
    expect({
      ruleId: message?.ruleId,
      source: message?.source,
      url: message?.url,
      line: message?.line,
      column: message?.column,
      place: message?.place
    }).toEqual({
      ruleId: 'numbering-sequence',
      source: 'validate-section-order',
      url: 'https://github.com/baogao/baogao/tree/main/plugins/validate-section-order#numbering-sequence',
      line: 3,
      column: 1,
      place: {start: {line: 3, column: 1, offset: 8}, end: {line: 3, column: 4, offset: 11}}
    })
  })
})

describe('bad options fail when the plugin is attached', () => {
  test.each([
    ['x', '@baogao/validate-section-order: unexpected options `"x"`, expected an object'],
    [{profiles: 'x'}, '@baogao/validate-section-order: unexpected option `profiles`, expected `profile` or `rules`'],
    [{profile: 'annual'}, '@baogao/validate-section-order: unexpected `profile` `"annual"`, expected one of `auto`, `annual-report`, `duty-report`, `none`'],
    [{rules: []}, '@baogao/validate-section-order: unexpected `rules` `[]`, expected an object'],
    [
      {rules: {'numbering-order': 'off'}},
      '@baogao/validate-section-order: unexpected rule `numbering-order`, expected one of `numbering-sequence`, `numbering-style`, `numbering-nesting`, `template-missing`, `template-order`, `title-missing`, `year-mismatch`, `published-late`'
    ]
  ])('%j', (options, message) => {
    expect(attach(options)).toThrow(new TypeError(message))
  })

  // A rule's bad setting is `@baogao/core`'s `RuleOptionError` (a
  // `TypeError`): it names the rule and the field, for config errors.
  test.each([
    [
      {rules: {'year-mismatch': 'loud'}},
      'year-mismatch',
      'severity',
      '@baogao/validate-section-order: rule `year-mismatch`: unexpected severity `"loud"`, expected one of `off`, `on`, `info`, `warn`, `error`, a boolean, `0`, `1` or `2`'
    ],
    [
      {rules: {'year-mismatch': ['warn', {minimumMentions: 0}]}},
      'year-mismatch',
      'minimumMentions',
      '@baogao/validate-section-order: rule `year-mismatch`: unexpected `minimumMentions` value `0`, expected an integer of at least `1`'
    ],
    [
      {rules: {'numbering-nesting': ['warn', {allowSkips: true}]}},
      'numbering-nesting',
      'allowSkips',
      '@baogao/validate-section-order: rule `numbering-nesting`: unexpected option `allowSkips`, expected one of `allowSkip`'
    ],
    [
      {rules: {'template-order': ['warn', {strict: true}]}},
      'template-order',
      'strict',
      '@baogao/validate-section-order: rule `template-order`: unexpected option `strict`, expected no options'
    ],
    [
      {rules: {'template-missing': ['warn', {ignore: ['duty', 'appendix']}]}},
      'template-missing',
      'ignore[1]',
      '@baogao/validate-section-order: rule `template-missing`: unexpected `ignore[1]` value `"appendix"`, expected one of `measures`, `shortcomings`, `duty`, `plans`, `other`'
    ],
    [
      {rules: {'template-missing': {ignore: 'duty'}}},
      'template-missing',
      'ignore',
      '@baogao/validate-section-order: rule `template-missing`: unexpected `ignore` value `"duty"`, expected an array of values from `measures`, `shortcomings`, `duty`, `plans`, `other`'
    ],
    [
      {rules: {'published-late': ['info', {deadline: '4月1日'}]}},
      'published-late',
      'deadline',
      '@baogao/validate-section-order: rule `published-late`: unexpected `deadline` value `"4月1日"`, expected a string such as `04-01`'
    ],
    [
      {rules: {'numbering-sequence': ['warn', {continuation: 'auto'}, 1]}},
      'numbering-sequence',
      'severity',
      '@baogao/validate-section-order: rule `numbering-sequence`: unexpected tuple of length `3`, expected `[severity]` or `[severity, options]`'
    ],
    [
      {rules: {'numbering-style': ['warn', 'strict']}},
      'numbering-style',
      'options',
      '@baogao/validate-section-order: rule `numbering-style`: unexpected options `"strict"`, expected an object'
    ]
  ])('%j', (options, rule, field, message) => {
    expect(describeRuleError(caught(attach(options)))).toEqual({
      isTypeError: true,
      name: 'RuleOptionError',
      message,
      origin: '@baogao/validate-section-order',
      source: 'validate-section-order',
      rule,
      field
    })
  })
})

describe('config files', () => {
  const folders: string[] = []
  afterEach(async () => {
    await Promise.all(folders.splice(0).map(async (folder) => rm(folder, {recursive: true, force: true})))
  })

  async function temporaryFolder() {
    const folder = await mkdtemp(join(tmpdir(), 'baogao-vso-'))
    folders.push(folder)
    return folder
  }

  test('loads profile and rules from JSON', async () => {
    const folder = await temporaryFolder()
    const path = join(folder, 'rules.json')
    await writeFile(
      path,
      JSON.stringify({
        $schema: './schema.json',
        profile: 'none',
        rules: {'numbering-sequence': ['error'], 'year-mismatch': 'off'}
      })
    )
    const options = await loadRuleConfig(path)
    expect(options).toEqual({
      profile: 'none',
      rules: {'numbering-sequence': ['error'], 'year-mismatch': 'off'}
    })
    expect(await severities(options)).toEqual(['numbering-sequence true'])
  })

  test('a config file switches a rule off', async () => {
    const folder = await temporaryFolder()
    const path = join(folder, 'rules.json')
    await writeFile(path, '{"rules": {"numbering-sequence": "off"}}')
    expect(await severities({...(await loadRuleConfig(path)), profile: 'none'})).toEqual([])
  })

  test('a bad config file names the file and the rule', async () => {
    const folder = await temporaryFolder()
    const path = join(folder, 'rules.json')
    await writeFile(path, '{"rules": {"numbering-sequence": ["warn", {"continuation": "always"}]}}')
    expect(describeRuleError(await loadRuleConfig(path).catch((reason: unknown) => reason))).toEqual({
      isTypeError: true,
      name: 'RuleOptionError',
      message:
        path +
        ': rule `numbering-sequence`: unexpected `continuation` value `"always"`, expected one of `auto`, `restart`, `continue`',
      origin: path,
      source: 'validate-section-order',
      rule: 'numbering-sequence',
      field: 'continuation'
    })
    await writeFile(path, '{"rules": ')
    await expect(loadRuleConfig(path)).rejects.toThrow(
      new Error(path + ': unexpected content, expected JSON')
    )
  })

  test('parseRuleConfig validates a value', () => {
    expect(parseRuleConfig({rules: {'title-missing': 'error'}}, 'x.json')).toEqual({
      rules: {'title-missing': 'error'}
    })
    expect(() => parseRuleConfig({rules: {'title-missing': 3}}, 'x.json')).toThrow(
      'x.json: rule `title-missing`: unexpected severity `3`'
    )
  })
})
