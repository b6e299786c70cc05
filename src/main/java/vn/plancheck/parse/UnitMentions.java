package vn.plancheck.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names of bodies anywhere in a text: "Bộ Lao động - Thương binh và Xã hội", "Sở Y tế", "UBND tỉnh Bắc
 * Giang", "UBND các huyện, thành phố", "Ban Thường vụ Tỉnh ủy", "Bộ Chính trị", "Chính phủ".
 *
 * <p>Names are cut by Vietnamese capitalisation, which survives both clean text and text stripped of diacritics:
 * a proper name capitalises the first syllable of each word ("Thương binh", "Chính trị", "Y tế"), so after a
 * capitalised syllable at most one lower-case syllable belongs to the name; "và", "-" and "," join two capitalised
 * words ("Văn hoá, Thể thao và Du lịch"); an administrative level ("tỉnh", "các huyện, thành phố") may follow with a
 * place name. Heads written in lower case ("các sở, ban, ngành") are generic and not reported here.
 */
final class UnitMentions {
    /** A mention: original text span. */
    record Mention(int start, int end) {
    }

    private static final Pattern HEAD = Pattern.compile("(?<![A-Z0-9/&\\-])(?:"
            + "(?<standalone>THU\\s+TUONG\\s+CHINH\\s+PHU|CHINH\\s+PHU|QUOC\\s+HOI|HUYEN\\s+UY|TINH\\s+UY|THANH\\s+UY"
            + "|DANG\\s+UY)"
            + "|(?<admin>UY\\s+BAN\\s+NHAN\\s+DAN|UBND|HDND|HOI\\s+DONG\\s+NHAN\\s+DAN|CONG\\s+AN)"
            + "|(?<prefix>VAN\\s+PHONG|BAN\\s+THUONG\\s+VU|THUONG\\s+TRUC)"
            + "|(?<named>BO|SO|PHONG|CUC|CHI\\s+CUC)"
            + ")(?![A-Z])");
    /** The first word of each of {@link #HEAD}'s names: a match starts with one as a whole run of letters. */
    private static final WordSet HEAD_WORDS = new WordSet("THU", "CHINH", "QUOC", "HUYEN", "TINH", "THANH", "DANG",
            "UY", "UBND", "HDND", "HOI", "CONG", "VAN", "BAN", "THUONG", "BO", "SO", "PHONG", "CUC", "CHI");
    /** Administrative level after a name: "tỉnh", "các huyện, thành phố", "cấp xã"; OCR "thj trin". */
    private static final String LEVEL = "(?:TH\\S{1,2}NH\\s+PH\\S|TH\\S\\s+X\\S|TH\\S\\s+TR\\S{1,2}N|TINH|HUY\\S{1,2}N"
            + "|XA|PHUONG|DAC\\s+KHU)(?![A-Z])";
    /** "quận" only after UBND-like heads: after "Bộ Chỉ huy" the same letters are "quân sự". */
    private static final String LEVEL_Q = "(?:" + LEVEL + "|QUAN(?![A-Z]))";
    private static final Pattern ADMIN = Pattern.compile(
            "\\s+(?:(?:C\\S{1,2}C|CAP)\\s+)?" + LEVEL + "(?:\\s*,\\s*" + LEVEL + "){0,6}");
    private static final Pattern ADMIN_Q = Pattern.compile(
            "\\s+(?:(?:C\\S{1,2}C|CAP)\\s+)?" + LEVEL_Q + "(?:\\s*,\\s*" + LEVEL_Q + "){0,6}");
    /** Document type names: "Bộ Chính trị, Kế hoạch số …" must not run on into the next citation. */
    private static final Pattern TYPE_WORD = Pattern.compile(
            "(?:CONG\\s+HOA|DOC\\s+LAP|KE\\s+HOACH|CONG\\s+VAN|QUYET\\s+DINH|NGHI\\s+(?:DINH|QUYET)|CHI\\s+THI|THONG\\s+(?:TU|BAO)|LUAT"
            + "|HUONG\\s+DAN|CHUONG\\s+TRINH|DE\\s+AN|QUY\\s+DINH|SO\\s*:)(?![A-Z])");
    private static final WordSet TYPE_WORDS = new WordSet("CONG", "DOC", "KE", "QUYET", "NGHI", "CHI", "THONG", "LUAT",
            "HUONG", "CHUONG", "DE", "QUY", "SO");
    /** Lower-case words that never continue a name. */
    private static final Pattern LOWER_STOP = Pattern.compile(
            "VE|DE|CUA|TRONG|THEO|TAI|VOI|CHO|CAC|NHUNG|CO|LA|DUOC|DA|SE|DEN|NAM|NGAY|SO|CHI|TO|XAY|TRIEN|THUC"
            + "|PHOI|CHU|THAM|BAN|KIEM|HUONG|TONG|BAO|TANG|NHAN|DON|GUI|TRUOC|VA|HOAC|TREN|VAO|LEN|NHU|KHI|THI"
            + "|CUNG|NAY|VI|PHAI|CAN|QUA|SAU|TIEP|LAM|NANG|DAM|PHAT|TUYEN|GIAO|CHAM|THUOC|VIEC|HANH|QUAN|NGHIEM");
    private static final int MAX_TOKENS = 12;

