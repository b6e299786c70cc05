package vn.plancheck.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The parts of a .docx package that {@link DocxXml} reads, opened with the JDK's zip and StAX instead of POI's
 * package model. Only an ordinary package is accepted: anything POI would treat differently or refuse (a size or
 * compression ratio POI's zip-bomb guard looks at, strict OOXML, a missing or odd content type, a part that is not
 * well-formed XML, a deep tree) makes {@link #open} return null, and the reader then goes through POI, which gives
 * the answer it always gave. Not thread-safe; one per document.
 */
final class DocxPackage implements AutoCloseable {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    /** The main-part content types POI's XWPFDocument opens: document, template, and their macro-enabled kinds. */
    private static final List<String> WORD_TYPES = List.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
            "application/vnd.ms-word.document.macroEnabled.main+xml",
            "application/vnd.ms-word.template.macroEnabledTemplate.main+xml");
    /** Well under what POI's guards allow (ZipSecureFile, XMLHelper): near them, POI decides. */
    private static final double MIN_INFLATE_RATIO = 0.02;
    private static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    private static final int MAX_ENTRIES = 500;
    static final int MAX_DEPTH = 200;

    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(() -> {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    });

    private final ZipFile zip;
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private final String document;
    private final Map<String, String> related = new HashMap<>();

    private DocxPackage(ZipFile zip, String document) {
        this.zip = zip;
        this.document = document;
    }

    /** The package, or null when it is not an ordinary .docx that {@link DocxXml} can read as POI would. */
    static DocxPackage open(Path file) {
        ZipFile zip = null;
        try {
            zip = new ZipFile(file.toFile());
            Map<String, ZipEntry> entries = entries(zip);
            if (entries == null) {
                zip.close();
                return null;
            }
            DocxPackage p = new DocxPackage(zip, null);
            p.entries.putAll(entries);
            String main = p.target("", "_rels/.rels", REL_TYPE + "officeDocument");
            if (main == null || !WORD_TYPES.contains(p.contentType(main))) {
                zip.close();
                return null;
            }
            DocxPackage doc = new DocxPackage(zip, main);
            doc.entries.putAll(entries);
            if (!doc.readDocumentRelations()) {
                zip.close();
                return null;
            }
            return doc;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            closeQuietly(zip);
            return null;
        }
    }

    /** The main document part's name in the zip ("word/document.xml"). */
    String document() {
        return document;
    }

    /** The part the main document relates to with {@code type} ("numbering", "styles"), or null. */
    String related(String type) {
        return related.get(type);
    }

    /** Whether the package holds a picture part of at least {@code minBytes} (a page picture, not a logo). */
    boolean hasPicture(long minBytes) {
        for (ZipEntry e : entries.values()) {
            if (e.getName().contains("/media/") && e.getSize() >= minBytes) {
                return true;
            }
        }
        return false;
    }

    /** A reader over a part, positioned before its root element. */
    XMLStreamReader reader(String part) throws IOException, XMLStreamException {
        return FACTORY.get().createXMLStreamReader(new ByteArrayInputStream(bytes(part)));
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static Map<String, ZipEntry> entries(ZipFile zip) {
        Map<String, ZipEntry> out = new HashMap<>();
        Enumeration<? extends ZipEntry> e = zip.entries();
        while (e.hasMoreElements()) {
            ZipEntry entry = e.nextElement();
            long size = entry.getSize();
            long packed = entry.getCompressedSize();
            if (out.size() >= MAX_ENTRIES || size < 0 || packed < 0 || size > MAX_PART_BYTES
                    || size > 0 && (double) packed / size < MIN_INFLATE_RATIO || out.put(entry.getName(), entry) != null) {
                return null;
            }
        }
        return out;
    }

    private byte[] bytes(String part) throws IOException {
        ZipEntry entry = entries.get(part);
        if (entry == null) {
            throw new IOException("no part " + part);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] b = in.readNBytes((int) entry.getSize() + 1);
            if (b.length != entry.getSize()) {
                throw new IOException("size of " + part + " is not as declared");
            }
            return b;
        }
    }

    /** Reads the main document's relationships, and checks that every internal XML part they name is well-formed. */
    private boolean readDocumentRelations() throws IOException, XMLStreamException {
        int slash = document.lastIndexOf('/');
        String dir = slash < 0 ? "" : document.substring(0, slash + 1);
        String rels = dir + "_rels/" + document.substring(slash + 1) + ".rels";
        if (!entries.containsKey(rels)) {
            return true; // no numbering, no styles
        }
        List<String[]> all = relationships(rels);
        if (all == null) {
            return false;
        }
        List<String> parts = new ArrayList<>();
        for (String[] r : all) {
            if (r[2] != null) {
                continue; // external: a hyperlink's address
            }
            String part = resolve(dir, r[1]);
            if (part == null) {
                return false;
            }
            if (r[0].startsWith(REL_TYPE)) {
                String kind = r[0].substring(REL_TYPE.length());
                if ((kind.equals("numbering") || kind.equals("styles")) && related.putIfAbsent(kind, part) != null) {
                    return false; // two numbering or two styles parts: let POI choose
                }
            }
            if (part.endsWith(".xml")) {
                parts.add(part);
            }
        }
        for (String part : parts) {
            if (!entries.containsKey(part) || !wellFormed(part)) {
                return false;
            }
        }
        return wellFormed(document);
    }

    /** The target of the one relationship of {@code type} in {@code rels}, resolved against {@code dir}; or null. */
    private String target(String dir, String rels, String type) throws IOException, XMLStreamException {
        if (!entries.containsKey(rels)) {
            return null;
        }
        List<String[]> all = relationships(rels);
        String found = null;
        for (String[] r : all == null ? List.<String[]>of() : all) {
            if (r[0].equals(type)) {
                if (found != null || r[2] != null) {
                    return null;
                }
                found = resolve(dir, r[1]);
            }
        }
        return found;
    }

    /** Type, target and target mode (null when internal) of each relationship; null when the part is unusual. */
    private List<String[]> relationships(String rels) throws IOException, XMLStreamException {
        List<String[]> out = new ArrayList<>();
        XMLStreamReader x = reader(rels);
        try {
            int depth = 0;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (!RELS.equals(x.getNamespaceURI())) {
                        return null;
                    }
                    if (depth == 2 && "Relationship".equals(x.getLocalName())) {
                        String type = x.getAttributeValue(null, "Type");
                        String target = x.getAttributeValue(null, "Target");
                        String mode = x.getAttributeValue(null, "TargetMode");
                        if (type == null || target == null || mode != null && !"External".equals(mode)
                                && !"Internal".equals(mode)) {
                            return null;
                        }
                        out.add(new String[] {type, target, "External".equals(mode) ? mode : null});
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (ev == XMLStreamConstants.DTD) {
                    return null;
                }
            }
        } finally {
            x.close();
        }
        return out;
    }

    /** The content type POI would give the part: its Override, else the Default of its extension. */
    private String contentType(String part) throws IOException, XMLStreamException {
        if (!entries.containsKey("[Content_Types].xml") || !entries.containsKey(part)) {
            return null;
        }
        String override = null;
        String byExtension = null;
        String ext = part.substring(part.lastIndexOf('.') + 1);
        XMLStreamReader x = reader("[Content_Types].xml");
        try {
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.DTD) {
                    return null;
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (!TYPES.equals(x.getNamespaceURI())) {
                    return null;
                }
                if ("Override".equals(x.getLocalName()) && ("/" + part).equals(x.getAttributeValue(null, "PartName"))) {
                    override = x.getAttributeValue(null, "ContentType");
                } else if ("Default".equals(x.getLocalName()) && ext.equals(x.getAttributeValue(null, "Extension"))) {
                    byExtension = x.getAttributeValue(null, "ContentType");
                }
            }
        } finally {
            x.close();
        }
        return override != null ? override : byExtension;
    }

    private boolean wellFormed(String part) throws IOException {
        try {
            XMLStreamReader x = reader(part);
            try {
                int depth = 0;
                while (x.hasNext()) {
                    int ev = x.next();
                    if (ev == XMLStreamConstants.START_ELEMENT && ++depth > MAX_DEPTH || ev == XMLStreamConstants.DTD) {
                        return false;
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
                return true;
            } finally {
                x.close();
            }
        } catch (XMLStreamException e) {
            return false;
        }
    }

    /** A relationship target as a zip entry name; null for anything but a plain relative or absolute path. */
    private static String resolve(String dir, String target) {
        if (target.isEmpty() || target.contains("%") || target.contains("\\") || target.contains("?") || target.contains("#")
                || target.contains(":")) {
            return null;
        }
        String path = target.startsWith("/") ? target.substring(1) : dir + target;
        List<String> out = new ArrayList<>();
        for (String seg : path.split("/", -1)) {
            if (seg.equals("..")) {
                if (out.isEmpty()) {
                    return null;
                }
                out.remove(out.size() - 1);
            } else if (!seg.equals(".") && !seg.isEmpty()) {
                out.add(seg);
            }
        }
        return String.join("/", out);
    }

    private static void closeQuietly(ZipFile zip) {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException e) {
                // nothing was read from it
            }
        }
    }
}
