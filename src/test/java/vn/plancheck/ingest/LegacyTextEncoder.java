package vn.plancheck.ingest;

import java.text.Normalizer;

/**
 * Test helper: writes Unicode Vietnamese in the legacy encodings the readers must recognise, so
 * fixtures and tests are produced from our own tables rather than copied files. TCVN3 delegates to
 * {@link Tcvn3#encode}; VNI-Windows spells a letter as its base vowel followed by mark characters.
 */
final class LegacyTextEncoder {
    private LegacyTextEncoder() {
    }

    static String tcvn3(String unicode) {
        return Tcvn3.encode(unicode);
    }

    /** VNI-Windows, as Latin-1 chars (one per byte). */
    static String vni(String unicode) {
        String d = Normalizer.normalize(unicode, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < d.length()) {
            char base = d.charAt(i++);
            boolean hat = false;
            boolean breve = false;
            boolean horn = false;
            char tone = 0;
            while (i < d.length() && Character.getType(d.charAt(i)) == Character.NON_SPACING_MARK) {
                char m = d.charAt(i++);
                switch (m) {
                    case '\u0302' -> hat = true;
                    case '\u0306' -> breve = true;
                    case '\u031B' -> horn = true;
                    default -> tone = m;
                }
            }
            out.append(vniLetter(base, hat, breve, horn, tone));
        }
        return out.toString();
    }

    private static String vniLetter(char base, boolean hat, boolean breve, boolean horn, char tone) {
        boolean upper = Character.isUpperCase(base);
        char lower = Character.toLowerCase(base);
        if (lower == 'đ') {
            return upper ? "Ñ" : "ñ";
        }
        if (lower == 'i' && tone != 0) {
            String forms = upper ? "ÍÌÆÓÒ" : "íìæóò";
            return String.valueOf(forms.charAt(toneIndex(tone)));
        }
        String head;
        if (horn) {
            head = lower == 'o' ? (upper ? "Ô" : "ô") : (upper ? "Ö" : "ö");
        } else {
            head = String.valueOf(base);
        }
        String tones = upper ? "ÙØÛÕÏ" : "ùøûõï";
        if (hat) {
            return head + (tone == 0 ? (upper ? "Â" : "â") : String.valueOf((upper ? "ÁÀÅÃÄ" : "áàåãä").charAt(toneIndex(tone))));
        }
        if (breve) {
            return head + (tone == 0 ? (upper ? "Ê" : "ê") : String.valueOf((upper ? "ÉÈÚÜË" : "éèúüë").charAt(toneIndex(tone))));
        }
        return tone == 0 ? head : head + tones.charAt(toneIndex(tone));
    }

    /** acute, grave, hook, tilde, dot: the order of every VNI mark string above. */
    private static int toneIndex(char tone) {
        return switch (tone) {
            case '\u0301' -> 0;
            case '\u0300' -> 1;
            case '\u0309' -> 2;
            case '\u0303' -> 3;
            case '\u0323' -> 4;
            default -> throw new IllegalArgumentException("not a Vietnamese tone: U+" + Integer.toHexString(tone));
        };
    }
}
