package vn.plancheck.model;

import vn.plancheck.text.Regex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the parser learned about one plan. This is the rule author's main fact:
 * a value the document does not give is null (or false, or empty), never a guess.
 */
public class Plan {
    private String file;
    private String profile;
    private String profileName;
    private String event;
    private DocSystem system = DocSystem.STATE;

    private boolean nationalHeader;
    private boolean headerColumnsLost;
    private boolean partyHeader;
    private int headerLine;
    private String issuer;
    private String parentIssuer;
    private int issuerLine;

    private boolean numberLinePresent;
    private String numberText;
    private int numberLine;
    private String number;
    private String symbol;
    private boolean numberColon;
    private boolean collectiveIssuer;
    private String issuerLevel;

    private boolean dateLinePresent;
    private String dateText;
    private int dateLine;
    private String place;
    private LocalDate issueDate;
    private String dayText;
    private String monthText;
    private Integer issueYear;
    private Integer issueMonth;

    private String docTypeName;
    private String docTypeKey;
    private String subjectText;
    private int subjectLine;
    /** The "Kính gửi:" line of a letter's head, 0 when none: a plan addresses no one. */
    private int addresseeLine;
    private boolean planAnnexed;
    private int planAnnexLine;
    private boolean keHoach;
    private boolean draftMark;
    private int docTypeLine;
    private String title;
    private Integer year;
    private String theme;
    private int themeLine;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private int periodLine;
    private List<String> slogans = new ArrayList<>();

    private boolean hotlineMentioned;
    private double ocrScore;
    private boolean ocrSuspected;
    private List<Integer> scannedPages = List.of();

    private Signature signature;
    private boolean recipientsPresent;
    private int recipientsLine;
    private List<Recipient> recipients = new ArrayList<>();

    private List<Section> sections = new ArrayList<>();
    private List<NumberingIssue> numberingIssues = new ArrayList<>();
    private List<Citation> citations = new ArrayList<>();
    private List<DateMention> dates = new ArrayList<>();
    private List<Deadline> deadlines = new ArrayList<>();
    private List<UnitRef> units = new ArrayList<>();
    private List<TaskItem> tasks = new ArrayList<>();
    private List<Deadline> taskDeadlines = new ArrayList<>();
    private List<Citation> noteCitations = new ArrayList<>();
    private List<CitationConflict> citationConflicts = new ArrayList<>();
    private List<TemplateMark> templateMarks = new ArrayList<>();
    private List<YearPhrase> yearPhrases = new ArrayList<>();
    private int lineCount;

    /** The file as given on the command line. */
    public String getFile() { return file; }
    public void setFile(String file) { this.file = file; }

    /** The id of the plan's profile (rules/data/plan-profiles.csv), or null when the data has no profile for it. */
    public String getProfile() { return profile; }
    public void setProfile(String profile) { this.profile = profile; }

    /** The profile's Vietnamese name ("Kế hoạch Tháng hành động vì trẻ em"), or null. */
    public String getProfileName() { return profileName; }
    public void setProfileName(String profileName) { this.profileName = profileName; }

    /** The id of the yearly event the plan organises (its profile's event), or null. */
    public String getEvent() { return event; }
    public void setEvent(String event) { this.event = event; }

    /** STATE (Nghị định 30/2020) or PARTY (Hướng dẫn 36-HD/VPTW, Quy định 399-QĐ/TW). */
    public DocSystem getSystem() { return system; }
    public void setSystem(DocSystem system) { this.system = system; }

    /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" is present. */
    public boolean isNationalHeader() { return nationalHeader; }
    /**
     * The text opens with the number line, nothing above it, and has neither issuer nor national or party header:
     * the first row of the header table (issuer | national header) was lost when the document was turned into
     * text, as converters and crawlers do with a borderless table. What it lacks may well be in the original.
     */
    public boolean isHeaderColumnsLost() { return headerColumnsLost; }
    public void setHeaderColumnsLost(boolean headerColumnsLost) { this.headerColumnsLost = headerColumnsLost; }
    public void setNationalHeader(boolean nationalHeader) { this.nationalHeader = nationalHeader; }

    /** "ĐẢNG CỘNG SẢN VIỆT NAM" is present. */
    public boolean isPartyHeader() { return partyHeader; }
    public void setPartyHeader(boolean partyHeader) { this.partyHeader = partyHeader; }

