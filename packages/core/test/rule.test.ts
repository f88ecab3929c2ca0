import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {
  RuleOptionError,
  addRuleMessage,
  defineRule,
  emptyMeta,
  paragraph,
  resolveRuleSetting,
  resolveRuleSettings,
  root,
  text
} from '../src/index.ts'
import type {ResolvedRules, Root, RuleMeta, RuleSettings} from '../src/index.ts'

interface CountOptions {
  minimum?: number
  mode?: 'strict' | 'loose'
  units?: Array<string>
  words?: Array<string>
  label?: string
  ratio?: number
  flag?: boolean
  even?: number
}

const meta: RuleMeta<CountOptions> = {
  id: 'count-things',
  source: 'baogao-plugin-count',
  url: 'https://example.org/count#count-things',
  fields: {
    minimum: {kind: 'integer', minimum: 0},
    mode: {kind: 'enum', values: ['strict', 'loose']},
    units: {kind: 'list', values: ['件', '人次']},
    words: {kind: 'strings'},
    label: {kind: 'string', pattern: /^[a-z]+$/, example: 'abc'},
    ratio: {kind: 'number', minimum: 0, maximum: 1},
    flag: {kind: 'boolean'},
    even: {kind: 'custom', expected: 'an even number', test: (value) => typeof value === 'number' && value % 2 === 0}
  }
}

function thrownError(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }

  throw new Error('Expected a throw')
}

function thrown(run: () => unknown): {name: string; message: string; rule: string; field: string; source: string} {
  const problem = thrownError(run) as RuleOptionError
  return {name: problem.name, message: problem.message, rule: problem.rule, field: problem.field, source: problem.source}
}

