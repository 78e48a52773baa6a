package org.yorisoi.core.internal.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One AES-256 key per contract, in a PKCS12 keystore kept outside the database (alias {@code contract-<id>}): a
 * copy of the database alone does not give away the message texts, and destroying a key makes every copy of its
 * contract's messages unreadable, backups included.
 *
 * <p>Writes of a contract's data and the contract's erasure exclude each other ({@link #writing} and
 * {@link #erasing}): an erasure never leaves behind a row written with the key it destroys, and no row is written
 * between the deletion of the contract's rows and the destruction of its key.
 *
 * <p>Keys are cached in memory; the keystore is rewritten atomically (temporary file, fsync, atomic rename) on
 * every change. Only aliases are logged.
 */
@Component(service = ContractKeys.class, configurationPid = ContractKeys.PID)
@Designate(ocd = ContractKeys.Config.class)
public class ContractKeys {

    public static final String PID = "org.yorisoi.keys";
    static final String ALIAS_PREFIX = "contract-";
    static final String KEYSTORE_TYPE = "PKCS12";
    private static final Pattern CONTRACT_ID = Pattern.compile("[a-z0-9-]{1,32}");
    private static final Logger LOG = LoggerFactory.getLogger(ContractKeys.class);

    @ObjectClassDefinition(name = "Yorisoi contract keys",
            description = "The keystore holding one AES-256 key per contract, outside the database. Its password: "
                    + "the environment variable YORISOI_KEYSTORE_PASSWORD, else the file keystore.password next to "
                    + "the keystore (generated at the first start). Back it up separately from the database: "
                    + "without it the message texts cannot be read.")
    public @interface Config {
        @AttributeDefinition(name = "Keystore",
                description = "Path of the PKCS12 keystore; ${karaf.home}, ${karaf.etc} and ${karaf.data} are "
                        + "replaced by their values")
        String keystore() default "${karaf.home}/keys/contract-keys.p12";
    }

    private final Map<String, ReentrantReadWriteLock> gates = new ConcurrentHashMap<>();
    private final Map<String, SecretKey> cache = new ConcurrentHashMap<>();
    // guarded by this
    private Path file;
    private char[] password;
    private KeyStore store;

    @Activate
    public ContractKeys(Config config) throws IOException, GeneralSecurityException {
        Path keystore = KarafPaths.resolve(config.keystore());
        open(keystore, KeystorePassword.resolve(keystore, System::getenv));
    }

    /** For tests: a keystore at a given place with a given password. */
    ContractKeys(Path keystore, char[] password) throws IOException, GeneralSecurityException {
        open(keystore, password);
    }

    /** A changed keystore path takes effect at once: the keys of the new keystore are used from now on. */
    @Modified
    void modified(Config config) throws IOException, GeneralSecurityException {
        Path keystore = KarafPaths.resolve(config.keystore());
        synchronized (this) {
            if (keystore.equals(file)) {
                return;
            }
        }
        open(keystore, KeystorePassword.resolve(keystore, System::getenv));
    }

    private synchronized void open(Path keystore, char[] keystorePassword)
            throws IOException, GeneralSecurityException {
        KeyStore loaded = KeyStore.getInstance(KEYSTORE_TYPE);
        if (Files.exists(keystore)) {
            try (InputStream in = Files.newInputStream(keystore)) {
                loaded.load(in, keystorePassword);
            } catch (IOException e) {
                // PKCS12 reports a wrong password as an IOException; say which file, never the password
                throw new IOException("cannot open the contract keystore " + keystore + " (wrong password or "
                        + "damaged file): " + e.getMessage(), e);
            }
        } else {
            loaded.load(null, keystorePassword);
        }
        file = keystore;
        password = keystorePassword;
        store = loaded;
        cache.clear();
        LOG.info("Contract keystore {}: {} key(s)", keystore, loaded.size());
    }

    /** The contract's key, created (and stored) when it has none yet. */
    public SecretKey keyFor(String contractId) {
        String alias = alias(contractId);
        SecretKey cached = cache.get(alias);
        if (cached != null) {
            return cached;
        }
        synchronized (this) {
            Optional<SecretKey> existing = load(alias);
            if (existing.isPresent()) {
                return existing.get();
            }
            try {
                KeyGenerator generator = KeyGenerator.getInstance("AES");
                generator.init(256);
                SecretKey key = generator.generateKey();
                store.setEntry(alias, new KeyStore.SecretKeyEntry(key), protection());
                save();
                cache.put(alias, key);
                LOG.info("Created the encryption key {} in {}", alias, file);
                return key;
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException("could not create the encryption key " + alias + " in " + file
                        + ": " + e.getMessage(), e);
            }
        }
    }

    /** The contract's key, if it has one. */
    public Optional<SecretKey> existing(String contractId) {
        String alias = alias(contractId);
        SecretKey cached = cache.get(alias);
        if (cached != null) {
            return Optional.of(cached);
        }
        synchronized (this) {
            return load(alias);
        }
    }

    /**
     * Removes the contract's key from the keystore and from memory, and rewrites the keystore.
     *
     * @return true when there was a key
     */
    public synchronized boolean destroy(String contractId) {
        String alias = alias(contractId);
        cache.remove(alias);
        try {
            if (!store.containsAlias(alias)) {
                return false;
            }
            store.deleteEntry(alias);
            save();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("could not destroy the encryption key " + alias + " in " + file + ": "
                    + e.getMessage(), e);
        }
        LOG.info("Destroyed the encryption key {} in {}", alias, file);
        return true;
    }

    /** Runs work that writes the contract's data; never while the contract is being erased. */
    public <T> T writing(String contractId, Supplier<T> work) {
        return under(gate(contractId).readLock(), work);
    }

    /** Runs the contract's erasure; no write of the contract's data runs meanwhile. */
    public <T> T erasing(String contractId, Supplier<T> work) {
        return under(gate(contractId).writeLock(), work);
    }

    /** The keystore in use. */
    public synchronized Path keystore() {
        return file;
    }

    private static <T> T under(Lock lock, Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private ReentrantReadWriteLock gate(String contractId) {
        // fair: a waiting erasure is not starved by a stream of writes
        return gates.computeIfAbsent(alias(contractId), a -> new ReentrantReadWriteLock(true));
    }

    /** The keystore alias of the contract's key. */
    public static String alias(String contractId) {
        if (contractId == null || !CONTRACT_ID.matcher(contractId).matches()) {
            throw new IllegalArgumentException("contract id must match " + CONTRACT_ID + ": " + contractId);
        }
        return ALIAS_PREFIX + contractId;
    }

    /** Under this. */
    private Optional<SecretKey> load(String alias) {
        try {
            KeyStore.Entry entry = store.getEntry(alias, protection());
            if (entry == null) {
                return Optional.empty();
            }
            if (!(entry instanceof KeyStore.SecretKeyEntry secret)) {
                throw new IllegalStateException("the keystore entry " + alias + " in " + file + " is not a secret key");
            }
            SecretKey key = secret.getSecretKey();
            cache.put(alias, key);
            return Optional.of(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not read the encryption key " + alias + " from " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private KeyStore.PasswordProtection protection() {
        return new KeyStore.PasswordProtection(password);
    }

    /**
     * Under this. Writes a temporary file next to the keystore, forces it to disk, renames it over the keystore in
     * one step and forces the directory: a crash leaves the old keystore or the new one, never half of one.
     */
    private void save() throws IOException, GeneralSecurityException {
        Path dir = file.toAbsolutePath().getParent();
        KeystorePassword.ensurePrivateDirectory(dir);
        Path temporary = KeystorePassword.posix(dir)
                ? Files.createTempFile(dir, file.getFileName().toString(), ".tmp",
                        PosixFilePermissions.asFileAttribute(KeystorePassword.OWNER_FILE))
                : Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                store.store(out, password);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system of " + dir + " cannot rename atomically; the keystore "
                        + "would risk being left half-written", e);
            }
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Makes the rename durable where the platform allows opening a directory (Linux does, Windows does not). */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("Cannot force directory {} to disk: {}", dir, e.toString());
        }
    }

    /** Wipes the password and the keys from memory when the component goes away. */
    @Deactivate
    synchronized void close() {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        cache.clear();
    }
}
