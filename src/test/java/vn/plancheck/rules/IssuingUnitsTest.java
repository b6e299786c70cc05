package vn.plancheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.plancheck.model.IssuingUnit;
import vn.plancheck.model.Plan;
import vn.plancheck.model.RosterUnit;

/** Units told apart by name and province; roster units matched to issuers by whole names. */
class IssuingUnitsTest {
    private static final IssuingUnits UNITS;

    static {
        List<RuleError> errors = new ArrayList<>();
        UNITS = ReferenceData.load(Path.of("rules/data"), "rules/data", errors).issuingUnits();
        assertTrue(errors.isEmpty(), errors.toString());
    }

    private static IssuingUnit unit(String parentIssuer, String issuer, String place) {
        Plan p = new Plan();
        p.setParentIssuer(parentIssuer);
        p.setIssuer(issuer);
        p.setPlace(place);
        return UNITS.of(p);
    }

    private static boolean is(String rosterName, String rosterProvince, IssuingUnit unit) {
        return UNITS.isUnit(new RosterUnit(rosterName, rosterProvince, 2), unit);
    }

    @Test
    void theProvinceComesFromTheIssuerTheBodyAboveItOrThePlaceLine() {
        assertEquals("Hà Tĩnh", unit(null, "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH", "Hà Tĩnh").province());
        assertEquals("Quảng Ninh", unit("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", "SỞ Y TẾ", "Hạ Long").province());
        assertEquals("Tuyên Quang", unit(null, "SỞ Y TẾ", "Tuyên Quang").province());
        assertEquals("Lai Châu", unit("UBND TỈNH LAI CHÂU", "SỞ Y TẾ", null).province(), "UBND written out");
        IssuingUnit commune = unit(null, "ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN", "Đông Sơn");
        assertNull(commune.province(), "a commune's name is not a province");
        assertEquals("Đông Sơn", commune.locality());
        assertEquals("SỞ Y TẾ (Quảng Ninh)", unit(null, "SỞ Y TẾ", "Quảng Ninh").label());
        assertEquals("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", unit(null, "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "Hà Tĩnh").label());
    }

    @Test
    void twoProvincesHealthDepartmentsAreTwoUnitsAndTwoSpellingsOfOneCommuneAreOne() {
        assertNotEquals(unit(null, "SỞ Y TẾ", "Quảng Ninh").key(), unit(null, "SỞ Y TẾ", "Tuyên Quang").key());
        assertEquals(unit(null, "UBND xã Đông Sơn", "Đông Sơn").key(), unit(null, "ỦY BAN NHÂN DÂN\nXÃ ĐÔNG SƠN", "Đông Sơn").key());
        assertEquals(unit(null, "Uỷ ban nhân dân  xã Đông Sơn", "Đông Sơn").key(), unit(null, "Ủy ban nhân dân xã Đông Sơn", "Đông Sơn").key(),
                "the tone mark's place and extra spaces do not count");
        assertNotEquals(unit(null, "UBND xã Đông Sơn", "Đông Sơn").key(), unit(null, "UBND xã Đông Sơn Tây", "Đông Sơn Tây").key());
    }

    @Test
    void rosterNamesMatchWholeNamesWhateverTheSpelling() {
        IssuingUnit dongSon = unit(null, "ỦY BAN NHÂN DÂN\nXÃ ĐÔNG SƠN", "Đông Sơn");
        assertTrue(is("UBND xã Đông Sơn", null, dongSon));
        assertTrue(is("Ủy ban nhân dân Xã Đông Sơn", null, dongSon), "Xã / xã");
        assertTrue(is("  UBND   xã  Đông Sơn ", null, dongSon), "extra spaces");
        assertTrue(is("UBND xa Dong Son", null, dongSon), "accents folded");
        assertTrue(is("Xã Đông Sơn", null, dongSon), "the commune for its People's Committee");
        assertFalse(is("UBND xã Đông Sơn Tây", null, dongSon), "a longer name is another commune");
        assertFalse(is("Xã Đông Sơn Tây", null, dongSon));
        assertFalse(is("UBND xã Đông", null, dongSon), "a shorter name is another commune");
        assertFalse(is("Đảng ủy xã Đông Sơn", null, dongSon), "another body of the commune");
        IssuingUnit dongSonTay = unit(null, "ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN TÂY", "Đông Sơn Tây");
        assertFalse(is("UBND xã Đông Sơn", null, dongSonTay), "folded 'xa Dong Son' is not 'xa Dong Son Tay'");
        assertTrue(is("UBND xã Đông Sơn Tây", null, dongSonTay));
    }

    @Test
    void aRosterProvinceMustNotContradictTheUnitsProvince() {
        IssuingUnit quangNinh = unit("UBND TỈNH QUẢNG NINH", "SỞ Y TẾ", "Quảng Ninh");
        IssuingUnit tuyenQuang = unit(null, "SỞ Y TẾ", "Tuyên Quang");
        assertTrue(is("Sở Y tế", "Quảng Ninh", quangNinh));
        assertFalse(is("Sở Y tế", "Quảng Ninh", tuyenQuang));
        assertTrue(is("Sở Y tế tỉnh Quảng Ninh", null, quangNinh), "the province in the roster's name");
        assertFalse(is("Sở Y tế tỉnh Quảng Ninh", null, tuyenQuang));
        assertTrue(is("Sở Y tế", "tỉnh Quảng Ninh", quangNinh));
        assertTrue(is("Sở Y tế", null, tuyenQuang), "no province on the roster: any province");
        assertTrue(is("Sở Y tế", "Quảng Ninh", unit(null, "SỞ Y TẾ", null)), "a unit whose province is not known is not contradicted");
        assertTrue(is("UBND tỉnh Hà Tĩnh", null, unit(null, "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "Hà Tĩnh")));
        assertFalse(is("UBND tỉnh Hà Tĩnh", null, unit(null, "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", "Lai Châu")));
        assertTrue(is("Sở Y tế", "Bắc Ninh", unit("UBND TỈNH BẮC GIANG", "SỞ Y TẾ", "Bắc Giang")),
                "a former province meets the province it was merged into (provinces.csv)");
        assertTrue(is("Sở Lao động - Thương binh và Xã hội", null, unit(null, "SỞ LĐ-TB&XH", null)), "abbreviations.csv");
    }

    @Test
    void theTrackerListsTheRosterUnitsThatSentNothing() {
        List<RosterUnit> roster = List.of(new RosterUnit("UBND xã Đông Sơn", null, 2), new RosterUnit("Sở Y tế", "Điện Biên", 3),
                new RosterUnit("Sở Y tế", "Quảng Ninh", 4));
        IssuingUnits.Tracker t = UNITS.tracker(roster);
        t.add(unit(null, "ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN TÂY", "Đông Sơn Tây"));
        t.add(unit(null, "SỞ Y TẾ", "Quảng Ninh"));
        t.add(IssuingUnit.UNKNOWN);
        assertEquals(List.of(roster.get(0), roster.get(1)), t.missing());
    }
}
