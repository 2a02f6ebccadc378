package org.rightstracker.web.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.BaseEntity;

/** A user on a production's team: they see it, and edit it if their role allows. */
@Entity
public class ProductionMember extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "production_id")
    public Production production;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public AppUser user;

    @Column(name = "user_id", insertable = false, updatable = false)
    public Long userId;

    @Column(name = "production_id", insertable = false, updatable = false)
    public Long productionId;
}
