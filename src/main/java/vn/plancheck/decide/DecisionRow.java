package vn.plancheck.decide;

import vn.plancheck.model.Decision;

/**
 * One row of a decisions file.
 *
 * @param index    0-based position among the file's data rows
 * @param line     1-based line the row starts on, for messages
 * @param ruleId   the rule
 * @param quote    the finding's quote as written (may be blank)
 * @param message  the finding's message when it was decided (may be blank)
 * @param document the document
 * @param decision the decision, or null for a row set back to "Mới" (it then decides nothing)
 */
record DecisionRow(int index, int line, String ruleId, String quote, String message, DocumentRef document, Decision decision) {
}
