/**
 * `run`: a named pipeline over many inputs into one output folder. The
 * stages live in their own modules; this one orders them: options → load
 * the pipeline → find inputs → lock the folder → plan outputs → convert
 * (worker pool) → batch outputs → manifest → exit code.
 */
import {randomUUID} from 'node:crypto'
import {mkdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {DocumentSummary} from '@baogao/core'
import {BatchOutputs} from './batch.js'
import {failedOutcome} from './convert-input.js'
import type {ConvertOutcome, DocumentRecord} from './convert-input.js'
import {RunError} from './errors.js'
import type {BatchRecord, RunCounts, RunEvent} from './events.js'
import {createExecutor, defaultConcurrency} from './executor.js'
import type {Executor} from './executor.js'
import {exitCodeOf} from './exit-code.js'
import type {ExitCode} from './exit-code.js'
import {discoverInputs} from './discover-inputs.js'
import {packageVersions, pipelineFingerprint} from './fingerprint.js'
import {acquireOutputLock} from './lock.js'
import {countRecord, emptyCounts, writeManifest} from './manifest.js'
import {findPipeline, loadPipelineModule} from './pipeline-module.js'
import {planOutputs} from './plan-outputs.js'
import type {Plan} from './plan-outputs.js'
import {createReporter} from './reporter.js'
import type {Reporter, ReporterOptions} from './reporter.js'
import {RowStore} from './row-store.js'
import {removeTemporaryFiles} from './write-output.js'

export interface RunOptions extends ReporterOptions {
  /** Name of the pipeline: `text-to-json`. */
  pipeline: string
  /**
   * URL (or absolute path) of the module the pipeline comes from; it must
   * export `getPipeline`, `createProcessor` and `pipelines`, as
   * `@baogao/pipelines` does (`import.meta.resolve('@baogao/pipelines')`).
   */
  pipelineModule: string | URL
  /** Files, folders and globs. */
  inputs: ReadonlyArray<string>
  /** The output folder; created when missing. */
  out: string
  /** Folder relative inputs and `out` resolve against (default: `process.cwd()`). */
  cwd?: string | undefined
  /** Worker threads (default: `os.availableParallelism()`; `1`: no threads). */
  concurrency?: number | undefined
  /** Process every input, ignoring the cache (default: `false`). */
  force?: boolean | undefined
  /** Warnings make the exit code 1 (default: `false`). */
  frail?: boolean | undefined
  /** Extensions taken when searching folders (default: `documentExtensions`). */
  extensions?: ReadonlyArray<string> | undefined
  /** Stop starting new inputs when aborted; inputs not done are failed. */
  signal?: AbortSignal | undefined
  /** Receives every event, besides the reporter. */
  onEvent?: ((event: RunEvent) => void) | undefined
  /** Replaces the reporter made from `log`, `quiet`, `stdout`, `stderr`. */
  reporter?: Reporter | undefined
}

export interface RunResult {
  runId: string
  startedAt: string
  endedAt: string
  pipeline: string
  /** The input root output paths are relative to. */
  root: string
  /** The output folder, resolved. */
  out: string
  /** Absolute path of `manifest.json`. */
  manifest: string
  batch: Array<BatchRecord>
  counts: RunCounts
  exitCode: ExitCode
  interrupted: boolean
}

/**
 * Run `options.pipeline` over `options.inputs` into `options.out`. Rejects
 * with a `RunError` (exit code 2) when the run cannot start; once started,
 * failures of single inputs are in the result, never thrown.
 */
export async function run(options: RunOptions): Promise<RunResult> {
  const settings = checkOptions(options)
  const module = await loadPipelineModule(settings.moduleUrl)
  const definition = findPipeline(module, options.pipeline)
  const outDir = await prepareOutputFolder(path.resolve(settings.cwd, options.out))
  const inputs = await discoverInputs(options.inputs, {cwd: settings.cwd, extensions: options.extensions, exclude: [outDir]}, settings.concurrency > 1)
  if (inputs.length === 0) {
    throw new RunError('no-inputs', `No inputs found in ${options.inputs.map((input) => `\`${input}\``).join(', ')}, expected files, folders or globs matching files`)
  }

  const reporter = options.reporter ?? createReporter(options)
  const emit = (event: RunEvent): void => {
    reporter.event(event)
    options.onEvent?.(event)
  }

  const runId = randomUUID()
  const started = Date.now()
  const startedAt = new Date(started).toISOString()
  const lock = await acquireOutputLock(outDir, runId)

  try {
    await removeTemporaryFiles(outDir)
    const versions = await packageVersions(settings.moduleUrl)
    const fingerprint = pipelineFingerprint(definition, versions)
    const concurrency = Math.min(settings.concurrency, inputs.length)
    const total = inputs.length
    const plans = planOutputs(inputs, definition, {pipelineModule: settings.moduleUrl, fingerprint, outDir, force: settings.force})

    emit({event: 'start', runId, pipeline: definition.name, total, concurrency, out: outDir})

    // Summary rows and manifest records go to disk until the batch outputs
    // and the manifest read them, so memory does not grow with the inputs.
    const rows = new RowStore<DocumentSummary>(outDir, runId, {name: 'rows', count: total})
    const records = new RowStore<DocumentRecord>(outDir, runId, {name: 'records', count: total})
    const counts = emptyCounts()
    const batchOutputs = await BatchOutputs.start(outDir, runId, definition.batch)
    // Rows go to the collecting batch outputs in input order: each as soon
    // as it and every row before it are done.
    let released = 0
    const report = (index: number, outcome: ConvertOutcome): void => {
      records.put(index, outcome.record)
      rows.put(index, outcome.summary)
      countRecord(counts, outcome.record)
      emit({event: 'file', done: counts.inputs, total, ...outcome.record})
      if (outcome.stack !== null) reporter.problem(outcome.record.file, outcome.stack)
      if (!batchOutputs.collecting) return
      // The row in hand when it is the next one; later ones are read back.
      if (index === released) {
        batchOutputs.add(outcome.summary)
        released++
      }

      while (released < total && rows.has(released)) batchOutputs.add(rows.get(released++))
    }

    try {
      const executor = createExecutor(concurrency)
      let interrupted: boolean
      try {
        interrupted = await convertAll(executor, plans, report, settings.signal)
      } finally {
        await executor.close()
      }

      // Inputs an interrupted run did not reach (the last ones: inputs are
      // started in order, and all started ones are reported) are failed.
      const notReached = (index: number): ConvertOutcome => interruptedOutcome(inputs.name(index))
      for (let index = counts.inputs; index < total; index++) countRecord(counts, notReached(index).record)

      // Rows a failed write kept from the collectors, if any.
      if (!interrupted && batchOutputs.collecting && released < total) {
        try {
          for (const row of rows.values((index) => notReached(index).summary, released)) batchOutputs.add(row)
        } catch (error) {
          batchOutputs.failCollecting(error)
        }
      }

      // An interrupted run keeps the batch outputs of the last full run.
      if (interrupted) batchOutputs.abort()
      const batch = interrupted ? [] : await batchOutputs.write(() => rows.values((index) => notReached(index).summary))
      for (const result of batch) {
        if (result.stack !== null) reporter.problem(result.record.file, result.stack)
      }

      const batchRecords = batch.map((result) => result.record)
      const endedAt = new Date().toISOString()
      const head = {
        manifestVersion: 1 as const,
        runId,
        startedAt,
        endedAt,
        pipeline: {name: definition.name, fingerprint},
        versions,
        options: {concurrency, force: settings.force},
        interrupted,
        counts,
        batch: batchRecords
      }
      const manifest = await writeManifest(outDir, head, records.values((index) => notReached(index).record))
      const exitCode = exitCodeOf({counts, batch: batchRecords}, {frail: settings.frail})

      emit({event: 'end', runId, counts, batch: batchRecords, durationMs: Date.now() - started, exitCode, interrupted, manifest})

      return {runId, startedAt, endedAt, pipeline: definition.name, root: inputs.root, out: outDir, manifest, batch: batchRecords, counts, exitCode, interrupted}
    } finally {
      batchOutputs.abort()
      rows.dispose()
      records.dispose()
    }
  } finally {
    await lock.release()
  }
}

interface Settings {
  moduleUrl: string
  cwd: string
  concurrency: number
  force: boolean
  frail: boolean
  signal: AbortSignal | undefined
}

function checkOptions(options: RunOptions): Settings {
  const fail = (field: string, expected: string): never => {
    throw new RunError('invalid-option', `@baogao/engine: unexpected \`${field}\`, expected ${expected}`)
  }

  if (typeof options !== 'object' || options === null) fail('options', 'an object')
  if (typeof options.pipeline !== 'string' || options.pipeline === '') fail('pipeline', 'a pipeline name')
  if (!Array.isArray(options.inputs) || options.inputs.length === 0 || options.inputs.some((input) => typeof input !== 'string' || input === '')) {
    fail('inputs', 'a non-empty list of files, folders or globs')
  }

  if (typeof options.out !== 'string' || options.out === '') fail('out', 'an output folder')
  const concurrency = options.concurrency ?? defaultConcurrency()
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) fail('concurrency', 'an integer from 1 to 256')
  if (options.log !== undefined && !['auto', 'pretty', 'json'].includes(options.log)) fail('log', '`auto`, `pretty` or `json`')

  const module = options.pipelineModule
  let moduleUrl: string
  if (module instanceof URL) moduleUrl = module.href
  else if (typeof module === 'string' && path.isAbsolute(module)) moduleUrl = pathToFileURL(module).href
  else if (typeof module === 'string' && /^[a-z][a-z\d+.-]*:/i.test(module)) moduleUrl = module
  else moduleUrl = fail('pipelineModule', 'the URL or absolute path of a pipeline module')

  return {
    moduleUrl,
    cwd: path.resolve(options.cwd ?? process.cwd()),
    concurrency,
    force: options.force === true,
    frail: options.frail === true,
    signal: options.signal
  }
}

