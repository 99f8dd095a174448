// Each kind of change, as a pair of versions of one agreement: the change list
// of `agree diff --format json` and the sentence the amendment states it with
// ("In Nummer 2.1 wird nach dem ersten Spiegelstrich folgender Spiegelstrich
// eingefügt: …"). The base agreement renders as 1 Gegenstand, 2 Zuständigkeiten
// (2.1 MBE, 2.2 Jobcenter, 2.3 Gemeinsame Aufgaben), 3 Ziele,
// 4 Ansprechpersonen, 5 Datenschutz, 6 Laufzeit, 7 Änderungen, 8 Überprüfung,
// 9 Anlagen.

import { describe, expect, it } from 'vitest';
import { base, diffJson, stated, variant, type Doc } from './helpers.js';

type Expected = { subject: string; change: string; id?: { old: string | null; new: string | null }; sentence: string | null; attention?: string[] };

async function expectChanges(edit: (d: Doc) => void, expected: Expected[], lang = 'de') {
  const json = await diffJson(base, variant(edit), lang);
  const got = stated(json).map((c) => ({ subject: c.subject, change: c.change, ...(c.id ? { id: c.id } : {}), sentence: c.sentence, ...(c.attention.length ? { attention: c.attention } : {}) }));
  expect(got).toEqual(expected.map((e) => ({ subject: e.subject, change: e.change, ...(e.id ? { id: e.id } : {}), sentence: e.sentence, ...(e.attention ? { attention: e.attention } : {}) })));
  return json;
}

