/**
 * Named pipelines as data: which inputs a pipeline accepts, the parser for
 * each, the transformers, the per-document compiler and the run-level batch
 * outputs. The engine reads a definition; `createProcessor` turns it into a
 * frozen unified processor for one input kind.
 */
import type {DocumentSummary, SourceKind} from '@baogao/core'
import type {
  CompileResult,
  CompilerStep,
  ParserStep,
  PluginRole,
  Step,
  TransformerStep
} from './steps.js'

/** Every source kind, in the order definitions list them. */
export const sourceKinds: ReadonlyArray<SourceKind> = Object.freeze([
  'plain-text',
  'portal-html'
])

/**
 * The bytes of a batch output: whole, or in chunks (a generator), which the
 * engine writes as they come so that a large file is never held whole.
 */
export type BatchBytes = Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>

/**
 * A run-level output: consumes the summary rows of every document of a run
 * (never whole trees) and returns the bytes of one file.
 */
export interface BatchOutput {
  /** File name written in the output directory, such as `summary.xlsx`. */
  readonly file: string
  /** One line saying what the file holds. */
  readonly description: string
  /**
   * Rows arrive in the engine's output order (sorted by `file`), to be
   * read once: the engine keeps them on disk and reads them as they are
   * iterated, so that memory does not grow with the number of documents.
   */
  readonly emit: (rows: Iterable<DocumentSummary>, context?: BatchContext) => BatchBytes | Promise<BatchBytes>
  /**
   * Optional, for an output that can take rows one at a time: the engine
   * calls it when the run starts (in the main thread) and adds each row as
   * soon as it and every row before it are done, in the order `emit` gets
   * them, so that building the file overlaps the conversion instead of
   * following it. `emit` is then not called by the engine.
   */
  readonly collect?: ((context?: BatchContext) => BatchCollector | Promise<BatchCollector>) | undefined
}

/**
 * What the engine gives a batch output besides rows; other callers may
 * give nothing.
 */
export interface BatchContext {
  /**
   * A path in the output folder where no file is yet, for what the output
   * keeps on disk while it is made (rows too many for memory, say). The
   * engine deletes it when the output is written or dropped, and the next
   * run deletes it when this one was killed.
   */
  readonly temporaryFile: string
}

/** A batch output taking the rows of a run as they come (`collect`). */
export interface BatchCollector {
  /** The next row. */
  add(row: DocumentSummary): void
  /** The file, after the last row. */
  finish(): BatchBytes | Promise<BatchBytes>
  /** The run stopped, or a row or the file failed: drop what was collected. */
  abort(): void
}

/** What `definePipeline` takes. */
export interface PipelineInit<Result extends CompileResult = CompileResult> {
  /** Kebab-case name, used on the command line: `text-to-json`. */
  name: string
  /** One line saying what the pipeline does. */
  description: string
  /** A parser per accepted input kind. At least one. */
  parsers: Readonly<Partial<Record<SourceKind, ParserStep>>>
  /** Transformers, run in order on every document (default: none). */
  transformers?: ReadonlyArray<TransformerStep> | undefined
  /** The per-document compiler. */
  compiler: CompilerStep<Result>
  /** Extension of per-document outputs, with its dot: `.json`. */
  extension: string
  /** Run-level outputs (default: none). */
  batch?: ReadonlyArray<BatchOutput> | undefined
}

/** A named pipeline, frozen. */
export interface PipelineDefinition<
  Result extends CompileResult = CompileResult
> {
  readonly name: string
  readonly description: string
  /** The kinds that have a parser, in `sourceKinds` order. */
  readonly accepts: ReadonlyArray<SourceKind>
  readonly parsers: Readonly<Partial<Record<SourceKind, ParserStep>>>
  readonly transformers: ReadonlyArray<TransformerStep>
  readonly compiler: CompilerStep<Result>
  readonly extension: string
  readonly batch: ReadonlyArray<BatchOutput>
}

const namePattern = /^[a-z][a-z\d]*(?:-[a-z\d]+)*$/
const extensionPattern = /^\.[a-z\d]+(?:\.[a-z\d]+)*$/
// A plain file name: no separators, no `..`, nothing hidden.
const batchFilePattern = /^[\w-][\w.-]*$/

