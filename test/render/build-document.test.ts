import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/render/build-document.js';
import type { Block, DocumentModel, Section } from '../../src/render/document.js';
import { agreement, dithmarschenYaml, englishYaml, luebeckYaml } from './fixtures/agreements.js';

const headings = (m: DocumentModel) => m.sections.map((s) => `${s.number} ${s.heading}`);
const section = (m: DocumentModel, heading: string): Section => {
  const s = m.sections.find((x) => x.heading === heading);
  if (!s) throw new Error(`no section ${heading}: ${headings(m).join(' | ')}`);
  return s;
};
const texts = (blocks: Block[]): string[] =>
  blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : b.type === 'list' ? b.items : b.rows.flat()));

describe('buildDocument: Dithmarschen (de)', () => {
  const m = buildDocument(agreement(dithmarschenYaml));

  it('has title, "zwischen" and the party blocks of the seed', () => {
    expect(m.lang).toBe('de');
    expect(m.title).toBe('Kooperationsvereinbarung');
    expect(m.between).toBe('zwischen');
    expect(m.and).toBe('und');
    expect(m.parties).toEqual([
      {
        lines: [
          'Migrationssozialberatung (MSB) und Jugendmigrationsdienst (JMD)',
          'Anschrift: Diakonisches Werk Dithmarschen (DWD)',
          'Nordermarkt 8',
          '25704 Meldorf',
        ],
      },
      {
        lines: ['Arbeitsgemeinschaft für Arbeit und Soziales im Kreis Dithmarschen (Arge)', 'Anschrift: Rungholtstraße 1', '25746 Heide'],
      },
    ]);
  });

  it('numbers the sections in the agreed order and leaves out empty ones', () => {
    expect(headings(m)).toEqual([
      '1 Gegenstand und Zweck der Vereinbarung',
      '2 Aufteilung der Zuständigkeiten',
      '3 Ziele',
      '4 Ansprechpersonen',
      '5 Datenschutz',
      '6 Laufzeit und Kündigung',
      '7 Änderungen',
      '8 Überprüfung',
      '9 Anlagen',
    ]);
    expect(section(m, 'Aufteilung der Zuständigkeiten').subsections.map((s) => `${s.number} ${s.heading}`)).toEqual([
      '2.1 Aufgaben der Migrationssozialberatung und des Jugendmigrationsdienstes',
      '2.2 Aufgaben der Arge',
      '2.3 Gemeinsame Aufgaben',
    ]);
  });

  it('writes purpose and legal basis', () => {
    expect(texts(section(m, 'Gegenstand und Zweck der Vereinbarung').blocks)).toContain('Rechtsgrundlagen: § 18 SGB II, § 45 AufenthG.');
  });

  it('lists tasks with lead-in, cost bearer, and shared-task details', () => {
    const [msb, arge, shared] = section(m, 'Aufteilung der Zuständigkeiten').subsections;
    expect(section(m, 'Aufteilung der Zuständigkeiten').blocks).toEqual([
      { type: 'paragraph', text: 'Für die erfolgreiche Umsetzung wird folgende Aufgabenverteilung vereinbart:' },
    ]);
    expect(texts(msb!.blocks)).toContain('Erstberatung');
    // notes given: the generated target-group line would repeat them
    expect(texts(msb!.blocks).some((t) => t.startsWith('Zielgruppe'))).toBe(false);
    expect(texts(arge!.blocks)[0]).toBe('Im Rahmen dieser Vereinbarung gehören zu den Aufgaben der Arge:');
    expect(texts(arge!.blocks)).toContain(
      'Förderung von Integrationsmaßnahmen wie Alphabetisierung und fachspezifischen Sprachkursen (Kostenübernahme durch die Arge)',
    );
    expect(texts(shared!.blocks)).toEqual([
      'Regelmäßiges Zusammentreffen von Arbeitsvermittlern und Migrationssozialberatern (federführend: Arge; vierteljährlich)',
      'Berufswegeplanung',
      'Anerkennung von Zeugnissen und Diplomen (Kostenübernahme durch die Arge)',
    ]);
  });

  it('writes goals with indicators', () => {
    expect(texts(section(m, 'Ziele').blocks)).toContain(
      'ein kommunales Netzwerk zur Unterstützung der Integration junger Zugewanderter aufbauen. Indikatoren: Zahl der Netzwerkpartner; Zahl der gemeinsamen Fallbesprechungen.',
    );
  });

  it('generates the data-protection section from the data flows', () => {
    expect(texts(section(m, 'Datenschutz').blocks)).toEqual([
      'Personenbezogene Daten werden zwischen den Kooperationspartnern wie folgt übermittelt:',
      'Die Arge übermittelt dem Diakonischen Werk Dithmarschen folgende Angaben: Fehlzeiten und Kursabbrüche. ' +
        'Zweck: Teilnehmermotivation und Abbruchprävention. ' +
        'Grundlage: Einwilligung der betroffenen Person (Anlage 1 Einwilligungserklärung). ' +
        'Zugehörige Aufgabe: „Unterrichtung des DWD bei Fernbleiben vom Unterricht bzw. Kursabbruch“.',
      'Die Arge übermittelt der Migrationssozialberatung folgende Angaben: Name und Anschrift. Zweck: Kontaktaufnahme. Rechtsgrundlage: § 50 SGB II.',
      'Für das Diakonische Werk Dithmarschen gilt das Kirchengesetz über den Datenschutz der Evangelischen Kirche in Deutschland (DSG-EKD).',
    ]);
  });

  it('writes contacts as a table with the list date', () => {
    const blocks = section(m, 'Ansprechpersonen').blocks;
    expect(blocks[0]).toEqual({
      type: 'table',
      columns: ['Einrichtung', 'Name', 'Funktion', 'Thema', 'Telefon / E-Mail'],
      rows: [
        ['DWD', 'Sabine Kühl', 'Migrationssozialberatung', 'Integrationskurse', '04832 000-10\nkuehl@example.org'],
        ['Arge', 'Uwe Reimers', 'Arbeitsvermittlung', '', 'reimers@example.org'],
      ],
    });
    expect(blocks[1]).toEqual({ type: 'paragraph', text: 'Stand der Liste: 6. Juli 2006.' });
  });

  it('writes term, amendment and review clauses', () => {
    expect(texts(section(m, 'Laufzeit und Kündigung').blocks)).toEqual([
      'Diese Vereinbarung gilt ab dem 6. Juli 2006 und ist unbefristet. Sie kann von jedem Kooperationspartner mit einer Frist von drei Monaten gekündigt werden.',
    ]);
    expect(texts(section(m, 'Änderungen').blocks)).toEqual([
      'Diese Kooperationsvereinbarung kann jederzeit geändert werden, wenn einer der Partner dies wünscht. Der Änderungswunsch ist schriftlich und konkret anzumelden.',
    ]);
    expect(texts(section(m, 'Überprüfung').blocks)).toEqual([
      'Diese Vereinbarung wird einmal jährlich von beiden Kooperationspartnern auf ihre weitere Gültigkeit und Praktikabilität hin überprüft. Zur Überprüfung lädt das Diakonische Werk Dithmarschen ein.',
      'Letzte Überprüfung: 1. Juli 2007.',
    ]);
    expect(texts(section(m, 'Anlagen').blocks)).toEqual(['Anlage 1 Einwilligungserklärung', 'Anlage 2 Ansprechpersonenliste']);
  });

  it('dates the document and fills footer, page label and metadata', () => {
    expect(m.stand).toBe('Stand 6. Juli 2006');
    expect(m.footer).toBe('Kooperationsvereinbarung · Kreis Dithmarschen · Stand 6. Juli 2006');
    expect(m.pageLabel).toBe('Seite {page} von {pages}');
    expect(m.meta).toEqual({
      title: 'Kooperationsvereinbarung – Kreis Dithmarschen',
      subject:
        'Kooperationsvereinbarung zwischen dem Diakonischen Werk Dithmarschen und der Arbeitsgemeinschaft für Arbeit und Soziales im Kreis Dithmarschen',
      author: 'Diakonisches Werk Dithmarschen; Arbeitsgemeinschaft für Arbeit und Soziales im Kreis Dithmarschen',
      keywords: 'Kooperationsvereinbarung, Kreis Dithmarschen, DWD, Migrationssozialberatung, Jugendmigrationsdienst, Arge',
      lang: 'de',
      date: '2006-07-06',
    });
  });

  it('has one signature block per partner, captioned with the short name', () => {
    expect(m.signatures).toEqual([
      {
        partnerId: 'dwd',
        fieldId: 'dwd',
        partyName: 'Diakonisches Werk Dithmarschen',
        role: '',
        signatoryName: '',
        placeDateCaption: 'Ort, Datum',
        signatureCaption: 'Unterschrift (DWD)',
      },
      {
        partnerId: 'arge',
        fieldId: 'arge',
        partyName: 'Arbeitsgemeinschaft für Arbeit und Soziales im Kreis Dithmarschen',
        role: '',
        signatoryName: '',
        placeDateCaption: 'Ort, Datum',
        signatureCaption: 'Unterschrift (Arge)',
      },
    ]);
  });

  it('is deterministic', () => {
    expect(buildDocument(agreement(dithmarschenYaml))).toEqual(m);
  });
});

