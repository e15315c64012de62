package nl.wmebv.service.core.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import nl.wmebv.service.db.InventoryImportDao;
import org.jdbi.v3.core.Jdbi;

/**
 * Keeps a file uploaded on the import page between its steps (mapping, preview, apply), on the
 * server: the page carries only a random token, which opens the file for the same user and
 * municipality within an hour and for no one else, so nothing the browser sends back is taken for
 * the file itself. In the database (only the token's hash), so a step that another instance serves,
 * or one after a restart, still finds it.
 */
public final class ImportUploads {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A kept file. */
  public record Upload(String fileName, byte[] content) {}

  private final Jdbi jdbi;

  public ImportUploads(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Keeps the file and answers its token; forgets the files older than an hour on the way. */
  public String keep(long municipalityId, String username, String fileName, byte[] content) {
    byte[] raw = new byte[24];
    RANDOM.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    jdbi.useTransaction(
        h -> {
          InventoryImportDao dao = h.attach(InventoryImportDao.class);
          dao.forgetOldUploads();
          dao.keepUpload(hash(token), municipalityId, username, fileName, content);
        });
    return token;
  }

  /**
   * The file of the token, when it is this user's upload for this municipality and not older than
   * an hour.
   */
  public Optional<Upload> find(String token, long municipalityId, String username) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{32}")) {
      return Optional.empty();
    }
    return jdbi.withHandle(h -> h.attach(InventoryImportDao.class).upload(hash(token)))
        .filter(u -> u.municipalityId() == municipalityId && u.username().equals(username))
        .map(u -> new Upload(u.fileName(), u.content()));
  }

  /** Forgets the file once it has been imported. */
  public void forget(String token) {
    if (token != null) {
      jdbi.useHandle(h -> h.attach(InventoryImportDao.class).forgetUpload(hash(token)));
    }
  }

  private static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
