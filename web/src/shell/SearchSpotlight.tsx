import { ActionIcon, Button, Group, Kbd, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure, useHotkeys, useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type KeyboardEvent, useEffect, useId, useMemo, useState } from 'react';
import { api } from '../api';
import type { Schema } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { type T, useFormat, useT } from '../i18n';
import { useCan } from '../session';

type Hit = Schema<'SearchHit'>;
type Found = Schema<'SearchResult'>;

/** Hits grouped by kind, the groups in the order of their best hit (the server ranks exact matches first). */
function groupByKind(hits: readonly Hit[]): { kind: Hit['kind']; hits: Hit[] }[] {
  const groups = new Map<Hit['kind'], Hit[]>();
  for (const hit of hits) groups.set(hit.kind, [...(groups.get(hit.kind) ?? []), hit]);
  return [...groups].map(([kind, list]) => ({ kind, hits: list }));
}

function titleOf(t: T, hit: Hit): string {
  if (hit.kind === 'invoice') return hit.title ?? t('search.draftInvoice');
  if (hit.kind === 'entry')
    return hit.title ? t('search.entry', { number: hit.title }) : t('search.draftEntry');
  return hit.title ?? '';
}

/** A magnifying glass (no icon package in the app). */
function SearchGlyph() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor">
      <circle cx="11" cy="11" r="7" strokeWidth="2" />
      <path d="m20 20-3.5-3.5" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/**
 * Global search (Ctrl+K / Cmd+K from any page, or the header button): type, and the hits of every kind the
 * reader may see come grouped by kind; ↑ ↓ choose, Enter opens, Esc closes. A combobox over a listbox, so
 * screen readers announce the option in focus while typing goes on in the field.
 */
export function SearchSpotlight() {
  const t = useT();
  const can = useCan();
  const [opened, { open, close }] = useDisclosure(false);
  const narrow = useMediaQuery('(max-width: 47.99em)');
  // The route's gate (every built-in role holds it; a company role may not): no button that could only fail.
  const allowed = can('org.company.read');
  // Ctrl+K works in form fields too: it is the one shortcut that must reach search from anywhere.
  useHotkeys([['mod+K', () => allowed && open()]], []);
  if (!allowed) return null;
  return (
    <>
      {narrow ? (
        <ActionIcon
          variant="default"
          size="lg"
          onClick={open}
          aria-label={t('search.openHint')}
          data-testid="search-open"
        >
          <SearchGlyph />
        </ActionIcon>
      ) : (
        <Button
          variant="default"
          onClick={open}
          leftSection={<SearchGlyph />}
          // The key is shown, and announced by aria-keyshortcuts: the button's name stays its visible word
          // (an aria-label that differs from the visible text fails WCAG 2.5.3, label in name).
          rightSection={
            <Kbd size="xs" aria-hidden="true">
              Ctrl K
            </Kbd>
          }
          aria-keyshortcuts="Control+K Meta+K"
          data-testid="search-open"
        >
          {t('search.open')}
        </Button>
      )}
      <Modal
        opened={opened}
        onClose={close}
        title={t('search.title')}
        fullScreen={narrow}
        size="lg"
        yOffset="8vh"
        data-testid="search-dialog"
      >
        {opened && <SearchPanel onDone={close} />}
      </Modal>
    </>
  );
}

