// Shapes of the foundation API (docs/api-foundation.md). The answers are the generated types of the server's
// OpenAPI document (web/src/api/types.ts); only client-side shapes are written out here.
import type { ApiItem, ApiResponse, Schema } from './api/types';

export type Locale = 'en' | 'cs' | 'es';

export type Me = ApiResponse<'/me'>;
export type User = Me['user'];
export type CompanyRef = Me['companies'][number];
export type Company = NonNullable<Schema<'Company'>>;

export type Department = Schema<'Department'>;
export type DepartmentDetail = Schema<'DepartmentDetail'>;
export type DepartmentMember = DepartmentDetail['members'][number];
export type Person = Schema<'Person'>;
export type Invitation = Schema<'Invitation'>;

export type AuditEvent = Schema<'AuditEvent'>;
export type Job = Schema<'Job'>;
/** The states a job passes through (the document types `status` as a plain string). */
export type JobStatus = 'queued' | 'running' | 'done' | 'failed';
export type ApiToken = ApiItem<'/me/tokens'>;