describe('resolveRuleSetting', () => {
  it('reads levels, tuples, booleans, numbers and options alone', () => {
    expect(resolveRuleSetting(meta, undefined)).toEqual({severity: 'warn', options: {}})
    expect(resolveRuleSetting(meta, null)).toEqual({severity: 'warn', options: {}})
    expect(resolveRuleSetting(meta, 'on')).toEqual({severity: 'warn', options: {}})
    expect(resolveRuleSetting({...meta, defaultSeverity: 'error'}, true)).toEqual({severity: 'error', options: {}})
    expect(resolveRuleSetting(meta, false)).toEqual({severity: 'off', options: {}})
    expect(resolveRuleSetting(meta, 0)).toEqual({severity: 'off', options: {}})
    expect(resolveRuleSetting(meta, 1)).toEqual({severity: 'warn', options: {}})
    expect(resolveRuleSetting(meta, 2)).toEqual({severity: 'error', options: {}})
    expect(resolveRuleSetting(meta, 'info')).toEqual({severity: 'info', options: {}})
    expect(resolveRuleSetting(meta, ['error'])).toEqual({severity: 'error', options: {}})
    expect(resolveRuleSetting(meta, ['error', {minimum: 3}])).toEqual({severity: 'error', options: {minimum: 3}})
    expect(resolveRuleSetting(meta, ['off', null])).toEqual({severity: 'off', options: {}})
    expect(resolveRuleSetting(meta, {mode: 'loose', units: ['件']})).toEqual({severity: 'warn', options: {mode: 'loose', units: ['件']}})
  })

  it('accepts every field kind with a fitting value', () => {
    const options = {minimum: 0, mode: 'strict', units: ['件', '人次'], words: ['x'], label: 'abc', ratio: 0.5, flag: false, even: 4}
    expect(resolveRuleSetting(meta, ['warn', options])).toEqual({severity: 'warn', options})
  })

  it('throws a RuleOptionError naming the rule and the field', () => {
    const base = {name: 'RuleOptionError', rule: 'count-things', source: 'baogao-plugin-count'}
    const prefix = 'baogao-plugin-count: rule `count-things`: '
    expect(thrown(() => resolveRuleSetting(meta, 'loud'))).toEqual({
      ...base,
      field: 'severity',
      message: prefix + 'unexpected severity `"loud"`, expected one of `off`, `on`, `info`, `warn`, `error`, a boolean, `0`, `1` or `2`'
    })
    expect(thrown(() => resolveRuleSetting(meta, ['warn', {}, 1]))).toEqual({
      ...base,
      field: 'severity',
      message: prefix + 'unexpected tuple of length `3`, expected `[severity]` or `[severity, options]`'
    })
    expect(thrown(() => resolveRuleSetting(meta, ['warn', 'x']))).toEqual({
      ...base,
      field: 'options',
      message: prefix + 'unexpected options `"x"`, expected an object'
    })
    expect(thrown(() => resolveRuleSetting(meta, {minimun: 1}))).toEqual({
      ...base,
      field: 'minimun',
      message: prefix + 'unexpected option `minimun`, expected one of `minimum`, `mode`, `units`, `words`, `label`, `ratio`, `flag`, `even`'
    })
    expect(thrown(() => resolveRuleSetting(meta, {minimum: -1}))).toEqual({
      ...base,
      field: 'minimum',
      message: prefix + 'unexpected `minimum` value `-1`, expected an integer of at least `0`'
    })
    expect(thrown(() => resolveRuleSetting(meta, {minimum: 1.5})).field).toBe('minimum')
    expect(thrown(() => resolveRuleSetting(meta, {ratio: 2})).message).toBe(prefix + 'unexpected `ratio` value `2`, expected a number from `0` to `1`')
    expect(thrown(() => resolveRuleSetting(meta, {mode: 'fast'})).message).toBe(prefix + 'unexpected `mode` value `"fast"`, expected one of `strict`, `loose`')
    expect(thrown(() => resolveRuleSetting(meta, {units: ['件', '个']}))).toEqual({
      ...base,
      field: 'units[1]',
      message: prefix + 'unexpected `units[1]` value `"个"`, expected one of `件`, `人次`'
    })
    expect(thrown(() => resolveRuleSetting(meta, {units: '件'})).message).toBe(prefix + 'unexpected `units` value `"件"`, expected an array of values from `件`, `人次`')
    expect(thrown(() => resolveRuleSetting(meta, {words: [1]})).message).toBe(prefix + 'unexpected `words[0]` value `1`, expected a string')
    expect(thrown(() => resolveRuleSetting(meta, {label: 'ABC'})).message).toBe(prefix + 'unexpected `label` value `"ABC"`, expected a string such as `abc`')
    expect(thrown(() => resolveRuleSetting(meta, {flag: 'yes'})).message).toBe(prefix + 'unexpected `flag` value `"yes"`, expected a boolean')
    expect(thrown(() => resolveRuleSetting(meta, {even: 3})).message).toBe(prefix + 'unexpected `even` value `3`, expected an even number')
  })

  it('rejects inherited names as options', () => {
    expect(thrown(() => resolveRuleSetting(meta, JSON.parse('{"constructor": 1}'))).field).toBe('constructor')
  })

  it('says a rule without fields takes no options', () => {
    const bare: RuleMeta<Record<string, never>> = {id: 'bare', source: 's', url: 'https://example.org', fields: {}}
    expect(thrown(() => resolveRuleSetting(bare, {x: 1})).message).toBe('s: rule `bare`: unexpected option `x`, expected no options')
  })

  it('names the origin it is given (a config file) instead of the source', () => {
    const error = thrownError(() => resolveRuleSetting(meta, ['warn', {minimum: -1}], '/project/rules.json'))
    expect(error).toBeInstanceOf(RuleOptionError)
    expect(error).toBeInstanceOf(TypeError)
    const problem = error as RuleOptionError
    expect({message: problem.message, origin: problem.origin, source: problem.source, rule: problem.rule, field: problem.field}).toEqual({
      message: '/project/rules.json: rule `count-things`: unexpected `minimum` value `-1`, expected an integer of at least `0`',
      origin: '/project/rules.json',
      source: 'baogao-plugin-count',
      rule: 'count-things',
      field: 'minimum'
    })
    expect((thrownError(() => resolveRuleSetting(meta, 'loud')) as RuleOptionError).origin).toBe('baogao-plugin-count')
  })
})

