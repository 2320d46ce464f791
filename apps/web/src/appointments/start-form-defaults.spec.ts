import { describe, expect, it } from 'vitest';
import type { AppointmentStartDefaults, StandingBodyView } from '../api/standing-body-endpoints';
import { pickBody, withStartDefaults } from './start-form-defaults';
import { emptyDraft } from './start-form-logic';
import { changedRoots, revalidate } from './start-form-revalidate';

const body = (id: string, kind: StandingBodyView['kind'], ids: string[]): StandingBodyView => ({
  id,
  code: id,
  name: id,
  unitCode: 'DH-QA',
  unitName: 'Xã Quảng An',
  kind,
  members: ids.map((userId, i) => ({ userId, role: i === 0 ? 'head' : i === 1 ? 'secretary' : 'member' })),
  active: true,
  version: 1,
  createdAt: '',
  updatedAt: '',
});
const defaults = (standingBodies: StandingBodyView[]): AppointmentStartDefaults => ({
  postId: 'P',
  holder: null,
  beingFilledBy: null,
  standingBodies,
  template: null,
});
const LOCAL = ['collective', 'expandedConference', 'keyCadreConference'] as const;

describe('what the registry fills into the start form', () => {
  it('picks the one body of each usual kind, copying its members, head and secretary', () => {
    const draft = withStartDefaults(
      emptyDraft(['CB-1'], 'P'),
      defaults([
        body('MR', 'expanded_conference', ['A', 'B', 'C']),
        body('BTV', 'standing_committee', ['D', 'E']),
      ]),
      LOCAL,
    );
    expect(draft.bodySources).toEqual({
      expandedConference: { bodyId: 'MR', adjusted: false },
      collective: { bodyId: 'BTV', adjusted: false },
    });
    expect(draft.bodies.expandedConference).toEqual({
      summonedIds: ['A', 'B', 'C'],
      secretaryId: 'B',
      headId: 'A',
    });
    expect(draft.bodies.keyCadreConference).toBeUndefined();
  });

  it('leaves the choice to HR when two bodies of a kind could hold the conference, or HR chose already', () => {
    const two = defaults([
      body('MR1', 'expanded_conference', ['A', 'B']),
      body('MR2', 'expanded_conference', ['C', 'D']),
    ]);
    expect(withStartDefaults(emptyDraft(), two, LOCAL).bodySources).toEqual({});
    const chosen = pickBody(
      emptyDraft(),
      'expandedConference',
      body('MR2', 'expanded_conference', ['C', 'D']),
    );
    const one = defaults([
      body('MR2', 'expanded_conference', ['C', 'D']),
      body('X', 'key_cadre_conference', ['E', 'F']),
    ]);
    expect(withStartDefaults(chosen, one, LOCAL).bodySources.expandedConference).toEqual({
      bodyId: 'MR2',
      adjusted: false,
    });
  });

  it("drops a body of the post chosen before, and takes the template's chain only into an empty one", () => {
    const before = pickBody(
      emptyDraft(),
      'expandedConference',
      body('OLD', 'expanded_conference', ['A', 'B']),
    );
    const template = {
      ...defaults([]),
      template: {
        id: 't',
        code: 't',
        name: 'Mẫu',
        unitCode: 'DH-QA',
        postCode: 'P',
        postTitle: null,
        signOffMode: 'parallel' as const,
        steps: [{ key: 'org-office', label: 'Thẩm định', assigneeIds: ['U-1'] }],
        signerId: 'U-9',
        active: true,
        version: 1,
        createdAt: '',
        updatedAt: '',
      },
    };
    const after = withStartDefaults(before, template, LOCAL);
    expect(after.bodySources).toEqual({});
    expect(after.bodies.expandedConference).toBeUndefined();
    expect(after).toMatchObject({
      signOffMode: 'parallel',
      signerId: 'U-9',
      signOff: template.template.steps,
    });
    const own = { ...emptyDraft(), signerId: 'U-2' };
    expect(withStartDefaults(own, template, LOCAL)).toMatchObject({ signerId: 'U-2', signOff: [] });
  });
});

describe("a field's problems after a first send", () => {
  it('go as soon as the field is fixed; others stay; the API says its word until its field changes', () => {
    const draft = emptyDraft(['CB-1'], 'P');
    const shown = {
      signerId: [{ kind: 'required' as const }],
      signOff: [{ kind: 'atLeastOne' as const }],
      candidateIds: [{ kind: 'api' as const, text: 'names a retired cadre' }],
    };
    const fixed = { ...draft, signerId: 'U-9' };
    const next = revalidate(shown, fixed, 'U-HR', changedRoots(draft, fixed));
    expect(next.signerId).toBeUndefined();
    expect(next.signOff).toEqual([{ kind: 'atLeastOne' }]);
    expect(next.candidateIds).toEqual([{ kind: 'api', text: 'names a retired cadre' }]);
    // A field never flagged is not flagged while HR fills it in.
    expect(next['collective.summonedIds']).toBeUndefined();
    const other = { ...fixed, candidateIds: ['CB-2'] };
    expect(revalidate(next, other, 'U-HR', changedRoots(fixed, other)).candidateIds).toBeUndefined();
  });
});
