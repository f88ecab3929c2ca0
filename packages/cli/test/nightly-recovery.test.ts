/**
 * `nightly` killed halfway with SIGKILL, then run again: the engine's own
 * test does this for `text-to-json`; here the run also has portal pages
 * and a batch output, which a killed run never writes and the next run
 * writes whole, from fresh and cached rows alike.
 */
import {createHash} from 'node:crypto'
import {mkdir, readFile, readdir} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {baogao, jsonLines, listFiles, spawnBaogao, temporaryFolder} from './helpers.ts'
import {copySamples, documentOutputs, readWithOpenpyxl} from './nightly-helpers.ts'

const sha256 = async (file: string): Promise<string> => createHash('sha256').update(await readFile(file)).digest('hex')

describe('nightly after SIGKILL', () => {
  test('the next run leaves one complete output per input, no temporary file, a full manifest and a whole summary.xlsx', async () => {
    const folder = await temporaryFolder()
    const names = await copySamples(path.join(folder, 'corpus'), ['a', 'b', 'c', 'd', 'e', 'f'])
    const outputs = names.map((name) => name.replace(/\.(?:txt|html)$/, '.json'))
    const args = ['run', 'nightly', 'corpus', '--out', 'out', '--log', 'json', '--concurrency', '2']

    // The workbook's rows wait in a temporary file of the output folder
    // while the run converts, never in the OS temp folder: here, one of the
    // test's own, to see that nothing is left there.
    const env = {TMPDIR: path.join(folder, 'tmp')}
    await mkdir(env.TMPDIR)

    // Kill the first run once about half of the inputs are done.
    const first = spawnBaogao(args, {cwd: folder, env})
    let seen = 0
    await new Promise<void>((resolve) => {
      first.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        seen += chunk.split('"event":"file"').length - 1
        if (seen >= names.length / 2 && first.exitCode === null && !first.killed) {
          first.kill('SIGKILL')
          resolve()
        }
      })
      first.on('exit', () => resolve())
    })
    await new Promise((resolve) => (first.exitCode === null && first.signalCode === null ? first.on('exit', resolve) : resolve(undefined)))
    expect(first.signalCode).toBe('SIGKILL')

    // Halfway: some outputs, no manifest, no workbook.
    const killed = await listFiles(path.join(folder, 'out'))
    const done = documentOutputs(killed).length
    // An input counts as done for the cache once its entry is stored, just after its output.
    const stored = killed.filter((file) => file.startsWith('.baogao-cache/') && !file.includes('.baogao-tmp')).length
    expect(done).toBeGreaterThan(0)
    expect(done).toBeLessThan(names.length)
    expect(killed.filter((file) => file === 'manifest.json' || file.startsWith('summary.xlsx'))).toEqual([])
    // A process killed outright cannot remove the workbook's rows: they
    // are left in the output folder, for the next run to remove.
    expect(killed.filter((file) => file.startsWith('.baogao-batch-')).map((file) => file.replace(/\.[\da-f-]{36}\./, '.<run>.'))).toEqual(['.baogao-batch-0.<run>.baogao-tmp'])
    expect(await readdir(env.TMPDIR)).toEqual([])

    const second = await baogao(args, {cwd: folder, env})
    expect(await readdir(env.TMPDIR)).toEqual([])
    const end = jsonLines(second.stdout).at(-1) as {exitCode: number, counts: {errors: number}}
    expect([second.code, end.exitCode]).toEqual([end.counts.errors > 0 ? 1 : 0, end.counts.errors > 0 ? 1 : 0])

    const files = await listFiles(path.join(folder, 'out'))
    expect(files.filter((file) => file.includes('.baogao-tmp') || file === '.baogao.lock')).toEqual([])
    expect(files.filter((file) => !file.startsWith('.baogao-cache/'))).toEqual([...outputs.filter((file) => file < 'manifest.json'), 'manifest.json', 'summary.xlsx', ...outputs.filter((file) => file > 'summary.xlsx')].sort())
    for (const file of documentOutputs(files)) {
      expect((JSON.parse(await readFile(path.join(folder, 'out', file), 'utf8')) as {schemaVersion: number}).schemaVersion).toBe(1)
    }

    const manifest = JSON.parse(await readFile(path.join(folder, 'out/manifest.json'), 'utf8')) as {interrupted: boolean, inputs: Array<{file: string, status: string, cached: boolean, outputs: Array<string>}>, batch: Array<{file: string, status: string}>}
    expect(manifest.interrupted).toBe(false)
    expect(manifest.inputs.map((input) => [input.file, input.status, input.outputs])).toEqual(names.map((name, index) => [name, 'ok', [outputs[index]]]))
    // The second run took up what the first had finished.
    expect(manifest.inputs.filter((input) => input.cached).length).toBeGreaterThanOrEqual(Math.max(stored, 1))
    expect(manifest.batch).toMatchObject([{file: 'summary.xlsx', status: 'ok'}])

    const [reports] = readWithOpenpyxl(path.join(folder, 'out/summary.xlsx'))
    expect(reports?.rows.slice(1).map((row) => [row[0]?.[1], row.at(-2)?.[1]])).toEqual(names.map((name) => [name, 'ok']))

    // Recovered outputs are those of an uninterrupted run in one worker, byte for byte.
    const clean = await baogao(['run', 'nightly', 'corpus', '--out', 'clean', '--quiet', '--concurrency', '1'], {cwd: folder})
    expect(clean.stderr).toBe('')
    for (const file of [...documentOutputs(files), 'summary.xlsx']) {
      expect([file, await sha256(path.join(folder, 'out', file))]).toEqual([file, await sha256(path.join(folder, 'clean', file))])
    }
  }, 600_000)
})
