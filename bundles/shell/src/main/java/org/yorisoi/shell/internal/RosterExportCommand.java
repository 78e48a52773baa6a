package org.yorisoi.shell.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.Roster;

@Service
@Command(scope = "yorisoi", name = "roster-export", description = "Writes a contract's staff roster to a file on the "
        + "platform's host, as CSV (for Excel) or XLSX, marked against the last submission; audited as an export")
public class RosterExportCommand extends YorisoiAction {

    @Reference
    Roster roster;

    @Reference
    ContractRegistry registry;

    @Option(name = "--format", description = "csv or xlsx (default: from the file's extension, else csv)")
    String format;

    @Option(name = "--force", description = "Overwrite the file if it exists")
    boolean force;

    @Argument(index = 0, name = "contract", description = "The contract id", required = true)
    @Completion(ContractIdCompleter.class)
    String contract;

    @Argument(index = 1, name = "file", description = "The file to write", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Override
    void run() throws Exception {
        Caller caller = require(Permission.ROSTER_EXPORT, contract);
        Console.contract(registry, contract);
        String kind = format(format, file);
        Path target = Paths.get(file).toAbsolutePath();
        if (Files.exists(target) && !force) {
            throw new BadInputException(target + " exists; use --force to overwrite it.");
        }
        byte[] content = "xlsx".equals(kind) ? roster.xlsx(contract) : roster.csv(contract);
        // audited before the file exists: no entry, no file
        audit.record(new AuditEvent(caller.login(), caller.origin(), contract, AuditActions.EXPORT, kind,
                AuditEvent.Outcome.SUCCESS, "roster file=" + target.getFileName()));
        write(target, content);
        System.out.println("Wrote the " + contract + " roster (" + kind + ", " + content.length + " bytes) to " + target);
    }

    /** The format asked for, or the file's extension, or csv. */
    static String format(String option, String file) throws BadInputException {
        if (option != null) {
            String f = option.strip().toLowerCase(Locale.ROOT);
            if (!f.equals("csv") && !f.equals("xlsx")) {
                throw new BadInputException("--format: expected csv or xlsx, got '" + option + "'");
            }
            return f;
        }
        return file.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? "xlsx" : "csv";
    }

    /** Readable by the platform's user only where the file system knows POSIX permissions: the roster names people. */
    private void write(Path target, byte[] content) throws IOException, BadInputException {
        Path dir = target.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new BadInputException("No directory " + dir + ".");
        }
        try {
            if (force) {
                Files.deleteIfExists(target);
            }
            if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(target);
            }
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException(target + " exists; use --force to overwrite it.");
        }
        Files.write(target, content, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
