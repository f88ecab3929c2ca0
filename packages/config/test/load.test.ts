import path from 'node:path'
import {pipelines as builtInPipelines} from '@baogao/pipelines'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {ConfigError, configPipelineModule, createPipelineModule, loadConfig, pipelineModuleUrl} from '../src/index.ts'
import type {ConfigPipeline} from '../src/index.ts'
import {json, project, ruleModule} from './helpers.ts'

// The registry grows as pipelines are added; these tests follow it.
const builtInNames = Object.keys(builtInPipelines).sort()
const textToJsonTransformers = (builtInPipelines['text-to-json']?.transformers ?? []).map((step) => [step.name, step.parameters])

function describePipeline(definition: ConfigPipeline) {
  return {
    name: definition.name,
    description: definition.description,
    accepts: definition.accepts,
    parsers: Object.fromEntries(Object.entries(definition.parsers).map(([kind, step]) => [kind, step?.name])),
    transformers: definition.transformers.map((step) => [step.name, step.parameters]),
    compiler: definition.compiler.name,
    extension: definition.extension,
    batch: definition.batch.map((output) => output.file)
  }
}

async function configError(cwd: string): Promise<Record<string, unknown>> {
  try {
    await loadConfig({cwd})
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    return {code: error.code, exitCode: error.exitCode, file: error.file, pipeline: error.pipeline, plugin: error.plugin, field: error.field, option: error.option, message: error.message}
  }

  throw new Error('Expected a ConfigError')
}

describe('loadConfig', () => {
  it('returns undefined without a config', async () => {
    expect(await loadConfig({cwd: await project({})})).toBeUndefined()
  })

  it('builds a pipeline extending a built-in one, with a rule resolved from the project', async () => {
    const folder = await project({
      'rules/tiny.mjs': ruleModule('tiny-report', 'local-rules'),
      'baogao.config.json': json({pipelines: {checked: {description: 'Text to JSON, checked for size.', extends: 'text-to-json', transformers: [['./rules/tiny.mjs', ['error', {minimum: 3}]]]}}})
    })
    const loaded = await loadConfig({cwd: path.join(folder)})
    expect(loaded?.file).toBe(path.join(folder, 'baogao.config.json'))
    expect(loaded?.pipelines.map(describePipeline)).toEqual([
      {name: 'checked', description: 'Text to JSON, checked for size.', accepts: ['plain-text'], parsers: {'plain-text': 'parsePlainText'}, transformers: [...textToJsonTransformers, ['tinyReport', [['error', {minimum: 3}]]]], compiler: 'emitJson', extension: '.json', batch: []}
    ])
    expect(loaded?.pipelines[0]?.origin).toEqual({config: path.join(folder, 'baogao.config.json'), plugins: [{specifier: './rules/tiny.mjs', packageName: null, version: null, sha256: expect.stringMatching(/^[\da-f]{64}$/)}]})
  })

  it('defines a whole pipeline, and one extending it that reconfigures, removes and adds transformers', async () => {
    const folder = await project({
      'a.mjs': ruleModule('rule-a', 'local'),
      'b.mjs': ruleModule('rule-b', 'local'),
      'c.mjs': ruleModule('rule-c', 'local'),
      'baogao.config.json': json({
        pipelines: {
          base: {description: 'Base.', parsers: {'plain-text': 'parse-plain-text'}, transformers: ['./a.mjs', ['./b.mjs', 'warn']], compiler: '@baogao/emit-json', extension: '.json'},
          derived: {description: 'Derived.', extends: 'base', transformers: [['./b.mjs', ['error', {minimum: 2}]], ['./a.mjs', false], './c.mjs'], extension: '.out.json'}
        }
      })
    })
    expect((await loadConfig({cwd: folder}))?.pipelines.map(describePipeline)).toEqual([
      {name: 'base', description: 'Base.', accepts: ['plain-text'], parsers: {'plain-text': 'parsePlainText'}, transformers: [['ruleA', []], ['ruleB', ['warn']]], compiler: 'emitJson', extension: '.json', batch: []},
      {name: 'derived', description: 'Derived.', accepts: ['plain-text'], parsers: {'plain-text': 'parsePlainText'}, transformers: [['ruleB', [['error', {minimum: 2}]]], ['ruleC', []]], compiler: 'emitJson', extension: '.out.json', batch: []}
    ])
  })

  it('runs a config pipeline on a report: the rule’s message lands in the JSON', async () => {
    const folder = await project({
      'tiny.mjs': ruleModule('tiny-report', 'local-rules'),
      'baogao.config.json': json({pipelines: {checked: {description: 'Checked.', extends: 'text-to-json', transformers: [['./tiny.mjs', ['error', {minimum: 50}]]]}}})
    })
    const module = await configPipelineModule({cwd: folder})
    expect(module.config).toBe(path.join(folder, 'baogao.config.json'))
    expect(Object.keys(module.pipelines)).toContain('checked')
    const definition = module.getPipeline('checked')
    if (definition === undefined) throw new Error('no pipeline')
    const file = new VFile({path: 'a.txt', value: '某某县2023年法治政府建设年度报告\n一、主要举措\n办理案件12件。\n'})
    const output = JSON.parse(String(await module.createProcessor(definition, 'plain-text').process(file))) as {messages: Array<Record<string, unknown>>}
    expect(output.messages.filter((message) => message['ruleId'] === 'tiny-report')).toEqual([
      {ruleId: 'tiny-report', source: 'local-rules', severity: 'error', reason: 'Unexpected `2` top-level nodes, expected at least `50`', line: null, column: null}
    ])
  })

  it('takes functions as plugins in a JS config', async () => {
    const folder = await project({
      'baogao.config.mjs': `import emitJson from '@baogao/emit-json'
function countParagraphs() {
  return (tree, file) => { file.message('Unexpected report') }
}
export default {pipelines: {js: {description: 'From JS.', extends: 'text-to-json', transformers: [countParagraphs], compiler: emitJson}}}
`
    })
    expect((await loadConfig({cwd: folder}))?.pipelines.map(describePipeline)).toEqual([
      {name: 'js', description: 'From JS.', accepts: ['plain-text'], parsers: {'plain-text': 'parsePlainText'}, transformers: [...textToJsonTransformers, ['countParagraphs', []]], compiler: 'emitJson', extension: '.json', batch: []}
    ])
  })
})

