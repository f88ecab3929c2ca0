import {defineConfig} from 'vitest/config'

// One vitest run over every workspace; each package keeps its own small config.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'plugins/*/vitest.config.ts', 'pipelines/vitest.config.ts', 'samples/vitest.config.ts']
  }
})
