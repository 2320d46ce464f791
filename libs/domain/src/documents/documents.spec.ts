import { appointmentFacts, confidenceFacts, planFacts, rotationFacts } from './document-fixtures';
import { numberLine, partyCommittee, stateCommittee } from './issuing-body';
import { procedureDocuments } from './procedure-documents';
import { dateInWords, placeAndDate } from './vietnamese-dates';

describe('official documents from recorded facts', () => {
  it.each([
    ['2026-12-02', 'ngày 02 tháng 12 năm 2026'],
    ['2026-01-15', 'ngày 15 tháng 01 năm 2026'],
    ['2026-02-09', 'ngày 09 tháng 02 năm 2026'],
    ['2026-03-05', 'ngày 05 tháng 3 năm 2026'],
  ])('writes %s as NĐ 30 does: %s', (iso, words) => {
    expect(dateInWords(iso)).toBe(words);
  });

  it('numbers state papers number/kind-body and Party papers number-kind/body', () => {
    expect(numberLine(stateCommittee('Huyện Đầm Hà'), 'QĐ', '123/QĐ-UBND')).toBe('Số: 123/QĐ-UBND');
    expect(numberLine(stateCommittee('Huyện Đầm Hà'), 'QĐ', null)).toBe('Số: …/QĐ-UBND');
    expect(numberLine(partyCommittee('Huyện Đầm Hà', null), 'NQ', null)).toBe('Số …-NQ/HU');
    expect(placeAndDate('Đầm Hà', null)).toBe('Đầm Hà, ngày … tháng … năm …');
  });

  it.each([
    [
      'appointment',
      appointmentFacts(),
      ['submission', 'cv_2c.CB001', 'cv_2c.CB002', 'conference_minutes.0', 'ballot_count.0', 'decision'],
    ],
    ['rotation', rotationFacts(), ['submission', 'cv_2c.CB002', 'decision', 'decision.end']],
    ['plan', planFacts(), ['submission', 'conference_minutes.0', 'ballot_count.0', 'planning_resolution']],
    ['confidence vote', confidenceFacts(), ['submission', 'conference_minutes.0', 'ballot_count.0']],
  ])('lists every paper of a %s, each issued from its step', (_, facts, keys) => {
    const specs = procedureDocuments(facts);
    expect(specs.map((s) => s.key)).toEqual(keys);
    expect(specs.every((s) => s.step !== null && !s.build().draft)).toBe(true);
  });

  it('offers the decision as a draft until it is signed', () => {
    const spec = procedureDocuments(appointmentFacts({ signed: false })).find((s) => s.key === 'decision');
    expect(spec?.step).toBeNull();
    expect(spec?.build()).toMatchObject({ draft: true, header: { number: 'Số: …/QĐ-UBND' } });
  });

  it('an issued paper reads no later fact: the same document after the procedure moved on', () => {
    const facts = appointmentFacts();
    const before = procedureDocuments(facts)
      .find((s) => s.key === 'ballot_count.0')
      ?.build();
    const later = {
      ...facts,
      steps: [
        ...facts.steps,
        {
          stepKey: '9/withdrawn',
          seq: 9,
          kind: 'withdrawn',
          actor: 'hr.tuan',
          payload: {},
          occurredAt: '2027-01-01T00:00:00.000Z',
        },
      ],
    };
    expect(
      procedureDocuments(later)
        .find((s) => s.key === 'ballot_count.0')
        ?.build(),
    ).toEqual(before);
  });

  it('takes the Party layout for a Party post and for planning, the state layout otherwise', () => {
    const facts = appointmentFacts();
    const party = {
      ...facts,
      steps: facts.steps.map((s) =>
        s.kind === 'proposed' ? { ...s, payload: { ...s.payload, postId: 'QA-BT' } } : s,
      ),
    };
    expect(
      procedureDocuments(party)
        .find((s) => s.key === 'decision')
        ?.build().format,
    ).toBe('party');
    expect(
      procedureDocuments(facts)
        .find((s) => s.key === 'decision')
        ?.build().format,
    ).toBe('state');
    expect(
      procedureDocuments(planFacts())
        .find((s) => s.key === 'planning_resolution')
        ?.build().format,
    ).toBe('party');
  });
});