    /** Line of the national or party header, or of the first line when there is none. */
    public int getHeaderLine() { return headerLine; }
    public void setHeaderLine(int headerLine) { this.headerLine = headerLine; }

    /** Issuing body ("Ủy ban nhân dân thị trấn Thắng"), or null when the header names none. */
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }

    /** Superior body written above the issuer ("ĐẢNG BỘ TỈNH NINH THUẬN"), or null. */
    public String getParentIssuer() { return parentIssuer; }
    public void setParentIssuer(String parentIssuer) { this.parentIssuer = parentIssuer; }

    public int getIssuerLine() { return issuerLine; }
    public void setIssuerLine(int issuerLine) { this.issuerLine = issuerLine; }

    /** A "Số …" line exists (possibly with a blank number). */
    public boolean isNumberLinePresent() { return numberLinePresent; }
    public void setNumberLinePresent(boolean numberLinePresent) { this.numberLinePresent = numberLinePresent; }

    /** The number line as written ("Số: 29/KH-UBND"). */
    public String getNumberText() { return numberText; }
    public void setNumberText(String numberText) { this.numberText = numberText; }

    public int getNumberLine() { return numberLine; }
    public void setNumberLine(int numberLine) { this.numberLine = numberLine; }

    /** The number ("29", "05"), or null when left blank for the clerk. */
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }

    /** The symbol ("KH-UBND", "KH/HU"), or null. */
    public String getSymbol() { return symbol; }
    public void setSymbol(String symbol) { this.symbol = symbol; }

    /** Number and symbol as one string ("29/KH-UBND", "225-KH/HU"), or null without a number. */
    public String getNumberSymbol() {
        if (number == null || symbol == null) {
            return null;
        }
        return system == DocSystem.PARTY && symbol.contains("/") ? number + "-" + symbol : number + "/" + symbol;
    }

    /** Zeros written before the number's first other digit ("07" has one, "0129" has one, "7" and "0" none). */
    public int getNumberLeadingZeros() {
        if (number == null || number.length() < 2) {
            return 0;
        }
        int n = 0;
        while (n < number.length() - 1 && number.charAt(n) == '0') {
            n++;
        }
        return n;
    }

    /** The number's value ("0129" is 129), or null when the number is blank. */
    public Integer getNumberValue() {
        return number == null || number.isEmpty() ? null : Integer.valueOf(number);
    }

    /**
     * The day whose party formatting rules apply (rules/data/party-rulesets.csv): the issue date, else the last day the
     * date line allows, else the end of the plan's year; an undated draft is judged by the rules in force today.
     */
    public LocalDate getRulesetDate() {
        LocalDate latest = getLatestDate();
        if (latest != null) {
            return latest;
        }
        return year != null ? LocalDate.of(year, 12, 31) : LocalDate.now();
    }

    /** The first group of the symbol is the type abbreviation of a plan, "KH" ("KH-UBND", "KH/HU"). */
    public boolean isSymbolKeHoach() {
        return symbol != null && Regex.split(symbol, "[-/]")[0].trim().equals("KH");
    }

    /** The issuer is a collective body that signs "TM." / "T/M" (Ủy ban nhân dân, Hội đồng nhân dân, a party committee). */
    public boolean isCollectiveIssuer() { return collectiveIssuer; }
    public void setCollectiveIssuer(boolean collectiveIssuer) { this.collectiveIssuer = collectiveIssuer; }

    /** The number line has a colon after "Số". */
    public boolean isNumberColon() { return numberColon; }
    public void setNumberColon(boolean numberColon) { this.numberColon = numberColon; }

    /** A "…, ngày … tháng … năm …" line exists (possibly partly blank). */
    public boolean isDateLinePresent() { return dateLinePresent; }
    public void setDateLinePresent(boolean dateLinePresent) { this.dateLinePresent = dateLinePresent; }

    /** The place-and-date line as written. */
    public String getDateText() { return dateText; }
    public void setDateText(String dateText) { this.dateText = dateText; }

    public int getDateLine() { return dateLine; }
    public void setDateLine(int dateLine) { this.dateLine = dateLine; }

    /** Place name before the date ("Lai Châu"), or null. */
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }

    /** Issue date when day, month and year are all filled in and valid; else null. */
    public LocalDate getIssueDate() { return issueDate; }
    public void setIssueDate(LocalDate issueDate) { this.issueDate = issueDate; }

    /** The day as written ("05", "5"), or null when blank. */
    public String getDayText() { return dayText; }
    public void setDayText(String dayText) { this.dayText = dayText; }

    /** The month as written ("02", "3"), or null when blank. */
    public String getMonthText() { return monthText; }
    public void setMonthText(String monthText) { this.monthText = monthText; }

    /** Year of the date line even when day or month is blank, else null. */
    public Integer getIssueYear() { return issueYear; }
    public void setIssueYear(Integer issueYear) { this.issueYear = issueYear; }

    /** Month of the date line even when the day is blank, else null. */
    public Integer getIssueMonth() { return issueMonth; }
    public void setIssueMonth(Integer issueMonth) { this.issueMonth = issueMonth; }


    /**
     * The earliest day the plan can have been issued: the issue date, else the first day of the month or year
     * that the date line gives, else null. Used where a finding must be certain ("a unit dissolved before the plan").
     */
    public LocalDate getEarliestDate() {
        if (issueDate != null) {
            return issueDate;
        }
        if (issueYear == null) {
            return null;
        }
        return LocalDate.of(issueYear, issueMonth == null ? 1 : issueMonth, 1);
    }

    /** The latest day the plan can have been issued (issue date, else end of its month or year), or null. */
    public LocalDate getLatestDate() {
        if (issueDate != null) {
            return issueDate;
        }
        if (issueYear == null) {
            return null;
        }
        LocalDate start = LocalDate.of(issueYear, issueMonth == null ? 12 : issueMonth, 1);
        return start.withDayOfMonth(start.lengthOfMonth());
    }

    /** Administrative level of the issuer: COMMUNE, DISTRICT, PROVINCE, CENTRAL, or null when unknown. */
    public String getIssuerLevel() { return issuerLevel; }
    public void setIssuerLevel(String issuerLevel) { this.issuerLevel = issuerLevel; }

    /** The document type line ("KẾ HOẠCH"), or null. */
    public String getDocTypeName() { return docTypeName; }
    public void setDocTypeName(String docTypeName) { this.docTypeName = docTypeName; }

    public int getDocTypeLine() { return docTypeLine; }
    public void setDocTypeLine(int docTypeLine) { this.docTypeLine = docTypeLine; }

    /**
     * The type line as a kind, folded to capitals without diacritics ("QUYET DINH" for "QUYẾT ĐỊNH", also when
     * OCR mangled it), or null without a type line. Compared with the type_line column of
     * rules/data/document-kinds.csv ({@link DocumentKind#getTypeKey()}).
     */
    public String getDocTypeKey() { return docTypeKey; }
    public void setDocTypeKey(String docTypeKey) { this.docTypeKey = docTypeKey; }

    /**
     * The abbreviation at the head of the symbol, in capitals: the kind of document ("QĐ" in "12/QĐ-UBND",
     * "NĐ" in "56/2017/NĐ-CP", "KH" in "225-KH/HU"), or, on an official letter, its issuer ("UBND" in
     * "123/UBND-VX"). Null without a symbol.
     */
    public String getSymbolKindCode() {
        if (symbol == null) {
            return null;
        }
        String s = Regex.replaceFirst(symbol, "^(19|20)[0-9]{2}\\s*/\\s*", ""); // "2017/NĐ-CP": the year comes first
        String head = Regex.split(s, "[-/]")[0].strip();
        return head.isEmpty() ? null : head.toUpperCase(java.util.Locale.ROOT);
    }

    /** The "V/v …" line under the number (what an official letter is about, in place of a type line and title), or null. */
    public String getSubjectText() { return subjectText; }
    public void setSubjectText(String subjectText) { this.subjectText = subjectText; }

    /** Line of the "V/v …" line, 0 when there is none. */
    public int getSubjectLine() { return subjectLine; }
    public void setSubjectLine(int subjectLine) { this.subjectLine = subjectLine; }
    public int getAddresseeLine() { return addresseeLine; }
    public void setAddresseeLine(int addresseeLine) { this.addresseeLine = addresseeLine; }

    /**
     * The text holds a plan issued with another document: a decision titled "Ban hành Kế hoạch …", or a
     * "KẾ HOẠCH" heading further down marked "(Ban hành kèm theo Quyết định số …)". Such a document is a plan.
     */
    public boolean isPlanAnnexed() { return planAnnexed; }
    public void setPlanAnnexed(boolean planAnnexed) { this.planAnnexed = planAnnexed; }

    /** Line of the title or heading that shows the annexed plan, 0 when there is none. */
    public int getPlanAnnexLine() { return planAnnexLine; }
    public void setPlanAnnexLine(int planAnnexLine) { this.planAnnexLine = planAnnexLine; }

    /** True when the document type line reads "KẾ HOẠCH" (also when OCR mangled it). */
    public boolean isKeHoach() { return keHoach; }
    public void setKeHoach(boolean keHoach) { this.keHoach = keHoach; }

    /** Summary line(s) under the type ("Triển khai thực hiện công tác trẻ em năm 2024"), or null. */
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }

    /** The year the plan is for (from the title, else the issue date), or null. */
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }

    /** A draft: stamped "DỰ THẢO", or number or date left blank for the clerk. */
    public boolean isDraft() {
        return draftMark || (numberLinePresent && number == null) || (dateLinePresent && issueDate == null);
    }

    /** The document is stamped "DỰ THẢO" above its header. */
    public boolean isDraftMark() { return draftMark; }
    public void setDraftMark(boolean draftMark) { this.draftMark = draftMark; }

    /** Theme quoted in the plan, without quotes, or null. */
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }

    public int getThemeLine() { return themeLine; }
    public void setThemeLine(int themeLine) { this.themeLine = themeLine; }

    /** Start of the period of the yearly event the plan organises (the action month), or null. */
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }

    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate periodEnd) { this.periodEnd = periodEnd; }

    public int getPeriodLine() { return periodLine; }
    public void setPeriodLine(int periodLine) { this.periodLine = periodLine; }

    /** Slogans and messages listed by the plan. */
    public List<String> getSlogans() { return slogans; }
    public void setSlogans(List<String> slogans) { this.slogans = slogans; }

    /** The hotline of the plan's yearly event (yearly-events.csv: 111 for children) is mentioned. */
    public boolean isHotlineMentioned() { return hotlineMentioned; }
    public void setHotlineMentioned(boolean hotlineMentioned) { this.hotlineMentioned = hotlineMentioned; }

    /** Share of words that look garbled by OCR, 0..1. */
    public double getOcrScore() { return ocrScore; }
    public void setOcrScore(double ocrScore) { this.ocrScore = ocrScore; }

    /**
     * The text looks like OCR output with lost or mangled diacritics, or it was read from a scan by plancheck's own
     * optical character recognition ({@link #isScanned()}).
     */
    public boolean isOcrSuspected() { return ocrSuspected; }
    public void setOcrSuspected(boolean ocrSuspected) { this.ocrSuspected = ocrSuspected; }

    /**
     * The pages (of a PDF; the page images of a Word file or an image file) that were scans and were read by optical
     * character recognition (Tesseract), ascending; empty for a document read as it was typed.
     */
    public List<Integer> getScannedPages() { return scannedPages; }
    public void setScannedPages(List<Integer> scannedPages) { this.scannedPages = List.copyOf(scannedPages); }

    /** Some or all of the text was read from a scan by optical character recognition. */
    public boolean isScanned() { return !scannedPages.isEmpty(); }

    /** The scanned pages for a message: "1–3", "2, 5". */
    public String getScannedPagesText() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < scannedPages.size(); i++) {
            int j = i;
            while (j + 1 < scannedPages.size() && scannedPages.get(j + 1) == scannedPages.get(j) + 1) {
                j++;
            }
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(scannedPages.get(i));
            if (j > i) {
                b.append(j == i + 1 ? ", " : "–").append(scannedPages.get(j));
            }
            i = j;
        }
        return b.toString();
    }

    /** The signature block, or null when none was found. */
    public Signature getSignature() { return signature; }
    public void setSignature(Signature signature) { this.signature = signature; }

    /** A "Nơi nhận:" block exists. */
    public boolean isRecipientsPresent() { return recipientsPresent; }
    public void setRecipientsPresent(boolean recipientsPresent) { this.recipientsPresent = recipientsPresent; }

    public int getRecipientsLine() { return recipientsLine; }
    public void setRecipientsLine(int recipientsLine) { this.recipientsLine = recipientsLine; }

    public List<Recipient> getRecipients() { return recipients; }
    public void setRecipients(List<Recipient> recipients) { this.recipients = recipients; }

    /** All numbered headings and items, in document order. */
    public List<Section> getSections() { return sections; }
    public void setSections(List<Section> sections) { this.sections = sections; }

    /** Top-level sections only (Roman numerals). */
    public List<Section> getTopSections() {
        return sections.stream().filter(s -> s.getLevel() == 1).toList();
    }

    /** True when a top-level section of this kind (section-titles.csv: "ORGANIZATION") exists. */
    public boolean hasSection(String kind) {
        return sections.stream().anyMatch(s -> s.getLevel() == 1 && s.getKinds().contains(kind));
    }

    public List<NumberingIssue> getNumberingIssues() { return numberingIssues; }
    public void setNumberingIssues(List<NumberingIssue> numberingIssues) { this.numberingIssues = numberingIssues; }

    public List<Citation> getCitations() { return citations; }
    public void setCitations(List<Citation> citations) { this.citations = citations; }

    public List<DateMention> getDates() { return dates; }
    public void setDates(List<DateMention> dates) { this.dates = dates; }

    public List<Deadline> getDeadlines() { return deadlines; }
    public void setDeadlines(List<Deadline> deadlines) { this.deadlines = deadlines; }

    public List<UnitRef> getUnits() { return units; }
    public void setUnits(List<UnitRef> units) { this.units = units; }

    /** Items under "Tổ chức thực hiện". */
    public List<TaskItem> getTasks() { return tasks; }
    public void setTasks(List<TaskItem> tasks) { this.tasks = tasks; }

    /** Deadlines of tasks (kind TASK): "hoàn thành trong quý III năm 2025", "chậm nhất ngày 10/12/2025". */
    public List<Deadline> getTaskDeadlines() { return taskDeadlines; }
    public void setTaskDeadlines(List<Deadline> taskDeadlines) { this.taskDeadlines = taskDeadlines; }

    /** Documents cited after the signature: footnotes and annexes. */
    public List<Citation> getNoteCitations() { return noteCitations; }
    public void setNoteCitations(List<Citation> noteCitations) { this.noteCitations = noteCitations; }

    /** Documents cited in two ways (date, symbol, issuer) within the plan, footnotes and annexes included. */
    public List<CitationConflict> getCitationConflicts() { return citationConflicts; }
    public void setCitationConflicts(List<CitationConflict> citationConflicts) { this.citationConflicts = citationConflicts; }

    /** Possible leftovers of a model document in the title and body: words joined by "/", blanks to fill in. */
    public List<TemplateMark> getTemplateMarks() { return templateMarks; }
    public void setTemplateMarks(List<TemplateMark> templateMarks) { this.templateMarks = templateMarks; }

    /** Years in the body that may name the year of an event or of the plan's own work (see {@link YearPhrase}). */
    public List<YearPhrase> getYearPhrases() { return yearPhrases; }
    public void setYearPhrases(List<YearPhrase> yearPhrases) { this.yearPhrases = yearPhrases; }

    /**
     * The year the plan's own work is for, when it can be trusted: {@link #getYear()} if it is the year of issue or
     * the next (a plan for 2026 issued in late 2025), else null ("giai đoạn 2026-2030", "nhiệm kỳ 2026-2031", the date of
     * a directive in the title are not the plan's year).
     */
    public Integer getWorkYear() {
        if (year == null) {
            return null;
        }
        if (issueYear == null) {
            return year;
        }
        return year == issueYear.intValue() || year == issueYear + 1 ? year : null;
    }

    /** The title names the plan's year ("… năm 2024"); else the year was taken from the date of issue. */
    public boolean isYearInTitle() {
        return year != null && title != null && title.contains(String.valueOf(year));
    }

    /** Number of source lines. */
    public int getLineCount() { return lineCount; }
    public void setLineCount(int lineCount) { this.lineCount = lineCount; }
}
