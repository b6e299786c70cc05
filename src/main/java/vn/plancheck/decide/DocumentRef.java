package vn.plancheck.decide;

import java.time.LocalDate;

import vn.plancheck.model.DocumentResult;
import vn.plancheck.model.Plan;
import vn.plancheck.text.VietText;

/**
 * Which document a decision (or a finding of an earlier run) is about, as far as it is known: the file's name, and the
 * issuer, number and symbol and issue date it carries. Names are folded, so "Kế hoạch.docx" saved by another system
 * as decomposed Unicode, or with other capitals, is still the same name.
 *
 * @param fileName the file name without its folders, folded ("" when unknown)
 * @param issuer   the issuer, folded ("" when unknown)
 * @param number   number and symbol ("29/KH-UBND"), folded ("" when unknown, as in a draft)
 * @param issued   the issue date, or null
 */
record DocumentRef(String fileName, String issuer, String number, LocalDate issued) {
    static DocumentRef of(String file, String issuer, String number, LocalDate issued) {
        return new DocumentRef(VietText.fold(fileName(file)), VietText.fold(issuer), VietText.fold(number), issued);
    }

    static DocumentRef of(DocumentResult doc) {
        Plan p = doc.getPlan();
        return p == null ? of(doc.getFile(), null, null, null)
                : of(doc.getFile(), p.getIssuer(), p.getNumberSymbol(), p.getIssueDate());
    }

    /**
     * The same document: the same file name (wherever the folder), or the same issuer and number and symbol (a file
     * renamed or converted), with the same issue date when both know it (numbers start again every year).
     */
    boolean matches(DocumentRef other) {
        if (!fileName.isEmpty() && fileName.equals(other.fileName)) {
            return true;
        }
        return !issuer.isEmpty() && !number.isEmpty() && issuer.equals(other.issuer) && number.equals(other.number)
                && (issued == null || other.issued == null || issued.equals(other.issued));
    }

    /** The last part of a path as the user gave it, with '/' or '\' between folders. */
    static String fileName(String path) {
        if (path == null) {
            return "";
        }
        String p = path.strip();
        int cut = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        return p.substring(cut + 1);
    }
}
