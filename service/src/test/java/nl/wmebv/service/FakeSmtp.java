package nl.wmebv.service;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal SMTP server on loopback for tests: accepts every message and keeps it, parsed by
 * Jakarta Mail as a receiving client would (subject and body decoded).
 */
public final class FakeSmtp implements AutoCloseable {
  private final ServerSocket server;
  private final List<MimeMessage> received = new CopyOnWriteArrayList<>();
  private final List<String> recipients = new CopyOnWriteArrayList<>();

  public FakeSmtp() {
    try {
      server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread t = new Thread(this::serve, "fake-smtp");
    t.setDaemon(true);
    t.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  /** The messages received so far, in order. */
  public List<MimeMessage> messages() {
    return List.copyOf(received);
  }

  /**
   * Waits (at most 10 s) until {@code count} messages have arrived and answers them: the service
   * sends after a run has ended, so a test that saw the run end may be early.
   */
  public List<MimeMessage> await(int count) throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (received.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    return messages();
  }

  /** The RCPT TO addresses received so far, in order. */
  public List<String> recipients() {
    return List.copyOf(recipients);
  }

  public void clear() {
    received.clear();
    recipients.clear();
  }

  private void serve() {
    while (!server.isClosed()) {
      try (Socket s = server.accept()) {
        converse(s);
      } catch (IOException | MessagingException e) {
        // a closed server or a client that went away: wait for the next one
      }
    }
  }

  private void converse(Socket s) throws IOException, MessagingException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
    PrintWriter out =
        new PrintWriter(
            new java.io.OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8));
    reply(out, "220 localhost fake SMTP");
    String line;
    while ((line = in.readLine()) != null) {
      String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
      switch (verb) {
        case "EHLO", "HELO" -> reply(out, "250 localhost");
        case "RCPT" -> {
          recipients.add(line.replaceAll("(?i)^RCPT TO:\\s*<?([^>]*)>?.*$", "$1"));
          reply(out, "250 OK");
        }
        case "DATA" -> {
          reply(out, "354 End data with <CR><LF>.<CR><LF>");
          received.add(readData(in));
          reply(out, "250 OK");
        }
        case "QUIT" -> {
          reply(out, "221 Bye");
          return;
        }
        default -> reply(out, "250 OK");
      }
    }
  }

  private static MimeMessage readData(BufferedReader in) throws IOException, MessagingException {
    StringBuilder data = new StringBuilder();
    String line;
    while ((line = in.readLine()) != null && !line.equals(".")) {
      data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
    }
    return new MimeMessage(
        null, new ByteArrayInputStream(data.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static void reply(PrintWriter out, String text) {
    out.print(text + "\r\n");
    out.flush();
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
