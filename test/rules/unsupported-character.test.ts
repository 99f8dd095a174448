import { testRule, yaml } from '../helpers/rule-harness.js';

testRule('unsupported-character', [
  {
    name: 'a Chinese contact name and a partner name with a CJK character',
    yaml: yaml`
      partners:
        - id: vhs
          name: Träger 李 e.V.
          contacts:
            - { name: 张伟, role: Integrationskurse }
    `,
    expected: [
      { pointer: '/partners/0/name', severity: 'warning', de: ['李 (U+674E)', 'ein Zeichen, das'], en: ['李 (U+674E)', '"�"'] },
      { pointer: '/partners/0/contacts/0/name', de: ['张 (U+5F20)', '伟 (U+4F1F)', '2 Zeichen, die'], en: ['2 characters'] },
    ],
  },
  {
    name: 'more than five characters: five listed, and how many more',
    yaml: yaml`
      purpose: 一二三四五六七 und 一
    `,
    expected: [{ pointer: '/purpose', de: ['und 2 weitere'], en: ['and 2 more', '五 (U+4E94)'] }],
  },
  {
    name: 'an emoji and a symbol outside the font',
    yaml: yaml`
      goals:
        - text: Mehr Teilnehmende 🎉
    `,
    expected: [{ pointer: '/goals/0/text', en: '(U+1F389)' }],
  },
  {
    name: 'near miss: Turkish, Polish, Cyrillic, Arabic, Hebrew, Greek, typographic quotes, € and invisible characters',
    yaml: yaml`
      partners:
        - id: x
          name: "Ayşe Yılmaz Çağlar, Małgorzata Wójcik-Żelazna, Ольга Петрова, محمد العلي, דוד לוי, Γιώργος, „Zitat“ – 5 € \u200b\u00ad"
      purpose: "z. B. § 18 SGB II … ½ № ✓"
    `,
    expected: [],
  },
  {
    name: 'near miss: ids are not drawn',
    yaml: yaml`
      partners:
        - id: 张
          name: Volkshochschule
    `,
    expected: [],
  },
]);
