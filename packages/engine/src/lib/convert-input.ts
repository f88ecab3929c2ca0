/**
 * One input, start to end: read → hash → (cache) → sniff/decode → parse →
 * transform → compile → write → summarise. Runs in a worker thread or in
 * the main thread; every failure becomes a `failed` outcome, never a throw.
 */
import {performance} from 'node:perf_hooks'
import {failedSummary, severityOf, summarize} from '@baogao/core'
import type {DocumentSummary, Root, SourceKind} from '@baogao/core'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {lookupCache, storeCache} from './cache.js'
import {InputError} from './errors.js'
import type {MessageCounts} from './cache.js'
import {loadPipeline} from './pipeline-module.js'
import type {DocumentProcessor, LoadedPipeline} from './pipeline-module.js'
import {readInput, sha256Hex, toVFile} from './read-input.js'
import type {ReadInput} from './read-input.js'
import {OutsideOutputError, prepareOutputPath, writeFileAtomic} from './write-output.js'

/** What a worker needs to convert one input; plain data, sent to workers. */
export interface ConvertTask {
  /** URL of the pipeline module (see `PipelineModule`). */
  pipelineModule: string
  pipeline: string
  fingerprint: string
  /** Absolute path of the input. */
  path: string
  /** The input's name, relative to the input root. */
  name: string
  /** The output's name, relative to the output folder. */
  output: string
  /** The output folder, absolute and resolved (`realpath`). */
  outDir: string
  /** Ignore the cache. */
  force: boolean
}

/** A document's line in the manifest. */
export interface DocumentRecord {
  /** The input's name, relative to the input root. */
  file: string
  /** Hex sha256 of the input bytes; `null` when it could not be read. */
  sha256: string | null
  kind: SourceKind | null
  status: 'ok' | 'failed'
  /** The output was up to date and the input was not processed again. */
  cached: boolean
  /** Written outputs, relative to the output folder. */
  outputs: Array<string>
  messages: MessageCounts
  durationMs: number
  /** Why the input failed; `null` when ok. */
  reason: string | null
}

/** Everything a converted input gives back to the run. */
export interface ConvertOutcome {
  record: DocumentRecord
  summary: DocumentSummary
  /** Stack of the error that failed the input, for the log only. */
  stack: string | null
}

/**
 * Converts inputs with one pipeline; keeps the loaded module and one frozen
 * processor per input kind between inputs.
 */
export class InputConverter {
  readonly #loaded = new Map<string, Promise<LoadedPipeline>>()
  readonly #processors = new Map<string, DocumentProcessor>()
  /** Output folders checked by `prepareOutputPath`: a run's outputs share a few. */
  readonly #checkedFolders = new Set<string>()

  async convert(task: ConvertTask): Promise<ConvertOutcome> {
    const started = performance.now()
    const elapsed = (): number => Math.round(performance.now() - started)
    let input: ReadInput | undefined
    let file: VFile | undefined

    try {
      input = await readInput({path: task.path, name: task.name})

      if (!task.force) {
        const entry = await lookupCache(task.outDir, {file: task.name, inputSha256: input.sha256, fingerprint: task.fingerprint, output: task.output})
        if (entry) {
          return {
            record: {file: task.name, sha256: input.sha256, kind: entry.kind, status: 'ok', cached: true, outputs: [entry.output.name], messages: entry.messages, durationMs: elapsed(), reason: null},
            summary: entry.summary,
            stack: null
          }
        }
      }

      const {module, definition} = await this.#load(task)
      if (!definition.accepts.includes(input.kind)) {
        const expected = definition.accepts.map((kind) => `\`${kind}\``).join(' or ')
        return failed(task, input, undefined, `Cannot process \`${task.name}\`: unexpected \`${input.kind}\` input, expected ${expected} for pipeline \`${definition.name}\``, null, elapsed())
      }

      file = toVFile(input, task.name)
      const processor = this.#processor(module, definition, input.kind, task)
      const {tree, result} = await processDocument(processor, file)

      const outputPath = await prepareOutputPath(task.outDir, task.output, this.#checkedFolders)
      await writeFileAtomic(outputPath, result)

      const messages = countMessages(file)
      const summary = summarize(tree, file, {file: task.name})
      await storeCache(task.outDir, {
        file: task.name,
        inputSha256: input.sha256,
        fingerprint: task.fingerprint,
        kind: input.kind,
        output: {name: task.output, sha256: sha256Hex(result)},
        messages,
        summary
      }, this.#checkedFolders)

      return {
        record: {file: task.name, sha256: input.sha256, kind: input.kind, status: 'ok', cached: false, outputs: [task.output], messages, durationMs: elapsed(), reason: null},
        summary,
        stack: null
      }
    } catch (error) {
      const {reason, stack} = describeFailure(error, task.name)
      return failed(task, input, file, reason, stack, elapsed())
    }
  }

  #load(task: ConvertTask): Promise<LoadedPipeline> {
    const key = `${task.pipelineModule}\0${task.pipeline}`
    let loaded = this.#loaded.get(key)
    if (!loaded) {
      loaded = loadPipeline(task.pipelineModule, task.pipeline)
      this.#loaded.set(key, loaded)
    }

    return loaded
  }

  #processor(module: LoadedPipeline['module'], definition: LoadedPipeline['definition'], kind: SourceKind, task: ConvertTask): DocumentProcessor {
    const key = `${task.pipelineModule}\0${task.pipeline}\0${kind}`
    let processor = this.#processors.get(key)
    if (!processor) {
      processor = module.createProcessor(definition, kind)
      this.#processors.set(key, processor)
    }

    return processor
  }
}

