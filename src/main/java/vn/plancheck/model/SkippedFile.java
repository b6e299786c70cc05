package vn.plancheck.model;

/**
 * A file (or something named like one) found in a checked folder and not checked, with why, so that nothing in
 * the folder is left out without the user hearing of it.
 *
 * @param file   the path as found under the folder the user gave
 * @param reason Vietnamese: "định dạng .xlsx không được hỗ trợ", "liên kết hỏng", …
 */
public record SkippedFile(String file, String reason) {
}
