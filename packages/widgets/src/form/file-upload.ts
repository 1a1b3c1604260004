import type { components } from '../api/schema.d.ts';

export type Uploaded = components['schemas']['FormUpload'];

export type UploadError = 'too-large' | 'wrong-type' | 'failed';

export type UploadResult = { ok: true; upload: Uploaded } | { ok: false; error: UploadError };

export interface UploadRequest {
  apiBase: string;
  tenant: string;
  form: string;
  field: string;
  file: File;
  /** A session for signed-in forms, else a proof of work. */
  sender: { token: string } | { proof: string };
  /** Share of the file sent so far, 0 to 1. */
  onProgress: (share: number) => void;
}

const isUploaded = (value: unknown): value is Uploaded =>
  typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string';

/**
 * Sends one picked file as the raw body of POST …/uploads. XMLHttpRequest rather than fetch: only
 * it reports upload progress. The API reads the type from the content and answers 413/415 problems.
 */
export function uploadFile(request: UploadRequest): Promise<UploadResult> {
  const { apiBase, tenant, form, field, file, sender, onProgress } = request;
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const path = `/v1/tenants/${encodeURIComponent(tenant)}/forms/${encodeURIComponent(form)}/uploads`;
    xhr.open('POST', `${apiBase.replace(/\/$/, '')}${path}?field=${encodeURIComponent(field)}`);
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.setRequestHeader('x-communa-file-name', encodeURIComponent(file.name));
    if ('token' in sender) xhr.setRequestHeader('authorization', `Bearer ${sender.token}`);
    else xhr.setRequestHeader('x-communa-proof', sender.proof);
    xhr.responseType = 'json';
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      const body: unknown = xhr.response;
      if (xhr.status === 201 && isUploaded(body)) resolve({ ok: true, upload: body });
      else if (xhr.status === 413) resolve({ ok: false, error: 'too-large' });
      else if (xhr.status === 415) resolve({ ok: false, error: 'wrong-type' });
      else resolve({ ok: false, error: 'failed' });
    });
    xhr.addEventListener('error', () => resolve({ ok: false, error: 'failed' }));
    xhr.send(file);
  });
}
