import {mkdtemp, readFile, readdir, rm, symlink, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as XLSX from 'xlsx'
import {buildExample, example, execute, repository, samplesText, tsc} from './helpers.ts'

const flagged = (count: number) => 'Unexpected `' + count + '` quantitative indicators in the body, expected at least `10` (numbers with units such as `120件`, `15%`)'

let temporary: string

// These spawn tsc, the engine and the CLI: minutes on a small machine, not seconds.
const slow = 180_000

beforeAll(async () => {
  buildExample()
  temporary = await mkdtemp(path.join(os.tmpdir(), 'baogao-example-'))
}, slow)

afterAll(async () => {
  await rm(temporary, {recursive: true, force: true})
})

async function quantitativeMessages(out: string): Promise<Record<string, Array<string>>> {
  const result: Record<string, Array<string>> = {}
  for (const name of (await readdir(out)).filter((file) => /^\d{3}_.*\.json$/.test(file)).sort()) {
    const report = JSON.parse(await readFile(path.join(out, name), 'utf8')) as {messages: Array<{ruleId: string; severity: string; reason: string}>}
    result[name] = report.messages.filter((message) => message.ruleId === 'quantitative').map((message) => message.severity + ' ' + message.reason)
  }

  return result
}

const expectedMessages = {
  '000_c38c80df23ae400c.json': [],
  '001_3bbaca17e2977359.json': [],
  '002_003a9d8f3bacc8c6.json': ['warning ' + flagged(7)],
  '003_8891a8d6d278ec13.json': ['warning ' + flagged(8)],
  '004_53ad0b29bc01cca5.json': []
}

describe('pipelines in code', () => {
  it('type-checks right compositions and rejects each wrong one marked `@ts-expect-error`', () => {
    const result = tsc(['-p', 'samples/plugins/code/types'])
    expect({status: result.status, output: result.stdout + result.stderr}).toEqual({status: 0, output: ''})
  }, slow)

  it('fails to compile at exactly the marked lines once the markers are gone', async () => {
    const source = await readFile(path.join(example, 'code/types/compositions.ts'), 'utf8')
    const lines = source.split('\n')
    const marked = lines.flatMap((line, index) => (line.trim().startsWith('// @ts-expect-error') ? [index + 2] : []))
    const unmarked = lines
      .map((line) => (line.trim().startsWith('// @ts-expect-error') ? '//' : line))
      .join('\n')
      .replace("'../../baogao-plugin-quantitative/dist/index.js'", JSON.stringify(path.join(example, 'baogao-plugin-quantitative/dist/index.js')))
    const folder = await mkdtemp(path.join(temporary, 'types-'))
    await symlink(path.join(repository, 'node_modules'), path.join(folder, 'node_modules'), 'dir')
    await writeFile(path.join(folder, 'package.json'), JSON.stringify({type: 'module'}))
    await writeFile(path.join(folder, 'compositions.ts'), unmarked)
    await writeFile(path.join(folder, 'tsconfig.json'), JSON.stringify({extends: path.join(example, 'code/tsconfig.json'), compilerOptions: {noEmit: true, rootDir: '.'}, include: ['compositions.ts']}))
    const result = tsc(['-p', folder])
    const errorLines = [...new Set([...result.stdout.matchAll(/compositions\.ts\((\d+),\d+\): error TS\d+/g)].map((match) => Number(match[1])))]
    expect({status: result.status, lines: errorLines}).toEqual({status: 1, lines: marked})
    expect(marked).toHaveLength(7)
  }, slow)

  it('runs over files with the engine’s API, in worker threads', async () => {
    const out = path.join(temporary, 'code-out')
    const result = execute(process.execPath, ['code/dist/run.js', out, samplesText], example)
    const events = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as {event: string; pipeline?: string; concurrency?: number; exitCode?: number; counts?: Record<string, number>})
    expect({status: result.status, stderr: result.stderr}).toEqual({status: 0, stderr: ''})
    expect(events[0]).toMatchObject({event: 'start', pipeline: 'checked-json', concurrency: 2})
    expect(events.at(-1)).toMatchObject({event: 'end', exitCode: 0, counts: {inputs: 5, ok: 5, failed: 0}})
    expect(await quantitativeMessages(out)).toEqual(expectedMessages)
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as {pipeline: {name: string}}
    expect(manifest.pipeline.name).toBe('checked-json')
  }, slow)
})

describe('the config file', () => {
  const baogao = (args: ReadonlyArray<string>) => execute(process.execPath, [path.join(repository, 'packages/cli/bin/baogao.js'), ...args], example)

  it('puts `quantitative-nightly` beside the built-in pipelines', () => {
    const result = baogao(['list', '--json'])
    const pipelines = (JSON.parse(result.stdout) as {pipelines: Array<{name: string; plugins: Array<{name: string}>; batch: Array<{file: string}>}>}).pipelines
    const nightly = pipelines.find((pipeline) => pipeline.name === 'nightly')
    const mine = pipelines.find((pipeline) => pipeline.name === 'quantitative-nightly')
    expect(result.status).toBe(0)
    expect(mine?.plugins.map((plugin) => plugin.name)).toEqual([...(nightly?.plugins.map((plugin) => plugin.name) ?? []).slice(0, -1), 'quantitative', 'emitJson'])
    expect(mine?.batch.map((output) => output.file)).toEqual(['summary.xlsx'])
  }, slow)

  it('runs it with `baogao run`: the rule’s warnings land in the JSON and the summary', async () => {
    const out = path.join(temporary, 'config-out')
    const result = baogao(['run', 'quantitative-nightly', samplesText, '--out', out, '--log', 'json', '--concurrency', '2'])
    expect(result.status).toBe(0)
    expect(await quantitativeMessages(out)).toEqual(expectedMessages)
    const workbook = XLSX.read(await readFile(path.join(out, 'summary.xlsx')))
    const sheet = workbook.Sheets['Messages']
    const rows = sheet === undefined ? [] : XLSX.utils.sheet_to_json<Array<unknown>>(sheet, {header: 1})
    expect(rows.filter((row) => row.includes('quantitative')).map((row) => [row[0], row.find((cell) => typeof cell === 'string' && cell.startsWith('Unexpected `'))])).toEqual([
      ['002_003a9d8f3bacc8c6.txt', flagged(7)],
      ['003_8891a8d6d278ec13.txt', flagged(8)]
    ])
  }, slow)
})