describe('loadConfig errors', () => {
  const file = (folder: string) => path.join(folder, 'baogao.config.json')
  const rule = {'rule.mjs': ruleModule('tiny-report', 'local-rules')}

  it('names file, pipeline, plugin and field for a misspelt plugin', async () => {
    const folder = await project({'baogao.config.json': json({pipelines: {checked: {description: 'x', extends: 'text-to-json', transformers: ['quantitativ']}}})})
    expect(await configError(folder)).toEqual({
      code: 'invalid-config',
      exitCode: 2,
      file: file(folder),
      pipeline: 'checked',
      plugin: 'quantitativ',
      field: 'transformers[0]',
      option: null,
      message: file(folder) + ': pipeline `checked`, plugin `quantitativ`, field `transformers[0]`: unexpected plugin name, expected an installed package (tried `baogao-plugin-quantitativ`, `@baogao/quantitativ`, `quantitativ` from `' + folder + '`)'
    })
  })

  it('names file, pipeline, plugin, field and option for a bad option', async () => {
    const folder = await project({...rule, 'baogao.config.json': json({pipelines: {checked: {description: 'x', extends: 'text-to-json', transformers: [['./rule.mjs', ['warn', {minimum: 0}]]]}}})})
    expect(await configError(folder)).toEqual({
      code: 'invalid-config',
      exitCode: 2,
      file: file(folder),
      pipeline: 'checked',
      plugin: './rule.mjs',
      field: 'transformers[0]',
      option: 'minimum',
      message: file(folder) + ': pipeline `checked`, plugin `./rule.mjs`, field `transformers[0]`, option `minimum`: local-rules: rule `tiny-report`: unexpected `minimum` value `0`, expected an integer of at least `1`'
    })
  })

  it('reports the first problem of each kind with its place', async () => {
    const cases: Array<[unknown, string]> = [
      [{pipelines: {checked: {description: 'x', extends: 'text-to-json', transformers: [['./rule.mjs', 'loud']]}}}, 'pipeline `checked`, plugin `./rule.mjs`, field `transformers[0]`, option `severity`: local-rules: rule `tiny-report`: unexpected severity `"loud"`, expected one of `off`, `on`, `info`, `warn`, `error`, a boolean, `0`, `1` or `2`'],
      [{pipelines: {checked: {description: 'x', extends: 'text-to-json', transformers: ['emit-json']}}}, 'pipeline `checked`, plugin `emit-json`, field `transformers[0]`: unexpected compiler plugin, expected a transformer'],
      [{pipelines: {checked: {description: 'x', extends: 'text-to-json', compiler: './rule.mjs'}}}, 'pipeline `checked`, plugin `./rule.mjs`, field `compiler`: unexpected transformer plugin, expected a compiler'],
      [{pipelines: {checked: {description: 'x', extends: 'text-to-json', transformers: [3]}}}, 'pipeline `checked`, field `transformers[0]`: unexpected `3`, expected a plugin name, `[name]` or `[name, options]`'],
      [{pipelines: {checked: {description: 'x', extends: 'text-to-json', transformers: [['']]}}}, 'pipeline `checked`, field `transformers[0][0]`: unexpected `""`, expected a plugin name or path'],
      [{pipelines: {checked: {description: 'x', extend: 'text-to-json'}}}, 'pipeline `checked`, field `extend`: unexpected field `extend`, expected one of `description`, `extends`, `parsers`, `transformers`, `compiler`, `extension`'],
      [{pipelines: {checked: {extends: 'text-to-json'}}}, 'pipeline `checked`, field `description`: missing value, expected a one-line description'],
      [{pipelines: {checked: {description: 'x', extends: 'text-to-json', parsers: {pdf: 'x'}}}}, 'pipeline `checked`, plugin `x`, field `parsers.pdf`: unexpected field `pdf`, expected one of `plain-text`, `portal-html`'],
      [{pipelines: {checked: {description: 'x', extends: 'text-to-json', extension: 'json'}}}, 'pipeline `checked`, field `extension`: unexpected `"json"`, expected a lowercase extension with its dot, such as `.json`'],
      [{pipelines: {Checked: {description: 'x'}}}, 'field `pipelines.Checked`: unexpected pipeline name `Checked`, expected a kebab-case name such as `checked-json`'],
      [{pipeline: {}}, 'field `pipeline`: unexpected field `pipeline`, expected one of `$schema`, `pipelines`'],
      [[], 'unexpected `[]`, expected a config object with `pipelines`'],
      [{pipelines: {'text-to-json': {description: 'x'}}}, 'pipeline `text-to-json`: unexpected name of a built-in pipeline, expected a new name (use `extends` to build on `text-to-json`)'],
      [{pipelines: {checked: {description: 'x', extends: 'nope'}}}, 'pipeline `checked`, field `extends`: unexpected pipeline `nope`, expected one of ' + builtInNames.map((name) => '`' + name + '`').join(', ')],
      [{pipelines: {a: {description: 'x', extends: 'b'}, b: {description: 'y', extends: 'a'}}}, 'pipeline `a`, field `extends`: unexpected cycle `a` → `b` → `a`, expected `extends` to end at a pipeline without one'],
      [{pipelines: {checked: {description: 'x', parsers: {'plain-text': 'parse-plain-text'}, extension: '.json'}}}, 'pipeline `checked`, field `compiler`: missing compiler, expected a compiler plugin (or `extends`)'],
      [{pipelines: {checked: {description: 'x', compiler: 'emit-json', extension: '.json'}}}, 'pipeline `checked`, field `parsers`: missing parsers, expected a parser for `plain-text` or `portal-html` (or `extends`)'],
      [{pipelines: {checked: {description: 'x', extends: 'text-to-json', transformers: [['./rule.mjs', false]]}}}, 'pipeline `checked`, plugin `./rule.mjs`, field `transformers[0]`: unexpected `false` for a plugin the pipeline does not have, expected it only to remove a transformer of `extends`'],
      [{pipelines: {checked: {description: 'x', extends: 'text-to-json', transformers: ['./rule.mjs', './rule.mjs']}}}, 'pipeline `checked`, plugin `./rule.mjs`, field `transformers[1]`: unexpected second entry for this plugin, expected each transformer once (unified would merge them)']
    ]
    for (const [config, message] of cases) {
      const folder = await project({...rule, 'baogao.config.json': json(config)})
      expect((await configError(folder))['message'], message).toBe(file(folder) + ': ' + message)
    }
  })
})

