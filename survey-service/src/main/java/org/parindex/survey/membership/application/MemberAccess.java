package org.parindex.survey.membership.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.parindex.survey.membership.domain.Member;
import org.parindex.survey.membership.domain.Members;
import org.parindex.survey.platform.Role;
import org.parindex.survey.problem.ForbiddenException;
import org.parindex.survey.unit.domain.Unit;

/**
 * What a caller may reach of a campaign's units: the secretariat and the council's viewers every unit; a unit's
 * officer only that unit; an appraiser the units of their level (and, when assigned to an area, only its leaves).
 * The one place these rules live: the self-assessment and appraisal services ask it before every read and change.
 */
@ApplicationScoped
@Transactional
public class MemberAccess {

    private Members members;

    MemberAccess() {
        // for the CDI proxy
    }

    @Inject
    public MemberAccess(Members members) {
        this.members = members;
    }

    /** What the caller may do with one unit's dossier. */
    public enum Reach { READ, OFFICER, APPRAISER }

    /**
     * How the caller reaches {@code unit}: as its officer, as an appraiser of its level, or as a reader.
     *
     * @throws ForbiddenException (403) when the unit is none of the caller's
     */
    public Reach reach(Caller caller, Unit unit) {
        Optional<Member> m = members.find(unit.campaignId(), caller.username());
        if (caller.is(Role.OFFICER) && m.isPresent() && m.get().isOfficerOf(unit.code())) {
            return Reach.OFFICER;
        }
        if (caller.is(Role.APPRAISER) && m.isPresent() && m.get().appraises(unit.level())) {
            return Reach.APPRAISER;
        }
        if (caller.readsEverything()) {
            return Reach.READ;
        }
        throw new ForbiddenException("Đơn vị " + unit.code() + " không thuộc phạm vi của tài khoản "
                + caller.username() + ".");
    }

    /** The caller as the officer of {@code unit}; 403 otherwise. */
    public void requireOfficer(Caller caller, Unit unit) {
        if (reach(caller, unit) != Reach.OFFICER) {
            throw new ForbiddenException("Chỉ cán bộ đầu mối của đơn vị " + unit.code() + " được làm việc này.");
        }
    }

    /** The caller's appraiser membership for {@code unit}; 403 otherwise. */
    public Member requireAppraiser(Caller caller, Unit unit) {
        if (reach(caller, unit) != Reach.APPRAISER) {
            throw new ForbiddenException("Chỉ thành viên thẩm định cấp " + unit.level() + " được thẩm định đơn vị "
                    + unit.code() + ".");
        }
        return members.find(unit.campaignId(), caller.username()).orElseThrow();
    }

    /** The caller's memberships of a campaign's units: none for the secretariat. */
    public Optional<Member> membership(Caller caller, long campaignId) {
        return members.find(campaignId, caller.username());
    }

    /** Every membership of the caller. */
    public List<Member> memberships(Caller caller) {
        return members.ofUser(caller.username());
    }
}
