package org.parindex.survey.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How many members of a group come from one home unit, e.g. 11 heads of office from Bình Giang. */
@Embeddable
public class HomeUnitQuota {

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(nullable = false)
    private int quota;

    protected HomeUnitQuota() {
        // for JPA
    }

    HomeUnitQuota(String unitCode, int quota) {
        this.unitCode = unitCode;
        this.quota = quota;
    }

    public String unitCode() {
        return unitCode;
    }

    public int quota() {
        return quota;
    }
}
