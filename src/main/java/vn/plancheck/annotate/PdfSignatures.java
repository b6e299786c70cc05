package vn.plancheck.annotate;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What a PDF's signatures allow. An approval signature (what Vietnamese e-signing tools put on a plan) covers the
 * bytes it signed, and an incremental update after it leaves it valid. A certification signature (DocMDP) also
 * says which later changes are allowed: P=1 none, P=2 filling forms and signing, P=3 also annotations. Adding
 * highlights under P=1 or P=2 would break it, so the copy is not made.
 */
final class PdfSignatures {
    private PdfSignatures() {
    }

    /** Why annotations must not be added to this PDF, in Vietnamese, or null when they may. */
    static String whyNoAnnotations(PDDocument doc) {
        COSDictionary perms = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS);
        COSDictionary certification = perms == null ? null : perms.getCOSDictionary(COSName.DOCMDP);
        if (certification == null) {
            return null;
        }
        int p = permission(certification);
        if (p == 1 || p == 2) {
            return "Tệp PDF được chứng thực bằng chữ ký số không cho phép thêm ghi chú (mức quyền P=" + p
                    + "): đánh dấu vào tệp sẽ làm chữ ký mất hiệu lực, nên plancheck ghi kết quả ra báo cáo HTML.";
        }
        return null;
    }

    /** The DocMDP permission level of a certification signature (2 when the signature does not say). */
    private static int permission(COSDictionary signature) {
        COSArray references = signature.getCOSArray(COSName.getPDFName("Reference"));
        if (references == null) {
            return 2;
        }
        for (COSBase r : references) {
            COSBase o = r == null ? null : r instanceof org.apache.pdfbox.cos.COSObject obj ? obj.getObject() : r;
            if (o instanceof COSDictionary ref && COSName.DOCMDP.equals(ref.getCOSName(COSName.getPDFName("TransformMethod")))) {
                COSDictionary params = ref.getCOSDictionary(COSName.getPDFName("TransformParams"));
                return params == null ? 2 : params.getInt(COSName.P, 2);
            }
        }
        return 2;
    }
}