/**
 * Check and freeze a pipeline definition. Bad definitions throw a
 * `TypeError` naming the pipeline and the field; wrong compositions are
 * already caught by the types of the step constructors and of this function.
 */
export function definePipeline<Result extends CompileResult>(
  init: PipelineInit<Result>
): PipelineDefinition<Result> {
  const name = String(init.name)
  const fail = (field: string, message: string): never => {
    throw new TypeError(
      `@baogao/pipelines: pipeline \`${name}\`: unexpected \`${field}\`, ${message}`
    )
  }

  if (!namePattern.test(name)) {
    fail('name', 'expected a kebab-case name such as `text-to-json`')
  }

  if (typeof init.description !== 'string' || init.description.trim() === '') {
    fail('description', 'expected a non-empty string')
  }

  const parsers: Partial<Record<SourceKind, ParserStep>> = {}
  const accepts: Array<SourceKind> = []
  const given = init.parsers as Readonly<Record<string, unknown>>

  for (const key of Object.keys(given)) {
    if (!(sourceKinds as ReadonlyArray<string>).includes(key)) {
      fail(`parsers.${key}`, `expected a source kind (${sourceKinds.map((kind) => `\`${kind}\``).join(', ')})`)
    }
  }

  for (const kind of sourceKinds) {
    const step = given[kind]
    if (step === undefined) continue
    assertStep(step, 'parser', `parsers.${kind}`, fail)
    parsers[kind] = step
    accepts.push(kind)
  }

  if (accepts.length === 0) {
    fail('parsers', 'expected a parser for at least one source kind')
  }

  const transformers = [...(init.transformers ?? [])]
  // unified keeps one attacher per plugin function and merges the options
  // of a second `use`, so a repeated transformer would silently run once.
  const seen = new Set<unknown>()
  for (const [index, step] of transformers.entries()) {
    assertStep(step, 'transformer', `transformers[${index}]`, fail)
    if (seen.has(step.plugin)) {
      fail(`transformers[${index}]`, `expected each transformer once, \`${step.name}\` is repeated`)
    }

    seen.add(step.plugin)
  }

  assertStep(init.compiler, 'compiler', 'compiler', fail)

  if (typeof init.extension !== 'string' || !extensionPattern.test(init.extension)) {
    fail('extension', 'expected a lowercase extension with its dot, such as `.json`')
  }

  const batch = [...(init.batch ?? [])]
  const files = new Set<string>()
  for (const [index, output] of batch.entries()) {
    const field = `batch[${index}]`
    if (typeof output !== 'object' || output === null) {
      fail(field, 'expected an object with `file`, `description` and `emit`')
    }

    if (typeof output.file !== 'string' || !batchFilePattern.test(output.file) || output.file.includes('..')) {
      fail(`${field}.file`, 'expected a plain file name such as `summary.xlsx`')
    }

    if (files.has(output.file)) {
      fail(`${field}.file`, `expected each batch file once, \`${output.file}\` is repeated`)
    }

    files.add(output.file)

    if (typeof output.description !== 'string' || output.description.trim() === '') {
      fail(`${field}.description`, 'expected a non-empty string')
    }

    if (typeof output.emit !== 'function') {
      fail(`${field}.emit`, 'expected a function')
    }

    if (output.collect !== undefined && typeof output.collect !== 'function') {
      fail(`${field}.collect`, 'expected a function or nothing')
    }
  }

  return Object.freeze({
    name,
    description: init.description,
    accepts: Object.freeze(accepts),
    parsers: Object.freeze(parsers),
    transformers: Object.freeze(transformers),
    compiler: init.compiler,
    extension: init.extension,
    batch: Object.freeze(batch.map((output) => Object.freeze({...output})))
  })
}

// Steps from JavaScript (a user config file) are not type-checked: check
// their role tag at runtime too.
function assertStep<Role extends PluginRole>(
  value: unknown,
  role: Role,
  field: string,
  fail: (field: string, message: string) => never
): asserts value is Step<Role> {
  const step = value as Partial<Step<PluginRole>> | null | undefined
  if (
    typeof step !== 'object' ||
    step === null ||
    typeof step.plugin !== 'function' ||
    !Array.isArray(step.parameters)
  ) {
    fail(field, `expected a ${role} step made with \`${role}Step(plugin, options)\``)
  } else if (step.role !== role) {
    fail(field, `expected a ${role} step, got a ${String(step.role)} step`)
  }
}
