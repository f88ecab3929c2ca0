/**
 * The worker-thread entry of the pool: converts one input per task. Each
 * worker loads the pipeline module itself and rebuilds the pipeline by
 * name, so only plain data crosses threads.
 */
import {InputConverter} from './convert-input.js'
import type {ConvertOutcome, ConvertTask} from './convert-input.js'

const converter = new InputConverter()

export default function convert(task: ConvertTask): Promise<ConvertOutcome> {
  return converter.convert(task)
}
