/** `confidence_vote/<unit>/<year>/<n>` ↔ the panel's `/confidence-votes/<unit>/<year>/<n>`. */
export const confidenceVotePath = (id: string) => `/${id.replace(/^confidence_vote\//, 'confidence-votes/')}`;
export const confidenceVoteIdFrom = (unit: string, year: string, n: string) =>
  `confidence_vote/${unit}/${year}/${n}`;
