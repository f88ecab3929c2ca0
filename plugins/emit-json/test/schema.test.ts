import {readFileSync} from 'node:fs'
import {Ajv2020} from 'ajv/dist/2020.js'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {toNormalizedReport} from '../src/index.ts'
import {fullReport, meta} from './trees.ts'

const schema = JSON.parse(readFileSync(new URL('../schema.json', import.meta.url), 'utf8')) as Record<string, unknown>
const ajv = new Ajv2020({allErrors: true, strict: true})
const validate = ajv.compile(schema)

function errorsOf(value: unknown): Array<string> {
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`)
}

describe('schema.json', () => {
  it('is a draft 2020-12 schema', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
  })

  it('accepts a full report and an empty one', () => {
    const file = new VFile()
    file.message('Unexpected `x`, expected `y`', {place: {line: 2, column: 3}, ruleId: 'r', source: 's'})
    expect(errorsOf(toNormalizedReport(fullReport(), file))).toEqual([])
    expect(errorsOf(toNormalizedReport({type: 'root', meta: meta(), children: []}, new VFile()))).toEqual([])
  })

  // Each mutation breaks one rule of the contract.
  const mutations: Array<[string, (report: Record<string, any>) => void, string]> = [
    ['an unknown top-level key', (r) => { r.extra = 1 }, ' must NOT have additional properties'],
    ['a missing key', (r) => { delete r.epilogue }, " must have required property 'epilogue'"],
    ['another schema version', (r) => { r.schemaVersion = 2 }, '/schemaVersion must be equal to constant'],
    ['a date not written YYYY-MM-DD', (r) => { r.meta.published = '2021-3-2' }, '/meta/published must match pattern "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"'],
    ['a year as a string', (r) => { r.meta.year = '2020' }, '/meta/year must be integer,null'],
    ['an unknown report kind', (r) => { r.meta.kind = 'report' }, '/meta/kind must be equal to one of the allowed values'],
    ['portal chrome in the source', (r) => { r.meta.source.chrome = [] }, '/meta/source must NOT have additional properties'],
    ['an empty site map', (r) => { r.meta.source.site = {} }, '/meta/source/site must NOT have fewer than 1 properties'],
    ['an unknown canonical key', (r) => { r.meta.source.canonical.date = '2021-01-08' }, '/meta/source/canonical must NOT have additional properties'],
    ['no canonical fields', (r) => { delete r.meta.source.canonical }, "/meta/source must have required property 'canonical'"],
    ['an empty assets list', (r) => { r.meta.source.assets = [] }, '/meta/source/assets must NOT have fewer than 1 items'],
    ['an asset of unknown kind', (r) => { r.meta.source.assets[0].kind = 'video' }, '/meta/source/assets/0/kind must be equal to one of the allowed values'],
    ['an asset without title', (r) => { delete r.meta.source.assets[1].title }, "/meta/source/assets/1 must have required property 'title'"],
    ['a non-string field value', (r) => { r.meta.source.fields['索引号'] = 1 }, '/meta/source/fields/索引号 must be string'],
    ['an unknown numbering style', (r) => { r.sections[0].style = 'A.' }, '/sections/0/style must be null'],
    ['an extra key on a nested section', (r) => { r.sections[0].sections[0].heading = 'x' }, '/sections/0/sections/0 must NOT have additional properties'],
    ['an empty tables list', (r) => { r.sections[1].tables = [] }, '/sections/1/tables must NOT have fewer than 1 items'],
    ['a non-string cell', (r) => { r.tables[0][0][0] = 1 }, '/tables/0/0/0 must be string'],
    ['an unknown severity', (r) => { r.messages = [{ruleId: null, source: null, severity: 'fatal', reason: 'x', line: null, column: null}] }, '/messages/0/severity must be equal to one of the allowed values'],
    ['an unknown contact type', (r) => { r.redactions.byType.fax2 = 0 }, '/redactions/byType must NOT have additional properties'],
    ['a signature without date', (r) => { delete r.signature.date }, "/signature must have required property 'date'"]
  ]

  it.each(mutations)('rejects %s', (_, mutate, expected) => {
    const report = structuredClone(toNormalizedReport(fullReport(), new VFile())) as unknown as Record<string, any>
    mutate(report)
    expect(errorsOf(report)).toContain(expected)
  })
})
