import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

// Worker threads run the built engine: build it (and what it references)
// once before the tests. `tsc -b` does nothing when the build is current.
export default function setup(): void {
  const root = fileURLToPath(new URL('../../..', import.meta.url))
  execFileSync('npx', ['tsc', '-b', 'packages/engine'], {cwd: root, stdio: 'inherit'})
}