function SearchPanel({ onDone }: { onDone: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const listId = useId();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 200);
  const [active, setActive] = useState(0);
  const found = useQuery({
    queryKey: ['search', q],
    queryFn: () => api.get<Found>('/search', { q, limit: '5' }),
    enabled: q.length > 0,
    staleTime: 10_000,
  });
  const hits = found.data && found.data.query === q ? found.data.hits : [];
  const groups = useMemo(() => groupByKind(hits), [hits]);
  const ordered = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  // A new answer starts at its best hit.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the hits change
  useEffect(() => setActive(0), [ordered]);

  const openHit = (hit: Hit | undefined) => {
    if (!hit) return;
    onDone();
    void navigate({ to: hit.link } as never);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const last = ordered.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: active >= last ? 0 : active + 1,
      ArrowUp: active <= 0 ? last : active - 1,
      Home: 0,
      End: last,
    };
    if (e.key in moves && ordered.length) {
      e.preventDefault();
      setActive(moves[e.key] as number);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      openHit(ordered[active]);
    }
  };
  const optionId = (i: number) => `${listId}-option-${i}`;
  const searching = q.length > 0 && (found.isFetching || found.data?.query !== q) && !found.isError;

  return (
    <Stack gap="sm">
      <TextInput
        data-autofocus
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        label={t('search.label')}
        placeholder={t('search.placeholder')}
        rightSection={searching ? <Loader size="xs" aria-label={t('search.searching')} /> : null}
        role="combobox"
        aria-expanded={ordered.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={ordered.length ? optionId(active) : undefined}
        autoComplete="off"
        data-testid="search-input"
      />
      <Text size="sm" c="dimmed" aria-live="polite">
        {!q
          ? t('search.hint')
          : searching
            ? t('search.searching')
            : ordered.length
              ? t('search.results', { count: ordered.length })
              : t('search.none', { q })}
      </Text>
      {found.isError && <ErrorAlert error={found.error} />}
      <div id={listId} role="listbox" aria-label={t('search.label')}>
        {groups.map((group) => (
          <Results
            key={group.kind}
            group={group}
            offset={ordered.indexOf(group.hits[0] as Hit)}
            active={active}
            optionId={optionId}
            onPick={openHit}
            onHover={setActive}
          />
        ))}
      </div>
    </Stack>
  );
}

function Results(props: {
  group: { kind: Hit['kind']; hits: Hit[] };
  offset: number;
  active: number;
  optionId: (i: number) => string;
  onPick: (hit: Hit) => void;
  onHover: (i: number) => void;
}) {
  const t = useT();
  const headingId = `${props.optionId(props.offset)}-group`;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of options inside a listbox (ARIA), not a form fieldset
    <div role="group" aria-labelledby={headingId}>
      <Text id={headingId} size="xs" fw={700} tt="uppercase" c="dimmed" mt="xs" mb={4}>
        {t(`search.kind.${props.group.kind}`)}
      </Text>
      {props.group.hits.map((hit, i) => (
        <HitOption
          key={hit.id}
          hit={hit}
          id={props.optionId(props.offset + i)}
          selected={props.active === props.offset + i}
          onPick={() => props.onPick(hit)}
          onHover={() => props.onHover(props.offset + i)}
        />
      ))}
    </div>
  );
}

function HitOption(props: {
  hit: Hit;
  id: string;
  selected: boolean;
  onPick: () => void;
  onHover: () => void;
}) {
  const t = useT();
  const fmt = useFormat();
  const { hit } = props;
  const facts = [
    hit.detail,
    hit.date ? fmt.date(hit.date) : null,
    hit.amount && hit.currency ? fmt.money(hit.amount, hit.currency) : null,
  ].filter(Boolean);
  // Scroll the option chosen by keyboard into view (a long list on a phone).
  useEffect(() => {
    if (props.selected) document.getElementById(props.id)?.scrollIntoView?.({ block: 'nearest' });
  }, [props.selected, props.id]);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox field handles the keys (↑ ↓ Enter)
    <div
      id={props.id}
      role="option"
      aria-selected={props.selected}
      tabIndex={-1}
      onClick={props.onPick}
      onMouseMove={props.onHover}
      style={{
        cursor: 'pointer',
        padding: '6px 8px',
        borderRadius: 'var(--mantine-radius-sm)',
        background: props.selected ? 'var(--mantine-color-blue-light)' : undefined,
      }}
      data-selected={props.selected || undefined}
      data-testid="search-option"
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" fw={600} truncate>
          {titleOf(t, hit)}
        </Text>
      </Group>
      {facts.length > 0 && (
        <Text size="xs" c="dimmed" truncate>
          {facts.join(' · ')}
        </Text>
      )}
    </div>
  );
}
