/**
 * The release as a new user meets it, in an empty folder outside the
 * repository: install the packed packages (one `npm install`, third-party
 * dependencies from the registry), run `baogao --help`, start a plugin
 * with `baogao plugin new`, write a rule, add it to `baogao.config.json`,
 * and run it with `baogao run`. Slow (npm), so one install serves every
 * test, in order.
 */
import {mkdir, mkdtemp, readFile, readdir, realpath, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildAll, execute, publicPackages, repository} from './workspace.ts'

const slow = 600_000
let root: string
let project: string

function baogao(args: ReadonlyArray<string>, cwd = project) {
  return execute(process.execPath, [path.join(project, 'node_modules/@baogao/cli/bin/baogao.js'), ...args], cwd)
}

function npm(args: ReadonlyArray<string>, cwd: string) {
  const result = execute('npm', [...args], cwd)
  if (result.status !== 0) throw new Error('npm ' + args.join(' ') + ' failed in ' + cwd + ':\n' + result.stdout + result.stderr)
  return result
}

beforeAll(async () => {
  buildAll()
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'baogao-release-')))
  const packs = path.join(root, 'packs')
  project = path.join(root, 'project')
  await mkdir(packs)
  await mkdir(project)

  const packed = JSON.parse(
    npm(['pack', '--json', '--ignore-scripts', '--pack-destination', packs, ...publicPackages().flatMap((found) => ['-w', found.folder])], repository).stdout
  ) as Array<{filename: string}>

  await writeFile(path.join(project, 'package.json'), JSON.stringify({name: 'reports', version: '1.0.0', private: true, type: 'module'}, null, 2) + '\n')
  // The packed packages, and what a plugin author builds and tests with.
  npm(['install', '--no-audit', '--no-fund', ...packed.map((pack) => path.join(packs, pack.filename)), 'typescript@7.0.2', 'vitest@4.1.12'], project)
}, slow)

afterAll(async () => {
  if (root) await rm(root, {recursive: true, force: true})
})