describe('buildDocument: English', () => {
  const m = buildDocument(agreement(englishYaml));

  it('uses English wording and dates', () => {
    expect(m.title).toBe('Cooperation Agreement');
    expect(m.between).toBe('between');
    expect(m.stand).toBe('Version of 1 March 2024');
    expect(m.pageLabel).toBe('Page {page} of {pages}');
    expect(headings(m)).toEqual([
      '1 Subject and Purpose of the Agreement',
      '2 Division of Responsibilities',
      '3 Data Protection',
      '4 Term and Termination',
      '5 Amendments',
      '6 Review',
    ]);
    expect(section(m, 'Division of Responsibilities').subsections.map((s) => s.heading)).toEqual([
      'Tasks of the Migration Counselling for Adult Immigrants and the Youth Migration Service',
      'Tasks of the Jobcenter Kiel',
      'Shared Tasks',
    ]);
  });

  it('writes English clauses', () => {
    const shared = section(m, 'Division of Responsibilities').subsections[2]!;
    expect(texts(shared.blocks)).toEqual(['Joint case conferences (lead: Jobcenter Kiel; every six months; costs covered by the Jobcenter Kiel)']);
    expect(texts(section(m, 'Data Protection').blocks)).toEqual([
      'Personal data is passed between the partners as follows:',
      'The Jobcenter Kiel passes the following data to the Migration Counselling for Adult Immigrants and the Youth Migration Service: absences and course drop-outs. Purpose: preventing course drop-outs. Basis: consent of the person concerned (Annex 1 consent form).',
      'The Catholic Church Data Protection Act (KDG) applies to the Caritas Kiel.',
    ]);
    expect(texts(section(m, 'Term and Termination').blocks)).toEqual([
      "This agreement applies from 1 April 2024 until 31 March 2026. Each partner may terminate it by giving one month's notice.",
    ]);
    expect(texts(section(m, 'Amendments').blocks)).toEqual(['This cooperation agreement may be amended at any time if one of the partners so wishes.']);
    expect(texts(section(m, 'Review').blocks)).toEqual([
      'This agreement is reviewed every two years by both partners for its continued validity and practicability. The review is convened by the Jobcenter Kiel.',
    ]);
  });

  it('adds the target group of a unit when the responsibility has no notes', () => {
    const units = section(m, 'Division of Responsibilities').subsections[0]!;
    expect(texts(units.blocks)).toContain('Target group (JMD): aged 12 to 27.');
  });

  it('gives each of several signatories of one partner its own block and field id', () => {
    expect(m.signatures.map((s) => [s.partnerId, s.fieldId, s.role, s.signatoryName, s.signatureCaption])).toEqual([
      ['caritas', 'caritas-1', 'Director', 'Ольга Петрова', 'Signature (Caritas)'],
      ['caritas', 'caritas-2', 'Deputy Director', 'Ali Yılmaz', 'Signature (Caritas)'],
      ['jc-kiel', 'jc-kiel', 'the Managing Director', '', 'Signature (Jobcenter Kiel)'],
    ]);
    expect(m.signatures[0]!.placeDateCaption).toBe('Place, date');
  });
});

