package dev.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.UUID;

/**
 * {@code -o FILE}, made safe: the file is checked before any work starts (not a directory, not one of the command's
 * inputs, not an existing file unless {@code --force}), then written to a temporary file next to it and moved into
 * place atomically only once everything was written. A failure at any point leaves an existing file as it was.
 */
final class OutputFile {

    private OutputFile() {
    }

    /** Writes the content of an output file. */
    @FunctionalInterface
    interface Content<T> {
        /**
         * @param out where to write; closed by the caller
         * @return what the writer wants to report
         * @throws IOException when writing fails
         */
        T writeTo(OutputStream out) throws IOException;
    }

    /**
     * @param spec   the command, for usage errors
     * @param target the {@code -o} file
     * @param force  whether an existing file may be replaced
     * @param inputs files the command reads, which must never be its output
     * @throws CommandLine.ParameterException a usage error (exit 2) naming what is wrong
     */
    static void check(CommandSpec spec, Path target, boolean force, Collection<Path> inputs) {
        Path name = target.getFileName();
        if (Files.isDirectory(target) || name == null) {
            throw usage(spec, "-o: '" + target + "' is a directory; name a file to write");
        }
        Path directory = directoryOf(target);
        if (!Files.isDirectory(directory)) {
            throw usage(spec, "-o: directory '" + directory + "' does not exist");
        }
        Path real = realPath(target);
        for (Path input : inputs) {
            if (Files.exists(input) && realPath(input).equals(real)) {
                throw usage(spec, "-o: '" + target + "' is also an input of this command (" + input
                        + "); write somewhere else");
            }
        }
        if (Files.exists(target) && !force) {
            throw usage(spec, "-o: '" + target + "' already exists; add --force to replace it");
        }
    }

    /**
     * @param target  the file to create or replace
     * @param content what to write
     * @return what {@code content} returned
     * @throws IOException when writing or moving fails; {@code target} is then unchanged
     */
    static <T> T write(Path target, Content<T> content) throws IOException {
        Path temporary = directoryOf(target).resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            T result;
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                result = content.writeTo(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        out.write(bytes, offset, length);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();   // the channel stays open until it was forced to disk
                    }
                });
                out.flush();
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path directoryOf(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        return parent != null ? parent : target.toAbsolutePath();
    }

    /** The real path, symbolic links resolved, also for a file that does not exist yet. */
    private static Path realPath(Path file) {
        try {
            return Files.exists(file) ? file.toRealPath()
                    : directoryOf(file).toRealPath().resolve(file.getFileName());
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static CommandLine.ParameterException usage(CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
