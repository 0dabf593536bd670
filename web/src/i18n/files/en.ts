// Attachment strings (English, the reference). cs.ts and es.ts must have every key.
export const filesEn = {
  'files.title': 'Attachments',
  'files.none': 'No files attached yet.',
  'files.upload': 'Attach a file',
  'files.uploading': 'Uploading…',
  'files.accepted': 'PDF, PNG, JPEG, XLSX, CSV or plain text, up to 10 MB.',
  'files.download': 'Download',
  'files.delete': 'Remove',
  'files.confirmDelete': 'Remove {name}?',
  'files.final': 'This record is final: files can be added but not removed.',
  'files.by': '{size} · {who} · {when}',
};
