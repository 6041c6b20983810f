package io.mercato.crm.impl.members;

import io.mercato.crm.api.CrmEvents;
import io.mercato.crm.api.MemberDirectory;
import io.mercato.crm.api.MemberInfo;
import io.mercato.crm.impl.persistence.CrmDatabase;
import io.mercato.crm.impl.persistence.MemberMapper;
import io.mercato.crm.impl.persistence.MemberRow;
import io.mercato.crm.impl.tiers.Tiers;
import io.mercato.crm.impl.persistence.TierRow;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.Cursor;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.TextSearch;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Members: enrolled by the first delivered order to a mobile number, or by an agent; searched by mobile, name, code or
 * e-mail; profile edits (opt-outs per channel, consent, tags, birthday) audited.
 */
@Component(service = {Members.class, MemberDirectory.class})
public class Members implements MemberDirectory {
    public static final String CAPABILITY = "crm.service";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}_ -]{1,20}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{3,11}");
    private final Transactions transactions;
    private final Tiers tiers;

    @Activate
    public Members(@Reference CrmDatabase database, @Reference Tiers tiers) {
        this.transactions = database.transactions();
        this.tiers = tiers;
    }

    /** A member enrolled within a transaction: its id, and whether this call created it. */
    public record Enrolment(long memberId, boolean created) {
    }

    public Page<Member> search(String q, String tier, PageRequest page) {
        String text = q == null ? "" : q.strip();
        String digits = text.replace(" ", "").replace("-", "");
        String mobilePrefix = DIGITS.matcher(digits).matches() ? digits + "%" : null;
        String pattern = mobilePrefix == null ? TextSearch.contains(text) : null;
        String wantedTier = tier == null || tier.isBlank() ? null : tier.strip().toUpperCase(Locale.ROOT);
        Long beforeId = page.after() == null ? null : Cursor.number(Cursor.parts(page.after(), 1)[0]);
        return transactions.read(tx -> {
            List<TierRow> ladder = tiers.ladder(tx);
            Check.input().rule(wantedTier == null || ladder.stream().anyMatch(t -> t.code().equals(wantedTier)), "tier",
                    "must be one of " + String.join(", ", ladder.stream().map(TierRow::code).toList())).validate();
            MemberMapper members = tx.mapper(MemberMapper.class);
            return Page.of(members.search(pattern, mobilePrefix, wantedTier, beforeId, page.fetch(), page.offset()), page,
                    tx.withinMillis(PageRequest.COUNT_MILLIS, () -> members.count(pattern, mobilePrefix, wantedTier, page.countLimit())),
                    row -> Cursor.of(row.id())).map(row -> Member.of(row, ladder));
        });
    }

    public Member get(String code) {
        return transactions.read(tx -> Member.of(require(tx, code), tiers.ladder(tx)));
    }

    public Member create(MemberInput input, Actor actor) {
        String mobile = validate(input, true);
        return transactions.inTransaction(actor, tx -> {
            LocalDate today = ShopTime.today();
            MemberMapper members = tx.mapper(MemberMapper.class);
            String entryTier = tiers.ladder(tx).get(0).code();
            Long id = members.insert(mobile, blank(input.email()), input.name().strip(), input.birthday(), blank(input.province()),
                    blank(input.city()), tags(input.tags()), Boolean.TRUE.equals(input.smsOptOut()), Boolean.TRUE.equals(input.emailOptOut()),
                    Boolean.TRUE.equals(input.consent()), entryTier, today, today.plusYears(1), "AGENT", actor.username());
            if (id == null) {
                throw new ConflictException("member-exists", "Mobile " + Mobiles.masked(mobile) + " is member "
                        + members.findByMobile(mobile).code() + " already");
            }
            return joined(tx, members.byId(id), "AGENT");
        });
    }

    public Member update(String code, MemberInput input, Actor actor) {
        validate(input, false);
        return transactions.inTransaction(actor, tx -> {
            MemberRow before = require(tx, code);
            MemberMapper members = tx.mapper(MemberMapper.class);
            members.updateProfile(before.id(), blank(input.email()), input.name().strip(), input.birthday(), blank(input.province()),
                    blank(input.city()), tags(input.tags()), Boolean.TRUE.equals(input.smsOptOut()), Boolean.TRUE.equals(input.emailOptOut()),
                    Boolean.TRUE.equals(input.consent()));
            MemberRow after = members.byId(before.id());
            tx.audit("crm.member-updated", "member", code, Map.of("smsOptOut", after.smsOptOut(), "emailOptOut", after.emailOptOut(),
                    "consent", after.consentAt() != null, "tags", after.tags()));
            return Member.of(after, tiers.ladder(tx));
        });
    }

    /** Enrols the customer of a delivered order, or finds the member the mobile number belongs to. */
    public Enrolment enrol(TransactionContext tx, String mobile, String name, String province, String city) {
        MemberMapper members = tx.mapper(MemberMapper.class);
        MemberRow known = members.findByMobile(mobile);
        if (known != null) {
            return new Enrolment(known.id(), false);
        }
        LocalDate today = ShopTime.today();
        String entryTier = tiers.ladder(tx).get(0).code();
        String shortName = name == null || name.isBlank() ? Mobiles.masked(mobile) : name.strip();
        Long id = members.insert(mobile, null, shortName.length() > 60 ? shortName.substring(0, 60) : shortName, null, province, city, "",
                false, false, false, entryTier, today, today.plusYears(1), "ORDER", tx.actor().username());
        if (id == null) {
            return new Enrolment(members.findByMobile(mobile).id(), false);
        }
        joined(tx, members.byId(id), "ORDER");
        return new Enrolment(id, true);
    }

    @Override
    public Optional<MemberInfo> find(String code) {
        return transactions.read(tx -> Optional.ofNullable(tx.mapper(MemberMapper.class).find(code)).map(Members::info));
    }

    @Override
    public Optional<MemberInfo> findByMobile(String mobile) {
        String normalised = Mobiles.normalise(mobile);
        return normalised == null ? Optional.empty()
                : transactions.read(tx -> Optional.ofNullable(tx.mapper(MemberMapper.class).findByMobile(normalised)).map(Members::info));
    }

    /** The member, or a 404. */
    public static MemberRow require(TransactionContext tx, String code) {
        MemberRow row = code == null ? null : tx.mapper(MemberMapper.class).find(code);
        if (row == null) {
            throw new NotFoundException("No member " + code);
        }
        return row;
    }

    private Member joined(TransactionContext tx, MemberRow row, String source) {
        tx.audit("crm.member-joined", "member", row.code(), Map.of("source", source, "tier", row.tierCode()));
        tx.publish(CrmEvents.MEMBER_JOINED, Map.of(CrmEvents.MEMBER, row.code(), CrmEvents.TO, row.tierCode()));
        return Member.of(row, tiers.ladder(tx));
    }

    private static MemberInfo info(MemberRow row) {
        return new MemberInfo(row.code(), row.mobile(), row.name(), row.tierCode(), row.pointsBalance(), row.tierReviewOn());
    }

    private static String validate(MemberInput input, boolean creating) {
        String mobile = input == null ? null : Mobiles.normalise(input.mobile());
        Check check = Check.input();
        if (creating) {
            check.required("mobile", input == null ? null : input.mobile());
            check.rule(input == null || input.mobile() == null || mobile != null, "mobile",
                    "must be a mainland mobile number of 11 digits starting 13–19 (e.g. 13812345678)");
        }
        check.text("name", input == null ? null : input.name(), 60, true);
        if (input != null) {
            check.text("email", input.email(), 120, false)
                    .rule(input.email() == null || input.email().isBlank() || EMAIL.matcher(input.email().strip()).matches(), "email",
                            "is not an e-mail address")
                    .text("province", input.province(), 20, false)
                    .text("city", input.city(), 30, false)
                    .rule(input.birthday() == null || (input.birthday().isBefore(ShopTime.today())
                            && input.birthday().isAfter(LocalDate.of(1900, 1, 1))), "birthday", "must be a past date after 1900")
                    .rule(input.tags() == null || input.tags().size() <= 20, "tags", "are at most 20");
            if (input.tags() != null) {
                for (int i = 0; i < input.tags().size(); i++) {
                    String tag = input.tags().get(i);
                    check.rule(tag != null && TAG.matcher(tag.strip()).matches(), "tags[" + i + "]",
                            "must be 1 to 20 letters, digits, spaces, '-' or '_'");
                }
            }
        }
        check.validate();
        return mobile;
    }

    private static String tags(List<String> tags) {
        return tags == null ? "" : String.join(",", tags.stream().map(String::strip).distinct().toList());
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