describe('partners and units', () => {
  it('a partner renamed (same id)', async () => {
    await expectChanges((d) => (d.partners[1].name = 'Jobcenter Kreis Test'), [
      { subject: 'partner', change: 'renamed', id: { old: 'jc', new: 'jc' }, sentence: 'Das Jobcenter Test führt künftig den Namen „Jobcenter Kreis Test“.' },
    ]);
  });

  it('a new address: "Die Anschrift des Jobcenters lautet: …"', async () => {
    const json = await expectChanges((d) => (d.partners[1].address = { street: 'Rathausplatz 3', postalCode: '25746', city: 'Heide' }), [
      { subject: 'partner', change: 'changed', id: { old: 'jc', new: 'jc' }, sentence: 'Die Anschrift des Jobcenters Test lautet: Rathausplatz 3, 25746 Heide.' },
    ]);
    expect(json.changes[0]!.fields).toEqual([{ field: 'address', old: 'Marktplatz 2, 25746 Heide', new: 'Rathausplatz 3, 25746 Heide' }]);
  });

  it('a partner replaced by another of the same type (its successor), with every reference following it', async () => {
    const json = await expectChanges(
      (d) => {
        d.partners[1] = { ...d.partners[1], id: 'arge', name: 'Arbeitsgemeinschaft für Arbeit und Soziales im Kreis Test', shortName: 'ARGE' };
        d.responsibilities[1].by = 'arge';
        for (const t of d.sharedTasks) t.lead = 'arge';
        d.dataFlows[0].from = 'arge';
      },
      [
        {
          subject: 'partner',
          change: 'replaced',
          id: { old: 'jc', new: 'arge' },
          sentence: 'An die Stelle des Jobcenters Test tritt die Arbeitsgemeinschaft für Arbeit und Soziales im Kreis Test (ARGE), Marktplatz 2, 25746 Heide.',
        },
      ],
    );
    // the tasks, shared tasks and the data flow of the old partner are the new one's: not moved, not changed
    expect(json.changes.filter((c) => c.subject !== 'partner').map((c) => c.subject)).toEqual([]);
  });

  it('a partner joins; its tasks, contacts and the new subsection are stated', async () => {
    await expectChanges(
      (d) => {
        d.partners.push({ id: 'caritas', name: 'Caritasverband Test', type: 'welfare', address: { street: 'Am Markt 5', postalCode: '25704', city: 'Meldorf' }, contacts: [{ name: 'Ute Lange' }], contactsUpdated: '2026-01-10' });
        d.responsibilities.push({ by: 'caritas', tasks: ['Sprachcafé'] });
      },
      [
        { subject: 'partner', change: 'added', id: { old: null, new: 'caritas' }, sentence: 'Der Vereinbarung tritt der Caritasverband Test, Am Markt 5, 25704 Meldorf, als weiterer Kooperationspartner bei.' },
        {
          subject: 'responsibility',
          change: 'added',
          sentence: 'Nach Nummer 2.2 wird folgende Nummer 2.3 „Aufgaben des Caritasverbandes Test“ eingefügt: „Im Rahmen dieser Vereinbarung gehören zu den Aufgaben des Caritasverbandes Test: – Sprachcafé“',
        },
        {
          subject: 'task',
          change: 'added',
          id: { old: null, new: 'sprachcafe' },
          sentence: 'Nach Nummer 2.2 wird folgende Nummer 2.3 „Aufgaben des Caritasverbandes Test“ eingefügt: „Im Rahmen dieser Vereinbarung gehören zu den Aufgaben des Caritasverbandes Test: – Sprachcafé“',
        },
        { subject: 'contact', change: 'added', sentence: 'In Nummer 4 wird folgende Ansprechperson aufgenommen: „Caritasverband Test: Ute Lange“.' },
      ],
    );
  });

  it('a partner leaves', async () => {
    const withCaritas = (d: Doc) => d.partners.push({ id: 'caritas', name: 'Caritasverband Test', address: { street: 'Am Markt 5', postalCode: '25704', city: 'Meldorf' } });
    const json = await diffJson(variant(withCaritas), base);
    expect(stated(json).map((c) => [c.subject, c.change, c.sentence])).toEqual([['partner', 'removed', 'Der Caritasverband Test scheidet aus der Vereinbarung aus.']]);
  });

  it('a unit replaced by another of its partner (MBE → MSB)', async () => {
    await expectChanges(
      (d) => {
        d.partners[0].units[0] = { id: 'msb', name: 'Migrationssozialberatung', shortName: 'MSB', service: 'msb' };
        d.responsibilities[0].by = 'msb';
      },
      [
        {
          subject: 'unit',
          change: 'replaced',
          id: { old: 'mbe', new: 'msb' },
          sentence: 'Beim Diakonischen Werk Test (DW) tritt an die Stelle der Migrationsberatung für erwachsene Zuwanderer (MBE) die Migrationssozialberatung (MSB).',
        },
      ],
    );
  });

  it('a unit added', async () => {
    await expectChanges((d) => d.partners[0].units.push({ id: 'jmd', name: 'Jugendmigrationsdienst', shortName: 'JMD', service: 'jmd', targetGroup: { ageMin: 12, ageMax: 27 } }), [
      { subject: 'unit', change: 'added', id: { old: null, new: 'jmd' }, sentence: 'Der Jugendmigrationsdienst (JMD) des Diakonischen Werkes Test (DW) wird in die Vereinbarung einbezogen.' },
    ]);
  });
});

describe('units that leave, bodies that change', () => {
  it('a unit removed', async () => {
    const withJmd = variant((d) => d.partners[0].units.push({ id: 'jmd', name: 'Jugendmigrationsdienst', shortName: 'JMD', service: 'jmd' }));
    const json = await diffJson(withJmd, base);
    expect(stated(json).map((c) => [c.subject, c.change, c.id, c.sentence])).toEqual([
      ['unit', 'removed', { old: 'jmd', new: null }, 'Der Jugendmigrationsdienst (JMD) des Diakonischen Werkes Test (DW) ist nicht mehr Teil der Vereinbarung.'],
    ]);
  });

  it('a body that meets more often, with another member', async () => {
    const withBody = (frequency: string, members: string[]) => (d: Doc) => (d.bodies = [{ name: 'AG Migration', convener: 'jc', members, frequency }]);
    const json = await diffJson(variant(withBody('quarterly', ['jc', 'mbe'])), variant(withBody('monthly', ['jc', 'mbe', 'dw'])));
    expect(json.changes.map((c) => [c.subject, c.change, c.id, c.fields, c.sentence])).toEqual([
      [
        'body',
        'changed',
        { old: 'ag-migration', new: 'ag-migration' },
        [
          { field: 'members', old: ['jc', 'mbe'], new: ['jc', 'mbe', 'dw'] },
          { field: 'frequency', old: 'quarterly', new: 'monthly' },
        ],
        'In Nummer 3 erhält der erste Spiegelstrich folgende Fassung: „AG Migration – Einladung: Jobcenter Test. Mitglieder: Jobcenter Test, Migrationsberatung für erwachsene Zuwanderer und Diakonisches Werk Test. Turnus: monatlich.“',
      ],
    ]);
  });
});