describe('buildDocument: informal (Lübeck) → cooperation profile', () => {
  const m = buildDocument(agreement(luebeckYaml));

  it('is a profile without "zwischen" and without signatures', () => {
    expect(m.kind).toBe('informal');
    expect(m.title).toBe('Kooperationsprofil');
    expect(m.between).toBe('');
    expect(m.subtitle).toBe('Hansestadt Lübeck');
    expect(m.signatures).toEqual([]);
    expect(headings(m)).toEqual([
      '1 Beteiligte',
      '2 Ansprechpersonen',
      '3 Gremien und Arbeitskreise',
      '4 Angebote',
      '5 Aufgaben',
      '6 Ziele',
      '7 Überprüfung',
    ]);
  });

  it('lists participants, contacts and the dates of the contact lists', () => {
    expect(texts(section(m, 'Beteiligte').blocks)).toEqual([
      'ARGE Hansestadt Lübeck',
      'Gemeindediakonie Lübeck (GDL) mit Jugendmigrationsdienst (JMD)',
      'Zielgruppe (JMD): 12 bis 27 Jahre.',
    ]);
    const contacts = section(m, 'Ansprechpersonen').blocks;
    expect(contacts[0]).toMatchObject({ type: 'table', columns: ['Einrichtung', 'Name', 'Funktion', 'Thema', 'Telefon / E-Mail'] });
    expect(texts(contacts)).toContain('Stand der Liste (ARGE Hansestadt Lübeck): 15. August 2006.');
    expect(texts(contacts)).toContain('Stand der Liste (Gemeindediakonie Lübeck): 20. August 2006.');
  });

  it('writes bodies and offers with their parties', () => {
    expect(texts(section(m, 'Gremien und Arbeitskreise').blocks)).toEqual([
      'Steuerungsgruppe Migration der Hansestadt Lübeck – Entwicklung des Integrationskonzeptes der Hansestadt.',
      'Arbeitskreis Migration – Einladung: Gemeindediakonie Lübeck. Mitglieder: ARGE Hansestadt Lübeck und Jugendmigrationsdienst. Turnus: monatlich.',
    ]);
    expect(texts(section(m, 'Angebote').blocks)).toEqual([
      'Alphabetisierungskurse für Migranten – Finanzierung: ARGE Hansestadt Lübeck.',
      'Aktivierung und Orientierung mit Deutsch – Trainingsmaßnahme im Anschluss an den Integrationskurs.',
    ]);
    expect(texts(section(m, 'Überprüfung').blocks)).toEqual([
      'Dieses Kooperationsprofil wird einmal jährlich von beiden Kooperationspartnern auf seine Aktualität hin überprüft.',
    ]);
  });
});

