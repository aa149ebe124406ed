package org.parindex.survey.fakes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parindex.survey.respondent.domain.Respondent;
import org.parindex.survey.respondent.domain.Respondents;

/** Respondents in a map; remembers which ones were locked, and how often. */
public final class InMemoryRespondents implements Respondents {

    private final Map<Long, Respondent> byId = new LinkedHashMap<>();
    /** Every {@link #find} and {@link #lock}, as "find 7" or "lock 7", in order. */
    public final List<String> calls = new ArrayList<>();

    @Override
    public void add(Respondent respondent) {
        byId.put(respondent.id(), respondent);
    }

    @Override
    public Optional<Respondent> find(long campaignId, long id) {
        calls.add("find " + id);
        return Optional.ofNullable(byId.get(id)).filter(r -> r.campaignId() == campaignId);
    }

    @Override
    public Optional<Respondent> lock(long campaignId, long id) {
        calls.add("lock " + id);
        return Optional.ofNullable(byId.get(id)).filter(r -> r.campaignId() == campaignId);
    }

    @Override
    public Map<String, Respondent> byPersonKey(long campaignId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Respondent> list(long campaignId, RespondentFilter filter, int offset, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long count(long campaignId, RespondentFilter filter) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Long> countByGroup(long campaignId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Map<String, Long>> countByGroupAndUnit(long campaignId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Map<String, Long>> countByGroupUnitAndOffice(long campaignId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void remove(Respondent respondent) {
        byId.remove(respondent.id());
    }

    @Override
    public void removeAll(long campaignId) {
        byId.values().removeIf(r -> r.campaignId() == campaignId);
    }
}
