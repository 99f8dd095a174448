import { describe, expect, it } from 'vitest';
import { declineName, declineRole, genderOf } from '../../src/lang/de/declension.js';

// name → [nominative, genitive, dative, accusative] with article; null = fallback
const table: Array<[string, [string, string, string, string] | null]> = [
  ['Migrationssozialberatung', ['die Migrationssozialberatung', 'der Migrationssozialberatung', 'der Migrationssozialberatung', 'die Migrationssozialberatung']],
  ['Jugendmigrationsdienst', ['der Jugendmigrationsdienst', 'des Jugendmigrationsdienstes', 'dem Jugendmigrationsdienst', 'den Jugendmigrationsdienst']],
  ['Jobcenter Dithmarschen', ['das Jobcenter Dithmarschen', 'des Jobcenters Dithmarschen', 'dem Jobcenter Dithmarschen', 'das Jobcenter Dithmarschen']],
  ['Diakonisches Werk Dithmarschen', ['das Diakonische Werk Dithmarschen', 'des Diakonischen Werkes Dithmarschen', 'dem Diakonischen Werk Dithmarschen', 'das Diakonische Werk Dithmarschen']],
  ['Arge', ['die Arge', 'der Arge', 'der Arge', 'die Arge']],
  ['ARGE Hansestadt Lübeck', ['die ARGE Hansestadt Lübeck', 'der ARGE Hansestadt Lübeck', 'der ARGE Hansestadt Lübeck', 'die ARGE Hansestadt Lübeck']],
  ['Kreis Nordfriesland', ['der Kreis Nordfriesland', 'des Kreises Nordfriesland', 'dem Kreis Nordfriesland', 'den Kreis Nordfriesland']],
  ['Volkshochschule Husum', ['die Volkshochschule Husum', 'der Volkshochschule Husum', 'der Volkshochschule Husum', 'die Volkshochschule Husum']],
  ['Fallmanagement in den Sozialzentren', ['das Fallmanagement in den Sozialzentren', 'des Fallmanagements in den Sozialzentren', 'dem Fallmanagement in den Sozialzentren', 'das Fallmanagement in den Sozialzentren']],
  ['Migrationsberatung für erwachsene Zuwanderer (MBE)', ['die Migrationsberatung für erwachsene Zuwanderer (MBE)', 'der Migrationsberatung für erwachsene Zuwanderer (MBE)', 'der Migrationsberatung für erwachsene Zuwanderer (MBE)', 'die Migrationsberatung für erwachsene Zuwanderer (MBE)']],
  ['Arbeitsgemeinschaft für Arbeit und Soziales im Kreis Dithmarschen', ['die Arbeitsgemeinschaft für Arbeit und Soziales im Kreis Dithmarschen', 'der Arbeitsgemeinschaft für Arbeit und Soziales im Kreis Dithmarschen', 'der Arbeitsgemeinschaft für Arbeit und Soziales im Kreis Dithmarschen', 'die Arbeitsgemeinschaft für Arbeit und Soziales im Kreis Dithmarschen']],
  ['Bundesamt für Migration und Flüchtlinge', ['das Bundesamt für Migration und Flüchtlinge', 'des Bundesamtes für Migration und Flüchtlinge', 'dem Bundesamt für Migration und Flüchtlinge', 'das Bundesamt für Migration und Flüchtlinge']],
  ['Agentur für Arbeit Lübeck', ['die Agentur für Arbeit Lübeck', 'der Agentur für Arbeit Lübeck', 'der Agentur für Arbeit Lübeck', 'die Agentur für Arbeit Lübeck']],
  ['Gemeindediakonie Lübeck', ['die Gemeindediakonie Lübeck', 'der Gemeindediakonie Lübeck', 'der Gemeindediakonie Lübeck', 'die Gemeindediakonie Lübeck']],
  ['Caritasverband für das Erzbistum Hamburg', ['der Caritasverband für das Erzbistum Hamburg', 'des Caritasverbandes für das Erzbistum Hamburg', 'dem Caritasverband für das Erzbistum Hamburg', 'den Caritasverband für das Erzbistum Hamburg']],
  ['Paritätischer Wohlfahrtsverband', ['der Paritätische Wohlfahrtsverband', 'des Paritätischen Wohlfahrtsverbandes', 'dem Paritätischen Wohlfahrtsverband', 'den Paritätischen Wohlfahrtsverband']],
  ['Deutsches Rotes Kreuz', ['das Deutsche Rote Kreuz', 'des Deutschen Roten Kreuzes', 'dem Deutschen Roten Kreuz', 'das Deutsche Rote Kreuz']],
  ['Internationaler Bund', ['der Internationale Bund', 'des Internationalen Bundes', 'dem Internationalen Bund', 'den Internationalen Bund']],
  ['Zentrale Anlaufstelle Migration', ['die Zentrale Anlaufstelle Migration', 'der Zentralen Anlaufstelle Migration', 'der Zentralen Anlaufstelle Migration', 'die Zentrale Anlaufstelle Migration']],
  ['Lübecker Bündnis für Integration', ['das Lübecker Bündnis für Integration', 'des Lübecker Bündnisses für Integration', 'dem Lübecker Bündnis für Integration', 'das Lübecker Bündnis für Integration']],
  ['Sozialzentrum Niebüll', ['das Sozialzentrum Niebüll', 'des Sozialzentrums Niebüll', 'dem Sozialzentrum Niebüll', 'das Sozialzentrum Niebüll']],
  ['Runder Tisch Migration', ['der Runde Tisch Migration', 'des Runden Tisches Migration', 'dem Runden Tisch Migration', 'den Runden Tisch Migration']],
  ['AG Migration', ['die AG Migration', 'der AG Migration', 'der AG Migration', 'die AG Migration']],
  ['JMD', ['der JMD', 'des JMD', 'dem JMD', 'den JMD']],
  ['DWD', ['das DWD', 'des DWD', 'dem DWD', 'das DWD']],
  ['VHS Husum', ['die VHS Husum', 'der VHS Husum', 'der VHS Husum', 'die VHS Husum']],
  ['Kreis-Jobcenter Pinneberg', ['das Kreis-Jobcenter Pinneberg', 'des Kreis-Jobcenters Pinneberg', 'dem Kreis-Jobcenter Pinneberg', 'das Kreis-Jobcenter Pinneberg']],
  ['Jobcenter Kreis Pinneberg', ['das Jobcenter Kreis Pinneberg', 'des Jobcenters Kreis Pinneberg', 'dem Jobcenter Kreis Pinneberg', 'das Jobcenter Kreis Pinneberg']],
  ['Initiative Lübeck', ['die Initiative Lübeck', 'der Initiative Lübeck', 'der Initiative Lübeck', 'die Initiative Lübeck']],
  ['Land Schleswig-Holstein', ['das Land Schleswig-Holstein', 'des Landes Schleswig-Holstein', 'dem Land Schleswig-Holstein', 'das Land Schleswig-Holstein']],
  // the heuristic does not know these: callers fall back to "Aufgaben von X"
  ['Die Brücke e. V.', null],
  ['Kieler Tafel', null],
  ['KJP', null],
  ['Nordfriesland', null],
  ['', null],
];