/** A document through parse, transform and compile. */
export interface ProcessedDocument {
  tree: Root
  result: string | Uint8Array
}

/**
 * Parse, transform and compile `file` with `processor`. Throws what the
 * plugins throw (a `file.fail`, a crash) and when the compiler gives
 * something other than a string or bytes.
 */
export async function processDocument(processor: DocumentProcessor, file: VFile): Promise<ProcessedDocument> {
  const tree = await processor.run(processor.parse(file), file)
  const result = processor.stringify(tree, file)
  if (typeof result !== 'string' && !(result instanceof Uint8Array)) {
    throw new TypeError(`Unexpected compiler result of type \`${typeof result}\`, expected a string or bytes`)
  }

  // Pipelines parse into the report AST (`createProcessor` types it so).
  return {tree: tree as Root, result}
}

/**
 * The reason (one line, naming the file) and the stack to log for an
 * error that failed the input `name`. Input and output errors name the file
 * and say what to do already; a fatal message a plugin throws (`file.fail()`,
 * a parser refusing an unusable page) is an expected failure, described by
 * its text and place; anything else is a crash, whose stack is worth logging.
 */
export function describeFailure(error: unknown, name: string): {reason: string, stack: string | null} {
  if (error instanceof InputError || error instanceof OutsideOutputError) {
    return {reason: error.message, stack: null}
  }

  if (isMessage(error)) {
    const at = typeof error.line === 'number' ? ` at ${error.line}:${typeof error.column === 'number' ? error.column : 1}` : ''
    return {reason: `Cannot process \`${name}\`${at}: ${error.reason}`, stack: null}
  }

  const message = error instanceof Error ? error.message : String(error)
  return {reason: `Cannot process \`${name}\`: ${message}`, stack: error instanceof Error ? error.stack ?? null : null}
}

/**
 * A vfile message, also one made by another copy of `vfile-message` (a
 * plugin installed with its own dependencies), where `instanceof` fails.
 */
function isMessage(error: unknown): error is Pick<VFileMessage, 'reason' | 'line' | 'column'> {
  if (error instanceof VFileMessage) return true
  return (
    error instanceof Error &&
    typeof (error as Partial<VFileMessage>).reason === 'string' &&
    'fatal' in error &&
    'ruleId' in error &&
    'source' in error
  )
}

/** Message counts by severity. */
export function countMessages(file: VFile): MessageCounts {
  const counts: MessageCounts = {errors: 0, warnings: 0, info: 0}
  for (const message of file.messages) {
    const severity = severityOf(message)
    if (severity === 'error') counts.errors++
    else if (severity === 'warning') counts.warnings++
    else counts.info++
  }

  return counts
}

/** The outcome of an input that could not be processed. */
export function failedOutcome(name: string, reason: string, options: {sha256?: string | null, kind?: SourceKind | null, file?: VFile | undefined, stack?: string | null, durationMs?: number} = {}): ConvertOutcome {
  const messages = options.file ? countMessages(options.file) : {errors: 0, warnings: 0, info: 0}
  return {
    record: {file: name, sha256: options.sha256 ?? null, kind: options.kind ?? null, status: 'failed', cached: false, outputs: [], messages, durationMs: options.durationMs ?? 0, reason},
    summary: failedSummary(name, reason, options.kind ?? null),
    stack: options.stack ?? null
  }
}

function failed(task: ConvertTask, input: ReadInput | undefined, file: VFile | undefined, reason: string, stack: string | null, durationMs: number): ConvertOutcome {
  return failedOutcome(task.name, reason, {sha256: input?.sha256 ?? null, kind: input?.kind ?? null, file, stack, durationMs})
}
