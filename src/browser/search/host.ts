/**
 * What the lazily loaded search code needs of the box it drives. `<search-box>`
 * (boot.ts) provides it; the controller depends on this shape only, so it
 * never imports the boot script back.
 */
export interface SearchHost extends HTMLElement {
	/** Set when Enter was pressed before the search code arrived: the controller honours it once ready. */
	pendingEnter: boolean;
}
