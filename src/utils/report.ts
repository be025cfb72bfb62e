/** What a problem report says before the reader writes a word: which page, and which code or group. */
export interface ReportDraft {
	/** The title, or the email's subject. */
	title: string;
	/** The first lines of the issue or email: the page's address and what it shows. */
	body: string;
}

/**
 * The address "Report a problem with this page" leads to: the configured
 * target with the draft filled in. An email address gets `subject` and
 * `body`; an issue tracker's new-issue URL gets `title` and `body`, the
 * parameters GitHub, Gitea and Forgejo read (others ignore them, and the
 * reader still lands on the form).
 */
export function reportHref(target: string, draft: ReportDraft): string {
	if (target.startsWith('mailto:')) {
		return `${target}?subject=${encodeURIComponent(draft.title)}&body=${encodeURIComponent(draft.body)}`;
	}
	const url = new URL(target);
	url.searchParams.set('title', draft.title);
	url.searchParams.set('body', draft.body);
	return url.href;
}

/** The draft for a code's page: its address and its code, then room for what is wrong. */
export function codeReport(
	page: string,
	code: { id: string; code: number; headline: string; label: string },
): ReportDraft {
	return {
		title: `Problem with the page of ${code.label} ${code.code}`,
		body: `Page: ${page}\nCode: ${code.code} (${code.id}): ${code.headline}\n\nWhat is wrong or missing (the text, the advice, a link):\n`,
	};
}

/** The draft for a group's page: its address and its group, then room for the wrong or missing code. */
export function groupReport(page: string, group: { slug: string; title: string }): ReportDraft {
	return {
		title: `Problem with the page of ${group.title}`,
		body: `Page: ${page}\nGroup: ${group.title} (${group.slug})\n\nWhich code is wrong or missing, and where BigML.io shows it:\n`,
	};
}
