/**
 * Where inputs are converted: a pool of worker threads (piscina), or the
 * main thread when one worker is asked for (no thread start-up, easier
 * debugging). Both run the same `InputConverter`, so outputs are the same.
 */
import os from 'node:os'
import {Piscina} from 'piscina'
import {InputConverter} from './convert-input.js'
import type {ConvertOutcome, ConvertTask} from './convert-input.js'

export interface Executor {
  readonly concurrency: number
  convert(task: ConvertTask): Promise<ConvertOutcome>
  close(): Promise<void>
}

/** The default concurrency: the cores Node may use. */
export function defaultConcurrency(): number {
  return os.availableParallelism()
}

/** An executor with `concurrency` workers (`1`: in the main thread). */
export function createExecutor(concurrency: number): Executor {
  if (concurrency <= 1) {
    const converter = new InputConverter()
    return {
      concurrency: 1,
      convert: (task) => converter.convert(task),
      close: async () => {}
    }
  }

  const pool = new Piscina<ConvertTask, ConvertOutcome>({
    filename: new URL('worker.js', import.meta.url).href,
    minThreads: concurrency,
    maxThreads: concurrency,
    // Tasks wait in the engine's own bounded queue, not in the pool.
    maxQueue: concurrency * 2,
    concurrentTasksPerWorker: 2
  })

  return {
    concurrency,
    convert: (task) => pool.run(task),
    close: () => pool.destroy()
  }
}
