package nl.wmebv.service.vocabulary;

/**
 * A value of a fixed vocabulary: the code stored and sent in JSON, and its Dutch label for people.
 */
public interface Term {
  /** The code as stored in the database and sent in the API. */
  String code();

  /** The Dutch label shown in the UI and in exports. */
  String label();
}
