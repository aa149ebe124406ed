package org.parindex.survey.fakes;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.parindex.survey.selfassessment.application.AppraisalService;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.CampaignStatus;
import org.parindex.survey.campaign.domain.Campaigns;
import org.parindex.survey.membership.application.MemberAccess;
import org.parindex.survey.membership.domain.Member;
import org.parindex.survey.membership.domain.Members;
import org.parindex.survey.scores.application.ScoreService;
import org.parindex.survey.scores.domain.ScoreEntry;
import org.parindex.survey.scores.domain.Scores;
import org.parindex.survey.selfassessment.application.DossierReader;
import org.parindex.survey.selfassessment.application.SelfAssessmentConfig;
import org.parindex.survey.selfassessment.application.SelfAssessmentService;
import org.parindex.survey.selfassessment.domain.Dossier;
import org.parindex.survey.selfassessment.domain.Dossiers;
import org.parindex.survey.selfassessment.domain.EvidenceFile;
import org.parindex.survey.selfassessment.domain.LeafEntry;
import org.parindex.survey.shipped.ShippedData;
import org.parindex.survey.unit.domain.Unit;
import org.parindex.survey.unit.domain.UnitDraft;
import org.parindex.survey.unit.domain.Units;

/**
 * The self-assessment and appraisal services over in-memory stores: campaign 1 (OPEN) rating DEPARTMENT under
 * HD-3396-SO and DISTRICT under HD-3396-HUYEN, units SO_NOI_VU, SO_TAI_CHINH (departments) and HUYEN_X (district),
 * officer {@code cb.noivu} of SO_NOI_VU, appraiser {@code td.so} of DEPARTMENT, appraiser {@code td.so.a1} of area
 * 1 only, appraiser {@code td.huyen} of DISTRICT; a central agency KBNN (Hà Tĩnh's 60-point framework, officer
 * {@code cb.kbnn}) and a commune XA_A of a two-tier province (officer {@code cb.xaa}, appraised at province level by
 * {@code td.xa}). A settable clock.
 */
public final class SelfAssessmentWorld {

    public final MutableClock clock = new MutableClock(Entities.NOW.toInstant(ZoneOffset.UTC));
    public final Audits audits = new Audits(clock);
    public final Campaign campaign;
    public final InMemoryDossiers dossiers = new InMemoryDossiers();
    public final InMemoryScores scoreRows = new InMemoryScores();
    public final InMemoryMembers members = new InMemoryMembers();
    public final SelfAssessmentService selfAssessment;
    public final AppraisalService appraisal;
    /** Accounts by user name; their "hash" is the password reversed. */
    public final Map<String, org.parindex.survey.security.domain.Account> accounts = new TreeMap<>();
    public final List<org.parindex.survey.mail.domain.OutboxMail> outbox = new ArrayList<>();
    public final Map<String, org.parindex.survey.membership.domain.SignInLink> links = new LinkedHashMap<>();
    public final org.parindex.survey.membership.application.SignInLinkService signInLinks;
    public final org.parindex.survey.membership.application.MemberService memberService;

