/**
 * Bad files among good ones: binary garbage, an empty file and a GBK text
 * file fail with their reasons (exit code 3), while a GBK portal page that
 * declares its charset is good input, decoded by the HTML parser. Every
 * other input is converted, and the workbook lists them all.
 */
import {copyFile, readFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {baogao, listFiles, repositoryRoot, temporaryFolder, writeFiles} from './helpers.ts'
import {documentOutputs, readWithOpenpyxl} from './nightly-helpers.ts'

/** The article of the GBK sample page as GBK plain text: its tags dropped byte by byte (GBK bytes never hold `<` or `>`). */
function gbkText(page: Uint8Array): Uint8Array {
  const html = Buffer.from(page)
  const start = html.indexOf('<div class="article-content">')
  const end = html.indexOf('<div class="attachments">')
  const bytes: Array<number> = []
  let inTag = false
  for (const byte of html.subarray(start, end)) {
    if (byte === 0x3c) inTag = true
    else if (byte === 0x3e) inTag = false
    else if (!inTag) bytes.push(byte)
  }

  return Uint8Array.from(bytes)
}

/** Not a report: a PNG signature and chunk header, then binary data. */
const corrupt = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array.from({length: 4096}, (_, index) => (index * 7919) % 256)])

describe('nightly over bad files among good ones', () => {
  test('converts the good files and the GBK page, reports the corrupt, empty and GBK text files with reasons, exits with 3', async () => {
    const folder = await temporaryFolder()
    const inputs = path.join(folder, 'in')
    const gbkPage = await readFile(path.join(repositoryRoot, 'samples/html/001_3bbaca17e2977359.html'))
    await writeFiles(inputs, {
      'corrupt.html': corrupt,
      'empty.txt': '',
      'gbk-page.html': gbkPage,
      'gbk-text.txt': gbkText(gbkPage)
    })
    for (const good of ['text/000_c38c80df23ae400c.txt', 'text/004_53ad0b29bc01cca5.txt', 'html/002_003a9d8f3bacc8c6.html', 'html/004_53ad0b29bc01cca5.html']) {
      await copyFile(path.join(repositoryRoot, 'samples', good), path.join(inputs, good.replace('/', '-')))
    }

    const result = await baogao(['run', 'nightly', 'in', '--out', 'out', '--log', 'pretty'], {cwd: folder})
    expect(result.code).toBe(3)
    expect(result.stdout).toBe('')

    const manifest = JSON.parse(await readFile(path.join(folder, 'out/manifest.json'), 'utf8')) as {inputs: Array<{file: string, status: string, kind: string | null, reason: string | null}>}
    const reasons = {
      'corrupt.html': 'Cannot process `corrupt.html`: unexpected binary data (NUL or control bytes), expected a text or HTML report (UTF-16 text must be converted to UTF-8)',
      'empty.txt': 'Cannot process `empty.txt`: the file is empty',
      'gbk-text.txt': expect.stringMatching(/^Cannot process `gbk-text\.txt`: unexpected bytes that are not UTF-8 \(at byte \d+\), expected UTF-8 text; convert the file \(GBK\/GB18030 text, for example, with `iconv -f gb18030 -t utf-8`\)$/)
    }
    expect(manifest.inputs.map((input) => [input.file, input.status, input.kind, input.reason])).toEqual([
      ['corrupt.html', 'failed', null, reasons['corrupt.html']],
      ['empty.txt', 'failed', null, reasons['empty.txt']],
      ['gbk-page.html', 'ok', 'portal-html', null],
      ['gbk-text.txt', 'failed', 'plain-text', reasons['gbk-text.txt']],
      ['html-002_003a9d8f3bacc8c6.html', 'ok', 'portal-html', null],
      ['html-004_53ad0b29bc01cca5.html', 'ok', 'portal-html', null],
      ['text-000_c38c80df23ae400c.txt', 'ok', 'plain-text', null],
      ['text-004_53ad0b29bc01cca5.txt', 'ok', 'plain-text', null]
    ])

    // The failures are listed on stderr, sorted by file, before the summary line.
    const failures = result.stderr.split('\n').filter((line) => line.startsWith('✖ '))
    expect(failures).toEqual(manifest.inputs.filter((input) => input.status === 'failed').map((input) => `✖ ${input.reason}`))
    expect(result.stderr).toMatch(/\n8 inputs: 5 ok, 3 failed · \d+ errors?, \d+ warnings? · 1\/1 batch outputs · [\d.]+ s · .+manifest\.json\n$/)

    const files = await listFiles(path.join(folder, 'out'))
    expect(documentOutputs(files)).toEqual(['gbk-page.json', 'html-002_003a9d8f3bacc8c6.json', 'html-004_53ad0b29bc01cca5.json', 'text-000_c38c80df23ae400c.json', 'text-004_53ad0b29bc01cca5.json'])
    // The GBK page is decoded: the same report as its sample's text.
    const page = JSON.parse(await readFile(path.join(folder, 'out/gbk-page.json'), 'utf8')) as {meta: {title: string}, sections: Array<unknown>}
    const golden = JSON.parse(await readFile(path.join(repositoryRoot, 'samples/expected/001_3bbaca17e2977359.json'), 'utf8')) as {meta: {title: string}, sections: Array<unknown>}
    expect(page.meta.title).toBe('公安县2019年法治政府建设工作报告')
    expect(page.sections).toEqual(golden.sections)

    // The workbook has a row per input, failed ones with their reason and empty counts.
    const [reports] = readWithOpenpyxl(path.join(folder, 'out/summary.xlsx'))
    expect(reports?.rows.slice(1).map((row) => [row[0]?.[1], row[1]?.[1] ?? null, row[2]?.[1] ?? null, row[8]?.[1] ?? null, row[28]?.[1], row[29]?.[1] ?? null])).toEqual(
      manifest.inputs.map((input) => input.status === 'ok'
        ? [input.file, input.kind, expect.any(String), expect.any(Number), 'ok', null]
        : [input.file, input.kind, null, null, 'failed', input.reason])
    )
  })
})
