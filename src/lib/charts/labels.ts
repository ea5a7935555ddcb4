export interface Label {
  /** Where the label wants to be, in pixels from the top. */
  position: number;
  /** Its height in pixels (more for a label that wraps). */
  size: number;
}

/**
 * Moves labels apart, as little as possible, so none overlap, keeping them inside
 * [top, bottom] where there is room. Returns the new positions in the input's order.
 */
export function spreadLabels(labels: readonly Label[], top: number, bottom: number): number[] {
  const items = labels.map((label) => ({ ...label, placed: label.position }));
  const sorted = [...items].sort((a, b) => a.position - b.position);
  // Push each label down past the one above it, then pull them back up from the bottom edge.
  let above: (typeof items)[number] | undefined;
  for (const item of sorted) {
    item.placed = Math.max(item.placed, top + item.size / 2);
    if (above) item.placed = Math.max(item.placed, above.placed + (above.size + item.size) / 2);
    above = item;
  }
  let below: (typeof items)[number] | undefined;
  for (const item of sorted.reverse()) {
    item.placed = Math.min(item.placed, bottom - item.size / 2);
    if (below) item.placed = Math.min(item.placed, below.placed - (below.size + item.size) / 2);
    below = item;
  }
  return items.map((item) => item.placed);
}
