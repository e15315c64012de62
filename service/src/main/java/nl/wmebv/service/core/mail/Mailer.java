package nl.wmebv.service.core.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import nl.wmebv.service.config.MailSettings;

/** Sends plain-text e-mail over SMTP as {@code mail} in config.yml says (Jakarta Mail). */
public class Mailer {
  private final MailSettings settings;
  private final Session session;

  public Mailer(MailSettings settings) {
    this.settings = settings;
    this.session = session(settings);
  }

  /** Why a message was not sent (the server refused it, or could not be reached). */
  public static final class MailFailure extends Exception {
    MailFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Whether mail is switched on; when off, nothing may be sent. */
  public boolean enabled() {
    return settings.isEnabled();
  }

  /** Sends one UTF-8 plain-text message. */
  public void send(String to, String subject, String body) throws MailFailure {
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(settings.getFrom(), true));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(body, StandardCharsets.UTF_8.name());
      message.setSentDate(Date.from(Instant.now()));
      Transport.send(message);
    } catch (MessagingException e) {
      throw new MailFailure(e.getMessage(), e);
    }
  }

  private static Session session(MailSettings settings) {
    Properties p = new Properties();
    String timeout = String.valueOf(settings.getTimeoutSeconds() * 1000L);
    p.put("mail.transport.protocol", "smtp");
    p.put("mail.smtp.host", settings.getHost());
    p.put("mail.smtp.port", String.valueOf(settings.getPort()));
    p.put("mail.smtp.connectiontimeout", timeout);
    p.put("mail.smtp.timeout", timeout);
    p.put("mail.smtp.writetimeout", timeout);
    if (settings.isStartTls()) {
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", "true");
    }
    if (settings.getUsername().isBlank()) {
      return Session.getInstance(p);
    }
    p.put("mail.smtp.auth", "true");
    return Session.getInstance(
        p,
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(settings.getUsername(), settings.password());
          }
        });
  }
}
