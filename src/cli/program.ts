// commander in the user's language: the help's frame ("Usage:", "Options:",
// "(choices: …)") and commander's own errors (unknown option or command, a
// missing value, an invalid choice, too many arguments) come from the language
// pack like every other message. Commander calls the error methods below by
// name (commander 14, lib/command.js); each throws a UsageError, which main()
// prints as "agree: …" with exit code 2 — the same as agree's own usage errors.

import { Command, Help, Option, type Argument } from 'commander';
import { UsageError } from '../errors.js';
import { ui, type Params } from '../lang/fill.js';
import type { UiKey } from '../lang/en/ui.js';
import { aThird, closest } from '../check/suggest.js';
import type { Context } from './context.js';

type ArgName = UiKey extends infer K ? (K extends `help.arg.${infer R}` ? R : never) : never;

/** a placeholder of an option or argument in the UI language: `<${arg(ctx, 'date')}>` → "<Datum>" */
export function arg(ctx: Context, name: ArgName): string {
  return ctx.msg(`help.arg.${name}` as UiKey);
}

const usage = (key: UiKey, params: Params) => new UsageError(ui(key, params));

/** the candidate the user most likely meant: a third of the word may be wrong (at least one letter), no more */
function nearest(value: string, candidates: readonly string[]): string | undefined {
  return closest(value, candidates, { limit: (v) => aThird(v.replace(/^-+/, '')) });
}

/** " Did you mean "--format"?" or "" */
const didYouMean = (hint: string | undefined) => (hint ? ui('usage.didYouMean', { hint }) : () => '');

/**
 * An option with a fixed set of values: the values are listed in the help, and
 * a value outside them is a usage error in the user's language, with the
 * nearest value as a suggestion (commander's own check words it in English).
 */
export function choiceOption(flags: string, description: string, choices: readonly string[]): Option {
  const option = new Option(flags, description).choices(choices);
  return option.argParser((value: string) => {
    if (choices.includes(value)) return value;
    const hint = didYouMean(nearest(value, choices));
    throw new UsageError((t) => ui('cli.badChoice', { value, flag: option.long ?? option.flags, choices: choices.join(', '), hint: hint(t) })(t));
  });
}

export class AgreeCommand extends Command {
  constructor(
    private readonly ctx: Context,
    name?: string,
  ) {
    super(name);
  }

  override createCommand(name?: string): Command {
    return new AgreeCommand(this.ctx, name);
  }

  override createHelp(): Help {
    return Object.assign(new AgreeHelp(this.ctx), this.configureHelp());
  }

  /** "agree check" — how the user called this command */
  private commandLine(): string {
    const names: string[] = [];
    for (let c: Command | null = this; c; c = c.parent) names.unshift(c.name());
    return names.join(' ');
  }

  unknownOption(flag: string): never {
    const known: string[] = [];
    for (let c: Command | null = this; c; c = c.parent) {
      for (const o of c.options) if (!o.hidden && o.long) known.push(o.long);
    }
    known.push('--help');
    const hint = flag.startsWith('--') ? nearest(flag.split('=')[0]!, known) : undefined;
    const command = this.commandLine();
    throw new UsageError((t) => ui('cli.unknownOption', { option: flag, hint: didYouMean(hint)(t), command })(t));
  }

  unknownCommand(): never {
    const name = String(this.args[0] ?? '');
    const names = this.commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden).map((c) => c.name());
    const hint = nearest(name, [...names, 'help']);
    throw new UsageError((t) => ui('cli.unknownCommand', { name, hint: didYouMean(hint)(t) })(t));
  }

  optionMissingArgument(option: Option): never {
    throw usage('cli.optionValue', { option: option.long ?? option.short ?? option.flags, flags: option.flags });
  }

  missingMandatoryOptionValue(option: Option): never {
    throw usage('cli.mandatoryOption', { flags: option.flags });
  }

  missingArgument(name: string): never {
    throw usage('cli.missingArgument', { name, command: this.commandLine() });
  }

  _excessArguments(received: string[]): never {
    const names = this.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`)).join(' ');
    throw usage('cli.tooManyArguments', { command: this.commandLine(), names, count: received.length, args: received.join(' ') });
  }

  _conflictingOption(option: Option, other: Option): never {
    throw usage('cli.conflictingOptions', { a: option.flags, b: other.flags });
  }
}

/** a default as the user would type it: text without quotes */
const shownValue = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** commander's help with the frame's words from the pack */
class AgreeHelp extends Help {
  constructor(private readonly ctx: Context) {
    super();
  }

  override styleTitle(title: string): string {
    const titles: Record<string, UiKey> = {
      'Usage:': 'help.usage',
      'Options:': 'help.options',
      'Arguments:': 'help.arguments',
      'Commands:': 'help.commands',
      'Global Options:': 'help.globalOptions',
    };
    const key = titles[title];
    return key ? this.ctx.msg(key) : title;
  }

  private optionsWord(text: string): string {
    return text.replace('[options]', `[${this.ctx.msg('help.optionsWord')}]`).replace('[command]', `[${arg(this.ctx, 'command')}]`);
  }

  override commandUsage(cmd: Command): string {
    return this.optionsWord(super.commandUsage(cmd));
  }

  override subcommandTerm(cmd: Command): string {
    return this.optionsWord(super.subcommandTerm(cmd));
  }

  private extra(description: string, choices: readonly string[] | undefined, defaultValue: string | undefined): string {
    const extra: string[] = [];
    if (choices) extra.push(this.ctx.msg('help.choices', { choices: choices.join(', ') }));
    if (defaultValue !== undefined) extra.push(this.ctx.msg('help.default', { value: defaultValue }));
    if (extra.length === 0) return description;
    return description ? `${description} (${extra.join('; ')})` : `(${extra.join('; ')})`;
  }

  override optionDescription(option: Option): string {
    const shown = option.defaultValue !== undefined && (option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean'));
    return this.extra(option.description, option.argChoices, shown ? (option.defaultValueDescription ?? shownValue(option.defaultValue)) : undefined);
  }

  override argumentDescription(argument: Argument): string {
    const value = argument.defaultValue !== undefined ? (argument.defaultValueDescription ?? shownValue(argument.defaultValue)) : undefined;
    return this.extra(argument.description, argument.argChoices, value);
  }
}