describe('German declension of organisation names', () => {
  it.each(table)('%s', (name, forms) => {
    const got = (['nom', 'gen', 'dat', 'acc'] as const).map((c) => declineName(name, c));
    if (forms === null) expect(got).toEqual([null, null, null, null]);
    else expect(got).toEqual(forms);
  });

  it('knows the gender of the head noun', () => {
    expect(genderOf('Beratungsstelle für Flüchtlinge')).toBe('f');
    expect(genderOf('Integrationskurs')).toBe('m');
    expect(genderOf('Familienzentrum')).toBe('n');
    expect(genderOf('Stadtteilbüro')).toBe('n');
    expect(genderOf('Förderverein')).toBe('m');
  });
});

describe('roles for "vertreten durch"', () => {
  it.each([
    ['Geschäftsführung', 'die Geschäftsführung'],
    ['Landrat', 'den Landrat'],
    ['Leitung der Volkshochschule', 'die Leitung der Volkshochschule'],
    ['Vorstand', 'den Vorstand'],
    // a person's name or a title with a name is used as written
    ['Landrat Florian Lorenzen', null],
    ['Uwe Reimers', null],
    ['Marion Peters', null],
    ['Frau Dr. Schmidt', null],
  ])('%s', (role, expected) => {
    expect(declineRole(role, 'acc')).toBe(expected);
  });
});
