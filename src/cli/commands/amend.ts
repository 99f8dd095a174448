// agree amend OLD.yaml NEW.yaml [--format pdf|md|docx] — the signable
// amendment ("1. Nachtrag zur Kooperationsvereinbarung vom …") that states
// each change between the two versions, laid out by the output registry's
// agreement renderers; with --request --from PARTNER the request for it;
// with --record the amendment is entered in NEW's `amendments` list.

import { Command } from 'commander';
import type { Context } from '../context.js';
import { arg } from '../program.js';
import { isIsoDate, parseToday, usage } from '../options.js';
import { loadVersions } from './diff.js';
import { UsageError } from '../../errors.js';
import { ensureOutputDir, writeFileAtomic, writePathAtomic } from '../../io/write.js';
import { displayPath, visible } from '../../io/display.js';
import { outputKind, outputKinds } from '../../outputs/registry.js';
import { closest } from '../../check/suggest.js';
import { pack } from '../../lang/index.js';

interface AmendFlags {
  format?: string;
  out?: string;
  date?: string;
  effective?: string;
  request?: boolean;
  from?: string;
  record?: boolean;
  since?: string;
  allowIdChange?: boolean;
  today?: string;
}

export function registerAmend(program: Command, ctx: Context): void {
  const a = ctx.pack.amend.cli;
  program
    .command('amend')
    .description(a.helpAmend)
    .argument(`[${arg(ctx, 'versions')}...]`, `${a.helpOld}; ${a.helpNew}`)
    .option(`-f, --format <${arg(ctx, 'formats')}>`, a.helpAmendFormat)
    .option(`-o, --out <${arg(ctx, 'dir')}>`, a.helpOut)
    .option(`--date <${arg(ctx, 'date')}>`, a.helpDate)
    .option(`--effective <${arg(ctx, 'date')}>`, a.helpEffective)
    .option('--request', a.helpRequest)
    .option(`--from <${arg(ctx, 'partner')}>`, a.helpFrom)
    .option('--record', a.helpRecord)
    .option(`--since <${arg(ctx, 'revision')}>`, a.helpSince)
    .option('--allow-id-change', a.helpAllowIdChange)
    .option(`--today <${arg(ctx, 'date')}>`, a.helpToday)
    .action(async (versions: string[], flags: AmendFlags) => {
      await amend(versions, flags, ctx);
    });
}

/** the kinds that lay out agreements (the amendment is one), one or a comma-separated list; default pdf */
function parseFormats(value: string | undefined): string[] {
  const known = outputKinds('agreement').map((k) => k.name);
  if (value === undefined) return ['pdf'];
  const names = [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))];
  if (names.length === 0) throw usage('usage.badChoice', { flag: '--format', value, choices: known.join(', ') });
  for (const name of names) if (!known.includes(name)) throw usage('usage.badChoice', { flag: '--format', value: name, choices: known.join(', ') });
  return names;
}

function parseDate(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new UsageError((t) => t.amend.cli.badDate(flag, value));
  return value;
}

async function amend(args: string[], flags: AmendFlags, ctx: Context): Promise<void> {
  const kinds = parseFormats(flags.format);
  const date = parseDate('--date', flags.date);
  const effective = parseDate('--effective', flags.effective);
  const today = parseToday(flags.today);
  if (flags.request && flags.from === undefined) throw new UsageError((t) => t.amend.cli.requestNeedsFrom);
  if (!flags.request && flags.from !== undefined) throw new UsageError((t) => t.amend.cli.fromWithoutRequest);
  if (flags.request && flags.record) throw new UsageError((t) => t.amend.cli.recordWithRequest);
  const toStdout = flags.out === '-';
  if (toStdout && kinds.length > 1) throw new UsageError((t) => t.amend.cli.stdoutOne);
  const outDir = toStdout ? '' : await ensureOutputDir(flags.out ?? '.', ctx.cwd);

  const versions = await loadVersions(args, flags, ctx, 'amend');
  if (!versions) return;
  const a = ctx.pack.amend.cli;
  if (versions.new.kind === 'informal') throw new UsageError((t) => t.amend.cli.informal(versions.files.new));
  if (flags.record && versions.newInput.kind !== 'file') throw new UsageError((t) => t.amend.cli.recordStdin);
  if (flags.request) {
    const partners = versions.new.partners.map((p) => p.id);
    if (!partners.includes(flags.from!)) {
      const id = flags.from!;
      const hint = closest(id, partners) ?? null;
      throw new UsageError((t) => t.amend.cli.unknownPartner(id, partners.join(', '), hint));
    }
  }

  const { diffAgreements, amending, amendmentDocument, requestDocument, amendmentFacts, clauseNames, attentionText } = await import('../../amend/index.js');
  const diff = diffAgreements(versions.old, versions.new);
  if (diff.changes.length === 0) {
    ctx.stderr.write(`${a.noChanges(versions.files.old, versions.files.new)}\n`);
    return;
  }
  const stated = amending(diff);
  if (stated.length === 0) {
    ctx.stderr.write(`${a.nothingToAmend(versions.files.old, versions.files.new)}\n`);
    return;
  }
  const model = flags.request
    ? requestDocument(diff, { from: flags.from!, date: date ?? today })
    : amendmentDocument(diff, { date: date ?? versions.new.version, effective });

  for (const name of kinds) {
    const kind = outputKind(name)!;
    const render = (await kind.load()).agreement!;
    const data = await render(model, {});
    if (toStdout) {
      ctx.stdout.write(data);
      continue;
    }
    const path = await writeFileAtomic(outDir, `${model.id}.${kind.extension}`, data);
    if (!ctx.quiet) ctx.stderr.write(`${a.wrote(displayPath(path, ctx.cwd), ctx.pack.amend.changeCount(stated.length))}\n`);
  }
  if (!ctx.quiet && diff.attention.length) {
    ctx.stderr.write(`${ctx.pack.amend.attentionHeading}:\n`);
    for (const x of diff.attention) ctx.stderr.write(`  ! ${visible(attentionText(diff, x, ctx.pack))}\n`);
  }

  if (flags.record) {
    const facts = amendmentFacts(versions.old);
    const words = pack(diff.lang);
    const entry = {
      number: facts.number,
      date: date ?? versions.new.version,
      summary: words.amend.amendment.record(clauseNames(stated, words).join(', ')),
      agreementDate: facts.agreementDate,
    };
    const { planAmendmentRecord, AmendRecordError } = await import('../../amend/record.js');
    let plan;
    try {
      plan = await planAmendmentRecord(versions.checked.new.loaded, entry);
    } catch (error) {
      if (!(error instanceof AmendRecordError)) throw error;
      ctx.stderr.write(`agree: ${ctx.say(error.text)}\n`);
      ctx.fail(1);
      return;
    }
    if (plan.unchanged) {
      ctx.stderr.write(`${a.alreadyRecorded(plan.file, entry.number)}\n`);
      return;
    }
    await writePathAtomic(plan.path, plan.text);
    ctx.stderr.write(`${a.recorded(plan.file, entry.number, entry.date)}\n`);
  }
}