describe('createPipelineModule', () => {
  it('puts user pipelines beside the built-in ones, in name order, and refuses a second name', async () => {
    const folder = await project({'baogao.config.json': json({pipelines: {'a-first': {description: 'A.', extends: 'text-to-json'}, zed: {description: 'Z.', extends: 'text-to-json'}}})})
    const loaded = await loadConfig({cwd: folder})
    const module = createPipelineModule(loaded?.pipelines ?? [])
    expect(Object.keys(module.pipelines)).toEqual([...builtInNames, 'a-first', 'zed'].sort())
    expect(Object.getPrototypeOf(module.pipelines)).toBeNull()
    expect([module.getPipeline('zed')?.description, module.getPipeline('constructor')]).toEqual(['Z.', undefined])
    expect(Object.keys(createPipelineModule(loaded?.pipelines ?? [], {builtIns: false}).pipelines)).toEqual(['a-first', 'zed'])
    expect(() => createPipelineModule([...(loaded?.pipelines ?? []), ...(loaded?.pipelines ?? [])])).toThrow('@baogao/config: unexpected second pipeline named `a-first`, expected unique names')
  })
})

describe('pipelineModuleUrl', () => {
  it('points at the built module with the folder (and file) to load', () => {
    const url = new URL(pipelineModuleUrl({cwd: '/srv/reports', config: 'ci.json'}))
    expect([url.pathname.endsWith('/packages/config/dist/pipelines.js'), url.searchParams.get('cwd'), url.searchParams.get('config')]).toEqual([true, '/srv/reports', 'ci.json'])
  })
})
