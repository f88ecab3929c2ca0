import {spawn} from 'node:child_process'
import {copyFile, mkdir, readFile, readdir, symlink} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {baogao, gbkBytes, jsonLines, listFiles, repositoryRoot, samplesText, spawnBaogao, temporaryFolder, writeFiles} from './helpers.ts'

const seeds = ['000_c38c80df23ae400c', '001_3bbaca17e2977359', '002_003a9d8f3bacc8c6', '003_8891a8d6d278ec13', '004_53ad0b29bc01cca5']

/** Copy the seeds into `folder`, `copies` times each, spread over sub-folders. */
async function seedCorpus(folder: string, copies = 1): Promise<Array<string>> {
  const names: Array<string> = []
  for (let copy = 0; copy < copies; copy++) {
    for (const [index, seed] of seeds.entries()) {
      const name = copies === 1 ? `${index % 2 === 0 ? 'even' : 'odd'}/${seed}.txt` : `part-${copy % 7}/${String(copy).padStart(3, '0')}-${seed}.txt`
      await mkdir(path.dirname(path.join(folder, name)), {recursive: true})
      await copyFile(path.join(samplesText, `${seed}.txt`), path.join(folder, name))
      names.push(name)
    }
  }

  return names.sort()
}

const reportFiles = (files: Array<string>): Array<string> => files.filter((file) => file.endsWith('.json') && file !== 'manifest.json' && !file.startsWith('.'))

