import type { InstanceStatus } from '../api/types';
import { instanceStatuses } from './types';

/** The instance list's filters and page, as the URL query holds them (so a filtered list can be shared). */
export interface InstanceFilters {
  definitionId: string;
  status: InstanceStatus | '';
  correlationId: string;
  page: number;
  pageSize: number;
}

export const defaultPageSize = 25;
export const pageSizes = [10, 25, 50, 100] as const;

export function filtersFromQuery(search: string): InstanceFilters {
  const query = new URLSearchParams(search);
  const status = query.get('status') ?? '';
  return {
    definitionId: query.get('definitionId')?.trim() ?? '',
    status: (instanceStatuses as readonly string[]).includes(status) ? (status as InstanceStatus) : '',
    correlationId: query.get('correlationId')?.trim() ?? '',
    page: positive(query.get('page'), 1),
    pageSize: Math.min(positive(query.get('pageSize'), defaultPageSize), 500),
  };
}

function positive(text: string | null, fallback: number): number {
  const n = Number(text);
  return text !== null && Number.isInteger(n) && n >= 1 ? n : fallback;
}

/** The page's own query: only what differs from the defaults, in a fixed order. */
export function queryFromFilters(filters: InstanceFilters): string {
  const query = new URLSearchParams();
  if (filters.definitionId) query.set('definitionId', filters.definitionId);
  if (filters.status) query.set('status', filters.status);
  if (filters.correlationId) query.set('correlationId', filters.correlationId);
  if (filters.page !== 1) query.set('page', String(filters.page));
  if (filters.pageSize !== defaultPageSize) query.set('pageSize', String(filters.pageSize));
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The API call's query: the filters plus an explicit page and size. */
export function apiQuery(filters: InstanceFilters): URLSearchParams {
  const query = new URLSearchParams(queryFromFilters({ ...filters, page: 1, pageSize: defaultPageSize }));
  query.set('page', String(filters.page));
  query.set('pageSize', String(filters.pageSize));
  return query;
}

/** Changing a filter goes back to page 1, since the old page number means nothing in the new list. */
export function withFilter(filters: InstanceFilters, change: Partial<Omit<InstanceFilters, 'page'>>): InstanceFilters {
  return { ...filters, ...change, page: 1 };
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** "Instances 26–50 of 73", or that the list is empty. */
export function rangeText(filters: InstanceFilters, shown: number, total: number): string {
  if (total === 0) return 'No instances match.';
  if (shown === 0) return `Page ${filters.page} is past the end of the ${total} matching instances.`;
  const first = (filters.page - 1) * filters.pageSize + 1;
  return `Instances ${first}–${first + shown - 1} of ${total}`;
}

/** The list of one definition's instances, for links from the workflows list. */
export function instancesHref(definitionId: string, status?: InstanceStatus): string {
  return `/instances${queryFromFilters({ definitionId, status: status ?? '', correlationId: '', page: 1, pageSize: defaultPageSize })}`;
}