describe('resolveRuleSettings', () => {
  interface OptionsByRule {
    'count-things': CountOptions
    'no-title': Record<string, never>
    'late-date': {deadline?: string}
  }

  const rules: {readonly [Id in keyof OptionsByRule]: RuleMeta<OptionsByRule[Id]>} = {
    'count-things': meta,
    'no-title': {id: 'no-title', source: 'baogao-plugin-count', url: 'https://example.org/count#no-title', fields: {}},
    'late-date': {
      id: 'late-date',
      source: 'baogao-plugin-count',
      url: 'https://example.org/count#late-date',
      defaultSeverity: 'info',
      fields: {deadline: {kind: 'string', pattern: /^\d\d-\d\d$/, example: '04-01'}}
    }
  }
  const origin = '@acme/baogao-plugin-count'

  it('gives every rule its own severity and options, in the order of the rules', () => {
    const settings: RuleSettings<OptionsByRule> = {'late-date': ['error', {deadline: '03-31'}], 'count-things': {minimum: 2}, 'no-title': false}
    const resolved: ResolvedRules<OptionsByRule> = resolveRuleSettings(rules, settings, origin)
    expect(Object.keys(resolved)).toEqual(['count-things', 'no-title', 'late-date'])
    expect(resolved).toEqual({
      'count-things': {severity: 'warn', options: {minimum: 2}},
      'no-title': {severity: 'off', options: {}},
      'late-date': {severity: 'error', options: {deadline: '03-31'}}
    })
  })

  it('turns every rule on at its default severity when none are given', () => {
    const all = {
      'count-things': {severity: 'warn', options: {}},
      'no-title': {severity: 'warn', options: {}},
      'late-date': {severity: 'info', options: {}}
    }
    expect(resolveRuleSettings(rules, undefined, origin)).toEqual(all)
    expect(resolveRuleSettings(rules, null, origin)).toEqual(all)
    expect(resolveRuleSettings(rules, {'no-title': null, 'late-date': 'on'}, origin)).toEqual(all)
  })

  it('throws a TypeError naming the origin for settings that are not an object or name an unknown rule', () => {
    const plain = (run: () => unknown) => {
      const error = thrownError(run) as Error
      return [error instanceof RuleOptionError, error instanceof TypeError, error.message]
    }

    expect(plain(() => resolveRuleSettings(rules, ['count-things'], origin))).toEqual([false, true, origin + ': unexpected `rules` `["count-things"]`, expected an object'])
    expect(plain(() => resolveRuleSettings(rules, 'off', origin))).toEqual([false, true, origin + ': unexpected `rules` `"off"`, expected an object'])
    expect(plain(() => resolveRuleSettings(rules, {'count-thing': 'off'}, origin))).toEqual([false, true, origin + ': unexpected rule `count-thing`, expected one of `count-things`, `no-title`, `late-date`'])
    expect(plain(() => resolveRuleSettings(rules, JSON.parse('{"toString": "off"}'), origin))).toEqual([false, true, origin + ': unexpected rule `toString`, expected one of `count-things`, `no-title`, `late-date`'])
  })

  it('throws a RuleOptionError naming the origin, the rule and the field for one rule’s bad setting', () => {
    expect(thrown(() => resolveRuleSettings(rules, {'count-things': 'on', 'late-date': ['warn', {deadline: '4月1日'}]}, 'rules.json'))).toEqual({
      name: 'RuleOptionError',
      source: 'baogao-plugin-count',
      rule: 'late-date',
      field: 'deadline',
      message: 'rules.json: rule `late-date`: unexpected `deadline` value `"4月1日"`, expected a string such as `04-01`'
    })
    expect(thrown(() => resolveRuleSettings(rules, {'no-title': ['warn', {strict: true}]}, origin)).message).toBe(
      origin + ': rule `no-title`: unexpected option `strict`, expected no options'
    )
  })
})

