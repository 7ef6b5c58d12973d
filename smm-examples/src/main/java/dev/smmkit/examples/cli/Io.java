package dev.smmkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** File checks and messages shared by the commands: what went wrong, said in one line. */
final class Io {
  private Io() {}

  /**
   * Checks an input path before anything is read.
   *
   * @param spec the command, for usage errors
   * @param label what the path is, e.g. {@code FILE}
   * @param path the path given
   * @param directoryAllowed whether a directory is a valid input
   * @throws ParameterException for an empty path (exit 2)
   * @throws BadInputException for a missing, special or (when not allowed) directory path (exit 3)
   */
  static void checkInput(CommandSpec spec, String label, Path path, boolean directoryAllowed) {
    if (path.toString().isEmpty()) {
      throw new ParameterException(spec.commandLine(), label + " must not be empty");
    }
    if (Files.isDirectory(path)) {
      if (!directoryAllowed) {
        throw new BadInputException(path + ": is a directory; give one file");
      }
      return;
    }
    if (!Files.exists(path)) {
      throw new BadInputException(
          path + (directoryAllowed ? ": no such file or directory" : ": no such file"));
    }
    if (!Files.isRegularFile(path)) {
      throw new BadInputException(path + ": not a regular file (a device, pipe or socket)");
    }
  }

  /**
   * Writes an output file, refusing to overwrite an input.
   *
   * @param spec the command, for usage errors
   * @param option the option that named the file, e.g. {@code --output}
   * @param target the file to write
   * @param bytes its content
   * @param inputs the files the command read, never overwritten
   * @throws ParameterException when the target is an input or cannot be written (exit 2), with the
   *     reason
   */
  static void write(
      CommandSpec spec, String option, Path target, byte[] bytes, Collection<Path> inputs) {
    checkNotAnInput(spec, option, target, inputs);
    try {
      Files.write(target, bytes);
    } catch (IOException e) {
      throw new ParameterException(
          spec.commandLine(), "cannot write " + option + " " + target + ": " + reason(e), e);
    }
  }

  /**
   * Refuses an output path that is one of the inputs.
   *
   * @param spec the command, for usage errors
   * @param option the option that named the file
   * @param target the output path
   * @param inputs the input paths
   */
  static void checkNotAnInput(
      CommandSpec spec, String option, Path target, Collection<Path> inputs) {
    for (Path in : inputs) {
      if (same(target, in)) {
        throw new ParameterException(
            spec.commandLine(),
            option + " " + target + " is an input file; refusing to overwrite it");
      }
    }
  }

  private static boolean same(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b)
          ? Files.isSameFile(a, b)
          : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The reason an I/O operation failed, in words.
   *
   * @param e the failure
   * @return e.g. {@code the directory out does not exist}, {@code permission denied}
   */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException n) {
      Path parent = n.getFile() == null ? null : Path.of(n.getFile()).getParent();
      return parent == null || Files.isDirectory(parent)
          ? "no such file"
          : "the directory " + parent + " does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(Locale.ROOT);
    }
    if (e instanceof CharacterCodingException) {
      return "the bytes are not text in the chosen charset";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * Turns a read failure into bad input that names the file and, for undecodable bytes, the line,
   * the byte offset and the bytes, with the {@code --charset} hint.
   *
   * @param file the file being read
   * @param charset the charset it was decoded with
   * @param e the failure, possibly wrapped in an {@link UncheckedIOException}
   * @return the exception to throw
   */
  static BadInputException unreadable(Path file, Charset charset, Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof CharacterCodingException) {
      return new BadInputException(file + ": " + undecodable(file, charset));
    }
    return new BadInputException(
        file
            + ": cannot read: "
            + (cause instanceof IOException io ? reason(io) : String.valueOf(cause)));
  }

  /** Finds the first undecodable bytes of a file and says where they are. */
  static String undecodable(Path file, Charset charset) {
    String hint = hint(file, charset);
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(8192);
    CharBuffer out = CharBuffer.allocate(8192);
    long line = 1;
    long consumed = 0;
    try (InputStream stream = Files.newInputStream(file)) {
      boolean eof = false;
      while (!eof) {
        int n = stream.read(in.array(), in.position(), in.remaining());
        if (n < 0) {
          eof = true;
        } else {
          in.position(in.position() + n);
        }
        in.flip();
        CoderResult result;
        do {
          result = decoder.decode(in, out, eof);
          out.flip();
          while (out.hasRemaining()) {
            if (out.get() == '\n') {
              line++;
            }
          }
          out.clear();
        } while (result.isOverflow());
        if (result.isError()) {
          int length = Math.min(result.length(), in.remaining());
          byte[] bad = new byte[length];
          in.get(in.position(), bad);
          return String.format(
              Locale.ROOT,
              "line %d (byte %d) is not valid %s text (bytes %s); %s",
              line,
              consumed + in.position(),
              charset.name(),
              HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bad),
              hint);
        }
        consumed += in.position();
        in.compact();
      }
    } catch (IOException e) {
      return "cannot read: " + reason(e);
    }
    return "the bytes are not valid " + charset.name() + " text; " + hint;
  }

  private static String hint(Path file, Charset charset) {
    byte[] head = new byte[2];
    try (InputStream s = Files.newInputStream(file)) {
      int n = s.readNBytes(head, 0, 2);
      boolean utf16 =
          n == 2
              && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                  || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
      if (utf16) {
        return "the file starts with a UTF-16 byte-order mark: try --charset UTF-16";
      }
    } catch (IOException e) {
      // the caller reports the read failure itself
    }
    return "give the file's charset with --charset, e.g. --charset windows-1252"
        + (charset.name().equals("UTF-8") ? "" : " or --charset UTF-8");
  }
}