    private UnitMentions() {
    }

    static List<Mention> find(CiteText.Joined j) {
        List<Mention> out = new ArrayList<>();
        Matcher h = HEAD.matcher(j.folded).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        char[] f = j.foldedChars();
        while (from < f.length && nextHead(h, f, from)) {
            from = h.end();
            if (!Character.isUpperCase(j.text.charAt(h.start()))) {
                continue;
            }
            int end;
            if (h.group("standalone") != null) {
                end = place(j, h.end());
            } else if (h.group("admin") != null) {
                int lvl = level(j, h.end(), ADMIN_Q);
                end = lvl > h.end() ? place(j, lvl) : place(j, h.end());
                if (end == h.end() && h.group("admin").startsWith("CONG")) {
                    continue; // "Công an" alone is too vague to report
                }
            } else {
                boolean prefix = h.group("prefix") != null;
                end = name(j, h.end(), prefix);
                if (end == h.end()) {
                    continue; // "Phòng, chống …", "Bộ chỉ tiêu …": not a body
                }
                int lvl = level(j, end, ADMIN);
                end = lvl > end ? place(j, lvl) : end;
            }
            out.add(new Mention(h.start(), end));
            from = Math.max(from, end);
        }
        return out;
    }

    /**
     * The first match of {@link #HEAD} at or after {@code from}, as {@code find()} gives it ({@code h} has transparent
     * bounds), tried only at the runs of letters that are the first word of a head and do not follow a char of its
     * look-behind: a plan's text has some thousand words, and HEAD would be tried at every char of them.
     */
    private static boolean nextHead(Matcher h, char[] f, int from) {
        int p = Math.max(0, from);
        while (p < f.length) {
            if (!CharArrays.isFoldedLetter(f[p])) {
                p++;
                continue;
            }
            int q = wordEnd(f, p);
            // a match starting inside the word would follow a letter
            if ((p == 0 || !blocksHead(f[p - 1])) && HEAD_WORDS.contains(f, p, q)) {
                h.region(p, f.length);
                if (h.lookingAt()) {
                    return true;
                }
            }
            p = q;
        }
        return false;
    }

    /** A char of HEAD's look-behind {@code (?<![A-Z0-9/&\\-])}. */
    private static boolean blocksHead(char c) {
        return CharArrays.isFoldedLetter(c) || c >= '0' && c <= '9' || c == '/' || c == '&' || c == '-';
    }

    /** Where the run of letters A-Z at {@code p} ends. */
    private static int wordEnd(char[] f, int p) {
        int q = p;
        while (q < f.length && CharArrays.isFoldedLetter(f[q])) {
            q++;
        }
        return q;
    }

