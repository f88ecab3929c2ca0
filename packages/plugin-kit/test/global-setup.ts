import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

// The scaffold test builds and tests a generated plugin that imports this
// kit through its `exports` (the built `dist`): make sure it is current.
export default function setup(): void {
  const root = fileURLToPath(new URL('../../..', import.meta.url))
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-b', 'packages/plugin-kit'], {cwd: root, stdio: 'inherit'})
}
