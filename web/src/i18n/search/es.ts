import type { searchEn } from './en.ts';

export const searchEs: Record<keyof typeof searchEn, string> = {
  'search.open': 'Buscar',
  'search.openHint': 'Buscar (Ctrl+K)',
  'search.title': 'Búsqueda',
  'search.label':
    'Buscar facturas, facturas de proveedor, clientes, proveedores, asientos, tareas y personas',
  'search.placeholder': 'Número, nombre, importe o referencia…',
  'search.hint':
    'Escriba un número, un nombre, un importe (162,99) o una referencia. ↑ ↓ para elegir, Intro para abrir, Esc para cerrar.',
  'search.searching': 'Buscando…',
  'search.none': 'No se encontró nada para «{q}».',
  'search.results': '{count, plural, one {# resultado} other {# resultados}}',
  'search.kind.invoice': 'Facturas',
  'search.kind.bill': 'Facturas de proveedor',
  'search.kind.party': 'Clientes y proveedores',
  'search.kind.entry': 'Asientos contables',
  'search.kind.task': 'Tareas',
  'search.kind.person': 'Personas',
  'search.draftInvoice': 'Borrador de factura',
  'search.entry': 'Asiento {number}',
  'search.draftEntry': 'Borrador de asiento',
};
