/** `training/<classCode>` ↔ the panel's `/training/<classCode>`. */
export const trainingClassPath = (id: string) =>
  `/training/${encodeURIComponent(id.replace(/^training\//, ''))}`;
export const trainingClassIdFrom = (classCode: string) => `training/${classCode}`;
