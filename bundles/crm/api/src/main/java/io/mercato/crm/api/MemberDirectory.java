package io.mercato.crm.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Members, read-only, for departments that greet or price for them (site operations' member prices). */
@ProviderType
public interface MemberDirectory {
    Optional<MemberInfo> find(String code);

    /** The member with this mobile number (11 digits, with or without +86), if any. */
    Optional<MemberInfo> findByMobile(String mobile);
}
