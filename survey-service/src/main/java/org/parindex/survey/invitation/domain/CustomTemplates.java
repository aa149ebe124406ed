package org.parindex.survey.invitation.domain;

import java.util.List;
import java.util.Optional;

/** The templates secretariats wrote, stored. */
public interface CustomTemplates {

    void add(CustomTemplate template);

    void remove(CustomTemplate template);

    /** The campaign's template of {@code kind} for {@code groupCode} exactly ({@link CustomTemplate#ALL_GROUPS}). */
    Optional<CustomTemplate> find(long campaignId, String groupCode, MailKind kind);

    List<CustomTemplate> all(long campaignId);
}
