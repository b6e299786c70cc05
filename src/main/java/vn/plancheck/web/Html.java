package vn.plancheck.web;

/**
 * Builds HTML with every piece of text escaped: the only way text gets into a page is {@link #text} (and
 * {@link #attr}), so a title holding {@code <script>} or {@code "><img onerror=…>} is shown as the characters it is.
 * Markup is appended with {@link #raw}, which takes only the program's own constant strings.
 */
final class Html {
    private final StringBuilder b = new StringBuilder(8192);

    /** Escapes {@code s} for an element's content or a quoted attribute value; null is the empty string. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep == null && c < 0x20 && c != '\n' && c != '\t') {
                rep = " "; // control characters have no place in a page
            }
            if (rep != null) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                out.append(rep);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Markup of the program's own (never text from a document or a request). */
    Html raw(String markup) {
        b.append(markup);
        return this;
    }

    /** Text, escaped. */
    Html text(String s) {
        b.append(esc(s));
        return this;
    }

    Html text(long n) {
        b.append(n);
        return this;
    }

    /** {@code  name="value"} with the value escaped. */
    Html attr(String name, String value) {
        b.append(' ').append(name).append("=\"").append(esc(value)).append('"');
        return this;
    }

    /** {@code <tag class="cls">text</tag>}. */
    Html el(String tag, String cls, String text) {
        b.append('<').append(tag);
        if (cls != null) {
            attr("class", cls);
        }
        b.append('>').append(esc(text)).append("</").append(tag).append('>');
        return this;
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