describe('buildDocument: nothing the YAML does not say', () => {
  const base = agreement(dithmarschenYaml);
  const termText = (term: unknown) => {
    const m = buildDocument({ ...base, term } as typeof base);
    const s = m.sections.find((x) => /Laufzeit|Kündigung/.test(x.heading));
    return s ? `${s.heading}: ${texts(s.blocks).join(' ')}` : null;
  };

  it('has no term section without term, and the sections after it move up', () => {
    const m = buildDocument({ ...base, term: undefined });
    expect(headings(m)).toEqual([
      '1 Gegenstand und Zweck der Vereinbarung',
      '2 Aufteilung der Zuständigkeiten',
      '3 Ziele',
      '4 Ansprechpersonen',
      '5 Datenschutz',
      '6 Änderungen',
      '7 Überprüfung',
      '8 Anlagen',
    ]);
    expect(JSON.stringify(m)).not.toMatch(/unbefristet|gekündigt/);
    expect(termText({})).toBeNull();
  });

  it('says "unbefristet" only when the term says so, and names in the heading what the section holds', () => {
    expect(termText({ indefinite: true })).toBe('Laufzeit: Diese Vereinbarung ist unbefristet.');
    expect(termText({ until: null })).toBe('Laufzeit: Diese Vereinbarung ist unbefristet.');
    expect(termText({ from: '2026-04-01' })).toBe('Laufzeit: Diese Vereinbarung gilt ab dem 1. April 2026.');
    expect(termText({ from: '2026-04-01', indefinite: true })).toBe('Laufzeit: Diese Vereinbarung gilt ab dem 1. April 2026 und ist unbefristet.');
    expect(termText({ until: '2027-12-31' })).toBe('Laufzeit: Diese Vereinbarung gilt bis zum 31. Dezember 2027.');
    expect(termText({ noticeMonths: 6 })).toBe('Kündigung: Diese Vereinbarung kann von jedem Kooperationspartner mit einer Frist von sechs Monaten gekündigt werden.');
    expect(termText({ noticeMonths: 0 })).toBe(
      'Kündigung: Diese Vereinbarung kann von jedem Kooperationspartner jederzeit ohne Einhaltung einer Frist gekündigt werden.',
    );
    expect(termText({ from: '2026-04-01', noticeMonths: 1 })).toBe(
      'Laufzeit und Kündigung: Diese Vereinbarung gilt ab dem 1. April 2026. Sie kann von jedem Kooperationspartner mit einer Frist von einem Monat gekündigt werden.',
    );
  });

  it('in English too', () => {
    const en = agreement(englishYaml);
    const term = (t: unknown) => {
      const s = buildDocument({ ...en, term: t } as typeof en).sections.find((x) => /Term/.test(x.heading));
      return s ? `${s.heading}: ${texts(s.blocks).join(' ')}` : null;
    };
    expect(term(undefined)).toBeNull();
    expect(term({ from: '2024-04-01' })).toBe('Term: This agreement applies from 1 April 2024.');
    expect(term({ indefinite: true })).toBe('Term: This agreement is concluded for an indefinite period.');
    expect(term({ noticeMonths: 3 })).toBe("Termination: Each partner may terminate this agreement by giving three months' notice.");
  });

  it('has no amendment section without amendment', () => {
    const m = buildDocument({ ...base, amendment: undefined });
    expect(m.sections.map((s) => s.heading)).not.toContain('Änderungen');
    expect(JSON.stringify(m)).not.toContain('geändert werden');
  });

  it('says "regelmäßig" when the review gives no interval, not an invented "einmal jährlich"', () => {
    const m = buildDocument({ ...base, review: { owner: 'arge' } });
    expect(texts(section(m, 'Überprüfung').blocks)[0]).toBe(
      'Diese Vereinbarung wird regelmäßig von beiden Kooperationspartnern auf ihre weitere Gültigkeit und Praktikabilität hin überprüft. Zur Überprüfung lädt die Arge ein.',
    );
    expect(headings(buildDocument({ ...base, review: undefined })).some((h) => h.endsWith('Überprüfung'))).toBe(false);
  });

  it('asks the date once per signature block: "Ort, Datum" and "Unterschrift (…)"', () => {
    const m = buildDocument(base);
    for (const s of m.signatures) {
      expect(`${s.placeDateCaption} ${s.signatureCaption}`.match(/Datum/g)).toHaveLength(1);
    }
  });

  it('keeps the seed\'s single line "Datum, Unterschrift (DWD)" with signatureLines: combined', () => {
    const m = buildDocument({ ...base, signatureLines: 'combined' });
    expect(m.signatures.map((s) => [s.placeDateCaption, s.signatureCaption])).toEqual([
      ['', 'Datum, Unterschrift (DWD)'],
      ['', 'Datum, Unterschrift (Arge)'],
    ]);
    const en = buildDocument({ ...agreement(englishYaml), signatureLines: 'combined' });
    expect(en.signatures.map((s) => s.signatureCaption)).toContain('Date, signature (Caritas)');
  });
});

