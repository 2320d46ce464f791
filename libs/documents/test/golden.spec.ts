import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { procedureDocuments, type DocumentFacts } from '@personnel/domain';
import { appointmentFacts, confidenceFacts, planFacts, rotationFacts } from '@personnel/domain/testing';
import { DRAFT_MARK, renderPdf } from '../src';
import { pdfText } from '../src/testing';

/**
 * Golden texts: every paper of four procedures rendered from fixed facts, its text read back from the
 * PDF by pdf.js and compared with the committed file in test/golden/. UPDATE_GOLDEN=1 rewrites them
 * (then read the diff: it is the change a user would see on paper).
 */
const GOLDEN = join(__dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';
const createdAt = new Date('2026-12-02T00:00:00.000Z');

async function textOf(facts: DocumentFacts, key: string): Promise<{ text: string; pdf: Buffer }> {
  const spec = procedureDocuments(facts).find((s) => s.key === key);
  if (!spec) throw new Error(`${facts.workflowId} has no document ${key}`);
  const pdf = await renderPdf(spec.build(), { createdAt });
  return { text: (await pdfText(pdf)).join('\n\f\n'), pdf };
}

const FACTS: Record<string, () => DocumentFacts> = {
  appointment: () => appointmentFacts(),
  'appointment-draft': () => appointmentFacts({ signed: false }),
  rotation: rotationFacts,
  plan: planFacts,
  confidence: confidenceFacts,
};

const cases: [string, string][] = [
  ['appointment', 'submission'],
  ['appointment', 'cv_2c.CB001'],
  ['appointment', 'cv_2c.CB002'],
  ['appointment', 'conference_minutes.0'],
  ['appointment', 'ballot_count.0'],
  ['appointment', 'decision'],
  ['appointment-draft', 'decision'],
  ['appointment-draft', 'conference_minutes.0'],
  ['rotation', 'submission'],
  ['rotation', 'decision'],
  ['rotation', 'decision.end'],
  ['plan', 'submission'],
  ['plan', 'conference_minutes.0'],
  ['plan', 'planning_resolution'],
  ['confidence', 'submission'],
  ['confidence', 'ballot_count.0'],
];

describe('official documents: golden texts from fixed facts', () => {
  beforeAll(() => {
    if (update) mkdirSync(GOLDEN, { recursive: true });
  });

  it.each(cases)('%s: %s', async (name, key) => {
    const { text } = await textOf(FACTS[name](), key);
    const file = join(GOLDEN, `${name}.${key}.txt`);
    if (update || !existsSync(file)) {
      if (!update) throw new Error(`no golden text ${file}: run with UPDATE_GOLDEN=1 and review it`);
      writeFileSync(file, `${text}\n`);
    }
    expect(`${text}\n`).toBe(readFileSync(file, 'utf8'));
  });

  it('regenerating from the same facts gives the same bytes and the same text', async () => {
    const a = await textOf(appointmentFacts(), 'decision');
    const b = await textOf(appointmentFacts(), 'decision');
    const sha = (pdf: Buffer) => createHash('sha256').update(pdf).digest('hex');
    expect(sha(a.pdf)).toBe(sha(b.pdf));
    expect(a.text).toBe(b.text);
  });

  it('an issued decision carries its number, date, signer and bases; a draft is marked and leaves them open', async () => {
    const issued = (await textOf(appointmentFacts(), 'decision')).text;
    expect(issued).toContain('Số: 123/QĐ-UBND');
    expect(issued).toContain('Đầm Hà, ngày 02 tháng 12 năm 2026');
    expect(issued).toContain('Lê Văn Hải');
    expect(issued).toContain('377-QĐ/TW');
    expect(issued).not.toContain(DRAFT_MARK);
    const draft = (await textOf(appointmentFacts({ signed: false }), 'decision')).text;
    expect(draft).toContain(DRAFT_MARK);
    expect(draft).toContain('Số: …/QĐ-UBND');
    expect(draft).not.toContain('123/QĐ-UBND');
  });

  it('a Party paper takes the Party header (HD 36), a state paper the national header (NĐ 30)', async () => {
    const resolution = (await textOf(planFacts(), 'planning_resolution')).text;
    expect(resolution).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(resolution).toContain('Số 12-NQ/HU');
    expect(resolution).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const decision = (await textOf(rotationFacts(), 'decision')).text;
    expect(decision).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(decision).toContain('Độc lập - Tự do - Hạnh phúc');
  });

  it('the ballot count prints counts and the sealed hash, never who voted what', async () => {
    const text = (await textOf(appointmentFacts(), 'ballot_count.0')).text;
    expect(text).toContain('a3f1c2e4b5d60718293a4b5c6d7e8f90');
    expect(text).toContain('80,00%');
    // the members summoned appear only in the minutes' attendance, never next to a count
    expect(text).not.toContain('Nguyễn Văn Bình');
  });
});
