import {describe, expect, it} from 'vitest'
import {decodeHtml, encodingForLabel, looksBinary} from '../src/lib/decode.ts'
import {prescanCharset} from '../src/lib/prescan.ts'
import {gbk, parseHtml, utf8} from './helpers.ts'

const report =
  '<p>示例县人民政府2021年法治政府建设工作报告</p>' +
  '<p>2021年，县政府认真贯彻落实党中央、国务院关于法治政府建设的决策部署，坚持依法行政，' +
  '严格规范公正文明执法，法治政府建设取得新的进展。现将有关情况报告如下：</p>' +
  '<p>一、主要工作举措</p><p>全面推行行政执法公示制度，执法全过程记录制度和重大执法决定法制审核制度。</p>'

function page(head: string): string {
  return (
    '<!DOCTYPE html><html><head>' +
    head +
    '<title>示例</title></head><body><div id="zoom">' +
    report +
    '</div></body></html>'
  )
}

describe('prescanCharset', () => {
  it('reads `<meta charset>` and `<meta http-equiv content>`', () => {
    expect(prescanCharset(utf8(page('<meta charset="gb2312">')), 8192)).toBe('gb2312')
    expect(prescanCharset(utf8(page("<meta charset='GBK' />")), 8192)).toBe('GBK')
    expect(
      prescanCharset(
        utf8(page('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GB18030">')),
        8192
      )
    ).toBe('GB18030')
    expect(
      prescanCharset(
        utf8(page('<meta http-equiv=content-type content="text/html;charset=utf-8">')),
        8192
      )
    ).toBe('utf-8')
  })

  it('skips comments and attribute values, and stops at the window', () => {
    expect(
      prescanCharset(utf8(page('<!-- <meta charset="big5"> --><meta charset="gbk">')), 8192)
    ).toBe('gbk')
    expect(
      prescanCharset(
        utf8(page('<link title="<meta charset=big5>" href="/a.css"><meta charset="gbk">')),
        8192
      )
    ).toBe('gbk')
    expect(
      prescanCharset(utf8(page('<meta name="keywords" content="法治"><meta charset="gbk">')), 8192)
    ).toBe('gbk')
    expect(
      prescanCharset(utf8(page('<meta http-equiv="refresh" content="charset=big5">')), 8192)
    ).toBeNull()
    expect(prescanCharset(utf8(' '.repeat(2000) + '<meta charset="gbk">'), 1024)).toBeNull()
    expect(prescanCharset(utf8('<!-- never closed <meta charset="gbk">'), 8192)).toBeNull()
  })
})

describe('decodeHtml', () => {
  it('decodes GBK declared as GB2312 (the WHATWG GBK decoder)', () => {
    const bytes = gbk(page('<meta charset="gb2312">'))
    expect(decodeHtml(bytes, null)).toEqual({
      value: page('<meta charset="gb2312">'),
      encoding: 'gbk',
      source: 'meta',
      declared: 'gb2312',
      mismatch: false
    })
  })

  it('decodes GBK bytes declared as UTF-8 as GB18030, flagging the mismatch', () => {
    const html = page('<meta charset="utf-8">')
    const decoded = decodeHtml(gbk(html), null)
    expect(decoded).toEqual({
      value: html,
      encoding: 'gb18030',
      source: 'sniffed',
      declared: 'utf-8',
      mismatch: true
    })
  })

  it('decodes UTF-8 bytes declared as GBK as UTF-8, flagging the mismatch', () => {
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=gbk">')
    expect(decodeHtml(utf8(html), null)).toEqual({
      value: html,
      encoding: 'utf-8',
      source: 'bytes',
      declared: 'gbk',
      mismatch: true
    })
  })

  it('sniffs GBK and UTF-8 when nothing is declared', () => {
    const html = page('')
    expect(decodeHtml(gbk(html), null)).toMatchObject({
      value: html,
      encoding: 'gb18030',
      source: 'sniffed',
      declared: null
    })
    expect(decodeHtml(utf8(html), null)).toMatchObject({
      value: html,
      encoding: 'utf-8',
      source: 'bytes',
      declared: null
    })
  })

  it('uses the caller’s charset (an HTTP header) when the page declares none', () => {
    const html = page('')
    expect(decodeHtml(gbk(html), 'gbk')).toEqual({
      value: html,
      encoding: 'gbk',
      source: 'option',
      declared: 'gbk',
      mismatch: false
    })
    // A declaration in the page wins over the header.
    expect(decodeHtml(gbk(page('<meta charset="gbk">')), 'big5')).toMatchObject({
      encoding: 'gbk',
      source: 'meta'
    })
  })

  it('follows a byte order mark over any declaration', () => {
    const html = page('<meta charset="gbk">')
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(html)])
    expect(decodeHtml(withBom, null)).toEqual({
      value: html,
      encoding: 'utf-8',
      source: 'bom',
      declared: null,
      mismatch: false
    })
    const utf16 = new Uint8Array(2 + html.length * 2)
    utf16.set([0xff, 0xfe])
    for (let index = 0; index < html.length; index++) {
      const code = html.charCodeAt(index)
      utf16[2 + index * 2] = code & 0xff
      utf16[3 + index * 2] = code >> 8
    }

    expect(decodeHtml(utf16, null)).toMatchObject({
      value: html,
      encoding: 'utf-16le',
      source: 'bom'
    })
  })

  it('returns `null` for binary data', () => {
    expect(
      decodeHtml(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]), null)
    ).toBeNull()
    expect(looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true)
    expect(looksBinary(utf8('<p>正文</p>\u0000'))).toBe(true)
    expect(looksBinary(utf8(page('')))).toBe(false)
  })

  it('maps labels to WHATWG encodings', () => {
    expect([
      encodingForLabel('GB2312'),
      encodingForLabel('x-gbk'),
      encodingForLabel(' UTF8 '),
      encodingForLabel('utf-16', true),
      encodingForLabel('klingon')
    ]).toEqual(['gbk', 'gbk', 'utf-8', 'utf-8', null])
  })
})

describe('charset messages', () => {
  it('warns when the bytes contradict the declared charset', () => {
    const {file, report: parsed} = parseHtml(gbk(page('<meta charset="utf-8">')))
    expect(parsed.preamble[0]?.startsWith('2021年，县政府认真贯彻落实')).toBe(true)
    expect(
      file.messages.map((message) => [message.ruleId, message.source, message.reason, message.url])
    ).toEqual([
      [
        'charset-mismatch',
        '@baogao/parse-portal-html',
        'Unexpected bytes for declared charset `utf-8`, expected `gb18030`; decoded as `gb18030`',
        'https://github.com/baogao/baogao/tree/main/plugins/parse-portal-html#charset-mismatch'
      ]
    ])
  })

  it('says nothing when the declaration is right', () => {
    expect(parseHtml(gbk(page('<meta charset="gbk">'))).file.messages).toEqual([])
    expect(parseHtml(utf8(page('<meta charset="utf-8">'))).file.messages).toEqual([])
  })
})