describe('contacts', () => {
  it('a contact changed, one added, one struck out', async () => {
    await expectChanges(
      (d) => {
        d.partners[1].contacts[0].email = 'm.beispiel@example.org';
        d.partners[1].contacts.push({ name: 'Lea Neu', role: 'Teamleitung' });
        d.partners[0].contacts = [];
      },
      [
        // in the order of the contact table: the DW's first
        { subject: 'contact', change: 'removed', sentence: 'In Nummer 4 wird die Ansprechperson Erika Muster (DW) gestrichen.' },
        { subject: 'contact', change: 'changed', sentence: 'In Nummer 4 erhalten die Angaben zu Max Beispiel (Jobcenter Test) folgende Fassung: „Jobcenter Test: Max Beispiel, Arbeitsvermittlung, m.beispiel@example.org“.' },
        { subject: 'contact', change: 'added', sentence: 'In Nummer 4 wird folgende Ansprechperson aufgenommen: „Jobcenter Test: Lea Neu, Teamleitung“.' },
      ],
    );
  });
});

describe('tasks', () => {
  it('a task inserted after the first', async () => {
    await expectChanges((d) => d.responsibilities[0].tasks.splice(1, 0, 'Klärung des Unterstützungsbedarfs'), [
      {
        subject: 'task',
        change: 'added',
        id: { old: null, new: 'klaerung-des-unterstuetzungsbedarfs' },
        sentence: 'In Nummer 2.1 wird nach dem ersten Spiegelstrich folgender Spiegelstrich eingefügt: „Klärung des Unterstützungsbedarfs“.',
      },
    ]);
  });

  it('two tasks inserted at the same place are one instruction', async () => {
    const json = await diffJson(base, variant((d) => d.responsibilities[0].tasks.splice(0, 0, 'Aufsuchende Beratung', 'Sprechstunde im Jobcenter')));
    const sentence = 'In Nummer 2.1 werden vor dem ersten Spiegelstrich folgende Spiegelstriche eingefügt: „– Aufsuchende Beratung – Sprechstunde im Jobcenter“';
    expect(stated(json).map((c) => [c.change, c.new, c.sentence])).toEqual([
      ['added', 'Aufsuchende Beratung', sentence],
      ['added', 'Sprechstunde im Jobcenter', sentence],
    ]);
  });

  it('a task struck out', async () => {
    await expectChanges((d) => d.responsibilities[0].tasks.splice(1, 1), [
      { subject: 'task', change: 'removed', id: { old: 'begleitung-zu-aemtern-und-behoerden', new: null }, sentence: 'In Nummer 2.1 wird der zweite Spiegelstrich („Begleitung zu Ämtern und Behörden“) gestrichen.' },
    ]);
  });

  it('a reworded task with a fixed id keeps it', async () => {
    await expectChanges((d) => (d.responsibilities[1].tasks[1].text = 'Unterrichtung der MBE über Fehlzeiten und Kursabbrüche'), [
      { subject: 'task', change: 'reworded', id: { old: 'kursabbruch-info', new: 'kursabbruch-info' }, sentence: 'In Nummer 2.2 erhält der zweite Spiegelstrich folgende Fassung: „Unterrichtung der MBE über Fehlzeiten und Kursabbrüche“.' },
    ]);
  });

  it('a reworded task without an id (its derived id changes) is one "reworded" change, not a removal and an addition', async () => {
    const json = await expectChanges((d) => (d.responsibilities[0].tasks[1] = 'Begleitung zu Ämtern, Behörden und Beratungsstellen'), [
      {
        subject: 'task',
        change: 'reworded',
        id: { old: 'begleitung-zu-aemtern-und-behoerden', new: 'begleitung-zu-aemtern-behoerden-und' },
        sentence: 'In Nummer 2.1 erhält der zweite Spiegelstrich folgende Fassung: „Begleitung zu Ämtern, Behörden und Beratungsstellen“.',
      },
    ]);
    const c = json.changes[0]!;
    expect([c.old, c.new]).toEqual(['Begleitung zu Ämtern und Behörden', 'Begleitung zu Ämtern, Behörden und Beratungsstellen']);
    expect(c.similarity).toBeGreaterThanOrEqual(0.4);
    expect(json.summary).toMatchObject({ changes: 1, added: 0, removed: 0 });
  });

  it('a different task in the same place is a removal and an addition, not a rewording', async () => {
    const json = await diffJson(base, variant((d) => (d.responsibilities[0].tasks[1] = 'Hilfen bei finanziellen Fragestellungen')));
    expect(json.changes.map((c) => c.change).sort()).toEqual(['added', 'removed']);
  });

  it('a task moved to another party', async () => {
    await expectChanges((d) => d.responsibilities[1].tasks.push(d.responsibilities[0].tasks.splice(2, 1)[0]), [
      {
        subject: 'task',
        change: 'moved',
        id: { old: 'weiterleitung-an-spezielle-fachdienste', new: 'weiterleitung-an-spezielle-fachdienste' },
        sentence:
          'In Nummer 2.1 wird der dritte Spiegelstrich („Weiterleitung an spezielle Fachdienste“) gestrichen. In Nummer 2.2 wird folgender Spiegelstrich angefügt: „Weiterleitung an spezielle Fachdienste“.',
      },
    ]);
  });

  it('a shared task with another lead and frequency', async () => {
    const json = await expectChanges(
      (d) => {
        d.sharedTasks[1].frequency = 'monthly';
        d.sharedTasks[0].lead = 'mbe';
      },
      [
        { subject: 'sharedTask', change: 'changed', id: { old: 'berufswegeplanung', new: 'berufswegeplanung' }, sentence: 'In Nummer 2.3 erhält der erste Spiegelstrich folgende Fassung: „Berufswegeplanung (federführend: Migrationsberatung für erwachsene Zuwanderer)“.' },
        { subject: 'sharedTask', change: 'changed', id: { old: 'regelmaessiges-fachtreffen', new: 'regelmaessiges-fachtreffen' }, sentence: 'In Nummer 2.3 erhält der zweite Spiegelstrich folgende Fassung: „Regelmäßiges Fachtreffen (federführend: Jobcenter Test; monatlich)“.' },
      ],
    );
    expect(json.changes.map((c) => c.fields)).toEqual([[{ field: 'lead', old: 'jc', new: 'mbe' }], [{ field: 'frequency', old: 'quarterly', new: 'monthly' }]]);
  });

  it('a shared task with a cost bearer', async () => {
    const json = await diffJson(base, variant((d) => (d.sharedTasks[0].costBearer = 'jc')));
    expect(json.changes[0]!.fields).toEqual([{ field: 'costBearer', old: null, new: 'jc' }]);
    expect(json.changes[0]!.sentence).toBe('In Nummer 2.3 erhält der erste Spiegelstrich folgende Fassung: „Berufswegeplanung (federführend: Jobcenter Test; Kostenübernahme durch das Jobcenter Test)“.');
  });

  it('a new responsibility: the subsection is inserted and the following ones renumbered', async () => {
    const json = await expectChanges(
      (d) => {
        d.partners[0].units.push({ id: 'jmd', name: 'Jugendmigrationsdienst', shortName: 'JMD', service: 'jmd' });
        d.responsibilities.splice(1, 0, { by: 'jmd', tasks: ['Beratung junger Zugewanderter'] });
      },
      [
        { subject: 'unit', change: 'added', id: { old: null, new: 'jmd' }, sentence: 'Der Jugendmigrationsdienst (JMD) des Diakonischen Werkes Test (DW) wird in die Vereinbarung einbezogen.' },
        {
          subject: 'responsibility',
          change: 'added',
          sentence: 'Nach Nummer 2.1 wird folgende Nummer 2.2 „Aufgaben des Jugendmigrationsdienstes“ eingefügt: „Im Rahmen dieser Vereinbarung gehören zu den Aufgaben des Jugendmigrationsdienstes: – Beratung junger Zugewanderter“',
        },
        {
          subject: 'task',
          change: 'added',
          id: { old: null, new: 'beratung-junger-zugewanderter' },
          sentence: 'Nach Nummer 2.1 wird folgende Nummer 2.2 „Aufgaben des Jugendmigrationsdienstes“ eingefügt: „Im Rahmen dieser Vereinbarung gehören zu den Aufgaben des Jugendmigrationsdienstes: – Beratung junger Zugewanderter“',
        },
      ],
    );
    // the Jobcenter's tasks were 2.2 and are 2.3 now
    expect(json.changes.filter((c) => c.subject === 'task').map((c) => c.section)).toEqual([{ old: null, new: '2.2' }]);
  });
});

