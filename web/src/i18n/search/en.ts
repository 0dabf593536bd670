// Global search strings (English, the reference). cs.ts and es.ts must have every key.
export const searchEn = {
  'search.open': 'Search',
  'search.openHint': 'Search (Ctrl+K)',
  'search.title': 'Search',
  'search.label': 'Search invoices, bills, customers, vendors, entries, tasks and people',
  'search.placeholder': 'Number, name, amount or reference…',
  'search.hint':
    'Type a number, a name, an amount (162.99) or a reference. ↑ ↓ to choose, Enter to open, Esc to close.',
  'search.searching': 'Searching…',
  'search.none': 'Nothing found for “{q}”.',
  'search.results': '{count, plural, one {# result} other {# results}}',
  'search.kind.invoice': 'Invoices',
  'search.kind.bill': 'Bills',
  'search.kind.party': 'Customers and vendors',
  'search.kind.entry': 'Journal entries',
  'search.kind.task': 'Tasks',
  'search.kind.person': 'People',
  'search.draftInvoice': 'Draft invoice',
  'search.entry': 'Entry {number}',
  'search.draftEntry': 'Draft entry',
} as const;
