import type { ConfidenceResultView } from '../api/confidence-types';
import { useI18n } from '../i18n/i18n';
import { Section } from '../ui/widgets';

/** The results: names, posts, the three counts, ballots of those summoned, the outcome in words. */
export function ConfidenceResultsTable({
  results,
  sheetSha256,
}: {
  results: readonly ConfidenceResultView[];
  sheetSha256: string | null;
}) {
  const c = useI18n().t.confidence;
  return (
    <Section title={c.page.results} id="confidence-results">
      {results.length === 0 ? (
        <p className="muted">{c.page.noResults}</p>
      ) : (
        <>
          <table className="table responsive">
            <thead>
              <tr>
                <th scope="col">{c.page.colName}</th>
                <th scope="col">{c.page.colPost}</th>
                <th scope="col">{c.levels.high}</th>
                <th scope="col">{c.levels.confidence}</th>
                <th scope="col">{c.levels.low}</th>
                <th scope="col">{c.page.colBallots}</th>
                <th scope="col">{c.page.colOutcome}</th>
              </tr>
            </thead>
            <tbody>
              {results.map((r) => (
                <tr key={r.cadreId}>
                  <td data-label={c.page.colName}>{r.cadreName ?? r.cadreId}</td>
                  <td data-label={c.page.colPost}>{r.postTitle ?? r.postId}</td>
                  <td data-label={c.levels.high}>{r.high}</td>
                  <td data-label={c.levels.confidence}>{r.confidence}</td>
                  <td data-label={c.levels.low}>{r.low}</td>
                  <td data-label={c.page.colBallots}>
                    {r.ballotsCast}/{r.summoned}
                  </td>
                  <td data-label={c.page.colOutcome}>
                    <span className={`tag outcome-${r.outcome}`}>{c.outcomes[r.outcome]}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{c.citation}</p>
          {sheetSha256 && <p className="code wrap">{c.page.sheet(sheetSha256)}</p>}
        </>
      )}
    </Section>
  );
}