    /** Extends a name over capitalised words (see the class comment); returns where it ends. */
    private static int name(CiteText.Joined j, int pos, boolean headMayFollow) {
        int end = pos;
        int lower = 1; // the head itself ends the first word
        int tokens = 0;
        Tok t = Tok.after(j, pos);
        boolean first = true;
        while (t != null && tokens < MAX_TOKENS) {
            String f = t.folded(j);
            if (t.isDash(j)) {
                Tok n = t.next(j);
                if (n == null || !n.capital(j) || isHead(j, n)) {
                    break;
                }
                t = n;
                continue;
            }
            boolean accepted = false;
            if (t.capital(j) && !(isHead(j, t) && !(first && headMayFollow)) && !isType(j, t)) {
                accepted = true;
                lower = 0;
            } else if (!first && t.lowerStart(j) && lower == 0 && !LOWER_STOP.matcher(f).matches()
                    && !isLevel(j, t)) {
                accepted = true;
                lower = 1;
            } else if (!first && (f.equals("VA") || f.equals("&"))) {
                Tok n = t.next(j);
                // "Văn phòng HĐND và UBND xã": after a prefix head, a second head joins the same name.
                if (n != null && n.capital(j) && (!isHead(j, n) || headMayFollow) && t.punct == 0) {
                    t = n;
                    continue;
                }
            }
            if (!accepted) {
                break;
            }
            end = t.wordEnd;
            tokens++;
            first = false;
            if (t.punct != 0 && !(t.punct == ',' && listOfNames(j, t))) {
                break;
            }
            t = t.next(j);
        }
        return end;
    }

    /** "Văn hoá, Thể thao và Du lịch": a comma continues a name only when "và" + a capital follows soon. */
    private static boolean listOfNames(CiteText.Joined j, Tok comma) {
        Tok n = comma.next(j);
        if (n == null || !n.capital(j) || isHead(j, n)) {
            return false;
        }
        for (int k = 0; k < 3 && n != null; k++) {
            if (n.folded(j).equals("VA")) {
                Tok after = n.next(j);
                return after != null && after.capital(j) && !isHead(j, after);
            }
            if (n.punct != 0) {
                return false;
            }
            n = n.next(j);
        }
        return false;
    }

    private static int level(CiteText.Joined j, int pos, Pattern admin) {
        Matcher m = admin.matcher(j.folded).region(pos, j.folded.length());
        if (!m.lookingAt()) {
            return pos;
        }
        Tok t = Tok.at(j, pos);
        return t == null || j.hardBreakAt(t.start) ? pos : m.end();
    }

    /** Up to three capitalised words of a place name after a level or a standalone head: "Bắc Giang". */
    private static int place(CiteText.Joined j, int pos) {
        int end = pos;
        Tok t = Tok.after(j, pos);
        for (int k = 0; k < 3 && t != null; k++) {
            if (!t.capital(j) || isHead(j, t) || isType(j, t) || t.isDash(j)) {
                break;
            }
            end = t.wordEnd;
            if (t.punct != 0) {
                break;
            }
            t = t.next(j);
        }
        return end;
    }

    /** Whether a head starts at the token (HEAD's look-behind does not see before the region: it holds there). */
    private static boolean isHead(CiteText.Joined j, Tok t) {
        char[] f = j.foldedChars();
        return HEAD_WORDS.contains(f, t.start, wordEnd(f, t.start))
                && HEAD.matcher(j.folded).region(t.start, j.folded.length()).lookingAt();
    }

    private static boolean isType(CiteText.Joined j, Tok t) {
        char[] f = j.foldedChars();
        return TYPE_WORDS.contains(f, t.start, wordEnd(f, t.start))
                && TYPE_WORD.matcher(j.folded).region(t.start, j.folded.length()).lookingAt();
    }

