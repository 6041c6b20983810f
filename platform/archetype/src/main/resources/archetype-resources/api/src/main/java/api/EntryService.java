package ${package}.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The department's entries, for other departments (take it with an optional reference). */
@ProviderType
public interface EntryService {
    /** The newest entries first, at most {@code limit} (1 to 200). */
    List<Entry> latest(int limit);

    Optional<Entry> find(long id);
}