describe('data protection: what the data-protection officers must see', () => {
  it('a new data flow', async () => {
    const json = await expectChanges(
      (d) => d.dataFlows.push({ from: 'dw', to: 'jc', data: ['Teilnahmebescheinigung'], purpose: 'Nachweis', legalBasis: 'statute', statute: '§ 60 SGB II' }),
      [
        {
          subject: 'dataFlow',
          change: 'added',
          sentence: 'In Nummer 5 wird folgender Spiegelstrich angefügt: „Das Diakonische Werk Test übermittelt dem Jobcenter Test folgende Angaben: Teilnahmebescheinigung. Zweck: Nachweis. Rechtsgrundlage: § 60 SGB II.“',
          attention: ['dataFlowAdded'],
        },
      ],
    );
    expect(json.attention).toEqual([
      { kind: 'dataFlowAdded', change: 0, party: 'dw', message: 'Neue Übermittlung personenbezogener Daten: Diakonisches Werk Test an Jobcenter Test: Teilnahmebescheinigung (Gesetz: § 60 SGB II).' },
    ]);
  });

  it('a changed legal basis', async () => {
    const json = await diffJson(
      base,
      variant((d) => {
        d.dataFlows[0].legalBasis = 'statute';
        d.dataFlows[0].statute = '§ 61 SGB II';
        delete d.dataFlows[0].consentForm;
      }),
    );
    expect(json.changes.map((c) => [c.subject, c.change, c.attention])).toEqual([['dataFlow', 'changed', ['legalBasisChanged']]]);
    expect(json.changes[0]!.sentence).toBe(
      'In Nummer 5 erhält der erste Spiegelstrich folgende Fassung: „Das Jobcenter Test übermittelt dem Diakonischen Werk Test folgende Angaben: Kursabbruch. Zweck: Abbruchprävention. Rechtsgrundlage: § 61 SGB II. Zugehörige Aufgabe: „Unterrichtung der MBE über Kursabbrüche“.“',
    );
  });

  it('a new consent form, and more data passed', async () => {
    const json = await diffJson(
      base,
      variant((d) => {
        d.dataFlows[0].consentForm = 'Anlage 1: Einwilligungserklärung (Fassung 2026)';
        d.dataFlows[0].data.push('Fehlzeiten');
      }),
    );
    expect(json.changes.map((c) => [c.subject, c.attention])).toEqual([['dataFlow', ['dataItemsAdded', 'consentFormChanged']]]);
    expect(json.attention.map((a) => a.message)).toEqual([
      'Eine Datenübermittlung umfasst weitere Angaben: Jobcenter Test an Diakonisches Werk Test: Kursabbruch; Fehlzeiten (Einwilligung, Anlage 1: Einwilligungserklärung (Fassung 2026)).',
      'Die Einwilligungserklärung einer Datenübermittlung ändert sich: Jobcenter Test an Diakonisches Werk Test: Kursabbruch; Fehlzeiten (Einwilligung, Anlage 1: Einwilligungserklärung (Fassung 2026)).',
    ]);
  });

  it("a partner's last task removed", async () => {
    const json = await diffJson(
      base,
      variant((d) => {
        d.responsibilities.splice(1, 1);
        d.sharedTasks = [];
        delete d.dataFlows[0].task;
      }),
    );
    expect(json.attention.map((a) => [a.kind, a.party, a.message])).toEqual([['lastTaskRemoved', 'jc', 'Jobcenter Test hat nach dieser Änderung keine Aufgabe mehr in der Vereinbarung.']]);
    expect(json.changes.find((c) => c.subject === 'responsibility')!.sentence).toBe('Nummer 2.2 („Aufgaben des Jobcenters Test“) wird gestrichen.');
  });
});

