import {createHash} from 'node:crypto'
import {mkdir, readFile, readdir, realpath, stat, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {RunError, acquireOutputLock, run} from '../src/index.ts'
import type {DocumentRecord, Manifest, RunEvent, RunOptions, RunResult} from '../src/index.ts'
import {fixturePipelines, gbkBytes, listFiles, memoryStream, temporaryFolder, writeFiles} from './helpers.ts'

/** The records of a run's inputs, from the manifest it wrote. */
async function documentsOf(result: RunResult): Promise<Array<DocumentRecord>> {
  return (await readManifest(result.out)).inputs
}

function options(inputs: Array<string>, out: string, extra: Partial<RunOptions> = {}): RunOptions & {stdout: ReturnType<typeof memoryStream>, stderr: ReturnType<typeof memoryStream>} {
  return {pipeline: 'lines-to-json', pipelineModule: fixturePipelines, inputs, out, concurrency: 1, log: 'json', stdout: memoryStream(), stderr: memoryStream(), ...extra}
}

async function readManifest(out: string): Promise<Manifest> {
  return JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as Manifest
}

async function runError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    if (error instanceof RunError) return `${error.code}: ${error.message}`
    throw error
  }

  return 'no error'
}

const good = {'in/01.txt': '标题一\n第一段正文\n', 'in/sub/02.txt': '标题二\n第二段正文\n'}

