import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Makes tender-service's secrets for a local run, once: the key-encryption key that wraps tenders'
 * opening keys (32 random bytes) and the Ed25519 key pair that signs bid receipts, each base64 in
 * its own file of the given folder. Run with the JDK's source launcher: java TenderKeys.java DIR
 */
public class TenderKeys {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        byte[] kek = new byte[32];
        new SecureRandom().nextBytes(kek);
        KeyPair receipt = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Base64.Encoder base64 = Base64.getEncoder();
        Files.writeString(dir.resolve("tender-kek"), base64.encodeToString(kek));
        Files.writeString(dir.resolve("tender-receipt-private"), base64.encodeToString(receipt.getPrivate().getEncoded()));
        Files.writeString(dir.resolve("tender-receipt-public"), base64.encodeToString(receipt.getPublic().getEncoded()));
    }
}
