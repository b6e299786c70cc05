package vn.plancheck.model;

/** Reference row (rules/data/section-titles.csv): a heading that names a kind of section ("TỔ CHỨC THỰC HIỆN" → ORGANIZATION). */
public record SectionTitle(String section, String title) {
}
