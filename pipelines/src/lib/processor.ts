import type {Root, SourceKind} from '@baogao/core'
import {unified, type Pluggable, type Processor} from 'unified'
import type {PipelineDefinition} from './define.js'
import type {CompileResult, Step, PluginRole} from './steps.js'

/** A frozen processor made from a pipeline: text in, `Result` out. */
export type PipelineProcessor<Result extends CompileResult = CompileResult> =
  Processor<Root, Root, Root, Root, Result>

/**
 * Make the frozen unified processor of `definition` for inputs of `kind`:
 * its parser, then its transformers in order, then its compiler.
 *
 * Throws when the pipeline does not accept `kind` (check
 * `definition.accepts` first): that is a caller's mistake, not a content
 * problem.
 */
export function createProcessor<Result extends CompileResult>(
  definition: PipelineDefinition<Result>,
  kind: SourceKind
): PipelineProcessor<Result> {
  const parser = definition.parsers[kind]

  if (parser === undefined) {
    throw new Error(
      `@baogao/pipelines: unexpected source kind \`${kind}\` for pipeline \`${definition.name}\`, expected ${definition.accepts.map((accepted) => `\`${accepted}\``).join(' or ')}`
    )
  }

  const steps: Array<Step<PluginRole>> = [
    parser,
    ...definition.transformers,
    definition.compiler
  ]

  // The steps' types were checked when they were made; here they are only
  // handed to unified, which erases them anyway.
  const plugins = steps.map(
    (step) => [step.plugin, ...step.parameters] as unknown as Pluggable
  )

  return unified().use(plugins).freeze() as unknown as PipelineProcessor<Result>
}
