package io.mercato.platform.api.org;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Read access to the organisation for every department: who sits where and who reports to whom. */
@ProviderType
public interface OrgDirectory {
    Optional<StaffPlacement> placementOf(String username);

    Optional<PositionInfo> position(String positionCode);

    /** Staff holding a position, e.g. to route an approval to the direct superior (直接上级). */
    List<String> staffIn(String positionCode);

    /**
     * The active department that owns a capability (the first by code if several do), e.g. to record which
     * department a new document belongs to; empty before the organisation is set up or when nobody owns it.
     */
    Optional<String> departmentOwning(String capability);

    /** An active department or team by code. */
    Optional<DepartmentInfo> department(String code);
}
