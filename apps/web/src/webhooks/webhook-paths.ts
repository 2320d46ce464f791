/** The panel's address of one subscription. */
export const webhookPath = (id: string) => `/webhooks/${encodeURIComponent(id)}`;
