import {defineConfig} from 'vitest/config'

// Run on its own (`npx vitest run` here) the plugin uses the built kit, as
// a published plugin would; the repository's test run includes it in the
// `@baogao/samples` project.
export default defineConfig({test: {name: 'baogao-plugin-quantitative'}})
