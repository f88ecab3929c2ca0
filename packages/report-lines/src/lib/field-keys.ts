/**
 * Canonical keys of portal info fields: the labels portals write for one
 * meaning (`发文机关`, `发文单位`, `发布机构`) mapped to one key (`issuer`), so
 * that reports from different sites can be compared field by field. The
 * raw labels stay in `source.fields`; this adds `source.canonical`.
 */
import type {FieldKey} from '@baogao/core'
import type {Field} from './fields.js'
import {compact} from './text.js'

/**
 * The labels of each key, compared without whitespace and colons. Every
 * label is one the field reader knows. Left out on purpose: labels whose
 * meaning varies between sites or that say nothing about the document
 * (`日期`, `时间`, `上传时间`, `录入时间`, `创建时间`, `有效期`, `统一编号`,
 * `登记号` — a normative document's registration number, not its index —
 * `责任部门`, `组配分类`, `服务对象分类`, `栏目`, counters, editors, 公开方式…);
 * they are only in `source.fields`.
 */
const labelsByKey: ReadonlyArray<readonly [FieldKey, ReadonlyArray<string>]> = [
  ['index', ['索引号', '索取号', '信息索引号']],
  ['title', ['标题', '名称', '文件名称', '信息名称']],
  [
    'issuer',
    ['发文机关', '发文单位', '发文机构', '发布机关', '发布机构', '发布单位', '发布部门', '所属机构']
  ],
  ['docNumber', ['发文字号', '文号', '文件编号']],
  ['written', ['成文日期', '成文时间', '印发日期', '生成日期']],
  [
    'published',
    [
      '发布日期', '发布时间', '发布于', '发文日期', '发文时间', '公开日期', '公开时间', '发表日期',
      '发表时间', '信息时间'
    ]
  ],
  ['edited', ['编辑日期', '更新日期', '更新时间', '更新于', '修改日期']],
  ['effective', ['实施日期', '施行日期']],
  ['expires', ['失效日期']],
  ['validity', ['效力状态', '有效性', '时效性', '是否有效']],
  ['topic', ['主题分类', '所属主题', '信息分类', '文件分类', '分类']],
  ['genre', ['体裁分类', '公文种类', '文种']],
  ['keywords', ['主题词', '关键词', '关键字']],
  ['source', ['信息来源', '来源', '文章来源', '稿件来源', '来源单位', '信息提供']]
]

const keyByLabel = new Map<string, FieldKey>(
  labelsByKey.flatMap(([key, labels]) => labels.map((label) => [label, key] as const))
)

/** Every key, in the order `canonicalFields` writes them. */
const keyOrder: ReadonlyArray<FieldKey> = labelsByKey.map(([key]) => key)

/**
 * The canonical key of a field label as written (`索 引 号`, `文　　号:`,
 * `发布时间：`), or `null` for a label without one.
 */
export function fieldKey(label: string): FieldKey | null {
  return keyByLabel.get(compact(label).replace(/[:\uFF1A]/g, '')) ?? null
}

/**
 * Fields by canonical key: for each key, the first non-empty value of a
 * field whose label means it, as written. Keys come in a fixed order
 * (`index`, `title`, `issuer`, …), whatever the order of the fields.
 */
export function canonicalFields(fields: Array<Field>): Partial<Record<FieldKey, string>> {
  const found = new Map<FieldKey, string>()
  for (const field of fields) {
    if (field.value === '') continue
    const key = fieldKey(field.label)
    if (key !== null && !found.has(key)) found.set(key, field.value)
  }

  const canonical: Partial<Record<FieldKey, string>> = {}
  for (const key of keyOrder) {
    const value = found.get(key)
    if (value !== undefined) canonical[key] = value
  }

  return canonical
}

/** The table itself, for documentation and tests: each key with its labels. */
export function fieldKeyTable(): Array<[FieldKey, Array<string>]> {
  return labelsByKey.map(([key, labels]) => [key, [...labels]])
}