describe('baogao run', () => {
  test('converts samples/text into one JSON file per report', async () => {
    const out = path.join(await temporaryFolder(), 'out')
    const result = await baogao(['run', 'text-to-json', 'samples/text', '--out', out, '--log', 'json'])
    expect(result.code).toBe(0)
    expect(reportFiles(await listFiles(out))).toEqual(seeds.map((seed) => `${seed}.json`))
    const report = JSON.parse(await readFile(path.join(out, `${seeds[0]}.json`), 'utf8')) as {meta: {title: string, source: {path: string}}}
    expect([report.meta.title, report.meta.source.path]).toEqual(['四平市铁东区人民政府2020年度法治政府建设工作报告', `${seeds[0]}.txt`])
  })

  test('keeps sub-folders relative to the input root', async () => {
    const folder = await temporaryFolder()
    const names = await seedCorpus(path.join(folder, 'in'))
    const result = await baogao(['run', 'text-to-json', 'in', '--out', 'out', '--log', 'json'], {cwd: folder})
    expect(result.code).toBe(0)
    expect(reportFiles(await listFiles(path.join(folder, 'out')))).toEqual(names.map((name) => name.replace(/\.txt$/, '.json')))
  })

  test('good files are converted, bad ones named with reasons, exit code 3', async () => {
    const folder = await temporaryFolder()
    await seedCorpus(path.join(folder, 'in'))
    await writeFiles(folder, {'in/bad/empty.txt': '', 'in/bad/binary.txt': Uint8Array.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03]), 'in/bad/gbk.txt': gbkBytes})
    const result = await baogao(['run', 'text-to-json', 'in', '--out', 'out', '--log', 'pretty'], {cwd: folder})
    expect(result.code).toBe(3)
    expect(reportFiles(await listFiles(path.join(folder, 'out'))).length).toBe(5)
    expect(result.stderr.split('\n').filter((line) => line.startsWith('✖'))).toEqual([
      '✖ Cannot process `bad/binary.txt`: unexpected binary data (NUL or control bytes), expected a text or HTML report (UTF-16 text must be converted to UTF-8)',
      '✖ Cannot process `bad/empty.txt`: the file is empty',
      '✖ Cannot process `bad/gbk.txt`: unexpected bytes that are not UTF-8 (at byte 0), expected UTF-8 text; convert the file (GBK/GB18030 text, for example, with `iconv -f gb18030 -t utf-8`)'
    ])
    const manifest = JSON.parse(await readFile(path.join(folder, 'out/manifest.json'), 'utf8')) as {inputs: Array<{file: string, status: string}>}
    expect(manifest.inputs.filter((input) => input.status === 'failed').map((input) => input.file)).toEqual(['bad/binary.txt', 'bad/empty.txt', 'bad/gbk.txt'])
  })

  test('writes nothing outside --out, whatever `..` and symlinks the paths hold', async () => {
    const folder = await temporaryFolder()
    await seedCorpus(path.join(folder, 'work/in'))
    await mkdir(path.join(folder, 'work/out'), {recursive: true})
    await mkdir(path.join(folder, 'elsewhere'))
    // `out/odd` leads out of the output folder; `in/escape` leads out of the input folder.
    await symlink(path.join(folder, 'elsewhere'), path.join(folder, 'work/out/odd'))
    await symlink(path.join(folder, 'work/in/even'), path.join(folder, 'work/in/escape'))
    const before = await listFiles(folder)
    const result = await baogao(['run', 'text-to-json', 'work/in/even/../../in/./', '../' + path.basename(folder) + '/work/in/odd/..', '--out', 'work/out/../out', '--log', 'json'], {cwd: folder})
    const after = await listFiles(folder)
    const added = after.filter((file) => !before.includes(file))
    expect(result.code).toBe(3)
    expect(added.every((file) => file.startsWith('work/out/'))).toBe(true)
    expect(await readdir(path.join(folder, 'elsewhere'))).toEqual([])
    const failed = jsonLines(result.stdout).filter((event) => event['status'] === 'failed').map((event) => String(event['reason'])).sort()
    expect(failed).toEqual([
      'Cannot write `odd/001_3bbaca17e2977359.json`: unexpected symlink leading out of the output folder',
      'Cannot write `odd/003_8891a8d6d278ec13.json`: unexpected symlink leading out of the output folder'
    ])
  })

  test('a second run on the same --out is refused while the first holds it', async () => {
    const folder = await temporaryFolder()
    await seedCorpus(path.join(folder, 'in'))
    await mkdir(path.join(folder, 'out'))
    // Another process holds the lock, as a running `baogao run` does.
    const engine = path.join(repositoryRoot, 'packages/engine/dist/index.js')
    const holder = spawn(process.execPath, ['--input-type=module', '-e', `const {acquireOutputLock} = await import(${JSON.stringify(engine)}); await acquireOutputLock(${JSON.stringify(path.join(folder, 'out'))}, 'first'); console.log('locked'); setInterval(() => {}, 1000)`])
    await new Promise<void>((resolve) => holder.stdout.on('data', () => resolve()))
    try {
      const refused = await baogao(['run', 'text-to-json', 'in', '--out', 'out'], {cwd: folder})
      expect([refused.code, refused.stdout]).toEqual([2, ''])
      expect(refused.stderr).toMatch(new RegExp(`^baogao: Cannot write to \`.+/out\`: another run \\(pid ${holder.pid} on .+, started .+\\) is writing there; wait for it to finish\\n$`))
    } finally {
      holder.kill('SIGKILL')
      await new Promise((resolve) => holder.on('exit', resolve))
    }

    // The holder is gone: its lock is stale and the next run takes it over.
    expect((await baogao(['run', 'text-to-json', 'in', '--out', 'out', '--quiet'], {cwd: folder})).code).toBe(0)
  })

  test('a second run skips unchanged inputs; --force does not', async () => {
    const folder = await temporaryFolder()
    await seedCorpus(path.join(folder, 'in'))
    const cachedFlags = async (extra: Array<string>): Promise<Array<unknown>> => {
      const result = await baogao(['run', 'text-to-json', 'in', '--out', 'out', '--log', 'json', ...extra], {cwd: folder})
      expect(result.code).toBe(0)
      return jsonLines(result.stdout).filter((event) => event['event'] === 'file').map((event) => event['cached'])
    }

    expect(await cachedFlags([])).toEqual([false, false, false, false, false])
    expect(await cachedFlags([])).toEqual([true, true, true, true, true])
    expect(await cachedFlags(['--force'])).toEqual([false, false, false, false, false])
  })

  test('JSON lines: a start event, one event per file, an end event with counts; --quiet prints none', async () => {
    const out = path.join(await temporaryFolder(), 'out')
    const result = await baogao(['run', 'text-to-json', 'samples/text', '--out', out, '--log', 'json', '--concurrency', '1'])
    const events = jsonLines(result.stdout)
    expect(events.map((event) => event['event'])).toEqual(['start', 'file', 'file', 'file', 'file', 'file', 'end'])
    expect(events[0]).toMatchObject({event: 'start', pipeline: 'text-to-json', total: 5, concurrency: 1, out})
    expect(Object.keys(events[1] ?? {}).sort()).toEqual(['cached', 'done', 'durationMs', 'event', 'file', 'kind', 'messages', 'outputs', 'reason', 'sha256', 'status', 'total'])
    expect(events.at(-1)).toMatchObject({event: 'end', exitCode: 0, counts: {inputs: 5, ok: 5, failed: 0}, manifest: path.join(out, 'manifest.json')})

    const quiet = await baogao(['run', 'text-to-json', 'samples/text', '--out', out, '--quiet', '--force'])
    expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([0, '', ''])
  })

  test('worker threads write the same bytes as one worker', async () => {
    const folder = await temporaryFolder()
    await seedCorpus(path.join(folder, 'in'), 4)
    const outputs = []
    for (const concurrency of ['1', '2']) {
      const out = path.join(folder, `out-${concurrency}`)
      expect((await baogao(['run', 'text-to-json', 'in', '--out', out, '--concurrency', concurrency, '--quiet'], {cwd: folder})).code).toBe(0)
      const files = reportFiles(await listFiles(out))
      outputs.push(Object.fromEntries(await Promise.all(files.map(async (file) => [file, await readFile(path.join(out, file), 'utf8')]))))
    }

    expect(Object.keys(outputs[0] ?? {}).length).toBe(20)
    expect(outputs[1]).toEqual(outputs[0])
  })

  test('a run killed with SIGKILL halfway, then run again, leaves one complete output per input and a full manifest', async () => {
    const folder = await temporaryFolder()
    const names = await seedCorpus(path.join(folder, 'corpus'), 60)
    const args = ['run', 'text-to-json', 'corpus', '--out', 'out', '--log', 'json', '--concurrency', '2']

    // Kill the first run once a good part of the inputs is done.
    const first = spawnBaogao(args, {cwd: folder})
    let seen = 0
    await new Promise<void>((resolve) => {
      first.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        seen += chunk.split('"event":"file"').length - 1
        if (seen >= 60 && first.exitCode === null && !first.killed) {
          first.kill('SIGKILL')
          resolve()
        }
      })
      first.on('exit', () => resolve())
    })
    await new Promise((resolve) => (first.exitCode === null && first.signalCode === null ? first.on('exit', resolve) : resolve(undefined)))
    expect(first.signalCode).toBe('SIGKILL')

    const second = await baogao(args, {cwd: folder})
    expect(second.code).toBe(0)
    const files = await listFiles(path.join(folder, 'out'))
    expect(files.filter((file) => file.includes('.baogao-tmp'))).toEqual([])
    expect(files).not.toContain('.baogao.lock')
    expect(reportFiles(files)).toEqual(names.map((name) => name.replace(/\.txt$/, '.json')))
    for (const file of reportFiles(files)) {
      expect((JSON.parse(await readFile(path.join(folder, 'out', file), 'utf8')) as {schemaVersion: number}).schemaVersion).toBe(1)
    }

    const manifest = JSON.parse(await readFile(path.join(folder, 'out/manifest.json'), 'utf8')) as {inputs: Array<{file: string, status: string, cached: boolean}>}
    expect(manifest.inputs.map((input) => input.file)).toEqual(names)
    expect(manifest.inputs.every((input) => input.status === 'ok')).toBe(true)
    // The second run picked up where the first stopped.
    expect(manifest.inputs.filter((input) => input.cached).length).toBeGreaterThanOrEqual(50)
  })
  test('Ctrl-C finishes the inputs in progress, writes the manifest, frees the folder and exits with 130', async () => {
    const folder = await temporaryFolder()
    const names = await seedCorpus(path.join(folder, 'corpus'), 40)
    const child = spawnBaogao(['run', 'text-to-json', 'corpus', '--out', 'out', '--log', 'json', '--concurrency', '2'], {cwd: folder})
    let stdout = ''
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const before = stdout.split('"event":"file"').length - 1
      stdout += chunk
      if (before < 10 && stdout.split('"event":"file"').length - 1 >= 10) child.kill('SIGINT')
    })
    expect(await exited).toBe(130)

    const end = jsonLines(stdout).at(-1)
    expect(end).toMatchObject({event: 'end', interrupted: true, exitCode: 3})
    const manifest = JSON.parse(await readFile(path.join(folder, 'out/manifest.json'), 'utf8')) as {interrupted: boolean, inputs: Array<{file: string, status: string}>}
    expect([manifest.interrupted, manifest.inputs.map((input) => input.file)]).toEqual([true, names])
    expect(manifest.inputs.filter((input) => input.status === 'failed').length).toBeGreaterThan(0)
    const files = await listFiles(path.join(folder, 'out'))
    expect(files.filter((file) => file === '.baogao.lock' || file.includes('.baogao-tmp'))).toEqual([])
  })
})

