-- Exercise catalog. Codes are lower-case kebab words; the allowed values live in the Java enums of the domain package.
create table exercise (
    slug                 varchar(80)   not null primary key,
    name                 varchar(120)  not null,
    category             varchar(32)   not null,  -- mobility | core-stability | functional-strength | stretch | breathing | self-massage
    body_position        varchar(32)   not null,  -- supine | prone | quadruped | side-lying | kneeling | seated | standing
    level                integer       not null check (level between 1 and 3),
    flare_up_safe        boolean       not null,
    purpose              varchar(2000) not null,
    setup                varchar(2000) not null,
    breathing_cue        varchar(1000),
    sets_min             integer       not null check (sets_min between 1 and 10),
    sets_max             integer       not null check (sets_max between 1 and 10),
    reps_min             integer       check (reps_min between 1 and 100),
    reps_max             integer       check (reps_max between 1 and 100),
    hold_seconds_min     integer       check (hold_seconds_min between 1 and 600),
    hold_seconds_max     integer       check (hold_seconds_max between 1 and 600),
    duration_seconds_min integer       check (duration_seconds_min between 1 and 3600),
    duration_seconds_max integer       check (duration_seconds_max between 1 and 3600),
    per_side             boolean       not null,
    retired              boolean       not null default false,
    version              bigint        not null default 1,
    published_version    bigint        not null default 0,
    updated_at           timestamp with time zone not null default current_timestamp
);

create table exercise_alias (
    exercise_slug varchar(80)  not null references exercise (slug),
    position      integer      not null,
    alias         varchar(120) not null,
    primary key (exercise_slug, position)
);

create table exercise_equipment (
    exercise_slug varchar(80) not null references exercise (slug),
    position      integer     not null,
    equipment     varchar(32) not null,  -- none | mat | towel | foam-roller | pillow
    primary key (exercise_slug, position)
);

create table exercise_target (
    exercise_slug varchar(80) not null references exercise (slug),
    position      integer     not null,
    area          varchar(64) not null,
    primary key (exercise_slug, position)
);

create table exercise_step (
    exercise_slug varchar(80)   not null references exercise (slug),
    position      integer       not null,
    text          varchar(1000) not null,
    primary key (exercise_slug, position)
);

create table exercise_form_cue (
    exercise_slug varchar(80)   not null references exercise (slug),
    position      integer       not null,
    text          varchar(1000) not null,
    primary key (exercise_slug, position)
);

create table exercise_mistake (
    exercise_slug varchar(80)   not null references exercise (slug),
    position      integer       not null,
    text          varchar(1000) not null,
    primary key (exercise_slug, position)
);

create table exercise_stop_sign (
    exercise_slug varchar(80)   not null references exercise (slug),
    position      integer       not null,
    text          varchar(1000) not null,
    primary key (exercise_slug, position)
);

create table exercise_source (
    exercise_slug varchar(80) not null references exercise (slug),
    position      integer     not null,
    seed          varchar(120) not null,  -- file name under shared/seeds
    primary key (exercise_slug, position)
);

-- Typed links: 'easier' = modification/regression of from_slug, 'harder' = its progression.
create table exercise_link (
    from_slug varchar(80) not null references exercise (slug),
    kind      varchar(16) not null check (kind in ('easier', 'harder')),
    to_slug   varchar(80) not null references exercise (slug),
    note      varchar(500),
    primary key (from_slug, kind, to_slug)
);
