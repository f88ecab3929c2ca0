/**
 * Find a run's inputs in a worker thread of their own and take back only
 * the compact list. Finding 50,000 inputs makes ~36 MB of paths, objects
 * and promises that live through the whole search, long enough to reach
 * the main thread's old generation, where they would wait for a full
 * collection and raise the run's peak RSS with the number of inputs. In a
 * worker they go with its heap when it ends.
 */
import {Worker} from 'node:worker_threads'
import {findInputs} from './find-inputs.js'
import type {FindInputsOptions} from './find-inputs.js'
import {InputList} from './input-list.js'
import type {InputListParts} from './input-list.js'

/** What the worker is given: `findInputs`'s arguments. */
export interface DiscoverTask {
  patterns: ReadonlyArray<string>
  options: FindInputsOptions
}

/**
 * The inputs `patterns` name, as `findInputs` finds them. `inWorker: false`
 * searches in this thread (a run with one worker uses no threads at all).
 */
export async function discoverInputs(patterns: ReadonlyArray<string>, options: FindInputsOptions, inWorker: boolean): Promise<InputList> {
  if (!inWorker) return InputList.from(await findInputs(patterns, options))

  const task: DiscoverTask = {patterns, options}
  const worker = new Worker(new URL('discover-worker.js', import.meta.url), {workerData: task})
  return new Promise((resolve, reject) => {
    worker.once('message', (parts: InputListParts) => resolve(new InputList(parts)))
    // The search's own error, as `findInputs` would have thrown it.
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`the search for inputs stopped before it was done (exit code ${code})`)))
  })
}
