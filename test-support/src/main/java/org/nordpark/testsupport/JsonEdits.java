package org.nordpark.testsupport;

/** Edits of JSON text for property tests that mutate real documents. */
public final class JsonEdits {

	private JsonEdits() {
	}

	/**
	 * Replaces the value of the first {@code "key":} at or after {@code at} (a string,
	 * number, literal, object or array) with {@code value}; the document as it is when
	 * there is none. For property tests that edit real documents.
	 */
	public static String replaceValueAfter(String json, int at, String value) {
		int colon = json.indexOf("\": ", at);
		if (colon < 0) {
			colon = json.indexOf("\":", at);
			if (colon < 0) {
				return json;
			}
		}
		int start = colon + 2;
		while (start < json.length() && json.charAt(start) == ' ') {
			start++;
		}
		int end = start;
		int depth = 0;
		boolean inString = false;
		while (end < json.length()) {
			char c = json.charAt(end);
			if (inString) {
				if (c == '\\') {
					end++;
				}
				else if (c == '"') {
					inString = false;
					if (depth == 0) {
						end++;
						break;
					}
				}
			}
			else if (c == '"') {
				inString = true;
			}
			else if (c == '{' || c == '[') {
				depth++;
			}
			else if (c == '}' || c == ']') {
				if (depth == 0) {
					break;
				}
				depth--;
				if (depth == 0) {
					end++;
					break;
				}
			}
			else if (c == ',' && depth == 0) {
				break;
			}
			end++;
		}
		return json.substring(0, start) + value + json.substring(end);
	}

}
