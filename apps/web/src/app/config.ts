/**
 * Build-time settings (Vite `VITE_*` variables), with defaults that fit `npm start`.
 *
 * VITE_TEMPORAL_UI_URL: base URL of the Temporal UI that ops use, e.g. https://temporal.example.org.
 * Default: port 8233 on the host the panel was opened from (the dev server's UI).
 * VITE_TEMPORAL_NAMESPACE: default "default".
 */
export interface PanelConfig {
  temporalUiUrl: string;
  temporalNamespace: string;
}

export function panelConfig(
  env: Record<string, string | undefined> = import.meta.env as Record<string, string | undefined>,
  location: Pick<Location, 'protocol' | 'hostname'> = window.location,
): PanelConfig {
  const fallbackHost = location.hostname || 'localhost';
  const temporalUiUrl = (
    env.VITE_TEMPORAL_UI_URL?.trim() || `${location.protocol}//${fallbackHost}:8233`
  ).replace(/\/+$/, '');
  return { temporalUiUrl, temporalNamespace: env.VITE_TEMPORAL_NAMESPACE?.trim() || 'default' };
}

/** Link to a workflow in the Temporal UI (its id has slashes: it is one URL-encoded segment). */
export function temporalWorkflowUrl(config: PanelConfig, workflowId: string): string {
  return `${config.temporalUiUrl}/namespaces/${encodeURIComponent(config.temporalNamespace)}/workflows/${encodeURIComponent(workflowId)}`;
}

export function cadrePath(code: string): string {
  return `/cadres/${encodeURIComponent(code)}`;
}
