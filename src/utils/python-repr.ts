/**
 * Reads what BigML's Python bindings print: `print(api.error)` or
 * `print(resource)` shows a dict's repr (`{'code': 400, 'error': None}`), not
 * JSON, and that is what people paste. Pure and small: strings, numbers,
 * None/True/False, dicts, lists and tuples, which is all a response holds.
 */

/** Python's names for JSON's literals. */
const LITERALS: Record<string, string> = { None: 'null', True: 'true', False: 'false' };

/** Python string escapes JSON does not have, or spells differently. */
const ESCAPES: Record<string, string> = { "'": "'", '"': '\\"', '\n': '', a: '\\u0007', v: '\\u000b', '0': '\\u0000' };

/**
 * Rewrites a Python repr as JSON text, or `undefined` when it holds something
 * else (a call, an unquoted name): then the input is not a repr this reads.
 * It checks nothing else: JSON.parse of the result does.
 */
export function pythonToJson(repr: string): string | undefined {
	let out = '';
	let i = 0;
	let changed = false;
	while (i < repr.length) {
		const c = repr[i]!;
		// u'…', b'…', r'…' string prefixes (Python 2 prints u'…').
		if (/[ubrUBR]/.test(c) && (repr[i + 1] === "'" || repr[i + 1] === '"') && !/[\w]/.test(repr[i - 1] ?? '')) {
			i++;
			changed = true;
			continue;
		}
		if (c === "'" || c === '"') {
			let j = i + 1;
			let s = '';
			while (j < repr.length && repr[j] !== c) {
				if (repr[j] === '\\' && j + 1 < repr.length) {
					const next = repr[j + 1]!;
					const hex = next === 'x' ? /^[0-9a-fA-F]{2}/.exec(repr.slice(j + 2, j + 4))?.[0] : undefined;
					s += hex ? `\\u00${hex}` : (ESCAPES[next] ?? `\\${next}`);
					j += hex ? 4 : 2;
				} else {
					s += repr[j] === '"' ? '\\"' : repr[j];
					j++;
				}
			}
			if (j >= repr.length) return undefined;
			out += `"${s}"`;
			if (c === "'") changed = true;
			i = j + 1;
			continue;
		}
		// The exponent of a number (1e-05) is not a name.
		const word = /\d/.test(repr[i - 1] ?? '') ? undefined : /^[A-Za-z_]\w*/.exec(repr.slice(i, i + 64))?.[0];
		if (word) {
			const literal = LITERALS[word];
			if (literal === undefined) return undefined;
			out += literal;
			changed = true;
			i += word.length;
			continue;
		}
		// Tuples read as lists.
		out += c === '(' ? '[' : c === ')' ? ']' : c;
		i++;
	}
	// A trailing comma before a closing bracket is valid Python, not JSON.
	const json = out.replace(/,(\s*[}\]])/g, '$1');
	return changed || json !== out ? json : undefined;
}
