package dev.upgraderisk.scanner.evaluation;

import dev.upgraderisk.kb.Severity;
import dev.upgraderisk.rules.Policy;
import dev.upgraderisk.rules.PolicyException;
import dev.upgraderisk.rules.PolicyFileReader;
import dev.upgraderisk.scanner.api.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a run's policy comes from: given as is (tests, the Maven plugin's own parameters), or read from a file —
 * {@code --policy FILE}, else {@code upgrade-risk.yaml} at the scanned root if there is one, else the defaults —
 * with {@code --fail-on} overriding the file's threshold.
 */
public sealed interface PolicySource {
    Policy load(Path root) throws InputException;

    record Given(Policy policy) implements PolicySource {
        @Override
        public Policy load(Path root) {
            return policy;
        }
    }

    record FromFile(Optional<Path> file, Optional<Severity> failOn) implements PolicySource {
        @Override
        public Policy load(Path root) throws InputException {
            Path path = file.orElse(root.resolve(PolicyFileReader.DEFAULT_FILE));
            if (file.isPresent() && !Files.isRegularFile(path)) {
                throw new InputException(path + ": policy file not found", "check the path given to --policy");
            }
            Policy policy = Policy.defaults();
            if (Files.isRegularFile(path)) {
                String name = path.toAbsolutePath().startsWith(root.toAbsolutePath())
                        ? root.toAbsolutePath()
                                .relativize(path.toAbsolutePath())
                                .toString()
                        : path.toString();
                try {
                    policy = PolicyFileReader.read(path, name);
                } catch (PolicyException e) {
                    throw new InputException(
                            e.getMessage(),
                            "fix the policy at the line named above"
                                    + " (keys: fail-on, rules, allow, deny, suppressions)");
                }
            }
            return failOn.map(policy::withFailOn).orElse(policy);
        }
    }
}
