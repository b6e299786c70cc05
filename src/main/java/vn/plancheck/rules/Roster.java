package vn.plancheck.rules;

import vn.plancheck.text.Regex;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.plancheck.model.RosterUnit;

/**
 * The units expected to submit a plan ({@code check --roster FILE.csv}): a table with a header row naming the
 * columns {@code name} (the unit, as the auditor writes it) and, optionally, {@code province}; other columns are
 * ignored, lines starting with '#' are comments. Read by column name, so the columns may come in any order. A
 * problem is reported in Vietnamese as {@code file:line: …}.
 */
public final class Roster {
    /** Header names accepted for each column (case and accents as written by the user are folded away). */
    private static final List<String> NAME_COLUMNS = List.of("name", "ten", "ten don vi", "don vi");
    private static final List<String> PROVINCE_COLUMNS = List.of("province", "tinh", "tinh thanh pho", "tinh/thanh pho");

    /** A roster that cannot be used, with the {@code file:line: …} to show. */
    public static final class RosterException extends IOException {
        RosterException(String message) {
            super(message);
        }
    }

    private final List<RosterUnit> units;

    private Roster(List<RosterUnit> units) {
        this.units = List.copyOf(units);
    }

    /** The units in the order of the file. */
    public List<RosterUnit> units() {
        return units;
    }

    /**
     * Reads a roster.
     *
     * @param display how the file is named in messages (the path as the user gave it)
     * @throws RosterException a missing file, text that is not UTF-8, an unclosed quote, no {@code name} column, a
     *                         row without a name, the same unit twice, or no unit at all
     */
    public static Roster read(Path file, String display) throws RosterException {
        List<Csv.Row> rows;
        try {
            rows = Csv.read(file);
        } catch (NoSuchFileException e) {
            throw new RosterException(display + ": không tìm thấy tệp danh sách đơn vị.");
        } catch (CharacterCodingException e) {
            throw new RosterException(display + ": tệp không phải văn bản UTF-8; hãy lưu lại bằng “CSV UTF-8” trong Excel.");
        } catch (Csv.BadCsvException e) {
            throw new RosterException(display + ":" + e.line() + ": " + e.getMessage() + ".");
        } catch (IOException e) {
            throw new RosterException(display + ": không đọc được tệp: " + e.getMessage());
        }
        if (Files.isDirectory(file) || rows.isEmpty()) {
            throw new RosterException(display + ":1: tệp không có dòng tiêu đề; dòng đầu phải là “name,province”.");
        }
        Csv.Row header = rows.get(0);
        int name = column(header, NAME_COLUMNS);
        int province = column(header, PROVINCE_COLUMNS);
        if (name < 0) {
            throw new RosterException(display + ":" + header.line() + ": dòng tiêu đề không có cột name (tên đơn vị); các cột đang có: "
                    + String.join(", ", header.cells()) + ". Dòng đầu phải là “name,province” (province có thể bỏ).");
        }
        List<RosterUnit> units = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            String unit = Regex.replaceAll(row.get(name), "\\s+", " ").strip();
            String prov = province < 0 ? "" : Regex.replaceAll(row.get(province), "\\s+", " ").strip();
            if (unit.isEmpty()) {
                throw new RosterException(display + ":" + row.line() + ": cột name để trống; mỗi dòng là một đơn vị phải nộp kế hoạch.");
            }
            String key = fold(unit) + "|" + fold(prov);
            Integer before = seen.putIfAbsent(key, row.line());
            if (before != null) {
                throw new RosterException(display + ":" + row.line() + ": đơn vị “" + unit + "” đã có ở dòng " + before + ".");
            }
            units.add(new RosterUnit(unit, prov.isEmpty() ? null : prov, row.line()));
        }
        if (units.isEmpty()) {
            throw new RosterException(display + ":" + header.line() + ": danh sách không có đơn vị nào (chỉ có dòng tiêu đề).");
        }
        return new Roster(units);
    }

    private static int column(Csv.Row header, List<String> accepted) {
        for (int i = 0; i < header.cells().size(); i++) {
            String h = fold(header.get(i)).toLowerCase(Locale.ROOT);
            if (accepted.contains(h)) {
                return i;
            }
        }
        return -1;
    }

    private static String fold(String s) {
        return Regex.replaceAll(vn.plancheck.text.VietText.fold(s), "\\s+", " ").strip();
    }
}
