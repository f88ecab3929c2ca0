/**
 * Canonical field keys: which labels mean which key, and how the first
 * value of each key is chosen.
 */
import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {canonicalFields, fieldKey, fieldKeyTable} from '../src/lib/field-keys.ts'
import {readFieldLine} from '../src/lib/fields.ts'

describe('fieldKey', () => {
  it('maps padded labels, either colon and synonyms to one key', () => {
    expect(
      ['索引号', '索 引 号', '索\u3000引\u3000号', '信息索引号', '索取号:'].map(fieldKey)
    ).toEqual(['index', 'index', 'index', 'index', 'index'])
    expect(['发文机关', '发文单位', '发布机构\uFF1A', '发布部门'].map(fieldKey)).toEqual([
      'issuer',
      'issuer',
      'issuer',
      'issuer'
    ])
    expect(['发布日期', '发布时间', '发文日期', '发布于'].map(fieldKey)).toEqual([
      'published',
      'published',
      'published',
      'published'
    ])
    expect(['文　　号', '发文字号', '文件编号'].map(fieldKey)).toEqual([
      'docNumber',
      'docNumber',
      'docNumber'
    ])
    expect(['效力状态', '有 效 性'].map(fieldKey)).toEqual(['validity', 'validity'])
    expect(['信息来源', '来源'].map(fieldKey)).toEqual(['source', 'source'])
    expect(['编辑日期', '成文日期', '主题分类', '体裁分类', '主题词', '实施日期', '失效日期', '标　　题'].map(fieldKey)).toEqual([
      'edited',
      'written',
      'topic',
      'genre',
      'keywords',
      'effective',
      'expires',
      'title'
    ])
  })

  it('has no key for labels whose meaning varies or says nothing of the document', () => {
    expect(['日期', '时间', '阅读次数', '责任编辑', '统一编号', '登记号', '公开方式', '组配分类', '有效期', '网站'].map(fieldKey)).toEqual(
      Array.from({length: 10}, () => null)
    )
  })

  it('maps only labels the field reader knows, each to one key', () => {
    const labels = fieldKeyTable().flatMap(([, list]) => list)
    expect(new Set(labels).size).toBe(labels.length)
    expect(labels.filter((label) => readFieldLine(label + ':值')?.fields[0]?.label !== label)).toEqual([])
  })
})

describe('canonicalFields', () => {
  it('takes the first non-empty value of each key, in a fixed key order, as written', () => {
    expect(
      canonicalFields([
        {label: '信息来源', value: '公安县人民政府办公室'},
        {label: '发文日期', value: ''},
        {label: '发布时间', value: '2020-04-20 16:52'},
        {label: '发文日期', value: '2020-04-20 16:52:29'},
        {label: '索 引 号', value: '201140958/2022-03057'},
        {label: '阅读次数', value: '-'},
        {label: '发文字号', value: '无'}
      ])
    ).toStrictEqual({
      index: '201140958/2022-03057',
      docNumber: '无',
      published: '2020-04-20 16:52',
      source: '公安县人民政府办公室'
    })
    expect(Object.keys(canonicalFields([{label: '来源', value: '本网'}, {label: '索引号', value: '1'}]))).toEqual([
      'index',
      'source'
    ])
    expect(canonicalFields([])).toStrictEqual({})
  })
})

describe('README', () => {
  it('lists the key table as the code has it', () => {
    const readme = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const section = readme.split('## Canonical field keys')[1]?.split('\n## ')[0] ?? ''
    const rows = [...section.matchAll(/^\| `(\w+)` \| ([^|`]+) \|$/gm)].map((match) => [
      match[1],
      (match[2] ?? '').trim().split(/,\s*/)
    ])
    expect(rows).toEqual(fieldKeyTable())
  })
})