    public SelfAssessmentWorld() {
        campaign = Entities.campaign(1, CampaignStatus.DRAFT);
        campaign.addLevel("DEPARTMENT", "Sở, ban, ngành", "HD-3396-SO");
        campaign.addLevel("DISTRICT", "UBND cấp huyện", "HD-3396-HUYEN");
        campaign.addLevel("CENTRAL_AGENCY", "Cơ quan Trung ương đóng trên địa bàn", "HT-52-TW");
        campaign.addLevel("COMMUNE", "UBND cấp xã (tỉnh hai cấp)", "EX2-XA");
        Entities.set(campaign, "status", CampaignStatus.OPEN);
        Campaigns campaigns = proxy(Campaigns.class, Map.of("find", args -> Optional.of(campaign)
                .filter(c -> c.id() == (long) args[0])));
        Map<String, Unit> byCode = new TreeMap<>();
        for (UnitDraft d : List.of(UnitDraft.of("SO_NOI_VU", "Sở Nội vụ", "DEPARTMENT", null),
                UnitDraft.of("SO_TAI_CHINH", "Sở Tài chính", "DEPARTMENT", null),
                UnitDraft.of("HUYEN_X", "UBND huyện X", "DISTRICT", null),
                UnitDraft.of("KBNN", "Kho bạc Nhà nước tỉnh", "CENTRAL_AGENCY", null),
                UnitDraft.of("XA_A", "UBND xã A", "COMMUNE", null))) {
            byCode.put(d.code(), new Unit(1, d));
        }
        Units units = proxy(Units.class, Map.of(
                "find", args -> Optional.ofNullable(byCode.get((String) args[1])),
                "byCode", args -> byCode));
        members.add(Member.officer(1, "cb.noivu", "SO_NOI_VU", "cb@noivu.example", Entities.NOW));
        members.add(Member.appraiser(1, "td.so", "DEPARTMENT", null, "td@example.vn", Entities.NOW));
        members.add(Member.appraiser(1, "td.so.a1", "DEPARTMENT", "1", "td1@example.vn", Entities.NOW));
        members.add(Member.appraiser(1, "td.huyen", "DISTRICT", null, "th@example.vn", Entities.NOW));
        members.add(Member.officer(1, "cb.kbnn", "KBNN", "cb@kbnn.example", Entities.NOW));
        members.add(Member.officer(1, "cb.xaa", "XA_A", "cb@xaa.example", Entities.NOW));
        members.add(Member.appraiser(1, "td.xa", "COMMUNE", null, "tdxa@example.vn", Entities.NOW));
        ScoreService scores = new ScoreService(campaigns, units, scoreRows, new ShippedData(), audits.trail, clock);
        DossierReader reader = new DossierReader(campaigns, units, dossiers, scores, new MemberAccess(members), clock);
        SelfAssessmentConfig config = new SelfAssessmentConfig(300_000, 3, "P7D");
        selfAssessment = new SelfAssessmentService(reader, dossiers, config, audits.trail, clock);
        appraisal = new AppraisalService(reader, dossiers, scores, campaigns, units, config, audits.trail, clock);

        jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash pbkdf2 = proxy(
                jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash.class, Map.of(
                        "generate", args -> new StringBuilder(new String((char[]) args[0])).reverse().toString(),
                        "verify", args -> new StringBuilder(new String((char[]) args[0])).reverse().toString()
                                .equals(args[1])));
        org.parindex.survey.security.domain.Accounts accountStore = proxy(
                org.parindex.survey.security.domain.Accounts.class, Map.of(
                        "add", args -> {
                            var a = (org.parindex.survey.security.domain.Account) args[0];
                            accounts.put(a.username(), a);
                            return null;
                        },
                        "find", args -> Optional.ofNullable(accounts.get((String) args[0]))));
        var accountService = new org.parindex.survey.security.application.AccountService(accountStore,
                new org.parindex.survey.security.application.PasswordHasher(pbkdf2), audits.trail, clock);
        org.parindex.survey.mail.domain.Outbox outboxStore = proxy(org.parindex.survey.mail.domain.Outbox.class,
                Map.of("add", args -> {
                    outbox.add((org.parindex.survey.mail.domain.OutboxMail) args[0]);
                    return null;
                }));
        org.parindex.survey.membership.domain.SignInLinks linkStore = new org.parindex.survey.membership.domain
                .SignInLinks() {
            @Override
            public void add(org.parindex.survey.membership.domain.SignInLink link) {
                links.put((String) Entities.get(link, "tokenHash"), link);
            }

            @Override
            public Optional<org.parindex.survey.membership.domain.SignInLink> lock(String tokenHash) {
                return Optional.ofNullable(links.get(tokenHash));
            }

            @Override
            public List<org.parindex.survey.membership.domain.SignInLink> unused(String username) {
                return links.values().stream().filter(l -> l.username().equals(username) && !l.used()).toList();
            }
        };
        signInLinks = new org.parindex.survey.membership.application.SignInLinkService(linkStore, accountService,
                outboxStore, new org.parindex.survey.membership.application.MembershipConfig("P7D"),
                new org.parindex.survey.platform.SurveyConfig("target/world", "jdbc:derby:memory:x",
                        "https://cchc.example.vn/survey/", false, "Asia/Ho_Chi_Minh"), audits.trail, clock);
        memberService = new org.parindex.survey.membership.application.MemberService(campaigns, units, members,
                accountService, signInLinks, new ShippedData(), audits.trail, clock);
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, Map<String, java.util.function.Function<Object[], Object>> methods) {
        return (T) java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, m, args) -> {
                    var f = methods.get(m.getName());
                    if (f == null) {
                        throw new UnsupportedOperationException(m.getName());
                    }
                    return f.apply(args);
                });
    }

    /** A clock the test moves. */
    public static final class MutableClock extends Clock {

        private java.time.Instant now;

        MutableClock(java.time.Instant now) {
            this.now = now;
        }

        public void advance(java.time.Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    /** Members in a list. */
    public static final class InMemoryMembers implements Members {

        public final List<Member> all = new ArrayList<>();

        @Override
        public void add(Member member) {
            all.add(member);
        }

        @Override
        public Optional<Member> find(long campaignId, String username) {
            return all.stream().filter(m -> m.campaignId() == campaignId && m.username().equals(username))
                    .findFirst();
        }

        @Override
        public List<Member> ofCampaign(long campaignId) {
            return all.stream().filter(m -> m.campaignId() == campaignId).toList();
        }

        @Override
        public List<Member> ofUser(String username) {
            return all.stream().filter(m -> m.username().equals(username)).toList();
        }

        @Override
        public void removeAll(long campaignId) {
            all.removeIf(m -> m.campaignId() == campaignId);
        }
    }

    /** Score rows in a map. */
    public static final class InMemoryScores implements Scores {

        public final Map<String, ScoreEntry> rows = new TreeMap<>();

        @Override
        public void add(ScoreEntry entry) {
            rows.put(Scores.key(entry.unitCode(), entry.itemCode()), entry);
        }

        @Override
        public Optional<ScoreEntry> find(long campaignId, String unit, String item) {
            return Optional.ofNullable(rows.get(Scores.key(unit, item)));
        }

        @Override
        public List<ScoreEntry> ofCampaign(long campaignId) {
            return List.copyOf(rows.values());
        }

        @Override
        public List<ScoreEntry> ofUnits(long campaignId, Collection<String> units) {
            return rows.values().stream().filter(r -> units.contains(r.unitCode())).toList();
        }

        @Override
        public Map<String, ScoreEntry> byKey(long campaignId) {
            return new LinkedHashMap<>(rows);
        }

        @Override
        public Map<String, Long> countByUnit(long campaignId) {
            Map<String, Long> m = new TreeMap<>();
            rows.values().forEach(r -> m.merge(r.unitCode(), 1L, Long::sum));
            return m;
        }
    }

    /** Dossiers, leaves and files in lists, given ids as the database would. */
    public static final class InMemoryDossiers implements Dossiers {

        public final List<Dossier> all = new ArrayList<>();
        public final List<LeafEntry> leaves = new ArrayList<>();
        public final Map<Long, EvidenceFile> files = new LinkedHashMap<>();
        public final Map<Long, byte[]> contents = new LinkedHashMap<>();
        private long ids;

        @Override
        public void add(Dossier dossier) {
            Entities.set(dossier, "id", ++ids);
            all.add(dossier);
        }

        @Override
        public Optional<Dossier> find(long campaignId, String unit) {
            return all.stream().filter(d -> d.campaignId() == campaignId && d.unitCode().equals(unit)).findFirst();
        }

        @Override
        public Optional<Dossier> lock(long campaignId, String unit) {
            return find(campaignId, unit);
        }

        @Override
        public List<Dossier> ofCampaign(long campaignId) {
            return all.stream().filter(d -> d.campaignId() == campaignId).toList();
        }

        @Override
        public void addLeaf(LeafEntry leaf) {
            leaves.add(leaf);
        }

        @Override
        public List<LeafEntry> leaves(long dossierId) {
            return leaves.stream().filter(l -> l.dossierId() == dossierId)
                    .sorted(java.util.Comparator.comparing(LeafEntry::itemCode)).toList();
        }

        @Override
        public void addEvidence(EvidenceFile file, byte[] content) {
            Entities.set(file, "id", ++ids);
            files.put(file.id(), file);
            contents.put(file.id(), content.clone());
        }

        @Override
        public List<EvidenceFile> evidence(long dossierId) {
            return files.values().stream().filter(f -> f.dossierId() == dossierId).toList();
        }

        @Override
        public Optional<EvidenceFile> evidenceFile(long fileId) {
            return Optional.ofNullable(files.get(fileId));
        }

        @Override
        public byte[] content(long fileId) {
            return contents.get(fileId).clone();
        }

        @Override
        public void removeEvidence(EvidenceFile file) {
            files.remove(file.id());
            contents.remove(file.id());
        }

        @Override
        public void removeAll(long campaignId) {
            throw new UnsupportedOperationException();
        }
    }
}
