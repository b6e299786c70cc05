package vn.plancheck.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes fixtures/broken/ (not a test; run by fixtures/tools/make-broken-fixtures.sh). Every file is
 * derived from the committed seed fixtures or from fixed seeds, so a re-run gives the same content.
 *
 * <p>Arguments: BROKEN_DIR PLANS_DIR SCAN_IMAGE (a JPEG of a rasterised plan page).
 */
public final class BrokenFixtureMaker {
    static final String SEED3 = "seed3-ubnd-laichau-thang-hanh-dong-2024";
    static final String SEED1 = "seed1-khcn-bacgiang-thang-hanh-dong-2021";
    static final String PASSWORD = "matkhau";

    /** The opening of seed3, as a typist using .VnTime/.VnTimeH or VNI fonts would have saved it. */
    static final String LEGACY_FRAGMENT = String.join("\r\n",
            "ỦY BAN NHÂN DÂN",
            "TỈNH LAI CHÂU",
            "Số: /KH-UBND",
            "Lai Châu, ngày tháng năm 2024",
            "KẾ HOẠCH",
            "Triển khai Tháng hành động vì trẻ em tỉnh Lai Châu năm 2024",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Nâng cao nhận thức và ý thức trách nhiệm của các cơ quan, tổ chức, cá nhân trong việc thực hiện "
                    + "hiệu quả chính sách, pháp luật về chăm sóc, giáo dục và bảo vệ trẻ em.",
            "II. NỘI DUNG HOẠT ĐỘNG",
            "Thời gian triển khai Tháng hành động vì trẻ em bắt đầu từ 01/6 đến ngày 30/6/2024.",
            "");

    private BrokenFixtureMaker() {
    }

    public static void main(String[] args) throws Exception {
        Path broken = Path.of(args[0]);
        Path plans = Path.of(args[1]);
        Path scanImage = Path.of(args[2]);
        Files.createDirectories(broken);
        byte[] docx = Files.readAllBytes(plans.resolve(SEED3 + ".docx"));

        byte[] random = new byte[4096];
        new Random(20240601L).nextBytes(random);
        Files.write(broken.resolve("corrupt.docx"), random);
        Files.write(broken.resolve("truncated.docx"), java.util.Arrays.copyOf(docx, docx.length / 2));
        Files.write(broken.resolve("empty.txt"), new byte[0]);
        Files.writeString(broken.resolve("notes.xyz"), "Ghi chú của chuyên viên: bản này không phải định dạng được hỗ trợ.\n",
                StandardCharsets.UTF_8);
        Files.write(broken.resolve("legacy-tcvn3.txt"),
                LegacyTextEncoder.tcvn3(LEGACY_FRAGMENT).getBytes(StandardCharsets.ISO_8859_1));
        Files.write(broken.resolve("legacy-vni.txt"),
                LegacyTextEncoder.vni(LEGACY_FRAGMENT).getBytes(StandardCharsets.ISO_8859_1));
        writeScanned(scanImage, broken.resolve("scanned.pdf"));
        writeEncryptedPdf(plans.resolve(SEED1 + ".pdf"), broken.resolve("encrypted.pdf"));
        writeEncryptedDocx(Files.readAllBytes(plans.resolve(SEED1 + ".docx")), broken.resolve("encrypted.docx"));
        Files.write(broken.resolve("zipbomb.docx"), zipBomb(docx));
    }

    /** One A4 page holding only the raster image: what a scanner or "print to image" produces. */
    static void writeScanned(Path image, Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject img = PDImageXObject.createFromFile(image.toString(), doc);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(img, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(out.toFile());
        }
    }

    /** AES-128 with a user password: the file cannot be opened (or read) without it. */
    static void writeEncryptedPdf(Path source, Path out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(source.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu", PASSWORD, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out.toFile());
        }
    }

    /** Word's "Encrypt with Password": the zip is encrypted (agile mode) inside an OLE2 container. */
    static void writeEncryptedDocx(byte[] docx, Path out) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(PASSWORD);
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(docx);
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                fs.writeFilesystem(os);
            }
        }
    }

    /** The docx with a 20 MB run of spaces in document.xml: compresses ~1000:1, past POI's 1:100 limit. */
    static byte[] zipBomb(byte[] docx) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(9);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<w:body>") + "<w:body>".length();
                    xml = xml.substring(0, at) + "<w:p><w:r><w:t xml:space=\"preserve\">" + " ".repeat(20 * 1024 * 1024)
                            + "</w:t></w:r></w:p>" + xml.substring(at);
                    data = xml.getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(0L);
                out.putNextEntry(copy);
                out.write(data);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
