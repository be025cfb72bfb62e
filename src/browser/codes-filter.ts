/**
 * `<codes-filter>`: hides the rows of the next table that do not hold what is
 * typed (a number in any dash, or words), and says how many are left. Rows
 * are only hidden, never removed, so the page without JavaScript and with an
 * empty filter are the same list.
 */

/** How a row's text and a filter are compared: lowercase, any dash a minus sign, spaces squeezed. */
const normal = (text: string) =>
	text
		.toLowerCase()
		.replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
		.replace(/\s+/g, ' ')
		.trim();

class CodesFilter extends HTMLElement {
	connectedCallback() {
		const input = this.querySelector('input');
		const count = this.querySelector('.count');
		// The table that follows, past the component's own script tag.
		let next = this.nextElementSibling;
		while (next && !next.querySelector('table')) next = next.nextElementSibling;
		const table = next?.querySelector('table');
		if (!input || !count || !table) return;
		const rows = [...table.tBodies[0]!.rows].map((row) => ({ row, text: normal(row.textContent ?? '') }));
		const apply = () => {
			const words = normal(input.value).split(' ').filter(Boolean);
			let shown = 0;
			for (const { row, text } of rows) {
				row.hidden = !words.every((word) => text.includes(word));
				if (!row.hidden) shown++;
			}
			count.textContent =
				words.length === 0
					? `${rows.length} codes listed`
					: `${shown} of ${rows.length} codes hold “${input.value.trim()}”`;
		};
		input.addEventListener('input', apply);
		// A value the browser restored (back button) filters at once.
		if (input.value) apply();
	}
}

/** Registers `<codes-filter>` once. */
export function defineCodesFilter(): void {
	if (!customElements.get('codes-filter')) customElements.define('codes-filter', CodesFilter);
}
