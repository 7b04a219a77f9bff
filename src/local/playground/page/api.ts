/** The page's calls to the playground server, typed by the protocol. */
import type {
  ActivateRequest,
  EditRequest,
  EditResponse,
  MenuRequest,
  MenuResponse,
  PageView,
  WorkbookView,
} from '../protocol';

async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    const message = (payload as { message?: unknown } | null)?.message;
    throw new Error(typeof message === 'string' ? message : `The playground server answered ${response.status}.`);
  }
  return payload as T;
}

export const api = {
  page: () => request<PageView>('GET', '/api/page'),
  workbook: () => request<WorkbookView>('GET', '/api/workbook'),
  menu: (body: MenuRequest) => request<MenuResponse>('POST', '/api/menu', body),
  edit: (body: EditRequest) => request<EditResponse>('POST', '/api/edit', body),
  activate: (body: ActivateRequest) => request<WorkbookView>('POST', '/api/activate', body),
};
