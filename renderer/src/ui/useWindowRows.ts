import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState, type FocusEvent, type Key, type KeyboardEvent } from 'react';

export interface WindowRowsOptions {
  count: number;
  /** A first guess of a row's height in px; every drawn row is measured, so the guess only shapes the scroll bar. */
  estimateSize(index: number): number;
  /** Stable across filtering, so a row measured once keeps its height while a query is typed. */
  getItemKey(index: number): Key;
}

/** A row's height with its margins: a narrow window shows contacts as cards spaced by a margin. */
function outerHeight(element: Element): number {
  const style = getComputedStyle(element);
  return element.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
}

/**
 * Rows drawn beyond the window on each side. Tab needs one (the browser scrolls the focused row into view, which
 * draws the next); each extra row is laid out again on every keystroke that changes the list, and at 8 the rows no one
 * could see were two thirds of a keystroke's drawing (`npm run bench`, search p95 over 10,000 contacts 32 → 15 ms
 * with the search changes of the same commit).
 */
const OVERSCAN = 2;

/**
 * A long list drawn only around what the window shows, while the page itself scrolls: the scroll bar, Page Up /
 * Page Down, Home and End behave as on any page, and every row is reachable. `listProps` go on the element where
 * the first row starts; the caller places the rows from `rows.getVirtualItems()` (their `start` counts from the top
 * of the page: subtract `scrollMargin`) and measures each through `rows.measureElement` (with `data-index`).
 */
export function useWindowRows<T extends HTMLElement>({ count, estimateSize, getItemKey }: WindowRowsOptions) {
  const listRef = useRef<T>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // The row that holds the keyboard focus stays drawn when it scrolls away, so Page Down does not drop the focus
  // (a screen reader would lose its place) — the row is kept, not re-created, when the user pages back.
  const focusedIndex = useRef<number | null>(null);

  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const focused = focusedIndex.current;
    if (focused === null || focused >= range.count || indexes.includes(focused)) return indexes;
    return [...indexes, focused].sort((a, b) => a - b);
  }, []);

  const rows = useWindowVirtualizer<HTMLElement>({ count, estimateSize, getItemKey, overscan: OVERSCAN, scrollMargin, rangeExtractor, measureElement: outerHeight });

  // Where the list starts on the page moves when a notice above it appears or goes: follow it.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const update = () => setScrollMargin(Math.round(list.getBoundingClientRect().top + window.scrollY));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const onFocus = useCallback((event: FocusEvent<T>) => {
    const row = (event.target as Element).closest<HTMLElement>('[data-index]');
    focusedIndex.current = row ? Number(row.dataset.index) : null;
  }, []);
  const onBlur = useCallback((event: FocusEvent<T>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) focusedIndex.current = null;
  }, []);

  // End from a row: the page's own End scrolls to the bottom as estimated, and the rows measured on the way there
  // change the page's height, so the last row could end up below the window. The virtualizer re-aligns until it is
  // measured and shown.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<T>) => {
      if (event.key !== 'End' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || count === 0) return;
      if ((event.target as Element).closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      rows.scrollToIndex(count - 1, { align: 'end' });
    },
    [rows, count],
  );

  return { rows, listRef, scrollMargin, listProps: { ref: listRef, onFocus, onBlur, onKeyDown } };
}
