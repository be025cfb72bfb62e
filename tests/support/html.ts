import { DomUtils, parseDocument } from 'htmlparser2';

/** An element of a parsed page. */
export type HtmlElement = ReturnType<typeof DomUtils.findAll>[number];

/** The node types htmlparser2 gives elements (`<script>` and `<style>` have their own). */
const ELEMENT_TYPES = new Set<string>(['tag', 'script', 'style']);

/**
 * A built page parsed in Node, for checks over every file of `dist/` where a
 * browser would take minutes: links, ids, inline code, escaping.
 */
export class HtmlDocument {
	readonly #root: ReturnType<typeof parseDocument>;

	constructor(html: string) {
		this.#root = parseDocument(html);
	}

	/** Every element, or every element named `tag` (`'*'` for any), that passes `where`, in document order. */
	all(tag = '*', where: (element: HtmlElement) => boolean = () => true): HtmlElement[] {
		return DomUtils.findAll((el) => (tag === '*' || el.name === tag) && where(el), this.#root);
	}

	/** The elements named `tag` (`'*'` for any) inside `scope`. */
	inside(scope: HtmlElement | undefined, tag = '*'): HtmlElement[] {
		return scope ? DomUtils.findAll((el) => tag === '*' || el.name === tag, scope.children) : [];
	}

	/** The elements named `tag` (`'*'` for any) directly inside `parent`. */
	children(parent: HtmlElement | undefined, tag = '*'): HtmlElement[] {
		return (parent?.children ?? []).filter(
			(node): node is HtmlElement =>
				ELEMENT_TYPES.has(node.type) && (tag === '*' || (node as HtmlElement).name === tag),
		);
	}

	/** The first element named `tag` that passes `where`. */
	first(tag: string, where?: (element: HtmlElement) => boolean): HtmlElement | undefined {
		return this.all(tag, where)[0];
	}

	/** An element's text (or the whole page's), with runs of whitespace made single spaces. */
	text(element?: HtmlElement): string {
		return DomUtils.textContent(element ?? this.#root)
			.replace(/\s+/g, ' ')
			.trim();
	}
}

/** An attribute's value, or `undefined` when the element does not have it. */
export const attr = (element: HtmlElement | undefined, name: string): string | undefined =>
	element ? DomUtils.getAttributeValue(element, name) : undefined;