describe('the packed release in an empty folder', () => {
  it('lies outside the repository', () => {
    expect(path.relative(repository, project).startsWith('..')).toBe(true)
  })

  it('installs built code only', async () => {
    const installed = (await readdir(path.join(project, 'node_modules/@baogao'))).sort()
    expect(installed).toEqual(publicPackages().map((found) => found.manifest.name.slice('@baogao/'.length)).sort())
    for (const name of installed) {
      expect((await readdir(path.join(project, 'node_modules/@baogao', name))).filter((entry) => ['src', 'test', 'tsconfig.json', 'tsconfig.tsbuildinfo'].includes(entry)), name).toEqual([])
    }
  })

  it('runs `baogao --help`', () => {
    const result = baogao(['--help'])
    expect({status: result.status, stderr: result.stderr}).toEqual({status: 0, stderr: ''})
    expect(result.stdout).toMatch(/^Usage: baogao <command> \[options\]/)
    expect(result.stdout).toMatch(/^ {2}plugin\b/m)
  })

  it('starts a plugin with `baogao plugin new` that builds and passes its tests', () => {
    const created = baogao(['plugin', 'new', 'quantitative'])
    expect({status: created.status, stderr: created.stderr}).toEqual({status: 0, stderr: ''})
    expect(created.stdout.split('\n')[0]).toBe('Created baogao-plugin-quantitative (rule `quantitative`) in baogao-plugin-quantitative:')
    const folder = path.join(project, 'baogao-plugin-quantitative')
    npm(['run', 'build'], folder)
    const test = execute('npm', ['test', '--', '--reporter', 'json'], folder)
    const report = JSON.parse(test.stdout.slice(test.stdout.indexOf('{'))) as {success: boolean; numPassedTests: number; numTotalTests: number}
    expect({status: test.status, success: report.success, passed: report.numPassedTests, total: report.numTotalTests}).toEqual({status: 0, success: true, passed: 8, total: 8})
  }, slow)

  it('runs a rule written in it from `baogao.config.json`', async () => {
    const folder = path.join(project, 'baogao-plugin-quantitative')
    await writeFile(
      path.join(folder, 'src/lib/plugin.ts'),
      `import {defineRule, toText} from '@baogao/plugin-kit'

export interface Options {
  /** Fewest quantitative indicators a report should have (default: \`1\`). */
  minimum?: number
}

const quantitative = defineRule<Options>(
  {
    id: 'quantitative',
    source: 'baogao-plugin-quantitative',
    url: 'https://www.npmjs.com/package/baogao-plugin-quantitative#quantitative',
    fields: {minimum: {kind: 'integer', minimum: 1}}
  },
  {minimum: 1},
  ({tree, options, report}) => {
    const count = (toText(tree).match(/\\d+(?:件|项|人次|%)/g) ?? []).length
    if (count < options.minimum) {
      report('Unexpected \`' + count + '\` quantitative indicators, expected at least \`' + options.minimum + '\`', tree.children[0])
    }
  }
)

export default quantitative
`
    )
    npm(['run', 'build'], folder)
    // As a user adds a local package; a published one is \`npm install baogao-plugin-quantitative\`.
    npm(['install', '--no-audit', '--no-fund', './baogao-plugin-quantitative'], project)

    await mkdir(path.join(project, 'reports'))
    await writeFile(path.join(project, 'reports/counted.txt'), '某某县司法局2023年法治政府建设年度报告\n一、主要举措和成效\n全年办理行政复议案件120件,培训执法人员3200人次。\n')
    await writeFile(path.join(project, 'reports/vague.txt'), '某某县司法局2023年法治政府建设年度报告\n一、主要举措和成效\n全年依法行政水平进一步提高。\n')
    await writeFile(
      path.join(project, 'baogao.config.json'),
      JSON.stringify({pipelines: {checked: {description: 'Text to JSON, flagging reports without numbers.', extends: 'text-to-json', transformers: [['quantitative', ['error', {minimum: 1}]]]}}}, null, 2)
    )

    const listed = baogao(['list', '--json'])
    const pipelines = (JSON.parse(listed.stdout) as {pipelines: Array<{name: string; plugins: Array<{name: string}>}>}).pipelines
    // `checked` is `text-to-json` with the rule before its compiler.
    const base = pipelines.find((pipeline) => pipeline.name === 'text-to-json')?.plugins.map((plugin) => plugin.name) ?? []
    expect(base.at(-1)).toBe('emitJson')
    expect(pipelines.find((pipeline) => pipeline.name === 'checked')?.plugins.map((plugin) => plugin.name)).toEqual([...base.slice(0, -1), 'quantitative', 'emitJson'])

    const run = baogao(['run', 'checked', 'reports', '--out', 'out', '--log', 'json', '--concurrency', '2'])
    expect(run.status).toBe(1)
    const messages = async (name: string) =>
      (JSON.parse(await readFile(path.join(project, 'out', name), 'utf8')) as {messages: Array<Record<string, unknown>>}).messages.filter((message) => message['source'] === 'baogao-plugin-quantitative')
    expect(await messages('counted.json')).toEqual([])
    expect(await messages('vague.json')).toEqual([
      {ruleId: 'quantitative', source: 'baogao-plugin-quantitative', severity: 'error', reason: 'Unexpected `0` quantitative indicators, expected at least `1`', line: 1, column: 1}
    ])
  }, slow)

  it('stops with exit code 2 on a misspelt plugin, naming file, pipeline, plugin and field', async () => {
    await writeFile(path.join(project, 'baogao.config.json'), JSON.stringify({pipelines: {checked: {description: 'x', extends: 'text-to-json', transformers: [['quantitativ', 'error']]}}}))
    const file = path.join(project, 'baogao.config.json')
    for (const args of [['run', 'checked', 'reports', '--out', 'out'], ['list']]) {
      const result = baogao(args)
      expect({status: result.status, stderr: result.stderr}).toEqual({
        status: 2,
        stderr: 'baogao: ' + file + ': pipeline `checked`, plugin `quantitativ`, field `transformers[0]`: unexpected plugin name, expected an installed package (tried `baogao-plugin-quantitativ`, `@baogao/quantitativ`, `quantitativ` from `' + project + '`)\n'
      })
    }
  }, slow)

  it('stops with exit code 2 on a bad option, naming file, pipeline, plugin, field and option', async () => {
    await writeFile(path.join(project, 'baogao.config.json'), JSON.stringify({pipelines: {checked: {description: 'x', extends: 'text-to-json', transformers: [['quantitative', ['warn', {minimum: 0}]]]}}}))
    const manifest = await readFile(path.join(project, 'out/manifest.json'), 'utf8')
    const result = baogao(['run', 'checked', 'reports', '--out', 'out'])
    expect({status: result.status, stderr: result.stderr}).toEqual({
      status: 2,
      stderr: 'baogao: ' + path.join(project, 'baogao.config.json') + ': pipeline `checked`, plugin `quantitative`, field `transformers[0]`, option `minimum`: baogao-plugin-quantitative: rule `quantitative`: unexpected `minimum` value `0`, expected an integer of at least `1`\n'
    })
    // Stopped before any input: the last run's manifest is untouched.
    expect(await readFile(path.join(project, 'out/manifest.json'), 'utf8')).toBe(manifest)
  }, slow)

  it('keeps `--help` working whatever the config holds', () => {
    const result = baogao(['run', '--help'])
    expect(result.status).toBe(0)
  })
})
