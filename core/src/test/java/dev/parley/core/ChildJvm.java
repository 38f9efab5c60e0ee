package dev.parley.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started from the test class path running one main class, for tests that kill a writer or run several
 * writer processes. Its stdout is read line by line as it comes; its stderr goes to a file, shown on failure.
 */
final class ChildJvm implements AutoCloseable {
    private static final String END = "\u0000end";
    private final Process process;
    private final Path stderr;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        Thread reader = new Thread(this::readStdout, "child-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * @param mainClass the class whose main runs in the child
     * @param workDir    where its stderr file goes
     * @param jvmOptions options of the child JVM
     * @param args       its arguments
     * @return the running child
     */
    static ChildJvm start(Class<?> mainClass, Path workDir, List<String> jvmOptions, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        Path stderr = Files.createTempFile(workDir, "child-", ".stderr");
        Process process = new ProcessBuilder(command)
                .redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        return new ChildJvm(process, stderr);
    }

    private void readStdout() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the child was killed while we read: what arrived is all there is
        } finally {
            lines.add(END);
        }
    }

    /**
     * @param timeout how long to wait
     * @return the next line of stdout, or null at its end
     * @throws AssertionError when nothing came within the timeout, with the child's stderr
     */
    String nextLine(Duration timeout) throws InterruptedException {
        String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new AssertionError("the child printed nothing for " + timeout + "; stderr:\n" + stderr());
        }
        return line.equals(END) ? null : line;
    }

    /** Writes a line to the child's stdin. */
    void send(String line) throws IOException {
        var in = process.getOutputStream();
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** Kills the child at once, as {@code kill -9} does, and waits for it to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** @return the exit code, after waiting up to the timeout for the child to end */
    int exitCode(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child did not end within " + timeout + "; stderr:\n" + stderr());
        }
        return process.exitValue();
    }

    /** @return what the child wrote to stderr so far */
    String stderr() {
        try {
            return Files.readString(stderr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
