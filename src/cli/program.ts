import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { describeError } from '../i18n/errors.js';
import { KzssError } from '../errors.js';
import { isIsoDate } from '../schema/date.js';
import { LOCALES, type Locale } from '../i18n/messages.js';
import { auditCommand } from './commands/audit.js';
import { calendarText, deadlineText, diffText, explainText, rulesText, staffingText } from './commands/info.js';
import { EXIT, type Io } from './io.js';

const date = (v: string): string => {
  if (!isIsoDate(v)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return v;
};
const count = (v: string): number => {
  if (!/^\d+$/.test(v)) throw new InvalidArgumentError('expected a whole number');
  return Number(v);
};
const localeOption = () => new Option('--locale <locale>', 'language of messages').choices([...LOCALES]).default('en');

/** Builds the `kzss` program over an I/O surface; `run` resolves to the exit code. */
export function buildProgram(io: Io, version: string): { program: Command; result: () => number } {
  let code: number = EXIT.ok;
  const print = (text: string): void => {
    io.stdout.write(text);
  };
  const program = new Command('kzss')
    .description("Audit case files against Kazakhstan's standards of special social services, with a citation of the law on every answer.")
    .version(version, '-V, --version')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride()
    .showHelpAfterError('(run kzss --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  kzss audit cases.jsonl --as-of 2023-06-30 --format html --out report.html
  cat cases.jsonl | kzss audit - --as-of 2023-06-30 --format jsonl > results.jsonl
  kzss deadline --standard trafficking --step identification --from 2022-03-18
  kzss staffing --standard trafficking --as-of 2022-12-01 --recipients 35 --children 6
  kzss rules --standard domestic-violence --as-of 2022-12-01
  kzss explain deadlines.identification --standard trafficking --as-of 2022-12-01
  kzss diff trafficking@2022-12-01 domestic-violence@2022-12-01 --locale ru
  kzss calendar 2022

Exit codes: 0 = all compliant, 1 = findings (violations), 2 = bad input or usage.
NO_COLOR turns colours off; progress is shown only on a terminal.`,
    );

  program
    .command('audit')
    .description('audit cases from a JSON file, a JSON array or JSON Lines (use - for stdin)')
    .argument('<file>', 'case file, or - for stdin')
    .option('--standard <id>', 'standard of cases that do not name one; cases of other standards are rejected')
    .option('--as-of <date>', 'the audit day (YYYY-MM-DD); steps due later are pending', date)
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'jsonl', 'md', 'html']).default('json'))
    .addOption(new Option('--locale <locale>', 'language of messages: md/html reports (default en); json/jsonl add a rendered text per finding only when given').choices([...LOCALES]))
    .option('--out <file>', 'write the output to a file instead of stdout')
    .option('--include-facts', 'include the cases’ events in reports (personal data: off by default)', false)
    .option('--include-drafts', 'allow the never-adopted 2017 draft (results marked non-binding)', false)
    .option('--option <name=reading...>', 'reading of an ambiguity option, e.g. absence.days24=calendar-days')
    .option('--workers <n>', 'worker threads for json/jsonl (0 = none; default: cores, at most 4)', count)
    .addHelpText('after', '\nExamples:\n  kzss audit fixtures/trafficking/tr-02-late-around-nauryz.json --format md\n  kzss audit cases.jsonl --as-of 2023-06-30 --format jsonl --locale kk > out.jsonl')
    .action(async (file: string, o) => {
      code = await auditCommand(file, { ...o, asOf: o.asOf }, io);
    });

  program
    .command('deadline')
    .description("a step's due date from the standard (or from an explicit term), with every skipped non-working day")
    .requiredOption('--from <date>', 'the day of the event that starts the term', date)
    .option('--standard <id>', 'standard whose time limit to use')
    .option('--step <id>', 'time limit id, e.g. identification, permit, contract, plan')
    .option('--term <term>', 'an explicit term instead, e.g. "3 working-days", "3wd", "6 months"')
    .addOption(new Option('--count-from <rule>', 'when the term starts').choices(['next-day', 'same-day']).default('next-day'))
    .addOption(localeOption())
    .addHelpText('after', '\nExamples:\n  kzss deadline --standard trafficking --step identification --from 2022-03-18\n  kzss deadline --term 3wd --from 2023-06-27')
    .action((o) => print(deadlineText({ ...o })));

  program
    .command('staffing')
    .description('minimum staff for a number of recipients (or bed-places), as the standard words it')
    .requiredOption('--standard <id>', 'standard')
    .requiredOption('--as-of <date>', 'date whose version applies', date)
    .option('--recipients <n>', 'recipients other than children admitted with a parent', count, 0)
    .option('--children <n>', 'children admitted with a parent', count)
    .option('--groups <n>', 'training groups', count)
    .option('--beds <n>', 'bed-places (the 2017 draft counts beds)', count)
    .option('--include-drafts', 'allow the 2017 draft', false)
    .addOption(localeOption())
    .addHelpText('after', '\nExamples:\n  kzss staffing --standard trafficking --as-of 2022-12-01 --recipients 35 --children 6 --groups 2\n  kzss staffing --standard draft-2017 --as-of 2017-10-01 --beds 30 --include-drafts')
    .action((o) => {
      const r = staffingText({ ...o });
      print(r.text);
      if (!r.covered) code = EXIT.findings;
    });

  program
    .command('rules')
    .description('the rules of a standard in force at a date, with citations')
    .requiredOption('--standard <id>', 'standard')
    .requiredOption('--as-of <date>', 'date', date)
    .option('--json', 'machine-readable output', false)
    .option('--include-drafts', 'allow the 2017 draft', false)
    .addOption(localeOption())
    .addHelpText('after', '\nExample:\n  kzss rules --standard foster-families --as-of 2024-01-10 --json')
    .action((o) => print(rulesText({ ...o })));

  program
    .command('explain')
    .description('one rule: its data, citation and quote')
    .argument('<rule-id>', 'e.g. deadlines.identification, parameters.contract.term-months, lists.contraindications, staffing')
    .requiredOption('--standard <id>', 'standard')
    .requiredOption('--as-of <date>', 'date', date)
    .option('--include-drafts', 'allow the 2017 draft', false)
    .addOption(localeOption())
    .addHelpText('after', '\nExample:\n  kzss explain lists.absence.valid-reasons --standard domestic-violence --as-of 2022-12-01')
    .action((id: string, o) => print(explainText({ id, ...o })));

  program
    .command('diff')
    .description('differences between two standard versions (standard@YYYY-MM-DD), as a Markdown table')
    .argument('<a>', 'e.g. trafficking@2022-12-01')
    .argument('<b>', 'e.g. domestic-violence@2022-12-01')
    .option('--include-drafts', 'allow the 2017 draft', false)
    .addOption(localeOption())
    .addHelpText('after', '\nExamples:\n  kzss diff trafficking@2022-12-01 domestic-violence@2022-12-01 --locale kk\n  kzss diff draft-2017@2017-10-01 trafficking@2017-10-01 --include-drafts')
    .action((a: string, b: string, o) => print(diffText({ a, b, ...o })));

  program
    .command('calendar')
    .description('a month grid of working days of a year, with the reason for each day off')
    .argument('<year>', 'e.g. 2022', count)
    .addOption(localeOption())
    .addHelpText('after', '\nExample:\n  kzss calendar 2023 --locale ru')
    .action((year: number, o: { locale: Locale }) => print(calendarText(year, o.locale)));

  return { program, result: () => code };
}

/** Runs kzss with arguments (without `node` and the script); resolves to the exit code. Errors are printed, never thrown. */
export async function runCli(argv: readonly string[], io: Io, version: string): Promise<number> {
  const { program, result } = buildProgram(io, version);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return result();
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    if (e instanceof KzssError) {
      io.stderr.write(`kzss: ${e.code}${e.path.length ? ` (${e.path.join('.')})` : ''}: ${e.message}\n  ${describeError(e, 'ru')}\n`);
      return EXIT.badInput;
    }
    io.stderr.write(`kzss: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.badInput;
  }
}
