import {execFile} from 'node:child_process'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {expect, test} from 'vitest'
import {readManifest} from '../src/index.ts'
import type {Manifest, RunOptions, RunResult} from '../src/index.ts'
import {fixturePipelines, gbkBytes, listFiles, temporaryFolder, writeFiles} from './helpers.ts'

// Worker threads run built code: the built engine (`global-setup.ts` builds
// it) runs in a plain Node process.
async function runBuilt(options: Omit<RunOptions, 'stdout' | 'stderr' | 'log'>): Promise<RunResult> {
  const script = fileURLToPath(new URL('fixtures/run-built.js', import.meta.url))
  const {stdout} = await promisify(execFile)(process.execPath, [script, JSON.stringify(options)], {env: {...process.env, NODE_OPTIONS: ''}})
  return JSON.parse(stdout) as RunResult
}

test('worker threads give the same outputs, byte for byte, as one worker', async () => {
  const folder = await temporaryFolder()
  const files: Record<string, string | Uint8Array> = {'in/bad/gbk.txt': gbkBytes, 'in/bad/empty.txt': '', 'in/bad/crash.txt': 'x\nCRASH\n'}
  for (let index = 0; index < 40; index++) {
    files[`in/${index % 4}/${String(index).padStart(3, '0')}.txt`] = `标题${index}\n${'第一段正文。'.repeat(index)}\n${index % 7 === 0 ? 'WARN\n' : ''}`
  }

  await writeFiles(folder, files)
  const outputs: Array<Record<string, string>> = []
  const manifests: Array<unknown> = []
  for (const concurrency of [1, 3]) {
    const out = path.join(folder, `out-${concurrency}`)
    const result = await runBuilt({pipeline: 'lines-to-json', pipelineModule: fixturePipelines, inputs: [path.join(folder, 'in')], out, concurrency})
    expect([result.exitCode, result.counts.ok, result.counts.failed]).toEqual([3, 40, 3])
    const names = (await listFiles(out)).filter((name) => !name.startsWith('.baogao-cache/') && name !== 'manifest.json')
    outputs.push(Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(path.join(out, name), 'utf8')] as const))))
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as Manifest
    expect(manifest.options.concurrency).toBe(concurrency)
    manifests.push(manifest.inputs.map((input) => ({...input, durationMs: 0})))
  }

  expect(Object.keys(outputs[0] ?? {}).length).toBe(41)
  expect(outputs[1]).toEqual(outputs[0])
  expect(manifests[1]).toEqual(manifests[0])
})

test('a worker that dies fails its input only; the pool goes on with a new one', async () => {
  const folder = await temporaryFolder()
  const files: Record<string, string> = {'in/dies.txt': '标题\nEXIT-THE-PROCESS\n'}
  for (let index = 0; index < 8; index++) files[`in/${index}.txt`] = `标题${index}\n`
  await writeFiles(folder, files)
  const result = await runBuilt({pipeline: 'lines-to-json', pipelineModule: fixturePipelines, inputs: [path.join(folder, 'in')], out: path.join(folder, 'out'), concurrency: 2})
  expect([result.exitCode, result.counts.ok, result.counts.failed]).toEqual([3, 8, 1])
  expect((await readManifest(result.manifest)).inputs.find((document) => document.file === 'dies.txt')?.reason).toMatch(/^Cannot process `dies.txt`: the worker stopped \(.+\)$/)
})

test('with workers, a collecting batch output gets the rows in input order, as the one reading them at the end does', async () => {
  const folder = await temporaryFolder()
  const files: Record<string, string> = {}
  for (let index = 0; index < 40; index++) files[`in/${String(index).padStart(3, '0')}.txt`] = `标题${index}\n${'正文。'.repeat((index * 37) % 200)}\n`
  await writeFiles(folder, files)
  const out = path.join(folder, 'out')
  const result = await runBuilt({pipeline: 'collected-batch', pipelineModule: fixturePipelines, inputs: [path.join(folder, 'in')], out, concurrency: 3})
  const collected = await readFile(path.join(out, 'collected.csv'), 'utf8')
  expect([result.batch.map((output) => output.status), collected.split('\n').length, collected]).toEqual([
    ['ok', 'failed', 'ok'],
    42,
    await readFile(path.join(out, 'chunked.csv'), 'utf8')
  ])
})

test('the inputs a run finds in a worker thread of their own are those `findInputs` finds', async () => {
  const {discoverInputs} = await import('../dist/lib/discover-inputs.js') as typeof import('../src/lib/discover-inputs.ts')
  const {findInputs} = await import('../src/index.ts')
  const folder = await temporaryFolder()
  await writeFiles(folder, {'in/b.txt': 'b', 'in/北京/海淀区2023年报告.html': 'p', 'in/sub/a.TXT': 'a', 'in/notes.md': 'not a report', 'in/out/x.txt': 'excluded'})
  const options = {cwd: folder, exclude: [path.join(folder, 'in/out')]}
  const patterns = ['in', 'missing.txt']
  const found = await findInputs(patterns, options)
  const inWorker = await discoverInputs(patterns, options, true)
  const listed = (list: {root: string, length: number, name: (index: number) => string, path: (index: number) => string}) =>
    [list.root, Array.from({length: list.length}, (_, index) => [list.name(index), list.path(index)])]
  expect(listed(inWorker)).toEqual([found.root, found.inputs.map((input) => [input.name, input.path])])
  expect(found.inputs.map((input) => input.name)).toEqual(['in/b.txt', 'in/sub/a.TXT', 'in/北京/海淀区2023年报告.html', 'missing.txt'])
})
