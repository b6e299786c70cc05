package vn.plancheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generates realistic plans for the benchmark by varying real ones: each generated plan is a fixture plan
 * with another number, another issue day, another commune or district name, and now and then a typical
 * mistake (a missing leading zero, a dropped "Nơi nhận", a stale year), so that parsing and rules do the
 * work they do on real batches. Deterministic for a seed.
 */
public final class PlanGenerator {
    private static final Pattern NUMBER = Pattern.compile("(Số:?\\s*)(\\d{1,4})?(\\s*[/-])");
    private static final Pattern DAY = Pattern.compile("(ngày\\s+)(\\d{1,2})(\\s+tháng)");
    private static final String[] PLACES = {"Tân Phú", "Mường Phăng", "Hòa Bình", "Tam Kỳ", "Phú Lộc", "Bình Minh", "Đông Hưng",
        "Yên Thế", "Quảng Xương", "Hữu Lũng", "Mai Sơn", "Văn Chấn", "Ea Kar", "Châu Thành", "Long Hồ", "Cái Nước"};

    private final List<String> bases;
    private final Random random;

    public PlanGenerator(List<String> bases, long seed) {
        if (bases.isEmpty()) {
            throw new IllegalArgumentException("no base plans");
        }
        this.bases = List.copyOf(bases);
        this.random = new Random(seed);
    }

    /** The .txt plans under {@code dir} (recursively) as bases. */
    public static List<String> basesFrom(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".txt")).sorted()::iterator) {
                out.add(Files.readString(p, StandardCharsets.UTF_8).replace("\uFEFF", ""));
            }
        }
        return out;
    }

    public String next() {
        String t = bases.get(random.nextInt(bases.size()));
        t = replaceFirst(NUMBER, t, m -> m.group(1) + (random.nextInt(10) == 0 ? "" : String.format("%02d", 1 + random.nextInt(300))) + m.group(3));
        t = replaceFirst(DAY, t, m -> m.group(1) + (random.nextInt(8) == 0 ? String.valueOf(1 + random.nextInt(9))
                : String.format("%02d", 1 + random.nextInt(28))) + m.group(3));
        String place = PLACES[random.nextInt(PLACES.length)];
        t = t.replace("Tân Phú", place).replace("Điện Biên Đông", place).replace("Thắng", place);
        if (random.nextInt(12) == 0) {
            t = t.replaceFirst("Nơi nhận:", "");
        }
        if (random.nextInt(10) == 0) {
            t = t.replaceFirst("Tháng hành động vì trẻ em năm (\\d{4})", "Tháng hành động vì trẻ em năm 2019");
        }
        return t;
    }

    /** Writes {@code count} plans as .txt files into {@code dir}, in sub-folders of 500 like an auditor's inbox. */
    public List<Path> write(Path dir, int count) throws IOException {
        List<Path> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Path sub = dir.resolve(String.format("don-vi-%03d", i / 500));
            Files.createDirectories(sub);
            Path p = sub.resolve(String.format("ke-hoach-%05d.txt", i));
            Files.writeString(p, next(), StandardCharsets.UTF_8);
            out.add(p);
        }
        return out;
    }

    private interface Replacer {
        String apply(Matcher m);
    }

    private static String replaceFirst(Pattern p, String t, Replacer r) {
        Matcher m = p.matcher(t);
        if (!m.find()) {
            return t;
        }
        return t.substring(0, m.start()) + r.apply(m) + t.substring(m.end());
    }
}
