-- "Reopen as amendment": an executed licence is never edited again; amending it makes a new item of the
-- same (cue, party, side) chain that points at the licence it amends and carries the next number (the
-- original is number 0). The chain's items therefore share cue, party and side, and the old one-item
-- rule becomes one item per amendment number.
alter table clearance_item add column amends_item_id bigint references clearance_item (id);
alter table clearance_item add column amendment_no integer default 0 not null;
alter table clearance_item add constraint ck_clearance_item_amendment
    check ((amendment_no = 0 and amends_item_id is null) or (amendment_no > 0 and amends_item_id is not null));
alter table clearance_item drop constraint uk_clearance_item;
alter table clearance_item add constraint uk_clearance_item unique (cue_id, party_id, side, amendment_no);
create index ix_clearance_item_amends on clearance_item (amends_item_id);
