package vn.plancheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.plancheck.rules.RuleBase;
import vn.plancheck.web.UploadLimits;
import vn.plancheck.web.WebServer;

/** {@code plancheck serve}: the check page and the API for a browser, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Chạy trang kiểm tra trên trình duyệt (và API POST /api/check) cho đến khi nhấn Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    PlancheckCli parent;

    @Mixin
    RulesOption rules;

    @Option(names = "--port", paramLabel = "PORT", description = "Cổng (mặc định: ${DEFAULT-VALUE}; 0 = cổng trống bất kỳ).")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Địa chỉ lắng nghe (mặc định: ${DEFAULT-VALUE}, chỉ máy này; 0.0.0.0 = mọi máy trong mạng, xem README).")
    String bind = "127.0.0.1";

    @Option(names = "--threads", paramLabel = "N", description = "Số văn bản được kiểm tra cùng lúc (mặc định: số lõi CPU).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-file-mb", paramLabel = "MB", description = "Dung lượng tối đa mỗi tệp (mặc định: ${DEFAULT-VALUE}).")
    long maxFileMb = UploadLimits.DEFAULT.maxFileBytes() / UploadLimits.MB;

    @Option(names = "--max-files", paramLabel = "N", description = "Số tệp tối đa mỗi lần gửi (mặc định: ${DEFAULT-VALUE}).")
    int maxFiles = UploadLimits.DEFAULT.maxFiles();

    @Option(names = "--max-total-mb", paramLabel = "MB", description = "Tổng dung lượng tối đa mỗi lần gửi (mặc định: ${DEFAULT-VALUE}).")
    long maxTotalMb = UploadLimits.DEFAULT.maxTotalBytes() / UploadLimits.MB;

    @Override
    public Integer call() {
        PrintStream out = parent.out();
        PrintStream err = parent.err();
        if (port < 0 || port > 65535 || threads < 1 || maxFileMb < 1 || maxFiles < 1 || maxTotalMb < 1) {
            err.println("serve: cổng phải từ 0 đến 65535; --threads, --max-file-mb, --max-files, --max-total-mb phải lớn hơn 0.");
            return ExitCode.USAGE_OR_RULES.code();
        }
        WebServer.Settings settings = new WebServer.Settings(bind, port, rules.dir(), rules.display(),
                rules.noCache ? null : RuleBase.defaultCacheDir(), Environment.version(),
                new UploadLimits(maxFileMb * UploadLimits.MB, maxFiles, maxTotalMb * UploadLimits.MB), threads);
        org.slf4j.LoggerFactory.getILoggerFactory();
        WebServer server;
        try {
            server = WebServer.start(settings);
        } catch (BindException e) {
            err.println("serve: không mở được cổng " + port + " trên " + bind + " (" + e.getMessage()
                    + "): cổng đang được dùng hoặc địa chỉ không thuộc máy này. Chọn cổng khác bằng --port.");
            return ExitCode.USAGE_OR_RULES.code();
        } catch (IOException e) {
            err.println("serve: không khởi động được máy chủ: " + e.getMessage());
            return ExitCode.USAGE_OR_RULES.code();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            out.println("Đã dừng plancheck.");
            stopped.countDown();
        }, "plancheck-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        if (!server.ruleErrors().isEmpty()) {
            err.println("Lỗi trong tệp quy tắc — trang sẽ báo lỗi cho đến khi sửa xong (không cần khởi động lại):");
            server.ruleErrors().forEach(e -> err.println("  " + e));
        }
        out.println("plancheck đang chạy. Mở trong trình duyệt: " + server.uri());
        if (!server.loopbackOnly()) {
            out.println("Chú ý: máy chủ mở cho các máy khác trong mạng (--bind " + bind + "), không có đăng nhập: ai vào được địa chỉ này"
                    + " đều gửi được văn bản để kiểm tra. Xem README, mục “Trang kiểm tra trên trình duyệt”.");
        }
        out.println("Nhấn Ctrl-C để dừng.");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK.code();
    }
}
