/**
 * The `baogao` executable (`bin/baogao.js` imports this file): wires the
 * process (argv, streams, signals) to `runCli` and sets `process.exitCode`.
 */
import {readFileSync} from 'node:fs'
import {pipelineModuleUrl} from '@baogao/config'
import {runCli} from './lib/program.js'

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
const controller = new AbortController()

// First Ctrl-C: finish the inputs in progress, write the manifest, release
// the lock. Second: stop at once, with the signal's default behaviour.
function onSignal(signal: NodeJS.Signals): void {
  if (controller.signal.aborted) {
    process.removeListener('SIGINT', onSignal)
    process.removeListener('SIGTERM', onSignal)
    process.kill(process.pid, signal)
    return
  }

  process.stderr.write(`baogao: ${signal}: stopping after the inputs in progress (again to stop now)\n`)
  controller.abort()
}

process.on('SIGINT', onSignal)
process.on('SIGTERM', onSignal)

try {
  process.exitCode = await runCli(process.argv.slice(2), packageJson.version, {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    // Built-in pipelines and those of the baogao.config.* found from here.
    pipelineModule: pipelineModuleUrl({cwd: process.cwd()}),
    signal: controller.signal
  })
} catch (error) {
  // A bug, not a usage or content problem: show everything.
  process.stderr.write(`baogao: unexpected failure\n${error instanceof Error ? error.stack ?? error.message : String(error)}\n`)
  process.exitCode = 70
} finally {
  process.removeListener('SIGINT', onSignal)
  process.removeListener('SIGTERM', onSignal)
}
