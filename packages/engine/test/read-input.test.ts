import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {InputError, decodeText, readInput, toVFile} from '../src/index.ts'
import {gbkBytes, temporaryFolder} from './helpers.ts'

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    if (error instanceof InputError) return `${error.code} ${error.file}: ${error.message}`
    throw error
  }

  return 'no error'
}

describe('readInput', () => {
  test('reads, hashes and sniffs a text file', async () => {
    const folder = await temporaryFolder()
    await writeFile(path.join(folder, 'a.txt'), '报告\n')
    expect(await readInput({path: path.join(folder, 'a.txt'), name: 'a.txt'})).toEqual({
      bytes: new Uint8Array(Buffer.from('报告\n')),
      // sha256 of the UTF-8 bytes of `报告\n`.
      sha256: '55df1c48b148988e15716e9310959d86dd76b5166386e0ab0093119970e9257b',
      kind: 'plain-text'
    })
  })

  test('names the file when it is missing, a folder, or empty', async () => {
    const folder = await temporaryFolder()
    await mkdir(path.join(folder, 'dir'))
    await writeFile(path.join(folder, 'empty.txt'), '')
    expect([
      await failure(readInput({path: path.join(folder, 'missing.txt'), name: 'missing.txt'})),
      await failure(readInput({path: path.join(folder, 'dir'), name: 'dir'})),
      await failure(readInput({path: path.join(folder, 'empty.txt'), name: 'empty.txt'}))
    ]).toEqual([
      'not-found missing.txt: Cannot process `missing.txt`: no such file',
      'not-a-file dir: Cannot process `dir`: unexpected folder, expected a regular file',
      'empty empty.txt: Cannot process `empty.txt`: the file is empty'
    ])
  })
})

describe('decodeText and toVFile', () => {
  test('decodes strict UTF-8 and drops a BOM', () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from('报告')]), 'a.txt')).toBe('报告')
  })

  test('rejects GBK text, naming the file and the first bad byte', async () => {
    const bytes = Uint8Array.from([...Buffer.from('ok\n'), ...gbkBytes])
    expect(await failure(Promise.resolve().then(() => decodeText(bytes, 'sub/gbk.txt')))).toBe(
      'not-utf-8 sub/gbk.txt: Cannot process `sub/gbk.txt`: unexpected bytes that are not UTF-8 (at byte 3), expected UTF-8 text; convert the file (GBK/GB18030 text, for example, with `iconv -f gb18030 -t utf-8`)'
    )
  })

  test('points at overlong forms, surrogates and truncated sequences', async () => {
    const offsetOf = async (bytes: Array<number>): Promise<string> => (await failure(Promise.resolve().then(() => decodeText(Uint8Array.from(bytes), 'x')))).replace(/^.*at byte (\d+).*$/, '$1')
    expect([
      await offsetOf([0x61, 0xc0, 0xaf]),
      await offsetOf([0x61, 0x62, 0xed, 0xa0, 0x80]),
      await offsetOf([0xe6, 0x8a, 0xa5, 0xe5, 0x91])
    ]).toEqual(['1', '2', '3'])
  })

  test('gives plain text as a string and HTML as the raw bytes', () => {
    const html = new Uint8Array(Buffer.from('<html>'))
    expect(toVFile({bytes: new Uint8Array(Buffer.from('报告')), sha256: '', kind: 'plain-text'}, 'sub/a.txt').value).toBe('报告')
    const file = toVFile({bytes: html, sha256: '', kind: 'portal-html'}, 'sub/b.html')
    expect([file.value, file.path]).toEqual([html, 'sub/b.html'])
  })
})
