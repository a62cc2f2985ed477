/** People the seeded world is made of: username, full name, location. */
export const PEOPLE: readonly (readonly [string, string, string])[] = [
  ['jamalfanaian', 'Jamal Fanaian', 'San Francisco, USA'],
  ['ingridvh', 'Ingrid van Houten', 'Utrecht, Netherlands'],
  ['kenji.sato', 'Kenji Sato', 'Sapporo, Japan'],
  ['marisol_r', 'Marisol Reyes', 'Valparaíso, Chile'],
  ['olafurp', 'Ólafur Pálsson', 'Reykjavík, Iceland'],
  ['amara.okafor', 'Amara Okafor', 'Lagos, Nigeria'],
  ['lucbernard', 'Luc Bernard', 'Lyon, France'],
  ['priya_nair', 'Priya Nair', 'Kochi, India'],
];

/** Subjects for titles and the tags that go with them. */
export const SUBJECTS: readonly (readonly [string, readonly string[]])[] = [
  ['Sunset over the harbour', ['sunset', 'harbour', 'sea', 'boats']],
  ['Morning fog in the valley', ['fog', 'valley', 'morning', 'landscape']],
  ['Old town at night', ['night', 'city', 'street', 'lights']],
  ['Lighthouse on the cliffs', ['lighthouse', 'cliffs', 'coast', 'sea']],
  ['Autumn leaves', ['autumn', 'leaves', 'trees', 'forest']],
  ['Market stalls', ['market', 'street', 'food', 'people']],
  ['Snow on the pass', ['snow', 'mountains', 'winter', 'landscape']],
  ['Cat on the windowsill', ['cat', 'window', 'pets']],
  ['Tram crossing the bridge', ['tram', 'bridge', 'city', 'river']],
  ['Wildflowers by the road', ['flowers', 'spring', 'meadow']],
  ['Rain on the glass', ['rain', 'window', 'abstract']],
  ['Fishing boats at dawn', ['boats', 'dawn', 'harbour', 'fishing']],
];

/** Album titles. */
export const SET_TITLES: readonly string[] = [
  'Holidays',
  'Best of the year',
  'Streets',
  'Landscapes',
  'Family',
];