describe('buildDocument: variants', () => {
  const base = agreement(dithmarschenYaml);

  it('joins three partners and reviews with all of them', () => {
    const doc = {
      ...base,
      partners: [...base.partners, { id: 'vhs', name: 'Volkshochschule Husum', address: { street: 'Schulstraße 12', postalCode: '25813', city: 'Husum' } }],
      responsibilities: [...(base.responsibilities ?? []), { by: 'vhs', tasks: ['Integrationskurse'] }],
      review: { intervalMonths: 24, owner: 'arge' },
    };
    const m = buildDocument(doc);
    expect(m.parties).toHaveLength(3);
    expect(m.signatures.map((s) => s.signatureCaption)).toEqual([
      'Unterschrift (DWD)',
      'Unterschrift (Arge)',
      'Unterschrift (Volkshochschule Husum)',
    ]);
    expect(section(m, 'Aufteilung der Zuständigkeiten').subsections.map((s) => s.heading)).toContain('Aufgaben der Volkshochschule Husum');
    expect(texts(section(m, 'Überprüfung').blocks)[0]).toBe(
      'Diese Vereinbarung wird alle zwei Jahre von allen Kooperationspartnern auf ihre weitere Gültigkeit und Praktikabilität hin überprüft. Zur Überprüfung lädt die Arge ein.',
    );
    expect(m.meta.subject).toBe(
      'Kooperationsvereinbarung zwischen dem Diakonischen Werk Dithmarschen, der Arbeitsgemeinschaft für Arbeit und Soziales im Kreis Dithmarschen und der Volkshochschule Husum',
    );
  });

  it('falls back to grammatical constructions for names it cannot decline', () => {
    const doc = {
      ...base,
      partners: [
        base.partners[0]!,
        { id: 'tafel', name: 'Kieler Tafel', address: { street: 'A 1', postalCode: '24103', city: 'Kiel' } },
      ],
      responsibilities: [{ by: 'tafel', tasks: ['Ausgabe von Lebensmitteln'] }],
      dataFlows: [{ from: 'tafel', to: 'dwd', data: ['Name'], purpose: 'Beratung', legalBasis: 'consent' as const, consentForm: 'Anlage 1' }],
      sharedTasks: [],
      review: { intervalMonths: 6, owner: 'tafel' },
    };
    const m = buildDocument(doc);
    const resp = section(m, 'Aufteilung der Zuständigkeiten').subsections[0]!;
    expect(resp.heading).toBe('Aufgaben von Kieler Tafel');
    expect(texts(resp.blocks)[0]).toBe('Im Rahmen dieser Vereinbarung gehören zu den Aufgaben von Kieler Tafel:');
    expect(texts(section(m, 'Datenschutz').blocks)[1]).toBe(
      'Übermittlung von Kieler Tafel an das Diakonische Werk Dithmarschen: Name. Zweck: Beratung. Grundlage: Einwilligung der betroffenen Person (Anlage 1).',
    );
    expect(texts(section(m, 'Überprüfung').blocks)[0]).toBe(
      'Diese Vereinbarung wird halbjährlich von beiden Kooperationspartnern auf ihre weitere Gültigkeit und Praktikabilität hin überprüft. Zur Überprüfung lädt ein: Kieler Tafel.',
    );
  });

  it('writes an amendment clause without written request when writtenRequest is not true', () => {
    for (const amendment of [{ writtenRequest: false }, {}]) {
      const m = buildDocument({ ...base, amendment });
      expect(texts(section(m, 'Änderungen').blocks)).toEqual([
        'Diese Kooperationsvereinbarung kann jederzeit geändert werden, wenn einer der Partner dies wünscht.',
      ]);
    }
  });

  it('writes "vertreten durch" with an article for a role, as written for a name', () => {
    const p = (representedBy: string) =>
      buildDocument({ ...base, partners: [base.partners[0]!, { ...base.partners[1]!, representedBy }] }).parties[1]!.lines.at(-1);
    expect(p('Geschäftsführung')).toBe('vertreten durch die Geschäftsführung');
    expect(p('Uwe Reimers')).toBe('vertreten durch Uwe Reimers');
  });

  it('keeps a custom title and defaults language to German', () => {
    const m = buildDocument({ ...base, language: undefined, title: 'Vereinbarung über die Zusammenarbeit' });
    expect(m.lang).toBe('de');
    expect(m.title).toBe('Vereinbarung über die Zusammenarbeit');
    expect(m.meta.title).toBe('Vereinbarung über die Zusammenarbeit – Kreis Dithmarschen');
  });
});
