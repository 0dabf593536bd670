/** List mechanics shared by the modules' list routes: whitelisted server-side sort with keyset cursors. */
export { listsText } from './i18n.ts';
export { registerSavedViewRoutes } from './routes.ts';
export { cursorAfter, keyset, parseSort, type SortColumn, type Sorted, type SortSpec } from './sort.ts';
export { createView, deleteView, listViews, type SavedView, updateView } from './views.ts';
