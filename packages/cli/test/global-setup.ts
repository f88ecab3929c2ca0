import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

// The tests spawn the real `baogao` binary, which runs the build: make sure
// it is current. `tsc -b` does nothing when it is.
export default function setup(): void {
  const root = fileURLToPath(new URL('../../..', import.meta.url))
  execFileSync('npx', ['tsc', '-b', 'packages/cli'], {cwd: root, stdio: 'inherit'})
}
