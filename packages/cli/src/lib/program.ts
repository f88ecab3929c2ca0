/**
 * The `baogao` program: commander commands built from the command table.
 * Commander parses and writes the help; nothing here calls
 * `process.exit()`: `runCli` resolves the exit code.
 */
import {Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import type {CommandContext, CommandSpec, OptionRow} from './command.js'
import {exitCodes} from './command.js'
import {commands} from './commands.js'

/** Help is wrapped at this width whatever the terminal, so it is stable. */
export const helpWidth = 80

const programFooter = `
Exit codes:
  0  ok
  1  content errors (or warnings with --frail)
  2  usage or configuration errors; for parse, an unreadable input
  3  some inputs could not be processed (run)

Run \`baogao <command> --help\` for a command's options.`

/**
 * Make the program. `onExitCode` receives the exit code of the action that
 * ran (commander's own errors are handled by `runCli`).
 */
export function createProgram(
  version: string,
  context: CommandContext,
  onExitCode: (code: number) => void,
  specs: ReadonlyArray<CommandSpec> = commands
): Command {
  const program = new Command('baogao')
    .description('Turn Chinese government annual reports (法治政府建设年度报告) into checked, machine-readable outputs.')
    .usage('<command> [options]')
    .addHelpText('after', programFooter)
    .helpCommand('help [command]', 'print the help of a command')

  configure(program, version, context)

  for (const spec of specs) {
    const command = commandAt(program, spec.name, version, context).summary(spec.summary).description(spec.description ?? spec.summary)

    for (const row of spec.arguments) command.argument(row.syntax, row.description)
    for (const row of spec.options) command.addOption(toOption(row))
    if (spec.helpFooter) command.addHelpText('after', spec.helpFooter)

    command.action(async (...parameters: Array<unknown>) => {
      // Commander passes the arguments, then the options, then the command.
      const args = parameters.slice(0, spec.arguments.length)
      const options = command.opts()
      onExitCode(await spec.action(args, options, context))
    })
  }

  return program
}

/**
 * Parse `argv` (user arguments only, without `node` and the script) and
 * run the command. Resolves the exit code: usage errors are 2, help and
 * version 0.
 */
export async function runCli(argv: ReadonlyArray<string>, version: string, context: CommandContext): Promise<number> {
  let exitCode: number = exitCodes.ok
  const program = createProgram(version, context, (code) => {
    exitCode = code
  })

  try {
    await program.parseAsync([...argv], {from: 'user'})
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error
    // Help and `--version` exit with 0; every parse error is a usage error.
    return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage
  }

  return exitCode
}

// `plugin new` is the command `new` under a group command `plugin`, made
// on first use, so a nested command is still one row in the table.
function commandAt(program: Command, name: string, version: string, context: CommandContext): Command {
  const words = name.trim().split(/\s+/)
  let parent = program
  for (const [index, word] of words.entries()) {
    let command = parent.commands.find((candidate) => candidate.name() === word)
    if (!command) {
      command = parent.command(word)
      configure(command, version, context)
      if (index < words.length - 1) command.description(`${word} commands`).usage('<command> [options]')
    }

    parent = command
  }

  return parent
}

function configure(command: Command, version: string, context: CommandContext): void {
  command
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .exitOverride()
    .configureHelp({helpWidth, sortSubcommands: false, showGlobalOptions: false})
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
      outputError: (text, write) => write(`baogao: ${text.replace(/^error: /, '')}`),
      getOutHasColors: () => false,
      getErrHasColors: () => false
    })
    .showHelpAfterError('(add --help for usage)')
}

function toOption(row: OptionRow): Option {
  const option = new Option(row.flags, row.description)
  if (row.defaultValue !== undefined) option.default(row.defaultValue)
  if (row.choices) option.choices(row.choices)
  if (row.required) option.makeOptionMandatory()
  const parse = row.parse
  if (parse) {
    option.argParser((value: string) => {
      try {
        return parse(value)
      } catch (error) {
        throw new InvalidArgumentError(error instanceof Error ? error.message : String(error))
      }
    })
  }

  return option
}
