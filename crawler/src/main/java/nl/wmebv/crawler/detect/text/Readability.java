package nl.wmebv.crawler.detect.text;

/**
 * Text measures of a page's main content.
 *
 * @param words number of words
 * @param sentences number of sentences
 * @param syllables number of syllables (Dutch counting)
 * @param fleschDouma 206.84 - 0.77 * syllables per 100 words - 0.93 * words per sentence
 * @param longSentenceShare share of sentences over 20 words (0..1)
 * @param b1 a simple B1 signal: true when the text is likely at language level B1 or easier
 */
public record Readability(
    int words,
    int sentences,
    int syllables,
    double fleschDouma,
    double longSentenceShare,
    boolean b1) {}
