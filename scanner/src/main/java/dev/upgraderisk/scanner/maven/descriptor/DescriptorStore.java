package dev.upgraderisk.scanner.maven.descriptor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;

/**
 * Files of the persistent descriptor cache, one per key, under {@code <local repository>/.upgrade-risk/descriptors}.
 * A file holds a header (magic, format, length and CRC-32 of the payload) and the payload, whose first bytes repeat
 * the key. Anything that does not check out (truncated, flipped bytes, another key, another format, a file some other
 * tool put there) is a miss and is overwritten by the next {@link #put}; a file is never trusted. Writers write a
 * temporary file and rename it into place, so a reader sees a whole old file or a whole new one, never a mix.
 */
final class DescriptorStore {
    static final String FOLDER = ".upgrade-risk/descriptors";
    private static final int MAGIC = 0x55524443; // "URDC"
    private static final int FORMAT = 1;
    private static final int HEADER = 16;

    private static final AtomicLong WRITES = new AtomicLong();

    private final Path folder;

    DescriptorStore(Path localRepository) {
        this.folder = localRepository.resolve(FOLDER);
    }

    /** The payload stored under {@code key}, if a whole, intact file for exactly that key is there. */
    Optional<byte[]> get(String key) {
        Path file = file(key);
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) return Optional.empty();
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (bytes.length < HEADER) return Optional.empty();
        ByteBuffer header = ByteBuffer.wrap(bytes, 0, HEADER);
        if (header.getInt() != MAGIC || header.getInt() != FORMAT) return Optional.empty();
        int length = header.getInt();
        int crc = header.getInt();
        if (length != bytes.length - HEADER) return Optional.empty();
        CRC32 check = new CRC32();
        check.update(bytes, HEADER, length);
        if ((int) check.getValue() != crc) return Optional.empty();
        byte[] payload = Arrays.copyOfRange(bytes, HEADER, bytes.length);
        byte[] keyBytes = keyBytes(key);
        if (payload.length < keyBytes.length + 4
                || ByteBuffer.wrap(payload).getInt() != keyBytes.length
                || !Arrays.equals(payload, 4, 4 + keyBytes.length, keyBytes, 0, keyBytes.length)) {
            return Optional.empty(); // another key with the same hash: never answer for it
        }
        return Optional.of(Arrays.copyOfRange(payload, 4 + keyBytes.length, payload.length));
    }

    /** Stores {@code value} under {@code key}; a cache that cannot be written is silently left as it is. */
    void put(String key, byte[] value) {
        byte[] keyBytes = keyBytes(key);
        ByteBuffer payload = ByteBuffer.allocate(4 + keyBytes.length + value.length);
        payload.putInt(keyBytes.length).put(keyBytes).put(value);
        CRC32 crc = new CRC32();
        crc.update(payload.array());
        ByteBuffer whole = ByteBuffer.allocate(HEADER + payload.capacity());
        whole.putInt(MAGIC).putInt(FORMAT).putInt(payload.capacity()).putInt((int) crc.getValue());
        whole.put(payload.array());
        Path file = file(key);
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            // a name no other writer uses (createTempFile would first seed a SecureRandom, which costs more than this)
            temp = file.resolveSibling(
                    file.getFileName() + "." + ProcessHandle.current().pid() + "."
                            + Thread.currentThread().getId() + "." + WRITES.incrementAndGet() + ".part");
            Files.write(temp, whole.array(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException | RuntimeException e) {
            // a read-only or full disk costs the cache, never the scan
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // nothing more to do for a temporary file
                }
            }
        }
    }

    Path file(String key) {
        String hash = sha256(key);
        return folder.resolve(hash.substring(0, 2)).resolve(hash.substring(2) + ".bin");
    }

    private static byte[] keyBytes(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(keyBytes(key)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
