import type { filesEn } from './en.ts';

export const filesEs: Record<keyof typeof filesEn, string> = {
  'files.title': 'Adjuntos',
  'files.none': 'Aún no hay archivos adjuntos.',
  'files.upload': 'Adjuntar un archivo',
  'files.uploading': 'Subiendo…',
  'files.accepted': 'PDF, PNG, JPEG, XLSX, CSV o texto plano, hasta 10 MB.',
  'files.download': 'Descargar',
  'files.delete': 'Quitar',
  'files.confirmDelete': '¿Quitar {name}?',
  'files.final': 'Este registro es definitivo: se pueden añadir archivos, pero no quitarlos.',
  'files.by': '{size} · {who} · {when}',
};