describe('goals, bodies, offers, annexes', () => {
  it('a goal with a new indicator, and a new goal', async () => {
    await expectChanges(
      (d) => {
        d.goals[0].indicators.push('Zahl der Rückmeldungen');
        d.goals.push({ text: 'Mehr Teilnehmende in Berufssprachkursen' });
      },
      [
        { subject: 'goal', change: 'changed', sentence: 'In Nummer 3 erhält der erste Spiegelstrich folgende Fassung: „Weniger Kursabbrüche. Indikatoren: Zahl der Kursabbrüche; Zahl der Rückmeldungen.“' },
        { subject: 'goal', change: 'added', sentence: 'In Nummer 3 wird folgender Spiegelstrich angefügt: „Mehr Teilnehmende in Berufssprachkursen“.' },
      ],
    );
  });

  it('a new section (bodies) is inserted whole', async () => {
    await expectChanges((d) => (d.bodies = [{ name: 'AG Migration', convener: 'jc', members: ['jc', 'mbe'], frequency: 'quarterly' }]), [
      {
        subject: 'body',
        change: 'added',
        id: { old: null, new: 'ag-migration' },
        sentence:
          'Nach Nummer 2 wird folgende Nummer 3 „Gremien und Arbeitskreise“ eingefügt: „– AG Migration – Einladung: Jobcenter Test. Mitglieder: Jobcenter Test und Migrationsberatung für erwachsene Zuwanderer. Turnus: vierteljährlich.“',
      },
    ]);
  });

  it('an offer renamed', async () => {
    const withOffer = (name: string) => (d: Doc) => (d.offers = [{ name, funder: 'jc' }]);
    const json = await diffJson(variant(withOffer('Sprachkurs mit Praktikum')), variant(withOffer('Sprachkurs mit integriertem Praktikum')));
    expect(json.changes.map((c) => [c.subject, c.change, c.sentence])).toEqual([
      ['offer', 'renamed', 'In Nummer 3 erhält der erste Spiegelstrich folgende Fassung: „Sprachkurs mit integriertem Praktikum – Finanzierung: Jobcenter Test.“'],
    ]);
  });

  it('an annex added', async () => {
    await expectChanges((d) => d.annexes.push('Anlage 2: Liste der Ansprechpersonen'), [
      { subject: 'annex', change: 'added', sentence: 'In Nummer 7 wird folgender Spiegelstrich angefügt: „Anlage 2: Liste der Ansprechpersonen“.' },
    ]);
  });
});

