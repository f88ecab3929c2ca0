/**
 * The worker of `discoverInputs`: finds the inputs, sends back the compact
 * list (its buffers transferred, not copied) and ends.
 */
import {parentPort, workerData} from 'node:worker_threads'
import type {DiscoverTask} from './discover-inputs.js'
import {findInputs} from './find-inputs.js'
import {InputList} from './input-list.js'

const {patterns, options} = workerData as DiscoverTask
const parts = InputList.from(await findInputs(patterns, options)).parts()
parentPort?.postMessage(parts, [parts.names.buffer, parts.ends.buffer])
