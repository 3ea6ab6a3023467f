package org.govbuy.tender.config;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;

import org.govbuy.tender.domain.BidReceipt;

/**
 * The secrets that seal and sign: the key-encryption keys (by id) that wrap tenders' opening keys,
 * and the receipt signing key. Read once from configuration (the deployment's secrets); a key of the
 * wrong size stops the service at start rather than at the first bid.
 */
@ApplicationScoped
@Startup
public class SealingKeys {

    private final String currentKekId;
    private final Map<String, byte[]> keks = new HashMap<>();
    private final String receiptKeyId;
    private final byte[] receiptPrivateKey;
    private final byte[] receiptPublicKey;

    SealingKeys(TenderConfig config) {
        config.sealing().keys().forEach((id, value) -> {
            byte[] kek = Base64.getDecoder().decode(value.strip());
            if (kek.length != 32) {
                throw new IllegalStateException("govbuy.tender.sealing.keys." + id + " must be 32 bytes (base64)");
            }
            keks.put(id, kek);
        });
        currentKekId = config.sealing().currentKey();
        if (!keks.containsKey(currentKekId)) {
            throw new IllegalStateException("govbuy.tender.sealing.current-key names no configured key: " + currentKekId);
        }
        receiptKeyId = config.receipts().keyId();
        receiptPrivateKey = Base64.getDecoder().decode(config.receipts().privateKey().strip());
        receiptPublicKey = Base64.getDecoder().decode(config.receipts().publicKey().strip());
        BidReceipt probe = BidReceipt.sign(new java.util.UUID(0, 0), new java.util.UUID(0, 0), 1, "probe", "0",
                java.time.Instant.EPOCH, receiptKeyId, receiptPrivateKey);
        if (!probe.verifiesWith(receiptPublicKey)) {
            throw new IllegalStateException("govbuy.tender.receipts.public-key does not match the private key");
        }
    }

    public String currentKekId() {
        return currentKekId;
    }

    public byte[] kek(String id) {
        byte[] kek = keks.get(id);
        if (kek == null) {
            throw new IllegalStateException("no key-encryption key " + id + " is configured; it is needed to open this tender");
        }
        return kek;
    }

    public String receiptKeyId() {
        return receiptKeyId;
    }

    public byte[] receiptPrivateKey() {
        return receiptPrivateKey;
    }

    public byte[] receiptPublicKey() {
        return receiptPublicKey;
    }
}
