import {mkdir, readFile, readdir, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {OutsideOutputError, outputNameFor, prepareOutputPath, writeFileAtomic} from '../src/index.ts'
import {listFiles, temporaryFolder} from './helpers.ts'

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    if (error instanceof OutsideOutputError) return error.message
    throw error
  }

  return 'no error'
}

describe('outputNameFor', () => {
  test('replaces the extension and keeps the folders', () => {
    expect(['01.txt', 'sub/deep/02.html', 'a.b.shtml', 'noext', '.hidden', 'sub.d/x'].map((name) => outputNameFor(name, '.json'))).toEqual([
      '01.json',
      'sub/deep/02.json',
      'a.b.json',
      'noext.json',
      '.hidden.json',
      'sub.d/x.json'
    ])
  })
})

describe('prepareOutputPath', () => {
  test('makes the folders inside the output folder', async () => {
    const out = await temporaryFolder()
    expect(await prepareOutputPath(out, 'a/b/c.json')).toBe(path.join(out, 'a/b/c.json'))
    expect((await readdir(path.join(out, 'a/b'))).length).toBe(0)
  })

  test('refuses `..`, absolute and empty segments', async () => {
    const out = await temporaryFolder()
    expect([
      await refusal(prepareOutputPath(out, '../x.json')),
      await refusal(prepareOutputPath(out, 'a/../../x.json')),
      await refusal(prepareOutputPath(out, '/etc/x.json')),
      await refusal(prepareOutputPath(out, 'a//x.json'))
    ]).toEqual([
      'Cannot write `../x.json`: unexpected path, expected a plain path inside the output folder',
      'Cannot write `a/../../x.json`: unexpected path, expected a plain path inside the output folder',
      'Cannot write `/etc/x.json`: unexpected path, expected a plain path inside the output folder',
      'Cannot write `a//x.json`: unexpected path, expected a plain path inside the output folder'
    ])
  })

  test('refuses a symlinked folder leading out, and creates nothing behind it', async () => {
    const root = await temporaryFolder()
    const out = path.join(root, 'out')
    await mkdir(path.join(root, 'elsewhere'), {recursive: true})
    await mkdir(out)
    await symlink(path.join(root, 'elsewhere'), path.join(out, 'sub'))
    expect(await refusal(prepareOutputPath(out, 'sub/deeper/x.json'))).toBe('Cannot write `sub/deeper/x.json`: unexpected symlink leading out of the output folder')
    expect(await readdir(path.join(root, 'elsewhere'))).toEqual([])
  })

  test('collects the folders it checked and skips the ones checked before', async () => {
    const out = await temporaryFolder()
    const checked = new Set<string>()
    await prepareOutputPath(out, 'a/b/c.json', checked)
    expect([...checked]).toEqual([path.join(out, 'a'), path.join(out, 'a/b')])
    // A folder in the set is taken as checked: not made again.
    checked.add(path.join(out, 'x'))
    expect(await prepareOutputPath(out, 'x/y/z.json', checked).catch((error: NodeJS.ErrnoException) => error.code)).toBe('ENOENT')
  })

  test('follows a symlinked folder that stays inside', async () => {
    const out = await temporaryFolder()
    await mkdir(path.join(out, 'real'))
    await symlink(path.join(out, 'real'), path.join(out, 'alias'))
    expect(await prepareOutputPath(out, 'alias/x.json')).toBe(path.join(out, 'alias/x.json'))
  })
})

describe('writeFileAtomic', () => {
  test('writes the bytes and leaves no temporary file', async () => {
    const out = await temporaryFolder()
    await writeFileAtomic(path.join(out, 'a.json'), '{"a":1}\n')
    await writeFileAtomic(path.join(out, 'a.json'), new Uint8Array([0x7b, 0x7d]), {durable: true})
    expect([await readFile(path.join(out, 'a.json'), 'utf8'), await listFiles(out)]).toEqual(['{}', ['a.json']])
  })

  test('writes chunks as they come, from a generator or an async generator', async () => {
    const out = await temporaryFolder()
    const encoder = new TextEncoder()
    function * sync() {
      yield encoder.encode('年度')
      yield encoder.encode('报告\n')
    }

    async function * later() {
      yield encoder.encode('第一块,')
      yield new Uint8Array(0)
      yield encoder.encode('第二块')
    }

    await writeFileAtomic(path.join(out, 'a.txt'), sync())
    await writeFileAtomic(path.join(out, 'b.txt'), later(), {durable: true})
    expect([await readFile(path.join(out, 'a.txt'), 'utf8'), await readFile(path.join(out, 'b.txt'), 'utf8'), await listFiles(out)]).toEqual(['年度报告\n', '第一块,第二块', ['a.txt', 'b.txt']])
  })

  test('chunks that fail midway leave the old file as it was and no temporary file', async () => {
    const out = await temporaryFolder()
    await writeFile(path.join(out, 'a.txt'), 'old')
    async function * failing() {
      yield new TextEncoder().encode('half')
      throw new Error('chunks broke on purpose')
    }

    const error = await writeFileAtomic(path.join(out, 'a.txt'), failing()).then(() => undefined, (error: unknown) => error)
    expect([error instanceof Error ? error.message : error, await readFile(path.join(out, 'a.txt'), 'utf8'), await listFiles(out)]).toEqual(['chunks broke on purpose', 'old', ['a.txt']])
  })

  test('replaces a symlink at the target instead of writing through it', async () => {
    const root = await temporaryFolder()
    await writeFile(path.join(root, 'victim.txt'), 'keep')
    await mkdir(path.join(root, 'out'))
    await symlink(path.join(root, 'victim.txt'), path.join(root, 'out/a.json'))
    await writeFileAtomic(await prepareOutputPath(path.join(root, 'out'), 'a.json'), 'new')
    expect([await readFile(path.join(root, 'victim.txt'), 'utf8'), await readFile(path.join(root, 'out/a.json'), 'utf8')]).toEqual(['keep', 'new'])
  })
})
