// Findings of the loader, the results file's reader and the PDF reader, and errors of
// writing files, in English.

import { schema } from "./schema.js";

const char = (c: string) =>
  `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

export const diagnostics = {
  schema,
  yaml: {
    unclosedQuote: (q: string) =>
      `the quote \`${q}\` that opens here is never closed: add the closing \`${q}\` where the text ends (usually at the end of this line)`,
    unclosedList:
      "the list that opens here with `[` is never closed: add `]` after its last entry (`[a, b]`), or write it as an indented list with `- ` per entry",
    unclosedMapping:
      "the mapping that opens here with `{` is never closed: add `}` after its last entry (`{ key: value, other: value }`)",
    badEscape: (sequence: string) =>
      `"${sequence}" is not an escape sequence YAML knows inside double quotes: write \`\\\\\` for a backslash, or put the text in single quotes`,
    reservedStart: (c: string) =>
      `a value cannot start with "${c}" unquoted: put the value in quotes`,
    colonInValue:
      'this value contains ": ", which YAML reads as a second key: put the value in quotes, e.g. `title: "Part 1: Goals"`',
    missingColon:
      'this line is not "key: value": is the colon after the key missing, or is the line indented wrongly?',
    indentation:
      "the indentation does not fit: the entries of one list or mapping start in the same column, and what belongs to a key is indented further than the key (spaces only)",
    blockInFlow:
      "an indented list or mapping inside `[ ]` or `{ }`: close the bracket first, or write the whole list indented with `- `",
    longKey: "a key longer than 1024 characters; keys are short names such as `district`",
    directive:
      'a line starting with "%" is a YAML directive, which agreements do not use: remove it, or put the text in quotes',
    anchor:
      '"&", "*" and "!" at the start of a value mark YAML anchors, aliases and tags: put a value that starts with one of them in quotes',
    flowComma:
      'a comma is missing between two entries in `[ ]` or `{ }` — or an entry contains ": " or " #" and needs quotes',
    flowColonSpace: 'a space is missing after ":" in `{ }`: write `{ key: value }`',
    flowExtraComma: "one comma too many in `[ ]` or `{ }`: remove it",
    commentSpace:
      '"#" starts a comment only after a space: put a space before it, or put the text in quotes if "#" belongs to it',
    unexpected: (c: string) =>
      `"${c}" is not expected here: check the indentation of this line and of the line before`,
    syntax:
      "YAML syntax error: check this line and the one before (indentation, colons, quotes)",
  },
  template: {
    unknownVariable: (name: string, parent: string, hint: string | undefined, here: string[]) =>
      `\`${name}\` is not a variable ${parent ? `of \`${parent}\`` : "the template sees here"}${hint ? ` – did you mean \`${hint}\`?` : here.length > 0 && here.length <= 16 ? `; here: ${here.map((k) => `\`${k}\``).join(", ")}` : ""} (all variables: docs/templates.md)`,
    unknownHelper: (name: string, hint: string | undefined, helpers: string[]) =>
      `\`${name}\` is not a helper agree knows${hint ? ` – did you mean \`${hint}\`?` : ""} (helpers: ${helpers.join(", ")})`,
    unknownPartial: (name: string, hint: string | undefined, partials: string[]) =>
      `agree has no partial \`${name}\`${hint ? ` – did you mean \`${hint}\`?` : ""} (partials: ${partials.join(", ")})`,
    notAList: (what: string) => `\`{{#each ${what}}}\`: \`${what}\` is not a list`,
    tooFarUp: (path: string) => `\`${path}\` goes up further than the outermost level of the template`,
    tooDeep: (max: number) => `blocks are nested more than ${max} levels deep`,
    mismatch: (open: string, close: string) => `\`{{/${close}}}\` closes \`{{#${open}}}\`: a block ends with its own name`,
    unclosedBlock:
      "the template ends while a block is still open: every `{{#each}}`, `{{#if}}` … needs its `{{/each}}`, `{{/if}}` …",
    syntax: "the template cannot be read here: check the `{{ … }}` on this line (every `{{` needs its `}}`)",
  },
  source: {
    isDirectory: "is a directory, not a YAML file",
    notFound: "file not found (ENOENT)",
    unreadable: (why: string) => `cannot be read: ${why}`,
    tooBig: (mb: string | null) =>
      `${mb ? `file is ${mb} MB` : "input is larger than 5 MB"}; agree reads at most 5 MB. Split or shorten the document.`,
    notUtf8:
      'not a UTF-8 text file (invalid byte). Save the file as UTF-8, e.g. "Save as … encoding UTF-8" in your editor.',
    aliasWithoutAnchor: (name: string) =>
      `alias *${name} has no anchor: there is no "&${name}" before it`,
    tooDeep: (max: number) =>
      `nested too deeply (more than ${max} levels); an agreement needs only a few levels`,
    tooManyAliasValues: (max: number) =>
      `too many values after expanding YAML aliases (over ${max}); use aliases (*name) sparingly`,
    tooManyValues: (max: number) =>
      `too many values (over ${max}); split the document`,
    duplicateKey: (name: string) =>
      `duplicate key "${name}"; each key may appear only once in a mapping`,
    duplicateKeyUnnamed:
      "duplicate key; each key may appear only once in a mapping",
    tooManyTokens: (max: number) =>
      `too long: more than ${max} YAML tokens (lines, values, punctuation, comments); split the document`,
    surrogate: (code: string) =>
      `text contains an unpaired surrogate (${code}), not a valid Unicode character; remove the escape sequence`,
    controlCharacter: (code: string) =>
      `text contains a control character (${code}); an agreement allows only tab and line breaks — remove the escape sequence`,
    aliasCycle: (name: string) =>
      `alias *${name} refers to a list or mapping that contains it (a cycle)`,
    complexKey: "keys must be plain text (no lists or mappings as keys)",
    unknownTag: (tag: string) =>
      `unknown YAML tag (${tag}); agree does not evaluate tags — remove the "!…" before the value`,
    severalDocuments:
      "several YAML documents in one file (---); a file holds exactly one agreement",
    tabIndent: "tab used for indentation; YAML allows spaces only",
  },
  load: {
    baseFile: (file: string, problem: string) =>
      `base file ${file}: ${problem}`,
    empty: 'file is empty; an agreement starts with "schemaVersion: 1"',
    notMapping:
      "the file must be a mapping (key: value), not a list or a single value",
    extendsNotPath: "`extends` must be a file path (relative to this file)",
    extendsCycle: (chain: string) =>
      `\`extends\` forms a cycle: ${chain}. Remove one of the references.`,
    extendsTooLong: (max: number) =>
      `\`extends\` chain longer than ${max} files`,
    pdfTooBig: (size: number, max: number) =>
      `the PDF is ${(size / 1024 / 1024).toFixed(1)} MB; agree reads PDFs of at most ${max / 1024 / 1024} MB`,
  },
  write: {
    errno: (code: string) =>
      `${
        (
          {
            EACCES: "permission denied",
            EPERM: "permission denied",
            EROFS: "read-only file system",
            ENOSPC: "no space left on the device",
            EDQUOT: "disk quota exceeded",
            ENOENT: "the directory is gone or does not take files",
            EISDIR: "a directory of that name is in the way",
            ENOTDIR: "a part of the path is a file",
            EMFILE: "too many open files",
            ENAMETOOLONG: "path too long",
          } as Record<string, string>
        )[code] ?? "input/output error"
      } (${code})`,
    badFileName: (name: string) =>
      `"${name}" is not an allowed output file name (a–z, 0–9, dot, hyphen, underscore only; not a device name such as con, nul, com1)`,
    outUnderFile: (dir: string) =>
      `--out ${dir}: a part of the path is a file, not a directory`,
    outInaccessible: (dir: string, why: string) =>
      `output directory ${dir} cannot be accessed: ${why}`,
    outNotCreated: (dir: string, why: string) =>
      `cannot create output directory ${dir}: ${why}`,
    outMissing: (dir: string) =>
      `output directory ${dir} does not exist. Create it (mkdir -p ${dir}) or choose another with --out.`,
    outIsFile: (dir: string) => `--out ${dir} is a file, not a directory`,
    outNotWritable: (dir: string) =>
      `output directory ${dir} is not writable (check its permissions)`,
    cannotWrite: (target: string, why: string) =>
      `cannot write ${target}: ${why}`,
  },
  ruleFailed: (rule: string, why: string) =>
    `internal error in rule ${rule} (${why}); please report it as a bug. The other rules were checked.`,
  results: {
    emptyFile:
      'file is empty; a results file starts with "agreement: <id of the agreement>" — `agree review AGREEMENT.yaml --format yaml` writes one to fill in',
    notMapping:
      "the results file must be a mapping (key: value), not a list or a single value",
  },
  pdfResults: {
    unreadable: (
      code:
        | "not-pdf"
        | "truncated"
        | "encrypted"
        | "damaged"
        | "too-large"
        | "unsupported",
    ): string =>
      ({
        "not-pdf": "is not a PDF file",
        truncated:
          "the PDF is incomplete (truncated); save or transfer the filled checklist again",
        encrypted:
          "the PDF is encrypted or password-protected; agree reads only unencrypted checklists. Save it without a password (in Acrobat: File › Properties › Security › No Security)",
        damaged:
          "the PDF is damaged and cannot be read; save the filled checklist again",
        "too-large":
          "the PDF holds more than agree reads in reasonable time and memory; is it really a checklist from agree review?",
        unsupported:
          "the PDF uses an encoding agree does not read; save the checklist again from another viewer",
      })[code],
    notChecklist:
      'is not a checklist from agree review (it has no field "agree.checklist"). Fill in the checklist that `agree review AGREEMENT.yaml --format pdf` writes.',
    otherAgreement: (
      given: { agreement: string; version: string },
      expected: { agreement: string; version: string },
    ): string =>
      `This checklist belongs to agreement "${given.agreement}" (version of ${given.version}), but "${expected.agreement}" (version of ${expected.version}) is being evaluated. Choose the matching checklist or agreement.`,
    otherVersion: (
      given: { agreement: string; version: string },
      expected: { agreement: string; version: string },
    ): string =>
      `This checklist was made for the version of ${given.version} of agreement "${given.agreement}"; the agreement is now at the version of ${expected.version}. Evaluate it against the version of ${given.version}, or fill in a new checklist (agree review … --format pdf).`,
    otherTasks: (
      given: { agreement: string; version: string },
      expected: { agreement: string; version: string },
    ): string =>
      `The tasks of agreement "${expected.agreement}" changed after this checklist was made (both at the version of ${given.version}); the answers may no longer match the tasks. Fill in a new checklist (agree review … --format pdf).`,
    tooLong: (length: number, max: number): string =>
      `text is too long (${length} characters; at most ${max}); shorten it`,
    control: (c: string): string =>
      `text contains a control character (${char(c)}); remove it from the field`,
    notADate: (typed: string): string =>
      `"${typed.slice(0, 40)}" is not a date; write e.g. 12/03/2027 or 2027-03-12`,
    notACount: (typed: string): string =>
      `"${typed.slice(0, 40)}" is not a number; enter the number of meetings in digits, e.g. 3`,
  },
  record: {
    yamlError: 'YAML error',
    noReviewDate:
      "The results give no date of the review (`reviewDate`); without it the review cannot be recorded. Fill it in and run the command again.",
    stdin:
      "--record writes into the agreement file; an agreement read from standard input (-) cannot be changed. Name the file instead.",
    unreadable: (file: string, why: string): string =>
      `${file} cannot be read for changing (${why}); nothing was written.`,
    older: (date: string, last: string, file: string): string =>
      `The results are from ${date}, but ${file} already records a later review (${last}); nothing was written. Record only the newest review.`,
    unsafe: (file: string): string =>
      `${file} could not be changed without changing more than the review's dates; nothing was written. Set \`review.lastReview\` by hand.`,
  },
};
