/**
 * `@baogao/config/pipelines`: the pipeline module the engine loads, built
 * in and user pipelines together. Its URL says where to look:
 * `…/pipelines.js?cwd=/path/to/project` (and `&config=file` to skip the
 * search); see `pipelineModuleUrl`.
 */
import {configPipelineModule} from './lib/load.js'

const parameters = new URL(import.meta.url).searchParams
const loaded = await configPipelineModule({cwd: parameters.get('cwd') ?? process.cwd(), config: parameters.get('config') ?? undefined})

/** Every pipeline, built in and from the config, by name. */
export const pipelines = loaded.pipelines
export const getPipeline = loaded.getPipeline
export const createProcessor = loaded.createProcessor
/** The config file the pipelines come from, or `null`. */
export const config = loaded.config
