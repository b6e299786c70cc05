/**
 * Decisions that are remembered: a reviewer's "Đã sửa", "Bỏ qua" or "Chấp nhận" on a finding, kept in a CSV file
 * ({@code --decisions}), imported from a filled-in workbook ({@code decisions import}), and the comparison with an
 * earlier run ({@code --baseline}). A finding is recognised by its rule, its document and its quote, not by its
 * line, so a decision survives lines inserted above it.
 *
 * <p>Sits between {@code report} (it reads back the workbook the report wrote and writes atomically) and
 * {@code pipeline} (which applies a {@link vn.plancheck.decide.Review} to every result before it is reported).
 */
package vn.plancheck.decide;
