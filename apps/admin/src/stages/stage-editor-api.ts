import { api } from '../api/api-client.ts';
import { settle } from '../api/api-result.ts';

const stagePath = (tenant: string, stageKey: string) => ({ params: { path: { tenant, stageKey } } });

/** The commune's stages to edit, and the places, question forms and languages a stage may use. */
export function listEditorStages(tenant: string) {
  return settle(api.GET('/v1/admin/tenants/{tenant}/stages', { params: { path: { tenant } } }));
}

export type EditorStages = Extract<Awaited<ReturnType<typeof listEditorStages>>, { ok: true }>['data'];

/** A stage's current definition to edit it (communes whose back-office is the truth). */
export function readStageDefinition(tenant: string, stageKey: string) {
  return settle(
    api.GET('/v1/admin/tenants/{tenant}/stages/{stageKey}/definition', stagePath(tenant, stageKey)),
  );
}

export type EditableStage = Extract<Awaited<ReturnType<typeof readStageDefinition>>, { ok: true }>['data'];

export function saveStageDefinition(tenant: string, stageKey: string, definition: Record<string, unknown>) {
  return settle(
    api.PUT('/v1/admin/tenants/{tenant}/stages/{stageKey}/definition', {
      ...stagePath(tenant, stageKey),
      body: { definition },
    }),
  );
}

export function createStage(tenant: string, key: string, definition: Record<string, unknown>) {
  return settle(
    api.POST('/v1/admin/tenants/{tenant}/stages', {
      params: { path: { tenant } },
      body: { key, definition },
    }),
  );
}

/** Where the browser downloads the commune's stages.yaml. */
export const stagesYamlUrl = (tenant: string) =>
  `/v1/admin/tenants/${encodeURIComponent(tenant)}/stages.yaml`;
