/**
 * The `baogao` binary of this repository with config files: user
 * pipelines beside the built-in ones, config errors as exit code 2, and
 * commands that never read the config.
 */
import {spawnSync} from 'node:child_process'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {pipelines as builtInPipelines} from '@baogao/pipelines'
import {beforeAll, describe, expect, it} from 'vitest'
import {json, project, repository, ruleModule} from './helpers.ts'

const binary = path.join(repository, 'packages/cli/bin/baogao.js')

beforeAll(() => {
  const build = spawnSync(process.execPath, [path.join(repository, 'node_modules/typescript/bin/tsc'), '-b', 'packages/cli'], {cwd: repository, encoding: 'utf8'})
  if (build.status !== 0) throw new Error(build.stdout + build.stderr)
}, 300_000)

function baogao(args: ReadonlyArray<string>, cwd: string) {
  const env = {...process.env, NO_COLOR: '1'}
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'NODE_OPTIONS') delete env[key]
  const result = spawnSync(process.execPath, [binary, ...args], {cwd, env, encoding: 'utf8'})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

const report = '某某县2023年法治政府建设年度报告\n一、主要举措和成效\n办理案件12件。\n'

describe('baogao with a config file', () => {
  it('lists user pipelines beside the built-in ones and runs them from a sub-folder', async () => {
    const folder = await project({
      'rules/tiny.mjs': ruleModule('tiny-report', 'local-rules'),
      'package.json': json({name: 'reports', private: true, type: 'module', baogao: {pipelines: {checked: {description: 'Text to JSON, checked for size.', extends: 'text-to-json', transformers: [['./rules/tiny.mjs', ['error', {minimum: 9}]]]}}}}),
      'work/reports/a.txt': report
    })
    const cwd = path.join(folder, 'work')
    const listed = baogao(['list', '--json'], cwd)
    expect(listed.status).toBe(0)
    const names = (JSON.parse(listed.stdout) as {pipelines: Array<{name: string; description: string}>}).pipelines.map((pipeline) => pipeline.name)
    expect(names).toEqual([...Object.keys(builtInPipelines), 'checked'].sort())

    const run = baogao(['run', 'checked', 'reports', '--out', 'out', '--log', 'json', '--concurrency', '1'], cwd)
    expect(run.status).toBe(1)
    const output = JSON.parse(await readFile(path.join(cwd, 'out/a.json'), 'utf8')) as {messages: Array<Record<string, unknown>>}
    expect(output.messages.filter((message) => message['source'] === 'local-rules')).toEqual([
      {ruleId: 'tiny-report', source: 'local-rules', severity: 'error', reason: 'Unexpected `2` top-level nodes, expected at least `9`', line: null, column: null}
    ])
    const manifest = JSON.parse(await readFile(path.join(cwd, 'out/manifest.json'), 'utf8')) as {pipeline: {name: string}; versions: Record<string, string>}
    expect(manifest.pipeline.name).toBe('checked')
    expect(Object.keys(manifest.versions)).toContain('@baogao/config')

    const parsed = baogao(['parse', 'reports/a.txt', '--pipeline', 'checked'], cwd)
    expect([parsed.status, parsed.stderr]).toEqual([1, expect.stringContaining('Unexpected `2` top-level nodes, expected at least `9`')])
  })

  it('stops run, parse and list with exit code 2 on a config it cannot use; help and plugin new do not read it', async () => {
    const folder = await project({'baogao.config.json': json({pipelines: {checked: {description: 'x', extends: 'text-to-json', transformers: ['quantitativ']}}}), 'a.txt': report})
    const message = 'baogao: ' + path.join(folder, 'baogao.config.json') + ': pipeline `checked`, plugin `quantitativ`, field `transformers[0]`: unexpected plugin name, expected an installed package (tried `baogao-plugin-quantitativ`, `@baogao/quantitativ`, `quantitativ` from `' + folder + '`)\n'
    for (const args of [['run', 'checked', 'a.txt', '--out', 'out'], ['run', 'text-to-json', 'a.txt', '--out', 'out'], ['parse', 'a.txt'], ['list']]) {
      expect(baogao(args, folder), args.join(' ')).toEqual({status: 2, stdout: '', stderr: message})
    }

    expect(baogao(['run', '--help'], folder).status).toBe(0)
    const created = baogao(['plugin', 'new', 'quantitative'], folder)
    expect([created.status, created.stderr]).toEqual([0, ''])
  })

  it('reports an unreadable config file by name', async () => {
    const folder = await project({'baogao.config.json': '{"pipelines": ', 'a.txt': report})
    const result = baogao(['list'], folder)
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(new RegExp('^baogao: ' + path.join(folder, 'baogao.config.json').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') + ': unexpected content, expected JSON \\('))
  })
})

describe('baogao plugin new', () => {
  it('writes the package and says what comes next', async () => {
    const folder = await project({})
    const result = baogao(['plugin', 'new', '@acme/quantitative', '--dir', 'plugins', '--description', 'Counts.'], folder)
    expect(result).toEqual({
      status: 0,
      stderr: '',
      stdout: [
        'Created @acme/baogao-plugin-quantitative (rule `quantitative`) in plugins/baogao-plugin-quantitative:',
        '  .gitignore',
        '  README.md',
        '  package.json',
        '  src/index.ts',
        '  src/lib/plugin.ts',
        '  test/fixtures/long-paragraph/expected.json',
        '  test/fixtures/long-paragraph/input.json',
        '  test/fixtures/long-paragraph/messages.txt',
        '  test/fixtures/long-paragraph/options.json',
        '  test/fixtures/short-paragraphs/expected.json',
        '  test/fixtures/short-paragraphs/input.json',
        '  test/fixtures/short-paragraphs/messages.txt',
        '  test/index.test.ts',
        '  tsconfig.json',
        '',
        'Next:',
        '  cd plugins/baogao-plugin-quantitative',
        '  npm install',
        '  npm run build && npm test',
        ''
      ].join('\n')
    })
    const manifest = JSON.parse(await readFile(path.join(folder, 'plugins/baogao-plugin-quantitative/package.json'), 'utf8')) as {name: string; description: string}
    expect([manifest.name, manifest.description]).toEqual(['@acme/baogao-plugin-quantitative', 'Counts.'])
  })

  it('exits with 2 on a bad name or a folder in the way', async () => {
    const folder = await project({'baogao-plugin-taken/file.txt': 'x'})
    expect(baogao(['plugin', 'new', 'Bad Name'], folder)).toEqual({status: 2, stdout: '', stderr: 'baogao: Unexpected plugin name `Bad Name`, expected a kebab-case name such as `quantitative`, `baogao-plugin-quantitative` or `@scope/quantitative`\n'})
    expect(baogao(['plugin', 'new', 'taken'], folder)).toEqual({status: 2, stdout: '', stderr: 'baogao: Cannot create `baogao-plugin-taken` in `' + folder + '`: the folder exists and is not empty\n'})
  })
})
