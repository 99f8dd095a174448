import { describe, expect, it } from 'vitest';
import { costs, findTerms, meetings, normalizeText, outdatedTerms, personalDataTransfer, secularDataProtectionLaw } from '../../src/check/words/index.js';

const hits = (text: string, list: Parameters<typeof findTerms>[1]) => findTerms(text, list).map((m) => m.text);

describe('words', () => {
  it('folds umlauts and ß both ways', () => {
    expect(normalizeText('Kursabbrüche Größe ÄRGER')).toBe('kursabbrueche groesse aerger');
    expect(hits('Kursabbrüchen', personalDataTransfer)).toEqual(['Kursabbrüchen']);
    expect(hits('Kursabbruechen', personalDataTransfer)).toEqual(['Kursabbruechen']);
    expect(hits('regelmaessiges Zusammentreffen', meetings)).toEqual(['regelmaessiges', 'Zusammentreffen']);
  });

  it('matches stems inside compounds and inflections', () => {
    for (const w of ['Abbruch', 'Abbrüche', 'Kursabbruch', 'Kursabbrüchen', 'Abbrueche', 'Fehlzeiten', 'Fernbleiben', 'Meldung', 'melden', 'meldet', 'Unterrichtung', 'unterrichten', 'informiert', 'informieren', 'Information', 'Austausch', 'austauschen', 'Informationsaustausch', 'Meldepflicht', 'Rückmeldung']) {
      expect(hits(`Die Arge: ${w}`, personalDataTransfer), w).toEqual([w]);
    }
  });

  it('keeps look-alikes out', () => {
    for (const text of ['Anmeldung der Kinder in Kindertagesstätte und Schule', 'Sprachunterricht', 'Abbruchprävention', 'Erfahrungsaustausch', 'Informationsveranstaltung', 'Erstberatung', 'Der Änderungswunsch ist schriftlich und konkret anzumelden', 'Beratung in Meldorf und Heide', 'Begleitung zur Meldebehörde']) {
      expect(hits(text, personalDataTransfer), text).toEqual([]);
    }
    for (const text of ['Erstberatung', 'Absprachen treffen', 'Regeln, die beide betreffen', 'Anerkennung von Zeugnissen']) {
      expect(hits(text, meetings), text).toEqual([]);
    }
    for (const text of ['Hilfen bei finanziellen Fragestellungen (finanzielle Absicherung)', 'Förderung von Integrationsmaßnahmen', 'kostenlose Beratung', 'Bericht erstatten', 'financial advice', 'gebührende Berücksichtigung']) {
      expect(hits(text, costs), text).toEqual([]);
    }
  });

  it('counts cost statements', () => {
    expect(hits('Anerkennung von Zeugnissen und Diplomen (Kostenübernahme durch die Arge)', costs)).toEqual(['Kostenübernahme']);
    expect(hits('Die Fahrkosten werden finanziert', costs)).toEqual(['Fahrkosten', 'finanziert']);
  });

  it('matches multi-word terms across punctuation', () => {
    const alg = outdatedTerms.find((t) => t.id === 'arbeitslosengeld-ii')!;
    expect(hits('im ALG-II-Bezug', alg.words)).toEqual(['ALG-II']);
    expect(hits('ALG I nach SGB III', alg.words)).toEqual([]);
    expect(hits('Einwilligung nach DS-GVO', secularDataProtectionLaw)).toEqual(['DS-GVO']);
  });

  it('compares case where the pattern says so', () => {
    const arge = outdatedTerms.find((t) => t.id === 'arge')!;
    expect(hits('Aufgaben der Arge', arge.words)).toEqual(['Arge']);
    expect(hits('eine arge Belastung', arge.words)).toEqual([]);
    expect(hits('Regelmäßige Treffen', meetings)).toEqual(['Regelmäßige', 'Treffen']);
    expect(hits('Entscheidungen treffen', meetings)).toEqual([]);
  });

  it('ignores what is not text', () => {
    expect(findTerms(undefined, costs)).toEqual([]);
    expect(findTerms(42, costs)).toEqual([]);
    expect(findTerms('', costs)).toEqual([]);
    expect(findTerms('§§ — …', costs)).toEqual([]);
  });
});
