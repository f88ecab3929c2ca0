import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {baogao, jsonLines, listFiles, repositoryRoot, temporaryFolder, writeFiles} from './helpers.ts'

const samplesHtml = path.join(repositoryRoot, 'samples/html')

describe('portal pages through the binary', () => {
  it('`baogao parse` tells an HTML page by its content and prints its report', async () => {
    const folder = await temporaryFolder()
    // A GBK page without an `.html` extension.
    await writeFiles(folder, {'page.bin': await readFile(path.join(samplesHtml, '001_3bbaca17e2977359.html'))})
    const result = await baogao(['parse', 'page.bin'], {cwd: folder})
    expect(result.code).toBe(0)
    // The page's one content warning: the damaged signing date.
    expect(result.stderr).toContain('warning Unexpected damaged date `2020414`')
    const report = JSON.parse(result.stdout) as {meta: Record<string, unknown>; closing: string}
    expect(report.meta).toMatchObject({
      title: '公安县2019年法治政府建设工作报告',
      published: '2020-04-20',
      issuer: '公安县人民政府办公室',
      source: {kind: 'portal-html', path: 'page.bin'}
    })
    expect(report.closing).toBe('特此报告。')
  })

  it('`baogao run portal-to-json` converts pages, fails bad ones and goes on', async () => {
    const folder = await temporaryFolder()
    await writeFiles(folder, {
      'in/a.html': await readFile(path.join(samplesHtml, '004_53ad0b29bc01cca5.html')),
      'in/b.html': '<html><body><p>Hello world</p></body></html>',
      'in/c.shtml': await readFile(path.join(samplesHtml, '002_003a9d8f3bacc8c6.html'))
    })
    const result = await baogao(['run', 'portal-to-json', 'in', '--out', 'out', '--log', 'json'], {cwd: folder})
    const files = jsonLines(result.stdout)
      .filter((line) => line['event'] === 'file')
      .map((line) => [line['file'], line['status']])
      .sort()
    expect(files).toEqual([
      ['a.html', 'ok'],
      ['b.html', 'failed'],
      ['c.shtml', 'ok']
    ])
    expect(await listFiles(path.join(folder, 'out'))).toEqual(expect.arrayContaining(['a.json', 'c.json']))
    const report = JSON.parse(await readFile(path.join(folder, 'out/a.json'), 'utf8')) as {meta: {title: string}}
    expect(report.meta.title).toBe('海陵试验区管委会2021年法治政府建设工作报告')
  })
})
