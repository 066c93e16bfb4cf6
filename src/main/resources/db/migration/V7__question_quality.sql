-- The generator's judgement of a question: its quality (0 to 100, how likely a teacher uses it as it is) and its
-- reasons, short phrases with strengths first and doubts after. A question written or edited by hand has quality 0
-- and no reasons: the generator did not judge it. Written in SQL that H2 and PostgreSQL both accept.
alter table questions add column quality integer default 0 not null;

create table question_reasons (
    question_id varchar(40)  not null,
    ordinal     integer      not null,
    body        varchar(500) not null,
    primary key (question_id, ordinal),
    constraint fk_question_reasons_question foreign key (question_id) references questions (id) on delete cascade
);
