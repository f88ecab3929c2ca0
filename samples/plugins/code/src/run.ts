/**
 * Run `checked-json` over files with the engine's API:
 * `node code/dist/run.js <out> <inputs...>`.
 */
import {run} from '@baogao/engine'

const [out = 'out', ...inputs] = process.argv.slice(2)
const result = await run({
  pipeline: 'checked-json',
  pipelineModule: new URL('pipelines.js', import.meta.url),
  inputs,
  out,
  concurrency: 2,
  log: 'json'
})

process.exitCode = result.exitCode
