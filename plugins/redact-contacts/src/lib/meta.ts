/**
 * Redaction of the report metadata (`root.meta`): each string is redacted
 * as a string, tokens inline. Portal fields and site tags are read with
 * their key in front (`联系电话: 5227196`), so the key labels the value;
 * canonical fields with the raw label of the field they copy.
 */
import type {FieldKey, ReportMeta} from '@baogao/core'
import {findContactsResolved} from './find-contacts.js'
import type {Replacer} from './operators.js'
import type {Settings} from './options.js'
import {applySpans} from './redact-text.js'
import type {Redaction} from './tree.js'

export function redactMeta(meta: ReportMeta, settings: Settings, replace: Replacer, record: (redaction: Redaction) => void): void {
  const redact = (value: string, place: string, key?: string): string => {
    const prefix = key === undefined ? '' : key + ': '
    const spans = findContactsResolved(prefix + value, settings)
      .filter((span) => span.start >= prefix.length)
      .map((span) => ({...span, start: span.start - prefix.length, end: span.end - prefix.length}))
    for (const span of spans) record({type: span.type, place})
    return applySpans(value, spans, replace)
  }

  if (typeof meta.title === 'string') meta.title = redact(meta.title, 'meta.title')
  if (typeof meta.issuer === 'string') meta.issuer = redact(meta.issuer, 'meta.issuer')
  if (typeof meta.salutation === 'string') meta.salutation = redact(meta.salutation, 'meta.salutation')

  const source = meta.source
  if (!source) return

  // `canonical` holds copies of field values: each is read with the raw
  // label it was written under, so that both copies are redacted alike.
  const labels = new Map<string, string>()
  for (const [label, value] of Object.entries(source.fields ?? {})) {
    if (!labels.has(value)) labels.set(value, label)
  }

  for (const field of ['fields', 'site'] as const) {
    const entries = source[field]
    if (!entries) continue
    const redacted: Record<string, string> = {}
    for (const [key, value] of Object.entries(entries)) {
      // A key is a label, but a key holding a contact is redacted too.
      const safeKey = applySpans(key, findContactsResolved(key, settings), replace)
      redacted[safeKey] =
        typeof value === 'string' ? redact(value, 'meta.source.' + field + '.' + safeKey, key) : value
    }

    source[field] = redacted
  }

  const canonical = source.canonical
  if (canonical) {
    for (const key of Object.keys(canonical) as Array<FieldKey>) {
      const value = canonical[key]
      if (typeof value === 'string') {
        canonical[key] = redact(value, 'meta.source.canonical.' + key, labels.get(value) ?? key)
      }
    }
  }

  if (Array.isArray(source.chrome)) {
    source.chrome = source.chrome.map((line, index) =>
      typeof line === 'string' ? redact(line, 'meta.source.chrome[' + index + ']') : line
    )
  }

  if (Array.isArray(source.assets)) {
    source.assets.forEach((asset, index) => {
      if (typeof asset.url === 'string') asset.url = redact(asset.url, 'meta.source.assets[' + index + '].url')
      if (typeof asset.title === 'string') {
        asset.title = redact(asset.title, 'meta.source.assets[' + index + '].title')
      }
    })
  }
}
