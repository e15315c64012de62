package nl.wmebv.service.core.designation;

/**
 * One inconsistency between the register and the inventory.
 *
 * @param code the rule's code, e.g. NO_DESIGNATED_CHANNEL
 * @param label the rule in Dutch, for the web view
 * @param message what is wrong here, in English
 * @param productId the product concerned, or null
 * @param channelId the designated channel concerned, or null
 * @param url the channel URL concerned, or null
 * @param messageType the message type concerned, or null
 * @param explanation what the finding means and what to do, in Dutch
 */
public record Finding(
    String code,
    String label,
    String message,
    Long productId,
    String productName,
    Long channelId,
    String channelName,
    String url,
    String messageType,
    String explanation) {}
