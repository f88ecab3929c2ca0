import {describe, expect, test} from 'vitest'
import {InputError, checkAndSniff, sniffKind} from '../src/index.ts'
import {gbkBytes} from './helpers.ts'

const encode = (value: string): Uint8Array => new TextEncoder().encode(value)
const bom = [0xef, 0xbb, 0xbf]

describe('sniffKind', () => {
  test('tells HTML pages by their leading markup, whatever the extension would say', () => {
    const kinds = [
      '<!DOCTYPE html><html><body>报告</body></html>',
      '<!doctype HTML>\n<html lang="zh-CN">',
      '<html>\n<head><meta charset="gb2312"></head>',
      '<HTML xmlns="http://www.w3.org/1999/xhtml">',
      '<head>\n<title>报告</title>',
      '<!-- saved from url=(0049)http://www.gov.cn/ -->\n<html>',
      '<div class="TRS_Editor">正文</div>',
      '<table><tr><td>索引号</td></tr></table>',
      '<p>正文</p>',
      '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">',
      '<meta http-equiv="Content-Type" content="text/html; charset=gbk">\n正文'
    ].map((value) => sniffKind(encode(value)))
    expect(kinds).toEqual(Array.from({length: 11}, () => 'portal-html'))
  })

  test('skips a BOM and leading whitespace before the markup', () => {
    expect(sniffKind(Uint8Array.from([...bom, 0x20, 0x0a, 0x09, ...encode('<!DOCTYPE html>')]))).toBe('portal-html')
  })

  test('takes text that merely mentions angle brackets as plain text', () => {
    const kinds = [
      '某市人民政府2020年度法治政府建设工作报告\n\n一、主要举措',
      '<<中华人民共和国行政许可法>>实施情况',
      '<a2> is not a tag name we sniff\n',
      '<pre-formatted report>',
      'html 是一种标记语言'
    ].map((value) => sniffKind(encode(value)))
    expect(kinds).toEqual(['plain-text', 'plain-text', 'plain-text', 'plain-text', 'plain-text'])
  })

  test('reads GBK pages by their ASCII markup', () => {
    expect(sniffKind(Uint8Array.from([...encode('<html><head><title>'), ...gbkBytes, ...encode('</title>')]))).toBe('portal-html')
  })

  test('looks at the first KB only', () => {
    expect(sniffKind(encode('正文'.repeat(400) + '<html>'))).toBe('plain-text')
  })
})

describe('checkAndSniff', () => {
  const reason = (bytes: Uint8Array): string => {
    try {
      checkAndSniff(bytes, 'sub/a.txt')
    } catch (error) {
      if (error instanceof InputError) return `${error.code}: ${error.message}`
    }

    return 'no error'
  }

  test('rejects empty and blank files, naming the file', () => {
    expect([reason(new Uint8Array()), reason(Uint8Array.from([...bom, 0x20, 0x0a, 0x0d, 0x0a]))]).toEqual([
      'empty: Cannot process `sub/a.txt`: the file is empty',
      'empty: Cannot process `sub/a.txt`: the file is empty'
    ])
  })

  test('rejects binary data: NUL bytes, images, UTF-16', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x25, 0x62, 0x4a, 0x54, 0x0a, 0x00])
    const controls = Uint8Array.from([0x01, 0x02, 0x03, 0x41, 0x42, 0x04, 0x05, 0x06, 0x07, 0x08])
    const expected = 'binary: Cannot process `sub/a.txt`: unexpected binary data (NUL or control bytes), expected a text or HTML report (UTF-16 text must be converted to UTF-8)'
    expect([reason(png), reason(utf16), reason(controls)]).toEqual([expected, expected, expected])
  })

  test('accepts text with tabs, CRLF and a form feed, and GBK bytes (decoding is a later stage)', () => {
    expect(checkAndSniff(encode('标题\r\n\t正文\f\r\n'), 'a.txt')).toBe('plain-text')
    expect(checkAndSniff(gbkBytes, 'a.txt')).toBe('plain-text')
  })
})