describe('run', () => {
  test('converts a folder, keeping sub-folders, and writes the manifest and batch outputs', async () => {
    const folder = await temporaryFolder()
    await writeFiles(folder, {...good, 'in/sub/deeper/03.html': 'plain text in an .html file\nWARN\n'})
    const out = path.join(folder, 'out')
    const result = await run(options([path.join(folder, 'in')], out))

    expect(result.exitCode).toBe(0)
    expect((await listFiles(out)).filter((file) => !file.startsWith('.baogao-cache/'))).toEqual(['01.json', 'manifest.json', 'sub/02.json', 'sub/deeper/03.json', 'summary.csv'])
    expect(JSON.parse(await readFile(path.join(out, '01.json'), 'utf8'))).toEqual({path: '01.txt', title: '标题一', paragraphs: ['第一段正文'], prefix: ''})
    expect(await readFile(path.join(out, 'summary.csv'), 'utf8')).toBe('file,status,title,sections,reason\n01.txt,ok,标题一,1,\nsub/02.txt,ok,标题二,1,\nsub/deeper/03.html,ok,plain text in an .html file,1,\n')

    const manifest = await readManifest(out)
    expect(manifest.runId).toBe(result.runId)
    expect(Date.parse(manifest.endedAt) >= Date.parse(manifest.startedAt)).toBe(true)
    expect({...manifest, runId: '', startedAt: '', endedAt: '', pipeline: {...manifest.pipeline, fingerprint: ''}, versions: {}, inputs: manifest.inputs.map((input) => ({...input, sha256: input.sha256?.length, durationMs: 0}))}).toEqual({
      manifestVersion: 1,
      runId: '',
      startedAt: '',
      endedAt: '',
      pipeline: {name: 'lines-to-json', fingerprint: ''},
      versions: {},
      options: {concurrency: 1, force: false},
      interrupted: false,
      counts: {inputs: 3, ok: 3, failed: 0, cached: 0, errors: 0, warnings: 1, info: 0},
      inputs: [
        {file: '01.txt', sha256: 64, kind: 'plain-text', status: 'ok', cached: false, outputs: ['01.json'], messages: {errors: 0, warnings: 0, info: 0}, durationMs: 0, reason: null},
        {file: 'sub/02.txt', sha256: 64, kind: 'plain-text', status: 'ok', cached: false, outputs: ['sub/02.json'], messages: {errors: 0, warnings: 0, info: 0}, durationMs: 0, reason: null},
        {file: 'sub/deeper/03.html', sha256: 64, kind: 'plain-text', status: 'ok', cached: false, outputs: ['sub/deeper/03.json'], messages: {errors: 0, warnings: 1, info: 0}, durationMs: 0, reason: null}
      ],
      batch: [{file: 'summary.csv', status: 'ok', sha256: result.batch[0]?.sha256, reason: null}]
    })
  })

  test('one bad file never stops a run: each is failed with a reason naming it, exit code 3', async () => {
    const folder = await temporaryFolder()
    await writeFiles(folder, {
      ...good,
      'in/empty.txt': '',
      'in/binary.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      'in/gbk.txt': gbkBytes,
      'in/crash.txt': '标题\nCRASH\n',
      'in/fail.txt': '标题\nFAIL\n',
      'in/page.html': '<!doctype html><title>页面</title>'
    })
    const out = path.join(folder, 'out')
    const settings = options([path.join(folder, 'in')], out)
    const result = await run(settings)

    expect(result.exitCode).toBe(3)
    expect((await documentsOf(result)).map((document) => [document.file, document.status, document.reason])).toEqual([
      ['01.txt', 'ok', null],
      ['binary.txt', 'failed', 'Cannot process `binary.txt`: unexpected binary data (NUL or control bytes), expected a text or HTML report (UTF-16 text must be converted to UTF-8)'],
      ['crash.txt', 'failed', 'Cannot process `crash.txt`: parser crashed on purpose'],
      ['empty.txt', 'failed', 'Cannot process `empty.txt`: the file is empty'],
      ['fail.txt', 'failed', 'Cannot process `fail.txt`: Unexpected `FAIL`, expected a report'],
      ['gbk.txt', 'failed', 'Cannot process `gbk.txt`: unexpected bytes that are not UTF-8 (at byte 0), expected UTF-8 text; convert the file (GBK/GB18030 text, for example, with `iconv -f gb18030 -t utf-8`)'],
      ['page.html', 'failed', 'Cannot process `page.html`: unexpected `portal-html` input, expected `plain-text` for pipeline `lines-to-json`'],
      ['sub/02.txt', 'ok', null]
    ])
    expect((await listFiles(out)).filter((file) => file.endsWith('.json') && !file.startsWith('.'))).toEqual(['01.json', 'manifest.json', 'sub/02.json'])

    // The failed rows reach the batch outputs with their reasons.
    const csv = await readFile(path.join(out, 'summary.csv'), 'utf8')
    expect(csv.split('\n').filter((line) => line.includes(',failed,')).length).toBe(6)

    // JSON lines on stdout: start, a line per file, end; no stack in them.
    const events = settings.stdout.text().trim().split('\n').map((line) => JSON.parse(line) as RunEvent)
    expect(events.map((event) => event.event)).toEqual(['start', ...Array.from({length: 8}, () => 'file'), 'end'])
    expect(settings.stdout.text()).not.toContain('at parseReport')
    expect(events.at(-1)).toMatchObject({event: 'end', exitCode: 3, counts: {inputs: 8, ok: 2, failed: 6, cached: 0}})

    // The stack of the crash, and only of the crash, is in the log.
    const log = settings.stderr.text()
    expect(log).toContain('Stack of the error that failed `crash.txt`:\nError: parser crashed on purpose\n    at ')
    expect(log.match(/Stack of the error/g)?.length).toBe(1)
  })

  test('a fatal message from a parser fails the file with its text and place, and logs no stack', async () => {
    const folder = await temporaryFolder()
    await writeFiles(folder, {...good, 'in/fail.txt': '标题\n  FAIL-AT\n'})
    const settings = options([path.join(folder, 'in')], path.join(folder, 'out'))
    const result = await run(settings)
    expect((await documentsOf(result)).map((document) => [document.file, document.status, document.reason, document.messages])).toEqual([
      ['01.txt', 'ok', null, {errors: 0, warnings: 0, info: 0}],
      ['fail.txt', 'failed', 'Cannot process `fail.txt` at 2:3: Unexpected `FAIL-AT`, expected a report', {errors: 1, warnings: 0, info: 0}],
      ['sub/02.txt', 'ok', null, {errors: 0, warnings: 0, info: 0}]
    ])
    expect(settings.stderr.text()).toBe('')
  })

  test('content errors give 1; warnings give 1 only with frail', async () => {
    const folder = await temporaryFolder()
    await writeFiles(folder, {'warn/a.txt': '标题\nWARN\n', 'error/a.txt': '标题\nERROR\nINFO\n'})
    const warned = await run(options([path.join(folder, 'warn')], path.join(folder, 'out-warn')))
    const frail = await run(options([path.join(folder, 'warn')], path.join(folder, 'out-frail'), {frail: true}))
    const erred = await run(options([path.join(folder, 'error')], path.join(folder, 'out-error')))
    expect([warned.exitCode, frail.exitCode, erred.exitCode, erred.counts]).toEqual([0, 1, 1, {inputs: 1, ok: 1, failed: 0, cached: 0, errors: 1, warnings: 0, info: 1}])
  })

  test('reads HTML as bytes with a pipeline that accepts it', async () => {
    const folder = await temporaryFolder()
    await writeFiles(folder, {'in/page.txt': '\uFEFF  <!DOCTYPE html><html><head><title>网页标题</title>'})
    const result = await run(options([path.join(folder, 'in')], path.join(folder, 'out'), {pipeline: 'any-to-json'}))
    expect([(await documentsOf(result))[0]?.kind, JSON.parse(await readFile(path.join(folder, 'out/page.json'), 'utf8'))]).toEqual(['portal-html', {path: 'page.txt', title: '网页标题', paragraphs: [], prefix: 'any'}])
  })

  test('skips unchanged inputs on a second run; `force`, a changed input or a changed output undo that', async () => {
    const folder = await temporaryFolder()
    await writeFiles(folder, {...good, 'in/03.txt': '标题三\n'})
    const out = path.join(folder, 'out')
    const cached = async (extra: Partial<RunOptions> = {}): Promise<Array<string>> => {
      const result = await run(options([path.join(folder, 'in')], out, extra))
      return (await documentsOf(result)).filter((document) => document.cached).map((document) => document.file)
    }

    expect(await cached()).toEqual([])
    const before = (await stat(path.join(out, '01.json'))).mtimeMs
    expect(await cached()).toEqual(['01.txt', '03.txt', 'sub/02.txt'])
    expect((await stat(path.join(out, '01.json'))).mtimeMs).toBe(before)
    expect(await readManifest(out)).toMatchObject({counts: {inputs: 3, ok: 3, cached: 3}})
    expect(await readFile(path.join(out, 'summary.csv'), 'utf8')).toBe('file,status,title,sections,reason\n01.txt,ok,标题一,1,\n03.txt,ok,标题三,1,\nsub/02.txt,ok,标题二,1,\n')

    expect(await cached({force: true})).toEqual([])

    await writeFile(path.join(folder, 'in/01.txt'), '新标题\n')
    await writeFile(path.join(out, 'sub/02.json'), 'tampered')
    expect(await cached()).toEqual(['03.txt'])
    expect(JSON.parse(await readFile(path.join(out, 'sub/02.json'), 'utf8'))).toMatchObject({title: '标题二'})

    // Another pipeline (or other options, or versions) is another fingerprint.
    expect(await cached({pipeline: 'any-to-json'})).toEqual([])
  })

  test('the cache holds hashes and summary rows, never the body text', async () => {
    const folder = await temporaryFolder()
    await writeFiles(folder, good)
    const out = path.join(folder, 'out')
    await run(options([path.join(folder, 'in')], out))
    const entries = (await listFiles(out)).filter((file) => file.startsWith('.baogao-cache/'))
    expect(entries.length).toBe(2)
    const texts = await Promise.all(entries.map((entry) => readFile(path.join(out, entry), 'utf8')))
    expect(texts.some((text) => text.includes('第一段正文') || text.includes('第二段正文'))).toBe(false)
    expect(Object.keys(JSON.parse(texts[0] ?? '{}') as object).sort()).toEqual(['file', 'fingerprint', 'inputSha256', 'kind', 'messages', 'output', 'summary'])
  })

  test('an output name taken by another input or by the run fails the later input', async () => {
    const folder = await temporaryFolder()
    await writeFiles(folder, {'in/a.txt': 'A\n', 'in/a.html': 'A again\n', 'in/manifest.txt': 'M\n'})
    const result = await run(options([path.join(folder, 'in')], path.join(folder, 'out')))
    expect((await documentsOf(result)).map((document) => [document.file, document.status, document.reason])).toEqual([
      ['a.html', 'ok', null],
      ['a.txt', 'failed', 'Cannot process `a.txt`: its output `a.json` is already the output of `a.html`; rename one of them'],
      ['manifest.txt', 'failed', 'Cannot process `manifest.txt`: its output `manifest.json` is a name the run reserves for itself; rename the input']
    ])
  })

  test('a batch output that throws fails alone, with exit code 3', async () => {
    const folder = await temporaryFolder()
    await writeFiles(folder, good)
    const out = path.join(folder, 'out')
    const settings = options([path.join(folder, 'in')], out, {pipeline: 'broken-batch'})
    const result = await run(settings)
    expect([result.exitCode, result.batch.map((output) => [output.file, output.status, output.reason])]).toEqual([3, [['broken.csv', 'failed', 'Cannot write `broken.csv`: emitter broke on purpose'], ['summary.csv', 'ok', null]]])
    expect(settings.stderr.text()).toContain('Stack of the error that failed `broken.csv`:\nError: emitter broke on purpose')
  })

  test('writes batch outputs given in chunks, hashing what it wrote; one failing midway fails alone', async () => {
    const folder = await temporaryFolder()
    await writeFiles(folder, good)
    const out = path.join(folder, 'out')
    const result = await run(options([path.join(folder, 'in')], out, {pipeline: 'chunked-batch'}))
    const written = await readFile(path.join(out, 'chunked.csv'))
    expect([
      result.exitCode,
      result.batch,
      written.toString('utf8'),
      (await listFiles(out)).filter((name) => !name.endsWith('.json'))
    ]).toEqual([
      3,
      [
        {file: 'chunked.csv', status: 'ok', sha256: createHash('sha256').update(written).digest('hex'), reason: null},
        {file: 'broken-late.csv', status: 'failed', sha256: null, reason: 'Cannot write `broken-late.csv`: chunks broke on purpose'}
      ],
      'file,status\n' + Object.keys(good).map((name) => name.replace(/^in\//, '') + ',ok\n').sort().join(''),
      ['chunked.csv']
    ])
  })

  test('gives collecting batch outputs every row in input order as the run goes; one failing on a row fails alone', async () => {
    const {collectorLog} = await import(fixturePipelines)
    collectorLog.length = 0
    const folder = await temporaryFolder()
    const inputs = Object.fromEntries(Array.from({length: 12}, (_, index) => [`in/${String(index).padStart(2, '0')}.txt`, `标题${index}\n正文\n`]))
    await writeFiles(folder, {...inputs, 'in/13.txt': ''})
    const out = path.join(folder, 'out')
    const result = await run(options([path.join(folder, 'in')], out, {pipeline: 'collected-batch'}))
    const lines = Object.keys(inputs).map((name) => name.replace(/^in\//, '') + ',ok\n').join('') + '13.txt,failed\n'
    expect([
      result.batch.map((output) => [output.file, output.status, output.reason]),
      await readFile(path.join(out, 'collected.csv'), 'utf8'),
      await readFile(path.join(out, 'chunked.csv'), 'utf8'),
      [...collectorLog].sort(),
      await listFiles(out)
    ]).toEqual([
      [
        ['collected.csv', 'ok', null],
        ['broken-collector.csv', 'failed', 'Cannot write `broken-collector.csv`: collector broke on purpose'],
        ['chunked.csv', 'ok', null]
      ],
      'file,status\n' + lines,
      'file,status\n' + lines,
      // The collector's temporary file: in the output folder, named to be
      // removed by the next run if this one is killed; gone now.
      ['abort:broken-collector.csv', 'abort:collected.csv', 'finish:collected.csv', `temporary:${path.join(await realpath(out), `.baogao-batch-0.${result.runId}.baogao-tmp`)}`],
      expect.not.arrayContaining([expect.stringMatching(/\.baogao-tmp$/)])
    ])
  })

  test('an interrupted run drops what the collectors hold and writes no batch output', async () => {
    const {collectorLog} = await import(fixturePipelines)
    collectorLog.length = 0
    const folder = await temporaryFolder()
    await writeFiles(folder, Object.fromEntries(Array.from({length: 6}, (_, index) => [`in/${index}.txt`, `标题${index}\n`])))
    const out = path.join(folder, 'out')
    const controller = new AbortController()
    const result = await run(options([path.join(folder, 'in')], out, {pipeline: 'collected-batch', signal: controller.signal, onEvent: (event) => event.event === 'file' && controller.abort()}))
    expect([result.interrupted, result.batch, [...collectorLog].sort().filter((line) => line.startsWith('abort:')), (await listFiles(out)).filter((name) => name.endsWith('.csv') || name.endsWith('.baogao-tmp'))]).toEqual([
      true,
      [],
      ['abort:broken-collector.csv', 'abort:collected.csv'],
      []
    ])
  })

  test('never writes outside the output folder, even through a symlink planted in it', async () => {
    const folder = await temporaryFolder()
    await writeFiles(folder, {'in/sub/a.txt': 'A\n', 'in/b.txt': 'B\n'})
    const out = path.join(folder, 'out')
    await mkdir(path.join(folder, 'elsewhere'))
    await mkdir(out)
    await symlink(path.join(folder, 'elsewhere'), path.join(out, 'sub'))
    const result = await run(options([path.join(folder, 'in/sub/../sub/../')], out))
    expect((await documentsOf(result)).map((document) => [document.file, document.status, document.reason])).toEqual([
      ['b.txt', 'ok', null],
      ['sub/a.txt', 'failed', 'Cannot write `sub/a.json`: unexpected symlink leading out of the output folder']
    ])
    expect(await readdir(path.join(folder, 'elsewhere'))).toEqual([])
  })

  test('removes temporary files a killed run left', async () => {
    const folder = await temporaryFolder()
    await writeFiles(folder, {...good, 'out/sub/.02.json.0a1b2c3d4e5f.baogao-tmp': '{"half'})
    const out = path.join(folder, 'out')
    await run(options([path.join(folder, 'in')], out))
    expect((await listFiles(out)).filter((file) => file.includes('baogao-tmp'))).toEqual([])
  })

  test('stops starting inputs when aborted; the manifest still accounts for every input', async () => {
    const folder = await temporaryFolder()
    await writeFiles(folder, Object.fromEntries(Array.from({length: 6}, (_, index) => [`in/${index}.txt`, `标题${index}\n`])))
    const out = path.join(folder, 'out')
    const controller = new AbortController()
    const result = await run(options([path.join(folder, 'in')], out, {signal: controller.signal, onEvent: (event) => event.event === 'file' && controller.abort()}))
    const manifest = await readManifest(out)
    expect([result.interrupted, result.exitCode, manifest.interrupted, manifest.inputs.length]).toEqual([true, 3, true, 6])
    expect(manifest.inputs.filter((input) => input.status === 'ok').length).toBeGreaterThan(0)
    expect(manifest.inputs.filter((input) => input.status === 'failed').every((input) => input.reason === `Cannot process \`${input.file}\`: the run was interrupted before this input`)).toBe(true)
    // An interrupted run leaves the batch outputs of the last full run alone.
    expect(await listFiles(out)).not.toContain('summary.csv')
  })

  test('refuses to start, with exit code 2, on usage and configuration errors', async () => {
    const folder = await temporaryFolder()
    await writeFiles(folder, {...good, 'file-in-the-way': ''})
    await mkdir(path.join(folder, 'empty'))
    const input = path.join(folder, 'in')
    const out = path.join(folder, 'out')
    expect([
      await runError(run(options([input], out, {pipeline: 'nope'}))),
      await runError(run(options([path.join(folder, 'empty'), path.join(folder, 'none/*.txt')], out))),
      await runError(run(options([input], out, {concurrency: 0}))),
      await runError(run(options([input], out, {pipelineModule: 'relative/module.js'}))),
      await runError(run(options([input], path.join(folder, 'file-in-the-way'))))
    ]).toEqual([
      'unknown-pipeline: Unknown pipeline `nope`, expected one of `any-to-json`, `broken-batch`, `chunked-batch`, `collected-batch`, `lines-to-json`',
      `no-inputs: No inputs found in \`${path.join(folder, 'empty')}\`, \`${path.join(folder, 'none/*.txt')}\`, expected files, folders or globs matching files`,
      'invalid-option: @baogao/engine: unexpected `concurrency`, expected an integer from 1 to 256',
      'invalid-option: @baogao/engine: unexpected `pipelineModule`, expected the URL or absolute path of a pipeline module',
      `output-not-a-directory: Cannot use \`${path.join(folder, 'file-in-the-way')}\` as the output folder (a file is in the way)`
    ])
  })

  test('refuses an output folder another run holds', async () => {
    const folder = await temporaryFolder()
    await writeFiles(folder, good)
    const out = path.join(folder, 'out')
    await mkdir(out)
    const lock = await acquireOutputLock(out, 'other-run')
    expect(await runError(run(options([path.join(folder, 'in')], out)))).toMatch(/^output-locked: Cannot write to `.+`: another run \(pid \d+ on .+\) is writing there; wait for it to finish$/)
    await lock.release()
    expect((await run(options([path.join(folder, 'in')], out))).exitCode).toBe(0)
  })
})
