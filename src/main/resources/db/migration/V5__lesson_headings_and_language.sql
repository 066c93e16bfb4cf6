-- Subsection headings inside a lesson, each before the paragraph it introduces.
create table lesson_headings (
    lesson_id     bigint       not null,
    ordinal       integer      not null,
    paragraph     integer      not null,
    heading_level integer      not null,
    title         varchar(500) not null,
    primary key (lesson_id, ordinal),
    constraint fk_lesson_headings_lesson foreign key (lesson_id) references lessons (id) on delete cascade
);

-- The language of a course's text (ISO 639-1 where there is a code); questions are generated for English only.
alter table courses add column language varchar(8) default 'en' not null;
