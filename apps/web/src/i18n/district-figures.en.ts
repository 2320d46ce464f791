import type { districtFiguresVi } from './district-figures.vi';

/** English texts of the district's figures: the keys of district-figures.vi.ts. */
export const districtFiguresEn: typeof districtFiguresVi = {
  figures: {
    title: 'District personnel figures',
    period: 'Period',
    fromYear: 'From year',
    toYear: 'To year',
    asOf: 'As of (dd/mm/yyyy)',
    badAsOf: 'Not a date: write dd/mm/yyyy.',
    rotations: 'Rotations of cadres',
    rotationsText: (total: number, from: string, to: string, communes: number) =>
      `${total} rotations from ${from} to ${to}, involving ${communes} communes and towns.`,
    byYear: 'Rotations per year',
    year: 'Year',
    count: 'Rotations',
    nonLocal: 'Commune secretaries and chairmen not from the commune',
    nonLocalText: (n: number, all: number, on: string) =>
      `${n}/${all} commune Party secretaries and People's Committee chairmen on ${on} are not from the commune.`,
    localHolders: 'Posts held by a local cadre',
    localHolder: (post: string, unit: string, holder: string) => `${post}, ${unit}: ${holder}`,
    standards: 'Heads meeting every standard of their post',
    standardsText: (n: number, all: number, on: string) =>
      `${n}/${all} heads on ${on} meet every standard of their post.`,
    onDecisionText: (n: number, all: number) =>
      `${n}/${all} appointments and rotations into head posts in the period met every standard on their first day.`,
    shortOf: 'Short of a standard',
    checks: {
      education_standard: 'education',
      political_theory_standard: 'political theory',
      state_management_standard: 'state management',
      required_training: 'required training',
      party_membership: 'Party membership',
    },
    moves: 'Moves between units',
    movesIntro: 'Left: where cadres left; right: where they went. A band is as wide as the number of moves.',
    movesYear: 'Year',
    allYears: 'Whole period',
    movesSummary: (total: number, pairs: number) => `${total} rotations along ${pairs} routes.`,
    fromUnit: 'From unit',
    toUnit: 'To unit',
    showTable: 'Show the table',
    hideTable: 'Hide the table',
    movesTable: 'Rotations: from unit, to unit, count',
    noMoves: 'No rotation in this period.',
    downloadCsv: 'Download CSV',
    downloadOf: (what: string) => `Download CSV: ${what}`,
    unknownUnit: 'Unknown',
  },
};
