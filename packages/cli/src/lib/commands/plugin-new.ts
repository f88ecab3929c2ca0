/**
 * `baogao plugin new <name>`: a new plugin package, from the plugin kit's
 * template, that builds and passes its tests after `npm install`.
 */
import path from 'node:path'
import {createPluginPackage} from '@baogao/plugin-kit/scaffold'
import type {CommandSpec} from '../command.js'
import {exitCodes, reportError} from '../command.js'

export const pluginNewCommand: CommandSpec = {
  name: 'plugin new',
  summary: 'start a plugin package',
  description: `Write a new plugin package into <dir>/baogao-plugin-<name>: package.json
(exports with types, a peer range on @baogao/core), a working rule in src/ to
replace with yours, a test with fixtures and the conformance suite, and a
README with Options and Messages sections.`,
  arguments: [{syntax: '<name>', description: 'kebab-case name: quantitative, baogao-plugin-quantitative or @scope/quantitative'}],
  options: [
    {flags: '-d, --dir <folder>', description: 'folder to create the package in (default: the working folder)'},
    {flags: '--description <text>', description: 'one line for package.json and the README'}
  ],
  helpFooter: `
Exit codes: 0 created, 2 a name that is not kebab case or a folder that exists
and is not empty.

Then:
  cd baogao-plugin-<name> && npm install && npm run build && npm test
and add it to a pipeline in baogao.config.json (see docs/plugins.md).`,
  async action([name], options, context) {
    const cwd = path.resolve(context.cwd, typeof options['dir'] === 'string' ? options['dir'] : '.')
    let created: Awaited<ReturnType<typeof createPluginPackage>>
    try {
      created = await createPluginPackage({
        name: String(name),
        cwd,
        description: typeof options['description'] === 'string' ? options['description'] : undefined
      })
    } catch (error) {
      reportError(context, error instanceof Error ? error.message : String(error))
      return exitCodes.usage
    }

    const shown = path.relative(context.cwd, created.folder) || '.'
    context.stdout.write(
      [
        `Created ${created.packageName} (rule \`${created.ruleId}\`) in ${shown}:`,
        ...created.files.map((file) => '  ' + file),
        '',
        'Next:',
        `  cd ${shown}`,
        '  npm install',
        '  npm run build && npm test',
        ''
      ].join('\n')
    )
    return exitCodes.ok
  }
}
