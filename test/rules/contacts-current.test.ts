import { testRule, yaml } from '../helpers/rule-harness.js';

testRule('contacts-current', [
  {
    name: 'a partner with no contacts at all',
    yaml: yaml`
      kind: informal
      partners:
        - id: arge-hl
          name: ARGE Hansestadt Lübeck
          shortName: ARGE
          contacts: [{ name: Annette Windmüller, role: Kontaktperson für Migranten }]
          contactsUpdated: 2026-01-15
        - id: gd
          name: Gemeindediakonie Lübeck
          units: [{ id: jmd, name: Jugendmigrationsdienst }]
    `,
    expected: [{ pointer: '/partners/1', de: 'Gemeindediakonie Lübeck', en: 'No contact person is listed for Gemeindediakonie Lübeck' }],
  },
  {
    name: 'contacts confirmed more than 12 months ago',
    yaml: yaml`
      partners:
        - id: dwd
          name: Diakonisches Werk Dithmarschen
          shortName: DWD
          contacts: [{ name: Sabine Kühl, role: Migrationssozialberatung, email: kuehl@example.org }]
          contactsUpdated: 2025-02-28
    `,
    today: '2026-03-01',
    expected: [{ pointer: '/partners/0/contactsUpdated', de: '28.2.2025', en: 'last confirmed on 2025-02-28' }],
  },
  {
    name: 'near miss: contacts on a unit count, exactly 12 months is still current, no date is not checked',
    yaml: yaml`
      partners:
        - id: dwd
          name: Diakonisches Werk Dithmarschen
          units:
            - id: msb
              name: Migrationssozialberatung
              contacts: [{ name: Sabine Kühl }]
          contactsUpdated: 2025-03-01
        - id: arge
          name: Jobcenter Dithmarschen
          contacts: [{ name: Uwe Reimers }]
    `,
    today: '2026-03-01',
    expected: [],
  },
]);