describe('exit codes', () => {
  test('2 for usage errors: unknown pipeline (listing the known ones), missing --out, bad --concurrency, no inputs', async () => {
    const folder = await temporaryFolder()
    await mkdir(path.join(folder, 'empty'))
    const [unknown, noOut, badConcurrency, noInputs, badLog] = await Promise.all([
      baogao(['run', 'nope', 'samples/text', '--out', path.join(folder, 'out')]),
      baogao(['run', 'text-to-json', 'samples/text']),
      baogao(['run', 'text-to-json', 'samples/text', '--out', path.join(folder, 'out'), '--concurrency', 'two']),
      baogao(['run', 'text-to-json', path.join(folder, 'empty'), '--out', path.join(folder, 'out')]),
      baogao(['run', 'text-to-json', 'samples/text', '--out', path.join(folder, 'out'), '--log', 'xml'])
    ])
    expect([unknown.code, noOut.code, badConcurrency.code, noInputs.code, badLog.code]).toEqual([2, 2, 2, 2, 2])
    expect(unknown.stderr).toMatch(/^baogao: Unknown pipeline `nope`, expected one of (`[a-z-]+`, )*`text-to-json`/)
    expect(noOut.stderr).toBe("baogao: required option '-o, --out <dir>' not specified\n(add --help for usage)\n")
    expect(badConcurrency.stderr).toBe("baogao: option '-c, --concurrency <n>' argument 'two' is invalid. unexpected `two`, expected a positive integer\n(add --help for usage)\n")
    expect(noInputs.stderr).toBe(`baogao: No inputs found in \`${path.join(folder, 'empty')}\`, expected files, folders or globs matching files\n`)
    expect(badLog.stderr).toMatch(/^baogao: option '--log <format>' argument 'xml' is invalid\. Allowed choices are auto, pretty, json\./)
  })

  test('1 for warnings under --frail, 0 without', async () => {
    const out = path.join(await temporaryFolder(), 'out')
    const [plain, frail] = [await baogao(['run', 'text-to-json', 'samples/text', '--out', out, '--quiet']), await baogao(['run', 'text-to-json', 'samples/text', '--out', out, '--quiet', '--frail'])]
    expect([plain.code, frail.code]).toEqual([0, 1])
  })

  test('2 for an unknown command or option', async () => {
    const [command, option] = await Promise.all([baogao(['convert']), baogao(['list', '--colour'])])
    expect([command.code, command.stderr, option.code, option.stderr]).toEqual([2, "baogao: unknown command 'convert'\n(add --help for usage)\n", 2, "baogao: unknown option '--colour'\n(add --help for usage)\n"])
  })
})