    private static boolean isLevel(CiteText.Joined j, Tok t) {
        return ADMIN.matcher(j.folded).region(Math.max(0, t.start - 1), j.folded.length()).lookingAt();
    }

    /** A few words of A-Z, looked up without making a string of the word. */
    private static final class WordSet {
        private static final int MAX_LENGTH = 12;
        /** Each word as a number: five bits a letter. Sorted. */
        private final long[] keys;
        /** The words' first two letters and lengths ({@link #shape}): most words of a text are rejected by them. */
        private final boolean[] shapes = new boolean[27 * 27 * (MAX_LENGTH + 1)];

        WordSet(String... words) {
            keys = new long[words.length];
            for (int i = 0; i < words.length; i++) {
                char[] w = words[i].toCharArray();
                if (w.length > MAX_LENGTH) {
                    throw new IllegalArgumentException(words[i]);
                }
                keys[i] = key(w, 0, w.length);
                shapes[shape(w, 0, w.length)] = true;
            }
            java.util.Arrays.sort(keys);
        }

        /** Whether the letters A-Z [from, to) of {@code s} are one of the words. */
        boolean contains(char[] s, int from, int to) {
            return to > from && to - from <= MAX_LENGTH && shapes[shape(s, from, to)]
                    && java.util.Arrays.binarySearch(keys, key(s, from, to)) >= 0;
        }

        private static int shape(char[] s, int from, int to) {
            int second = to - from > 1 ? s[from + 1] - 'A' + 1 : 0;
            return ((s[from] - 'A') * 27 + second) * (MAX_LENGTH + 1) + (to - from);
        }

        private static long key(char[] s, int from, int to) {
            long k = 0;
            for (int i = from; i < to; i++) {
                k = k << 5 | (s[i] - 'A' + 1);
            }
            return k;
        }
    }

    /** A word of the original text, with the punctuation that closes it (0 when none). */
    private static final class Tok {
        final int start;
        final int wordEnd;
        final int end;
        final char punct;

        private Tok(int start, int wordEnd, int end, char punct) {
            this.start = start;
            this.wordEnd = wordEnd;
            this.end = end;
            this.punct = punct;
        }

        static Tok at(CiteText.Joined j, int pos) {
            String s = j.text;
            int a = pos;
            while (a < s.length() && s.charAt(a) == ' ') {
                a++;
            }
            if (a >= s.length()) {
                return null;
            }
            int z = a;
            while (z < s.length() && s.charAt(z) != ' ') {
                z++;
            }
            int w = z;
            while (w > a && ",;.:)(/".indexOf(s.charAt(w - 1)) >= 0) {
                w--;
            }
            char p = w < z ? s.charAt(w) : 0;
            if (w == a) {
                return new Tok(a, a, z, s.charAt(a) == '-' || s.charAt(a) == '–' ? 0 : s.charAt(a));
            }
            return new Tok(a, w, z, p);
        }

        /** The next word, or null when a heading, bullet or short line starts between them. */
        Tok next(CiteText.Joined j) {
            Tok t = at(j, end);
            return t == null || j.hardBreakAt(t.start) ? null : t;
        }

        /** The first word at or after {@code pos} on the same run of soft-wrapped lines. */
        static Tok after(CiteText.Joined j, int pos) {
            Tok t = at(j, pos);
            return t == null || j.hardBreakAt(t.start) ? null : t;
        }

        String folded(CiteText.Joined j) {
            return j.folded.substring(start, wordEnd);
        }

        boolean isDash(CiteText.Joined j) {
            String w = j.text.substring(start, end);
            return w.equals("-") || w.equals("–");
        }

        boolean capital(CiteText.Joined j) {
            return wordEnd > start && Character.isUpperCase(j.text.charAt(start));
        }

        boolean lowerStart(CiteText.Joined j) {
            return wordEnd > start && Character.isLowerCase(j.text.charAt(start));
        }
    }
}
