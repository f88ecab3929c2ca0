import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {findContacts, redactText} from '../src/index.ts'

const seedDirectory = new URL('../../../samples/text/', import.meta.url)
const seeds = {
  '000': '000_c38c80df23ae400c.txt',
  '001': '001_3bbaca17e2977359.txt',
  '002': '002_003a9d8f3bacc8c6.txt',
  '003': '003_8891a8d6d278ec13.txt',
  '004': '004_53ad0b29bc01cca5.txt'
} as const

function seed(name: keyof typeof seeds): string {
  return readFileSync(new URL(seeds[name], seedDirectory), 'utf8')
}

function found(text: string) {
  return findContacts(text).map((span) => [span.type, text.slice(span.start, span.end)])
}

describe('seeds', () => {
  test('001: the footer phone, address and e-mail are found, nothing else', () => {
    expect(found(seed('001'))).toEqual([
      ['phone', '0716-5227196'],
      ['address', '湖北省公安县斗湖堤镇油江路122号'],
      ['email', 'gaxzfwz@gongan.gov.cn']
    ])
  })

  test('004: both footer phones are found, nothing else', () => {
    expect(found(seed('004'))).toEqual([
      ['phone', '0662-3890040'],
      ['phone', '0662-3800009']
    ])
  })

  test('000, 002 and 003 hold no contact details', () => {
    expect([found(seed('000')), found(seed('002')), found(seed('003'))]).toEqual([[], [], []])
  })

  test('001: only the footer lines change; body numbers, 文号, 索引号, 网站标识码, ICP and 县长热线 stay', () => {
    const text = seed('001')
    const redacted = redactText(text).text
    const before = text.split('\n')
    const after = redacted.split('\n')
    const changed = before.flatMap((line, index) => (line === after[index] ? [] : [index]))

    expect(after).toHaveLength(before.length)
    expect(changed.map((index) => after[index])).toEqual([
      '主办:公安县人民政府办公室 承办:公安县政务服务和大数据管理局 网站编辑部电话:[PHONE]',
      '地址:[ADDRESS] 邮箱:[EMAIL] 网站地图'
    ])
    for (const kept of [
      '201140958/2022-03057',
      '2020-04-20 16:52:29',
      '180534件',
      '2063.45万元',
      '公编〔201923号',
      '县长热线753件',
      '鄂ICP备11002588号-1 鄂公网安备 42102202000035号 网站标识码:4210220025',
      '2020414'
    ]) {
      expect(redacted).toContain(kept)
    }
  })

  test('004: only the footer phones change', () => {
    const text = seed('004')
    const redacted = redactText(text, {labels: 'zh'}).text
    expect(redacted).toBe(text.replace('0662-3890040 0662-3800009', '【电话】 【电话】'))
    expect(redacted).toContain('粤ICP备2021014343号')
    expect(redacted).toContain('网站标识码:4417900001')
  })
})