async function prepareOutputFolder(out: string): Promise<string> {
  try {
    await mkdir(out, {recursive: true})
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new RunError('output-not-a-directory', `Cannot use \`${out}\` as the output folder (${code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way' : code ?? 'unknown error'})`)
  }

  const stats = await stat(out)
  if (!stats.isDirectory()) {
    throw new RunError('output-not-a-directory', `Cannot use \`${out}\` as the output folder: it is not a folder`)
  }

  // Outputs are checked against the real path, whatever links lead to it.
  return realpath(out)
}

/**
 * Convert every planned input, at most two per worker in flight, so that
 * memory does not grow with the number of inputs. Resolves `true` when
 * `signal` stopped it early.
 */
async function convertAll(
  executor: Executor,
  plans: Iterator<Plan>,
  report: (index: number, outcome: ConvertOutcome) => void,
  signal: AbortSignal | undefined
): Promise<boolean> {
  const limit = executor.concurrency * 2
  const inFlight = new Set<Promise<void>>()

  while (signal?.aborted !== true) {
    const next = plans.next()
    if (next.done === true) break
    const {index, task, outcome} = next.value
    if (outcome !== undefined) {
      report(index, outcome)
      continue
    }

    const promise = executor.convert(task).then(
      (converted) => report(index, converted),
      // A worker that dies (out of memory, a plugin calling
      // `process.exit`) fails its input; the pool replaces it.
      (error: unknown) => report(index, failedOutcome(task.name, `Cannot process \`${task.name}\`: the worker stopped (${error instanceof Error ? error.message : String(error)})`, {stack: error instanceof Error ? error.stack ?? null : null}))
    ).finally(() => inFlight.delete(promise))
    inFlight.add(promise)
    if (inFlight.size >= limit) await Promise.race(inFlight)
  }

  await Promise.all(inFlight)
  return signal?.aborted === true && plans.next().done !== true
}

function interruptedOutcome(name: string): ConvertOutcome {
  return failedOutcome(name, `Cannot process \`${name}\`: the run was interrupted before this input`)
}