describe('addRuleMessage', () => {
  const place = {start: {line: 2, column: 1, offset: 5}, end: {line: 2, column: 4, offset: 8}}

  it('stamps ruleId, source, url and severity', () => {
    const file = new VFile()
    addRuleMessage(file, meta, 'warn', 'Unexpected `x`, expected `y`', place)
    addRuleMessage(file, meta, 'error', 'Unexpected `z`', place.start, {actual: 'z', expected: ['y']})
    addRuleMessage(file, meta, 'info', 'Unexpected nothing')
    expect(addRuleMessage(file, meta, 'off', 'Never')).toBeUndefined()
    expect(file.messages.map((message) => ({
      reason: message.reason,
      ruleId: message.ruleId,
      source: message.source,
      url: message.url,
      fatal: message.fatal,
      line: message.line,
      column: message.column,
      actual: message.actual,
      expected: message.expected
    }))).toEqual([
      {reason: 'Unexpected `x`, expected `y`', ruleId: 'count-things', source: 'baogao-plugin-count', url: meta.url, fatal: false, line: 2, column: 1, actual: undefined, expected: undefined},
      {reason: 'Unexpected `z`', ruleId: 'count-things', source: 'baogao-plugin-count', url: meta.url, fatal: true, line: 2, column: 1, actual: 'z', expected: ['y']},
      {reason: 'Unexpected nothing', ruleId: 'count-things', source: 'baogao-plugin-count', url: meta.url, fatal: undefined, line: undefined, column: undefined, actual: undefined, expected: undefined}
    ])
  })

  it('takes a node as the place, and a generated node as no place', () => {
    const file = new VFile()
    addRuleMessage(file, meta, 'warn', 'a', {type: 'text', value: 'x', position: place})
    addRuleMessage(file, meta, 'warn', 'b', {type: 'redacted'})
    expect(file.messages.map((message) => [message.line, message.column, message.place])).toEqual([
      [2, 1, place],
      [undefined, undefined, undefined]
    ])
  })
})

describe('defineRule', () => {
  const span = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 10, offset: 9}}
  const tree = (): Root =>
    root(emptyMeta('plain-text', 'a.txt'), [
      paragraph([text('共办理案件120件', span)], span)
    ])

  const rule = defineRule(
    {...meta, id: 'has-count'},
    {minimum: 1, mode: 'strict', units: ['件'], words: [], label: 'a', ratio: 0, flag: false, even: 0},
    ({tree, options, report, severity}) => {
      report('Unexpected minimum `' + options.minimum + '` at ' + severity + ', mode `' + options.mode + '`', tree.children[0])
    }
  )

  it('is named after the rule id, for listings', () => {
    expect(rule.name).toBe('hasCount')
  })

  it('runs with defaults, given options over them, at the given severity', async () => {
    const file = new VFile()
    await unified().use(rule, ['error', {minimum: 5, mode: undefined}]).run(tree(), file)
    const plain = new VFile()
    unified().use(rule).runSync(tree(), plain)
    expect([...file.messages, ...plain.messages].map((message) => [message.reason, message.fatal, message.ruleId, message.line])).toEqual([
      ['Unexpected minimum `5` at error, mode `strict`', true, 'has-count', 1],
      ['Unexpected minimum `1` at warn, mode `strict`', false, 'has-count', 1]
    ])
  })

  it('does nothing when off', async () => {
    const file = new VFile()
    await unified().use(rule, 'off').run(tree(), file)
    expect(file.messages).toEqual([])
  })

  it('checks the setting when the plugin is attached, before any file', () => {
    const processor = unified().use(rule, {minimum: -2})
    expect(() => processor.freeze()).toThrow(new RuleOptionError('baogao-plugin-count', 'has-count', 'minimum', 'unexpected `minimum` value `-2`, expected an integer of at least `0`'))
  })

  it('waits for an async check', async () => {
    const slow = defineRule({id: 'slow', source: 's', url: 'https://example.org/#slow', fields: {}}, {}, async ({report}) => {
      await new Promise((resolve) => setTimeout(resolve, 1))
      report('Unexpected slowness')
    })
    const file = new VFile()
    await unified().use(slow).run(tree(), file)
    expect(file.messages.map((message) => message.reason)).toEqual(['Unexpected slowness'])
  })

  it('rejects bad rule metadata at once', () => {
    expect(() => defineRule({id: 'Bad Id', source: 's', url: 'https://x', fields: {}}, {}, () => {})).toThrow('defineRule: unexpected `id`, expected a kebab-case rule id')
    expect(() => defineRule({id: 'ok', source: '', url: 'https://x', fields: {}}, {}, () => {})).toThrow('defineRule: unexpected `source`, expected the package name')
    expect(() => defineRule({id: 'ok', source: 's', url: 'readme#ok', fields: {}}, {}, () => {})).toThrow('defineRule: unexpected `url`, expected an `http(s)` URL')
  })
})
