import { z } from 'astro/zod';
import { lineOfText, quotedPassage } from './text.ts';

/**
 * A passage of public source code or documentation, quoted verbatim, that
 * backs a fact the site states: where a code was seen when BigML's table does
 * not list it, or what BigML's own client bindings say about a code.
 */
export const citationSchema = z.strictObject({
	/** The GitHub repository, as `owner/name` (`bigmlcom/python`). */
	repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, {
		error: 'must be a GitHub repository as owner/name, such as bigmlcom/python',
	}),
	/** The file inside the repository (`bigml/constants.py`). */
	path: lineOfText("write the file's path in the repository, such as bigml/constants.py"),
	/** The commit the quote was read at, so the link keeps showing the same text. */
	commit: z.string().regex(/^[0-9a-f]{40}$/, { error: 'must be the full 40-character commit hash' }),
	/** The text exactly as the file has it; it may span lines and hold tabs, as code does. */
	quote: quotedPassage('copy the passage verbatim'),
	/** What the passage shows, in our words, e.g. "The Python bindings define the constant". */
	about: lineOfText('say in a few words what the passage shows'),
});

/** A validated citation. */
export type Citation = z.infer<typeof citationSchema>;

/** The address of a cited file at the commit it was read at. */
export const citationUrl = (c: Pick<Citation, 'repository' | 'path' | 'commit'>) =>
	`https://github.com/${c.repository}/blob/${c.commit}/${c.path}`;
