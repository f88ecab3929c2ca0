/**
 * What `baogao redact` runs: contact redaction on a string
 * (`redactText`, `findContacts`), or a registered parser for the input
 * kind, the contact redactor and the JSON compiler (`createRedactProcessor`).
 * The CLI reaches the redactor only through this package.
 */
import type {Root, SourceKind} from '@baogao/core'
import emitJson from '@baogao/emit-json'
import redactContacts from '@baogao/redact-contacts'
import type {Options as RedactOptions} from '@baogao/redact-contacts'
import {unified, type Pluggable, type Processor} from 'unified'
import {parserFor} from './registry.js'

export type {RedactOptions}
export {findContacts, redactText} from '@baogao/redact-contacts'

/** A frozen processor that parses, redacts and compiles to normalized JSON. */
export type RedactProcessor = Processor<Root, Root, Root, Root, string>

/**
 * The redact processor for inputs of `kind`: the parser of the first
 * registered pipeline (in name order) that reads `kind`, then
 * `@baogao/redact-contacts` with `options`, then `@baogao/emit-json`. Bad
 * options (or `operator: 'hash'` without a secret) throw a `TypeError`
 * naming the plugin and the field. `undefined` when no pipeline reads
 * `kind`.
 */
export function createRedactProcessor(
  kind: SourceKind,
  options?: RedactOptions | null | undefined
): RedactProcessor | undefined {
  const parser = parserFor(kind)
  if (parser === undefined) return undefined
  // The step's types were checked when it was made; unified erases them.
  const plugins = [
    [parser.plugin, ...parser.parameters],
    [redactContacts, options],
    [emitJson]
  ] as unknown as Array<Pluggable>
  return unified().use(plugins).freeze() as unknown as RedactProcessor
}
