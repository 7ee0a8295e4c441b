/**
 * The import scripts' command line: node's parseArgs with a `--help` / `-h` that prints the usage,
 * and an unknown or malformed option reported with the usage. Returns the option values, or the
 * exit status to end with (0 after --help, 2 for a bad command line).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

type Values<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ args: string[]; options: O }>>['values'];

export function parseCommandLine<O extends ParseArgsOptionsConfig>(
  command: string,
  usage: string,
  argv: string[],
  options: O,
): Values<O> | number {
  let values: Values<O>;
  try {
    values = parseArgs({ args: argv, options }).values;
  } catch (err) {
    console.error(`${command}: ${(err as Error).message}\n${usage}`);
    return 2;
  }
  if ((values as { help?: boolean }).help) {
    console.log(usage);
    return 0;
  }
  return values;
}
