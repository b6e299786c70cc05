package vn.plancheck.cli;

import java.time.Duration;

import picocli.CommandLine.Option;
import vn.plancheck.model.DocumentLimits;

/** The per-document limits of {@code check}: {@code --time-limit SECONDS} and {@code --max-rule-firings N}. */
final class LimitsOption {
    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Thời gian tối đa cho mỗi văn bản (đọc, phân tích, áp dụng quy tắc; mặc định: 60 giây).")
    Double seconds;

    @Option(names = "--max-rule-firings", paramLabel = "N",
            description = "Số lần kích hoạt quy tắc tối đa cho mỗi văn bản, để dừng quy tắc chạy lặp (mặc định: 5000).")
    Integer maxFirings;

    /** The limits asked for, or null with a message on {@code err} when a value is not usable. */
    DocumentLimits limits(java.io.PrintStream err) {
        DocumentLimits d = DocumentLimits.DEFAULT;
        if (seconds != null && !(seconds > 0 && seconds <= 86_400)) {
            err.println("--time-limit phải là số giây lớn hơn 0 (đã nhận: " + seconds + ").");
            return null;
        }
        if (maxFirings != null && maxFirings < 1) {
            err.println("--max-rule-firings phải là số nguyên dương (đã nhận: " + maxFirings + ").");
            return null;
        }
        return new DocumentLimits(seconds == null ? d.time() : Duration.ofMillis(Math.round(seconds * 1000)),
                maxFirings == null ? d.maxFirings() : maxFirings);
    }
}
