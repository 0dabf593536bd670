/**
 * File attachments: any record a module registers with `registerAttachable` can carry files. The files live
 * in the `files` table (bytea, at most STEWARD_MAX_UPLOAD_BYTES each), typed by their content, never by what
 * the client claims; access, deletion rules and sensitivity come from the record's registration.
 */
import './permissions.ts';

export { FILE_PERMISSIONS } from './permissions.ts';
export {
  type Attachable,
  attachable,
  attachableTypes,
  companyWide,
  registerAttachable,
} from './registry.ts';
export { registerFileRoutes, UPLOAD_PATH } from './routes.ts';
export {
  contentTypesOf,
  deleteFile,
  type FileView,
  getFile,
  listFiles,
  readFile,
  requireRecordAccess,
  uploadFile,
} from './service.ts';
export { ACCEPTED_KINDS, sniff } from './sniff.ts';
