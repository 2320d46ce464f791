import { districtFiguresEn } from './district-figures.en';
import { procedureScreensEn } from './procedure-screens.en';
import type { procedureVi } from './procedure.vi';
import { procedureTermsEn } from './procedure-terms.en';
import { procedureInboxEn } from './procedure-inbox.en';
import { procedurePageEn } from './procedure-page.en';
import { procedureActionsEn } from './procedure-actions.en';
import { procedureStartEn } from './procedure-start.en';

/** English texts of the appointment procedure's screens: the same keys as procedure.vi.ts. */
export const procedureEn: typeof procedureVi = {
  ...procedureTermsEn,
  ...procedureInboxEn,
  ...procedurePageEn,
  ...procedureActionsEn,
  ...procedureStartEn,
  mine: {
    title: 'Procedures I proposed',
    allTitle: 'Appointment procedures',
    new: 'Start a new procedure',
    empty: 'No procedures.',
    overdueOnly: 'Overdue only',
    onlyMine: 'Only those I proposed',
    colPost: 'Post',
    colCandidates: 'Candidates',
    colStage: 'Stage',
    colState: 'State',
    colDue: 'Due',
    count: (n) => `${n} procedure${n === 1 ? '' : 's'}`,
  },
  ...procedureScreensEn,
  ...districtFiguresEn,
  cadreTimeline: {
    title: 'Appointment procedures',
    intro: 'The milestones of every procedure this cadre was proposed in, as recorded in the database.',
    empty: 'This cadre has not been proposed in any procedure.',
    failed: 'The procedures could not be loaded.',
    procedure: 'Procedure',
  },
};
