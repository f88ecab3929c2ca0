/**
 * What `baogao check` runs: a registered parser for the input kind, then
 * the section-order validator, and no compiler. The CLI reaches plugins
 * only through this package.
 */
import type {Root, SourceKind} from '@baogao/core'
import validateSectionOrder from '@baogao/validate-section-order'
import type {Options as CheckOptions} from '@baogao/validate-section-order'
import {unified, type Pluggable, type Processor} from 'unified'
import {sourceKinds} from './define.js'
import {parserFor} from './registry.js'

export type {CheckOptions}
export {loadRuleConfig} from '@baogao/validate-section-order'

/** A frozen processor that parses and checks: use `parse`, then `run`. */
export type CheckProcessor = Processor<Root, Root, Root>

/** The input kinds some registered pipeline parses, in `sourceKinds` order. */
export function checkableKinds(): Array<SourceKind> {
  return sourceKinds.filter((kind) => parserFor(kind) !== undefined)
}

/**
 * The check processor for inputs of `kind`: the parser of the first
 * registered pipeline (in name order) that reads `kind`, then
 * `@baogao/validate-section-order` with `options`. Bad options throw a
 * `TypeError` naming the rule and the field. `undefined` when no pipeline
 * reads `kind`.
 */
export function createCheckProcessor(
  kind: SourceKind,
  options?: CheckOptions | null | undefined
): CheckProcessor | undefined {
  const parser = parserFor(kind)
  if (parser === undefined) return undefined
  // The step's types were checked when it was made; unified erases them.
  const plugins = [
    [parser.plugin, ...parser.parameters],
    [validateSectionOrder, options]
  ] as unknown as Array<Pluggable>
  return unified().use(plugins).freeze() as unknown as CheckProcessor
}
