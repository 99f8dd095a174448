// Each rule's description and the wording of its findings (English).


export const rules = {
  'outdated-term': {
    description: '"ARGE" in a document whose version is 2011 or later; "ALG II"/"Arbeitslosengeld II" from 2023 on (Bürgergeld)',
    outdated: (found: string, year: string, term: 'arge' | 'arbeitslosengeld-ii') =>
      `"${found}" is outdated in a document of ${year}: ${
        {
          arge: 'since 2011 the joint agencies (ARGE) are called "Jobcenter" (job centre, § 6d SGB II). Write "Jobcenter".',
          'arbeitslosengeld-ii': 'since 2023 the SGB II benefit is called "Bürgergeld" (citizen’s benefit, Bürgergeld Act). Write "Bürgergeld".',
        }[term]
      }`,
  },
};
