/** The year of a rotation's evaluation task, from its key `evaluation-<year>` (libs/contracts TaskKeys). */
export function evaluationYearOf(taskKey: string): number | null {
  const match = /^evaluation-(\d+)$/.exec(taskKey);
  return match ? Number(match[1]) : null;
}
