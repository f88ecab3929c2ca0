/**
 * The registry of named pipelines. Adding a pipeline is one file in
 * `src/pipelines/` and one line in `known` below.
 */
import type {SourceKind} from '@baogao/core'
import type {PipelineDefinition} from './define.js'
import type {ParserStep} from './steps.js'
import {nightly} from '../pipelines/nightly.js'
import {portalToJson} from '../pipelines/portal-to-json.js'
import {textToJson} from '../pipelines/text-to-json.js'

const known: ReadonlyArray<PipelineDefinition> = [nightly, portalToJson, textToJson]

/** Every named pipeline, by name, in name order. Frozen. */
export const pipelines: Readonly<Record<string, PipelineDefinition>> =
  createRegistry(known)

/**
 * The pipeline called `name`, or `undefined` when there is none (the caller
 * decides how to report it; `Object.keys(pipelines)` lists the known names).
 */
export function getPipeline(name: string): PipelineDefinition | undefined {
  return Object.hasOwn(pipelines, name) ? pipelines[name] : undefined
}

/**
 * The parser step of the first registered pipeline (in name order) that
 * reads `kind`, or `undefined` when none does: what the single-purpose
 * processors (`check`, `redact`) parse with.
 */
export function parserFor(kind: SourceKind): ParserStep | undefined {
  return Object.values(pipelines).find(
    (definition) => definition.parsers[kind] !== undefined
  )?.parsers[kind]
}

function createRegistry(
  definitions: ReadonlyArray<PipelineDefinition>
): Readonly<Record<string, PipelineDefinition>> {
  // No prototype: `getPipeline('constructor')` must not find anything.
  const registry = Object.create(null) as Record<string, PipelineDefinition>
  const sorted = [...definitions].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  )

  for (const definition of sorted) {
    if (Object.hasOwn(registry, definition.name)) {
      throw new Error(
        `@baogao/pipelines: unexpected second pipeline named \`${definition.name}\`, expected unique names`
      )
    }

    registry[definition.name] = definition
  }

  return Object.freeze(registry)
}