describe('purpose, term, review, records', () => {
  it('the purpose reworded', async () => {
    await expectChanges((d) => (d.purpose = 'Zusammenarbeit bei der Beratung und Vermittlung von Zugewanderten.'), [
      { subject: 'purpose', change: 'reworded', sentence: 'Nummer 1 erhält folgende Fassung: „Zusammenarbeit bei der Beratung und Vermittlung von Zugewanderten.“' },
    ]);
  });

  it('a term where the agreement had none: "Nach Nummer 5 wird folgende Nummer 6 … eingefügt"', async () => {
    const json = await expectChanges((d) => (d.term = { from: '2026-04-01', until: null, noticeMonths: 3 }), [
      { subject: 'term', change: 'added', sentence: 'Nach Nummer 5 wird folgende Nummer 6 „Laufzeit und Kündigung“ eingefügt: „Diese Vereinbarung gilt ab dem 1. April 2026 und ist unbefristet. Sie kann von jedem Kooperationspartner mit einer Frist von drei Monaten gekündigt werden.“' },
    ]);
    expect(json.changes[0]!.fields).toEqual([
      { field: 'from', old: null, new: '2026-04-01' },
      { field: 'noticeMonths', old: null, new: 3 },
    ]);
  });

  it('the review clause: interval and who invites', async () => {
    await expectChanges(
      (d) => {
        d.review.intervalMonths = 24;
        d.review.owner = 'jc';
      },
      [
        {
          subject: 'review',
          change: 'changed',
          sentence:
            'Nummer 6 erhält folgende Fassung: „Diese Vereinbarung wird alle zwei Jahre von beiden Kooperationspartnern auf ihre weitere Gültigkeit und Praktikabilität hin überprüft. Zur Überprüfung lädt das Jobcenter Test ein. Letzte Überprüfung: 15. Januar 2026.“',
        },
      ],
    );
  });

  it('an amendment clause where the agreement had none is inserted as a new number', async () => {
    await expectChanges((d) => (d.amendment = { writtenRequest: false }), [
      { subject: 'amendment', change: 'changed', sentence: 'Nach Nummer 5 wird folgende Nummer 6 „Änderungen“ eingefügt: „Diese Kooperationsvereinbarung kann jederzeit geändert werden, wenn einer der Partner dies wünscht.“' },
    ]);
  });

  it('version and last review only keep records: listed, not amended', async () => {
    const json = await diffJson(
      base,
      variant((d) => {
        d.version = '2026-03-01';
        d.review.lastReview = '2026-03-01';
      }),
    );
    expect(json.changes.map((c) => [c.clause, c.subject, c.amends, c.sentence])).toEqual([
      ['record', 'review', false, null],
      ['record', 'version', false, null],
    ]);
    expect(json.changes[0]!.fields).toEqual([{ field: 'lastReview', old: '2026-01-15', new: '2026-03-01' }]);
  });

  it('identical versions: no changes', async () => {
    const json = await diffJson(base, base);
    expect(json.changes).toEqual([]);
    expect(json.summary).toEqual({ changes: 0, amends: 0, added: 0, removed: 0, changed: 0, attention: 0 });
  });
});

describe('English documents', () => {
  const english = (d: Doc) => (d.language = 'en');

  it('states changes the English way', async () => {
    const json = await diffJson(
      variant(english),
      variant((d) => {
        english(d);
        d.responsibilities[0].tasks.splice(1, 0, 'Clarifying the need for support');
        d.responsibilities[1].tasks[1].text = 'Informing the MBE of absences and drop-outs';
        d.responsibilities[0].tasks.splice(3, 1);
        d.partners[1].address.street = 'Rathausplatz 3';
      }),
      'en',
    );
    expect(stated(json).map((c) => c.sentence)).toEqual([
      'The address of the Jobcenter Test is now: Rathausplatz 3, 25746 Heide.',
      'In paragraph 2.1, after the first bullet point insert the following bullet point: “Clarifying the need for support”.',
      'In paragraph 2.1, the third bullet point (“Weiterleitung an spezielle Fachdienste”) is deleted.',
      'In paragraph 2.2, the second bullet point is replaced by: “Informing the MBE of absences and drop-outs”.',
    ]);
    expect(json.changes.map((c) => c.description)).toEqual(['Partner changed', 'Task added', 'Task removed', 'Task reworded']);
  });
});
