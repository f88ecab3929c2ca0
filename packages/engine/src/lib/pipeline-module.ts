/**
 * How the engine sees pipelines. The engine does not import
 * `@baogao/pipelines` (imports flow cli → engine, pipelines): it is given
 * the URL of a module exporting `getPipeline`, `createProcessor` and
 * `pipelines`, and loads it in each worker, which rebuilds the pipeline by
 * name. The types below are the part of that module's contract the engine
 * uses.
 */
import type {DocumentSummary, SourceKind} from '@baogao/core'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {RunError} from './errors.js'

/** A run-level output made from the summary rows of every document. */
export type EngineBatchBytes = Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>

export interface EngineBatchOutput {
  /** Plain file name written in the output folder: `summary.xlsx`. */
  readonly file: string
  readonly description: string
  /**
   * Rows come in input order, to be read once (a generator over rows kept
   * on disk). The bytes come whole or in chunks, written as they come.
   */
  readonly emit: (rows: Iterable<DocumentSummary>, context?: EngineBatchContext) => EngineBatchBytes | Promise<EngineBatchBytes>
  /**
   * Optional: rows one at a time, in the same order, as the run converts
   * them; the engine then does not call `emit`.
   */
  readonly collect?: ((context?: EngineBatchContext) => EngineBatchCollector | Promise<EngineBatchCollector>) | undefined
}

/** What the engine gives a batch output besides rows. */
export interface EngineBatchContext {
  /**
   * A path in the output folder where no file is yet, for what the output
   * keeps on disk while it is made. The engine deletes it when the output
   * is written or dropped, and the next run deletes it when this one was
   * killed.
   */
  readonly temporaryFile: string
}

/** A batch output taking rows as they come. */
export interface EngineBatchCollector {
  add(row: DocumentSummary): void
  finish(): EngineBatchBytes | Promise<EngineBatchBytes>
  abort(): void
}

/** A plugin step of a pipeline, as listings show it. */
export interface EngineStep {
  readonly role: string
  readonly name: string
}

/** What the engine reads from a pipeline definition. */
export interface EnginePipeline {
  readonly name: string
  readonly description: string
  /** Input kinds the pipeline has a parser for. */
  readonly accepts: ReadonlyArray<SourceKind>
  /** Extension of per-document outputs, with its dot: `.json`. */
  readonly extension: string
  readonly batch: ReadonlyArray<EngineBatchOutput>
  readonly parsers: Readonly<Partial<Record<SourceKind, EngineStep>>>
  readonly transformers: ReadonlyArray<EngineStep>
  readonly compiler: EngineStep
}

/** The three stages of a frozen unified processor the engine drives. */
export interface DocumentProcessor {
  parse(file: VFile): Node
  run(tree: Node, file: VFile): Promise<Node>
  stringify(tree: Node, file: VFile): unknown
}

/** The exports a pipeline module must have. */
export interface PipelineModule {
  getPipeline(name: string): EnginePipeline | undefined
  createProcessor(definition: EnginePipeline, kind: SourceKind): DocumentProcessor
  readonly pipelines: Readonly<Record<string, EnginePipeline>>
}

/** A pipeline found by name, with the module that made it. */
export interface LoadedPipeline {
  module: PipelineModule
  definition: EnginePipeline
}

/**
 * Import the pipeline module at `moduleUrl` and check its shape. Rejects
 * with a `RunError` (`invalid-pipeline-module`) when it lacks an export.
 */
export async function loadPipelineModule(moduleUrl: string): Promise<PipelineModule> {
  let loaded: Partial<PipelineModule>
  try {
    loaded = (await import(moduleUrl)) as Partial<PipelineModule>
  } catch (error) {
    // A module that explains itself (a config error naming its file and
    // field) is reported as it is.
    if (error instanceof RunError) throw error
    throw new RunError('invalid-pipeline-module', `Cannot load pipelines from \`${moduleUrl}\`: ${(error as Error).message}`)
  }

  if (typeof loaded.getPipeline !== 'function' || typeof loaded.createProcessor !== 'function' || typeof loaded.pipelines !== 'object' || loaded.pipelines === null) {
    throw new RunError('invalid-pipeline-module', `Cannot use pipelines from \`${moduleUrl}\`: unexpected exports, expected \`getPipeline\`, \`createProcessor\` and \`pipelines\``)
  }

  return loaded as PipelineModule
}

/**
 * The pipeline `name` of `module`. Rejects with a `RunError`
 * (`unknown-pipeline`) listing the known names when there is none.
 */
export function findPipeline(module: PipelineModule, name: string): EnginePipeline {
  const definition = module.getPipeline(name)
  if (definition === undefined) {
    const known = Object.keys(module.pipelines).sort()
    throw new RunError(
      'unknown-pipeline',
      `Unknown pipeline \`${name}\`, expected ${known.length === 0 ? 'a registered pipeline (none is registered)' : `one of ${known.map((known) => `\`${known}\``).join(', ')}`}`
    )
  }

  return definition
}

/** Load a module and find a pipeline in it. */
export async function loadPipeline(moduleUrl: string, name: string): Promise<LoadedPipeline> {
  const module = await loadPipelineModule(moduleUrl)
  return {module, definition: findPipeline(module, name)}
}
