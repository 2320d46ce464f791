import type { HeadStandardsReport, NonLocalHeadsReport, RotationReport } from '../api/report-types';
import type { FigureReport } from '../api/report-endpoints';
import { formatDate } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { Section } from '../ui/widgets';
import { BarChart, ShareBar } from './bar-chart';
import { MovesSankey } from './moves-sankey';

export interface DistrictFiguresData {
  rotations: RotationReport;
  nonLocal: NonLocalHeadsReport;
  standards: HeadStandardsReport;
}

function CsvButton({ label, onClick }: { label: string; onClick: () => void }) {
  const f = useI18n().t.proc.figures;
  return (
    <button
      type="button"
      className="button button-secondary button-small"
      aria-label={f.downloadOf(label)}
      onClick={onClick}
    >
      {f.downloadCsv}
    </button>
  );
}

/** The three figures the district publishes, each with its CSV, and the picture of the moves. */
export function DistrictFigures({
  data,
  onDownload,
}: {
  data: DistrictFiguresData;
  onDownload: (report: FigureReport) => void;
}) {
  const f = useI18n().t.proc.figures;
  const { rotations, nonLocal, standards } = data;
  const localPosts = nonLocal.posts.filter((p) => !p.nonLocal);
  const shortHolders = standards.holders.filter((h) => !h.meetsStandards);
  return (
    <>
      <div className="dashboard">
        <Section
          title={f.rotations}
          id="figures-rotations"
          actions={<CsvButton label={f.rotations} onClick={() => onDownload('rotations')} />}
        >
          <p className="big-figures">
            <strong>{rotations.total}</strong>
          </p>
          <p>
            {f.rotationsText(
              rotations.total,
              formatDate(rotations.from),
              formatDate(rotations.to),
              rotations.communesInvolved,
            )}
          </p>
          <BarChart
            title={f.byYear}
            unitLabel={f.year}
            countLabel={f.count}
            bars={rotations.byYear.map((y) => ({ label: String(y.year), value: y.count }))}
          />
        </Section>
        <Section
          title={f.nonLocal}
          id="figures-non-local"
          actions={<CsvButton label={f.nonLocal} onClick={() => onDownload('non-local-heads')} />}
        >
          <ShareBar
            part={nonLocal.nonLocal}
            whole={nonLocal.heads}
            text={f.nonLocalText(nonLocal.nonLocal, nonLocal.heads, formatDate(nonLocal.asOf))}
          />
          {localPosts.length > 0 && (
            <>
              <h3>{f.localHolders}</h3>
              <ul>
                {localPosts.map((p) => (
                  <li key={p.postCode}>{f.localHolder(p.postTitle, p.unit.unitName, p.cadreName)}</li>
                ))}
              </ul>
            </>
          )}
        </Section>
        <Section
          title={f.standards}
          id="figures-standards"
          actions={<CsvButton label={f.standards} onClick={() => onDownload('head-standards')} />}
        >
          <ShareBar
            part={standards.meeting}
            whole={standards.heads}
            text={f.standardsText(standards.meeting, standards.heads, formatDate(standards.asOf))}
          />
          <p>{f.onDecisionText(standards.onDecisionDates.meeting, standards.onDecisionDates.decisions)}</p>
          {shortHolders.length > 0 && (
            <>
              <h3>{f.shortOf}</h3>
              <ul>
                {shortHolders.map((h) => (
                  <li key={`${h.postCode}-${h.cadreCode}`}>
                    {`${f.localHolder(h.postTitle, h.unit.unitName, h.cadreName)} — ${h.failedChecks
                      .map((c) => f.checks[c] ?? c)
                      .join(', ')}`}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Section>
      </div>
      <Section title={f.moves} id="figures-moves">
        <MovesSankey report={rotations} />
      </Section>
    </>
  );
}
