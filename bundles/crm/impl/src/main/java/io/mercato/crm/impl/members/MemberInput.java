package io.mercato.crm.impl.members;

import java.time.LocalDate;
import java.util.List;

/** A member's profile as an agent enters it; {@code consent} records the date the member agreed to marketing messages. */
public record MemberInput(String mobile, String name, String email, LocalDate birthday, String province, String city, List<String> tags,
                          Boolean smsOptOut, Boolean emailOptOut, Boolean consent) {
}
