/**
 * Temporal cost of one procedure: every history event of its workflow (each run: the appointment
 * continues as new into its term) and of the child workflows it started (the conferences), with the
 * time the server gave each event, so the bench can cut them into the spans it measured.
 */
import type { Client } from '@temporalio/client';
import type { temporal } from '@temporalio/proto';

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

/** One event, reduced to what the cost counts. */
export interface CostEvent {
  /** Epoch ms the server recorded it. */
  at: number;
  type: string;
  /** ActivityTaskScheduled: the activity's type. */
  activityType?: string;
  /** MarkerRecorded of a local activity (the journal since patch journal-by-local-activity): its type. */
  localActivityType?: string;
  workflowId: string;
}

const EVENT_TYPE_PREFIX = 'EVENT_TYPE_';

function eventTime(event: HistoryEvent): number {
  const t = event.eventTime;
  if (!t) return Number.NaN;
  return Number(t.seconds ?? 0) * 1000 + Math.floor((t.nanos ?? 0) / 1e6);
}

/** The history's event type as Temporal names it, e.g. `ActivityTaskScheduled`. */
function eventTypeName(event: HistoryEvent): string {
  const attributes = Object.keys(event).find(
    (k) => k.endsWith('EventAttributes') && event[k as keyof HistoryEvent],
  );
  if (attributes) {
    const name = attributes.replace(/EventAttributes$/, '');
    return name.charAt(0).toUpperCase() + name.slice(1);
  }
  return String(event.eventType ?? 'unknown').replace(EVENT_TYPE_PREFIX, '');
}

/** The activity type a local activity's marker names (core's `data` detail, JSON), if it is one. */
function localActivityType(event: HistoryEvent): string | undefined {
  const marker = event.markerRecordedEventAttributes;
  if (marker?.markerName !== 'core_local_activity') return undefined;
  const data = marker.details?.data?.payloads?.[0]?.data;
  if (!data) return '?';
  const parsed = JSON.parse(Buffer.from(data).toString('utf8')) as { activity_type?: string };
  return parsed.activity_type ?? '?';
}

async function runEvents(client: Client, workflowId: string, runId?: string): Promise<HistoryEvent[]> {
  const history = await client.workflow.getHandle(workflowId, runId).fetchHistory();
  return history.events ?? [];
}

/**
 * Every event of `workflowId` (all its runs, the continued-as-new ones included) and of its child
 * workflows, recursively; children are read with the run id their start event names.
 */
export async function procedureEvents(client: Client, workflowId: string): Promise<CostEvent[]> {
  const out: CostEvent[] = [];
  const visit = async (id: string, runId: string | undefined, followRuns: boolean) => {
    let events = await runEvents(client, id, runId);
    const runs = [events];
    // Newest run first: walk back through continuedExecutionRunId to the first.
    while (followRuns) {
      const previous = events[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId;
      if (!previous) break;
      events = await runEvents(client, id, previous);
      runs.push(events);
    }
    for (const run of runs)
      for (const event of run) {
        const type = eventTypeName(event);
        out.push({
          at: eventTime(event),
          type,
          activityType: event.activityTaskScheduledEventAttributes?.activityType?.name ?? undefined,
          localActivityType: localActivityType(event),
          workflowId: id,
        });
        const child = event.childWorkflowExecutionStartedEventAttributes?.workflowExecution;
        if (child?.workflowId) await visit(child.workflowId, child.runId ?? undefined, false);
      }
  };
  await visit(workflowId, undefined, true);
  return out.sort((a, b) => a.at - b.at);
}

/**
 * Temporal's side of one span: events by type, activities by type, Updates and signals. `activities`
 * counts every activity call, by task or local; a local one is `<type> (local)` in `activitiesByType`.
 */
export interface TemporalCost {
  events: number;
  eventsByType: Record<string, number>;
  activities: number;
  localActivities: number;
  activitiesByType: Record<string, number>;
  workflowTasks: number;
  updates: number;
  signals: number;
  childWorkflows: number;
  timers: number;
}

export function temporalCost(events: readonly CostEvent[]): TemporalCost {
  const cost: TemporalCost = {
    events: events.length,
    eventsByType: {},
    activities: 0,
    localActivities: 0,
    activitiesByType: {},
    workflowTasks: 0,
    updates: 0,
    signals: 0,
    childWorkflows: 0,
    timers: 0,
  };
  for (const e of events) {
    cost.eventsByType[e.type] = (cost.eventsByType[e.type] ?? 0) + 1;
    if (e.type === 'ActivityTaskScheduled') {
      cost.activities++;
      const name = e.activityType ?? '?';
      cost.activitiesByType[name] = (cost.activitiesByType[name] ?? 0) + 1;
    }
    if (e.localActivityType) {
      cost.activities++;
      cost.localActivities++;
      const name = `${e.localActivityType} (local)`;
      cost.activitiesByType[name] = (cost.activitiesByType[name] ?? 0) + 1;
    }
    if (e.type === 'WorkflowTaskScheduled') cost.workflowTasks++;
    if (e.type === 'WorkflowExecutionUpdateAccepted') cost.updates++;
    if (e.type === 'WorkflowExecutionSignaled') cost.signals++;
    if (e.type === 'StartChildWorkflowExecutionInitiated') cost.childWorkflows++;
    if (e.type === 'TimerStarted') cost.timers++;
  }
  return cost;
}

/** The events of [from, to): the span's own, by the time the server recorded them. */
export function eventsIn(events: readonly CostEvent[], from: number, to: number): CostEvent[] {
  return events.filter((e) => e.at >= from && e.at < to);
}
